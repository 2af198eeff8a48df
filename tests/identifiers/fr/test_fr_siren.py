"""fr.siren: generated vectors, named cases and round-trip properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn

from gamyeong.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from gamyeong.identifiers import Validity
from gamyeong.identifiers.fr import siren

VECTORS = json.loads(Path(__file__).with_name("vectors.json").read_text(encoding="utf-8"))
GENERATED = [pytest.param(v["value"], Validity[v["expect"]], id=v["id"]) for v in VECTORS["siren"]]

NAMED = [
    pytest.param("732 829 320", Validity.VERIFIED, id="siren-stdnum-example"),
    pytest.param("732829321", Validity.INVALID, id="siren-bad-luhn"),
    pytest.param("000000000", Validity.INVALID, id="siren-all-zero"),
    pytest.param("73282932", Validity.INVALID, id="siren-8-digits"),
]


@pytest.mark.parametrize(("value", "expected"), GENERATED + NAMED)
def test_check(value: str, expected: Validity) -> None:
    assert siren.check(value) is expected
    assert siren.is_valid(value) == (expected is not Validity.INVALID)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        pytest.param("7328293200", InvalidLength, id="ten-digits"),
        pytest.param("73282932O", InvalidFormat, id="letter-o"),
        pytest.param("000000000", InvalidComponent, id="all-zero"),
        pytest.param("732829321", InvalidChecksum, id="luhn"),
    ],
)
def test_validate_errors(value: str, error: type[ValidationError]) -> None:
    with pytest.raises(error) as info:
        siren.validate(value)
    assert value not in str(info.value)


def test_label_is_not_personal() -> None:
    assert siren.label == "FR_COMPANY"
    assert siren.format("732829320") == "732 829 320"


@given(st.integers(1, 10**8 - 1))
def test_round_trip(body: int) -> None:
    text = f"{body:08d}"
    number = text + luhn.calc_check_digit(text)
    assert siren.check(number) is Validity.VERIFIED
    assert siren.validate(siren.format(number)) == siren.compact(number)
