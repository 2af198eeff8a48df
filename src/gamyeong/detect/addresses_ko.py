"""Korean street addresses: road-name (도로명) and lot-number (지번) grammars, apartment units, postcodes.

An address needs a place to stand on *and* a number: a province, city or district (서울 강남구, 성남시 분당구)
followed by a road and building number (테헤란로 123, 판교역로 235번길 10) or a neighbourhood and lot number
(합정동 123-45, 송호리 산 12), then optional details (101동 1203호, 3층, (역삼동), an apartment name). A city,
district or neighbourhood on its own is not personal data and is never flagged; a road and number with no
place before it counts only after an address word (주소, 배송지, 거주지).

The province table is the 17 first-level divisions (행정안전부 행정구역, public knowledge), with their usual
short forms; lower levels are recognized by their suffix (시/군/구, 읍/면/동/리/가, 로/길).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from gamyeong.detect.base import Document
from gamyeong.labels import Label
from gamyeong.langs import Language
from gamyeong.spans import Span

__all__ = ["PROVINCES", "KoreanAddressDetector"]

_HANGUL = re.compile(r"[가-힣]")

#: First-level divisions with their official and usual short names.
PROVINCES: tuple[str, ...] = tuple(
    sorted(
        """
        서울특별시 서울시 서울 부산광역시 부산시 부산 대구광역시 대구시 대구 인천광역시 인천시 인천 광주광역시 광주
        대전광역시 대전시 대전 울산광역시 울산시 울산 세종특별자치시 세종시 세종 경기도 경기 강원특별자치도 강원도 강원
        충청북도 충북 충청남도 충남 전북특별자치도 전라북도 전북 전라남도 전남 경상북도 경북 경상남도 경남
        제주특별자치도 제주도 제주
        """.split(),
        key=len,
        reverse=True,
    )
)

_SIDO = "(?:" + "|".join(PROVINCES) + ")"
_SGG = r"[가-힣]{1,6}(?:시|군|구)"
_EMD = r"[가-힣]{1,6}\d{0,2}(?:읍|면|동|리|가)"
_ROAD_HEAD = r"[가-힣A-Za-z0-9·]{0,10}[가-힣0-9]"  # a road's name before its 로 or 길
_ROAD = _ROAD_HEAD + r"(?:로|길)(?:\s?\d{1,4}(?:번?길|가길))?"
_NUMBER = r"(?:지하\s?)?\d{1,4}(?:-\d{1,4})?(?:번지)?"
_LOT = r"(?:산\s?)?\d{1,5}(?:-\d{1,5})?(?:번지)?"
_APT_WORD = (
    r"(?:아파트|빌라|맨션|타워|오피스텔|빌딩|하이츠|캐슬|자이|푸르지오|힐스테이트|래미안|아이파크|e편한세상|더샵|주공"
    r"|연립|레지던스|타운|하우스|파크|센트럴|시티|프라자|상가|빌리지|팰리스|하임|스퀘어|빌)"
)
_UNIT = r"(?:\d{1,4}\s?동\s?)?(?:\d{1,3}\s?층\s?)?(?:제?\s?\d{1,5}\s?호)"
_DETAIL = (
    r"(?:,?\s?(?:[가-힣A-Za-z0-9]{0,14}"
    + _APT_WORD
    + r"\s?)?"
    + _UNIT
    + r"|,?\s?\d{1,3}\s?층|\s?\([가-힣0-9,·\s]{2,24}\)"
    # a building named after the number (파크원타워1 32층, 래미안아파트): then its floor or unit, if any
    + r"|,?\s[가-힣A-Za-z0-9]{0,14}"
    + _APT_WORD
    + r"(?:\d{1,3}|[A-Z])?(?=[\s,)]|$))"
)
_POSTCODE = r"(?:(?:우\)|우편번호:?\s?|\[|\()?\s?\d{5}\s?(?:\)|\])?\s?)"

# the place before a road or a lot number: postcode, province, city or district, neighbourhood
_PLACE = rf"(?P<post>{_POSTCODE})?(?P<sido>{_SIDO}\s?)?(?P<sgg>(?:{_SGG}\s?){{0,2}})(?P<emd>(?:{_EMD}\s?){{1,2}})?"
_FULL = re.compile(
    rf"(?<![가-힣0-9]){_PLACE}"
    rf"(?:(?P<road>{_ROAD})\s?(?P<no>{_NUMBER})|(?(emd)(?P<lot>{_LOT})|(?!)))(?![\d-])(?P<detail>(?:{_DETAIL}){{0,3}})"
)
# An apartment unit names a home on its own (래미안아파트 101동 1203호), with what stands before it: a province and
# district (광진구 …), a complex name written apart from its kind (꿈에그린 아파트, 주공 9단지 아파트). The word
# before the kind has two characters or more and may not end like a particle, 을 aside (집은 래미안, 김민수가
# 래미안, 이번에 산 래미안: the sentence, not the complex; 햇살마을 keeps its 을); a neighbourhood's 가 needs its
# number (종로2가).
_APT_EMD = r"[가-힣]{1,6}(?:\d{0,2}(?:읍|면|동|리)|\d{1,2}가)"
# everything before the unit's 동 (its width bounds how far before the unit a match starts: _apartments)
_APARTMENT_HEAD = (
    rf"(?<![가-힣])(?:{_SIDO}\s)?(?:{_SGG}\s){{0,2}}(?:{_APT_EMD}\s)?"
    rf"(?:[가-힣A-Za-z0-9]{{1,13}}[가-힣A-Za-z0-9](?<![은는이가를에의요서도와과랑])\s)?"
    rf"(?:\d{{1,2}}\s?단지\s?)?[가-힣A-Za-z0-9]{{0,14}}{_APT_WORD}(?:\s?\d{{1,2}}\s?단지)?\s?\d{{1,4}}\s?"
)
_APARTMENT = re.compile(_APARTMENT_HEAD + r"동\s?\d{1,5}\s?호")
# what every address match holds: a road's end and its number (테헤란로 123, 로 지하 1), or a neighbourhood's end and
# its lot number (합정동 123, 송호리 산 12). Half the texts have neither, and a search for it is far cheaper than
# trying the address pattern at every position.
_NUMBERED = re.compile(r"[로길]\s?(?:지하\s?)?\d|[읍면동리가]\s?(?:산\s?)?\d")


def _longest(regex: str) -> int | None:
    """The length of the longest string ``regex`` matches, from ``re``'s own parser (private: None where it
    fails, or where the pattern is unbounded)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        width = int(_parser.parse(regex).getwidth()[1])
    except Exception:  # a private module: never let it break the import
        return None
    return width if width < 10_000 else None


