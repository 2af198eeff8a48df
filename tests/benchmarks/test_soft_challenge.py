"""Soft challenge set invariants: determinism, counts, offsets, self-check, gold-span rules, scorer compatibility."""

from __future__ import annotations

import copy
import itertools
import re
import time
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import score as sc
from devset import soft_challenge as sch

N = 200  # records per language, the default size


@cache
def records() -> tuple[dict[str, Any], ...]:
    return tuple(sch.generate(N, sch.DEFAULT_SEED))


def frag(rec: dict[str, Any], s: dict[str, Any]) -> str:
    return rec["text"][s["start"] : s["end"]]


def by_lang(lang: str) -> list[dict[str, Any]]:
    return [r for r in records() if r["lang"] == lang]


# --- determinism and size -------------------------------------------------------------------------


def test_deterministic_and_seeded() -> None:
    a = list(sch.generate(15, sch.DEFAULT_SEED))
    assert a == list(sch.generate(15, sch.DEFAULT_SEED))
    assert a != list(sch.generate(15, sch.DEFAULT_SEED + 1))
    assert sch.DEFAULT_SEED == 20251204


@pytest.mark.parametrize(
    ("n", "langs", "expected"),
    [
        pytest.param(200, sch.LANGS, 600, id="default-three-languages"),
        pytest.param(7, ("ko",), 7, id="korean-only"),
        pytest.param(5, ("fr", "en"), 10, id="french-english"),
        pytest.param(0, sch.LANGS, 0, id="empty"),
    ],
)
def test_record_count(n: int, langs: tuple[str, ...], expected: int) -> None:
    recs = records() if (n, langs) == (N, sch.LANGS) else tuple(sch.generate(n, sch.DEFAULT_SEED, langs))
    assert len(recs) == expected
    assert len({r["id"] for r in recs}) == expected
    assert {r["lang"] for r in recs} == set(langs if n else ())


def test_fast() -> None:
    start = time.perf_counter()
    list(sch.generate(N, sch.DEFAULT_SEED + 7))
    assert time.perf_counter() - start < 2.0


def test_write_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "soft.jsonl"
    assert sch.write(path, sch.generate(4, sch.DEFAULT_SEED)) == 12
    assert sc.load_jsonl(path) == list(sch.generate(4, sch.DEFAULT_SEED))


# --- schema, offsets, self-check ------------------------------------------------------------------


def test_schema_offsets_and_no_overlap() -> None:
    for rec in records():
        assert set(rec) <= {"id", "lang", "kind", "text", "spans", "neutral", "meta"}
        assert sch.MIN_LEN <= len(rec["text"]) <= sch.MAX_LEN, rec["id"]
        regions = [*rec["spans"], *rec["neutral"]]
        for s in regions:
            assert 0 <= s["start"] < s["end"] <= len(rec["text"]), rec["id"]
            assert frag(rec, s) == frag(rec, s).strip(), (rec["id"], frag(rec, s))
        ordered = sorted((s["start"], s["end"]) for s in regions)
        for (_, end), (start, _) in itertools.pairwise(ordered):
            assert end <= start, rec["id"]
        assert {s["label"] for s in rec["spans"]} <= sc.SOFT_LABELS, rec["id"]


def test_every_record_passes_check() -> None:
    for rec in records():
        sch.check(rec)


def test_other_seeds_pass_check() -> None:
    for seed in (1, 2, 3, 99):
        for rec in sch.generate(60, seed):
            sch.check(rec)


# --- counts per language --------------------------------------------------------------------------

MINIMA = [("PERSON", 40), ("ADDRESS", 20), ("DATE_OF_BIRTH", 15)]


@pytest.mark.parametrize(
    ("lang", "label", "minimum"),
    [pytest.param(lang, label, m, id=f"{lang}-{label}") for lang in sch.LANGS for label, m in MINIMA],
)
def test_gold_span_minima(lang: str, label: str, minimum: int) -> None:
    count = sum(1 for r in by_lang(lang) for s in r["spans"] if s["label"] == label)
    assert count >= minimum


