"""The Analyzer: label filters, threshold, batches, language handling and input errors."""

from __future__ import annotations

import pytest

import gamyeong
from gamyeong import DEFAULT_THRESHOLD, Analyzer, Label
from gamyeong.errors import ConfigError, GamyeongError, InputError
from gamyeong.spans import Span

TEXT = "연락처 010-1234-5678, 메일 hong@naver.com, 주민번호 900101-1234568"
ALL = {("PHONE", "010-1234-5678"), ("EMAIL", "hong@naver.com"), ("KR_RRN", "900101-1234568")}


def found(spans: list[gamyeong.Span], text: str = TEXT) -> set[tuple[str, str]]:
    return {(str(s.label), s.text(text)) for s in spans}


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        pytest.param(None, ALL, id="all"),
        pytest.param(["PHONE"], {("PHONE", "010-1234-5678")}, id="one"),
        pytest.param(["phone", " email "], {("PHONE", "010-1234-5678"), ("EMAIL", "hong@naver.com")}, id="case-space"),
        pytest.param("PHONE,KR_RRN", {("PHONE", "010-1234-5678"), ("KR_RRN", "900101-1234568")}, id="comma-string"),
        pytest.param([Label.EMAIL], {("EMAIL", "hong@naver.com")}, id="enum"),
        pytest.param(["IBAN"], set(), id="absent-label"),
    ],
)
def test_labels_in_constructor_and_per_call(labels: object, expected: set[tuple[str, str]], analyzer: Analyzer) -> None:
    assert found(Analyzer(labels=labels).detect(TEXT, "ko")) == expected  # type: ignore[arg-type]
    assert found(analyzer.detect(TEXT, "ko", labels=labels)) == expected  # type: ignore[arg-type]
    assert found(gamyeong.detect(TEXT, "ko", labels=labels)) == expected  # type: ignore[arg-type]


def test_constructor_and_call_labels_intersect() -> None:
    restricted = Analyzer(labels=["PHONE", "EMAIL"])
    assert found(restricted.detect(TEXT, "ko", labels=["EMAIL", "KR_RRN"])) == {("EMAIL", "hong@naver.com")}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("회원번호 010-1234-5678", id="phone-after-member-number-word"),
        pytest.param("Patient ID: 900101-1234568", id="rrn-after-patient-id"),
    ],
)
def test_per_call_label_filter_matches_constructor_filter(text: str) -> None:
    for label in ("PHONE", "KR_RRN"):
        by_ctor = found(Analyzer(labels=[label]).detect(text, "ko"), text)
        by_call = found(gamyeong.detect(text, "ko", labels=[label]), text)
        assert by_ctor == by_call


@pytest.mark.parametrize(
    "labels",
    [
        pytest.param(["PERSON"], id="person-only"),
        pytest.param(["ADDRESS", "DATE_OF_BIRTH"], id="non-structured-only"),
        pytest.param(["CUSTOM_NOTHING"], id="custom-without-rules"),
    ],
)
def test_labels_without_structured_rules(labels: list[str]) -> None:
    assert Analyzer(labels=labels).detect(TEXT, "ko") == []


@pytest.mark.parametrize("labels", [pytest.param(["PERSON"], id="person"), pytest.param(["CUSTOM_X"], id="custom")])
def test_labels_without_structured_rules_re_engine(labels: list[str]) -> None:
    assert Analyzer(labels=labels, engine="re").detect(TEXT, "ko") == []


@pytest.mark.parametrize(
    "labels",
    [pytest.param(["PHONES"], id="typo"), pytest.param("PHONE,NOPE", id="in-string"), pytest.param([""], id="empty")],
)
def test_unknown_label_is_config_error(labels: object, analyzer: Analyzer) -> None:
    with pytest.raises(ConfigError, match="CUSTOM_<NAME>"):
        Analyzer(labels=labels)  # type: ignore[arg-type]
    with pytest.raises(ConfigError):
        analyzer.detect(TEXT, "ko", labels=labels)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("threshold", "expected"),
    [
        pytest.param(0.0, {("PHONE", "02-123-4567"), ("KR_RRN", "900101-1234568")}, id="zero"),
        pytest.param(DEFAULT_THRESHOLD, {("PHONE", "02-123-4567"), ("KR_RRN", "900101-1234568")}, id="default"),
        pytest.param(0.995, set(), id="above-every-score"),
    ],
)
def test_threshold(threshold: float, expected: set[tuple[str, str]], analyzer: Analyzer) -> None:
    text = "전화 02-123-4567 주민번호 900101-1234568"
    assert found(Analyzer(labels=["PHONE", "KR_RRN"], threshold=threshold).detect(text, "ko"), text) == expected
    assert found(analyzer.detect(text, "ko", threshold=threshold), text) == expected