# How far before its _NUMBERED part an address match may start: the longest place, then a road's name before its
# 로 (a lot number's 동, 리 … ends the place itself). The address pattern is searched from there, not tried at
# each position of the text; None: everywhere, as before.
_NUMBERED_REACH = _longest(_PLACE + _ROAD_HEAD)
# the unit every apartment match ends in (101동 1203호): most texts have none, and a search for it is far cheaper
# than trying the apartment pattern at every position
_APARTMENT_UNIT = re.compile(r"동\s?\d{1,5}\s?호")
# How far before its unit an apartment match may start; None: everywhere
_APARTMENT_REACH = _longest(_APARTMENT_HEAD)
# An apartment match names its kind (아파트, 빌라 …) right before the unit: the kind's word ends at most 12
# characters before the unit's 동 (a 단지 number, then the building number, with their spaces), so it lies
# wholly within this many characters before it
_APT_WORD_RE = re.compile(_APT_WORD)
_APT_WORD_BEFORE_UNIT = len(r" 99 단지 9999 ") + max(len(w) for w in _APT_WORD[3:-1].split("|"))
_ADDRESS_WORDS = re.compile(
    r"(?:주소|배송지|거주지|자택|주거지|소재지|사는 곳|도로명|지번|받는 곳|보내는 곳)[^\n]{0,12}$"
)