@pytest.mark.parametrize("lang", [pytest.param(lang, id=lang) for lang in sch.LANGS])
def test_neutral_regions_and_gold_share(lang: str) -> None:
    recs = by_lang(lang)
    assert sum(len(r["neutral"]) for r in recs) >= 30
    share = sum(1 for r in recs if r["spans"]) / len(recs)
    assert 0.6 <= share <= 0.8
    kinds = Counter(n["kind"] for r in recs for n in r["neutral"])
    assert {"word", "city", "street_alone", "date", "org", "product"} <= set(kinds)
    assert {r["kind"] for r in recs} == set(sch.LAYOUT_WEIGHTS)
    labels = Counter(s["label"] for r in recs for s in r["spans"])
    assert labels["PERSON"] > labels["ADDRESS"]
    assert labels["PERSON"] > labels["DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("lang", "form"),
    [
        pytest.param("ko", "masked", id="ko-masked"),
        pytest.param("ko", "spaced", id="ko-spaced"),
        pytest.param("ko", "four", id="ko-compound-surname"),
        pytest.param("ko", "two", id="ko-two-syllables"),
        pytest.param("ko", "rrn_front", id="ko-rrn-front"),
        pytest.param("ko", "year_only", id="ko-year-only"),
        pytest.param("ko", "jibun", id="ko-jibun"),
        pytest.param("ko", "road", id="ko-road"),
        pytest.param("fr", "caps", id="fr-caps"),
        pytest.param("fr", "lower", id="fr-lower-chat"),
        pytest.param("fr", "bp", id="fr-bp"),
        pytest.param("fr", "residence", id="fr-residence"),
        pytest.param("en", "romanized", id="en-romanized-korean"),
        pytest.param("en", "uk", id="en-uk-address"),
        pytest.param("en", "us", id="en-us-address"),
    ],
)
def test_forms_present(lang: str, form: str) -> None:
    assert any(m["form"] == form for r in by_lang(lang) for m in r.get("meta", []))


def test_rrn_front_halves_are_six_digits_and_no_back_half() -> None:
    seen = 0
    for rec in by_lang("ko"):
        for m in rec.get("meta", []):
            if m["form"] == "rrn_front":
                text = rec["text"][m["start"] : m["end"]]
                assert re.fullmatch(r"\d{6}", text), text
                assert not re.match(r"\s*-?\s*\d", rec["text"][m["end"] :]), rec["id"]
                seen += 1
    assert seen >= 3


def test_korean_hard_negative_words_are_varied() -> None:
    words = {frag(r, n) for r in by_lang("ko") for n in r["neutral"] if n["kind"] == "word"}
    assert len(words) >= 60
    assert sum(1 for w in words if w[0] in "김이박최정강조윤장임한오서신권황안송유전홍") >= 20


# --- gold-span rules ------------------------------------------------------------------------------

NAME_CASES = [
    pytest.param("김민준", True, id="ko-plain"),
    pytest.param("남궁민수", True, id="ko-compound-surname"),
    pytest.param("김솔", True, id="ko-two"),
    pytest.param("김 민준", True, id="ko-spaced"),
    pytest.param("김*준", True, id="ko-masked-middle"),
    pytest.param("이OO", True, id="ko-masked-oo"),
    pytest.param("Kim Min-jun", True, id="romanized"),
    pytest.param("DUPONT Jean", True, id="fr-caps"),
    pytest.param("김민준님", False, id="ko-honorific"),
    pytest.param("이서연이가", False, id="ko-particle-iga"),
    pytest.param("박지훈에게", False, id="ko-particle-ege"),
    pytest.param("김민준 과장", False, id="ko-job-title"),
    pytest.param("최유리고객님", False, id="ko-customer"),
    pytest.param("Mme Claire Dubois", False, id="fr-title"),
    pytest.param("Maître Anne Roussel", False, id="fr-maitre"),
    pytest.param("Dr. Sarah O'Connor", False, id="en-dr"),
    pytest.param("Mr John Smith", False, id="en-mr"),
    pytest.param(" 김민준", False, id="leading-space"),
    pytest.param("John Smith,", False, id="trailing-comma"),
]


