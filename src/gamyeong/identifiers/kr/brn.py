"""BRN (사업자등록번호, South Korean business registration number).

Ten digits, written ``TTT-GG-SSSSC``:

* ``TTT`` — the tax office that registered the business (codes start at 101);
* ``GG`` — the kind of business: 01–79 individual (taxable), 80 apartment management offices and
  multi-level sales agents, 81/86/87/88 for-profit corporation head offices, 82 non-profit corporations,
  83 state and local government, 84 foreign corporations, 85 corporation branches, 89 unincorporated
  religious bodies, 90–99 individual (tax-exempt). ``00`` is never issued;
* ``SSSS`` — a serial (``0000`` is never issued);
* ``C`` — check digit: weights 1,3,7,1,3,7,1,3,5 over the first nine digits, plus ``floor(d9 * 5 / 10)``;
  ``C = (10 - sum % 10) % 10``.

A BRN of an individual (sole trader) is personal data; :func:`is_individual` tells which. The check digit
is decisive, so :func:`check` answers VERIFIED or INVALID only.

Sources:

* 부가가치세법 시행규칙 / 국세청 "사업자등록번호 체계" (National Tax Service), https://www.nts.go.kr/
* python-stdnum ``stdnum.kr.brn`` (component rules: office ≥ 101, type ≠ 00, serial ≠ 0000).
"""

from __future__ import annotations

import unicodedata

from gamyeong.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from gamyeong.identifiers._base import Validity, clean
from gamyeong.labels import Label

__all__ = [
    "calc_check_digit",
    "check",
    "compact",
    "format",
    "is_individual",
    "is_valid",
    "label",
    "name",
    "validate",
]

name = "kr.brn"
label = Label.KR_BRN

_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def compact(number: str) -> str:
    """Strip separators and surrounding space; full-width digits become ASCII (NFKC)."""
    return clean(unicodedata.normalize("NFKC", number))


def calc_check_digit(number: str) -> str:
    """The check digit for the first nine digits of ``number``."""
    digits = [int(d) for d in number[:9]]
    total = sum(w * d for w, d in zip(_WEIGHTS, digits, strict=True))
    # The ninth digit counts twice: once weighted by 5 (mod 10 above) and once for its tens part.
    total += digits[8] * 5 // 10
    return str((10 - total % 10) % 10)


def validate(number: str) -> str:
    """Return the compact BRN or raise the precise :class:`~gamyeong.errors.ValidationError`."""
    number = compact(number)
    if not (number.isascii() and number.isdigit()):
        raise InvalidFormat("a business registration number has only digits (and separators)")
    if len(number) != 10:
        raise InvalidLength("a business registration number has 10 digits")
    if number[:3] < "101":
        raise InvalidComponent("the tax office code (first three digits) starts at 101")
    if number[3:5] == "00":
        raise InvalidComponent("the business type code (digits 4–5) is never 00")
    if number[5:9] == "0000":
        raise InvalidComponent("the serial (digits 6–9) is never 0000")
    if number[9] != calc_check_digit(number):
        raise InvalidChecksum("the business registration check digit (weights 1,3,7…,5) does not match")
    return number


def is_valid(number: str) -> bool:
    return check(number) is Validity.VERIFIED


def check(number: str) -> Validity:
    """VERIFIED when every rule and the check digit hold, else INVALID."""
    try:
        validate(number)
    except (InvalidFormat, InvalidLength, InvalidComponent, InvalidChecksum):
        return Validity.INVALID
    return Validity.VERIFIED


def is_individual(number: str) -> bool:
    """Whether a valid BRN belongs to an individual (type code 01–79 or 90–99): then it is personal data."""
    number = validate(number)
    kind = int(number[3:5])
    return 1 <= kind <= 79 or kind >= 90


def format(number: str) -> str:
    """``TTT-GG-SSSSC``; other lengths are returned compacted."""
    number = compact(number)
    if len(number) == 10:
        return f"{number[:3]}-{number[3:5]}-{number[5:]}"
    return number
