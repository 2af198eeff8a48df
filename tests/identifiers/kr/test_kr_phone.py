"""Korean phone numbers (kr.phone)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong import errors
from gamyeong.identifiers import Validity, get
from gamyeong.identifiers.kr import phone
from gamyeong.labels import Label

VECTORS: list[dict[str, Any]] = json.loads(Path(__file__).with_name("vectors.json").read_text("utf-8"))["phone"]
CASES = [pytest.param(v, id=v["id"]) for v in VECTORS]
JUNK = ["", " ", "+", "+82", "82", "()", "🙂" * 11, "x" * 10_000, "0" * 10_000, "None", "\x00" * 11]


@pytest.mark.parametrize("vector", CASES)
def test_vector(vector: dict[str, Any]) -> None:
    number = vector["input"]
    assert phone.check(number) is Validity[vector["validity"]]
    if vector["error"] is None:
        assert phone.validate(number) == vector["compact"]
        assert phone.is_valid(number)
        assert phone.validate(phone.format(number)) == vector["compact"]
    else:
        with pytest.raises(errors.ValidationError) as info:
            phone.validate(number)
        assert type(info.value).__name__ == vector["error"]
        assert not phone.is_valid(number)
        assert phone.compact(number) not in str(info.value)


def test_module_attributes() -> None:
    assert get("kr.phone") is phone
    assert phone.name == "kr.phone"
    assert phone.label is Label.PHONE


@pytest.mark.parametrize(
    ("number", "formatted", "kind"),
    [
        pytest.param("01012345678", "010-1234-5678", "mobile", id="mobile"),
        pytest.param("82 10 1234 5678", "010-1234-5678", "mobile", id="bare-82"),
        pytest.param("+821012345678", "010-1234-5678", "mobile", id="plus-82-compact"),
        pytest.param("021234567", "02-123-4567", "landline", id="seoul-7"),
        pytest.param("0212345678", "02-1234-5678", "landline", id="seoul-8"),
        pytest.param("(02) 2345-6789", "02-2345-6789", "landline", id="seoul-parens"),
        pytest.param("03112345678", "031-1234-5678", "landline", id="gyeonggi-8"),
        pytest.param("0642345678", "064-234-5678", "landline", id="jeju-7"),
        pytest.param("07012345678", "070-1234-5678", "internet", id="internet"),
        pytest.param("050412345678", "0504-1234-5678", "personal", id="personal-8"),
        pytest.param("15881234", "1588-1234", "company", id="company-1588"),
        pytest.param("+82 1588 1234", "1588-1234", "company", id="company-intl"),
        pytest.param("0802345678", "080-234-5678", "company", id="free-phone"),
    ],
)
def test_format_and_kind(number: str, formatted: str, kind: str) -> None:
    assert phone.format(number) == formatted
    assert phone.kind(number) == kind
    assert phone.is_company_line(number) is (kind == "company")


def test_company_lines_are_not_personal() -> None:
    for number in ("1588-1234", "1644-0000", "1800-1234"):
        assert phone.check(number) is Validity.INVALID
        with pytest.raises(errors.InvalidComponent, match="15xx/16xx/18xx"):
            phone.validate(number)
    with pytest.raises(errors.InvalidLength):
        phone.validate("1588-123")
    assert not phone.is_company_line("1588-123")
    assert not phone.is_company_line("junk")


def test_placeholder_exchange_is_plausible() -> None:
    # Exchanges starting with 0/1 are never assigned but common in forms: PLAUSIBLE, not INVALID.
    assert phone.check("02-123-4567") is Validity.PLAUSIBLE
    assert phone.check("02-234-5678") is Validity.VERIFIED


def test_kind_raises_on_malformed() -> None:
    with pytest.raises(errors.InvalidComponent):
        phone.kind("035-234-5678")


_AREAS = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055"]


@st.composite
def phones(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["010", "070", *_AREAS]))
    size = 8 if prefix in ("010", "070") else draw(st.sampled_from([7, 8]))
    subscriber = draw(st.sampled_from("23456789")) + draw(st.text("0123456789", min_size=size - 1, max_size=size - 1))
    if draw(st.booleans()):
        return f"+82 {prefix[1:]} {subscriber}"
    return f"{prefix}-{subscriber[:-4]}-{subscriber[-4:]}"


@given(phones())
def test_property_roundtrip(number: str) -> None:
    assert phone.check(number) is Validity.VERIFIED
    assert phone.validate(phone.format(number)) == phone.compact(number)


@given(st.text())
def test_property_check_never_raises(text: str) -> None:
    assert phone.check(text) in Validity
    phone.format(text)
    phone.is_company_line(text)


@pytest.mark.parametrize("text", JUNK)
def test_junk(text: str) -> None:
    assert phone.check(text) is Validity.INVALID
