"""The public ``gamyeong.detect``: exact (label, covered text) sets on named positives and hard negatives."""

from __future__ import annotations

import itertools

import pytest
from detect_cases import KNOWN_GAPS, NEGATIVE_CASES, POSITIVE_CASES, REGRESSIONS, Expected

import gamyeong
from gamyeong import Span


def found(text: str, lang: str) -> frozenset[tuple[str, str]]:
    return frozenset((str(s.label), s.text(text)) for s in gamyeong.detect(text, lang))


@pytest.mark.parametrize(("text", "lang", "expected"), POSITIVE_CASES)
def test_positive(text: str, lang: str, expected: Expected) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), NEGATIVE_CASES)
def test_hard_negative(text: str, lang: str, expected: Expected) -> None:
    assert found(text, lang) == expected == frozenset()


@pytest.mark.parametrize(("text", "lang", "expected"), REGRESSIONS)
def test_regression(text: str, lang: str, expected: Expected) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), KNOWN_GAPS)
def test_known_gap(text: str, lang: str, expected: Expected) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), POSITIVE_CASES)
def test_contract_spans_sorted_in_range_scored(text: str, lang: str, expected: Expected) -> None:
    spans = gamyeong.detect(text, lang)
    assert all(isinstance(s, Span) for s in spans)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert all(0.5 <= s.score <= 1.0 for s in spans)  # default threshold 0.5
    assert all(s.detector for s in spans)


def test_rrn_two_halves_are_two_spans_not_one() -> None:
    text = "앞자리 900101, 뒷자리 1234568"
    spans = gamyeong.detect(text, "ko")
    assert [(s.label, s.text(text)) for s in spans] == [("KR_RRN", "900101"), ("KR_RRN", "1234568")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("주민번호 900101-1234568", "ko", id="ko"),
        pytest.param("주민번호 900101-1234568", None, id="auto"),
    ],
)
def test_post_2020_and_verified_rrn_both_kept_with_lower_score_for_unverified(text: str, lang: str | None) -> None:
    from detect_cases import RRN_2021_BAD_CHECK, dashed_rrn

    verified = gamyeong.detect(text, lang)
    unverified_text = text.replace("900101-1234568", dashed_rrn(RRN_2021_BAD_CHECK))
    unverified = gamyeong.detect(unverified_text, lang)
    assert [s.label for s in verified] == [s.label for s in unverified] == ["KR_RRN"]
    assert "validator:checksum" in verified[0].explanation
    assert "validator:checksum" not in unverified[0].explanation
