"""Cutting input files into shards: fixed ranges of records, independent of how many workers run them.

A shard is found again from its file, its index and the byte (or row) range the plan wrote down, so a worker
reads only its own part of a file. JSONL is cut at line ends, CSV at record ends (a quoted cell may span
lines), Parquet at row numbers. The plan is deterministic: the same files and shard size give the same shards.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from gamyeong.errors import ConfigError, InputError

__all__ = ["DEFAULT_SHARD_SIZE", "Format", "Shard", "expand_inputs", "format_of", "plan_shards"]

Format = Literal["jsonl", "csv", "parquet"]
DEFAULT_SHARD_SIZE = 50_000
_SUFFIXES: dict[str, Format] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}


@dataclass(frozen=True, slots=True)
class Shard:
    """Records ``[first_line, first_line + lines)`` of one input file; for JSONL/CSV ``byte_start``/``byte_end``
    say where they are (CSV: after the header), for Parquet the range is in rows."""

    file_index: int
    index: int
    path: str
    fmt: Format
    first_line: int  # 1-based line number (JSONL/CSV, header included) or row number (Parquet)
    lines: int
    byte_start: int = 0
    byte_end: int = 0
    header_end: int = 0  # CSV: the header is bytes [0, header_end)

    @property
    def name(self) -> str:
        return f"part-{self.file_index:04d}-{self.index:06d}"


def format_of(path: str | Path) -> Format:
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise ConfigError(
            f"cannot tell the format of {Path(path).name}: name it .jsonl, .csv or .parquet (a .ndjson file is JSONL)"
        )
    return _SUFFIXES[suffix]


def expand_inputs(patterns: Iterable[str]) -> list[Path]:
    """Files named or matched by glob patterns (``data/*.jsonl``, ``corpus/**/*.parquet``), sorted per pattern,
    each once. A pattern that names nothing is an error: a typo must not give an empty run."""
    out: list[Path] = []
    seen: set[Path] = set()
    for pattern in patterns:
        matches = sorted(glob.glob(os.path.expanduser(pattern), recursive=True))
        files = [Path(m) for m in matches if Path(m).is_file()]
        if not files:
            raise ConfigError(f"no input file matches {pattern!r}; check the path or quote the glob")
        for f in files:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    if not out:
        raise ConfigError("no input given: pass --input PATH or a glob")
    return out


def plan_shards(files: list[Path], shard_size: int = DEFAULT_SHARD_SIZE) -> list[Shard]:
    if shard_size < 1:
        raise ConfigError("the shard size must be at least 1 record")
    shards: list[Shard] = []
    for i, path in enumerate(files):
        fmt = format_of(path)
        planner = {"jsonl": _plan_jsonl, "csv": _plan_csv, "parquet": _plan_parquet}[fmt]
        shards.extend(planner(i, path, shard_size))
    return shards


def _plan_jsonl(file_index: int, path: Path, size: int) -> Iterator[Shard]:
    """Shards of ``size`` physical lines: no parsing, and the line numbers are those of the file."""
    start = offset = n = index = 0
    first = 1
    with path.open("rb") as fh:
        for line in fh:
            offset += len(line)
            n += 1
            if n == size:
                yield Shard(file_index, index, str(path), "jsonl", first, n, start, offset)
                index, first, start, n = index + 1, first + n, offset, 0
    if n:
        yield Shard(file_index, index, str(path), "jsonl", first, n, start, offset)


def _plan_csv(file_index: int, path: Path, size: int) -> Iterator[Shard]:
    """CSV records end at a newline outside quotes (RFC 4180: a quote inside a cell is doubled, so the parity
    of quotes seen tells whether a newline is inside a cell)."""
    header_end = 0
    inside = False
    start = first = 0
    records = index = 0
    line_no = 0
    offset = 0
    with path.open("rb") as fh:
        for line in fh:
            line_no += 1
            offset += len(line)
            if line.count(b'"') & 1:
                inside = not inside
            if inside:
                continue
            if not header_end:
                header_end = start = offset
                first = line_no + 1
                continue
            records += 1
            if records == size:
                yield Shard(file_index, index, str(path), "csv", first, line_no - first + 1, start, offset, header_end)
                index, first, start, records = index + 1, line_no + 1, offset, 0
    if inside:
        raise InputError(f"{path.name}: a quoted cell is never closed; fix the quotes", record=str(path))
    if not header_end:
        raise InputError(f"{path.name}: a CSV file needs a header line naming its columns", record=str(path))
    if offset > start:
        yield Shard(file_index, index, str(path), "csv", first, line_no - first + 1, start, offset, header_end)


def _plan_parquet(file_index: int, path: Path, size: int) -> Iterator[Shard]:
    from gamyeong.datasets.io import parquet_file

    rows = parquet_file(path).metadata.num_rows
    for index, first in enumerate(range(0, rows, size)):
        yield Shard(file_index, index, str(path), "parquet", first + 1, min(size, rows - first))
