"""Korean resident registration number (kr.rrn)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
import stdnum.kr.rrn
from hypothesis import given
from hypothesis import strategies as st

from gamyeong import errors
from gamyeong.identifiers import Validity, get
from gamyeong.identifiers.kr import rrn
from gamyeong.labels import Label

VECTORS: list[dict[str, Any]] = json.loads(Path(__file__).with_name("vectors.json").read_text("utf-8"))["rrn"]
CASES = [pytest.param(v, id=v["id"]) for v in VECTORS]
JUNK = ["", " ", "-", "🙂" * 13, "x" * 10_000, "9" * 10_000, "None", "null", "\x00" * 13, "٣" * 13, "900101-"]


@pytest.mark.parametrize("vector", CASES)
def test_vector(vector: dict[str, Any]) -> None:
    number = vector["input"]
    assert rrn.check(number) is Validity[vector["validity"]]
    if vector["error"] is None:
        assert rrn.validate(number) == vector["compact"]
        assert rrn.compact(number) == vector["compact"]
        assert rrn.is_valid(number)
        assert rrn.validate(rrn.format(number)) == vector["compact"]
    else:
        with pytest.raises(errors.ValidationError) as info:
            rrn.validate(number)
        assert type(info.value).__name__ == vector["error"]
        assert not rrn.is_valid(number)
        message = str(info.value)
        assert rrn.compact(number) not in message
        assert number not in message


def test_module_attributes() -> None:
    assert get("kr.rrn") is rrn
    assert rrn.name == "kr.rrn"
    assert rrn.label is Label.KR_RRN


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        pytest.param("971013-9019902", Validity.VERIFIED, id="stdnum-doc-example-1897"),
        pytest.param("971013-9019903", Validity.PLAUSIBLE, id="stdnum-doc-bad-check-is-plausible"),
        pytest.param("000229-3000000", Validity.PLAUSIBLE, id="leap-2000-wrong-check"),
        pytest.param("000229-1000000", Validity.INVALID, id="feb-29-1900-not-leap"),
        pytest.param("000229-9000000", Validity.INVALID, id="feb-29-1800-not-leap"),
        pytest.param("900101-5234567", Validity.INVALID, id="foreigner-digit"),
    ],
)
def test_named_rules(number: str, expected: Validity) -> None:
    assert rrn.check(number) is expected


def test_foreigner_digit_message() -> None:
    with pytest.raises(errors.InvalidComponent, match="foreigner registration number"):
        rrn.validate("900101-5234567")


def test_plausible_is_accepted_but_strict_rejects() -> None:
    assert rrn.validate("971013-9019903") == "9710139019903"
    with pytest.raises(errors.InvalidChecksum) as info:
        rrn.validate("971013-9019903", strict=True)
    assert "9710139019903" not in str(info.value)
    assert rrn.validate("971013-9019902", strict=True) == "9710139019902"


def test_helpers() -> None:
    assert rrn.birth_date("971013-9019902") == datetime.date(1897, 10, 13)
    assert rrn.birth_date("000229-3000000") == datetime.date(2000, 2, 29)
    assert rrn.check_digit_ok("971013-9019902")
    assert not rrn.check_digit_ok("971013-9019903")
    assert not rrn.check_digit_ok("junk")
    assert rrn.calc_check_digit("971013901990") == "2"
    assert rrn.format("9710139019902") == "971013-9019902"
    with pytest.raises(errors.InvalidComponent):
        rrn.birth_date("900230-1234567")


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        pytest.param("900101", True, id="plain"),
        pytest.param("000229", True, id="feb-29-2000"),
        pytest.param("010229", False, id="feb-29-2001"),
        pytest.param("991301", False, id="month-13"),
        pytest.param("900230", False, id="feb-30"),
        pytest.param("90010", False, id="five-digits"),
        pytest.param("９００１０１", True, id="full-width"),
        pytest.param("9001O1", False, id="letter-o"),
    ],
)
def test_is_valid_front(front: str, expected: bool) -> None:
    assert rrn.is_valid_front(front) is expected


@pytest.mark.parametrize(
    ("back", "expected"),
    [
        pytest.param("1234567", True, id="male-1900s"),
        pytest.param("4234567", True, id="female-2000s"),
        pytest.param("0234567", True, id="female-1800s"),
        pytest.param("5234567", False, id="foreigner"),
        pytest.param("123456", False, id="six-digits"),
        pytest.param("12345678", False, id="eight-digits"),
    ],
)
def test_is_valid_back(back: str, expected: bool) -> None:
    assert rrn.is_valid_back(back) is expected


def test_agrees_with_stdnum_on_verified_vectors() -> None:
    for vector in VECTORS:
        number = vector["compact"]
        # stdnum also rejects pre-2020 place codes above 96, a rule we do not apply (post-2020 tails).
        if vector["validity"] == "VERIFIED" and int(number[7:9]) <= 96:
            assert stdnum.kr.rrn.is_valid(number), vector["id"]


_CENTURY_DIGITS = {1800: "90", 1900: "12", 2000: "34"}


@st.composite
def rrns(draw: st.DrawFn) -> str:
    born = draw(st.dates(datetime.date(1800, 1, 1), datetime.date(2099, 12, 31)))
    gender = draw(st.sampled_from(_CENTURY_DIGITS[born.year // 100 * 100]))
    tail = draw(st.text("0123456789", min_size=6, max_size=6))
    sep = draw(st.sampled_from(["-", "", " ", "\uff0d", "\u2013"]))
    return born.strftime("%y%m%d") + sep + gender + tail


@given(rrns())
def test_property_roundtrip(number: str) -> None:
    assert rrn.check(number) is not Validity.INVALID
    assert rrn.validate(rrn.format(number)) == rrn.compact(number)


@given(st.text())
def test_property_check_never_raises(text: str) -> None:
    assert rrn.check(text) in Validity
    rrn.format(text)
    rrn.is_valid_front(text)
    rrn.is_valid_back(text)


@pytest.mark.parametrize("text", JUNK)
def test_junk(text: str) -> None:
    assert rrn.check(text) is Validity.INVALID
    assert not rrn.is_valid(text)
    assert not rrn.check_digit_ok(text)
