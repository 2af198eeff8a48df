"""The validators' fast paths give the verdicts of the plain computations they replace."""

from __future__ import annotations

import datetime
import random

from stdnum import luhn

from gamyeong.errors import InvalidComponent, ValidationError
from gamyeong.identifiers import Validity
from gamyeong.identifiers.intl import card
from gamyeong.identifiers.kr import bank_account, rrn


def test_luhn_is_stdnums() -> None:
    rnd = random.Random(7)
    for _ in range(20000):
        digits = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 20)))
        assert card._luhn(digits) == luhn.checksum(digits), digits


def test_is_date_is_datetimes() -> None:
    for year in (1800, 1900, 1996, 2000, 2024, 2099):
        for month in range(14):
            for day in range(33):
                try:
                    datetime.date(year, month, day)
                    valid = True
                except ValueError:
                    valid = False
                assert rrn._is_date(year, month, day) is valid, (year, month, day)


def _rrn_as_before(number: str) -> Validity:
    try:
        rrn._components(number)
    except InvalidComponent:
        return Validity.INVALID
    return Validity.VERIFIED if number[12] == rrn.calc_check_digit(number) else Validity.PLAUSIBLE


def test_compact_rrn_check_is_the_components_check() -> None:
    rnd = random.Random(11)
    for _ in range(20000):
        front = f"{rnd.randint(0, 99):02d}{rnd.randint(0, 13):02d}{rnd.randint(0, 32):02d}"
        number = front + "".join(rnd.choice("0123456789") for _ in range(7))
        assert rrn.check(number) is _rrn_as_before(number), number


def test_bank_account_check_and_validate_agree() -> None:
    for number in ("110-123-456789", "1234-56", "12345678901", "123456789", "１２３-４５６-７８９０１２", "12-ab-34"):
        try:
            bank_account.validate(number)
            raised = False
        except ValidationError:
            raised = True
        assert (bank_account.check(number) is Validity.INVALID) is raised, number
