"""Korean driver's licence numbers (kr.driver_license)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong import errors
from gamyeong.identifiers import Validity, get
from gamyeong.identifiers.kr import driver_license as dl
from gamyeong.labels import Label

VECTORS: list[dict[str, Any]] = json.loads(Path(__file__).with_name("vectors.json").read_text("utf-8"))[
    "driver_license"
]
CASES = [pytest.param(v, id=v["id"]) for v in VECTORS]
JUNK = ["", " ", "서울", "경기북부", "🙂" * 12, "x" * 10_000, "1" * 10_000, "None", "\x00" * 12]


@pytest.mark.parametrize("vector", CASES)
def test_vector(vector: dict[str, Any]) -> None:
    number = vector["input"]
    assert dl.check(number) is Validity[vector["validity"]]
    if vector["error"] is None:
        assert dl.validate(number) == vector["compact"]
        assert dl.is_valid(number)
        assert dl.validate(dl.format(number)) == vector["compact"]
    else:
        with pytest.raises(errors.ValidationError) as info:
            dl.validate(number)
        assert type(info.value).__name__ == vector["error"]
        message = str(info.value)
        assert dl.compact(number) not in message
        assert number not in message


def test_module_attributes() -> None:
    assert get("kr.driver_license") is dl
    assert dl.name == "kr.driver_license"
    assert dl.label is Label.KR_DRIVER_LICENSE


def test_region_tables() -> None:
    assert sorted(dl.REGION_CODES) == [str(n) for n in range(11, 27)] + ["28"]
    assert dl.REGION_NAMES["경기북부"] == "28"
    assert dl.REGION_NAMES["경기"] == "13"
    assert {dl.REGION_CODES[code] for code in dl.REGION_NAMES.values()} == set(dl.REGION_NAMES)


@pytest.mark.parametrize(
    ("number", "formatted", "region"),
    [
        pytest.param("서울 12-345678-90", "11-12-345678-90", "서울", id="seoul-name"),
        pytest.param("경기13-123456-78", "13-13-123456-78", "경기", id="gyeonggi-name"),
        pytest.param("경기북부 13-123456-78", "28-13-123456-78", "경기북부", id="north-gyeonggi-name"),
        pytest.param("281312345678", "28-13-123456-78", "경기북부", id="north-gyeonggi-code"),
        pytest.param("26-99-000001-00", "26-99-000001-00", "울산", id="ulsan"),
    ],
)
def test_format_and_region(number: str, formatted: str, region: str) -> None:
    assert dl.format(number) == formatted
    assert dl.region(number) == region
    assert dl.check(number) is Validity.PLAUSIBLE


def test_region_27_message() -> None:
    with pytest.raises(errors.InvalidComponent, match="region code"):
        dl.validate("27-12-345678-90")


@given(
    st.sampled_from(sorted(dl.REGION_CODES)),
    st.booleans(),
    st.text("0123456789", min_size=10, max_size=10),
)
def test_property_roundtrip(code: str, by_name: bool, rest: str) -> None:
    head = dl.REGION_CODES[code] + " " if by_name else code + "-"
    number = f"{head}{rest[:2]}-{rest[2:8]}-{rest[8:]}"
    assert dl.check(number) is Validity.PLAUSIBLE
    assert dl.validate(dl.format(number)) == dl.compact(number) == code + rest


@given(st.text())
def test_property_check_never_raises(text: str) -> None:
    assert dl.check(text) in Validity
    dl.format(text)


@pytest.mark.parametrize("text", JUNK)
def test_junk(text: str) -> None:
    assert dl.check(text) is Validity.INVALID
