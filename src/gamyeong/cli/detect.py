"""``gamyeong detect``, ``labels`` and ``version``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, BinaryIO, TextIO

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from gamyeong import __version__
from gamyeong.cli import app
from gamyeong.cli.common import EXIT_FINDINGS, LangOption, OutputFormat, err, fail, render_text, warn
from gamyeong.cli.stores import InputFormatOption
from gamyeong.detect import Analyzer
from gamyeong.errors import GamyeongError
from gamyeong.labels import STRUCTURED_LABELS, Label
from gamyeong.langs import detect_language, parse_language
from gamyeong.records import DEFAULT_MAX_CHARS, BadRecord, Record, iter_records
from gamyeong.spans import Span

__all__ = ["detect", "labels", "version"]


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


@dataclass(frozen=True, slots=True)
class _Render:
    """How ``detect`` prints what it found."""

    output_format: OutputFormat
    lang: str | None
    show_text: bool
    explain: bool


@app.command()
def detect(
    file: Annotated[str, typer.Argument(help="Input file (plain text or JSONL), or - for standard input.")] = "-",
    lang: Annotated[LangOption, typer.Option(help="Language of the text; auto detects it per record.")] = (
        LangOption.auto
    ),
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="jsonl (one line per record), json, text, table.")
    ] = OutputFormat.jsonl,
    input_format: Annotated[
        InputFormatOption, typer.Option(help="auto: JSONL for .jsonl/.ndjson files or text starting with '{'.")
    ] = InputFormatOption.auto,
    field: Annotated[str, typer.Option(help="JSONL field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSONL field holding the record id.")] = "id",
    labels: Annotated[
        str | None, typer.Option(help="Comma-separated labels to find (default: all), or 'structured'.")
    ] = None,
    threshold: Annotated[
        float | None, typer.Option(min=0.0, max=1.0, help="One score threshold for every label (overrides presets).")
    ] = None,
    recall: Annotated[
        bool,
        typer.Option("--recall", help="Favour recall: fewer leaks, more false alarms (a privacy officer's choice)."),
    ] = False,
    fast: Annotated[
        bool, typer.Option("--fast", help="French/English names by rules only, without spaCy (7-10x faster).")
    ] = False,
    custom: Annotated[
        Path | None, typer.Option(help="TOML file with custom patterns, term lists and allow-lists.")
    ] = None,
    show_text: Annotated[bool, typer.Option("--show-text", help="Print the detected values (off by default).")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Add why each span scored as it did.")] = False,
    fail_on_findings: Annotated[
        bool, typer.Option("--fail-on-findings", help="Exit 1 when anything is found.")
    ] = False,
    errors: Annotated[
        Path | None, typer.Option(help="Write each bad record's line, id and reason here as JSONL.")
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any record was bad.")] = False,
    max_chars: Annotated[int, typer.Option(min=1, help="Longest text accepted per record.")] = DEFAULT_MAX_CHARS,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write results here (default stdout).")] = None,
) -> None:
    """Find personal data in a text file or JSONL records; print spans (values only with --show-text)."""
    wanted = ",".join(sorted(STRUCTURED_LABELS)) if labels == "structured" else labels
    try:
        analyzer = Analyzer(
            labels=wanted, threshold=threshold, custom=custom, preset="recall" if recall else "balanced", ner=not fast
        )
    except GamyeongError as exc:
        raise fail(exc.message) from None
    render = _Render(output_format, None if lang is LangOption.auto else lang.value, show_text, explain)
    if file == "-" and sys.stdin.isatty():
        err.print("reading text from standard input; end it with Ctrl-D (or give a file name)")
    with ExitStack() as stack:
        try:
            stream: BinaryIO = sys.stdin.buffer if file == "-" else stack.enter_context(Path(file).open("rb"))
            out: TextIO = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
            err_out = stack.enter_context(errors.open("w", encoding="utf-8")) if errors else None
        except OSError as exc:
            raise fail(f"cannot open {exc.filename}: {exc.strerror}; check the path") from None
        records = iter_records(
            stream, file, input_format=input_format.value, field=field, id_field=id_field, max_chars=max_chars
        )
        read, ok, bad, found = _run_detect(analyzer, records, out, err_out, render)
    if read > 1 or bad:
        err.print(f"records: {read} read = {ok} processed + {bad} bad; {found} span(s) found")
    if bad and strict:
        raise typer.Exit(EXIT_FINDINGS)
    if found and fail_on_findings:
        raise typer.Exit(EXIT_FINDINGS)


def _run_detect(
    analyzer: Analyzer,
    records: Iterator[Record | BadRecord],
    out: TextIO,
    err_out: TextIO | None,
    render: _Render,
) -> tuple[int, int, int, int]:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    read = ok = bad = found = 0
    collected: list[dict[str, Any]] = []
    table = Table("id", "label", "span", "score", "detector", "in context", title="gamyeong detect")
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} records"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )

    def report(item: BadRecord) -> None:
        warn(f"line {item.line}" + (f" (id {item.id})" if item.id is not None else "") + f": {item.reason}")
        if err_out:
            err_out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")

    with progress:
        task = progress.add_task("detect", total=None)
        try:
            for item in records:
                read += 1
                progress.advance(task)
                if isinstance(item, BadRecord):
                    bad += 1
                    report(item)
                    continue
                try:
                    lang = render.lang or _record_lang(item)
                    spans = analyzer.detect(item.text, lang)
                except GamyeongError as exc:
                    bad += 1
                    report(BadRecord(item.line, item.id, exc.message))
                    continue
                ok += 1
                found += len(spans)
                _emit(item, spans, lang or detect_language(item.text), out, collected, table, render)
        except GamyeongError as exc:
            raise fail(exc.message) from None
    if render.output_format is OutputFormat.json:
        json.dump(collected, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif render.output_format is OutputFormat.table:
        Console(file=out, highlight=False, width=None if out.isatty() else 140).print(table)
    return read, ok, bad, found


def _record_lang(record: Record) -> str | None:
    """The record's own language field, when it names one we know (else: detect it)."""
    if record.lang is None:
        return None
    try:
        parsed = parse_language(record.lang)
    except ValueError:
        return None
    return parsed.value if parsed else None


