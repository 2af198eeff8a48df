"""SIREN: the 9-digit French company number (système d'identification du répertoire des entreprises).

Not personal data in itself: ``label`` is ``"FR_COMPANY"``, which is deliberately *not* part of the
:class:`~gamyeong.labels.Label` vocabulary. Detectors use this validator to recognise a company number and
keep it from being taken for a personal identifier (a phone number, an account, a NIR fragment).

Structure: 8 digits and a Luhn check digit. A valid Luhn gives ``VERIFIED``, anything else ``INVALID``.
The all-zero number passes Luhn but is not assigned; it is refused.

Sources: INSEE, https://www.insee.fr/fr/metadonnees/definition/c2047;
https://fr.wikipedia.org/wiki/Système_d'identification_du_répertoire_des_entreprises;
python-stdnum ``stdnum.fr.siren`` and ``stdnum.luhn``.
"""

from __future__ import annotations

import re

from stdnum import luhn

from gamyeong.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from gamyeong.identifiers._base import Validity, check_from_validate, clean, is_valid_from_validate

__all__ = ["check", "compact", "format", "is_valid", "label", "name", "validate"]

name = "fr.siren"
#: Not a personal-data label (see the module docstring).
label = "FR_COMPANY"

_DIGITS = re.compile(r"[0-9]+")  # ASCII only: \d would also accept full-width digits


def compact(number: str) -> str:
    """Remove spaces, dots and dashes."""
    return clean(number)


def validate(number: str) -> str:
    """Return the compact SIREN or raise the precise :class:`~gamyeong.errors.ValidationError`."""
    number = compact(number)
    if not _DIGITS.fullmatch(number):
        raise InvalidFormat("a SIREN is made of ASCII digits only")
    if len(number) != 9:
        raise InvalidLength("a SIREN has 9 digits")
    if number == "000000000":
        raise InvalidComponent("the all-zero SIREN is not assigned")
    if luhn.checksum(number) != 0:
        raise InvalidChecksum("the SIREN Luhn check digit does not match")
    return number


_is_valid = is_valid_from_validate(validate)
_check = check_from_validate(validate)


def is_valid(number: str) -> bool:
    """True when :func:`validate` accepts ``number``."""
    return _is_valid(number)


def check(number: str) -> Validity:
    """``VERIFIED`` when the Luhn digit matches, ``INVALID`` otherwise."""
    return _check(number)


def format(number: str) -> str:
    """The usual presentation, e.g. ``732 829 320``."""
    number = compact(number)
    return " ".join(part for part in (number[:3], number[3:6], number[6:]) if part)