def test_threshold_separates_scores(analyzer: Analyzer) -> None:
    text = "주민번호 900101-1234568, 앞자리 900101"
    spans = analyzer.detect(text, "ko", threshold=0.0)
    cut = min(s.score for s in spans) + 0.001
    kept = analyzer.detect(text, "ko", threshold=cut)
    assert 0 < len(kept) < len(spans)
    assert all(s.score >= cut for s in kept)


def test_low_threshold_finds_more_than_default(analyzer: Analyzer) -> None:
    text = "번호 2208162517"  # ten bare digits: a BRN-shaped number without 사업자 context
    assert len(analyzer.detect(text, "ko", threshold=0.01)) >= len(analyzer.detect(text, "ko"))


@pytest.mark.parametrize("threshold", [pytest.param(-0.1, id="negative"), pytest.param(1.01, id="above-one")])
def test_threshold_out_of_range(threshold: float, analyzer: Analyzer) -> None:
    with pytest.raises(ConfigError, match=r"\[0, 1\]"):
        Analyzer(threshold=threshold)
    with pytest.raises(ConfigError, match=r"\[0, 1\]"):
        analyzer.detect(TEXT, "ko", threshold=threshold)


def test_detect_batch(analyzer: Analyzer) -> None:
    texts = [TEXT, "", "Tél : 06 12 34 56 78", "nothing here"]
    batch = analyzer.detect_batch(texts, ["ko", None, "fr", "en"])
    assert [found(b, t) for b, t in zip(batch, texts, strict=True)] == [
        ALL,
        set(),
        {("PHONE", "06 12 34 56 78")},
        set(),
    ]
    assert analyzer.detect_batch(texts) == [analyzer.detect(t) for t in texts]
    assert analyzer.detect_batch([]) == []


@pytest.mark.parametrize(
    ("n_texts", "n_langs"),
    [pytest.param(2, 1, id="fewer-langs"), pytest.param(1, 2, id="more-langs"), pytest.param(0, 1, id="no-texts")],
)
def test_detect_batch_length_mismatch(n_texts: int, n_langs: int, analyzer: Analyzer) -> None:
    with pytest.raises(ConfigError, match="one per text") as info:
        analyzer.detect_batch(["a"] * n_texts, ["ko"] * n_langs)
    assert str(n_texts) in str(info.value)
    assert str(n_langs) in str(info.value)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param("Appelez le 06 12 34 56 78 demain", None, {("PHONE", "06 12 34 56 78")}, id="auto-french"),
        pytest.param("Appelez le 06 12 34 56 78 demain", "fr", {("PHONE", "06 12 34 56 78")}, id="forced-french"),
        pytest.param("Appelez le 06 12 34 56 78 demain", "ko", set(), id="forced-korean-reads-kr-plan"),
        pytest.param(
            "연락처 공일공 일이삼사 오육칠팔",
            None,
            {("PHONE", "공일공 일이삼사 오육칠팔")},
            id="auto-korean-hangul-digits",
        ),
        pytest.param("연락처 공일공 일이삼사 오육칠팔", "en", set(), id="forced-english-no-hangul-digits"),
        pytest.param(
            "연락처 공일공 일이삼사 오육칠팔", "KO", {("PHONE", "공일공 일이삼사 오육칠팔")}, id="lang-case-insensitive"
        ),
        pytest.param(
            "연락처 공일공 일이삼사 오육칠팔", "auto", {("PHONE", "공일공 일이삼사 오육칠팔")}, id="lang-auto-string"
        ),
    ],
)
def test_lang_auto_vs_forced(text: str, lang: str | None, expected: set[tuple[str, str]], analyzer: Analyzer) -> None:
    assert found(analyzer.detect(text, lang), text) == expected


