"""The one label vocabulary used by every detector, operator, policy, report and benchmark."""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = [
    "CUSTOM_PREFIX",
    "LABEL_DESCRIPTIONS",
    "STRUCTURED_LABELS",
    "Label",
    "is_custom_label",
    "parse_label",
]

CUSTOM_PREFIX = "CUSTOM_"
_CUSTOM_RE = re.compile(r"CUSTOM_[A-Z0-9_]{1,40}")


class Label(StrEnum):
    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    URL = "URL"
    IP_ADDRESS = "IP_ADDRESS"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    KR_RRN = "KR_RRN"
    KR_FRN = "KR_FRN"
    KR_PASSPORT = "KR_PASSPORT"
    KR_DRIVER_LICENSE = "KR_DRIVER_LICENSE"
    KR_BRN = "KR_BRN"
    BANK_ACCOUNT = "BANK_ACCOUNT"
    CREDIT_CARD = "CREDIT_CARD"
    IBAN = "IBAN"
    FR_NIR = "FR_NIR"
    PASSPORT = "PASSPORT"
    VEHICLE_PLATE = "VEHICLE_PLATE"
    OTHER_ID = "OTHER_ID"


LABEL_DESCRIPTIONS: dict[Label, str] = {
    Label.PERSON: "person name (particles and titles excluded)",
    Label.ADDRESS: "street or lot address (a city alone is not one)",
    Label.PHONE: "phone number (KR, FR, international; company hot-lines excluded)",
    Label.EMAIL: "e-mail address",
    Label.URL: "URL that identifies a person (profile, personal blog)",
    Label.IP_ADDRESS: "IPv4/IPv6 address (not version strings)",
    Label.DATE_OF_BIRTH: "a date that is someone's birth date",
    Label.KR_RRN: "resident registration number, incl. post-2020 and split halves",
    Label.KR_FRN: "foreigner registration number",
    Label.KR_PASSPORT: "Korean passport number",
    Label.KR_DRIVER_LICENSE: "Korean driver's licence number",
    Label.KR_BRN: "Korean business registration number",
    Label.BANK_ACCOUNT: "bank account number",
    Label.CREDIT_CARD: "payment card number",
    Label.IBAN: "international bank account number",
    Label.FR_NIR: "French social security number (NIR)",
    Label.PASSPORT: "non-Korean passport number",
    Label.VEHICLE_PLATE: "vehicle registration plate (KR, FR)",
    Label.OTHER_ID: "member/patient/student/employee numbers, US SSN, by context",
}

#: Labels found by patterns and validators (no morphology or NER needed): the fast path.
STRUCTURED_LABELS: frozenset[Label] = frozenset(Label) - {Label.PERSON, Label.ADDRESS, Label.DATE_OF_BIRTH}


def is_custom_label(name: str) -> bool:
    return _CUSTOM_RE.fullmatch(name) is not None


def parse_label(name: str) -> str:
    """Return the canonical label for ``name`` (a :class:`Label` or a ``CUSTOM_<NAME>`` string).

    Raises ``ValueError`` listing the valid labels when the name is unknown.
    """
    key = name.strip().upper()
    if key in Label.__members__:
        return Label(key)
    if is_custom_label(key):
        return key
    valid = ", ".join(Label)
    raise ValueError(f"unknown label {name.strip()[:40]!r}; use one of {valid} or CUSTOM_<NAME>")
