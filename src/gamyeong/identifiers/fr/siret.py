"""SIRET: the 14-digit French establishment number (SIREN + 5-digit NIC).

Not personal data in itself: ``label`` is ``"FR_COMPANY"``, which is deliberately *not* part of the
:class:`~gamyeong.labels.Label` vocabulary. Detectors use this validator to recognise a company number and
keep it from being taken for a personal identifier (14 digits look like a card or an account).

Structure: the 9-digit SIREN (itself Luhn-checked), a 4-digit establishment number and a check digit: the
whole 14 digits pass Luhn. Exception: La Poste's establishments (SIREN 356 000 000, except its head office
35600000000048) have too many establishments for Luhn and use "sum of the digits is a multiple of 5".
A valid check gives ``VERIFIED``, anything else ``INVALID``.

Sources: INSEE, https://www.insee.fr/fr/metadonnees/definition/c1841;
https://fr.wikipedia.org/wiki/Système_d'identification_du_répertoire_des_établissements;
python-stdnum ``stdnum.fr.siret`` (La Poste rule).
"""

from __future__ import annotations

import re

from stdnum import luhn

from gamyeong.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from gamyeong.identifiers._base import Validity, check_from_validate, clean, is_valid_from_validate

__all__ = ["check", "compact", "format", "is_valid", "label", "name", "to_siren", "validate"]

name = "fr.siret"
#: Not a personal-data label (see the module docstring).
label = "FR_COMPANY"

_DIGITS = re.compile(r"[0-9]+")  # ASCII only: \d would also accept full-width digits
_LA_POSTE = "356000000"
_LA_POSTE_HEAD_OFFICE = "35600000000048"


def compact(number: str) -> str:
    """Remove spaces, dots and dashes."""
    return clean(number)


def validate(number: str) -> str:
    """Return the compact SIRET or raise the precise :class:`~gamyeong.errors.ValidationError`."""
    number = compact(number)
    if not _DIGITS.fullmatch(number):
        raise InvalidFormat("a SIRET is made of ASCII digits only")
    if len(number) != 14:
        raise InvalidLength("a SIRET has 14 digits")
    if number[:9] == "000000000":
        raise InvalidComponent("the all-zero SIREN is not assigned")
    if number.startswith(_LA_POSTE) and number != _LA_POSTE_HEAD_OFFICE:
        if sum(map(int, number)) % 5 != 0:
            raise InvalidChecksum("a La Poste SIRET's digit sum must be a multiple of 5")
    elif luhn.checksum(number) != 0:
        raise InvalidChecksum("the SIRET Luhn check digit does not match")
    # The SIREN inside carries its own Luhn digit; La Poste's 356000000 passes it too.
    if luhn.checksum(number[:9]) != 0:
        raise InvalidChecksum("the SIREN part of the SIRET fails its Luhn check")
    return number


_is_valid = is_valid_from_validate(validate)
_check = check_from_validate(validate)


def is_valid(number: str) -> bool:
    """True when :func:`validate` accepts ``number``."""
    return _is_valid(number)


def check(number: str) -> Validity:
    """``VERIFIED`` when the check digits match, ``INVALID`` otherwise."""
    return _check(number)


def to_siren(number: str) -> str:
    """The 9-digit SIREN of a valid SIRET (raises like :func:`validate`)."""
    return validate(number)[:9]


def format(number: str) -> str:
    """The usual presentation, e.g. ``732 829 320 00074``."""
    number = compact(number)
    return " ".join(part for part in (number[:3], number[3:6], number[6:9], number[9:]) if part)
