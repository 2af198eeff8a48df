"""Ray and Spark, as real local clusters, run the same shard work as the local pool: byte-identical output."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from run_corpus import PURPOSE, records, write_jsonl

from gamyeong.datasets import run
from gamyeong.errors import MissingDependencyError
from gamyeong.pseudonymize.keys import KeyRing

pytestmark = pytest.mark.slow
KEYS = KeyRing.generate()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("part-*"))}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("executors")
    (root / "data").mkdir()
    src = write_jsonl(root / "data" / "in.jsonl", records(60), {7: "{broken", 33: '"a string"'})
    out = root / "local"
    summary = run(src, out, purpose=PURPOSE, keys=KEYS, workers=2, shard_size=16)
    return {"root": root, "src": src, "summary": summary, "files": _files(out),
            "quarantine": _files(Path(f"{out}.quarantine"))}  # fmt: skip


@pytest.mark.parametrize("executor", ["ray", "spark"])
def test_same_bytes_as_the_local_pool(baseline: dict[str, Any], executor: str) -> None:
    out = baseline["root"] / executor
    summary = run(baseline["src"], out, purpose=PURPOSE, keys=KEYS, executor=executor, workers=2, shard_size=16)
    local = baseline["summary"]
    assert (summary.read, summary.written, summary.quarantined) == (local.read, local.written, local.quarantined)
    assert summary.shards_run == 4
    assert _files(out) == baseline["files"]
    assert _files(Path(f"{out}.quarantine")) == baseline["quarantine"]
    assert summary.findings == local.findings


@pytest.mark.parametrize(
    ("module", "package", "extra"),
    [pytest.param("ray", "ray", "ray", id="ray"), pytest.param("pyspark", "pyspark", "spark", id="spark")],
)
def test_a_missing_extra_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, module: str, package: str, extra: str
) -> None:
    import builtins

    real_import = builtins.__import__

    def no_module(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == module or name.startswith(module + "."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_module)
    (tmp_path / "data").mkdir()
    src = write_jsonl(tmp_path / "data" / "in.jsonl", records(2))
    with pytest.raises(MissingDependencyError, match=rf'pip install "gamyeong\[{extra}\]"'):
        run(src, tmp_path / "out", purpose=PURPOSE, keys=KEYS, executor=extra)  # type: ignore[arg-type]
