"""FRN (외국인등록번호, South Korean foreigner registration number).

Same 13-digit shape as the RRN (``YYMMDD-GNNNNNC``) with the gender/century digit ``G`` in 5–8:
5, 6 → born in the 1900s; 7, 8 → born in the 2000s (odd = male, even = female).

Before October 2020 the tail was ``OO RR T C``:

* ``OO`` (digits 8–9) — the registration office; the published rule requires an even number;
* ``RR`` (digits 10–11) — a serial;
* ``T`` (digit 12) — registrant type, 6–9 (the common checker accepts only these);
* ``C`` — check digit: weights 2,3,4,5,6,7,8,9,2,3,4,5 over the first 12 digits,
  ``C = (13 - sum % 11) % 10`` (the RRN digit plus 2, modulo 10).

All three legacy rules passing → VERIFIED. Otherwise PLAUSIBLE: since 2020-10-05 the tail is random for
foreigners too, so a failure is not proof that the number is not an FRN. The birth date must exist.

Sources:

* 출입국관리법 시행규칙 (Enforcement Rule of the Immigration Act), 외국인등록번호 체계;
  https://www.law.go.kr/
* the widely copied Korean validation routine (``fgn_reg_no``: even office code, type digit 6–9,
  ``(11 - sum % 11) % 10 + 2`` mod 10), e.g. KISA developer guides; the type-digit rule is the least
  documented part and is therefore used only to grade VERIFIED, never to reject.
"""

from __future__ import annotations

import datetime
import unicodedata

from gamyeong.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from gamyeong.identifiers._base import Validity, clean
from gamyeong.labels import Label

__all__ = [
    "birth_date",
    "calc_check_digit",
    "check",
    "check_digit_ok",
    "compact",
    "format",
    "is_valid",
    "label",
    "legacy_rule_ok",
    "name",
    "validate",
]

name = "kr.frn"
label = Label.KR_FRN

_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_CENTURY = {"5": 1900, "6": 1900, "7": 2000, "8": 2000}
_REGISTRANT_TYPES = frozenset("6789")


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def compact(number: str) -> str:
    """Strip separators and surrounding space; full-width digits become ASCII (NFKC)."""
    return clean(unicodedata.normalize("NFKC", number))


def calc_check_digit(number: str) -> str:
    """The legacy FRN check digit for the first 12 digits of ``number``."""
    total = sum(w * int(d) for w, d in zip(_WEIGHTS, number[:12], strict=True))
    return str((13 - total % 11) % 10)


def _shape(number: str) -> str:
    number = compact(number)
    if not _is_digits(number):
        raise InvalidFormat("a foreigner registration number has only digits (and separators)")
    if len(number) != 13:
        raise InvalidLength("a foreigner registration number has 13 digits")
    return number


def _components(number: str) -> datetime.date:
    gender = number[6]
    if gender not in _CENTURY:
        raise InvalidComponent("the gender digit of a foreigner registration number is 5–8")
    try:
        return datetime.date(_CENTURY[gender] + int(number[0:2]), int(number[2:4]), int(number[4:6]))
    except ValueError:
        raise InvalidComponent("the birth date (first six digits) is not a calendar date") from None


def validate(number: str, *, strict: bool = False) -> str:
    """Return the compact FRN or raise; the legacy tail rules are enforced only with ``strict=True``."""
    number = _shape(number)
    _components(number)
    if strict and not legacy_rule_ok(number):
        raise InvalidChecksum("the legacy FRN rules (check digit mod 11 + 2, even office code) do not hold")
    return number


def is_valid(number: str) -> bool:
    """True for VERIFIED and PLAUSIBLE numbers."""
    return check(number) is not Validity.INVALID


def check_digit_ok(number: str) -> bool:
    """Whether the 13th digit matches the legacy FRN check digit (False for malformed input)."""
    number = compact(number)
    if not _is_digits(number) or len(number) != 13:
        return False
    return number[12] == calc_check_digit(number)


def legacy_rule_ok(number: str) -> bool:
    """Check digit, even registration-office code and registrant type 6–9 all hold (pre-2020 numbers)."""
    if not check_digit_ok(number):
        return False
    number = compact(number)
    return int(number[7:9]) % 2 == 0 and number[11] in _REGISTRANT_TYPES


def birth_date(number: str) -> datetime.date:
    """The date of birth encoded in a valid FRN (raises ValidationError otherwise)."""
    return _components(_shape(number))


def check(number: str) -> Validity:
    """VERIFIED (legacy rules hold), PLAUSIBLE (post-2020 random tail) or INVALID."""
    try:
        compacted = validate(number)
    except (InvalidFormat, InvalidLength, InvalidComponent):
        return Validity.INVALID
    return Validity.VERIFIED if legacy_rule_ok(compacted) else Validity.PLAUSIBLE


def format(number: str) -> str:
    """``YYMMDD-GNNNNNC``; other lengths are returned compacted."""
    number = compact(number)
    if len(number) == 13:
        return f"{number[:6]}-{number[6:]}"
    return number
