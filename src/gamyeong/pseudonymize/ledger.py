"""The processing record: an append-only, hash-chained, tamper-evident ledger of pseudonymization jobs.

Each entry is ``(seq, time, record, prev_hash, hash)``: ``seq`` counts from 1, ``time`` is UTC
(``2025-05-01T09:30:00.123456Z``), ``record`` is the caller's JSON object stored canonically (sorted keys, no
spaces, UTF-8), and::

    hash = SHA-256(prev_hash + canonical_json({"seq": seq, "time": time, "record": record}))  # hex

with ``prev_hash`` the previous entry's hash (``"0" * 64`` for entry 1). :meth:`Ledger.verify` recomputes the
chain and reports the first entry that was modified, deleted, reordered or unlinked. A retention purge
(:meth:`Ledger.purge`) deletes the oldest entries and appends a *checkpoint* entry
(``{"checkpoint": {"last_purged_seq": …, "last_purged_hash": …, …}}``) that anchors the first remaining entry,
so ``verify`` still passes. The chain proves that no entry was altered; deleting the newest entries (or the
whole table) is only visible against a copy of the head hash, which ``verify`` reports for that purpose.

The ledger holds no personal data: callers pass purposes, labels, counts, operator names and key ids. A
record with a key named ``text``, ``value`` (and a few more, see :data:`FORBIDDEN_KEYS`) at any depth is
refused. Updates are refused by a trigger; only :meth:`Ledger.purge` deletes.

Schema (on PostgreSQL ``seq`` is ``BIGINT`` and ``time`` is ``COLLATE "C"``, so times compare as on SQLite)::

    gamyeong_ledger(seq INTEGER PRIMARY KEY, time TEXT NOT NULL, record TEXT NOT NULL,
                    prev_hash TEXT NOT NULL, hash TEXT NOT NULL)

Concurrent appends are serialized: ``BEGIN IMMEDIATE`` on SQLite, ``pg_advisory_xact_lock`` on PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self

from gamyeong.pseudonymize.storage import StorageError, advisory_lock_id, open_database

__all__ = [
    "FORBIDDEN_KEYS",
    "GENESIS_HASH",
    "Ledger",
    "LedgerEntry",
    "LedgerError",
    "VerifyReport",
    "default_ledger_path",
    "open_ledger",
]

GENESIS_HASH = "0" * 64
CHECKPOINT = "checkpoint"
#: keys a ledger record may not contain at any depth: the ledger never stores personal data or secrets
FORBIDDEN_KEYS = frozenset({"text", "value", "values", "original", "normalized", "key", "secret", "password"})
ENV = "GAMYEONG_LEDGER"
_LOCK = advisory_lock_id("gamyeong.ledger")
_PAGE = 500
_COLUMNS = "seq, time, record, prev_hash, hash"

_DDL: dict[str, list[str]] = {
    "sqlite": [
        """CREATE TABLE IF NOT EXISTS gamyeong_ledger (seq INTEGER PRIMARY KEY, time TEXT NOT NULL,
           record TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)""",
        """CREATE TRIGGER IF NOT EXISTS gamyeong_ledger_append_only BEFORE UPDATE ON gamyeong_ledger
           BEGIN SELECT RAISE(ABORT, 'the gamyeong ledger is append-only'); END""",
    ],
    "postgresql": [
        """CREATE TABLE IF NOT EXISTS gamyeong_ledger (seq BIGINT PRIMARY KEY, time TEXT COLLATE "C" NOT NULL,
           record TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)""",
        """CREATE OR REPLACE FUNCTION gamyeong_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS
           $$ BEGIN RAISE EXCEPTION 'the gamyeong ledger is append-only'; END $$""",
        """DO $$ BEGIN
             IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'gamyeong_ledger_append_only'
                            AND tgrelid = 'gamyeong_ledger'::regclass) THEN
               CREATE TRIGGER gamyeong_ledger_append_only BEFORE UPDATE ON gamyeong_ledger
                 FOR EACH ROW EXECUTE FUNCTION gamyeong_ledger_append_only();
             END IF;
           END $$""",
    ],
}


class LedgerError(StorageError):
    """The ledger cannot be opened or written, or a record was refused."""

    default_message = "the ledger cannot be used"


def canonical_json(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def entry_hash(prev_hash: str, seq: int, time: str, record: Mapping[str, Any]) -> str:
    body = canonical_json({"seq": seq, "time": time, "record": record})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def _format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    seq: int
    time: str
    record: dict[str, Any]
    prev_hash: str
    hash: str

    @property
    def kind(self) -> Literal["record", "checkpoint"]:
        return "checkpoint" if CHECKPOINT in self.record else "record"

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "time": self.time,
            "record": self.record,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """``ok`` when every entry's hash matches and links to the one before, back to entry 1 or a checkpoint.

    ``first_bad_seq`` and ``reason`` say what broke; ``head_seq``/``head_hash`` identify the newest entry
    (keep a copy elsewhere to detect a truncated ledger later).
    """

    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str | None = None
    start_seq: int | None = None
    head_seq: int | None = None
    head_hash: str | None = None


def _check_record(record: Any, path: str = "record") -> None:
    if isinstance(record, Mapping):
        for key, item in record.items():
            if not isinstance(key, str):
                raise LedgerError(f"{path} has a non-string key; ledger records are JSON objects")
            if key.lower() in FORBIDDEN_KEYS:
                raise LedgerError(
                    f"{path} has a key {key!r}: the ledger never stores personal data or secrets "
                    "(record counts, labels, operator names and key ids instead)"
                )
            _check_record(item, f"{path}.{key}")
    elif isinstance(record, list | tuple):
        for index, item in enumerate(record):
            _check_record(item, f"{path}[{index}]")


def default_ledger_path() -> Path:
    """``ledger.sqlite`` in the user's data directory (XDG on Linux, Application Support on macOS)."""
    home = Path.home()
    if sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / "gamyeong" / "ledger.sqlite"


