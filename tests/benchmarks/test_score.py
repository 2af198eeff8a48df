"""Scorer rules (DESIGN §7) and dev-set generator invariants."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

import score as sc
from devset import generate as gen
from devset import ids


def S(start: int, end: int, label: str = "PHONE") -> dict[str, Any]:
    return {"start": start, "end": end, "label": label}


def rec(text: str, spans: list[dict[str, Any]], neutral: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"id": "r1", "lang": "ko", "text": text, "spans": spans, "neutral": neutral or []}


# --- matching ------------------------------------------------------------------------------------

MATCH_CASES = [
    # name, gold, pred, mode, expected
    ("identical-overlap", S(0, 10), S(0, 10), "overlap", True),
    ("identical-exact", S(0, 10), S(0, 10), "exact", True),
    ("shifted-exact-fails", S(0, 10), S(1, 10), "exact", False),
    ("shifted-overlap-ok", S(0, 10), S(1, 10), "overlap", True),
    ("label-differs", S(0, 10, "PHONE"), S(0, 10, "EMAIL"), "overlap", False),
    ("pred-covers-half-of-gold", S(0, 10), S(5, 10), "overlap", True),
    ("pred-covers-less-than-half-of-gold", S(0, 10), S(6, 10), "overlap", False),
    ("gold-is-half-of-pred", S(0, 10), S(0, 20), "overlap", True),
    ("gold-less-than-half-of-pred", S(0, 10), S(0, 21), "overlap", False),
    ("disjoint", S(0, 10), S(10, 20), "overlap", False),
]


@pytest.mark.parametrize(
    ("gold", "pred", "mode", "expected"), [c[1:] for c in MATCH_CASES], ids=[c[0] for c in MATCH_CASES]
)
def test_spans_match(gold: dict[str, Any], pred: dict[str, Any], mode: str, expected: bool) -> None:
    assert sc.spans_match(gold, pred, mode) is expected


def test_matching_is_one_to_one() -> None:
    gold = [S(0, 10)]
    pred = [S(0, 10), S(1, 10)]
    res = sc.score([rec("x" * 30, gold)], {"r1": pred})
    assert res["overall"] == {"tp": 1, "fp": 1, "fn": 0}


# --- neutral regions -----------------------------------------------------------------------------

NEUTRAL_CASES = [
    # name, pred, neutral, hard_hits, fp, flagged
    ("inside-neutral", S(0, 13, "KR_RRN"), [{"start": 0, "end": 13, "kind": "ean13"}], 1, 0, 1),
    ("half-inside-neutral", S(5, 15, "PHONE"), [{"start": 0, "end": 10, "kind": "hotline"}], 1, 0, 1),
    ("mostly-outside-neutral", S(6, 16, "PHONE"), [{"start": 0, "end": 10, "kind": "hotline"}], 0, 1, 1),
    ("no-neutral", S(0, 5, "PHONE"), [], 0, 1, 0),
    ("soft-label-not-flagged", S(0, 10, "PERSON"), [{"start": 0, "end": 10, "kind": "city"}], 1, 0, 0),
]


@pytest.mark.parametrize(
    ("pred", "neutral", "hits", "fp", "flagged"), [c[1:] for c in NEUTRAL_CASES], ids=[c[0] for c in NEUTRAL_CASES]
)
def test_neutral_rule(pred: dict[str, Any], neutral: list[dict[str, Any]], hits: int, fp: int, flagged: int) -> None:
    res = sc.score([rec("y" * 40, [], neutral)], {"r1": [pred]})
    extra = res["extra"]["all"]
    assert extra["hard_negative_hits"] == hits
    assert res["overall"]["fp"] == fp
    assert extra["neutral_flagged"] == flagged
    if neutral:
        assert sc.flag_rate(extra) == flagged / len(neutral)


# --- leak rate -----------------------------------------------------------------------------------

LEAK_CASES = [
    # name, text, gold, pred, (chars, leaked)
    ("fully-covered", "010 1234 5678", [S(0, 13)], [S(0, 13)], (11, 0)),
    ("nothing-predicted-spaces-excluded", "010 1234 5678", [S(0, 13)], [], (11, 11)),
    ("partly-covered", "010 1234 5678", [S(0, 13)], [S(0, 8)], (11, 4)),
    ("any-label-covers", "김민준 010", [S(0, 3, "PERSON")], [S(0, 3, "OTHER_ID")], (3, 0)),
]


@pytest.mark.parametrize(
    ("text", "gold", "pred", "expected"), [c[1:] for c in LEAK_CASES], ids=[c[0] for c in LEAK_CASES]
)
def test_leak_counts(
    text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]], expected: tuple[int, int]
) -> None:
    assert sc.leak_counts(text, gold, pred) == expected


def test_leak_rate_in_report() -> None:
    res = sc.score([rec("010 1234 5678", [S(0, 13)])], {"r1": [S(0, 8)]})
    assert sc.leak_rate(res["extra"]["ko"]) == pytest.approx(4 / 11)


# --- label filters -------------------------------------------------------------------------------

FILTER_CASES = [
    # name, spec, expected counts
    ("all", "all", {"tp": 1, "fp": 1, "fn": 1}),
    ("structured-drops-person", "structured", {"tp": 1, "fp": 0, "fn": 1}),
    ("list", "PERSON", {"tp": 0, "fp": 1, "fn": 0}),
    ("list-two", "PERSON,KR_RRN", {"tp": 0, "fp": 1, "fn": 1}),
]


@pytest.mark.parametrize(("spec", "expected"), [c[1:] for c in FILTER_CASES], ids=[c[0] for c in FILTER_CASES])
def test_label_filter(spec: str, expected: dict[str, int]) -> None:
    gold = [S(0, 5, "PHONE"), S(10, 20, "KR_RRN")]
    pred = [S(0, 5, "PHONE"), S(25, 28, "PERSON")]
    res = sc.score([rec("z" * 40, gold)], {"r1": pred}, labels=spec)
    assert res["overall"] == expected


def test_structured_set() -> None:
    assert {"PERSON", "ADDRESS", "DATE_OF_BIRTH"}.isdisjoint(sc.STRUCTURED)
    assert len(sc.STRUCTURED) == len(sc.ALL_LABELS) - 3
    assert sc.parse_labels("all") is None


def test_prf() -> None:
    assert sc.prf({"tp": 0, "fp": 0, "fn": 0}) == (0.0, 0.0, 0.0)
    p, r, f = sc.prf({"tp": 3, "fp": 1, "fn": 1})
    assert (p, r, f) == (0.75, 0.75, 0.75)


def test_missing_prediction_counts_as_empty() -> None:
    res = sc.score([rec("x" * 20, [S(0, 5)])], {})
    assert res["overall"] == {"tp": 0, "fp": 0, "fn": 1}


# --- generator -----------------------------------------------------------------------------------

N = 60


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return list(gen.generate(N, gen.DEFAULT_SEED))


def test_generator_is_deterministic(records: list[dict[str, Any]]) -> None:
    assert list(gen.generate(N, gen.DEFAULT_SEED)) == records
    assert list(gen.generate(N, gen.DEFAULT_SEED + 1)) != records
    # a language's records do not depend on which other languages are generated
    assert list(gen.generate(N, gen.DEFAULT_SEED, ("fr",))) == [r for r in records if r["lang"] == "fr"]


def test_records_shape(records: list[dict[str, Any]]) -> None:
    assert len(records) == 3 * N
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        assert r["lang"] in {"ko", "fr", "en"}
        assert r["kind"] in gen.KINDS
        assert gen.MIN_LEN <= len(r["text"]) <= gen.MAX_LEN, r["id"]
        assert r["spans"], r["id"]
        for s in r["spans"]:
            assert s["label"] in sc.ALL_LABELS


def test_offsets_valid_and_non_overlapping(records: list[dict[str, Any]]) -> None:
    for r in records:
        regions = sorted([*r["spans"], *r["neutral"]], key=lambda s: s["start"])
        for s in regions:
            assert 0 <= s["start"] < s["end"] <= len(r["text"])
            value = r["text"][s["start"] : s["end"]]
            assert value == value.strip(), (r["id"], s)
        for a, b in itertools.pairwise(regions):
            assert a["end"] <= b["start"], (r["id"], a, b)


def _meta(r: dict[str, Any], s: dict[str, Any]) -> dict[str, Any]:
    return next((m for m in r.get("meta", []) if m["start"] == s["start"] and m["end"] == s["end"]), {})


CHECKERS = {
    "KR_FRN": ids.valid_frn,
    "KR_BRN": ids.valid_brn,
    "CREDIT_CARD": ids.luhn_ok,
    "IBAN": ids.valid_iban,
    "FR_NIR": ids.valid_nir,
}


def test_checksums(records: list[dict[str, Any]]) -> None:
    seen = {"post2020": 0, "valid_rrn": 0, "halves": 0}
    for r in records:
        halves = []
        for s in r["spans"]:
            value = r["text"][s["start"] : s["end"]]
            if s["label"] in CHECKERS:
                assert CHECKERS[s["label"]](value), (r["id"], s["label"])
            elif s["label"] == "KR_RRN":
                meta = _meta(r, s)
                if "half" in meta:
                    halves.append(ids.digits(value))
                elif meta.get("check") == "post2020":
                    seen["post2020"] += 1
                    assert ids.rrn_birth_ok(value), r["id"]
                    assert not ids.valid_rrn(value), r["id"]
                else:
                    seen["valid_rrn"] += 1
                    assert ids.valid_rrn(value), r["id"]
        if halves:
            seen["halves"] += 1
            assert len(halves) % 2 == 0
            for front, back in zip(halves[::2], halves[1::2], strict=True):
                assert (len(front), len(back)) == (6, 7)
                assert ids.rrn_birth_ok(front + back)
        for n in r["neutral"]:
            if n["kind"] == "ean13":
                value = r["text"][n["start"] : n["end"]]
                assert value.startswith("880")
                assert ids.valid_ean13(value)
            if n["kind"] == "company_id" and r["lang"] == "fr":  # SIREN / SIRET
                assert ids.luhn_ok(r["text"][n["start"] : n["end"]])
    assert all(seen.values()), seen


def test_neutral_regions_in_most_records(records: list[dict[str, Any]]) -> None:
    assert sum(1 for r in records if r["neutral"]) > 0.6 * len(records)


CHECK_DIGIT_CASES = [
    (
        "rrn-known",
        ids.rrn_check("900101123456"),
        8,  # weighted sum 124; (11 - 124 % 11) % 10
    ),
    ("brn-known", ids.brn_check("123456789"), 1),
    ("iban-de", ids.valid_iban("DE89 3704 0044 0532 0130 00"), True),
    ("iban-gb", ids.valid_iban("GB82WEST12345698765432"), True),
    ("nir-2a", ids.nir_key("185052A011234"), 97 - int("1850519011234") % 97),
    ("luhn-visa-test", ids.luhn_ok("4111 1111 1111 1111"), True),
    ("ean-known", ids.valid_ean13("8801234567893"), True),
]


@pytest.mark.parametrize(("got", "expected"), [c[1:] for c in CHECK_DIGIT_CASES], ids=[c[0] for c in CHECK_DIGIT_CASES])
def test_check_digit_functions(got: object, expected: object) -> None:
    assert got == expected
