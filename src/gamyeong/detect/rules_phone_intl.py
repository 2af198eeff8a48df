"""Phone numbers outside Korea's domestic plan: the Korean and French plans written internationally, French
numbers written the French way and North American ones by their plans' own rules (fast paths), and every other
country through phonenumbers. Numbers that belong to companies (toll-free, premium, shared-cost, customer
service) are not personal data."""

from __future__ import annotations

import re

from gamyeong.detect.rules import BASE, Candidate, make_span
from gamyeong.identifiers import Validity
from gamyeong.identifiers.kr import phone
from gamyeong.labels import Label
from gamyeong.langs import Language
from gamyeong.spans import Span
from gamyeong.text.normalize import digits_only

__all__ = ["intl_phone"]

_REGION = {Language.FR: "FR", Language.EN: "US", Language.KO: "KR"}


# Numbers that belong to companies, not people: toll-free, premium, shared-cost, universal access.
_COMPANY_TYPES = frozenset({3, 4, 5, 10})  # phonenumbers.PhoneNumberType TOLL_FREE, PREMIUM_RATE, SHARED_COST, UAN
_FR_COMPANY_PREFIXES = ("+33969", "+33970", "+33980")  # "numéros Cristal": customer-service lines


def _regions(value: str, lang: Language) -> tuple[str, ...]:
    """Countries to read a number in, most likely first (a leading + makes the region irrelevant)."""
    if value.startswith(("0033", "+33")):
        return ("FR",)
    if value[:1] == "0":  # a trunk 0: not North American
        return {Language.EN: ("GB", "FR"), Language.FR: ("FR", "GB"), Language.KO: ("KR", "FR", "GB")}[lang]
    return (_REGION[lang], "US")


_FR_DOMESTIC = re.compile(r"0[1-79](?:([ .-]?)\d{2})(?:\1\d{2}){3}")


def _fr_domestic(cand: Candidate) -> list[Span] | None:
    """French numbers written the French way (0X XX XX XX XX) in French text, without phonenumbers:
    01–05 geographic, 06–07 mobile, 09 non-geographic (its 0969/0970 blocks are company lines)."""
    if _FR_DOMESTIC.fullmatch(cand.value) is None:
        return None  # not written the French way (pairs with one consistent separator)
    digits = digits_only(cand.value)
    if digits[1:4] in {"969", "970", "980"}:
        return []
    return make_span(cand, Label.PHONE, 0.9 if digits[1] in "67" else 0.8, ("validator:fr-numbering-plan",))


_NANP = re.compile(r"(?:\+?1[ .-]?)?(?:\(([2-9]\d\d)\) ?|([2-9]\d\d)[ .-]?)([2-9]\d\d)[ .-]?(\d{4})")
_NANP_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888", "900"})


def _nanp(cand: Candidate) -> list[Span] | None:
    """North American numbers by the plan's own rules (area and exchange codes start 2-9, no N11 codes,
    toll-free and premium area codes belong to companies), without phonenumbers."""
    m = _NANP.fullmatch(cand.value)
    if m is None:
        return None
    area = m.group(1) or m.group(2)
    if area in _NANP_TOLL_FREE:
        return []
    if area[1:] == "11" or area[1] == "9" or m.group(3)[1:] == "11":
        return []
    explicit = cand.value.startswith(("+1", "1"))
    base = 0.9 if cand.doc.lang is Language.EN or explicit else 0.5
    return make_span(cand, Label.PHONE, base, ("validator:nanp-plan",))


_KR_INTERNATIONAL = ("+82", "0082")
_FR_INTERNATIONAL = re.compile(r"(?:\+33|0033) ?(?:\(0\) ?)?([1-9](?:[ .-]?\d{2}){4})")


def intl_phone(cand: Candidate) -> list[Span]:
    """A phone number outside Korea's own plan (or written internationally): the Korean and French plans and
    North America's by their own rules, anything else through phonenumbers; company lines are no one's."""
    value = cand.value
    if value.startswith(_KR_INTERNATIONAL):  # the Korean plan, without phonenumbers
        validity = phone.check(value)
        return [] if validity is Validity.INVALID else make_span(cand, Label.PHONE, 0.9, ("validator:prefix-table",))
    fr = _FR_INTERNATIONAL.fullmatch(value)
    if fr is not None:
        national = "0" + fr.group(1).replace(" ", "").replace(".", "").replace("-", "")
        if national[:4] in {"0969", "0970", "0980"} or national[1] == "8":
            return []  # customer-service and toll-free/shared-cost lines
        return make_span(cand, Label.PHONE, 0.9, ("validator:fr-numbering-plan",))
    if value[:1] == "0" and cand.doc.lang is Language.KO:
        return []  # domestic numbers in Korean text are the kr_phone rule's
    if cand.doc.lang is Language.FR and value[:1] == "0":
        quick = _fr_domestic(cand)
        if quick is not None:
            return quick
    if (value[:1] != "0" and not value.startswith("+")) or value.startswith("+1"):
        quick = _nanp(cand)
        if quick is not None:
            return quick
    return _phonenumbers_phone(cand)


def _phonenumbers_phone(cand: Candidate) -> list[Span]:
    import phonenumbers

    value = cand.value
    parsed = None
    region = ""
    valid = False  # whether parsed is a valid number (asked once: each ask walks the country's regions)
    for candidate_region in _regions(value, cand.doc.lang):
        try:
            attempt = phonenumbers.parse(value, candidate_region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(attempt):
            parsed, region, valid = attempt, candidate_region, True
            break
        if parsed is None and phonenumbers.is_possible_number(attempt):
            parsed, region = attempt, candidate_region
    if parsed is None:
        return []
    if phonenumbers.number_type(parsed) in _COMPANY_TYPES:
        return []
    if phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164).startswith(_FR_COMPANY_PREFIXES):
        return []
    home = region == _REGION[cand.doc.lang]
    if valid:
        base = BASE[Validity.VERIFIED] - (0.0 if home or value.startswith("+") else 0.15)
        return make_span(cand, Label.PHONE, base, ("validator:numbering-plan",))
    if phonenumbers.is_possible_number(parsed):
        # Right length for the country but a block not (yet) allocated: still someone's number in practice.
        base = 0.55 if value.startswith("+") or (region in {"FR", "GB"} and value[:1] == "0") else 0.35
        return make_span(cand, Label.PHONE, base, ("validator:possible-number",))
    return []