class _ChainWalk:
    """The state of :meth:`Ledger.verify` walking the entries oldest first."""

    def __init__(self) -> None:
        self.checked = 0
        self.prev: tuple[int, str] | None = None
        self.start: int | None = None
        self.anchor: tuple[int, str] | None = None  # (seq, hash) that a checkpoint must vouch for
        self.seq: int | None = None

    def step(self, seq: Any, time: Any, text: Any, prev_hash: Any, digest: Any) -> str | None:
        """Check one row; return why it is bad, or None."""
        self.seq = number = int(seq)
        try:
            record = json.loads(text)
        except ValueError:
            return f"entry {number} is not valid JSON (modified)"
        if not isinstance(record, dict):
            return f"entry {number} is not a JSON object (modified)"
        if entry_hash(str(prev_hash), number, str(time), record) != digest:
            return f"entry {number} does not match its hash (modified)"
        if self.prev is None:
            self.start = number
            if number != 1:
                self.anchor = (number - 1, str(prev_hash))
            elif prev_hash != GENESIS_HASH:
                return "entry 1 does not start the chain (modified)"
        elif number != self.prev[0] + 1:
            return f"entries {self.prev[0] + 1}..{number - 1} are missing (deleted)"
        elif prev_hash != self.prev[1]:
            return f"entry {number} does not link to entry {self.prev[0]} (an entry was modified, deleted or reordered)"
        checkpoint = record.get(CHECKPOINT)
        if isinstance(checkpoint, dict) and self.anchor is not None:
            vouched = (checkpoint.get("last_purged_seq"), checkpoint.get("last_purged_hash"))
            self.anchor = None if vouched == self.anchor else self.anchor
        self.checked += 1
        self.prev = (number, str(digest))
        return None

    def report(self, reason: str, seq: int | None = None) -> VerifyReport:
        head = self.prev[0] if self.prev else None
        return VerifyReport(False, self.checked, seq or self.seq, reason, self.start, head, None)

    def finish(self) -> VerifyReport:
        if self.anchor is not None:
            reason = (
                f"the ledger starts at entry {self.start} but no checkpoint records a purge of the entries "
                "before it (entries deleted)"
            )
            return self.report(reason, self.start)
        head, digest = self.prev if self.prev else (None, None)
        return VerifyReport(True, self.checked, None, None, self.start, head, digest)


def _stored(record: Mapping[str, Any]) -> dict[str, Any]:
    """``record`` checked and as the ledger keeps it (canonical JSON read back)."""
    if not isinstance(record, Mapping):
        raise LedgerError("a ledger record is a JSON object (a dict)")
    if CHECKPOINT in record:
        raise LedgerError(f"the key {CHECKPOINT!r} is reserved for retention checkpoints")
    _check_record(record)
    try:
        stored: dict[str, Any] = json.loads(canonical_json(record))
    except (TypeError, ValueError) as exc:
        raise LedgerError(f"the record is not JSON-serializable ({exc.__class__.__name__})") from None
    return stored


