"""The ``gamyeong detect`` command: formats, options, exit codes and bad input (CliRunner and a real process)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from gamyeong.cli import app

pytestmark = pytest.mark.usefixtures("fast_cli")

GAMYEONG = Path(sys.executable).with_name("gamyeong")
runner = CliRunner()

DOC = "연락처 010-1234-5678, 메일 hong@naver.com 입니다.\n"


def invoke(*args: str | Path, input: bytes | str | None = None) -> Result:
    return runner.invoke(app, ["detect", *map(str, args)], input=input)


def flat(s: str) -> str:
    """Rich wraps long stderr lines at the terminal width: compare text with whitespace collapsed."""
    return " ".join(s.split())


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def labels_of(record: dict) -> list[str]:
    return [s["label"] for s in record["spans"]]


@pytest.fixture
def doc_file(tmp_path: Path) -> Path:
    path = tmp_path / "doc.txt"
    path.write_text(DOC, encoding="utf-8")
    return path


@pytest.fixture
def records_file(tmp_path: Path) -> Path:
    path = tmp_path / "recs.jsonl"
    lines = [
        {"id": "r1", "text": "연락처 010-1234-5678"},
        {"id": "r2", "text": "nothing to see"},
        {"id": "r3", "text": "mail hong@naver.com", "lang": "en"},
    ]
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return path


def test_plain_text_file(doc_file: Path) -> None:
    result = invoke(doc_file)
    assert result.exit_code == 0, result.stderr
    (record,) = jsonl(result.stdout)
    assert record["id"] == str(doc_file)
    assert record["lang"] == "ko"
    assert labels_of(record) == ["PHONE", "EMAIL"]
    phone = record["spans"][0]
    assert DOC[phone["start"] : phone["end"]] == "010-1234-5678"
    assert set(phone) == {"start", "end", "label", "score", "detector"}  # no text without --show-text
    assert result.stderr == ""  # one record: no summary line


def test_jsonl_records(records_file: Path) -> None:
    result = invoke(records_file)
    assert result.exit_code == 0
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == ["r1", "r2", "r3"]
    assert [labels_of(r) for r in records] == [["PHONE"], [], ["EMAIL"]]
    assert records[2]["lang"] == "en"  # the record's own lang field
    assert "3 read = 3 processed + 0 bad" in flat(result.stderr)


def test_jsonl_field_and_id_field(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"key": "k1", "body": "연락처 010-1234-5678", "text": "nothing"}\n', encoding="utf-8")
    result = invoke(path, "--field", "body", "--id-field", "key")
    assert result.exit_code == 0
    (record,) = jsonl(result.stdout)
    assert (record["id"], labels_of(record)) == ("k1", ["PHONE"])


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(DOC.encode(), [["PHONE", "EMAIL"]], id="plain-text"),
    ],
)
def test_stdin(data: bytes, expected: list[list[str]]) -> None:
    result = invoke("-", "--lang", "ko", input=data)
    assert result.exit_code == 0
    assert [labels_of(r) for r in jsonl(result.stdout)] == expected


def test_stdin_is_the_default() -> None:
    result = runner.invoke(app, ["detect"], input=DOC.encode())
    assert result.exit_code == 0
    assert [labels_of(r) for r in jsonl(result.stdout)] == [["PHONE", "EMAIL"]]


def test_format_json(records_file: Path) -> None:
    result = invoke(records_file, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [(r["id"], labels_of(r)) for r in data] == [("r1", ["PHONE"]), ("r2", []), ("r3", ["EMAIL"])]


def test_format_text(doc_file: Path) -> None:
    result = invoke(doc_file, "-f", "text")
    assert result.exit_code == 0
    assert result.stdout == f"# {doc_file}\n연락처 [PHONE], 메일 [EMAIL] 입니다.\n\n"


def test_format_table(records_file: Path) -> None:
    result = invoke(records_file, "--format", "table")
    assert result.exit_code == 0
    rows = [line for line in result.stdout.splitlines() if "│" in line]
    assert len(rows) == 2
    assert "r1" in rows[0]
    assert "PHONE" in rows[0]
    assert "[PHONE]" in rows[0]
    assert "r3" in rows[1]
    assert "EMAIL" in rows[1]


def test_unknown_format_is_usage_error(doc_file: Path) -> None:
    assert invoke(doc_file, "--format", "xml").exit_code == 2


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        pytest.param("PHONE", ["PHONE"], id="one"),
        pytest.param("email,phone", ["PHONE", "EMAIL"], id="lowercase-list"),
        pytest.param("structured", ["PHONE", "EMAIL"], id="structured"),
        pytest.param("KR_RRN", [], id="absent"),
    ],
)
def test_labels_option(doc_file: Path, labels: str, expected: list[str]) -> None:
    result = invoke(doc_file, "--labels", labels)
    assert result.exit_code == 0, result.stderr
    (record,) = jsonl(result.stdout)
    assert labels_of(record) == expected


def test_labels_with_no_structured_rule(doc_file: Path) -> None:
    result = invoke(doc_file, "--labels", "PERSON")
    assert result.exit_code == 0
    assert labels_of(jsonl(result.stdout)[0]) == []


def test_threshold_option(doc_file: Path) -> None:
    result = invoke(doc_file, "--threshold", "0.999")
    assert result.exit_code == 0
    assert labels_of(jsonl(result.stdout)[0]) == []
    assert invoke(doc_file, "--threshold", "1.5").exit_code == 2


@pytest.mark.parametrize(
    ("text", "flags", "code"),
    [
        pytest.param(DOC, ["--fail-on-findings"], 1, id="findings"),
        pytest.param("nothing here\n", ["--fail-on-findings"], 0, id="no-findings"),
        pytest.param(DOC, [], 0, id="findings-without-flag"),
    ],
)
def test_fail_on_findings(tmp_path: Path, text: str, flags: list[str], code: int) -> None:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    result = invoke(path, *flags)
    assert result.exit_code == code
    assert len(jsonl(result.stdout)) == 1  # output is still written


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--labels", "PHONES"], "unknown label", id="unknown-label"),
        pytest.param(["--lang", "de"], "", id="unknown-lang"),
        pytest.param(["--max-chars", "0"], "", id="max-chars-zero"),
    ],
)
def test_usage_errors(doc_file: Path, args: list[str], message: str) -> None:
    result = invoke(doc_file, *args)
    assert result.exit_code == 2
    assert message in flat(result.stderr)
    assert "Traceback" not in result.stderr


def test_missing_file(tmp_path: Path) -> None:
    result = invoke(tmp_path / "nope.txt")
    assert result.exit_code == 2
    assert "cannot open" in flat(result.stderr)
    assert "nope.txt" in result.stderr


def test_directory_instead_of_file(tmp_path: Path) -> None:
    result = invoke(tmp_path)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


def test_custom_rules_option(tmp_path: Path, doc_file: Path) -> None:
    rules = tmp_path / "r.toml"
    rules.write_text('[allow]\nvalues = ["hong@naver.com"]\n', encoding="utf-8")
    result = invoke(doc_file, "--custom", rules)
    assert result.exit_code == 0
    assert labels_of(jsonl(result.stdout)[0]) == ["PHONE"]
    bad = tmp_path / "bad.toml"
    bad.write_text('[[patterns]]\nlabel = "X"\nregex = "a"\n', encoding="utf-8")
    result = invoke(doc_file, "--custom", bad)
    assert result.exit_code == 2
    assert "CUSTOM_" in flat(result.stderr)


def test_output_file(tmp_path: Path, doc_file: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = invoke(doc_file, "-o", out)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert labels_of(jsonl(out.read_text(encoding="utf-8"))[0]) == ["PHONE", "EMAIL"]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        pytest.param("연락처 010-1234-5678 홍길동".encode("cp949"), ("UTF-8", "iconv"), id="cp949"),
        pytest.param("Tél 06 12 34 56 78, café".encode("latin-1"), ("UTF-8", "iconv"), id="latin1"),
        pytest.param(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", ("binary",), id="binary"),
    ],
)
def test_unreadable_plain_file(tmp_path: Path, data: bytes, words: tuple[str, ...]) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    result = invoke(path)
    assert result.exit_code == 2
    for word in words:
        assert word in flat(result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


BAD_LINES = b"\n".join(
    [
        b'{"id": "ok1", "text": "010-1234-5678"}',
        b'{"id": "x", "text": ',  # line 2: bad JSON
        b'{"id": "nofield", "body": "hi"}',  # line 3: missing field
        b'{"id": "num", "text": 12345}',  # line 4: not a string
        b'{"id": "long", "text": "' + b"a" * 100 + b'"}',  # line 5: over --max-chars 50
        b'{"id": "ok2", "text": "mail hong@naver.com"}',
        b'{"id": "enc", "text": "caf\xe9"}',  # line 7: not UTF-8
        b"",
    ]
)


def test_jsonl_bad_records_reported_rest_processed(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(BAD_LINES)
    errors = tmp_path / "errors.jsonl"
    result = invoke(path, "--max-chars", "50", "--errors", errors)
    assert result.exit_code == 0
    assert [r["id"] for r in jsonl(result.stdout)] == ["ok1", "ok2"]
    err = flat(result.stderr)
    for line in (2, 3, 4, 5, 7):
        assert f"line {line}" in err
    assert "line 1" not in err
    assert "line 6" not in err
    assert "7 read = 2 processed + 5 bad" in err
    bad = jsonl(errors.read_text(encoding="utf-8"))
    assert [b["line"] for b in bad] == [2, 3, 4, 5, 7]
    assert [b["id"] for b in bad] == [None, "nofield", "num", "long", None]
    assert all(set(b) == {"line", "id", "reason"} and b["reason"] for b in bad)


def test_summary_reconciles(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(BAD_LINES)
    result = invoke(path, "--max-chars", "50")
    m = re.search(r"records: (\d+) read = (\d+) processed \+ (\d+) bad; (\d+) span", flat(result.stderr))
    assert m is not None
    read, ok, bad, spans = map(int, m.groups())
    assert read == ok + bad
    assert ok == len(jsonl(result.stdout))
    assert spans == sum(len(r["spans"]) for r in jsonl(result.stdout))


@pytest.mark.parametrize(
    ("flags", "code"), [pytest.param(["--strict"], 1, id="strict"), pytest.param([], 0, id="lenient")]
)
def test_strict(tmp_path: Path, flags: list[str], code: int) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(BAD_LINES)
    assert invoke(path, "--max-chars", "50", *flags).exit_code == code


def test_jsonl_lone_surrogate_does_not_stop_the_run(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": 1, "text": "\\ud83d 010-1234-5678"}\n{"id": 2, "text": "ok"}\n', encoding="utf-8")
    result = invoke(path)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert [r["id"] for r in jsonl(result.stdout)][-1] == 2


def test_labels_command_and_version() -> None:
    result = runner.invoke(app, ["labels"])
    assert result.exit_code == 0
    assert "KR_RRN" in result.stdout
    assert "OTHER_ID" in result.stdout
    result = runner.invoke(app, ["version"])
    assert result.exit_code == 0
    assert "gamyeong" in result.stdout


# --- a real process ------------------------------------------------------------------------------------


def run_cli(*args: str | Path, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(GAMYEONG), *map(str, args)], input=stdin, capture_output=True, timeout=timeout, check=False
    )


@pytest.mark.skipif(not GAMYEONG.exists(), reason="console script not installed next to the interpreter")
def test_console_script_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(BAD_LINES)
    errors = tmp_path / "e.jsonl"
    proc = run_cli("detect", path, "--max-chars", "50", "--errors", errors, "--fail-on-findings")
    assert proc.returncode == 1
    assert [r["id"] for r in jsonl(proc.stdout.decode())] == ["ok1", "ok2"]
    assert "7 read = 2 processed + 5 bad" in flat(proc.stderr.decode())
    assert len(errors.read_text(encoding="utf-8").splitlines()) == 5


@pytest.mark.skipif(not GAMYEONG.exists(), reason="console script not installed next to the interpreter")
def test_console_script_stdin_and_usage_errors(tmp_path: Path) -> None:
    proc = run_cli("detect", "-", "--lang", "ko", stdin=DOC.encode())
    assert proc.returncode == 0
    assert labels_of(jsonl(proc.stdout.decode())[0]) == ["PHONE", "EMAIL"]
    proc = run_cli("detect", "-", stdin=b'{"id": 1, "text": "010-1234-5678"}\n{"id": 2, "text": "x"}\n')
    assert proc.returncode == 0
    assert [(r["id"], labels_of(r)) for r in jsonl(proc.stdout.decode())] == [(1, ["PHONE"]), (2, [])]
    bad = tmp_path / "cp949.txt"
    bad.write_bytes("홍길동 010-1234-5678".encode("cp949"))
    proc = run_cli("detect", bad)
    assert proc.returncode == 2
    err = flat(proc.stderr.decode())
    assert "UTF-8" in err
    assert "iconv" in err
    assert "Traceback" not in err
    proc = run_cli("detect", bad, "--labels", "NOPE")
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr


@pytest.mark.slow
@pytest.mark.skipif(not GAMYEONG.exists(), reason="console script not installed next to the interpreter")
@pytest.mark.parametrize("kind", ["text", "jsonl"])
def test_fifty_megabyte_single_line(tmp_path: Path, kind: str) -> None:
    size = 50 * 1024 * 1024
    filler = "가나다 abc 0123 " * (size // len("가나다 abc 0123 ".encode()) + 1)  # ~50 MB of UTF-8
    path = tmp_path / f"big.{'txt' if kind == 'text' else 'jsonl'}"
    if kind == "text":
        path.write_text(filler + " 010-1234-5678", encoding="utf-8")  # one line, ~50 MB of UTF-8
    else:
        path.write_text(json.dumps({"id": "big", "text": filler}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert path.stat().st_size > 45 * 1024 * 1024
    proc = run_cli("detect", path, timeout=300)
    err = flat(proc.stderr.decode())
    assert "Traceback" not in err
    if proc.returncode == 0 and proc.stdout.strip():
        (record,) = jsonl(proc.stdout.decode())  # processed
        assert "spans" in record
    else:
        assert proc.returncode in (0, 2)
        assert "--max-chars" in err  # reported as too long, with the option that changes it
