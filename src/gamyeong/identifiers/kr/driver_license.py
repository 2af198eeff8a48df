"""Korean driver's licence number (운전면허번호).

Twelve digits, written ``RR-YY-NNNNNN-CC``:

* ``RR`` — the issuing region (table below). Older licences print the region *name* instead of the
  code ("서울 12-345678-90"); both are accepted and :func:`compact` turns the name into its code, so
  one licence has one compact form;
* ``YY`` — the last two digits of the year of first issue;
* ``NNNNNN`` — a serial;
* ``CC`` — a check digit and a reissue counter. The check-digit rule is not published, so a number
  with a known region code and the right length is PLAUSIBLE at best; an unknown region is INVALID.

Region codes (27 is not assigned; 28 was added for the northern Gyeonggi agency):
11 서울, 12 부산, 13 경기(남부), 14 강원, 15 충북, 16 충남, 17 전북, 18 전남, 19 경북, 20 경남,
21 제주, 22 대구, 23 인천, 24 광주, 25 대전, 26 울산, 28 경기북부.

Sources:

* 도로교통법 시행규칙 별지 제55호서식 (licence form) and 도로교통공단 (KoROAD) licence-number guidance,
  https://www.safedriving.or.kr/
* https://ko.wikipedia.org/wiki/운전면허
"""

from __future__ import annotations

import unicodedata

from gamyeong.errors import InvalidComponent, InvalidFormat, InvalidLength
from gamyeong.identifiers._base import Validity, clean
from gamyeong.labels import Label

__all__ = [
    "REGION_CODES",
    "REGION_NAMES",
    "check",
    "compact",
    "format",
    "is_valid",
    "label",
    "name",
    "region",
    "validate",
]

name = "kr.driver_license"
label = Label.KR_DRIVER_LICENSE

#: Region code → region name as printed on older licences.
REGION_CODES: dict[str, str] = {
    "11": "서울",
    "12": "부산",
    "13": "경기",
    "14": "강원",
    "15": "충북",
    "16": "충남",
    "17": "전북",
    "18": "전남",
    "19": "경북",
    "20": "경남",
    "21": "제주",
    "22": "대구",
    "23": "인천",
    "24": "광주",
    "25": "대전",
    "26": "울산",
    "28": "경기북부",
}

#: Region name → code (the inverse of :data:`REGION_CODES`).
REGION_NAMES: dict[str, str] = {region_name: code for code, region_name in REGION_CODES.items()}

# Longest names first so that "경기북부" is not read as "경기" + "북부…".
_NAMES_LONGEST_FIRST = sorted(REGION_NAMES, key=len, reverse=True)


def compact(number: str) -> str:
    """Strip separators, fold full-width digits (NFKC) and replace a leading region name by its code."""
    number = clean(unicodedata.normalize("NFKC", number))
    for region_name in _NAMES_LONGEST_FIRST:
        if number.startswith(region_name):
            return REGION_NAMES[region_name] + number[len(region_name) :]
    return number


def validate(number: str) -> str:
    """Return the 12-digit compact form or raise the precise ValidationError."""
    number = compact(number)
    if not (number.isascii() and number.isdigit()):
        raise InvalidFormat("a driver's licence number has digits, optionally after a region name")
    if len(number) != 12:
        raise InvalidLength("a driver's licence number has 12 digits (2 of them the region code)")
    if number[:2] not in REGION_CODES:
        raise InvalidComponent("the region code (first two digits) is not one of 11–26 or 28")
    return number


def is_valid(number: str) -> bool:
    return check(number) is not Validity.INVALID


def check(number: str) -> Validity:
    """PLAUSIBLE for a known region and the right length (no public checksum), INVALID otherwise."""
    try:
        validate(number)
    except (InvalidFormat, InvalidLength, InvalidComponent):
        return Validity.INVALID
    return Validity.PLAUSIBLE


def region(number: str) -> str:
    """The issuing region's name for a valid licence number (e.g. ``"서울"``)."""
    return REGION_CODES[validate(number)[:2]]


def format(number: str) -> str:
    """``RR-YY-NNNNNN-CC`` with the numeric region code; other lengths are returned compacted."""
    number = compact(number)
    if len(number) == 12:
        return f"{number[:2]}-{number[2:4]}-{number[4:10]}-{number[10:]}"
    return number
