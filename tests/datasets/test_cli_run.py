"""``gamyeong run`` through the CLI: the summary line, --strict, usage errors that say what to do, no values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from run_corpus import PURPOSE, planted, records, write_jsonl
from typer.testing import CliRunner

from gamyeong.cli import app

runner = CliRunner()


@pytest.fixture
def setup(tmp_path: Path) -> dict[str, Path]:
    secrets, data = tmp_path / "secrets", tmp_path / "data"
    secrets.mkdir()
    data.mkdir()
    assert runner.invoke(app, ["keys", "new", "-o", str(secrets / "key.json")]).exit_code == 0
    src = write_jsonl(data / "in.jsonl", records(12), {4: "{not json"})
    return {"key": secrets / "key.json", "src": src, "out": tmp_path / "out"}


def _args(setup: dict[str, Path], *extra: str) -> list[str]:
    return ["run", "-i", str(setup["src"]), "-o", str(setup["out"]), "--key", str(setup["key"]),
            "--purpose", PURPOSE, "--workers", "1", "--shard-size", "5", *extra]  # fmt: skip


def test_run_prints_the_balance_and_never_a_value(setup: dict[str, Path]) -> None:
    result = runner.invoke(app, _args(setup, "--report-lang", "fr"))
    assert result.exit_code == 0, result.output
    assert "records: 12 read = 11 written + 1 quarantined + 0 filtered" in result.output
    assert "gamyeong-report.html" in result.output
    for n in range(12):
        for value in planted(n):
            assert value not in result.output
    assert "Échantillon de contrôle" in (setup["out"] / "gamyeong-report.html").read_text(encoding="utf-8")


def test_strict_exits_1_when_records_were_quarantined(setup: dict[str, Path]) -> None:
    assert runner.invoke(app, _args(setup, "--strict")).exit_code == 1


def test_domains_file_and_dump_filter(setup: dict[str, Path], tmp_path: Path) -> None:
    rows = [{"id": 1, "url": "https://people.example-aggregator.com/x", "text": "hi"}, {"id": 2, "text": "hello"}]
    setup["src"] = write_jsonl(setup["src"].with_name("scraped.jsonl"), rows)
    domains = tmp_path / "domains.txt"
    domains.write_text("# sites to skip\nexample-aggregator.com\n", encoding="utf-8")
    result = runner.invoke(app, _args(setup, "--domains-file", str(domains), "--dump-min-findings", "3"))
    assert result.exit_code == 0, result.output
    assert "2 read = 1 written + 0 quarantined + 1 filtered" in result.output
    (entry,) = [
        json.loads(x) for p in Path(f"{setup['out']}.filtered").glob("*.jsonl") for x in p.read_text().splitlines()
    ]
    assert entry["kind"] == "people-search domain"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        pytest.param(["--purpose", "AI 학습"], "purpose", id="vague-purpose"),
        pytest.param(["--policy", "nope"], "policy", id="unknown-policy"),
        pytest.param(["--field", "a..b"], "field path", id="bad-field"),
        pytest.param(
            ["--domains-file", "/nonexistent/domains.txt"], "cannot read the domain list", id="no-domains-file"
        ),
    ],
)
def test_usage_errors(setup: dict[str, Path], extra: list[str], message: str) -> None:
    result = runner.invoke(app, _args(setup, *extra))
    assert result.exit_code == 2
    assert message in result.output.replace("\n", " ")


def test_output_next_to_the_key_is_refused(setup: dict[str, Path]) -> None:
    setup["out"] = setup["key"].parent / "clean"
    result = runner.invoke(app, _args(setup))
    assert result.exit_code == 2
    assert "also holds the key file" in result.output.replace("\n", " ")


def test_a_key_is_required_for_keyed_policies(setup: dict[str, Path]) -> None:
    args = [a for a in _args(setup) if a not in ("--key", str(setup["key"]))]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "GAMYEONG_KEY" in result.output.replace("\n", " ")
