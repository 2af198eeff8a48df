"""Korean passport numbers (kr.passport)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong import errors
from gamyeong.identifiers import Validity, get
from gamyeong.identifiers.kr import passport
from gamyeong.labels import Label

VECTORS: list[dict[str, Any]] = json.loads(Path(__file__).with_name("vectors.json").read_text("utf-8"))["passport"]
CASES = [pytest.param(v, id=v["id"]) for v in VECTORS]
JUNK = ["", " ", "🙂" * 9, "x" * 10_000, "M" * 10_000, "None", "\x00" * 9, "Ｍ"]


@pytest.mark.parametrize("vector", CASES)
def test_vector(vector: dict[str, Any]) -> None:
    number = vector["input"]
    assert passport.check(number) is Validity[vector["validity"]]
    if vector["error"] is None:
        assert passport.validate(number) == vector["compact"]
        assert passport.is_valid(number)
        assert passport.validate(passport.format(number)) == vector["compact"]
    else:
        with pytest.raises(errors.ValidationError) as info:
            passport.validate(number)
        assert type(info.value).__name__ == vector["error"]
        assert passport.compact(number) not in str(info.value)


def test_module_attributes() -> None:
    assert get("kr.passport") is passport
    assert passport.name == "kr.passport"
    assert passport.label is Label.KR_PASSPORT


@pytest.mark.parametrize(
    ("number", "kind", "new"),
    [
        pytest.param("M12345678", "ordinary (multiple)", False, id="old-multiple"),
        pytest.param("m123a4567", "ordinary (multiple)", True, id="new-lowercase"),
        pytest.param("S123B4567", "ordinary (single)", True, id="new-single"),
        pytest.param("D12345678", "diplomatic", False, id="diplomatic"),
        pytest.param("R12345678", "residence", False, id="residence"),
        pytest.param("O123A4567", "official", True, id="official-O"),
        pytest.param("G12345678", "official", False, id="official-G"),
    ],
)
def test_types(number: str, kind: str, new: bool) -> None:
    assert passport.check(number) is Validity.PLAUSIBLE
    assert passport.passport_type(number) == kind
    assert passport.is_new_format(number) is new


def test_unknown_letter_message() -> None:
    with pytest.raises(errors.InvalidComponent, match="first letter") as info:
        passport.validate("Z12345678")
    assert "12345678" not in str(info.value)


@given(
    st.sampled_from("MSRDOG"),
    st.text("0123456789", min_size=3, max_size=3),
    st.one_of(st.text("0123456789", min_size=1, max_size=1), st.sampled_from("ABCXYZ")),
    st.text("0123456789", min_size=4, max_size=4),
)
def test_property_roundtrip(letter: str, a: str, middle: str, b: str) -> None:
    number = letter + a + middle + b
    assert passport.check(number) is Validity.PLAUSIBLE
    assert passport.validate(passport.format(number)) == passport.compact(number)


@given(st.text())
def test_property_check_never_raises(text: str) -> None:
    assert passport.check(text) in Validity
    passport.format(text)


@pytest.mark.parametrize("text", JUNK)
def test_junk(text: str) -> None:
    assert passport.check(text) is Validity.INVALID
