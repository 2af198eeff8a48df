"""The ``gamyeong`` command line: thin Typer commands over the public API.

Exit codes: 0 ok, 1 findings with ``--fail-on-findings`` (or bad records with ``--strict``), 2 usage or
input error. Detected values are printed only with ``--show-text``.
"""

from __future__ import annotations

import sys

import typer
from rich.markup import escape

from gamyeong.cli.common import EXIT_USAGE, err
from gamyeong.errors import GamyeongError

__all__ = ["app", "main"]

app = typer.Typer(
    name="gamyeong",
    help="Find and pseudonymize personal data in Korean, French and English text, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Commands register themselves on ``app``; imported after it exists.
from gamyeong.cli import admin as _admin  # noqa: E402,F401
from gamyeong.cli import detect as _detect  # noqa: E402,F401
from gamyeong.cli import pseudonymize as _pseudonymize  # noqa: E402,F401
from gamyeong.cli import run as _run  # noqa: E402,F401
from gamyeong.cli import serve as _serve  # noqa: E402,F401


def main() -> None:
    try:
        app()
    except GamyeongError as exc:  # a user error that slipped through: still no traceback
        err.print(f"[bold red]error:[/] {escape(exc.message)}")
        sys.exit(EXIT_USAGE)
