"""Reading one shard and writing its output: JSONL line by line, CSV record by record (stdlib ``csv``: every
cell stays the string it was), Parquet through pyarrow in row groups. Nothing holds more than a batch or a
row group in memory."""

from __future__ import annotations

import base64
import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from gamyeong.datasets.shards import CSV_FIELD_LIMIT, Format, Shard
from gamyeong.errors import GamyeongError, MissingDependencyError

__all__ = ["DoesNotFit", "Incoming", "ShardWriter", "parquet_file", "raw_fields", "read_shard"]

_PARQUET_BATCH = 1024


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingDependencyError("pyarrow (for Parquet files)", "docs-io") from None
    return pa, pq


def parquet_file(path: str | Path) -> Any:
    _, pq = _pyarrow()
    try:
        return pq.ParquetFile(str(path))
    except Exception as exc:  # pyarrow raises its own types; the message names the file only
        raise GamyeongError(f"{Path(path).name} is not a readable Parquet file ({exc.__class__.__name__})") from None


@dataclass(frozen=True, slots=True)
class Incoming:
    """One record as read: ``record`` when it could be parsed, else ``error`` says why; ``raw`` keeps what
    was read (for the quarantine: nothing is lost)."""

    line: int
    record: dict[str, Any] | None
    error: str | None = None
    raw: Any = None


def raw_fields(raw: bytes) -> dict[str, str]:
    """A raw line for the quarantine file: as text when it is UTF-8, else base64."""
    try:
        return {"raw": raw.decode("utf-8").rstrip("\r\n")}
    except UnicodeDecodeError:
        return {"raw_base64": base64.b64encode(raw).decode("ascii")}


def read_shard(shard: Shard, max_line_bytes: int) -> Iterator[Incoming]:
    if shard.fmt == "jsonl":
        yield from _read_jsonl(shard, max_line_bytes)
    elif shard.fmt == "csv":
        yield from _read_csv(shard)
    else:
        yield from _read_parquet(shard)


def _read_jsonl(shard: Shard, max_line_bytes: int) -> Iterator[Incoming]:
    with open(shard.path, "rb") as fh:
        fh.seek(shard.byte_start)
        for number in range(shard.first_line, shard.first_line + shard.lines):
            raw = fh.readline()
            if not raw.strip():
                continue  # a blank line is not a record
            if len(raw) > max_line_bytes:
                yield Incoming(number, None, f"line has {len(raw):,} bytes, over the limit of {max_line_bytes:,}", raw)
                continue
            try:
                obj = json.loads(raw)
            except UnicodeDecodeError as exc:
                yield Incoming(number, None, f"not valid UTF-8 at byte {exc.start}; convert the file to UTF-8", raw)
                continue
            except json.JSONDecodeError as exc:
                yield Incoming(number, None, f"not valid JSON ({exc.msg} at column {exc.colno})", raw)
                continue
            if not isinstance(obj, dict):
                yield Incoming(number, None, f"expected a JSON object, got {type(obj).__name__}", raw)
                continue
            if b"\\ud" in raw.lower() and _holds_lone_surrogate(obj):
                yield Incoming(number, None, "holds an unpaired surrogate escape (\\ud800-\\udfff); fix the text", raw)
                continue
            yield Incoming(number, obj, None, raw)


def _holds_lone_surrogate(obj: Any) -> bool:
    try:
        json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _read_csv(shard: Shard) -> Iterator[Incoming]:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    with open(shard.path, "rb") as fh:
        header_raw = fh.read(shard.header_end)
        fh.seek(shard.byte_start)
        body = fh.read(shard.byte_end - shard.byte_start)
    header = next(csv.reader(io.StringIO(header_raw.decode("utf-8", "replace").lstrip("\ufeff"), newline="")))
    # Undecodable bytes become lone surrogates so that the row can still be cut out and quarantined exactly.
    reader = csv.reader(io.StringIO(body.decode("utf-8", "surrogateescape"), newline=""))
    line = shard.first_line
    while True:
        number = line
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line = shard.first_line + reader.line_num
            yield Incoming(number, None, f"not readable as CSV ({exc})", b"")
            continue
        line = shard.first_line + reader.line_num
        raw = _csv_raw(row)
        if any(_has_surrogate(cell) for cell in row):
            yield Incoming(number, None, "not valid UTF-8; convert the file to UTF-8", raw)
        elif not row or row == [""]:
            continue
        elif len(row) != len(header):
            yield Incoming(number, None, f"row has {len(row)} cells, the header names {len(header)}", raw)
        else:
            yield Incoming(number, dict(zip(header, row, strict=True)), None, raw)


def _has_surrogate(cell: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in cell)


