"""intl.card: generated vectors (make_vectors.py → vectors.json), named cases and round-trip properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn

from gamyeong.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from gamyeong.identifiers import Validity
from gamyeong.identifiers.intl import card

VECTORS = json.loads(Path(__file__).with_name("vectors.json").read_text(encoding="utf-8"))["card"]
GENERATED = [pytest.param(v["value"], Validity[v["expect"]], v.get("issuer"), id=v["id"]) for v in VECTORS]

NAMED = [
    pytest.param("4111 1111 1111 1111", Validity.VERIFIED, "visa", id="card-visa-test-spaced"),
    pytest.param("4111-1111-1111-1111", Validity.VERIFIED, "visa", id="card-visa-test-dashed"),
    pytest.param("5555555555554444", Validity.VERIFIED, "mastercard", id="card-mastercard-test"),
    pytest.param("2223003122003222", Validity.VERIFIED, "mastercard", id="card-mastercard-2-series"),
    pytest.param("378282246310005", Validity.VERIFIED, "amex", id="card-amex-test"),
    pytest.param("6011111111111117", Validity.VERIFIED, "discover", id="card-discover-test"),
    pytest.param("3530111333300000", Validity.VERIFIED, "jcb", id="card-jcb-test"),
    pytest.param("30569309025904", Validity.VERIFIED, "diners", id="card-diners-test"),
    pytest.param("6200000000000005", Validity.VERIFIED, "unionpay", id="card-unionpay-test"),
    pytest.param("4111111111111112", Validity.INVALID, None, id="card-visa-bad-luhn"),
    pytest.param("8801234567893", Validity.INVALID, None, id="ean13-880-example"),
    pytest.param("0000000000000000", Validity.INVALID, None, id="card-all-zero"),
    pytest.param("４１１１１１１１１１１１１１１１", Validity.INVALID, None, id="card-fullwidth"),
]


@pytest.mark.parametrize(("value", "expected", "brand"), GENERATED + NAMED)
def test_check(value: str, expected: Validity, brand: str | None) -> None:
    assert card.check(value) is expected
    assert card.is_valid(value) == (expected is not Validity.INVALID)
    assert card.issuer(value) == brand


@pytest.mark.parametrize(
    ("value", "error"),
    [
        pytest.param("41111111111", InvalidLength, id="eleven-digits"),
        pytest.param("41111111111111111111", InvalidLength, id="twenty-digits"),
        pytest.param("4111x11111111111", InvalidFormat, id="letter"),
        pytest.param("1111111111111111", InvalidComponent, id="all-ones"),
        pytest.param("4111111111111112", InvalidChecksum, id="luhn"),
        pytest.param("378282246310005" + "0", InvalidChecksum, id="amex-plus-digit-luhn"),
    ],
)
def test_validate_errors(value: str, error: type[ValidationError]) -> None:
    with pytest.raises(error) as info:
        card.validate(value)
    assert value not in str(info.value)


def test_ean13_880_never_verified() -> None:
    # Every 880-prefixed 13-digit code with a valid EAN check digit: none may be taken for a card.
    for middle in range(0, 10**9, 7_654_321):
        body = f"880{middle:09d}"
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        code = body + str((10 - total % 10) % 10)
        assert card.check(code) is Validity.INVALID


def test_format() -> None:
    assert card.format("4111111111111111") == "4111 1111 1111 1111"
    assert card.format("378282246310005") == "3782 822463 10005"
    assert card.format("30569309025904") == "3056 930902 5904"


PREFIXES = [
    ("4", 16),
    ("51", 16),
    ("2221", 16),
    ("34", 15),
    ("6011", 16),
    ("3528", 17),
    ("36", 14),
    ("62", 19),
]


@given(st.sampled_from(PREFIXES), st.data())
def test_round_trip(spec: tuple[str, int], data: st.DataObject) -> None:
    prefix, length = spec
    middle = data.draw(st.text("0123456789", min_size=length - len(prefix) - 1, max_size=length - len(prefix) - 1))
    body = prefix + middle
    number = body + luhn.calc_check_digit(body)
    if len(set(number)) == 1:
        return
    assert card.check(number) is Validity.VERIFIED
    assert card.validate(card.format(number)) == card.compact(number)
