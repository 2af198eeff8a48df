"""Rules for Korean identifiers: RRN/FRN (whole and in halves), BRN, passport, driver licence, phone,
bank account and vehicle plate."""

from __future__ import annotations

import re

from gamyeong.detect.rules import BASE, Candidate, Rule, make_span
from gamyeong.detect.scanner import ALNUM, PatternDef
from gamyeong.identifiers import Validity
from gamyeong.identifiers.kr import bank_account, brn, driver_license, frn, passport, phone, rrn
from gamyeong.labels import Label
from gamyeong.langs import Language
from gamyeong.spans import Span
from gamyeong.text.normalize import digits_only

__all__ = ["KR_RULES", "ean13_valid"]

_REGIONS = "서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주"
_LICENCE_REGIONS = "|".join(sorted(driver_license.REGION_NAMES, key=len, reverse=True))
# Hangul letters used on Korean plates (private, commercial and rental series)
_LATEST_BIRTH_YEAR = 2060
_SEP = r"(?: ?[.-] ?| |에 ?)?"
_PLATE_LETTERS = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호"


def ean13_valid(digits: str) -> bool:
    """GTIN/EAN-13 check digit (weights 1,3 from the left)."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def _rrn_or_frn(cand: Candidate) -> list[Span]:
    value = cand.value
    digits = value if value.isascii() and value.isdigit() else digits_only(value)  # mostly written undashed
    foreign = digits[6] in "5678"
    module, label = (frn, Label.KR_FRN) if foreign else (rrn, Label.KR_RRN)
    validity = module.check(digits)
    if validity is Validity.INVALID:
        return []
    base = 0.9 if validity is Validity.VERIFIED else 0.65
    reasons: tuple[str, ...] = ("validator:checksum" if validity is Validity.VERIFIED else "validator:post-2020-shape",)
    if digits == value and digits.startswith("880") and ean13_valid(digits):
        # An undashed 880… number with a valid EAN check digit is a Korean product barcode unless the RRN
        # checksum also holds and the birth year is believable (880… with gender digit 3/4 reads as born in
        # 2088; a fixed bound, not today's date, keeps results reproducible); context (주민번호 / 바코드)
        # still decides either way.
        believable = validity is Validity.VERIFIED and module.birth_date(digits).year <= _LATEST_BIRTH_YEAR
        base = 0.6 if believable else 0.3
        reasons += ("shape:ean13",)
    return make_span(cand, label, base, reasons)


_PAIR = re.compile(r"(\d{6})\D+(?:7 ?자리\D*)?(\d{7})")


def _rrn_pair(cand: Candidate) -> list[Span]:
    """An RRN/FRN written in two halves with words between them ("앞 6자리는 900101이고 뒤 7자리는 1234567",
    "900101에 뒤는 …", "900101 / …"): one span per half, the label from the back half's gender digit."""
    m = _PAIR.fullmatch(cand.value)
    if m is None:
        return []
    front, back = m.group(1), m.group(2)
    if not rrn.is_valid_front(front):
        return []
    foreign = back[0] in "5678"
    if not foreign and not rrn.is_valid_back(back):
        return []
    label = Label.KR_FRN if foreign else Label.KR_RRN
    f_start, b_start = cand.start + m.start(1), cand.start + m.start(2)
    reasons = ("rule:rrn-halves",)
    # 0.87: above a lone half (0.85), whose label cannot see the other half's gender digit
    return make_span(cand, label, 0.87, reasons, use_context=False, end=f_start + 6) + make_span(
        cand, label, 0.87, reasons, use_context=False, start=b_start
    )


def _rrn_half(cand: Candidate) -> list[Span]:
    value = cand.value
    if len(value) == 6:
        # The front half written alone is the holder's birth date (YYMMDD), nothing more: DATE_OF_BIRTH.
        # Written with its back half it is an RRN again (_rrn_pair, scored higher).
        return (
            make_span(cand, Label.DATE_OF_BIRTH, 0.85, ("rule:rrn-front-half",), use_context=False)
            if (rrn.is_valid_front(value))
            else []
        )
    if value[0] in "5678":
        return make_span(cand, Label.KR_FRN, 0.85, ("rule:frn-back-half",), use_context=False)
    if rrn.is_valid_back(value):
        return make_span(cand, Label.KR_RRN, 0.85, ("rule:rrn-back-half",), use_context=False)
    return []


_COMPANY = re.compile(r"주식회사|\(주\)|㈜|유한회사|법인|co\.,? ?ltd|inc\.|corp", re.IGNORECASE)


def _brn(cand: Candidate) -> list[Span]:
    if brn.check(cand.value) is not Validity.VERIFIED:
        return []
    if not brn.is_individual(cand.value):
        # Type codes 80–89 are corporations: their number is not personal data when the text names the company
        # as one (a sole trader's number is: it identifies a person).
        text = cand.doc.norm.text
        if _COMPANY.search(text, max(0, cand.match_start - 40), cand.match_start):
            return []
    dashed = cand.value != digits_only(cand.value)
    ctx = cand.context()
    if not dashed and not ctx.positive(Label.KR_BRN):
        return []  # ten bare digits prove nothing without 사업자 nearby
    return make_span(cand, Label.KR_BRN, 0.8 if dashed else 0.35, ("validator:checksum",), ctx=ctx)


def _kr_passport(cand: Candidate) -> list[Span]:
    if passport.check(cand.value) is Validity.INVALID:
        return []
    new = passport.is_new_format(cand.value)
    return make_span(cand, Label.KR_PASSPORT, 0.7 if new else 0.5, ("validator:format",))


