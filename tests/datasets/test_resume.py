"""A run killed with SIGKILL (parent and workers) and rerun loses nothing and writes nothing twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from run_corpus import PURPOSE, read_outputs, records, write_jsonl

pytestmark = pytest.mark.slow


def _command(src: Path, out: Path, key: Path) -> list[str]:
    return [sys.executable, "-m", "gamyeong", "run", "-i", str(src), "-o", str(out), "--key", str(key),
            "--purpose", PURPOSE, "--shard-size", "100", "--workers", "2"]  # fmt: skip


def test_kill_9_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    secrets, data = tmp_path / "secrets", tmp_path / "data"
    secrets.mkdir()
    data.mkdir()
    key = secrets / "key.json"
    subprocess.run([sys.executable, "-m", "gamyeong", "keys", "new", "-o", str(key)], check=True,
                   capture_output=True)  # fmt: skip
    n = 3000
    src = write_jsonl(data / "in.jsonl", records(n), {17: "{broken", 2500: "[]"})
    out = tmp_path / "out"
    env = {**os.environ, "GAMYEONG_LEDGER": str(secrets / "ledger.sqlite")}
    proc = subprocess.Popen(_command(src, out, key), env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    done_dir = out / "_gamyeong" / "done"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if done_dir.exists() and len(list(done_dir.glob("*.json"))) >= 4:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed; make the corpus larger"
    os.killpg(proc.pid, signal.SIGKILL)  # the whole process group: parent and workers, mid-shard
    proc.wait()
    finished = len(list(done_dir.glob("*.json")))
    assert 4 <= finished < 30
    rerun = subprocess.run(_command(src, out, key), check=False, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{30 - finished} run now" in rerun.stderr.replace("\n", " ")
    assert "records: 3,000 read = 2,998 written + 2 quarantined + 0 filtered" in rerun.stderr.replace("\n", " ")
    ids = [r["id"] for r in read_outputs(out)]
    assert len(ids) == len(set(ids)) == n - 2  # nothing twice, nothing lost
    assert set(ids) == {f"r{i}" for i in range(n)} - {"r17", "r2500"}
    quarantined = [json.loads(x) for p in Path(f"{out}.quarantine").glob("*.jsonl") for x in p.read_text().splitlines()]
    assert sorted(q["line"] for q in quarantined) == [18, 2501]
    assert not list(out.glob(".*.tmp"))  # leftovers of the killed workers are swept
