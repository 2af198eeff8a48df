"""Korean passport number (여권번호).

Two formats are in circulation:

* old (until December 2021): one letter + eight digits, e.g. ``M12345678``;
* new (차세대 전자여권, issued since 2021-12-21): letter, three digits, letter, four digits,
  e.g. ``M123A4567``.

The leading letter is the passport type:

* ``M`` — ordinary passport, multiple journeys (일반 복수여권);
* ``S`` — ordinary passport, single journey (일반 단수여권);
* ``R`` — residence passport (거주여권, for Koreans residing abroad permanently);
* ``D`` — diplomatic passport (외교관여권);
* ``O`` and ``G`` — official passport (관용여권): sources disagree on the letter, so both are accepted.

Travel certificates (여행증명서) are a different document with their own numbering and are not accepted.
There is no public check digit for the printed number (the MRZ check digit is not printed next to it),
so a well-formed number is PLAUSIBLE at best; a detector needs context ("여권", "passport") for it.

Sources:

* 여권법 시행령 (Enforcement Decree of the Passport Act) and 외교부 여권안내, https://www.passport.go.kr/
* ICAO Doc 9303 (document type codes in the MRZ).
"""

from __future__ import annotations

import re
import unicodedata

from gamyeong.errors import InvalidComponent, InvalidFormat, InvalidLength
from gamyeong.identifiers._base import Validity, clean
from gamyeong.labels import Label

__all__ = [
    "PASSPORT_TYPES",
    "check",
    "compact",
    "format",
    "is_new_format",
    "is_valid",
    "label",
    "name",
    "passport_type",
    "validate",
]

name = "kr.passport"
label = Label.KR_PASSPORT

#: Leading letter → passport type (see the module docstring for the O/G uncertainty).
PASSPORT_TYPES: dict[str, str] = {
    "M": "ordinary (multiple)",
    "S": "ordinary (single)",
    "R": "residence",
    "D": "diplomatic",
    "O": "official",
    "G": "official",
}

_OLD = re.compile(r"[A-Z][0-9]{8}")
_NEW = re.compile(r"[A-Z][0-9]{3}[A-Z][0-9]{4}")
_ALNUM = re.compile(r"[A-Z0-9]*")


def compact(number: str) -> str:
    """Strip separators and surrounding space, fold full-width characters (NFKC) and uppercase."""
    return clean(unicodedata.normalize("NFKC", number)).upper()


def validate(number: str) -> str:
    """Return the compact passport number or raise the precise ValidationError."""
    number = compact(number)
    if not number.isascii() or _ALNUM.fullmatch(number) is None:
        raise InvalidFormat("a passport number has only Latin letters and digits")
    if len(number) != 9:
        raise InvalidLength("a Korean passport number has 9 characters")
    if _OLD.fullmatch(number) is None and _NEW.fullmatch(number) is None:
        raise InvalidFormat("a Korean passport is a letter + 8 digits, or letter 3 digits letter 4 digits")
    if number[0] not in PASSPORT_TYPES:
        raise InvalidComponent("the first letter of a Korean passport number is M, S, R, D, O or G")
    return number


def is_valid(number: str) -> bool:
    return check(number) is not Validity.INVALID


def check(number: str) -> Validity:
    """PLAUSIBLE for a well-formed number (no checksum exists), INVALID otherwise."""
    try:
        validate(number)
    except (InvalidFormat, InvalidLength, InvalidComponent):
        return Validity.INVALID
    return Validity.PLAUSIBLE


def is_new_format(number: str) -> bool:
    """Whether a valid number uses the post-2021 ``M123A4567`` layout."""
    return _NEW.fullmatch(validate(number)) is not None


def passport_type(number: str) -> str:
    """The passport type named by the leading letter of a valid number (e.g. ``"diplomatic"``)."""
    return PASSPORT_TYPES[validate(number)[0]]


def format(number: str) -> str:
    """The compact, uppercase form: Korean passports are printed without separators."""
    return compact(number)
