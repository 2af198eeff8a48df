"""Fixtures for the vault and the ledger: each store test runs on SQLite and on a real PostgreSQL server.

PostgreSQL comes from :mod:`postgres` (tests/postgres.py): one throwaway server per test session (per xdist
worker), one fresh database per test. Without PostgreSQL binaries the ``postgres`` tests are skipped — except
in CI (``CI`` set), where they fail, so a missing install step shows.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from gamyeong.pseudonymize.ledger import Ledger, open_ledger
from gamyeong.pseudonymize.vault import Vault, open_vault
from postgres import PostgresServer, PostgresUnavailable, start_server


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


@pytest.fixture(autouse=True)
def _storage_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may write a ledger or vault outside its temporary directory."""
    monkeypatch.setenv("GAMYEONG_LEDGER", str(tmp_path / "default-ledger.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("GAMYEONG_VAULT_KEY", raising=False)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    try:
        server = start_server()
    except PostgresUnavailable as exc:
        if in_ci():
            pytest.fail(f"{exc} -- CI is set, so PostgreSQL must be available (make test installs it)", pytrace=False)
        pytest.skip(f"{exc} (PostgreSQL tests are skipped outside CI)")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a vault or ledger lives: a SQLite file, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "stores" / "store.sqlite")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def vault_key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def vault(store_location: str, vault_key: bytes) -> Iterator[Vault]:
    with open_vault(store_location, vault_key) as opened:
        yield opened


@pytest.fixture
def ledger(store_location: str) -> Iterator[Ledger]:
    with open_ledger(store_location) as opened:
        yield opened


@pytest.fixture
def raw_sql(store_location: str) -> Callable[..., list[tuple[Any, ...]]]:
    """Run SQL straight on the store, bypassing gamyeong (to play the attacker); ``?`` placeholders."""

    def run(sql: str, *params: Any) -> list[tuple[Any, ...]]:
        if store_location.startswith("postgresql://"):
            import psycopg

            with psycopg.connect(store_location, autocommit=True) as conn, conn.cursor() as cur:
                cur.execute(sql.replace("?", "%s"), params or None)  # type: ignore[arg-type]
                return list(cur.fetchall()) if cur.description else []
        with sqlite3.connect(store_location, isolation_level=None) as conn:
            rows = list(conn.execute(sql, params).fetchall())
        conn.close()
        return rows

    return run
