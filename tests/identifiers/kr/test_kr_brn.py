"""Korean business registration number (kr.brn)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import stdnum.kr.brn
from hypothesis import given
from hypothesis import strategies as st

from gamyeong import errors
from gamyeong.identifiers import Validity, get
from gamyeong.identifiers.kr import brn
from gamyeong.labels import Label

VECTORS: list[dict[str, Any]] = json.loads(Path(__file__).with_name("vectors.json").read_text("utf-8"))["brn"]
CASES = [pytest.param(v, id=v["id"]) for v in VECTORS]
JUNK = ["", " ", "🙂" * 10, "x" * 10_000, "1" * 10_000, "None", "\x00" * 10]


@pytest.mark.parametrize("vector", CASES)
def test_vector(vector: dict[str, Any]) -> None:
    number = vector["input"]
    assert brn.check(number) is Validity[vector["validity"]]
    if vector["error"] is None:
        assert brn.validate(number) == vector["compact"]
        assert brn.is_valid(number)
        assert brn.validate(brn.format(number)) == vector["compact"]
        # stdnum checks the components (not the check digit): it must agree on every valid number.
        assert stdnum.kr.brn.is_valid(number)
    else:
        with pytest.raises(errors.ValidationError) as info:
            brn.validate(number)
        assert type(info.value).__name__ == vector["error"]
        assert not brn.is_valid(number)
        assert brn.compact(number) not in str(info.value)


def test_module_attributes() -> None:
    assert get("kr.brn") is brn
    assert brn.name == "kr.brn"
    assert brn.label is Label.KR_BRN


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        pytest.param("124-81-00998", Validity.VERIFIED, id="public-corporation"),
        pytest.param("124-81-00997", Validity.INVALID, id="public-corporation-bad-check"),
        pytest.param("000-00-00000", Validity.INVALID, id="all-zero"),
        pytest.param("1248100998", Validity.VERIFIED, id="compact"),
    ],
)
def test_named(number: str, expected: Validity) -> None:
    assert brn.check(number) is expected


def test_format_and_individual() -> None:
    assert brn.format("1248100998") == "124-81-00998"
    assert not brn.is_individual("124-81-00998")
    body = "123451234"
    assert brn.is_individual(body + brn.calc_check_digit(body))
    body = "123921234"
    assert brn.is_individual(body + brn.calc_check_digit(body))
    with pytest.raises(errors.InvalidChecksum, match="check digit"):
        brn.validate("124-81-00997")


@st.composite
def brns(draw: st.DrawFn) -> str:
    body = f"{draw(st.integers(101, 999))}{draw(st.integers(1, 99)):02d}{draw(st.integers(1, 9999)):04d}"
    number = body + brn.calc_check_digit(body)
    return draw(st.sampled_from([number, f"{number[:3]}-{number[3:5]}-{number[5:]}", f"{number[:3]} {number[3:]}"]))


@given(brns())
def test_property_roundtrip(number: str) -> None:
    assert brn.check(number) is Validity.VERIFIED
    assert brn.validate(brn.format(number)) == brn.compact(number)


@given(st.text())
def test_property_check_never_raises(text: str) -> None:
    assert brn.check(text) in Validity
    brn.format(text)


@pytest.mark.parametrize("text", JUNK)
def test_junk(text: str) -> None:
    assert brn.check(text) is Validity.INVALID