def _emit(
    record: Record,
    spans: list[Span],
    lang: str,
    out: TextIO,
    collected: list[dict[str, Any]],
    table: Table,
    render: _Render,
) -> None:
    fmt = render.output_format
    if fmt is OutputFormat.jsonl:
        line = _record_json(record, spans, lang, render.show_text, render.explain)
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    elif fmt is OutputFormat.json:
        collected.append(_record_json(record, spans, lang, render.show_text, render.explain))
    elif fmt is OutputFormat.text:
        out.write(f"# {record.id}\n{render_text(record.text, spans, render.show_text)}\n")
    else:
        for s in spans:
            table.add_row(
                Text(str(record.id)),
                str(s.label),
                f"{s.start}-{s.end}",
                f"{s.score:.2f}",
                s.detector,
                Text(_snippet(record.text, spans, s, render.show_text)),  # Text: a document is not markup
            )


@app.command()
def labels() -> None:
    """List the labels gamyeong detects, with what each covers."""
    from gamyeong.labels import LABEL_DESCRIPTIONS

    table = Table("label", "kind", "what")
    for label in Label:
        kind = "structured" if label in STRUCTURED_LABELS else "planned (not detected yet)"
        table.add_row(str(label), kind, LABEL_DESCRIPTIONS[label])
    Console(highlight=False).print(table)


@app.command()
def version() -> None:
    """Print the version and the pattern engine in use."""
    from gamyeong.detect.scanner import available_engines

    typer.echo(f"gamyeong {__version__} (pattern engine: {available_engines()[0]})")
