"""Challenge-set generator invariants: determinism, valid offsets, gold checked with python-stdnum (independent)."""

from __future__ import annotations

import copy
import itertools
import re
import unicodedata
from functools import cache
from typing import Any

import pytest
from stdnum import ean, iban, isbn, luhn
from stdnum.fr import nir
from stdnum.kr import rrn
from stdnum.us import ssn

import score as sc
from devset import challenge as ch

N = 40  # records per language: enough to meet every layout, fast


@cache
def records() -> tuple[dict[str, Any], ...]:
    return tuple(ch.generate(N, ch.DEFAULT_SEED))


def frag(rec: dict[str, Any], s: dict[str, Any]) -> str:
    return rec["text"][s["start"] : s["end"]]


def compact(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\-‐–—−.]", "", text)


def gold(label: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(r, s) for r in records() for s in r["spans"] if s["label"] == label]


def test_deterministic_and_seeded() -> None:
    a = list(ch.generate(10, ch.DEFAULT_SEED))
    assert a == list(ch.generate(10, ch.DEFAULT_SEED))
    assert a != list(ch.generate(10, ch.DEFAULT_SEED + 1))
    assert len(a) == 30
    assert {r["lang"] for r in a} == {"ko", "fr", "en"}
    assert len({r["id"] for r in a}) == len(a)


def test_schema_offsets_and_no_overlap() -> None:
    for rec in records():
        assert set(rec) >= {"id", "lang", "kind", "text", "spans", "neutral"}
        assert rec["spans"], rec["id"]
        regions = [*rec["spans"], *rec["neutral"]]
        for s in regions:
            assert 0 <= s["start"] < s["end"] <= len(rec["text"]), rec["id"]
            assert frag(rec, s) == frag(rec, s).strip(), (rec["id"], frag(rec, s))
        ordered = sorted((s["start"], s["end"]) for s in regions)
        for (_, end), (start, _) in itertools.pairwise(ordered):
            assert end <= start, rec["id"]
        assert {s["label"] for s in rec["spans"]} <= sc.STRUCTURED, rec["id"]


def test_rrn_checksums() -> None:
    seen = 0
    for rec, s in gold("KR_RRN"):
        metas = {(m["start"], m["end"]): m for m in rec.get("meta", [])}
        m = metas.get((s["start"], s["end"]), {})
        if "half" in m or m.get("check") == "post2020":
            continue
        assert rrn.is_valid(compact(frag(rec, s))), frag(rec, s)
        seen += 1
    assert seen >= 5


def test_split_rrn_halves_pair_up() -> None:
    for rec in records():
        halves = [m for m in rec.get("meta", []) if "half" in m]
        assert len(halves) % 2 == 0
        for front, back in zip(halves[::2], halves[1::2], strict=True):
            number = rec["text"][front["start"] : front["end"]] + rec["text"][back["start"] : back["end"]]
            if front.get("check") != "post2020" and number[6] in "1234":
                assert rrn.is_valid(number), number


def test_frn_gender_digit_and_checksum() -> None:
    for rec, s in gold("KR_FRN"):
        d = compact(frag(rec, s))
        if len(d) == 13:
            assert d[6] in "5678"
            weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
            assert int(d[12]) == (11 - sum(int(c) * w for c, w in zip(d, weights, strict=False)) % 11) % 10


def test_cards_ibans_nirs_ssns() -> None:
    for rec, s in gold("CREDIT_CARD"):
        assert luhn.is_valid(compact(frag(rec, s))), frag(rec, s)
    for rec, s in gold("IBAN"):
        assert iban.is_valid(frag(rec, s).replace("-", "")), frag(rec, s)
    for rec, s in gold("FR_NIR"):
        text = compact(frag(rec, s))
        if len(text) == 15:
            assert nir.is_valid(text), frag(rec, s)
    for rec, s in gold("OTHER_ID"):
        if re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", frag(rec, s)):
            assert ssn.is_valid(frag(rec, s).replace(" ", "-")), frag(rec, s)


def brn_ok(d: str) -> bool:
    total = sum(int(c) * w for c, w in zip(d[:9], (1, 3, 7, 1, 3, 7, 1, 3, 5), strict=True)) + int(d[8]) * 5 // 10
    return (10 - total % 10) % 10 == int(d[9])


def test_brn_and_company_numbers() -> None:
    for rec, s in gold("KR_BRN"):
        d = compact(frag(rec, s))
        assert brn_ok(d), d
        assert not 81 <= int(d[3:5]) <= 88, d  # sole traders, not corporations
    for rec in records():
        for n in rec["neutral"]:
            t = frag(rec, n)
            if n["kind"] == "company_id" and re.fullmatch(r"\d{3}-\d{2}-\d{5}", t):
                assert brn_ok(compact(t))
                assert t[4:6] in ("81", "86", "87", "88")
            if n["kind"] == "ean13":
                assert ean.is_valid(t)
                assert t.startswith("880")
            if n["kind"] == "isbn":
                assert isbn.is_valid(t)


def test_phones_carry_country_code_inside_span() -> None:
    for rec, s in gold("PHONE"):
        before = rec["text"][max(0, s["start"] - 1) : s["start"]]
        assert before != "+", rec["id"]
        assert ch.cv.valid_phone(frag(rec, s)), frag(rec, s)


def test_self_check_catches_a_corrupted_span() -> None:
    rec = next(r for r in records() for s in r["spans"] if s["label"] == "CREDIT_CARD")
    ch.check(rec)
    bad = copy.deepcopy(rec)
    s = next(s for s in bad["spans"] if s["label"] == "CREDIT_CARD")
    i = next(i for i in range(s["end"] - 1, s["start"], -1) if bad["text"][i].isdigit())
    digit = str((int(bad["text"][i]) + 1) % 10)
    bad["text"] = bad["text"][:i] + digit + bad["text"][i + 1 :]
    with pytest.raises(AssertionError):
        ch.check(bad)


def test_korean_particles_follow_the_last_sound() -> None:
    assert ch.josa("010-1234-5678", "로") == "로"  # 팔: ㄹ takes 로
    assert ch.josa("010-1234-5673", "로") == "으로"  # 삼
    assert ch.josa("900101-1234562", "가") == "가"  # 이
    assert ch.josa("900101-1234560", "가") == "이"  # 영/공
    assert ch.josa("kim@naver.com", "로") == "으로"