class Ledger:
    """An open ledger (see the module docstring). Use :func:`open_ledger`; close it or use ``with``."""

    def __init__(self, location: str | Path, *, table: str = "gamyeong_ledger", what: str = "ledger") -> None:
        # ``table`` lets another hash-chained log (the gateway's audit log) share this code and a database
        if re.fullmatch(r"gamyeong_[a-z_]+", table) is None:
            raise LedgerError(f"not a gamyeong table name: {table!r}")
        self._table = table
        self._db = open_database(location, error=LedgerError, what=what, synchronous="FULL")
        try:
            with self._db.transaction(_LOCK):
                for stmt in _DDL[self._db.kind]:
                    self._db.execute(stmt.replace("gamyeong_ledger", table))
        except BaseException:
            self._db.close()
            raise

    @property
    def location(self) -> str:
        """The ledger's file path or URL, password removed."""
        return self._db.location

    def __repr__(self) -> str:
        return f"Ledger({self.location!r})"

    def _head(self) -> tuple[int, str] | None:
        rows = self._db.execute(f"SELECT seq, hash FROM {self._table} ORDER BY seq DESC LIMIT 1")
        return (int(rows[0][0]), str(rows[0][1])) if rows else None

    def _insert(self, record: dict[str, Any], head: tuple[int, str] | None = None) -> LedgerEntry:
        """Append ``record`` (checked, canonical) after ``head`` (default: the newest entry), in a transaction."""
        head = head or self._head()
        seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS_HASH)
        time = _format_time(datetime.now(UTC))
        digest = entry_hash(prev, seq, time, record)
        self._db.modify(
            f"INSERT INTO {self._table} ({_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
            (seq, time, canonical_json(record), prev, digest),
        )
        return LedgerEntry(seq, time, record, prev, digest)

    def append(self, record: Mapping[str, Any]) -> LedgerEntry:
        """Append one record (a JSON object without personal data) and return its entry."""
        return self.append_many([record])[0]

    def append_many(self, records: Sequence[Mapping[str, Any]]) -> list[LedgerEntry]:
        """Append several records in one transaction (one commit, one fsync: a busy gateway's audit log);
        all are checked first, so a bad one leaves the ledger unchanged."""
        stored = [_stored(record) for record in records]
        with self._db.transaction(_LOCK):
            entries: list[LedgerEntry] = []
            for record in stored:
                head = (entries[-1].seq, entries[-1].hash) if entries else None
                entries.append(self._insert(record, head))
            return entries

    def _rows(self) -> Iterator[tuple[Any, ...]]:
        last = 0
        while True:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM {self._table} WHERE seq > ? ORDER BY seq LIMIT {_PAGE}", (last,)
            )
            yield from rows
            if len(rows) < _PAGE:
                return
            last = int(rows[-1][0])

    def entries(self) -> Iterator[LedgerEntry]:
        """Every entry, oldest first."""
        for seq, time, record, prev, digest in self._rows():
            try:
                parsed = json.loads(record)
            except ValueError:
                raise LedgerError(f"ledger entry {seq} is not valid JSON; run verify") from None
            yield LedgerEntry(int(seq), str(time), parsed, str(prev), str(digest))

    def verify(self) -> VerifyReport:
        """Recompute the chain; the report names the first entry that does not check out."""
        walk = _ChainWalk()
        for row in self._rows():
            reason = walk.step(*row)
            if reason is not None:
                return walk.report(reason)
        return walk.finish()

    def purge(self, before: datetime) -> int:
        """Delete the entries older than ``before`` (a retention date) and append a checkpoint; return the count.

        Only the oldest run of entries is deleted (up to the first entry at or after ``before``).
        """
        if before.tzinfo is None:
            raise LedgerError("purge needs a timezone-aware date (e.g. datetime(2022, 1, 1, tzinfo=UTC))")
        if before > datetime.now(UTC):
            raise LedgerError("refusing to purge with a retention date in the future")
        cut = _format_time(before)
        with self._db.transaction(_LOCK):
            rows = self._db.execute(f"SELECT MIN(seq) FROM {self._table} WHERE time >= ?", (cut,))
            first_kept = rows[0][0] if rows else None
            limit = "" if first_kept is None else f" WHERE seq < {int(first_kept)}"
            last = self._db.execute(f"SELECT seq, hash FROM {self._table}{limit} ORDER BY seq DESC LIMIT 1")
            if not last:
                return 0
            head = self._head()
            count = self._db.modify(f"DELETE FROM {self._table}{limit}")
            checkpoint = {
                "purged_before": cut,
                "purged_entries": count,
                "last_purged_seq": int(last[0][0]),
                "last_purged_hash": str(last[0][1]),
            }
            self._insert({CHECKPOINT: checkpoint}, head)
        return count

    def export(self, fmt: Literal["jsonl"] = "jsonl") -> Iterator[str]:
        """The entries as lines (each ending in a newline) of the given format."""
        if fmt != "jsonl":
            raise LedgerError(f"unknown export format {fmt!r}; use jsonl")
        for entry in self.entries():
            yield canonical_json(entry.to_dict()) + "\n"

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def open_ledger(location: str | Path | None = None) -> Ledger:
    """Open (creating when missing) a ledger: ``location``, else ``$GAMYEONG_LEDGER``, else
    :func:`default_ledger_path`. A SQLite file path or a ``postgresql://`` URL."""
    if location is None or str(location) == "":
        location = os.environ.get(ENV, "").strip() or default_ledger_path()
    return Ledger(location)
