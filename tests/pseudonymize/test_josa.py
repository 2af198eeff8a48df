"""Korean particles and the final consonant (받침) they depend on."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.pseudonymize.surrogates.josa import (
    final_consonant_is_rieul,
    fix_particle,
    has_final_consonant,
    is_hangul_syllable,
    particle_for,
)

hangul_syllables = st.integers(min_value=0xAC00, max_value=0xD7A3).map(chr)


@pytest.mark.parametrize(
    ("syllable", "expected"),
    [
        pytest.param("김", True, id="kim-closed"),
        pytest.param("이", False, id="lee-open"),
        pytest.param("준", True, id="jun-closed"),
        pytest.param("아", False, id="a-open"),
        pytest.param("길", True, id="gil-rieul"),
        pytest.param("가", False, id="first-syllable"),
        pytest.param("힣", True, id="last-syllable"),
        pytest.param("닭", True, id="double-final"),
    ],
)
def test_has_final_consonant(syllable: str, expected: bool) -> None:
    assert has_final_consonant(syllable) is expected


@pytest.mark.parametrize(
    "text", ["A", "", "가나", "ㄱ", "1", "\u1100"], ids=["latin", "empty", "two", "jamo", "digit", "old-jamo"]
)
def test_has_final_consonant_rejects_non_syllables(text: str) -> None:
    with pytest.raises(ValueError, match="Hangul syllable"):
        has_final_consonant(text)
    assert not is_hangul_syllable(text)


@given(hangul_syllables)
def test_final_consonant_agrees_with_unicode_decomposition(syllable: str) -> None:
    # NFD splits a syllable into 2 jamo (no final) or 3 (with one); an independent oracle for the arithmetic.
    assert has_final_consonant(syllable) is (len(unicodedata.normalize("NFD", syllable)) == 3)


@given(hangul_syllables)
def test_rieul_is_a_final_consonant(syllable: str) -> None:
    if final_consonant_is_rieul(syllable):
        assert has_final_consonant(syllable)
        assert unicodedata.normalize("NFD", syllable)[2] == "\u11af"  # ᆯ


@pytest.mark.parametrize(
    ("particle", "closed", "rieul", "expected"),
    [
        pytest.param("은", True, False, "은", id="topic-closed-kept"),
        pytest.param("은", False, False, "는", id="topic-to-open"),
        pytest.param("는", True, False, "은", id="topic-to-closed"),
        pytest.param("이", False, False, "가", id="subject-to-open"),
        pytest.param("가", True, False, "이", id="subject-to-closed"),
        pytest.param("을", False, False, "를", id="object-to-open"),
        pytest.param("를", True, False, "을", id="object-to-closed"),
        pytest.param("과", False, False, "와", id="with-to-open"),
        pytest.param("와", True, False, "과", id="with-to-closed"),
        pytest.param("으로", False, False, "로", id="direction-to-open"),
        pytest.param("로", True, False, "으로", id="direction-to-closed"),
        pytest.param("으로", True, True, "로", id="direction-after-rieul"),
        pytest.param("은요", False, False, "는요", id="particle-with-tail"),
        pytest.param("이랑", False, False, "랑", id="irang"),
        pytest.param("이에요", False, False, "예요", id="copula-polite"),
        pytest.param("에게", True, False, "에게", id="invariant-ege"),
        pytest.param("도", False, False, "도", id="invariant-do"),
        pytest.param("의", True, False, "의", id="invariant-ui"),
    ],
)
def test_fix_particle(particle: str, closed: bool, rieul: bool, expected: str) -> None:
    assert fix_particle(particle, closed, prev_rieul=rieul) == expected


@pytest.mark.parametrize(
    ("word", "particle", "expected"),
    [
        pytest.param("김민준", "가", "이", id="name-closed"),
        pytest.param("이서아", "이", "가", id="name-open"),
        pytest.param("서울", "으로", "로", id="rieul"),
        pytest.param("부산", "로", "으로", id="closed-not-rieul"),
    ],
)
def test_particle_for(word: str, particle: str, expected: str) -> None:
    assert particle_for(word, particle) == expected


@given(hangul_syllables, st.sampled_from(["은", "는", "이", "가", "을", "를", "과", "와"]))
def test_fix_particle_is_idempotent_and_pairs(syllable: str, particle: str) -> None:
    closed = has_final_consonant(syllable)
    fixed = fix_particle(particle, closed)
    assert fix_particle(fixed, closed) == fixed
    # the other status gives the other member of the pair, and back
    other = fix_particle(fixed, not closed)
    assert other != fixed
    assert fix_particle(other, closed) == fixed
