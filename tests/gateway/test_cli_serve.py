"""``gamyeong serve`` as a real process, ``gamyeong auditlog verify|export`` and ``gamyeong keys client-new``."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import openai
from servers import free_port
from standin import Recorder
from typer.testing import CliRunner

from gamyeong.cli import app
from gamyeong.gateway.settings import hash_client_key

runner = CliRunner()
PHONE = "010-2718-2818"


def test_serve_end_to_end_then_verify_and_export_the_audit_log(standin: tuple[str, Recorder], tmp_path: Path) -> None:
    port, audit = free_port(), tmp_path / "audit.sqlite"
    cmd = [sys.executable, "-m", "gamyeong", "serve", "--upstream", standin[0] + "/v1", "--port", str(port),
           "--audit-log", str(audit)]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "GAMYEONG_UPSTREAM_KEY": "sk-upstream-secret"})  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "gamyeong serve did not start"
            time.sleep(0.2)
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="x", max_retries=0)
        answer = client.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": f"번호 {PHONE}"}])
        assert answer.choices[0].message.content == f"번호 {PHONE}"
    finally:
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    assert "loopback only" in stderr
    assert PHONE not in stderr
    verify = runner.invoke(app, ["auditlog", "verify", "--audit-log", str(audit)])
    assert verify.exit_code == 0, verify.output
    assert "hash chain intact" in verify.output
    export = runner.invoke(app, ["auditlog", "export", "--audit-log", str(audit)])
    assert '"PHONE":1' in export.output
    assert PHONE not in export.output
    assert "sk-upstream-secret" not in export.output + stderr


def test_serve_refuses_a_public_address_without_client_keys() -> None:
    result = runner.invoke(app, ["serve", "--upstream", "http://127.0.0.1:9/v1", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "loopback" in result.output


def test_serve_needs_an_upstream() -> None:
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 2
    assert "--upstream" in result.output


def test_client_new_prints_a_key_and_its_hash_only(tmp_path: Path) -> None:
    result = runner.invoke(app, ["keys", "client-new", "support-bot"])
    assert result.exit_code == 0
    key = next(line for line in result.stdout.splitlines() if line.startswith("gmy-"))
    assert f'key_sha256 = "{hash_client_key(key)}"' in result.stdout
    assert 'name = "support-bot"' in result.stdout


def test_tampered_audit_log_is_detected(tmp_path: Path, gateway: dict[str, Any]) -> None:
    import sqlite3

    from gamyeong.gateway.auditlog import open_audit_log

    audit = tmp_path / "audit.sqlite"
    with open_audit_log(audit) as log:
        log.append({"kind": "exchange", "labels": {"PHONE": 1}})
        log.append({"kind": "exchange", "labels": {"EMAIL": 2}})
    with sqlite3.connect(audit) as db:
        db.execute("DROP TRIGGER gamyeong_audit_append_only")
        db.execute("UPDATE gamyeong_audit SET record = replace(record, '2', '0') WHERE seq = 2")
    result = runner.invoke(app, ["auditlog", "verify", "--audit-log", str(audit)])
    assert result.exit_code == 1
    assert "TAMPERED: entry #2" in result.output