def _csv_raw(row: list[str]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(row)
    return out.getvalue().encode("utf-8", "surrogateescape")


def _read_parquet(shard: Shard) -> Iterator[Incoming]:
    pf = parquet_file(shard.path)
    lo, hi = shard.first_line - 1, shard.first_line - 1 + shard.lines
    seen = 0
    for group in range(pf.num_row_groups):
        n = pf.metadata.row_group(group).num_rows
        g_lo, g_hi = seen, seen + n
        seen += n
        if g_hi <= lo or g_lo >= hi:
            continue
        table = pf.read_row_group(group)
        start, stop = max(lo, g_lo) - g_lo, min(hi, g_hi) - g_lo
        for batch_start in range(start, stop, _PARQUET_BATCH):
            part = table.slice(batch_start, min(_PARQUET_BATCH, stop - batch_start))
            for k, row in enumerate(part.to_pylist()):
                yield Incoming(g_lo + batch_start + k + 1, row)


class DoesNotFit(ValueError):
    """A record with fields the shard's CSV header or Parquet schema does not have (it is quarantined)."""


class ShardWriter:
    """Writes one shard's output records to ``path`` (a temporary name the caller renames when complete)."""

    def __init__(self, path: Path, fmt: Format, source: Shard) -> None:
        self.path = path
        self.fmt = fmt
        self._source = source
        self._fh: IO[str] | None = None
        self._csv: Any = None
        self._header: list[str] | None = None
        self._rows: list[dict[str, Any]] = []
        self._pq_writer: Any = None
        self._schema: Any = None
        self.count = 0
        if fmt == "parquet" and source.fmt == "parquet":
            self._schema = parquet_file(source.path).schema_arrow
        if fmt in ("jsonl", "csv"):
            self._fh = path.open("w", encoding="utf-8", newline="")

    def write(self, record: dict[str, Any]) -> None:
        """Write one record; DoesNotFit when a CSV/Parquet output has no column for one of its fields (it
        would be dropped silently otherwise)."""
        if self.fmt != "jsonl":
            known = self._columns()
            if known is not None and not set(record) <= known:
                raise DoesNotFit
        self.count += 1
        if self.fmt == "jsonl":
            assert self._fh is not None
            self._fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        elif self.fmt == "csv":
            self._write_csv(record)
        else:
            self._rows.append(record)
            if len(self._rows) >= _PARQUET_BATCH:
                self._flush_parquet()

    def _columns(self) -> set[str] | None:
        """The output's columns once they are fixed (by the input's header/schema or the first record)."""
        if self.fmt == "csv":
            if self._header is None and self._source.fmt == "csv":
                self._header = _csv_header(self._source)
            return set(self._header) if self._header is not None else None
        if self._schema is not None:
            return set(self._schema.names)
        return set(self._rows[0]) if self._rows else None

    def _write_csv(self, record: dict[str, Any]) -> None:
        assert self._fh is not None
        if self._csv is None:
            if self._header is None:
                self._header = list(record) if self._source.fmt != "csv" else _csv_header(self._source)
            self._csv = csv.writer(self._fh, lineterminator="\n")
            self._csv.writerow(self._header)
        assert self._header is not None
        self._csv.writerow([_cell(record.get(name)) for name in self._header])

    def _flush_parquet(self) -> None:
        pa, pq = _pyarrow()
        if not self._rows:
            return
        if self._schema is None and self._source.fmt == "csv":
            self._schema = pa.schema([(name, pa.string()) for name in _csv_header(self._source)])
        try:
            table = pa.Table.from_pylist(self._rows, schema=self._schema)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            raise GamyeongError(
                f"records of {Path(self._source.path).name} do not share one Parquet schema "
                f"({exc.__class__.__name__}); write JSONL instead (--format jsonl)"
            ) from None
        if self._pq_writer is None:
            self._schema = table.schema
            self._pq_writer = pq.ParquetWriter(str(self.path), table.schema)
        self._pq_writer.write_table(table)
        self._rows.clear()

    def abandon(self) -> None:
        """Drop the temporary file of a shard that failed."""
        if self._pq_writer is not None:
            self._pq_writer.close()
        if self._fh is not None:
            self._fh.close()
        self.path.unlink(missing_ok=True)

    def close(self) -> None:
        if self.fmt == "parquet":
            self._flush_parquet()
            if self._pq_writer is None:  # no record: still a valid, empty file with the schema
                pa, pq = _pyarrow()
                schema = self._schema if self._schema is not None else pa.schema([])
                pq.ParquetWriter(str(self.path), schema).close()
            else:
                self._pq_writer.close()
        elif self._fh is not None:
            if self.fmt == "csv" and self._csv is None and self._source.fmt == "csv":
                csv.writer(self._fh, lineterminator="\n").writerow(_csv_header(self._source))
            self._fh.flush()
            self._fh.close()


def _csv_header(shard: Shard) -> list[str]:
    with open(shard.path, "rb") as fh:
        raw = fh.read(shard.header_end)
    return next(csv.reader(io.StringIO(raw.decode("utf-8", "replace").lstrip("\ufeff"), newline="")))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
