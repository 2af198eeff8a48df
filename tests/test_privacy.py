"""Privacy of the tool itself: planted values never reach stdout, stderr, the errors file, reprs or
exception messages, unless --show-text asks for them (which proves the check can fail)."""

from __future__ import annotations

import json
import re
import sys
import traceback
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gamyeong import detect
from gamyeong.cli import app
from gamyeong.errors import GamyeongError
from gamyeong.identifiers import all_modules

sys.path.insert(0, str(Path(__file__).parent / "detect"))
from detect_cases import PLANTED

pytestmark = pytest.mark.usefixtures("fast_cli")
runner = CliRunner()

# Korean text holding every planted value, each with the context word that makes it unambiguous.
DOC = (
    f"홍길동 고객 주민번호 {PLANTED['rrn']}, 휴대폰 {PLANTED['phone']}, 메일 {PLANTED['email']} 으로 회신. "
    f"카드번호 {PLANTED['card']} 결제. Numéro de sécurité sociale {PLANTED['nir']}."
)


def digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def leaks(output: str) -> list[str]:
    """Planted values (as written, without separators, digits only) found in ``output``."""
    squeezed = re.sub(r"\s", "", output)  # rich wraps long lines: a value may be split by a newline
    found = []
    for name, value in PLANTED.items():
        forms = {value, re.sub(r"[\s-]", "", value)}
        if any(c.isdigit() for c in value) and name != "email":
            forms.add(digits(value))
        if any(f in output or f in squeezed for f in forms):
            found.append(name)
    return found


def test_the_document_finds_every_planted_value() -> None:
    spans = detect(DOC, "ko")
    covered = [s.text(DOC) for s in spans]
    for value in PLANTED.values():
        assert value in covered, value


def records_file(tmp_path: Path, *, bad: bool) -> Path:
    lines = [json.dumps({"id": "good-1", "text": DOC}, ensure_ascii=False).encode()]
    if bad:
        rrn, phone, email = PLANTED["rrn"], PLANTED["phone"], PLANTED["email"]
        lines += [
            b'{"id": "broken", "text": "' + rrn.encode() + b" " + phone.encode(),  # bad JSON
            json.dumps({"id": "nofield", "body": DOC}, ensure_ascii=False).encode(),  # missing field
            json.dumps({"id": "notstr", "text": [rrn, email]}).encode(),  # not a string
            json.dumps({"id": "toolong", "text": DOC * 50}, ensure_ascii=False).encode(),  # over --max-chars
            b'{"id": "latin1", "text": "' + f"caf\xe9 {phone} {rrn}".encode("latin-1") + b'"}',  # not UTF-8
            json.dumps({"id": "good-2", "text": DOC}, ensure_ascii=False).encode(),
        ]
    path = tmp_path / "recs.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


FORMATS = ["jsonl", "json", "text", "table"]


