"""Where the vault and the ledger live: a SQLite file (the default) or a PostgreSQL database by URL.

:func:`open_database` gives both backends one small interface (:class:`Database`): ``?`` placeholders,
``execute`` returning rows, ``modify`` returning the row count, and ``transaction(lock_id)``, which
serializes writers — ``BEGIN IMMEDIATE`` on SQLite (WAL mode, busy timeout), a transaction holding
``pg_advisory_xact_lock(lock_id)`` on PostgreSQL. A SQLite file is created with mode 0600 (its missing
parent directories 0700). A :class:`Database` may be shared between threads (one lock serializes them);
open one per process.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit, urlunsplit

from gamyeong.errors import GamyeongError

if TYPE_CHECKING:
    import psycopg

__all__ = ["Database", "StorageError", "advisory_lock_id", "is_postgres_url", "open_database", "redact_url"]

POSTGRES_SCHEMES = ("postgresql", "postgres")
BUSY_TIMEOUT_S = 30.0

Kind = Literal["sqlite", "postgresql"]


class StorageError(GamyeongError):
    """A vault or ledger database cannot be opened or used. Messages never show a password."""

    default_message = "the database cannot be opened"


def is_postgres_url(location: str | Path) -> bool:
    return isinstance(location, str) and urlsplit(location).scheme.lower() in POSTGRES_SCHEMES


def redact_url(url: str) -> str:
    """The URL with any password replaced by ``***`` (for messages and reports)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        user, sep, _ = userinfo.partition(":")
        netloc = f"{user}:***@{host}" if sep else netloc
    query = "&".join(
        "password=***" if item.lower().startswith("password=") else item for item in parts.query.split("&") if item
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def advisory_lock_id(name: str) -> int:
    """A stable signed 64-bit id for ``pg_advisory_xact_lock`` derived from ``name``."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class Database:
    """One connection to a SQLite file or a PostgreSQL database (see the module docstring)."""

    def __init__(self, kind: Kind, conn: Any, location: str, error: type[GamyeongError]) -> None:
        self.kind: Kind = kind
        self.location = location  # display-safe: no password
        self._conn = conn
        self._error = error
        self._lock = threading.RLock()
        self._closed = False

    def __repr__(self) -> str:
        return f"Database({self.kind}, {self.location!r})"

    def _check_open(self) -> None:
        if self._closed:
            raise self._error(f"{self.location} is closed")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one statement (``?`` placeholders) and return its rows (empty when it returns none)."""
        with self._lock:
            self._check_open()
            if self.kind == "sqlite":
                return list(self._conn.execute(sql, tuple(params)).fetchall())
            with self._conn.cursor() as cur:
                cur.execute(sql.replace("?", "%s"), tuple(params) or None)
                return list(cur.fetchall()) if cur.description is not None else []

    def modify(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one INSERT/UPDATE/DELETE and return the number of rows it changed."""
        with self._lock:
            self._check_open()
            if self.kind == "sqlite":
                return int(self._conn.execute(sql, tuple(params)).rowcount)
            with self._conn.cursor() as cur:
                cur.execute(sql.replace("?", "%s"), tuple(params) or None)
                return int(cur.rowcount)

    @contextmanager
    def transaction(self, lock_id: int) -> Iterator[None]:
        """One write transaction; concurrent writers holding the same ``lock_id`` run one after another."""
        with self._lock:
            self._check_open()
            if self.kind == "sqlite":
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            else:
                with self._conn.transaction():
                    self.execute("SELECT pg_advisory_xact_lock(?)", (lock_id,))
                    yield

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._conn.close()


def open_database(
    location: str | Path,
    *,
    error: type[GamyeongError],
    what: str,
    synchronous: str = "NORMAL",
    secure_delete: bool = False,
) -> Database:
    """Open ``location``: a ``postgresql://`` URL or a SQLite file path (created 0600 when missing).

    ``what`` names the store in messages ("vault", "ledger"); ``error`` is the class raised.
    """
    if is_postgres_url(location):
        return _open_postgres(str(location), error=error, what=what)
    text = str(location)
    if "://" in text:
        scheme = urlsplit(text).scheme
        raise error(f"unsupported {what} URL scheme {scheme!r}: use a SQLite file path or a postgresql:// URL")
    return _open_sqlite(Path(text).expanduser(), error=error, what=what, synchronous=synchronous, secure=secure_delete)


def _open_sqlite(path: Path, *, error: type[GamyeongError], what: str, synchronous: str, secure: bool) -> Database:
    if path.is_dir():
        raise error(f"the {what} location {path} is a directory; give a file path")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    except (OSError, sqlite3.Error) as exc:
        raise error(f"cannot open the {what} file {path}: {exc.__class__.__name__}: {exc}") from None
    try:
        _set_wal(conn)
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        if secure:
            conn.execute("PRAGMA secure_delete = ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise error(f"the {what} file {path} is not a usable SQLite database ({exc})") from None
    return Database("sqlite", conn, str(path), error)


def _set_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL; a concurrent opener can hold the lock for a moment, so retry briefly."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchall()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
        else:
            return


def _open_postgres(url: str, *, error: type[GamyeongError], what: str) -> Database:
    shown = redact_url(url)
    try:
        import psycopg
    except ImportError:
        raise error(f'a PostgreSQL {what} needs psycopg; install it with: pip install "psycopg[binary]"') from None
    try:
        conn: psycopg.Connection[tuple[Any, ...]] = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise error(f"cannot connect to the {what} database {shown}: {detail}") from None
    return Database("postgresql", conn, shown, error)
