"""What every command shares: the error console, exit codes, option enums, messages without values."""

from __future__ import annotations

from enum import StrEnum

import typer
from rich.console import Console
from rich.markup import escape

from gamyeong.spans import Span

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_USAGE",
    "LangOption",
    "OutputFormat",
    "err",
    "fail",
    "render_text",
    "warn",
]

err = Console(stderr=True, highlight=False)

EXIT_FINDINGS = 1
EXIT_USAGE = 2


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    text = "text"
    table = "table"


class LangOption(StrEnum):
    auto = "auto"
    ko = "ko"
    en = "en"
    fr = "fr"


def fail(message: str) -> typer.Exit:
    """Print a usage/input error (rich markup never interprets it) and give the exit to raise."""
    err.print(f"[bold red]error:[/] {escape(message)}")
    return typer.Exit(EXIT_USAGE)


def warn(message: str, prefix: str = "skipped") -> None:
    err.print(f"[yellow]{prefix}[/] {escape(message)}")


def render_text(text: str, spans: list[Span], show_text: bool) -> str:
    """The document with each span shown as its label (and its value only with ``show_text``)."""
    parts: list[str] = []
    pos = 0
    for s in spans:
        parts.append(text[pos : s.start])
        parts.append(f"[{s.label}: {s.text(text)}]" if show_text else f"[{s.label}]")
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts)
