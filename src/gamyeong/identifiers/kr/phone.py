"""South Korean telephone numbers (전화번호), without the ``phonenumbers`` library.

This module is called once per candidate by the detectors, so it uses a small closed prefix table
instead of the full metadata of ``phonenumbers``. Accepted numbers, in domestic form:

* mobile: ``010`` + 8 digits (VERIFIED); legacy ``011 016 017 018 019`` + 7–8 digits (PLAUSIBLE: 2G
  service ended in 2021 but the numbers remain in old records);
* landline: ``02`` (Seoul) or ``031–033, 041–044, 051–055, 061–064`` + 7–8 digits, VERIFIED when the
  subscriber number starts with 2–9; PLAUSIBLE when it starts with 0 or 1 (those start trunk and
  special-service codes, so the exchange is never assigned, but placeholders like 02-123-4567 are common);
* internet telephony: ``070`` + 8 digits (VERIFIED);
* personal numbers (안심번호/평생번호): ``0502–0508`` + 7–8 digits (PLAUSIBLE: lengths vary by operator).

International forms (``+82``, ``0082``, ``82``, optionally with the trunk ``(0)``) are turned into the
domestic form by :func:`compact`: ``+82 10 1234 5678`` → ``01012345678``.

Company lines — nationwide representative numbers (대표번호) ``15xx/16xx/18xx-xxxx`` (8 digits) and
free-phone ``080`` numbers — are recognised (:func:`is_company_line`, :func:`kind` → ``"company"``) but
are **not** personal data: :func:`check` answers INVALID and :func:`validate` raises InvalidComponent,
so hot-lines like 1588-xxxx are never flagged as PHONE.

There is no checksum: a prefix from the closed table with the exact subscriber length is the proof.

Sources:

* 전기통신번호관리세칙 (Telecommunication Numbering Rules), 과학기술정보통신부 고시, https://www.law.go.kr/
* ITU-T E.164 national numbering plan for Korea (Rep. of), country code 82.
"""

from __future__ import annotations

import unicodedata

from gamyeong.errors import InvalidComponent, InvalidFormat, InvalidLength
from gamyeong.identifiers._base import Validity, clean
from gamyeong.labels import Label

__all__ = ["check", "compact", "format", "is_company_line", "is_valid", "kind", "label", "name", "validate"]

name = "kr.phone"
label = Label.PHONE

_AREA_CODES = frozenset(["02"] + [f"0{n}" for n in (31, 32, 33, 41, 42, 43, 44, 51, 52, 53, 54, 55, 61, 62, 63, 64)])
_LEGACY_MOBILE = frozenset({"011", "016", "017", "018", "019"})
_PERSONAL = frozenset(f"050{n}" for n in range(2, 9))
_COMPANY_LEADS = frozenset({"15", "16", "18"})

#: prefix → (kind, allowed subscriber lengths, validity when well-formed)
_PREFIXES: dict[str, tuple[str, frozenset[int], Validity]] = {
    "010": ("mobile", frozenset({8}), Validity.VERIFIED),
    "070": ("internet", frozenset({8}), Validity.VERIFIED),
    **{p: ("mobile", frozenset({7, 8}), Validity.PLAUSIBLE) for p in _LEGACY_MOBILE},
    **{p: ("landline", frozenset({7, 8}), Validity.VERIFIED) for p in _AREA_CODES},
    **{p: ("personal", frozenset({7, 8}), Validity.PLAUSIBLE) for p in _PERSONAL},
    # Free-phone: a company line, recognised so that it can be excluded.
    "080": ("company", frozenset({7, 8}), Validity.INVALID),
}

_PAREN_TABLE = {ord("("): None, ord(")"): None}


def compact(number: str) -> str:
    """Domestic digits only: separators and parentheses removed, ``+82``/``0082``/``82`` → trunk ``0``."""
    number = clean(unicodedata.normalize("NFKC", number).translate(_PAREN_TABLE))
    for international in ("+82", "0082", "82"):
        if number.startswith(international):
            rest = number[len(international) :]
            # Company lines keep no trunk zero; "+82 (0)10…" already carries one.
            if rest.startswith("0") or (len(rest) == 8 and rest[:2] in _COMPANY_LEADS):
                return rest
            return "0" + rest
    return number


def _parse(number: str) -> tuple[str, str, Validity]:
    """``(compact form, kind, validity)``; company lines parse (kind "company") with INVALID validity."""
    number = compact(number)
    if not (number.isascii() and number.isdigit()):
        raise InvalidFormat("a Korean phone number has only digits, separators and a +82 prefix")
    if number[:2] in _COMPANY_LEADS:
        if len(number) != 8:
            raise InvalidLength("a nationwide company number (15xx/16xx/18xx) has 8 digits")
        return number, "company", Validity.INVALID
    # Longest prefix first: 050x (4) before 0xx (3) before 02 (2).
    for size in (4, 3, 2):
        entry = _PREFIXES.get(number[:size])
        if entry is None:
            continue
        kind_, lengths, validity = entry
        subscriber = number[size:]
        if len(subscriber) not in lengths:
            allowed = " or ".join(str(n) for n in sorted(lengths))
            raise InvalidLength(f"a {kind_} number has {allowed} digits after its {size}-digit prefix")
        if kind_ == "landline" and subscriber[0] in "01":
            # Not assignable (0/1 start trunk and service codes), but common in examples and forms:
            # downgrade rather than reject, a detector with context still finds it.
            validity = Validity.PLAUSIBLE
        return number, kind_, validity
    raise InvalidComponent("the prefix is not a Korean mobile, area, internet or personal-number code")


def validate(number: str) -> str:
    """Return the domestic compact form or raise; company lines raise InvalidComponent."""
    number, kind_, _ = _parse(number)
    if kind_ == "company":
        if number.startswith("080"):
            raise InvalidComponent("a free-phone company number (080) is not a personal phone number")
        raise InvalidComponent("a nationwide company number (15xx/16xx/18xx) is not a personal phone number")
    return number


def is_valid(number: str) -> bool:
    return check(number) is not Validity.INVALID


def check(number: str) -> Validity:
    """VERIFIED/PLAUSIBLE per the prefix table; INVALID for malformed numbers and company lines."""
    try:
        return _parse(number)[2]
    except (InvalidFormat, InvalidLength, InvalidComponent):
        return Validity.INVALID


def kind(number: str) -> str:
    """``"mobile"``, ``"landline"``, ``"internet"``, ``"personal"`` or ``"company"``; raises if malformed."""
    return _parse(number)[1]


def is_company_line(number: str) -> bool:
    """Whether the number is a company representative (15xx/16xx/18xx) or free-phone (080) line."""
    try:
        return _parse(number)[1] == "company"
    except (InvalidFormat, InvalidLength, InvalidComponent):
        return False


def format(number: str) -> str:
    """Dashed domestic form (010-1234-5678, 02-123-4567, 031-1234-5678, 1588-1234); else compacted."""
    try:
        number, kind_, _ = _parse(number)
    except (InvalidFormat, InvalidLength, InvalidComponent):
        return compact(number)
    if kind_ == "company" and not number.startswith("080"):
        return f"{number[:4]}-{number[4:]}"
    size = 4 if number[:4] in _PERSONAL else 2 if number.startswith("02") else 3
    prefix, subscriber = number[:size], number[size:]
    split = len(subscriber) - 4
    return f"{prefix}-{subscriber[:split]}-{subscriber[split:]}"
