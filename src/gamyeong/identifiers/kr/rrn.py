"""RRN (주민등록번호, South Korean resident registration number).

Thirteen digits, written ``YYMMDD-GNNNNNC``:

* ``YYMMDD`` — date of birth;
* ``G`` — century and sex: 1, 2 → 1900s; 3, 4 → 2000s; 9, 0 → 1800s. 5–8 mark a foreigner
  registration number (see :mod:`gamyeong.identifiers.kr.frn`), so they are rejected here;
* ``NNNNN`` — before October 2020, a place-of-registration code and a serial; since then random;
* ``C`` — check digit: weights 2,3,4,5,6,7,8,9,2,3,4,5 over the first 12 digits,
  ``C = (11 - sum % 11) % 10``.

Since 2020-10-05 the six digits after ``G`` are assigned at random, including ``C``, so a failing check
digit does not mean the number is not an RRN: :func:`check` answers PLAUSIBLE (never INVALID) for it and
:func:`validate` accepts it unless ``strict=True``. A passing check digit answers VERIFIED.

The birth date is checked against the calendar only (leap years included), never against today's date,
so results are reproducible.

Sources:

* 주민등록법 시행규칙 (Enforcement Rule of the Resident Registration Act), 별지 / 제2조;
  https://www.law.go.kr/
* 행정안전부 press release, 2020-10-05, "주민등록번호 뒷자리 지역번호 폐지";
* https://en.wikipedia.org/wiki/Resident_registration_number
* python-stdnum ``stdnum.kr.rrn`` (same check-digit rule).
"""

from __future__ import annotations

import datetime
import operator
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
    "is_valid_back",
    "is_valid_front",
    "label",
    "name",
    "validate",
]

name = "kr.rrn"
label = Label.KR_RRN

_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)

#: Gender/century digit → century of birth (Koreans only; 5–8 are foreigners).
_CENTURY = {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "9": 1800, "0": 1800}
_FOREIGNER_DIGITS = frozenset("5678")


def _is_digits(text: str) -> bool:
    # str.isdigit alone accepts Arabic-Indic, superscript... digits: only ASCII counts here.
    return text.isascii() and text.isdigit()


def compact(number: str) -> str:
    """Strip separators and surrounding space; full-width digits become ASCII (NFKC)."""
    return clean(unicodedata.normalize("NFKC", number))


def calc_check_digit(number: str) -> str:
    """The check digit for the first 12 digits of ``number``."""
    total = sum(w * int(d) for w, d in zip(_WEIGHTS, number[:12], strict=True))
    return str((11 - total % 11) % 10)


_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_date(year: int, month: int, day: int) -> bool:
    """Whether :class:`datetime.date` takes these (years 1800–2099 here: within its range)."""
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS[month]:
        return False
    return month != 2 or day < 29 or (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))


def _date_or_none(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _shape(number: str) -> str:
    """Compact form with the format and length checked (the parts common to every rule)."""
    number = compact(number)
    if not _is_digits(number):
        raise InvalidFormat("an RRN has only digits (and separators)")
    if len(number) != 13:
        raise InvalidLength("an RRN has 13 digits")
    return number


def _components(number: str) -> datetime.date:
    """Check the gender digit and the birth date of a 13-digit compact number; return the date."""
    gender = number[6]
    if gender in _FOREIGNER_DIGITS:
        raise InvalidComponent("gender digit 5–8 is a foreigner registration number")
    born = _date_or_none(_CENTURY[gender] + int(number[0:2]), int(number[2:4]), int(number[4:6]))
    if born is None:
        raise InvalidComponent("the birth date (first six digits) is not a calendar date")
    return born


def validate(number: str, *, strict: bool = False) -> str:
    """Return the compact RRN or raise the precise :class:`~gamyeong.errors.ValidationError`.

    The check digit is only enforced with ``strict=True`` (post-2020 numbers have a random one).
    """
    number = _shape(number)
    _components(number)
    if strict and not check_digit_ok(number):
        raise InvalidChecksum("the RRN check digit (weights 2–9,2–5, mod 11) does not match")
    return number


def is_valid(number: str) -> bool:
    """True for VERIFIED and PLAUSIBLE numbers."""
    return check(number) is not Validity.INVALID


def check_digit_ok(number: str) -> bool:
    """Whether the 13th digit matches the pre-2020 check-digit rule (False for malformed input)."""
    number = compact(number)
    if not _is_digits(number) or len(number) != 13:
        return False
    return number[12] == calc_check_digit(number)


def birth_date(number: str) -> datetime.date:
    """The date of birth encoded in a valid RRN (raises ValidationError otherwise)."""
    return _components(_shape(number))


def check(number: str) -> Validity:
    """VERIFIED (check digit passes), PLAUSIBLE (it fails: post-2020 random tail) or INVALID."""
    if len(number) == 13 and _is_digits(number):
        # already compact (what the detector passes): the same verdict without normalizing and cleaning twice,
        # nor raising for the many digit runs that are no date
        gender = number[6]
        if gender in _FOREIGNER_DIGITS:
            return Validity.INVALID
        if not _is_date(_CENTURY[gender] + int(number[0:2]), int(number[2:4]), int(number[4:6])):
            return Validity.INVALID
        total = sum(map(operator.mul, _WEIGHTS, map(int, number[:12])))
        return Validity.VERIFIED if number[12] == str((11 - total % 11) % 10) else Validity.PLAUSIBLE
    try:
        compacted = validate(number)
    except (InvalidFormat, InvalidLength, InvalidComponent):
        return Validity.INVALID
    return Validity.VERIFIED if check_digit_ok(compacted) else Validity.PLAUSIBLE


def format(number: str) -> str:
    """``YYMMDD-GNNNNNC``; other lengths are returned compacted."""
    number = compact(number)
    if len(number) == 13:
        return f"{number[:6]}-{number[6:]}"
    return number


def is_valid_front(front6: str) -> bool:
    """Six digits ``YYMMDD`` that are a calendar date in at least one century (1800s, 1900s, 2000s).

    Used by the detector that finds the two halves of an RRN apart ("앞자리 900101 뒷자리 1234567").
    """
    front6 = compact(front6)
    if len(front6) != 6 or not _is_digits(front6):
        return False
    yy, month, day = int(front6[0:2]), int(front6[2:4]), int(front6[4:6])
    # Feb 29 of "00" exists in 2000 but not 1800/1900: try every century.
    return any(_date_or_none(century + yy, month, day) is not None for century in (1800, 1900, 2000))


def is_valid_back(back7: str) -> bool:
    """Seven digits whose first (the gender digit) is 1–4, 9 or 0 (a Korean's RRN back half)."""
    back7 = compact(back7)
    return len(back7) == 7 and _is_digits(back7) and back7[0] in _CENTURY
