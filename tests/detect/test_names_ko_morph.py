"""MeCab's second opinion on unsure Korean name candidates (names_ko_morph): its verdicts on their own, and what
they change in detection."""

from __future__ import annotations

import pytest

from gamyeong import Analyzer, Label
from gamyeong.detect.names_ko_morph import NAME_FINALS, reading


def _reading(text: str, name: str, surname: int = 1) -> str:
    start = text.index(name)
    end = start + len(name)
    return reading(text, start, end, surname, known_word=False, name_final=name[-1] in NAME_FINALS)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("범인은 허새롬이었다.", "허새롬", "proper-noun", id="unknown-string-read-as-a-proper-noun"),
        pytest.param("백아라하고 손나연 두 사람이 함께 왔어요.", "손나연", "proper-noun", id="surname-then-given-name"),
        pytest.param("전작을 좋아하는 거의 유일한 감독이고", "유일한", "word-part", id="noun-and-adjective-suffix"),
        pytest.param("이번 경고 성명채택에 북한의", "채택에", "word-part", id="noun-and-particle"),
        pytest.param("단두대의 이슬로 사라진 목숨들", "사라진", "word", id="one-verb-form"),
        pytest.param("출발점이 어디든 상관없다고", "어디든", "word-part", id="pronoun-and-ending"),
        pytest.param("예금주 황가은", "황가은", "neutral", id="name-final-read-as-particle"),
        pytest.param("범인은 안해든이었다.", "안해든", "neutral", id="surname-that-is-an-adverb"),
    ],
)
def test_reading(text: str, name: str, expected: str) -> None:
    assert _reading(text, name) == expected


def test_a_known_word_read_as_a_proper_noun_is_no_evidence() -> None:
    text = "문의 주세요."
    start = text.index("주세요")
    assert reading(text, start, start + 3, 1, known_word=True, name_final=False) == "neutral"


def test_the_window_stays_on_the_candidates_line() -> None:
    # the line before ends in a verb: it must not change how the name's line is read
    text = "어제 다 사라진\n범인은 허새롬이었다."
    assert _reading(text, "허새롬") == "proper-noun"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(labels=["PERSON"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("그날 손나연의 노트북을 빌렸다.", ["손나연"], id="name-with-no-cue"),
        pytest.param("거지가 될 터이니 출발점이 어디든 상관없다고", [], id="pronoun-form-rejected"),
        pytest.param("성적이 되지 않는다는 이유만으로 인문계를", [], id="noun-particle-rejected"),
    ],
)
def test_detection_with_the_second_opinion(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert [s.text(text) for s in analyzer.detect(text, "ko") if s.label == Label.PERSON] == expected


def test_explanations_name_the_second_opinion_and_never_the_value(analyzer: Analyzer) -> None:
    text = "도서관에서 손나연을 봤어요."
    (span,) = analyzer.detect(text, "ko")
    assert "morph:proper-noun" in span.explanation
    assert not any("나연" in why for why in span.explanation)


def test_a_name_column_outweighs_a_word_reading() -> None:
    from gamyeong.detect.ko_lexicon import load_lexicon
    from gamyeong.detect.names_ko_morph import second_opinion

    lex = load_lexicon()
    text = "전작을 좋아하는 거의 유일한 감독이고"
    start = text.index("유일한")
    plain = second_opinion(lex, text, start, start + 3, 1, 0.55, ("surname-first",))
    column = second_opinion(lex, text, start, start + 3, 1, 0.55, ("surname-first", "layout:name-column"))
    assert plain[0] < 0.5
    assert "morph:word" in plain[1]
    assert column == (0.55, ("surname-first", "layout:name-column"))


def test_a_lone_surrogate_is_read_as_a_replacement_character(analyzer: Analyzer) -> None:
    text = "백아라하고\ud83d 손나연 두 사람이 함께 왔어요."
    assert "손나연" in [s.text(text) for s in analyzer.detect(text, "ko")]


def test_the_window_is_bounded_on_a_line_without_spaces() -> None:
    from gamyeong.detect.names_ko_morph import _window

    text = ",".join(["김민수", "이영희", "박서준"] * 2000)
    start = len(text) // 2
    _, window = _window(text, start, start + 3)
    assert len(window) <= 3 + 2 * (12 + 16)
