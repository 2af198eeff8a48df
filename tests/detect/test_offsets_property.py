"""Property: spans stay inside the text, sorted and non-overlapping, whatever surrounds them, and planted
identifiers set apart by line breaks are found with their label (zero-width and full-width filler included)."""

from __future__ import annotations

import itertools

import pytest
from detect_cases import NIR_MAINLAND, RRN, VISA, dashed_rrn, groups
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gamyeong import Analyzer
from gamyeong.locales import NEGATIVE_WORDS

PLANTS: list[tuple[str, str]] = [
    ("KR_RRN", dashed_rrn(RRN)),
    ("PHONE", "010-2718-2818"),
    ("PHONE", "+33 6 12 34 56 78"),
    ("EMAIL", "planted.person@example.org"),
    ("CREDIT_CARD", groups(VISA, (4, 4, 4, 4), " ")),
    ("IBAN", "DE89 3704 0044 0532 0130 00"),
    ("FR_NIR", NIR_MAINLAND),
    ("URL", "https://github.com/planted-user"),
    ("IP_ADDRESS", "211.234.56.78"),
]

# Filler: Hangul (digit syllables too), Latin capitals that spell no context word, digits of both widths,
# zero-width characters, spaces and punctuation. No line breaks: they are the separators around plants.
_ALPHABET = (
    "가나다라마바아자차카타파하한국어공일이삼사오육칠팔구"
    "XQZJKW"
    "0123456789０１２３４５６７８９"
    "\u200b\u200c\u200d\ufeff\u00ad"
    " \u00a0\u3000-.,:;@/()–−"
)
assert not any(set(w) <= set(_ALPHABET.lower()) for w in NEGATIVE_WORDS if w), "filler could spell a negative word"

filler = st.text(alphabet=_ALPHABET, max_size=40)

ANALYZER = Analyzer(labels=["KR_RRN", "PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "FR_NIR", "URL", "IP_ADDRESS"])
FULL = Analyzer()


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, int]]]:
    parts: list[str] = []
    planted: list[tuple[str, int, int]] = []
    pos = 0
    for _ in range(draw(st.integers(0, 4))):
        chunk = draw(filler) + "\n"
        parts.append(chunk)
        pos += len(chunk)
        label, value = draw(st.sampled_from(PLANTS))
        planted.append((label, pos, pos + len(value)))
        parts.append(value + "\n")
        pos += len(value) + 1
    parts.append(draw(filler))
    return "".join(parts), planted


def assert_well_formed(text: str, spans: list) -> None:
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.sampled_from(["ko", "en", "fr"]))
def test_planted_identifiers_are_found_in_place(doc: tuple[str, list[tuple[str, int, int]]], lang: str) -> None:
    text, planted = doc
    spans = ANALYZER.detect(text, lang)
    assert_well_formed(text, spans)
    for label, start, end in planted:
        assert any(s.label == label and s.start <= start and end <= s.end for s in spans), (label, start, end)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.sampled_from([None, "ko", "en", "fr"]))
def test_any_text_gives_well_formed_spans(text: str, lang: str | None) -> None:
    assert_well_formed(text, FULL.detect(text, lang))


@settings(max_examples=100, deadline=None)
@given(filler, st.sampled_from(PLANTS), filler)
def test_plant_glued_to_zero_width_filler_keeps_offsets_in_original(
    left: str, plant: tuple[str, str], right: str
) -> None:
    """Spans are offsets into the *original* text: whatever the filler deletes or widens, a span's text
    must normalize to a substring of the normalized document."""
    from gamyeong.text.normalize import normalize

    text = left + "\n" + plant[1] + "\n" + right
    for s in FULL.detect(text, "ko"):
        covered = normalize(text[s.start : s.end]).text
        assert covered
        assert covered in normalize(text).text


@pytest.mark.parametrize(
    ("text", "label", "covered"),
    [
        pytest.param("\u200b\u200b010-2718-2818", "PHONE", "010-2718-2818", id="leading-zero-width"),
        pytest.param(
            "연락처\u200b010\u200b2718\u200b2818\u200b끝",
            "PHONE",
            "010\u200b2718\u200b2818",
            id="zero-width-separators",
        ),
        pytest.param("１２３ ０１０－２７１８－２８１８", "PHONE", "０１０－２７１８－２８１８", id="fullwidth-phone"),
        pytest.param("\ufeff주민번호 " + dashed_rrn(RRN), "KR_RRN", dashed_rrn(RRN), id="bom-at-start"),
        pytest.param(
            "a\u00adb " + "planted.person@example.org", "EMAIL", "planted.person@example.org", id="soft-hyphen-before"
        ),
    ],
)
def test_offsets_map_back_to_original(text: str, label: str, covered: str) -> None:
    spans = FULL.detect(text, "ko")
    assert [(s.label, s.text(text)) for s in spans] == [(label, covered)]
