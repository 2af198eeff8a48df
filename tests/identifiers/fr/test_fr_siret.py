"""fr.siret: generated vectors, named cases (La Poste) and round-trip properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn

from gamyeong.errors import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError
from gamyeong.identifiers import Validity
from gamyeong.identifiers.fr import siret

VECTORS = json.loads(Path(__file__).with_name("vectors.json").read_text(encoding="utf-8"))
GENERATED = [pytest.param(v["value"], Validity[v["expect"]], id=v["id"]) for v in VECTORS["siret"]]

NAMED = [
    pytest.param("732 829 320 00074", Validity.VERIFIED, id="siret-stdnum-example"),
    pytest.param("73282932000079", Validity.INVALID, id="siret-stdnum-bad-luhn"),
    pytest.param("35600000000048", Validity.VERIFIED, id="siret-la-poste-head-office"),
    pytest.param("35600000049837", Validity.VERIFIED, id="siret-la-poste-digit-sum"),
    pytest.param("35600000049838", Validity.INVALID, id="siret-la-poste-digit-sum-wrong"),
    pytest.param("732829320000740", Validity.INVALID, id="siret-15-digits"),
]


@pytest.mark.parametrize(("value", "expected"), GENERATED + NAMED)
def test_check(value: str, expected: Validity) -> None:
    assert siret.check(value) is expected
    assert siret.is_valid(value) == (expected is not Validity.INVALID)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        pytest.param("7328293200007", InvalidLength, id="thirteen-digits"),
        pytest.param("7328293200007A", InvalidFormat, id="letter"),
        pytest.param("73282932000079", InvalidChecksum, id="luhn"),
    ],
)
def test_validate_errors(value: str, error: type[ValidationError]) -> None:
    with pytest.raises(error) as info:
        siret.validate(value)
    assert value not in str(info.value)


def test_helpers() -> None:
    assert siret.to_siren("732 829 320 00074") == "732829320"
    assert siret.format("73282932000074") == "732 829 320 00074"
    assert siret.label == "FR_COMPANY"


@given(st.integers(1, 10**8 - 1), st.integers(0, 9999))
def test_round_trip(siren_body: int, establishment: int) -> None:
    head = f"{siren_body:08d}"
    head += luhn.calc_check_digit(head)
    body = f"{head}{establishment:04d}"
    number = body + luhn.calc_check_digit(body)
    if number.startswith("356000000"):
        return  # La Poste numbers follow the digit-sum rule, covered by the named cases
    assert siret.check(number) is Validity.VERIFIED
    assert siret.validate(siret.format(number)) == siret.compact(number)