def _licence(cand: Candidate) -> list[Span]:
    value = cand.value
    if driver_license.check(value) is Validity.INVALID:
        return []
    named = not value[:1].isdigit()
    dashed = "-" in value or " " in value
    base = 0.85 if named else 0.75 if dashed else 0.25
    return make_span(cand, Label.KR_DRIVER_LICENSE, base, ("validator:region-code",))


def _kr_phone(cand: Candidate) -> list[Span]:
    validity = phone.check(cand.value.replace("에", ""))
    if validity is Validity.INVALID:
        return []
    base = BASE[validity]
    if cand.doc.lang is not Language.KO and not cand.value.startswith("+"):
        # Outside Korean text a Korean number is written with +82; bare digits there are more likely a
        # French mobile (0612345678) or another country's number.
        base = 0.35 if cand.value.isdigit() else base - 0.1
    return make_span(cand, Label.PHONE, base, ("validator:prefix-table",))


def _account(cand: Candidate) -> list[Span]:
    value = cand.value
    if "-" in value:
        if bank_account.check(value) is Validity.INVALID:
            return []
        digits = digits_only(value)
        # Long layouts (6-2-6, 3-6-5 …) are a bank's own; 4-4-4 is also how tracking numbers are printed.
        distinctive = len(digits) >= 12 and [len(g) for g in value.split("-")] != [4, 4, 4]
        return make_span(cand, Label.BANK_ACCOUNT, 0.55 if distinctive else 0.45, ("validator:bank-layout",))
    ctx = cand.context()
    if not ctx.positive(Label.BANK_ACCOUNT):
        return []  # bare digits are an account only where the text says so
    return make_span(cand, Label.BANK_ACCOUNT, 0.35, ("rule:bare-digits",), ctx=ctx)


def _plate(cand: Candidate) -> list[Span]:
    # "12 가 3456" with a space on both sides of the letter is less certain than the printed "12가3456"
    spaced = cand.value.count(" ") >= 2 and not cand.value[:2].isalpha()
    return make_span(cand, Label.VEHICLE_PLATE, 0.6 if spaced else 0.7, ("rule:kr-plate",))


KR_RULES: tuple[Rule, ...] = (
    Rule(PatternDef("kr_rrn", r"\d{6}(?: ?- ?| )?\d{7}"), _rrn_or_frn, frozenset({Label.KR_RRN, Label.KR_FRN})),
    Rule(
        PatternDef(
            "kr_rrn_pair",
            r"\d{6}[^0-9\n]{0,16}?(?:뒤|뒷|/)(?: ?7 ?자리)?[^0-9\n]{0,12}?\d{7}",
        ),
        _rrn_pair,
        frozenset({Label.KR_RRN, Label.KR_FRN}),
    ),
    Rule(
        PatternDef(
            "kr_rrn_half",
            r"(?:앞 ?자리|앞 ?6 ?자리|앞 ?번호|앞부분|번호 앞|"
            r"뒷 ?자리|뒤 ?7 ?자리|뒷 ?7 ?자리|뒷 ?번호|뒷부분|뒤 ?자리|뒤는)"
            r"[^0-9\n]{0,12}(?P<v>\d{6,7})",
            left="",
        ),
        _rrn_half,
        frozenset({Label.KR_RRN, Label.KR_FRN, Label.DATE_OF_BIRTH}),
    ),
    Rule(PatternDef("kr_brn", r"\d{3}[- ]\d{2}[- ]\d{5}|\d{10}"), _brn, frozenset({Label.KR_BRN})),
    Rule(
        PatternDef("kr_passport", r"[MSRODGT]\d{8}|[MSRODGT]\d{3}[A-Z]\d{4}"),
        _kr_passport,
        frozenset({Label.KR_PASSPORT}),
    ),
    Rule(
        PatternDef(
            "kr_driver_license",
            rf"(?:1[1-9]|2[0-8])[- ]?\d{{2}}[- ]?\d{{6}}[- ]?\d{{2}}"
            rf"|(?:{_LICENCE_REGIONS}) ?\d{{2}}[- ]?\d{{6}}[- ]?\d{{2}}",
        ),
        _licence,
        frozenset({Label.KR_DRIVER_LICENSE}),
    ),
    Rule(
        PatternDef(
            "kr_phone",
            # separators: "-", ".", " ", " - " and the spoken "에" (010에 1234에 5678)
            rf"(?:(?:\+|00)82[ .-]?(?:\(0\) ?)?|0)(?:1[016-9]|2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50[2-8])\)?{_SEP}"
            rf"\d{{3,4}}{_SEP}\d{{4}}|\(0(?:2|[3-6][1-5]|70)\) ?\d{{3,4}}{_SEP}\d{{4}}",
            left="0-9A-Za-z+",
        ),
        _kr_phone,
        frozenset({Label.PHONE}),
    ),
    Rule(
        PatternDef("kr_bank_account", r"\d{2,6}-\d{2,8}-\d{1,7}(?:-\d{1,3})?|\d{8,14}"),
        _account,
        frozenset({Label.BANK_ACCOUNT}),
    ),
    Rule(
        PatternDef(
            "kr_vehicle_plate",
            rf"(?:(?:{_REGIONS}) ?)?\d{{2,3}} ?[{_PLATE_LETTERS}] ?\d{{4}}",
            right=ALNUM + "억만천원년",
        ),
        _plate,
        frozenset({Label.VEHICLE_PLATE}),
    ),
)
