"""The ``gamyeong`` command line: thin Typer commands over the public API.

Exit codes: 0 ok, 1 findings with ``--fail-on-findings`` (or bad records with ``--strict``), 2 usage or
input error. Detected values are printed only with ``--show-text``.
"""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, BinaryIO, TextIO

import typer
from rich.console import Console
from rich.table import Table

from gamyeong import __version__
from gamyeong.detect import Analyzer
from gamyeong.errors import GamyeongError
from gamyeong.labels import STRUCTURED_LABELS, Label
from gamyeong.records import DEFAULT_MAX_CHARS, BadRecord, Record, iter_records
from gamyeong.spans import Span

__all__ = ["app", "main"]

app = typer.Typer(
    name="gamyeong",
    help="Find and pseudonymize personal data in Korean, French and English text, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
_err = Console(stderr=True, highlight=False)

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


def _fail(message: str) -> typer.Exit:
    _err.print(f"[bold red]error:[/] {message}")
    return typer.Exit(EXIT_USAGE)


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


def _snippet(text: str, spans: list[Span], span: Span, show_text: bool, width: int = 28) -> str:
    lo, hi = max(0, span.start - width), min(len(text), span.end + width)
    inside = [s for s in spans if s.start < hi and s.end > lo]
    lo = min([lo, *(s.start for s in inside)])
    hi = max([hi, *(s.end for s in inside)])
    local = [Span(s.start - lo, s.end - lo, s.label, s.score, s.detector) for s in inside]
    return render_text(text[lo:hi], local, show_text).replace("\n", " ")


def _record_json(record: Record, spans: list[Span], lang: str, show_text: bool, explain: bool) -> dict[str, Any]:
    items = []
    for s in spans:
        item = s.to_dict(record.text if show_text else None)
        if explain:
            item["explanation"] = list(s.explanation)
        items.append(item)
    return {"id": record.id, "lang": lang, "spans": items}


@app.command()
def detect(
    file: Annotated[str, typer.Argument(help="Input file (plain text or JSONL), or - for standard input.")] = "-",
    lang: Annotated[LangOption, typer.Option(help="Language of the text; auto detects it per record.")] = (
        LangOption.auto
    ),
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="jsonl (one line per record), json, text, table.")
    ] = OutputFormat.jsonl,
    field: Annotated[str, typer.Option(help="JSONL field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSONL field holding the record id.")] = "id",
    labels: Annotated[
        str | None, typer.Option(help="Comma-separated labels to find (default: all), or 'structured'.")
    ] = None,
    threshold: Annotated[float | None, typer.Option(min=0.0, max=1.0, help="Score threshold (default 0.5).")] = None,
    custom: Annotated[
        Path | None, typer.Option(help="TOML file with custom patterns, term lists and allow-lists.")
    ] = None,
    show_text: Annotated[bool, typer.Option("--show-text", help="Print the detected values (off by default).")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Add why each span scored as it did.")] = False,
    fail_on_findings: Annotated[
        bool, typer.Option("--fail-on-findings", help="Exit 1 when anything is found.")
    ] = False,
    errors: Annotated[Path | None, typer.Option(help="Write bad records (line, id, reason) here as JSONL.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any record was bad.")] = False,
    max_chars: Annotated[int, typer.Option(min=1, help="Longest text accepted per record.")] = DEFAULT_MAX_CHARS,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write results here (default stdout).")] = None,
) -> None:
    """Find personal data in a text file or JSONL records; print spans (values only with --show-text)."""
    wanted = ",".join(sorted(STRUCTURED_LABELS)) if labels == "structured" else labels
    try:
        analyzer = Analyzer(labels=wanted, threshold=threshold, custom=custom)
    except GamyeongError as exc:
        raise _fail(exc.message) from None
    lang_arg = None if lang is LangOption.auto else lang.value
    with ExitStack() as stack:
        try:
            stream: BinaryIO = sys.stdin.buffer if file == "-" else stack.enter_context(Path(file).open("rb"))
        except OSError as exc:
            raise _fail(f"cannot open {file}: {exc.strerror}; check the path") from None
        out: TextIO = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        err_out = stack.enter_context(errors.open("w", encoding="utf-8")) if errors else None
        counts = _run_detect(
            analyzer, stream, file, out, err_out,
            output_format=output_format, field=field, id_field=id_field, lang=lang_arg,
            show_text=show_text, explain=explain, max_chars=max_chars,
        )  # fmt: skip
    read, ok, bad, found = counts
    if read > 1 or bad:
        _err.print(f"records: {read} read = {ok} processed + {bad} bad; {found} spans found")
    if bad and strict:
        raise typer.Exit(EXIT_FINDINGS)
    if found and fail_on_findings:
        raise typer.Exit(EXIT_FINDINGS)


