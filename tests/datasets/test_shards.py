"""Shard plans: fixed ranges of records that cover every record exactly once, whatever the file looks like."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gamyeong.datasets.io import read_shard
from gamyeong.datasets.shards import expand_inputs, format_of, plan_shards
from gamyeong.errors import ConfigError, InputError


def _jsonl(tmp_path: Path, lines: list[str], name: str = "in.jsonl", trailing_newline: bool = True) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + ("\n" if trailing_newline else ""), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("n", "size", "trailing", "expected"),
    [
        pytest.param(10, 3, True, [3, 3, 3, 1], id="remainder"),
        pytest.param(9, 3, True, [3, 3, 3], id="exact"),
        pytest.param(10, 3, False, [3, 3, 3, 1], id="no-final-newline"),
        pytest.param(2, 50, True, [2], id="one-small-shard"),
    ],
)
def test_jsonl_shards(tmp_path: Path, n: int, size: int, trailing: bool, expected: list[int]) -> None:
    path = _jsonl(tmp_path, [json.dumps({"i": i}) for i in range(n)], trailing_newline=trailing)
    shards = plan_shards([path], size)
    assert [s.lines for s in shards] == expected
    assert [s.name for s in shards] == [f"part-0000-{i:06d}" for i in range(len(expected))]
    seen = [item.record["i"] for s in shards for item in read_shard(s, 10_000) if item.record]
    assert seen == list(range(n))


def test_empty_file_has_no_shard(tmp_path: Path) -> None:
    assert plan_shards([_jsonl(tmp_path, [], trailing_newline=False)], 10) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30), max_size=40),
    size=st.integers(1, 7),
    blank_every=st.integers(0, 5),
)
def test_every_record_once_and_line_numbers_are_the_files(
    tmp_path: Path, texts: list[str], size: int, blank_every: int
) -> None:
    lines = []
    for i, t in enumerate(texts):
        if blank_every and i % blank_every == 0:
            lines.append("")
        lines.append(json.dumps({"text": t}, ensure_ascii=False))
    path = _jsonl(tmp_path, lines, name=f"p{size}-{blank_every}-{len(texts)}.jsonl")
    items = [item for s in plan_shards([path], size) for item in read_shard(s, 10_000)]
    assert [i.record["text"] for i in items if i.record] == texts
    for item in items:
        assert lines[item.line - 1] == json.dumps(item.record, ensure_ascii=False)


def _csv(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_csv_cells_with_newlines_and_quotes_stay_in_one_record(tmp_path: Path) -> None:
    rows = [["id", "note"]] + [[str(i), f'line one\n"quoted" line {i}, two'] for i in range(7)]
    path = _csv(tmp_path / "in.csv", rows)
    shards = plan_shards([path], 3)
    assert [s.lines for s in shards] == [6, 6, 2]  # physical lines: each record spans two
    records = [item.record for s in shards for item in read_shard(s, 10_000)]
    assert records == [{"id": r[0], "note": r[1]} for r in rows[1:]]


def test_empty_csv_needs_a_header(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="header"):
        plan_shards([path], 10)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param('id,note\n1,5" screen\n2,ok\n', [{"id": "1", "note": '5" screen'}, {"id": "2", "note": "ok"}],
                     id="stray-quote-in-unquoted-cell"),
        pytest.param('id,note\n1,"never closed\n2,x\n', [{"id": "1", "note": "never closed\n2,x\n"}],
                     id="open-quote-keeps-the-rest-in-its-cell"),
    ],
)  # fmt: skip
def test_csv_read_as_the_csv_module_reads_it(tmp_path: Path, content: str, expected: list[dict[str, str]]) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(content, encoding="utf-8")
    records = [item.record for s in plan_shards([path], 1) for item in read_shard(s, 10_000)]
    assert records == expected


def test_a_very_long_csv_cell_is_read(tmp_path: Path) -> None:
    path = _csv(tmp_path / "long.csv", [["id", "note"], ["1", "가" * 200_000]])
    (item,) = [i for s in plan_shards([path], 10) for i in read_shard(s, 10_000)]
    assert item.record is not None
    assert len(item.record["note"]) == 200_000


def test_parquet_rows(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": list(range(25)), "text": [f"t{i}" for i in range(25)]}), path, row_group_size=4)
    shards = plan_shards([path], 10)
    assert [(s.first_line, s.lines) for s in shards] == [(1, 10), (11, 10), (21, 5)]
    got = [item.record["id"] for s in shards for item in read_shard(s, 10_000) if item.record]
    assert got == list(range(25))


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        pytest.param("a.jsonl", "jsonl", id="jsonl"),
        pytest.param("a.NDJSON", "jsonl", id="ndjson"),
        pytest.param("a.csv", "csv", id="csv"),
        pytest.param("a.parquet", "parquet", id="parquet"),
    ],
)
def test_format_of(name: str, fmt: str) -> None:
    assert format_of(name) == fmt


def test_unknown_suffix_names_the_choices() -> None:
    with pytest.raises(ConfigError, match=r"\.jsonl, \.csv or \.parquet"):
        format_of("data.txt")


def test_globs_and_missing_inputs(tmp_path: Path) -> None:
    for name in ("b.jsonl", "a.jsonl"):
        (tmp_path / name).write_text("{}\n", encoding="utf-8")
    assert [p.name for p in expand_inputs([str(tmp_path / "*.jsonl"), str(tmp_path / "a.jsonl")])] == [
        "a.jsonl",
        "b.jsonl",
    ]
    with pytest.raises(ConfigError, match="no input file matches"):
        expand_inputs([str(tmp_path / "nope*.jsonl")])
