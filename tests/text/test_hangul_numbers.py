from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.text.hangul_numbers import HANGUL_DIGITS, find_hangul_digit_runs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("공일공 일이삼사 오육칠팔", [(0, 13, "01012345678")], id="spaced-groups"),
        pytest.param("공일공-일이삼사-오육칠팔", [(0, 13, "01012345678")], id="dashed-groups"),
        pytest.param("공일공일이삼사오육칠팔", [(0, 11, "01012345678")], id="one-group"),
        pytest.param("공일공, 일이삼사, 오육칠팔", [(0, 15, "01012345678")], id="comma-space"),
        pytest.param("영일공.일이삼사.오육칠팔", [(0, 13, "01012345678")], id="yeong-and-dots"),
        pytest.param("공일공 일이삼사 오륙칠팔", [(0, 13, "01012345678")], id="ryuk-six"),
        pytest.param("010 일이삼사 5678", [(0, 13, "01012345678")], id="mixed-ascii"),
        pytest.param("공일공-1234-오육칠팔", [(0, 13, "01012345678")], id="mixed-ascii-middle"),
        pytest.param("공 일 공 일 이 삼 사 오 육 칠 팔", [(0, 21, "01012345678")], id="one-digit-at-a-time"),
        pytest.param("번호는 공일공 일이삼사 오육칠팔입니다", [(4, 17, "01012345678")], id="copula-after"),
        pytest.param("공일공일이삼사오육칠팔로 연락 주세요", [(0, 11, "01012345678")], id="particle-ro"),
        pytest.param("공일공일이삼사오육칠팔이에요", [(0, 11, "01012345678")], id="copula-starting-with-i"),
        pytest.param("공일공일이삼사오육칠팔요", [(0, 11, "01012345678")], id="yo-after"),
        pytest.param("연락처: 공이-삼사오-육칠팔구", [(5, 16, "023456789")], id="seoul-landline"),
        pytest.param("이 공일공 일이삼사 오육칠팔", [(2, 15, "01012345678")], id="leading-word-i-dropped"),
        pytest.param("공일공 일이삼사 오육칠팔 구", [(0, 13, "01012345678")], id="trailing-word-dropped"),
        pytest.param(
            "집 공이 일이삼 사오육칠, 폰 공일공 구팔칠육 오사삼이",
            [(2, 13, "021234567"), (17, 30, "01098765432")],
            id="two-numbers",
        ),
        pytest.param("１０ 일이삼사 오육칠팔", [(0, 12, "1012345678")], id="fullwidth-ascii-digits"),
    ],
)
def test_runs_found(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert find_hangul_digit_runs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("이사 가는 날 오후 일곱 시", id="moving-day"),
        pytest.param("구일 오전에 사이즈 교환", id="size-exchange"),
        pytest.param("일이 많아서 오늘 사과를 샀어요", id="busy-apples"),
        pytest.param("일이삼사오늘", id="digits-glued-to-word"),
        pytest.param("오늘 일이삼사 오육칠", id="too-few-digits"),
        pytest.param("사이사이 구경하고 이삼일 쉬었다", id="sai-sai"),
        pytest.param("삼일절 오일장 구구단 칠팔월", id="compound-words"),
        pytest.param("영어 공부 일주일 이상 삼십 분씩", id="study-plan"),
        pytest.param("010-1234-5678", id="ascii-only-is-not-ours"),
        pytest.param("사이즈 구십오 이사 오월 칠일 팔월 일일", id="dates-and-sizes"),
        pytest.param("abc공일공일이삼사오육칠팔", id="glued-to-latin"),
        pytest.param("", id="empty"),
    ],
)
def test_ordinary_text_has_no_runs(text: str) -> None:
    assert find_hangul_digit_runs(text) == []


def test_min_digits() -> None:
    assert find_hangul_digit_runs("일이삼사", min_digits=4) == [(0, 4, "1234")]
    assert find_hangul_digit_runs("일이삼사", min_digits=5) == []


@given(st.lists(st.sampled_from(sorted(HANGUL_DIGITS)), min_size=9, max_size=14))
def test_property_any_digit_word_is_read_back(syllables: list[str]) -> None:
    word = "".join(syllables)
    text = f"번호 {word} 입니다"
    assert find_hangul_digit_runs(text) == [(3, 3 + len(word), "".join(HANGUL_DIGITS[s] for s in syllables))]


@given(st.text(alphabet=st.sampled_from([*HANGUL_DIGITS, "가", "늘", "요", " ", "-", "1", "a", "."]), max_size=40))
def test_property_runs_are_bounded_and_consistent(text: str) -> None:
    for start, end, digits in find_hangul_digit_runs(text):
        assert 0 <= start < end <= len(text)
        assert len(digits) >= 9
        assert digits.isascii()
        assert digits.isdigit()
        assert any(c in HANGUL_DIGITS for c in text[start:end])
        assert start == 0 or not ("가" <= text[start - 1] <= "힣")
