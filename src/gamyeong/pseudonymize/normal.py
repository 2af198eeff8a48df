"""The normalized form of a value, on which keyed operators work: one value, one pseudonym, however it was
written (010-1234-5678, 010 1234 5678 and +82 10-1234-5678 are one phone number)."""

from __future__ import annotations

import re
import unicodedata

from gamyeong.identifiers.kr import phone as kr_phone
from gamyeong.labels import Label
from gamyeong.text.normalize import normalize

__all__ = ["normalize_value"]

_SEPARATORS = re.compile(r"[\s\-./()]+")
_DIGIT_LABELS = frozenset(
    {Label.KR_RRN, Label.KR_FRN, Label.KR_BRN, Label.CREDIT_CARD, Label.BANK_ACCOUNT, Label.KR_DRIVER_LICENSE}
)


def normalize_value(label: str, value: str) -> str:
    """Compact form: NFC, full-width and dash variants folded, separators removed, case folded where case
    carries no meaning. Phones lose their country code in favour of the trunk 0 for Korean numbers."""
    # ASCII needs neither folding nor NFC (the common case for identifiers: skip both)
    text = value.strip() if value.isascii() else unicodedata.normalize("NFC", normalize(value).text).strip()
    if label == Label.PHONE:
        digits = kr_phone.compact(text)
        return digits if digits.isdigit() else _SEPARATORS.sub("", text)
    if label in _DIGIT_LABELS:
        return _SEPARATORS.sub("", text).upper()
    if label in (Label.EMAIL, Label.URL):
        return text.casefold()
    if label in (Label.IBAN, Label.FR_NIR, Label.PASSPORT, Label.KR_PASSPORT, Label.VEHICLE_PLATE, Label.OTHER_ID):
        return _SEPARATORS.sub("", text).upper()
    if label == Label.PERSON:
        return " ".join(text.split()).casefold()
    return " ".join(text.split())
