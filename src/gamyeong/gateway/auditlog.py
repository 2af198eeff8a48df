"""The gateway's audit log: one hash-chained entry per exchange — time, client, route, model, labels and counts,
action, latency, upstream status — never a value. SQLite by default, PostgreSQL by URL (the ledger's storage
and chain, in its own table ``gamyeong_audit``). Entries are written by one background thread, so the chain's
fsync never adds to a request's latency."""

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
            record = self._queue.get()
            try:
                if record is _STOP:
                    return
                self._ledger.append(record)
            except Exception:
                self.errors += 1
            finally:
                self._queue.task_done()

    def append(self, record: Mapping[str, Any]) -> None:
        self._queue.put(dict(record))

    def flush(self) -> None:
        """Wait until every entry given so far is written."""
        self._queue.join()

    def close(self) -> None:
        self._queue.put(_STOP)
        self._thread.join(timeout=30)
        self._ledger.close()