@pytest.mark.parametrize(("text", "ok"), NAME_CASES)
def test_name_rules(text: str, ok: bool) -> None:
    assert sch.name_ok(text) is ok


def test_gold_names_follow_the_rules() -> None:
    for rec in records():
        for s in rec["spans"]:
            if s["label"] == "PERSON":
                assert sch.name_ok(frag(rec, s)), (rec["id"], frag(rec, s))


PARSE_CASES = [
    pytest.param("⟪PERSON:김민준⟫님께서", "김민준님께서", [(0, 3, "PERSON")], [], id="name-then-honorific"),
    pytest.param("⟦word:주문번호⟧ 확인", "주문번호 확인", [], [(0, 4, "word")], id="neutral-word"),
    pytest.param(
        "Mme ⟪PERSON/caps:DUBOIS Claire⟫, ⟪ADDRESS:5 rue X,\n75002 Paris⟫",
        "Mme DUBOIS Claire, 5 rue X,\n75002 Paris",
        [(4, 17, "PERSON"), (19, 39, "ADDRESS")],
        [],
        id="form-and-multiline",
    ),
]


@pytest.mark.parametrize(("markup", "text", "spans", "neutral"), PARSE_CASES)
def test_parse(markup: str, text: str, spans: list[tuple[int, int, str]], neutral: list[tuple[int, int, str]]) -> None:
    out, gold, neut, _, placed = sch.parse(markup)
    assert out == text
    assert [(s["start"], s["end"], s["label"]) for s in gold] == spans
    assert [(n["start"], n["end"], n["kind"]) for n in neut] == neutral
    assert len(placed) == len(spans) + len(neutral)


def _with_phone(rec: dict[str, Any]) -> None:
    rec["text"] += " 010-1234-5678"


def _with_email(rec: dict[str, Any]) -> None:
    rec["text"] += " hong@example.com"


def _widen_name(rec: dict[str, Any]) -> None:
    s = next(s for s in rec["spans"] if s["label"] == "PERSON")
    s["start"] -= 1  # takes in the character before: a space, a colon or a prefix syllable


def _overlap(rec: dict[str, Any]) -> None:
    s = rec["spans"][0]
    rec["neutral"].append({"start": s["start"], "end": s["end"], "kind": "word"})


def _out_of_range(rec: dict[str, Any]) -> None:
    rec["spans"][0]["end"] = len(rec["text"]) + 3


@pytest.mark.parametrize(
    "corrupt",
    [
        pytest.param(_with_phone, id="phone-in-text"),
        pytest.param(_with_email, id="email-in-text"),
        pytest.param(_widen_name, id="name-span-widened"),
        pytest.param(_overlap, id="overlapping-regions"),
        pytest.param(_out_of_range, id="offset-out-of-range"),
    ],
)
def test_check_catches_corruption(corrupt: Callable[[dict[str, Any]], None]) -> None:
    rec = next(
        r
        for r in records()
        if r["lang"] == "ko"
        and any(
            s["label"] == "PERSON" and s["start"] > 0 and re.fullmatch(r"[가-힣]{3}", frag(r, s)) for s in r["spans"]
        )
    )
    rec = copy.deepcopy(rec)
    rec["spans"].sort(key=lambda s: (s["label"] != "PERSON", s["start"] == 0))
    sch.check(rec)
    corrupt(rec)
    with pytest.raises(AssertionError):
        sch.check(rec)


# --- scorer compatibility -------------------------------------------------------------------------


def test_perfect_predictions_score_one_and_neutral_hits_are_hard_negatives() -> None:
    recs = list(records())
    perfect = {r["id"]: [dict(s) for s in r["spans"]] for r in recs}
    res = sc.score(recs, perfect, mode="exact", labels="all")
    assert sc.prf(res["overall"]) == (1.0, 1.0, 1.0)
    flag_all = {r["id"]: [{**n, "label": "PERSON"} for n in r["neutral"]] for r in recs}
    res = sc.score(recs, flag_all, labels="all")
    assert res["overall"]["fp"] == 0
    assert res["extra"]["all"]["hard_negative_hits"] == sum(len(r["neutral"]) for r in recs)