@pytest.mark.parametrize("explain", [pytest.param([], id="plain"), pytest.param(["--explain"], id="explain")])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bad", [pytest.param(False, id="good-records"), pytest.param(True, id="with-bad-records")])
def test_cli_never_prints_values(tmp_path: Path, fmt: str, explain: list[str], bad: bool) -> None:
    errors = tmp_path / "errors.jsonl"
    path = records_file(tmp_path, bad=bad)
    result = runner.invoke(
        app, ["detect", str(path), "--format", fmt, "--errors", str(errors), "--max-chars", "2000", *explain]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("KR_RRN") >= (2 if bad else 1)  # the good records were processed
    assert leaks(result.stdout) == []
    assert leaks(result.stderr) == []
    assert leaks(errors.read_text(encoding="utf-8")) == []
    if bad:
        assert len(errors.read_text(encoding="utf-8").splitlines()) == 5


@pytest.mark.parametrize("fmt", FORMATS)
def test_plain_text_document_never_printed(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(DOC, encoding="utf-8")
    result = runner.invoke(app, ["detect", str(path), "--format", fmt, "--lang", "ko", "--explain"])
    assert result.exit_code == 0
    assert leaks(result.stdout + result.stderr) == []


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text"])
def test_show_text_does_print_values(tmp_path: Path, fmt: str) -> None:
    path = records_file(tmp_path, bad=False)
    result = runner.invoke(app, ["detect", str(path), "--format", fmt, "--show-text"])
    assert result.exit_code == 0
    assert sorted(leaks(result.stdout)) == sorted(PLANTED)


def test_unreadable_input_error_never_prints_values(tmp_path: Path) -> None:
    path = tmp_path / "cp949.txt"
    path.write_bytes(DOC.replace("Numéro de sécurité sociale", "NIR").encode("cp949"))
    result = runner.invoke(app, ["detect", str(path)])
    assert result.exit_code == 2
    assert leaks(result.stdout + result.stderr) == []


def test_missing_field_report_does_not_list_personal_keys(tmp_path: Path) -> None:
    path = tmp_path / "keys.jsonl"
    path.write_text(json.dumps({PLANTED["email"]: {"phone": "x"}, PLANTED["phone"]: 1}) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["detect", str(path), "--errors", str(errors)])
    assert leaks(result.stderr + errors.read_text(encoding="utf-8")) == []


def test_span_repr_and_str_never_show_the_value() -> None:
    spans = detect(DOC, "ko")
    assert len(spans) >= len(PLANTED)
    for span in spans:
        assert leaks(repr(span)) == []
        assert leaks(str(span)) == []
        assert leaks(json.dumps(span.to_dict())) == []
        assert leaks(repr(span.explanation)) == []


# Broken versions of the planted values (wrong check digit, impossible month, bad key, bad syntax …), fed to
# every validator: each one that raises must not quote its input.
_BROKEN = [
    PLANTED["rrn"][:-1] + str((int(PLANTED["rrn"][-1]) + 1) % 10),
    PLANTED["rrn"].replace("0101", "1301", 1),
    PLANTED["rrn"],
    PLANTED["phone"].replace("010", "019", 1) + "9",
    PLANTED["phone"],
    PLANTED["email"].replace("@", "@@"),
    PLANTED["email"] + ".",
    PLANTED["card"][:-1] + str((int(PLANTED["card"][-1]) + 1) % 10),
    PLANTED["card"],
    PLANTED["nir"][:-1] + str((int(PLANTED["nir"][-1]) + 1) % 10),
    PLANTED["nir"],
    "999.888." + PLANTED["phone"],
    "FR76 3000 6000 0112 3456 " + digits(PLANTED["phone"]),
]


def _errors_of(module: object) -> list[tuple[str, GamyeongError]]:
    errors = []
    for value in _BROKEN:
        try:
            module.validate(value)  # type: ignore[attr-defined]
        except GamyeongError as exc:
            errors.append((value, exc))
    return errors


@pytest.mark.parametrize("module", all_modules(), ids=lambda m: m.name)
def test_validator_errors_never_quote_the_input(module: object) -> None:
    errors = _errors_of(module)
    assert errors  # every validator refuses some of the broken values
    for value, exc in errors:
        rendered = "".join(traceback.format_exception(exc))  # chained causes included (unless suppressed)
        assert value not in rendered
        assert leaks(str(exc)) == [], (value, str(exc))
        assert leaks(str(exc.__cause__ or "") + str(exc.__context__ or "")) == []


@pytest.mark.parametrize(
    "bad_input",
    [
        pytest.param(DOC.encode(), id="bytes"),
        pytest.param(bytearray(DOC.encode()), id="bytearray"),
        pytest.param([DOC], id="list"),
    ],
)
def test_analyzer_errors_never_quote_the_input(bad_input: object) -> None:
    with pytest.raises(GamyeongError) as info:
        detect(bad_input)  # type: ignore[arg-type]
    assert leaks(str(info.value)) == []
    assert leaks("".join(traceback.format_exception(info.value))) == []


# Names, addresses and birth dates are planted the same way: found, and never printed.
SOFT_PLANTED = {
    "ko-name": "남궁서윤",
    "ko-address": "서울특별시 강남구 테헤란로 521, 101동 1203호",
    "ko-dob": "1987년 4월 23일",
    "fr-name": "Clémence Vasseur",
    "fr-address": "12 bis rue de la Paix, 75002 Paris",
}
SOFT_DOCS = {
    "ko": (
        f"성명: {SOFT_PLANTED['ko-name']} 고객님, 주소 {SOFT_PLANTED['ko-address']}, 생년월일 {SOFT_PLANTED['ko-dob']}"
    ),
    "fr": f"Bonjour, je suis Mme {SOFT_PLANTED['fr-name']}, j'habite au {SOFT_PLANTED['fr-address']}.",
}


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table"])
@pytest.mark.parametrize("lang", ["ko", "fr"])
def test_soft_labels_found_and_never_printed(tmp_path: Path, fmt: str, lang: str) -> None:
    text = SOFT_DOCS[lang]
    planted = [v for k, v in SOFT_PLANTED.items() if k.startswith(lang)]
    covered = [s.text(text) for s in detect(text, lang)]
    assert sorted(covered) == sorted(planted)
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["detect", str(path), "--format", fmt, "--lang", lang, "--explain"])
    assert result.exit_code == 0
    squeezed = re.sub(r"\s", "", result.stdout + result.stderr)
    for value in planted:
        assert re.sub(r"\s", "", value) not in squeezed
