"""Korean bank account numbers (kr.bank_account)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong import errors
from gamyeong.identifiers import Validity, get
from gamyeong.identifiers.kr import bank_account as ba
from gamyeong.labels import Label

VECTORS: list[dict[str, Any]] = json.loads(Path(__file__).with_name("vectors.json").read_text("utf-8"))["bank_account"]
CASES = [pytest.param(v, id=v["id"]) for v in VECTORS]
JUNK = ["", " ", "-", "- -", "🙂" * 12, "x" * 10_000, "1" * 10_000, "None", "\x00" * 12, "1-2-3"]


@pytest.mark.parametrize("vector", CASES)
def test_vector(vector: dict[str, Any]) -> None:
    number = vector["input"]
    assert ba.check(number) is Validity[vector["validity"]]
    if vector["error"] is None:
        assert ba.validate(number) == vector["compact"]
        assert ba.is_valid(number)
        assert ba.validate(ba.format(number)) == vector["compact"]
    else:
        with pytest.raises(errors.ValidationError) as info:
            ba.validate(number)
        assert type(info.value).__name__ == vector["error"]
        message = str(info.value)
        assert ba.compact(number) not in message
        assert number not in message


def test_module_attributes() -> None:
    assert get("kr.bank_account") is ba
    assert ba.name == "kr.bank_account"
    assert ba.label is Label.BANK_ACCOUNT


@pytest.mark.parametrize(
    ("number", "banks"),
    [
        pytest.param("3333-01-1234567", ["카카오뱅크"], id="kakao"),
        pytest.param("1000-1234-5678", ["토스뱅크", "수협은행"], id="toss-or-suhyup"),
        pytest.param("110-123-456789", ["신한은행", "케이뱅크", "광주은행"], id="3-3-6"),
        pytest.param("123-123456-01-012", ["IBK기업은행"], id="ibk"),
        pytest.param("123456-01-123456", ["KB국민은행", "NH농협은행", "우체국"], id="6-2-6"),
        pytest.param("110123456789", [], id="bare-digits"),
        pytest.param("010-1234-5678", [], id="phone-layout"),
    ],
)
def test_banks_for(number: str, banks: list[str]) -> None:
    assert ba.banks_for(number) == banks


def test_format() -> None:
    assert ba.format("3333 01 1234567") == "3333-01-1234567"
    assert ba.format("110123456789") == "110123456789"


def test_bank_names() -> None:
    for short in ("국민", "신한", "농협", "카뱅", "KB", "NH", "IBK", "우리은행", "하나은행", "대구은행"):
        assert short in ba.BANK_NAMES
    # Ordinary words and place names are not context words.
    for word in ("우리", "하나", "기업", "대구", "부산", "제주"):
        assert word not in ba.BANK_NAMES
    assert set(ba.BANK_ALIASES.values()) <= set(ba.BANK_LAYOUTS)


_LAYOUTS = sorted({layout for layouts in ba.BANK_LAYOUTS.values() for layout in layouts})


@st.composite
def accounts(draw: st.DrawFn) -> str:
    layout = draw(st.sampled_from(_LAYOUTS))
    groups = [draw(st.text("0123456789", min_size=n, max_size=n)) for n in layout]
    return draw(st.sampled_from(["-", " ", "－"])).join(groups)


@given(accounts())
def test_property_roundtrip(number: str) -> None:
    assert ba.check(number) is Validity.PLAUSIBLE
    assert ba.banks_for(number)
    assert ba.validate(ba.format(number)) == ba.compact(number)


@given(st.text())
def test_property_check_never_raises(text: str) -> None:
    assert ba.check(text) in Validity
    ba.format(text)
    ba.banks_for(text)


@pytest.mark.parametrize("text", JUNK)
def test_junk(text: str) -> None:
    assert ba.check(text) is Validity.INVALID