def _addresses(text: str) -> Iterator[re.Match[str]]:
    """The matches of the address pattern, those ``finditer`` gives: each holds a _NUMBERED part, which it starts
    at most _NUMBERED_REACH characters before, so no match starts between the last one's end and that far
    before the next _NUMBERED part (a search for it is cheap; the address pattern is tried at each position)."""
    if _NUMBERED_REACH is None:
        if _NUMBERED.search(text) is not None:
            yield from _FULL.finditer(text)
        return
    pos = 0
    while (hint := _NUMBERED.search(text, pos)) is not None:
        m = _FULL.search(text, max(pos, hint.start() - _NUMBERED_REACH))
        if m is None:
            return
        yield m
        pos = m.end()  # an address is never empty: finditer goes on from its end too


def _apartments(text: str) -> Iterator[re.Match[str]]:
    """The matches of the apartment pattern, those ``finditer`` gives: each ends in a unit (101동 1203호), which it
    starts at most _APARTMENT_REACH characters before, so the pattern is searched from there rather than tried at
    each position of the text (as :func:`_addresses` does for the road or lot number)."""
    if _APARTMENT_REACH is None:
        yield from _APARTMENT.finditer(text)
        return
    pos = 0  # where the next match may start
    look = 0  # where the next unit is looked for: the units before it have no apartment word before them
    while (hint := _APARTMENT_UNIT.search(text, max(pos, look))) is not None:
        unit = hint.start()
        if _APT_WORD_RE.search(text, max(0, unit - _APT_WORD_BEFORE_UNIT), unit) is None:
            # a unit after a road address (청솔로 354, 115동 1904호) ends no apartment match, and a search for one
            # would try every position up to the text's end
            look = unit + 1
            continue
        m = _APARTMENT.search(text, max(pos, unit - _APARTMENT_REACH))
        if m is None:
            return
        yield m
        pos = m.end()  # a match is never empty: finditer goes on from its end too


class KoreanAddressDetector:
    name: ClassVar[str] = "ko_addresses"
    labels: ClassVar[frozenset[str]] = frozenset({Label.ADDRESS})
    # every language: a Korean name or address in Hangul inside French or English text (Meeting with 김민준)
    languages: ClassVar[frozenset[Language]] = frozenset(Language)

    def detect(self, doc: Document) -> list[Span]:
        text = doc.norm.text
        if doc.lang is not Language.KO and _HANGUL.search(text) is None:
            return []
        out: list[Span] = []
        for m in _addresses(text):
            span = self._score(doc, m)
            if span is not None:
                out.append(span)
        if _APARTMENT_UNIT.search(text) is None:
            return out
        for m in _apartments(text):
            out.append(doc.span(m.start(), m.end(), Label.ADDRESS, 0.7, self.name, ("apartment-unit",)))
        return out

    def _score(self, doc: Document, m: re.Match[str]) -> Span | None:
        sido, sgg, emd, road, lot = m["sido"], m["sgg"], m["emd"], m["road"], m["lot"]
        why: list[str] = []
        if lot is not None and not emd:
            return None  # a bare number
        if road is not None and not (sido or sgg or emd):
            context = _ADDRESS_WORDS.search(doc.norm.text, max(0, m.start() - 30), m.start())
            if context is None:
                return None
            why.append("context:address-word")
            score = 0.6
        else:
            score = 0.55
            if sido:
                score += 0.2
                why.append("province")
            if sgg:
                score += 0.15 if sgg.count(" ") <= 2 else 0.05
                why.append("district")
            # "역삼동 123" alone: a neighbourhood and a number read like an address only with a unit or context
            if (
                emd
                and lot is not None
                and not (sido or sgg)
                and not m["detail"]
                and not _ADDRESS_WORDS.search(doc.norm.text, max(0, m.start() - 30), m.start())
            ):
                return None
            why.append("road-name" if road is not None else "lot-number")
        if m["detail"]:
            score += 0.1
            why.append("unit")
        start, end = m.start(), m.end()
        while end > start and doc.norm.text[end - 1] in " ,":
            end -= 1
        return doc.span(start, end, Label.ADDRESS, min(score, 0.97), self.name, tuple(why))
