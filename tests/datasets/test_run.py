"""``gamyeong.datasets.run`` on the local executor: counts reconcile, quarantine and filters, formats, chat
paths, per-column policies, resumption, determinism, and nothing planted leaks into what it writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from run_corpus import PURPOSE, RRN, all_text, planted, read_outputs, records, write_jsonl

from gamyeong.datasets import Filters, run
from gamyeong.errors import ConfigError, GamyeongError
from gamyeong.pseudonymize.keys import KeyRing
from gamyeong.pseudonymize.ledger import open_ledger

KEYS = KeyRing.generate()


def _run(src: Path | str, out: Path, **kw: Any) -> Any:
    kw.setdefault("keys", KEYS)
    kw.setdefault("workers", 1)
    kw.setdefault("shard_size", 7)
    return run(src, out, purpose=PURPOSE, **kw)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    bad = {
        3: '{"id": "broken", "text": ',
        8: json.dumps({"id": "no-text", "body": "x"}),
        11: json.dumps({"id": "not-text", "text": 42}),
        15: "[1, 2]",
    }
    path = write_jsonl(tmp_path / "data" / "in.jsonl", records(30), bad)
    with path.open("ab") as fh:
        fh.write(b'{"id": "latin1", "text": "caf\xe9"}\n')
    return path


def test_counts_reconcile_and_every_bad_line_is_quarantined_by_number(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = _run(corpus, out)
    assert (summary.read, summary.written, summary.quarantined, summary.filtered) == (31, 26, 5, 0)
    assert summary.balanced
    entries = [
        json.loads(x) for p in sorted(Path(f"{out}.quarantine").glob("*.jsonl")) for x in p.read_text().splitlines()
    ]
    assert sorted(e["line"] for e in entries) == [4, 9, 12, 16, 31]
    kinds = {e["line"]: e["kind"] for e in entries}
    assert kinds == {4: "unreadable", 9: "missing field", 12: "not text", 16: "unreadable", 31: "unreadable"}
    assert next(e for e in entries if e["line"] == 31)["raw_base64"]  # not UTF-8: kept as bytes, not lost
    written = read_outputs(out)
    assert len(written) == 26
    assert len({r["id"] for r in written}) == 26
    assert all(r["lang_hint"] == "x" for r in written)  # other fields pass through


def test_nothing_planted_survives_anywhere(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    _run(corpus, out)
    text = all_text(out) + capsys.readouterr().err
    for n in range(30):
        if n not in (3, 8, 11, 15):
            for value in planted(n):
                assert value not in text
    assert RRN[:6] not in text


def test_one_and_two_workers_write_identical_bytes(corpus: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    _run(corpus, one, workers=1)
    _run(corpus, two, workers=2)
    names = sorted(p.name for p in one.glob("part-*"))
    assert names == sorted(p.name for p in two.glob("part-*"))
    assert all((one / n).read_bytes() == (two / n).read_bytes() for n in names)


def test_rerun_skips_finished_shards_and_records_once(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _run(corpus, out)
    again = _run(corpus, out)
    assert (again.shards_run, again.read, again.written) == (0, first.read, first.written)
    assert again.ledger_entry == first.ledger_entry
    marker = next((out / "_gamyeong" / "done").glob("*.json"))
    marker.unlink()
    redo = _run(corpus, out)
    assert redo.shards_run == 1
    assert (redo.read, redo.written, redo.quarantined) == (first.read, first.written, first.quarantined)
    with open_ledger(None) as ledger:
        kinds = [e.record.get("kind") for e in ledger.entries()]
    assert kinds.count("run") == 2  # the first run and the run that redid a shard


def test_other_settings_on_the_same_output_are_refused(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(corpus, out)
    with pytest.raises(ConfigError, match="different run"):
        _run(corpus, out, policy="share")
    assert _run(corpus, out, policy="share", overwrite=True).shards_run > 0


def test_non_gamyeong_output_folder_is_refused(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "precious.txt").write_text("x")
    with pytest.raises(ConfigError, match="not empty"):
        _run(corpus, out)


def test_chat_messages_and_per_field_policies(tmp_path: Path) -> None:
    rows = [
        {"id": 1, "messages": [{"role": "user", "content": "제 번호는 010-2718-0001 입니다"},
                               {"role": "assistant", "content": None, "tool_calls": []}],
         "prompt": "메일 planted1@example.org"},
    ]  # fmt: skip
    src = write_jsonl(tmp_path / "chat.jsonl", rows)
    out = tmp_path / "out"
    _run(src, out, fields=["messages[*].content", "prompt=share"])
    (got,) = read_outputs(out)
    assert "010-2718-0001" not in got["messages"][0]["content"]
    assert got["messages"][0]["content"].startswith("제 번호는 PHONE-")  # training: hmac
    assert got["messages"][1] == {"role": "assistant", "content": None, "tool_calls": []}
    assert got["prompt"] == "메일 [EMAIL_1]"  # share: numbered tags


def test_filters_set_records_aside_and_counts_add_up(tmp_path: Path) -> None:
    dump = " ".join(f"010-2718-{i:04d} planted{i}@example.org" for i in range(8))
    rows = [
        {"id": 1, "url": "https://www.spokeo.com/Jane-Doe", "text": "Jane Doe, 42, lives in Springfield"},
        {"id": 2, "url": "https://blog.example.org/post", "text": "연락처 010-2718-0002 입니다"},
        {"id": 3, "text": dump},
    ]
    src = write_jsonl(tmp_path / "scraped.jsonl", rows)
    out = tmp_path / "out"
    filters = Filters(drop_domains=frozenset({"spokeo.com"}), dump_min_findings=10, dump_density=2.0)
    summary = _run(src, out, filters=filters)
    assert (summary.read, summary.written, summary.filtered) == (3, 1, 2)
    aside = [json.loads(x) for p in Path(f"{out}.filtered").glob("*.jsonl") for x in p.read_text().splitlines()]
    assert sorted(e["kind"] for e in aside) == ["identity dump", "people-search domain"]


def test_csv_and_parquet_keep_their_columns(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    csv_src = tmp_path / "in.csv"
    csv_src.write_text(
        'id,note,phone\n1,"평범한 메모, 쉼표 포함",010-2718-0001\n2,"줄\n바꿈",010-2718-0002\n', encoding="utf-8"
    )
    out = tmp_path / "csv-out"
    _run(csv_src, out, fields=["phone=share"])
    text = (out / "part-0000-000000.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "id,note,phone"
    assert "[PHONE_1]" in text
    assert "010-2718" not in text
    assert '"줄\n바꿈"' in text  # the untouched column stays as it was

    pq_src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [1, 2], "text": ["연락처 010-2718-0003", "없음"], "score": [0.5, 1.5]}), pq_src)
    pq_out = tmp_path / "pq-out"
    _run(pq_src, pq_out)
    table = pq.read_table(pq_out / "part-0000-000000.parquet")
    assert table.schema == pq.read_table(pq_src).schema
    assert table.column("score").to_pylist() == [0.5, 1.5]
    assert "010-2718-0003" not in table.column("text").to_pylist()[0]
    _run(pq_src, tmp_path / "pq-jsonl", out_format="jsonl")
    assert [r["id"] for r in read_outputs(tmp_path / "pq-jsonl")] == [1, 2]


def test_report_and_processing_record(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = _run(corpus, out, report_lang="ko")
    data = json.loads((out / "gamyeong-report.json").read_text(encoding="utf-8"))
    assert (
        data["records"]["read"]
        == data["records"]["written"] + data["records"]["quarantined"] + data["records"]["filtered"]
    )
    assert data["findings"]["PHONE"] >= 10
    assert 0 < len(data["sample"]) <= 20
    html = (out / "gamyeong-report.html").read_text(encoding="utf-8")
    assert "<svg" in html
    assert "검수 표본" in html
    with open_ledger(None) as ledger:
        entry = list(ledger.entries())[-1]
    assert entry.seq == summary.ledger_entry
    assert entry.record["records"]["filtered"] == 0
    assert entry.record["job_id"] == summary.job_id


def test_the_sample_is_the_same_whoever_runs_it(corpus: Path, tmp_path: Path) -> None:
    a = _run(corpus, tmp_path / "a", workers=1, shard_size=5)
    b = _run(corpus, tmp_path / "b", workers=2, shard_size=5)
    assert [(s["source"], s["line"]) for s in a.samples] == [(s["source"], s["line"]) for s in b.samples]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"executor": "dask"}, "unknown executor", id="executor"),
        pytest.param({"out_format": "xml"}, "unknown output format", id="format"),
        pytest.param({"fields": []}, "at least one field", id="no-field"),
        pytest.param({"fields": ["a..b"]}, "field path", id="bad-path"),
        pytest.param({"report_lang": "de"}, "report language", id="report-lang"),
    ],
)
def test_bad_settings_say_what_to_do(corpus: Path, tmp_path: Path, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(GamyeongError, match=message):
        _run(corpus, tmp_path / "out", **kwargs)


def test_input_inside_the_output_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    src = write_jsonl(out / "in.jsonl", records(2))
    with pytest.raises(ConfigError, match="inside the output"):
        _run(src, out)


def test_a_vault_policy_without_a_vault_is_refused(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="vault"):
        _run(corpus, tmp_path / "out", policy="gateway")


def test_records_that_cannot_be_written_are_quarantined_not_dropped(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": 1, "text": "연락처 010-2718-0001"}),
        '{"id": 2, "text": "broken \\ud800 surrogate"}',
        json.dumps({"id": 3, "text": "hi", "extra": "a field the first record lacks"}),
        json.dumps({"id": 4, "text": "bye"}),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = _run(src, out, out_format="csv")
    assert (summary.read, summary.written, summary.quarantined) == (4, 2, 2)
    kinds = sorted(json.loads(x)["kind"] for p in Path(f"{out}.quarantine").glob("*.jsonl")
                   for x in p.read_text().splitlines())  # fmt: skip
    assert kinds == ["does not fit the output", "unreadable"]
    rows = (out / "part-0000-000000.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id,text"
    assert len(rows) == 3
