"""A throwaway PostgreSQL server for tests: initdb in a temporary directory, trust auth, 127.0.0.1 only.

The binaries are found in ``$GAMYEONG_PG_BINDIR``, ``/usr/lib/postgresql/<newest>/bin`` (Debian) or on
``PATH``. PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` system user
(``runuser -u postgres``) with the data directory chowned to it. ``fsync`` is off: nothing here must survive
a crash. :func:`start_server` returns a :class:`PostgresServer`; :meth:`PostgresServer.stop` removes
everything (also registered with :mod:`atexit`).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["PostgresServer", "PostgresUnavailable", "find_bindir", "start_server"]

SUPERUSER = "postgres"


class PostgresUnavailable(RuntimeError):
    """PostgreSQL cannot be started here (binaries or the postgres user missing)."""


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name)) or (0,)


def find_bindir() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl``, or None."""
    candidates: list[Path] = []
    if os.environ.get("GAMYEONG_PG_BINDIR"):
        candidates.append(Path(os.environ["GAMYEONG_PG_BINDIR"]))
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True)
    candidates += sorted(Path("/usr/local/opt").glob("postgresql*/bin"), reverse=True)  # Homebrew
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for bindir in candidates:
        if (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file():
            return bindir
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    bindir: Path
    root: Path
    port: int
    run_as: str | None  # the system user the server runs as (None: the current user)
    host: str = "127.0.0.1"
    _stopped: bool = field(default=False, repr=False)

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@{self.host}:{self.port}/{dbname}"

    def create_database(self, prefix: str = "t") -> str:
        """A fresh, empty namespace for one test: a schema, selected by the URL's ``search_path``.

        (``CREATE DATABASE`` costs 0.1-0.3 s; a schema costs milliseconds and isolates tables the same way.)
        """
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')  # type: ignore[arg-type]
        return f"{self.url()}?options=-csearch_path%3D{name}"

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("%3D", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')  # type: ignore[arg-type]

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        _run(self, "pg_ctl", "-D", str(self.datadir), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def _command(server: PostgresServer, tool: str, *args: str) -> list[str]:
    cmd = [str(server.bindir / tool), *args]
    return ["runuser", "-u", server.run_as, "--", *cmd] if server.run_as else cmd


def _run(server: PostgresServer, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        _command(server, tool, *args), capture_output=True, text=True, timeout=60, check=False, cwd=server.root
    )
    if check and proc.returncode != 0:
        raise PostgresUnavailable(f"{tool} failed ({proc.returncode}): {proc.stderr.strip() or proc.stdout.strip()}")
    return proc


def start_server() -> PostgresServer:
    """initdb + pg_ctl start on a free loopback port; raises PostgresUnavailable when it cannot."""
    bindir = find_bindir()
    if bindir is None:
        raise PostgresUnavailable(
            "PostgreSQL is not installed (no initdb/pg_ctl in $GAMYEONG_PG_BINDIR, /usr/lib/postgresql/*/bin "
            "or on PATH): run `make system-deps` (Debian package postgresql)"
        )
    run_as: str | None = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SUPERUSER)
        except KeyError:
            raise PostgresUnavailable(
                "running as root but there is no 'postgres' system user to run the server"
            ) from None
        run_as = SUPERUSER
    root = Path(tempfile.mkdtemp(prefix="gamyeong-pg-"))
    if run_as:
        shutil.chown(root, user=run_as)
    server = PostgresServer(bindir, root, 0, run_as)
    atexit.register(server.stop)
    try:
        args = ["-D", str(server.datadir), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]
        _run(server, "initdb", *args)
        _start(server)
    except BaseException:
        server.stop()
        raise
    return server


def _start(server: PostgresServer) -> None:
    last_error = ""
    for _ in range(5):  # a free port can be taken between probing and binding: retry
        server.port = _free_port()
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(server.port),
            "unix_socket_directories": f"'{server.root}'",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "100",
            "shared_buffers": "32MB",
        }
        conf = "".join(f"{key} = {value}\n" for key, value in settings.items())
        _write_as(server, server.datadir / "postgresql.auto.conf", conf)
        log = server.root / "server.log"
        proc = _run(server, "pg_ctl", "-D", str(server.datadir), "-l", str(log), "-w", "-t", "30", "start", check=False)
        if proc.returncode == 0:
            return
        last_error = _log_tail(log) or proc.stderr
    raise PostgresUnavailable(f"pg_ctl start failed: {last_error.strip()}")


def _write_as(server: PostgresServer, path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    if server.run_as:
        shutil.chown(path, user=server.run_as)


def _log_tail(path: Path) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-5:])
    return ""
