"""Custom rules from TOML: patterns, term lists, context words, allow-lists, and configuration errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from gamyeong import Analyzer, load_custom_rules
from gamyeong.errors import ConfigError

RULES = """
[[patterns]]
label = "CUSTOM_EMPLOYEE_ID"
regex = 'EMP-\\d{6}'

[[patterns]]
label = "CUSTOM_TICKET"
regex = 'T\\d{5}'
score = 0.95
context = ["사번", "employee"]

[[terms]]
label = "CUSTOM_PROJECT"
terms = ["Project Falcon", "팰컨 프로젝트"]

[allow]
values = ["02-123-4567", "help@example.com"]
"""


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory: pytest.TempPathFactory) -> Analyzer:
    path = tmp_path_factory.mktemp("custom") / "rules.toml"
    path.write_text(RULES, encoding="utf-8")
    return Analyzer(custom=path)


def found(analyzer: Analyzer, text: str, lang: str = "ko") -> set[tuple[str, str]]:
    return {(str(s.label), s.text(text)) for s in analyzer.detect(text, lang)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("직원 EMP-123456 입니다", {("CUSTOM_EMPLOYEE_ID", "EMP-123456")}, id="pattern"),
        pytest.param("EMP-12345 입니다", set(), id="pattern-too-short"),
        pytest.param(
            "직원 EMP－１２３４５６", {("CUSTOM_EMPLOYEE_ID", "EMP－１２３４５６")}, id="pattern-fullwidth-normalized"
        ),
        pytest.param("project falcon 회의", {("CUSTOM_PROJECT", "project falcon")}, id="terms-lowercase"),
        pytest.param("PROJECT FALCON kickoff", {("CUSTOM_PROJECT", "PROJECT FALCON")}, id="terms-uppercase"),
        pytest.param("팰컨 프로젝트 시작", {("CUSTOM_PROJECT", "팰컨 프로젝트")}, id="terms-korean"),
        pytest.param("사번 T12345", {("CUSTOM_TICKET", "T12345")}, id="context-word-before"),
        pytest.param("the employee T12345", {("CUSTOM_TICKET", "T12345")}, id="context-word-english"),
        pytest.param("코드 T12345 입니다", set(), id="context-word-missing"),
        pytest.param("대표 02-123-4567", set(), id="allow-same-form"),
        pytest.param("대표 02 123 4567", set(), id="allow-spaces"),
        pytest.param("대표 (02) 123-4567", set(), id="allow-parentheses"),
        pytest.param("대표 02.123.4567", set(), id="allow-dots"),
        pytest.param("연락 02-123-4568", {("PHONE", "02-123-4568")}, id="allow-is-exact-not-prefix"),
        pytest.param("메일 HELP@example.com", set(), id="allow-case-insensitive"),
        pytest.param(
            "직원 EMP-123456 \ud83d 팰컨 프로젝트",
            {("CUSTOM_EMPLOYEE_ID", "EMP-123456"), ("CUSTOM_PROJECT", "팰컨 프로젝트")},
            id="lone-surrogate-before-a-term",
        ),
        pytest.param(
            "연락처 010-1234-5678, 직원 EMP-123456",
            {("PHONE", "010-1234-5678"), ("CUSTOM_EMPLOYEE_ID", "EMP-123456")},
            id="builtin-and-custom-together",
        ),
    ],
)
def test_custom_rules(analyzer: Analyzer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(analyzer, text) == expected


def test_custom_span_score_and_detector(analyzer: Analyzer) -> None:
    (span,) = analyzer.detect("사번 T12345", "ko")
    assert span.score == pytest.approx(0.95)
    assert span.detector == "custom:CUSTOM_TICKET"


def test_custom_label_filter_per_call(analyzer: Analyzer) -> None:
    text = "연락처 010-1234-5678, 직원 EMP-123456"
    spans = analyzer.detect(text, "ko", labels=["CUSTOM_EMPLOYEE_ID"])
    assert [(s.label, s.text(text)) for s in spans] == [("CUSTOM_EMPLOYEE_ID", "EMP-123456")]


def test_rules_from_dict_equal_rules_from_file(tmp_path: Path) -> None:
    import tomllib

    path = tmp_path / "r.toml"
    path.write_text(RULES, encoding="utf-8")
    assert load_custom_rules(path) == load_custom_rules(tomllib.loads(RULES)) == load_custom_rules(str(path))


def test_case_sensitive_terms() -> None:
    rules = load_custom_rules({"terms": [{"label": "CUSTOM_P", "terms": ["Falcon"], "case_sensitive": True}]})
    analyzer = Analyzer(labels=["CUSTOM_P"], custom=rules)
    assert found(analyzer, "Falcon and falcon", "en") == {("CUSTOM_P", "Falcon")}


def test_only_custom_labels(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_text(RULES, encoding="utf-8")
    analyzer = Analyzer(labels=["CUSTOM_EMPLOYEE_ID"], custom=path)
    assert found(analyzer, "010-1234-5678 EMP-123456") == {("CUSTOM_EMPLOYEE_ID", "EMP-123456")}


@pytest.mark.parametrize(
    ("toml", "fix"),
    [
        pytest.param('[[patterns]]\nlabel = "EMPLOYEE_ID"\nregex = "E\\\\d+"\n', "CUSTOM_", id="label-without-prefix"),
        pytest.param('[[patterns]]\nlabel = "CUSTOM_bad-name"\nregex = "E\\\\d+"\n', "CUSTOM_", id="label-bad-chars"),
        pytest.param('[[patterns]]\nregex = "E\\\\d+"\n', "CUSTOM_", id="label-missing"),
        pytest.param('[[patterns]]\nlabel = "CUSTOM_X"\nregex = "(?<=EMP)\\\\d+"\n', "RE2", id="re2-lookbehind"),
        pytest.param('[[patterns]]\nlabel = "CUSTOM_X"\nregex = "(a)\\\\1"\n', "RE2", id="re2-backreference"),
        pytest.param('[[patterns]]\nlabel = "CUSTOM_X"\nregex = "[a-"\n', "RE2", id="regex-unbalanced"),
        pytest.param('[[patterns]]\nlabel = "CUSTOM_X"\n', "regex", id="regex-missing"),
        pytest.param('[[pattern]]\nlabel = "CUSTOM_X"\nregex = "a"\n', "[[patterns]]", id="unknown-section"),
        pytest.param('[[patterns]]\nlabel = "CUSTOM_X"\nregex = "a"\nscore = 1.5\n', "(0, 1]", id="score-above-1"),
        pytest.param('[[patterns]]\nlabel = "CUSTOM_X"\nregex = "a"\nscore = 0\n', "(0, 1]", id="score-zero"),
        pytest.param('[[patterns]]\nlabel = "CUSTOM_X"\nregex = "a"\nscore = "high"\n', "score", id="score-text"),
        pytest.param(
            '[[patterns]]\nlabel = "CUSTOM_X"\nregex = "a"\ncontext = "사번"\n', "list", id="context-not-list"
        ),
        pytest.param('[[terms]]\nlabel = "CUSTOM_X"\nterms = ["ok", ""]\n', "non-empty", id="terms-blank-item"),
        pytest.param('[allow]\nvalues = "x"\n', "[allow]", id="allow-not-list"),
        pytest.param("[[patterns]\nlabel=", "TOML", id="not-toml"),
        pytest.param('[[patterns]]\nlabel = "CUSTOM_X"\nregx = "a"\n', "regex", id="misspelt-key"),
    ],
)
def test_config_errors_say_what_to_fix(tmp_path: Path, toml: str, fix: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_custom_rules(path)
    assert fix in str(info.value)
    assert "bad.toml" in str(info.value)  # names the file
    with pytest.raises(ConfigError):
        Analyzer(custom=path)


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match="no such file") as info:
        load_custom_rules(missing)
    assert str(missing) in str(info.value)


def test_file_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "cp949.toml"
    path.write_bytes('[[terms]]\nlabel = "CUSTOM_X"\nterms = ["홍길동"]\n'.encode("cp949"))
    with pytest.raises(ConfigError):
        load_custom_rules(path)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"patterns": ["EMP-\\d+"]}, id="pattern-entry-not-a-table"),
        pytest.param({"patterns": {"label": "CUSTOM_X", "regex": "a"}}, id="patterns-table-not-array"),
        pytest.param({"allow": ["02-123-4567"]}, id="allow-array-not-table"),
        pytest.param({"terms": ["Falcon"]}, id="terms-entry-not-a-table"),
    ],
)
def test_wrong_shapes_are_config_errors(data: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        load_custom_rules(data)


def test_empty_term_list() -> None:
    with pytest.raises(ConfigError, match="terms"):
        load_custom_rules({"terms": [{"label": "CUSTOM_X", "terms": []}]})


@pytest.mark.parametrize(
    "regex", [pytest.param("a*", id="star"), pytest.param("(?:)", id="empty-group"), pytest.param("x?", id="optional")]
)
def test_pattern_matching_empty_text_is_refused(regex: str) -> None:
    with pytest.raises(ConfigError, match="empty"):
        load_custom_rules({"patterns": [{"label": "CUSTOM_X", "regex": regex}]})


def test_boolean_score_is_refused() -> None:
    with pytest.raises(ConfigError, match="score"):
        load_custom_rules({"patterns": [{"label": "CUSTOM_X", "regex": "a", "score": True}]})


def test_config_error_never_echoes_allow_values(tmp_path: Path) -> None:
    """Allow-list entries are often personal data (a colleague's phone): errors must not quote them."""
    path = tmp_path / "bad.toml"
    path.write_text('[allow]\nvalues = ["010-9876-5432", ""]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_custom_rules(path)
    assert "9876" not in str(info.value)