def test_lang_language_enum(analyzer: Analyzer) -> None:
    text = "연락처 공일공 일이삼사 오육칠팔"
    assert analyzer.detect(text, gamyeong.Language.KO) == analyzer.detect(text, "ko")


@pytest.mark.parametrize(
    "lang", [pytest.param("de", id="german"), pytest.param("klingon", id="word"), pytest.param("", id="empty")]
)
def test_unknown_lang_is_config_error(lang: str, analyzer: Analyzer) -> None:
    with pytest.raises(ConfigError):
        analyzer.detect(TEXT, lang)


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(b"010-1234-5678", id="bytes"),
        pytest.param(None, id="none"),
        pytest.param(1012345678, id="int"),
        pytest.param(["010-1234-5678"], id="list"),
    ],
)
def test_non_str_input_is_input_error(value: object, analyzer: Analyzer) -> None:
    with pytest.raises(InputError) as info:
        analyzer.detect(value)  # type: ignore[arg-type]
    assert type(value).__name__ in str(info.value)
    assert "1234" not in str(info.value)
    assert isinstance(info.value, GamyeongError)


@pytest.mark.parametrize("lang", [None, "ko", "en", "fr"])
def test_empty_and_blank_text(lang: str | None, analyzer: Analyzer) -> None:
    assert analyzer.detect("", lang) == []
    assert analyzer.detect(" \n\t\u200b", lang) == []


def test_public_detect_reuses_one_analyzer() -> None:
    assert gamyeong.detect(TEXT, "ko") == gamyeong.detect(TEXT, "ko")
    from gamyeong import _default_analyzer

    assert _default_analyzer() is _default_analyzer()


def test_structured_labels_cover_the_fast_path() -> None:
    assert {"PHONE", "EMAIL", "KR_RRN"} <= set(gamyeong.STRUCTURED_LABELS)
    assert not {"PERSON", "ADDRESS", "DATE_OF_BIRTH"} & set(gamyeong.STRUCTURED_LABELS)


def test_warm_up_without_models_leaves_spacy_unloaded() -> None:
    """A run worker warms up without the spaCy models: a Korean corpus never loads them (seconds, ~150 MB)."""
    import subprocess
    import sys

    code = (
        "import sys; from gamyeong.datasets.work import worker_analyzer; a = worker_analyzer('balanced'); "
        "assert 'spacy' not in sys.modules; spans = a.detect('담당자 김민준 과장 010-1234-5678', 'ko'); "
        "assert 'spacy' not in sys.modules and len(spans) == 2, spans; "
        "a.detect('Call Mercer Quon tomorrow about Apple.', 'en'); assert 'spacy' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_detect_batch_runs_detector_by_detector_to_the_same_spans(analyzer: Analyzer) -> None:
    # detect_batch runs each detector over the whole batch before the next one: each document's spans, scores and
    # explanations are still those detect finds for it alone
    texts = [
        TEXT,
        "담당자 김민준 과장, 연락처 010-1234-5678, 주소 서울 강남구 테헤란로 123",
        "",
        "성명: 이서연 (여, 29세) 계좌 110-123-456789 카드 4111 1111 1111 1111",
        "Bonjour, ici Camille Ravel, née le 15 mars 1990, tél. 06 12 34 56 78.",
        "Hi, this is Dana Whitfield, SSN 123-45-6789, dana@example.com",
        "민준아, 지우 씨한테 물어봐",
    ] * 3
    langs: list[str | None] = ["ko", "ko", None, "ko", "fr", "en", "ko"] * 3

    def full(spans: list[Span]) -> list[tuple[object, ...]]:
        return [(s.start, s.end, s.label, s.score, s.detector, s.explanation) for s in spans]

    batch = analyzer.detect_batch(texts, langs)
    alone = [analyzer.detect(t, lang) if t else [] for t, lang in zip(texts, langs, strict=True)]
    assert [full(b) for b in batch] == [full(a) for a in alone]
