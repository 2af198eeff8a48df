"""Payment card numbers (PAN): Luhn check digit plus issuer identification number (IIN) ranges.

Accepted issuer ranges (first digits → brand, allowed lengths):

=============  =========================================================  ==========
brand          IIN prefixes                                               lengths
=============  =========================================================  ==========
visa           4                                                          13, 16, 19
mastercard     51–55, 2221–2720                                           16
amex           34, 37                                                     15
discover       6011, 644–649, 65                                          16–19
jcb            3528–3589                                                  16–19
diners         300–305, 36, 38, 39                                        14–19
unionpay       62, 81                                                     16–19
maestro        50, 56–58, 6304, 6390, 67                                  12–19
mir            2200–2204                                                  16–19
uatp           1                                                          15
kr-domestic    94, 95                                                     16
=============  =========================================================  ==========

* **Carte Bancaire** (France) cards are co-badged and numbered in the Visa or Mastercard ranges, so they
  are reported as ``visa`` / ``mastercard``: CB has no range of its own.
* **BC카드 and other Korean cards**: internationally usable Korean cards sit in the Visa, Mastercard,
  JCB, Amex or UnionPay ranges. Korean *domestic-only* cards (국내전용) are issued on prefix-9 BINs that
  ISO/IEC 7812 leaves to national use; we accept 94xx and 95xx with 16 digits as ``kr-domestic``. This
  list is not exhaustive (the BIN tables are not public); another 9-prefixed number that passes Luhn is
  ``PLAUSIBLE``, not ``VERIFIED``.

Decision (:func:`check`):

* Luhn fails, the digits are all the same, or the length is outside 12–19 → ``INVALID``.
* Luhn passes and a known range matches with an allowed length → ``VERIFIED``.
* Luhn passes, the prefix is a known range but the length is wrong for it → ``INVALID``.
* Luhn passes, no range matches and the length is 14–19 → ``PLAUSIBLE`` (a card from a range we do not
  list). With 12 or 13 digits only Maestro and legacy Visa exist, so an unknown 12/13-digit number is
  ``INVALID``: in practice it is an EAN-13 product code (Korean ones start with 880), which must never
  be taken for a card.

Sources: ISO/IEC 7812-1; https://en.wikipedia.org/wiki/Payment_card_number (IIN table);
python-stdnum ``stdnum.luhn``.
"""

from __future__ import annotations

import re

from gamyeong.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from gamyeong.identifiers._base import Validity, clean
from gamyeong.labels import Label

__all__ = ["check", "compact", "format", "is_valid", "issuer", "label", "name", "validate"]

name = "intl.card"
label: str = Label.CREDIT_CARD

