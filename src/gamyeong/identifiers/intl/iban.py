"""IBAN: International Bank Account Number (ISO 13616).

``CC KK BBAN``: a 2-letter country code, 2 check digits (ISO 7064 mod 97-10 over BBAN + country + check
digits, which must leave 1) and a country-specific BBAN whose length and character classes are fixed per
country by the SWIFT IBAN registry. Some countries add a national check inside the BBAN (Belgium, Spain,
Norway, Montenegro); python-stdnum checks those too. Bank-code look-ups in stdnum's bundled bank lists
are *not* used to refuse a number: those lists age, and a new bank's IBAN is still an IBAN.

Korea has no IBAN: a ``KR…`` string is refused with :class:`~gamyeong.errors.InvalidComponent` (Korean
accounts are handled by ``kr.bank_account``).

A valid number gives ``VERIFIED``, anything else ``INVALID``.

Sources: ISO 13616-1; SWIFT IBAN registry (https://www.swift.com/standards/data-standards/iban);
python-stdnum ``stdnum.iban`` (registry copy ``iban.dat``, national checks).
"""

from __future__ import annotations

import re
from functools import cache

from stdnum import exceptions as stdnum_exceptions
from stdnum import iban as stdnum_iban
from stdnum import numdb

from gamyeong.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from gamyeong.identifiers._base import Validity, check_from_validate, clean, is_valid_from_validate
from gamyeong.labels import Label

__all__ = ["check", "compact", "country", "format", "is_valid", "label", "name", "validate"]

name = "intl.iban"
label: str = Label.IBAN

# ASCII letters/digits only: str.isalnum() would let full-width characters through.
_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+")
_MIN_LENGTH = 15  # Norway, the shortest
_MAX_LENGTH = 34  # ISO 13616 maximum
_STRUCT_PART = re.compile(r"([1-9][0-9]*)!([nac])")
#: countries whose BBAN carries national check digits that python-stdnum verifies
_NATIONAL_CHECKS = frozenset({"BE", "ES", "ME", "NO"})


def compact(number: str) -> str:
    """Remove spaces, dots and dashes; upper-case."""
    return clean(number).upper()


@cache
def _country(cc: str) -> tuple[int, re.Pattern[str]] | None:
    """The registry's total length and BBAN structure for a country code; ``None`` if it issues no IBAN.

    Cached per country: the registry look-up is the slow part of a check, and there are few countries."""
    info = numdb.get("iban").info(cc)
    properties = info[0][1] if info else {}
    structure = properties.get("bban") if properties else None
    if not structure:
        return None
    classes = {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Z0-9]"}
    parts = _STRUCT_PART.findall(structure)
    bban = re.compile("".join(f"{classes[kind]}{{{count}}}" for count, kind in parts))
    return 4 + sum(int(count) for count, _ in parts), bban


def _expected_length(number: str) -> int | None:
    """The registry's total length for the country of ``number``; ``None`` for a country without IBAN."""
    country_info = _country(number[:2])
    return country_info[0] if country_info else None


def _mod97(number: str) -> int:
    # Letters count as 10..35 (A=10); the rearranged number must leave 1.
    rearranged = number[4:] + number[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97


def validate(number: str) -> str:
    """Return the compact IBAN or raise the precise :class:`~gamyeong.errors.ValidationError`."""
    number = compact(number)
    if not _MIN_LENGTH <= len(number) <= _MAX_LENGTH:
        # Length first so that int() below never parses an arbitrarily long string.
        raise InvalidLength("an IBAN has 15 to 34 characters")
    if not _SHAPE.fullmatch(number):
        raise InvalidFormat("an IBAN is 2 letters, 2 check digits and ASCII letters or digits")
    expected = _expected_length(number)
    if expected is None:
        raise InvalidComponent("the country code is not one that issues IBANs")
    if len(number) != expected:
        raise InvalidLength("the IBAN length does not match its country's registry entry")
    if _mod97(number) != 1:
        raise InvalidChecksum("the IBAN check digits (mod 97) do not match")
    country_info = _country(number[:2])
    if country_info is None or not country_info[1].fullmatch(number[4:]):
        # The per-country BBAN structure (character classes and positions), as python-stdnum's registry has it.
        raise InvalidFormat("the IBAN does not follow its country's account structure")
    if number[:2] not in _NATIONAL_CHECKS:
        return number
    try:
        # National check digits inside the BBAN (BE, ES, NO, ME). Only a checksum failure counts:
        # stdnum also looks banks up in bundled lists (e.g. Belgium), which age; an unknown bank code
        # is not proof that the number is wrong.
        stdnum_iban.validate(number)
    except stdnum_exceptions.InvalidChecksum:
        raise InvalidChecksum("the national check digits inside the IBAN do not match") from None
    except stdnum_exceptions.ValidationError:
        pass
    return number


_is_valid = is_valid_from_validate(validate)
_check = check_from_validate(validate)


def is_valid(number: str) -> bool:
    """True when :func:`validate` accepts ``number``."""
    return _is_valid(number)


def check(number: str) -> Validity:
    """``VERIFIED`` when the IBAN is valid, ``INVALID`` otherwise."""
    return _check(number)


def country(number: str) -> str:
    """The ISO 3166 country code of a valid IBAN (``"FR"``); raises like :func:`validate`."""
    return validate(number)[:2]


def format(number: str) -> str:
    """Groups of four, e.g. ``FR76 3000 6000 0112 3456 7890 189``."""
    number = compact(number)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
