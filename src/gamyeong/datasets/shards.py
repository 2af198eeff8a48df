"""Cutting input files into shards: fixed ranges of records, independent of how many workers run them.

A shard is found again from its file, its index and the byte (or row) range the plan wrote down, so a worker
reads only its own part of a file. JSONL is cut at line ends, CSV at record ends (a quoted cell may span
lines), Parquet at row numbers. The plan is deterministic: the same files and shard size give the same shards.
"""

from __future__ import annotations

import csv
import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from gamyeong.errors import ConfigError, InputError

__all__ = ["DEFAULT_SHARD_SIZE", "Format", "Shard", "expand_inputs", "format_of", "plan_shards"]

Format = Literal["jsonl", "csv", "parquet"]
DEFAULT_SHARD_SIZE = 50_000
#: the csv module's default cell limit is 131,072 characters; a long text cell must reach the length check
#: (and be quarantined there) instead of stopping the run
CSV_FIELD_LIMIT = 2**31 - 1
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


class _CountingLines:
    """Lines of a binary file for ``csv.reader``, counting the bytes and lines it has taken: the reader pulls
    exactly the lines of one record, so after each row the counts say where that record ends."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.offset = 0
        self.lines = 0

    def __iter__(self) -> _CountingLines:
        return self

    def __next__(self) -> str:
        line = self.fh.readline()
        if not line:
            raise StopIteration
        self.offset += len(line)
        self.lines += 1
        return line.decode("utf-8", "surrogateescape")


def _plan_csv(file_index: int, path: Path, size: int) -> Iterator[Shard]:
    """CSV records are cut where Python's ``csv`` reader ends them (a quoted cell may span lines, a stray quote
    inside an unquoted cell does not open one), so every shard starts at a record."""
    csv.field_size_limit(CSV_FIELD_LIMIT)
    with path.open("rb") as fh:
        lines = _CountingLines(fh)
        reader = csv.reader(lines)
        try:
            next(reader)
        except StopIteration:
            raise InputError(
                f"{path.name}: a CSV file needs a header line naming its columns", record=str(path)
            ) from None
        except csv.Error as exc:
            raise InputError(f"{path.name}: the header line cannot be read as CSV ({exc})", record=str(path)) from None
        header_end = start = lines.offset
        first = lines.lines + 1
        records = index = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error:
                row = ["?"]  # a broken record: it stays in its shard, where reading quarantines it
            if row == [] and lines.offset == start:
                continue
            records += 1
            if records == size:
                yield Shard(file_index, index, str(path), "csv", first, lines.lines - first + 1, start, lines.offset,
                            header_end)  # fmt: skip
                index, first, start, records = index + 1, lines.lines + 1, lines.offset, 0
        if lines.offset > start:
            yield Shard(file_index, index, str(path), "csv", first, lines.lines - first + 1, start, lines.offset,
                        header_end)  # fmt: skip


def _plan_parquet(file_index: int, path: Path, size: int) -> Iterator[Shard]:
    from gamyeong.datasets.io import parquet_file

    rows = parquet_file(path).metadata.num_rows
    for index, first in enumerate(range(0, rows, size)):
        yield Shard(file_index, index, str(path), "parquet", first + 1, min(size, rows - first))