_DIGITS = re.compile(r"[0-9]+")  # ASCII only: \d would also accept full-width digits
_MIN_LENGTH = 12
# a digit's contribution to the Luhn sum when doubled (its double's digit sum)
_DOUBLED = {str(d): (2 * d) // 10 + (2 * d) % 10 for d in range(10)}
_MAX_LENGTH = 19
# Unknown issuers are only believed at lengths that real card ranges use besides Maestro/legacy Visa.
_UNKNOWN_MIN_LENGTH = 14


def _lengths(low: int, high: int) -> frozenset[int]:
    return frozenset(range(low, high + 1))


# (brand, lowest prefix, highest prefix, allowed lengths). Both prefixes have the same number of digits;
# a number matches when its first digits fall between them. More specific ranges come first so that,
# e.g., Discover's 6011 wins over Maestro's broader ranges.
_RANGES: tuple[tuple[str, str, str, frozenset[int]], ...] = (
    ("amex", "34", "34", frozenset({15})),
    ("amex", "37", "37", frozenset({15})),
    ("mastercard", "51", "55", frozenset({16})),
    ("mastercard", "2221", "2720", frozenset({16})),
    ("mir", "2200", "2204", _lengths(16, 19)),
    ("discover", "6011", "6011", _lengths(16, 19)),
    ("discover", "644", "649", _lengths(16, 19)),
    ("discover", "65", "65", _lengths(16, 19)),
    ("jcb", "3528", "3589", _lengths(16, 19)),
    ("diners", "300", "305", _lengths(14, 19)),
    ("diners", "36", "36", _lengths(14, 19)),
    ("diners", "38", "39", _lengths(14, 19)),
    ("unionpay", "62", "62", _lengths(16, 19)),
    ("unionpay", "81", "81", _lengths(16, 19)),
    ("maestro", "6304", "6304", _lengths(12, 19)),
    ("maestro", "6390", "6390", _lengths(12, 19)),
    ("maestro", "50", "50", _lengths(12, 19)),
    ("maestro", "56", "58", _lengths(12, 19)),
    ("maestro", "67", "67", _lengths(12, 19)),
    ("visa", "4", "4", frozenset({13, 16, 19})),
    ("uatp", "1", "1", frozenset({15})),
    ("kr-domestic", "94", "95", frozenset({16})),
)


def _matches(number: str) -> tuple[str | None, bool]:
    """(brand whose prefix and length match, whether any range's prefix matched at all)."""
    prefix_seen = False
    for brand, low, high, lengths in _RANGES:
        if low <= number[: len(low)] <= high:
            if len(number) in lengths:
                return brand, True
            prefix_seen = True
    return None, prefix_seen


def _luhn(digits: str) -> int:
    """The Luhn checksum of ASCII ``digits`` (0 when valid), as ``stdnum.luhn.checksum`` computes it."""
    backwards = digits[::-1]
    return (sum(map(int, backwards[::2])) + sum(map(_DOUBLED.__getitem__, backwards[1::2]))) % 10


def compact(number: str) -> str:
    """Remove spaces, dots and dashes."""
    return clean(number)


def _validate(number: str) -> tuple[str, Validity]:
    number = compact(number)
    if not _DIGITS.fullmatch(number):
        raise InvalidFormat("a card number is made of ASCII digits only")
    if not _MIN_LENGTH <= len(number) <= _MAX_LENGTH:
        raise InvalidLength("a card number has 12 to 19 digits")
    if len(set(number)) == 1:
        raise InvalidComponent("a card number cannot repeat a single digit")
    if _luhn(number) != 0:
        raise InvalidChecksum("the card's Luhn check digit does not match")
    brand, prefix_seen = _matches(number)
    if brand is not None:
        return number, Validity.VERIFIED
    if prefix_seen:
        raise InvalidLength("the card number's length is not one its issuer range uses")
    if len(number) < _UNKNOWN_MIN_LENGTH:
        # Only Maestro and legacy Visa issue 12/13-digit cards; anything else (EAN-13 880…) is not a card.
        raise InvalidComponent("a 12- or 13-digit card number must be in a Visa or Maestro range")
    return number, Validity.PLAUSIBLE


def validate(number: str) -> str:
    """Return the compact number or raise the precise :class:`~gamyeong.errors.ValidationError`.

    Numbers from an unlisted issuer range that pass Luhn are accepted (:func:`check` says ``PLAUSIBLE``).
    """
    return _validate(number)[0]


def check(number: str) -> Validity:
    """``VERIFIED`` (known range), ``PLAUSIBLE`` (Luhn only) or ``INVALID``; see the module docstring."""
    try:
        return _validate(number)[1]
    except ValidationError:
        return Validity.INVALID


def is_valid(number: str) -> bool:
    """True when :func:`check` is not ``INVALID``."""
    return check(number) is not Validity.INVALID


def issuer(number: str) -> str | None:
    """The brand (``"visa"``, ``"mastercard"``, ``"kr-domestic"`` …) of a valid number in a known range.

    ``None`` when the number is invalid or its range is not listed.
    """
    try:
        compacted, validity = _validate(number)
    except ValidationError:
        return None
    if validity is not Validity.VERIFIED:
        return None
    return _matches(compacted)[0]


def format(number: str) -> str:
    """Groups of four (Amex and 14-digit Diners: 4-6-4/5), e.g. ``4111 1111 1111 1111``."""
    number = compact(number)
    if len(number) in (14, 15) and number[:2] in ("34", "37", "30", "36", "38", "39"):
        parts = [number[:4], number[4:10], number[10:]]
    else:
        parts = [number[i : i + 4] for i in range(0, len(number), 4)]
    return " ".join(part for part in parts if part)
