"""The hyperscan engine and the Python ``re`` fallback find exactly the same spans."""

from __future__ import annotations

import sys

import pytest
from detect_cases import ALL_CASES, long_document
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gamyeong import Analyzer
from gamyeong.detect.scanner import PatternDef, available_engines, make_scanner

pytestmark = pytest.mark.skipif("hyperscan" not in available_engines(), reason="hyperscan is not installed")

RE = Analyzer(engine="re")
HS = Analyzer(engine="hyperscan")


def keyed(text: str, analyzer: Analyzer, lang: str | None) -> list[tuple[int, int, str, float]]:
    return [(s.start, s.end, str(s.label), s.score) for s in analyzer.detect(text, lang)]


def with_detector(text: str, analyzer: Analyzer, lang: str | None) -> list[tuple[int, int, str, float, str]]:
    return [(s.start, s.end, str(s.label), s.score, s.detector) for s in analyzer.detect(text, lang)]


def test_engines_are_what_they_say() -> None:
    assert (RE.engine, HS.engine) == ("re", "hyperscan")


@pytest.mark.parametrize(("text", "lang", "expected"), [pytest.param(*p.values, id=p.id) for p in ALL_CASES])
def test_same_spans_on_named_cases(text: str, lang: str, expected: object) -> None:
    assert keyed(text, HS, lang) == keyed(text, RE, lang)


@pytest.mark.parametrize("lang", ["ko", "en", "fr", None])
def test_same_spans_on_long_document(lang: str | None) -> None:
    doc = long_document()
    hs = keyed(doc, HS, lang)
    assert hs == keyed(doc, RE, lang)
    assert len(hs) > 50  # the document is full of identifiers: both engines really found something


def test_same_spans_on_one_line_document() -> None:
    doc = " ".join(str(p.values[0]) for p in ALL_CASES)
    assert keyed(doc, HS, "ko") == keyed(doc, RE, "ko")


# Regression: the hyperscan path once re-matched inside windows with finditer(text, lo, hi), so at a window's
# end the right look-around saw end-of-text and '9017::19' glued to more digits ('x 9017::19001') was IPv6.


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("x 9017::19001", id="ipv6-glued-to-digits"),
        pytest.param("5678 9017::1900101-1234568", id="ipv6-glued-to-rrn"),
    ],
)
def test_window_edge_does_not_accept_a_glued_match(text: str) -> None:
    assert keyed(text, HS, "ko") == keyed(text, RE, "ko") == []


_PIECES = [
    "010-1234-5678", "900101-1234568", "4539 1234 5678 9017", "hong@naver.com", "192.168.0.1", "v1.2.3.4",
    "FR76 3000 6000 0112 3456 7890 189", "12가3456", "주민번호 ", "바코드 ", "으로 ", " ", "-", "0", "7",
    "가", "\u200b", "１", "https://github.com/x", "::1", "AB-123-CD", "회원번호 ", "\n", "😀", "é",
]  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from(["ko", "en", "fr"]))
@example(["010-1234-5678", "4539 1234 5678 9017", "::1", "900101-1234568"], "ko")
def test_same_spans_on_random_concatenations(pieces: list[str], lang: str) -> None:
    text = "".join(pieces)
    assert keyed(text, HS, lang) == keyed(text, RE, lang)


def test_same_detector_names_on_exact_ties() -> None:
    text = "연락처 +82 10-1234-5678"
    assert with_detector(text, HS, "ko") == with_detector(text, RE, "ko")


def test_same_spans_with_a_lone_surrogate() -> None:
    text = "\ud83d 010-1234-5678"  # half an emoji, as json.loads('"\\ud83d ..."') returns it
    assert keyed(text, HS, "ko") == keyed(text, RE, "ko") != []


def test_auto_falls_back_to_re_without_hyperscan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "hyperscan", None)  # import hyperscan → ImportError
    assert available_engines() == ["re"]
    patterns = [PatternDef("digits", r"\d{3}")]
    assert make_scanner(patterns, "auto").engine == "re"
    assert Analyzer(engine="auto").engine == "re"
    assert Analyzer(engine="auto").detect("연락처 010-1234-5678", "ko")[0].label == "PHONE"


def test_auto_prefers_hyperscan_when_installed() -> None:
    assert available_engines() == ["hyperscan", "re"]
    assert make_scanner([PatternDef("digits", r"\d{3}")], "auto").engine == "hyperscan"
    assert Analyzer(labels=["PHONE"]).engine == "hyperscan"


def test_forcing_hyperscan_without_it_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "hyperscan", None)
    with pytest.raises(ImportError):
        make_scanner([PatternDef("digits", r"\d{3}")], "hyperscan")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("ab 123 cd 4567", [(3, 6)], id="ascii"),
        pytest.param("가나 123 다 ４５６ 789", [(3, 6), (13, 16)], id="after-multibyte"),
        pytest.param("😀😀123😀", [(2, 5)], id="after-astral"),
        pytest.param("1234", [], id="longer-number-refused"),
    ],
)
@pytest.mark.parametrize("engine", ["re", "hyperscan"])
def test_scanner_offsets_are_str_offsets(engine: str, text: str, expected: list[tuple[int, int]]) -> None:
    scanner = make_scanner([PatternDef("three", r"\d{3}")], engine)  # type: ignore[arg-type]
    assert sorted((m.start, m.end) for m in scanner.scan(text)) == expected


def test_one_analyzer_detects_in_many_threads_at_once() -> None:
    """Two gateways in one process (or one warming up while another detects) share the compiled databases:
    concurrent scans must neither raise ``ScratchInUseError`` nor mix their matches."""
    import threading

    doc = long_document()
    expected = keyed(doc, HS, None)
    errors: list[BaseException] = []
    results: list[list[tuple[int, int, str, float]]] = []
    start = threading.Barrier(8)

    def work() -> None:
        try:
            start.wait()
            for _ in range(5):
                results.append(keyed(doc, HS, None))
        except BaseException as exc:  # reported below with its type
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [type(e).__name__ for e in errors] == []
    assert len(results) == 40
    assert all(r == expected for r in results)
