"""The blind-written name probes: well formed, every listed name in its sentence, and the report prints counts only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from probe_names import PROBES, main


@pytest.mark.parametrize("path", sorted(PROBES.glob("names-*.jsonl")), ids=lambda p: p.stem)
def test_probe_records_are_well_formed(path: Path) -> None:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert records
    for record in records:
        assert record["lang"] in ("ko", "fr", "en")
        for name in record.get("names", []):
            assert name in record["text"]


def test_the_report_prints_no_sentence_or_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main() == 0
    out = capsys.readouterr().out
    assert "names found" in out
    first = json.loads((PROBES / "names-ko-positives.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["names"][0] not in out
