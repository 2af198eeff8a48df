"""NIR: the French social security number (numéro d'inscription au répertoire, "numéro INSEE").

Fifteen characters: 13 for the person and a 2-digit key. ``S YY MM DD CCC OOO KK``:

* ``S`` sex / kind of number. 1 (man) and 2 (woman) are ordinary numbers. 3 and 4 are temporary numbers
  (NIA) of people born abroad while their registration is pending; 7 and 8 are provisional numbers
  assigned by social-security bodies. All six are accepted, any other digit is impossible.
* ``YY`` year of birth, any two digits.
* ``MM`` month of birth: 01–12; INSEE also writes pseudo-months when the month is unknown or the civil
  record was incomplete: 20–42 and 50–99 are accepted. 00, 13–19 and 43–49 are impossible.
* ``DD`` department of birth: 01–95 (20 for Corsicans born before 1976), 2A/2B (Corsica), 96, 97 (then
  a third digit 1–8: 971 Guadeloupe … 978 Saint-Martin), 98 (overseas collectivities, Monaco) and 99
  (born abroad; the next three digits are the country code). 00 is impossible.
* ``CCC`` commune (or country) code and ``OOO`` order number: any three digits (not checked: the
  commune table changes and provisional numbers use other rules).
* ``KK`` key = 97 − (the 13-digit number mod 97). For Corsica the department is replaced by 19 (2A) or
  18 (2B) before computing it, i.e. 1 000 000 or 2 000 000 is subtracted from the number read with 20.

The key decides: a correct key gives ``VERIFIED``, any failure ``INVALID``.

Sources: INSEE, "Numéro d'inscription au répertoire (NIR)", https://www.insee.fr/fr/metadonnees/definition/c1409;
https://fr.wikipedia.org/wiki/Numéro_de_sécurité_sociale_en_France;
python-stdnum ``stdnum.fr.nir`` (key computation, 2A/2B substitution).
"""

from __future__ import annotations

import re

from gamyeong.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from gamyeong.identifiers._base import Validity, check_from_validate, clean, is_valid_from_validate
from gamyeong.labels import Label

__all__ = ["calc_key", "check", "compact", "format", "is_valid", "label", "name", "validate"]

name = "fr.nir"
label: str = Label.FR_NIR

# [0-9] and not \d: \d also matches full-width and other scripts' digits, which int() would accept.
_SHAPE = re.compile(r"[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{8}")
_SEX_DIGITS = frozenset("123478")
# Corsica: the letter department is read as 19 (2A) or 18 (2B) for the key.
_CORSICA = {"2A": "19", "2B": "18"}


def compact(number: str) -> str:
    """Remove spaces, dots and dashes; upper-case (2a → 2A)."""
    return clean(number).upper()


def _month_ok(month: int) -> bool:
    return 1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99


def _department_ok(number: str) -> bool:
    department = number[5:7]
    if department in _CORSICA:
        return True
    if department == "00":
        return False
    if department == "97":
        # Overseas departments use three digits: 971 to 978 exist, 970 and 979 do not.
        return number[7] in "12345678"
    return True


def calc_key(number: str) -> str:
    """The 2-digit key of the first 13 characters of ``number`` (compact form, 2A/2B allowed)."""
    body = number[:13]
    department = body[5:7]
    if department in _CORSICA:
        body = body[:5] + _CORSICA[department] + body[7:]
    return f"{97 - int(body) % 97:02d}"


def validate(number: str) -> str:
    """Return the compact NIR or raise the precise :class:`~gamyeong.errors.ValidationError`."""
    number = compact(number)
    if len(number) != 15:
        # Length first so that int() is never asked to parse an arbitrarily long string.
        raise InvalidLength("a NIR has 15 characters (13 digits and a 2-digit key)")
    if not _SHAPE.fullmatch(number):
        raise InvalidFormat("a NIR is made of ASCII digits, with 2A or 2B allowed as the department")
    if number[0] not in _SEX_DIGITS:
        raise InvalidComponent("the first digit of a NIR (sex/kind) must be 1, 2, 3, 4, 7 or 8")
    if not _month_ok(int(number[3:5])):
        raise InvalidComponent("the month of birth in a NIR must be 01-12, 20-42 or 50-99")
    if not _department_ok(number):
        raise InvalidComponent("the NIR department of birth is impossible (00, or 97 not followed by 1-8)")
    if calc_key(number) != number[13:]:
        raise InvalidChecksum("the NIR key (97 - number mod 97) does not match")
    return number


_is_valid = is_valid_from_validate(validate)
_check = check_from_validate(validate)


def is_valid(number: str) -> bool:
    """True when :func:`validate` accepts ``number``."""
    return _is_valid(number)


def check(number: str) -> Validity:
    """``VERIFIED`` when every part and the key are right, ``INVALID`` otherwise."""
    return _check(number)


def format(number: str) -> str:
    """The usual presentation, e.g. ``1 85 05 78 006 084 36``."""
    number = compact(number)
    parts = (number[:1], number[1:3], number[3:5], number[5:7], number[7:10], number[10:13], number[13:])
    return " ".join(part for part in parts if part)
