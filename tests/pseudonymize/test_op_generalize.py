"""The generalize operator: dates of birth → year or decade, addresses → 시/군/구 or city, others → [LABEL]."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.langs import Language
from gamyeong.pseudonymize.operators import operator_class
from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.operators.generalize import GeneralizeOperator, GeneralizeParams
from gamyeong.pseudonymize.surrogates.dates import parse_date

CTX = OperatorContext(purpose="p")


def generalized(label: str, value: str, lang: str, **params: str) -> str:
    op = GeneralizeOperator(GeneralizeParams(**params))  # type: ignore[arg-type]
    return op.apply(Item(value, label, Language(lang), value), CTX)


def test_identity() -> None:
    assert operator_class("generalize") is GeneralizeOperator
    assert GeneralizeOperator.name == "generalize"
    assert (GeneralizeOperator.reversible, GeneralizeOperator.needs_key) == (False, False)


@pytest.mark.parametrize(
    ("value", "lang", "year", "decade"),
    [
        pytest.param("1990-01-01", "en", "1990", "1990s", id="iso"),
        pytest.param("1990.1.1", "ko", "1990년", "1990년대", id="ko-dots"),
        pytest.param("1990. 1. 1.", "ko", "1990년", "1990년대", id="ko-dots-spaced"),
        pytest.param("1990년 1월 1일", "ko", "1990년", "1990년대", id="ko-words"),
        pytest.param("1990년 1월 1일생", "ko", "1990년", "1990년대", id="ko-words-saeng"),
        pytest.param("90년 3월 5일", "ko", "1990년", "1990년대", id="ko-two-digit-year"),
        pytest.param("1990년생", "ko", "1990년", "1990년대", id="ko-year-only"),
        pytest.param("01/02/1990", "fr", "1990", "années 1990", id="fr-day-first"),
        pytest.param("13/02/1990", "en", "1990", "1990s", id="en-impossible-month-first"),
        pytest.param("02/01/1990", "en", "1990", "1990s", id="en-month-first"),
        pytest.param("900101", "ko", "1990년", "1990년대", id="rrn-front-19xx"),
        pytest.param("050101", "ko", "2005년", "2000년대", id="rrn-front-20xx"),
        pytest.param("300101", "en", "1930", "1930s", id="pivot-30-is-1930"),
        pytest.param("290101", "en", "2029", "2020s", id="pivot-29-is-2029"),
        pytest.param("19900101", "en", "1990", "1990s", id="compact-8"),
        pytest.param("born March 3, 1990", "en", "1990", "1990s", id="en-month-name"),
        pytest.param("3rd of March 1990", "en", "1990", "1990s", id="en-day-of-month"),
        pytest.param("Mar. 3 1990", "en", "1990", "1990s", id="en-abbreviation"),
        pytest.param("3 mars 1990", "fr", "1990", "années 1990", id="fr-month-name"),
        pytest.param("1er février 1985", "fr", "1985", "années 1980", id="fr-premier"),
        pytest.param("né le 12 decembre 1979", "fr", "1979", "années 1970", id="fr-no-accent"),
        pytest.param("1990-13-45", "en", "1990", "1990s", id="impossible-day-keeps-the-year"),
    ],
)
def test_date_of_birth(value: str, lang: str, year: str, decade: str) -> None:
    assert generalized("DATE_OF_BIRTH", value, lang) == year
    assert generalized("DATE_OF_BIRTH", value, lang, date_level="decade") == decade


@pytest.mark.parametrize(
    ("value", "lang"),
    [
        pytest.param("yesterday", "en", id="words"),
        pytest.param("13/45/90", "en", id="impossible-date"),
        pytest.param("2월 30일", "ko", id="no-year"),
        pytest.param("", "ko", id="empty"),
    ],
)
def test_unparseable_date(value: str, lang: str) -> None:
    assert generalized("DATE_OF_BIRTH", value, lang) == "[DATE_OF_BIRTH]"


@pytest.mark.parametrize(
    ("value", "lang", "district", "city"),
    [
        pytest.param(
            "서울특별시 강남구 테헤란로 123, 101동", "ko", "서울특별시 강남구", "서울특별시", id="ko-road-full-sido"
        ),
        pytest.param("서울 강남구 역삼동 123-45", "ko", "서울 강남구", "서울", id="ko-lot-short-sido"),
        pytest.param(
            "경기도 성남시 분당구 판교역로 235", "ko", "경기도 성남시 분당구", "경기도 성남시", id="ko-city-with-gu"
        ),
        pytest.param("경기 가평군 가평읍 123", "ko", "경기 가평군", "경기", id="ko-county"),
        pytest.param("부산광역시 해운대구 우동 1408", "ko", "부산광역시 해운대구", "부산광역시", id="ko-metro"),
        pytest.param("강남구 테헤란로 123", "ko", "강남구", "[ADDRESS]", id="ko-no-sido"),
        pytest.param("테헤란로 123", "ko", "[ADDRESS]", "[ADDRESS]", id="ko-road-only"),
        pytest.param("12 rue de la Paix, 75002 Paris", "fr", "Paris", "Paris", id="fr-postcode"),
        pytest.param("12 rue de la Paix 75002 Paris", "fr", "Paris", "Paris", id="fr-no-comma"),
        pytest.param("5 av. Foch, 69006 Lyon Cedex 06, France", "fr", "Lyon", "Lyon", id="fr-cedex-country"),
        pytest.param("123 Main St, Springfield, IL 62704", "en", "Springfield, IL", "Springfield, IL", id="en-us"),
        pytest.param("123 Main St\nSpringfield IL 62704", "en", "Springfield, IL", "Springfield, IL", id="en-lines"),
        pytest.param("10 Downing Street, London SW1A 2AA", "en", "London", "London", id="en-uk-postcode"),
        pytest.param("221B Baker Street", "en", "[ADDRESS]", "[ADDRESS]", id="en-street-only"),
        pytest.param("12 rue de la Paix, 75002 Paris", "ko", "Paris", "Paris", id="fr-address-in-ko-text"),
    ],
)
def test_address(value: str, lang: str, district: str, city: str) -> None:
    assert generalized("ADDRESS", value, lang) == district
    assert generalized("ADDRESS", value, lang, address_level="city") == city


@pytest.mark.parametrize("label", ["PHONE", "KR_RRN", "PERSON", "CUSTOM_X"])
def test_other_labels_become_tags(label: str) -> None:
    assert generalized(label, "010-1234-5678", "ko") == f"[{label}]"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"date_level": "month"}, "date_level", id="date-level"),
        pytest.param({"address_level": "street"}, "address_level", id="address-level"),
    ],
)
def test_params_are_validated(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        GeneralizeParams(**kwargs)  # type: ignore[arg-type]


_FORMATS = {
    "iso": lambda d: d.isoformat(),
    "ko": lambda d: f"{d.year}년 {d.month}월 {d.day}일",
    "dots": lambda d: f"{d.year}.{d.month}.{d.day}",
    "en": lambda d: d.strftime("%B %d, %Y"),
    "compact": lambda d: d.strftime("%Y%m%d"),
    "slash": lambda d: d.strftime("%m/%d/%Y"),
}


@given(st.dates(datetime.date(1900, 1, 1), datetime.date(2029, 12, 31)), st.sampled_from(sorted(_FORMATS)))
def test_generalized_year_is_the_written_year(date: datetime.date, fmt: str) -> None:
    value = _FORMATS[fmt](date)
    parsed = parse_date(value, "en")
    assert parsed is not None
    assert (parsed.year, parsed.month, parsed.day) == (date.year, date.month, date.day)
    assert generalized("DATE_OF_BIRTH", value, "en") == str(date.year)
    assert generalized("DATE_OF_BIRTH", value, "en", date_level="decade") == f"{date.year // 10 * 10}s"


def test_outputs_never_depend_on_today() -> None:
    # Two-digit years follow a fixed pivot (30): these answers hold whatever the date the suite runs on.
    fixed = {"25년 1월 1일": "2025년", "29년생": "2029년", "30년생": "1930년", "99년생": "1999년", "000229": "2000년"}
    for value, expected in fixed.items():
        assert generalized("DATE_OF_BIRTH", value, "ko") == expected
    assert [generalized("DATE_OF_BIRTH", "01/02/03", "fr") for _ in range(3)] == ["2003"] * 3