def _run_detect(
    analyzer: Analyzer,
    stream: BinaryIO,
    name: str,
    out: TextIO,
    err_out: TextIO | None,
    *,
    output_format: OutputFormat,
    field: str,
    id_field: str,
    lang: str | None,
    show_text: bool,
    explain: bool,
    max_chars: int,
) -> tuple[int, int, int, int]:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    read = ok = bad = found = 0
    collected: list[dict[str, Any]] = []
    table = Table("id", "label", "span", "score", "detector", "in context", title="gamyeong detect")
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.completed} records"), TimeElapsedColumn(), console=_err, transient=True,
        disable=not _err.is_terminal,
    )  # fmt: skip
    records = iter_records(stream, name, field=field, id_field=id_field, max_chars=max_chars)
    with progress:
        task = progress.add_task("detect", total=None)
        try:
            for item in records:
                read += 1
                progress.advance(task)
                if isinstance(item, BadRecord):
                    bad += 1
                    _err.print(f"[yellow]skipped[/] line {item.line}" + (f" (id {item.id})" if item.id else "")
                               + f": {item.reason}", markup=True, highlight=False)  # fmt: skip
                    if err_out:
                        err_out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                    continue
                try:
                    spans = analyzer.detect(item.text, lang or item.lang)
                except GamyeongError as exc:
                    bad += 1
                    _err.print(f"[yellow]skipped[/] line {item.line}: {exc.message}")
                    if err_out:
                        err_out.write(json.dumps(BadRecord(item.line, item.id, exc.message).to_dict()) + "\n")
                    continue
                ok += 1
                found += len(spans)
                _emit(item, spans, analyzer, out, collected, table, output_format, lang, show_text, explain)
        except GamyeongError as exc:
            raise _fail(exc.message) from None
    if output_format is OutputFormat.json:
        json.dump(collected, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif output_format is OutputFormat.table:
        Console(file=out, highlight=False, width=140 if not out.isatty() else None).print(table)
    return read, ok, bad, found


def _emit(
    record: Record,
    spans: list[Span],
    analyzer: Analyzer,
    out: TextIO,
    collected: list[dict[str, Any]],
    table: Table,
    output_format: OutputFormat,
    lang: str | None,
    show_text: bool,
    explain: bool,
) -> None:
    from gamyeong.langs import detect_language

    shown_lang = lang or record.lang or detect_language(record.text)
    if output_format is OutputFormat.jsonl:
        out.write(json.dumps(_record_json(record, spans, shown_lang, show_text, explain), ensure_ascii=False) + "\n")
    elif output_format is OutputFormat.json:
        collected.append(_record_json(record, spans, shown_lang, show_text, explain))
    elif output_format is OutputFormat.text:
        out.write(f"# {record.id}\n{render_text(record.text, spans, show_text)}\n")
    else:
        for s in spans:
            table.add_row(
                str(record.id), str(s.label), f"{s.start}-{s.end}", f"{s.score:.2f}", s.detector,
                _snippet(record.text, spans, s, show_text),
            )  # fmt: skip


@app.command()
def labels() -> None:
    """List the labels gamyeong detects, with what each covers."""
    from gamyeong.labels import LABEL_DESCRIPTIONS

    table = Table("label", "kind", "what")
    for label in Label:
        kind = "structured" if label in STRUCTURED_LABELS else "names/places/dates"
        table.add_row(str(label), kind, LABEL_DESCRIPTIONS[label])
    Console(highlight=False).print(table)


@app.command()
def version() -> None:
    """Print the version and the pattern engine in use."""
    from gamyeong.detect.scanner import available_engines

    typer.echo(f"gamyeong {__version__} (pattern engine: {available_engines()[0]})")


def main() -> None:
    try:
        app()
    except GamyeongError as exc:  # a user error that slipped through: still no traceback
        _err.print(f"[bold red]error:[/] {exc.message}")
        sys.exit(EXIT_USAGE)
