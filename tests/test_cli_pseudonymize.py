"""pseudonymize / restore / keys / vault / ledger through the CLI: round trips, the record, no leaks."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gamyeong.cli import app
from gamyeong.identifiers.kr import rrn

runner = CliRunner()
PURPOSE = "상담 챗봇 응답 품질 개선을 위한 LLM 미세조정"
RRN = "900101123456" + rrn.calc_check_digit("900101123456")
RECORDS = [
    {"id": 1, "text": "연락처 010-2718-2818, 메일 planted.person@example.org 입니다.", "keep": "x"},
    {"id": 2, "text": f"주민번호 {RRN[:6]}-{RRN[6:]} 카드 4111 1111 1111 1111"},
    {"id": 3, "text": "Call me at (415) 555-0132, IBAN FR76 3000 6000 0112 3456 7890 189."},
]
PLANTED = ["010-2718-2818", "planted.person", RRN[:6], RRN[6:], "4111 1111 1111 1111", "555-0132", "FR76 3000"]


@pytest.fixture
def setup(tmp_path: Path) -> dict[str, Path]:
    secrets, data, out = tmp_path / "secrets", tmp_path / "data", tmp_path / "out"
    for d in (secrets, data, out):
        d.mkdir()
    src = data / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    assert runner.invoke(app, ["keys", "new", "-o", str(secrets / "key.json")]).exit_code == 0
    assert runner.invoke(app, ["vault", "new-key", "-o", str(secrets / "vault.key")]).exit_code == 0
    return {"secrets": secrets, "src": src, "out": out, "ledger": secrets / "ledger.sqlite"}


def _outputs(result: object, *paths: Path) -> str:
    texts = [getattr(result, "stdout", ""), getattr(result, "stderr", "")]
    texts += [p.read_text(encoding="utf-8") for p in paths if p.exists()]
    return "\n".join(texts)


def test_training_run_writes_no_planted_value_and_a_verifiable_record(setup: dict[str, Path]) -> None:
    out = setup["out"] / "train.jsonl"
    args = ["pseudonymize", str(setup["src"]), "--key", str(setup["secrets"] / "key.json"), "--purpose", PURPOSE,
            "--ledger", str(setup["ledger"]), "-o", str(out)]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "3 read = 3 written + 0 blocked + 0 bad" in " ".join(result.stderr.split())
    leaked = [v for v in PLANTED if v in _outputs(result, out)]
    assert leaked == []
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["keep"] == "x"  # other fields pass through
    assert all("_gamyeong_spans" in line for line in lines)
    again = setup["out"] / "again.jsonl"
    assert runner.invoke(app, [*args[:-1], str(again)]).exit_code == 0
    assert again.read_bytes() == out.read_bytes()  # same key, same purpose: byte-identical
    verify = runner.invoke(app, ["ledger", "verify", "--ledger", str(setup["ledger"])])
    assert verify.exit_code == 0
    assert "2 entries" in verify.stdout
    export = runner.invoke(app, ["ledger", "export", "--ledger", str(setup["ledger"])])
    record = json.loads(export.stdout.splitlines()[0])["record"]
    assert record["purpose"] == PURPOSE
    assert record["labels"]["KR_RRN"] == {"redact": 1}
    assert [v for v in PLANTED if v in export.stdout] == []


def test_tampered_ledger_is_detected(setup: dict[str, Path]) -> None:
    args = ["pseudonymize", str(setup["src"]), "--key", str(setup["secrets"] / "key.json"), "--purpose", PURPOSE,
            "--ledger", str(setup["ledger"]), "-o", str(setup["out"] / "o.jsonl")]  # fmt: skip
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, args).exit_code == 0
    with sqlite3.connect(setup["ledger"]) as db:
        db.execute("DROP TRIGGER IF EXISTS gamyeong_ledger_no_update")
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
        for name in names:
            db.execute(f"DROP TRIGGER {name}")
        db.execute("UPDATE gamyeong_ledger SET record = replace(record, 'research', 'statistics') WHERE seq = 1")
    result = runner.invoke(app, ["ledger", "verify", "--ledger", str(setup["ledger"])])
    assert result.exit_code == 1
    assert "TAMPERED" in result.stdout


def test_gateway_round_trip_restores_every_record_without_an_rrn(setup: dict[str, Path]) -> None:
    vault = str(setup["secrets"] / "vault.sqlite")
    vkey = str(setup["secrets"] / "vault.key")
    out, back = setup["out"] / "gw.jsonl", setup["out"] / "back.jsonl"
    result = runner.invoke(app, ["pseudonymize", str(setup["src"]), "--policy", "gateway", "--vault", vault,
                                 "--vault-key", vkey, "--purpose", PURPOSE, "--ledger", str(setup["ledger"]),
                                 "-o", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [v for v in PLANTED if v in _outputs(result, out)] == []
    restored = runner.invoke(app, ["restore", str(out), "--vault", vault, "--vault-key", vkey, "-o", str(back)])
    assert restored.exit_code == 0, restored.output
    got = [json.loads(line) for line in back.read_text(encoding="utf-8").splitlines()]
    assert got[0] == RECORDS[0]
    assert got[2] == RECORDS[2]
    assert got[1]["text"] == "주민번호 [KR_RRN] 카드 4111 1111 1111 1111"  # the RRN is deleted, never tokenized


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        pytest.param(["--purpose", "AI 학습"], "vague", id="vague-purpose"),
        pytest.param(["--purpose", PURPOSE, "--policy", "nosuch"], "built-in", id="unknown-policy"),
        pytest.param(["--purpose", PURPOSE, "--policy", "gateway"], "--vault", id="gateway-without-vault"),
    ],
)
def test_usage_errors(setup: dict[str, Path], extra: list[str], message: str) -> None:
    result = runner.invoke(app, ["pseudonymize", str(setup["src"]), "--key", str(setup["secrets"] / "key.json"),
                                 "--ledger", str(setup["ledger"]), *extra])  # fmt: skip
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())


def test_output_next_to_the_key_is_refused(setup: dict[str, Path]) -> None:
    result = runner.invoke(app, ["pseudonymize", str(setup["src"]), "--key", str(setup["secrets"] / "key.json"),
                                 "--purpose", PURPOSE, "-o", str(setup["secrets"] / "out.jsonl")])  # fmt: skip
    assert result.exit_code == 2
    assert "apart" in " ".join(result.stderr.split())
    assert not (setup["secrets"] / "out.jsonl").exists()


def test_vault_forget_erases_and_records(setup: dict[str, Path], tmp_path: Path) -> None:
    vault = str(setup["secrets"] / "vault.sqlite")
    vkey = str(setup["secrets"] / "vault.key")
    out = setup["out"] / "gw.jsonl"
    runner.invoke(app, ["pseudonymize", str(setup["src"]), "--policy", "gateway", "--vault", vault, "--vault-key",
                        vkey, "--purpose", PURPOSE, "--ledger", str(setup["ledger"]), "-o", str(out)])  # fmt: skip
    values = tmp_path / "subject.txt"
    values.write_text("010 2718 2818\n", encoding="utf-8")
    result = runner.invoke(app, ["vault", "forget", "--vault", vault, "--vault-key", vkey, "--label", "PHONE",
                                 "--values", str(values), "--ledger", str(setup["ledger"])])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "erased 1" in result.stderr
    back = runner.invoke(app, ["restore", str(out), "--vault", vault, "--vault-key", vkey])
    assert "010-2718-2818" not in back.stdout
    assert "not restored" in back.stderr
