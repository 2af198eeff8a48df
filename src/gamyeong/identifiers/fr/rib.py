"""RIB: the French domestic bank account identifier (relevé d'identité bancaire).

``BBBBB GGGGG CCCCCCCCCCC KK``: a 5-digit bank code, a 5-digit branch (guichet) code, an 11-character
account number (digits, sometimes letters) and a 2-digit key. The key is
``97 - ((89 * bank + 15 * branch + 3 * account) mod 97)`` with the account's letters read as digits
(A/J → 1, B/K/S → 2, C/L/T → 3, D/M/U → 4, E/N/V → 5, F/O/W → 6, G/P/X → 7, H/Q/Y → 8, I/R/Z → 9).
A matching key gives ``VERIFIED``, anything else ``INVALID``. The same 23 characters form the BBAN of a
French IBAN (``FRkk`` + RIB).

Sources: Comité français d'organisation et de normalisation bancaires (CFONB), "clé RIB";
https://fr.wikipedia.org/wiki/Relevé_d'identité_bancaire; python-stdnum ``stdnum.fr`` has no RIB module.
"""

from __future__ import annotations

import re

from gamyeong.errors import InvalidChecksum, InvalidFormat, InvalidLength
from gamyeong.identifiers._base import Validity, check_from_validate, clean, is_valid_from_validate
from gamyeong.labels import Label

__all__ = ["calc_key", "check", "compact", "format", "is_valid", "label", "name", "validate"]

name = "fr.rib"
label = Label.BANK_ACCOUNT

_SHAPE = re.compile(r"[0-9]{10}[0-9A-Z]{11}[0-9]{2}")
_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


def compact(number: str) -> str:
    """Remove spaces, dots and dashes; upper-case the account letters."""
    return clean(number).upper()


def calc_key(number: str) -> str:
    """The 2-digit key of the first 21 characters (bank, branch, account)."""
    digits = number[:21].upper().translate(_LETTERS)
    bank, branch, account = int(digits[:5]), int(digits[5:10]), int(digits[10:21])
    return f"{97 - (89 * bank + 15 * branch + 3 * account) % 97:02d}"


def validate(number: str) -> str:
    """Return the compact RIB or raise the precise :class:`~gamyeong.errors.ValidationError`."""
    number = compact(number)
    if len(number) != 23:
        raise InvalidLength("a RIB has 23 characters: bank 5, branch 5, account 11, key 2")
    if not _SHAPE.fullmatch(number):
        raise InvalidFormat("a RIB has digits, except letters allowed in its 11-character account number")
    if calc_key(number) != number[21:]:
        raise InvalidChecksum("the RIB key does not match")
    return number


_is_valid = is_valid_from_validate(validate)
_check = check_from_validate(validate)


def is_valid(number: str) -> bool:
    """True when :func:`validate` accepts ``number``."""
    return _is_valid(number)


def check(number: str) -> Validity:
    """``VERIFIED`` when the key matches, ``INVALID`` otherwise."""
    return _check(number)


def format(number: str) -> str:
    """``30004 00001 12345678901 23``; other lengths are returned compacted."""
    number = compact(number)
    if len(number) != 23:
        return number
    return f"{number[:5]} {number[5:10]} {number[10:21]} {number[21:]}"
