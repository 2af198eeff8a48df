"""Korean foreigner registration number (kr.frn)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong import errors
from gamyeong.identifiers import Validity, get
from gamyeong.identifiers.kr import frn, rrn
from gamyeong.labels import Label

VECTORS: list[dict[str, Any]] = json.loads(Path(__file__).with_name("vectors.json").read_text("utf-8"))["frn"]
CASES = [pytest.param(v, id=v["id"]) for v in VECTORS]
JUNK = ["", " ", "🙂" * 13, "x" * 10_000, "5" * 10_000, "None", "\x00" * 13, "٥" * 13]


@pytest.mark.parametrize("vector", CASES)
def test_vector(vector: dict[str, Any]) -> None:
    number = vector["input"]
    assert frn.check(number) is Validity[vector["validity"]]
    if vector["error"] is None:
        assert frn.validate(number) == vector["compact"]
        assert frn.is_valid(number)
        assert frn.validate(frn.format(number)) == vector["compact"]
        # An FRN is never an RRN and vice versa: the gender digit decides.
        assert rrn.check(number) is Validity.INVALID
    else:
        with pytest.raises(errors.ValidationError) as info:
            frn.validate(number)
        assert type(info.value).__name__ == vector["error"]
        assert frn.compact(number) not in str(info.value)


def test_module_attributes() -> None:
    assert get("kr.frn") is frn
    assert frn.name == "kr.frn"
    assert frn.label is Label.KR_FRN


def _legacy(body12: str) -> str:
    return body12 + frn.calc_check_digit(body12)


def test_check_digit_is_rrn_digit_plus_two() -> None:
    for body in ("900101512456", "021231812347", "750615612348"):
        assert int(frn.calc_check_digit(body)) == (int(rrn.calc_check_digit(body)) + 2) % 10


def test_legacy_rules() -> None:
    good = _legacy("900101512456")
    assert frn.check_digit_ok(good)
    assert frn.legacy_rule_ok(good)
    assert frn.check(good) is Validity.VERIFIED
    odd_office = _legacy("900101513456")
    assert frn.check_digit_ok(odd_office)
    assert not frn.legacy_rule_ok(odd_office)
    assert frn.check(odd_office) is Validity.PLAUSIBLE
    assert not frn.check_digit_ok("junk")


def test_strict_and_birth_date() -> None:
    plausible = _legacy("900101513456")
    assert frn.validate(plausible) == plausible
    with pytest.raises(errors.InvalidChecksum):
        frn.validate(plausible, strict=True)
    assert frn.birth_date(plausible) == datetime.date(1990, 1, 1)
    assert frn.birth_date("050505-7123456") == datetime.date(2005, 5, 5)


def test_korean_digit_message() -> None:
    with pytest.raises(errors.InvalidComponent, match="5–8"):
        frn.validate("900101-1234567")


@st.composite
def frns(draw: st.DrawFn) -> str:
    born = draw(st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31)))
    gender = draw(st.sampled_from("56" if born.year < 2000 else "78"))
    tail = draw(st.text("0123456789", min_size=6, max_size=6))
    return born.strftime("%y%m%d") + draw(st.sampled_from(["-", "", " "])) + gender + tail


@given(frns())
def test_property_roundtrip(number: str) -> None:
    assert frn.check(number) is not Validity.INVALID
    assert frn.validate(frn.format(number)) == frn.compact(number)


@given(st.text())
def test_property_check_never_raises(text: str) -> None:
    assert frn.check(text) in Validity
    frn.format(text)
    frn.legacy_rule_ok(text)


@pytest.mark.parametrize("text", JUNK)
def test_junk(text: str) -> None:
    assert frn.check(text) is Validity.INVALID
