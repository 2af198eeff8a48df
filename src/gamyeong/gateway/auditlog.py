"""The gateway's audit log: one hash-chained entry per exchange — time, client, route, model, labels and counts,
action, latency, upstream status — never a value. SQLite by default, PostgreSQL by URL (the ledger's storage
and chain, in its own table ``gamyeong_audit``). Entries are written by one background thread, so the chain's
fsync never adds to a request's latency; entries that queue up while one commits go in together (one fsync for
many exchanges when the gateway is busy)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from gamyeong.pseudonymize.ledger import Ledger

__all__ = ["AUDIT_TABLE", "AuditLog", "default_audit_path", "open_audit_log"]

AUDIT_TABLE = "gamyeong_audit"
_STOP = object()
_BATCH = 256


def default_audit_path() -> Path:
    from gamyeong.pseudonymize.ledger import default_ledger_path

    return default_ledger_path().with_name("audit.sqlite")


def open_audit_log(location: str | Path | None = None) -> Ledger:
    """The audit log as a :class:`Ledger` (verify, export, purge)."""
    return Ledger(location or default_audit_path(), table=AUDIT_TABLE, what="audit log")


class AuditLog:
    """Append-only, in the background. ``retention_days``: older entries are purged at start (a checkpoint
    keeps the chain verifiable)."""

    def __init__(self, location: str | Path | None, retention_days: int) -> None:
        self._ledger = open_audit_log(location)
        self.location = self._ledger.location
        self._ledger.purge(datetime.now(UTC) - timedelta(days=retention_days))
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=100_000)
        self._thread = threading.Thread(target=self._write, name="gamyeong-audit", daemon=True)
        self._thread.start()
        self.errors = 0

    def _write(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < _BATCH:  # what queued up during the last commit goes in one transaction
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            stop = _STOP in batch
            records = [r for r in batch if r is not _STOP]
            try:
                self._append(records)
            finally:
                for _ in batch:
                    self._queue.task_done()
            if stop:
                return

    def _append(self, records: list[Any]) -> None:
        if not records:
            return
        try:
            self._ledger.append_many(records)
        except Exception:  # one at a time: a bad entry (or a failed commit) costs only itself
            for record in records:
                try:
                    self._ledger.append(record)
                except Exception:
                    self.errors += 1

    def append(self, record: Mapping[str, Any]) -> None:
        self._queue.put(dict(record))

    def flush(self) -> None:
        """Wait until every entry given so far is written."""
        self._queue.join()

    def close(self) -> None:
        self._queue.put(_STOP)
        self._thread.join(timeout=30)
        self._ledger.close()
