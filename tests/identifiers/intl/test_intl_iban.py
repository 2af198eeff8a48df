"""intl.iban: generated vectors, named cases and round-trip properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from gamyeong.identifiers import Validity
from gamyeong.identifiers.intl import iban

VECTORS = json.loads(Path(__file__).with_name("vectors.json").read_text(encoding="utf-8"))["iban"]
GENERATED = [pytest.param(v["value"], Validity[v["expect"]], v.get("country"), id=v["id"]) for v in VECTORS]

NAMED = [
    pytest.param("FR76 3000 6000 0112 3456 7890 189", Validity.VERIFIED, "FR", id="iban-fr-spaced"),
    pytest.param("fr7630006000011234567890189", Validity.VERIFIED, "FR", id="iban-fr-lowercase"),
    pytest.param("DE89 3704 0044 0532 0130 00", Validity.VERIFIED, "DE", id="iban-de-example"),
    pytest.param("GB82 WEST 1234 5698 7654 32", Validity.VERIFIED, "GB", id="iban-gb-example"),
    pytest.param("BE68 5390 0754 7034", Validity.VERIFIED, "BE", id="iban-be-example-unlisted-bank"),
    pytest.param("ES91 2100 0418 4502 0005 1332", Validity.VERIFIED, "ES", id="iban-es-example"),
    pytest.param("IT60 X054 2811 1010 0000 0123 456", Validity.VERIFIED, "IT", id="iban-it-example"),
    pytest.param("GB82 WEST 1234 5698 7654 33", Validity.INVALID, None, id="iban-gb-bad-check"),
    pytest.param("KR12 3456 7890 1234 5678", Validity.INVALID, None, id="iban-kr-does-not-exist"),
]


@pytest.mark.parametrize(("value", "expected", "country"), GENERATED + NAMED)
def test_check(value: str, expected: Validity, country: str | None) -> None:
    assert iban.check(value) is expected
    assert iban.is_valid(value) == (expected is not Validity.INVALID)
    if country is not None:
        assert iban.country(value) == country


@pytest.mark.parametrize(
    ("value", "error"),
    [
        pytest.param("FR7630006000", InvalidLength, id="too-short"),
        pytest.param("FR76300060000112345678901890", InvalidLength, id="fr-one-too-many"),
        pytest.param("F176300060000112345678901", InvalidFormat, id="digit-in-country"),
        pytest.param("FR76 3000 6000 0112 3456 7890 18É", InvalidFormat, id="accent"),
        pytest.param("KR1234567890123456", InvalidComponent, id="kr"),
        pytest.param("FR7730006000011234567890189", InvalidChecksum, id="fr-check-digits"),
        pytest.param("DE89370400440532013001", InvalidChecksum, id="de-last-digit"),
    ],
)
def test_validate_errors(value: str, error: type[ValidationError]) -> None:
    with pytest.raises(error) as info:
        iban.validate(value)
    assert value not in str(info.value)
    with pytest.raises(ValidationError):
        iban.country(value)


def test_format() -> None:
    assert iban.format("FR7630006000011234567890189") == "FR76 3000 6000 0112 3456 7890 189"


def _with_check_digits(country: str, bban: str) -> str:
    value = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - value % 97:02d}{bban}"


@given(st.sampled_from([("DE", 18), ("FR", 23), ("NL", 10), ("MC", 23)]), st.data())
def test_round_trip(spec: tuple[str, int], data: st.DataObject) -> None:
    country, size = spec
    if country == "NL":
        bank = data.draw(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=4, max_size=4))
        bban = bank + data.draw(st.text("0123456789", min_size=size, max_size=size))
    else:
        bban = data.draw(st.text("0123456789", min_size=size, max_size=size))
    number = _with_check_digits(country, bban)
    assert iban.check(number) is Validity.VERIFIED
    assert iban.validate(iban.format(number)) == iban.compact(number)
