"""``gamyeong pseudonymize`` and ``gamyeong restore``: the job shells around the pure engine."""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated, Any, BinaryIO, TextIO

import typer

from gamyeong import __version__
from gamyeong.cli import app
from gamyeong.cli.common import EXIT_FINDINGS, LangOption, fail, warn
from gamyeong.cli.stores import InputFormatOption, check_apart, open_keys, open_vault_from_options
from gamyeong.detect import Analyzer
from gamyeong.errors import GamyeongError
from gamyeong.langs import parse_language
from gamyeong.pseudonymize.api import pseudonymize as run_pseudonymize
from gamyeong.pseudonymize.api import restore as run_restore
from gamyeong.pseudonymize.operators.base import OperatorContext
from gamyeong.pseudonymize.policy import load_policy
from gamyeong.pseudonymize.purpose import PurposeCategory, check_purpose
from gamyeong.pseudonymize.record import DEFAULT_RETENTION_DAYS, JobTally, processing_record
from gamyeong.records import DEFAULT_MAX_CHARS, BadRecord, Record, iter_records

__all__ = ["pseudonymize", "restore"]

#: JSONL records carry where their replacements are (positions, labels, operators: never values), so
#: ``restore`` can find FF1 values, which look like ordinary numbers.
SPANS_FIELD = "_gamyeong_spans"

KeyOption = Annotated[
    Path | None, typer.Option("--key", help="Key file (default: the GAMYEONG_KEY environment variable).")
]
VaultOption = Annotated[str | None, typer.Option(help="Vault: a SQLite file path or a postgresql:// URL.")]
VaultKeyOption = Annotated[
    Path | None, typer.Option(help="Vault key file (default: the GAMYEONG_VAULT_KEY environment variable).")
]
InputOption = Annotated[str, typer.Argument(help="Input file (plain text or JSONL), or - for standard input.")]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write the result here (default stdout).")]


def _write(out: TextIO, record: Record, text: str, spans: list[dict[str, Any]], field: str) -> None:
    if record.raw is None:
        out.write(text)
        return
    obj = dict(record.raw)
    obj[field] = text
    obj[SPANS_FIELD] = spans
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


@app.command()
def pseudonymize(
    file: InputOption = "-",
    policy: Annotated[str, typer.Option(help="training, gateway, share, or a policy TOML file.")] = "training",
    key: KeyOption = None,
    purpose: Annotated[str, typer.Option(help="The concrete purpose, recorded in the processing record.")] = "",
    purpose_category: Annotated[
        PurposeCategory, typer.Option(help="statistics, research (AI development included) or archiving.")
    ] = PurposeCategory.RESEARCH,
    vault: VaultOption = None,
    vault_key: VaultKeyOption = None,
    ledger: Annotated[
        str | None, typer.Option(help="Processing record: SQLite path or postgresql:// URL (default: GAMYEONG_LEDGER).")
    ] = None,
    retention_days: Annotated[int, typer.Option(min=1, help="How long the record is kept.")] = DEFAULT_RETENTION_DAYS,
    lang: Annotated[LangOption, typer.Option(help="Language of the text; auto detects it per record.")] = (
        LangOption.auto
    ),
    input_format: Annotated[InputFormatOption, typer.Option(help="auto, text or jsonl.")] = InputFormatOption.auto,
    field: Annotated[str, typer.Option(help="JSONL field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSONL field holding the record id.")] = "id",
    errors: Annotated[
        Path | None, typer.Option(help="Write each bad or blocked record's line and reason here.")
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any record was bad or blocked.")] = False,
    max_chars: Annotated[int, typer.Option(min=1, help="Longest text accepted per record.")] = DEFAULT_MAX_CHARS,
    output: OutputOption = None,
) -> None:
    """Rewrite personal data by a policy; append a processing record to the ledger."""
    from gamyeong.pseudonymize.ledger import open_ledger

    try:
        resolved = load_policy(policy)
        purpose_text = check_purpose(purpose)
        keys = open_keys(key) if resolved.needs_key or key else None
        check_apart(output, key, vault)
        job_ledger = open_ledger(ledger)
    except GamyeongError as exc:
        raise fail(exc.message) from None
    tally = JobTally()
    with ExitStack() as stack:
        try:
            store = open_vault_from_options(vault, vault_key, stack, required=resolved.uses_vault)
            stream: BinaryIO = sys.stdin.buffer if file == "-" else stack.enter_context(Path(file).open("rb"))
            out: TextIO = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
            err_out = stack.enter_context(errors.open("w", encoding="utf-8")) if errors else None
        except OSError as exc:
            raise fail(f"cannot open {exc.filename}: {exc.strerror}; check the path") from None
        except GamyeongError as exc:
            raise fail(exc.message) from None
        analyzer = Analyzer()
        forced = parse_language(lang.value) if lang is not LangOption.auto else None
        records = iter_records(stream, file, input_format=input_format.value, field=field, id_field=id_field,
                               max_chars=max_chars)  # fmt: skip
        for item in records:
            tally.read += 1
            if isinstance(item, BadRecord):
                tally.bad += 1
                _report(err_out, item.line, item.id, item.reason)
                continue
            tally.feed(item.text.encode("utf-8"))
            # One vault scope per purpose: a value gets the same token in every file of a corpus, and another
            # purpose never shares it. Numbering (redact numbered=true) restarts with each record.
            ctx = OperatorContext(purpose=purpose_text, keys=keys, vault=store, scope=f"purpose:{purpose_text}")
            try:
                result = run_pseudonymize(item.text, resolved, lang=forced or _record_lang(item), analyzer=analyzer,
                                          context=ctx)  # fmt: skip
            except GamyeongError as exc:
                tally.bad += 1
                _report(err_out, item.line, item.id, exc.message)
                continue
            tally.add(result)
            if result.blocked:
                _report(err_out, item.line, item.id, f"blocked by the policy: it holds {', '.join(result.blocked)}")
                continue
            _write(out, item, result.text, [s.to_dict() for s in result.spans], field)
    record = processing_record(
        tally=tally, policy=resolved, purpose=purpose_text, category=purpose_category,
        key_id=keys.active_id if keys else None, vault_location=vault, version=__version__,
        retention_days=retention_days,
    )  # fmt: skip
    entry = job_ledger.append(record)
    job_ledger.close()
    from gamyeong.cli.common import err

    err.print(
        f"records: {tally.read} read = {tally.written} written + {tally.blocked} blocked + {tally.bad} bad; "
        f"processing record #{entry.seq} (job {record['job_id']})"
    )
    if strict and (tally.bad or tally.blocked):
        raise typer.Exit(EXIT_FINDINGS)


def _record_lang(record: Record) -> str | None:
    try:
        parsed = parse_language(record.lang) if record.lang else None
    except ValueError:
        return None
    return parsed.value if parsed else None


def _report(err_out: TextIO | None, line: int, rid: object, reason: str) -> None:
    warn(f"line {line}" + (f" (id {rid})" if rid is not None else "") + f": {reason}")
    if err_out:
        err_out.write(json.dumps({"line": line, "id": rid, "reason": reason}, ensure_ascii=False) + "\n")


@app.command()
def restore(
    file: InputOption = "-",
    key: KeyOption = None,
    purpose: Annotated[str, typer.Option(help="The purpose the text was pseudonymized for (keys depend on it).")] = "",
    policy: Annotated[
        str | None, typer.Option(help="The policy used: only for fpe values in outputs whose spans carry no mode.")
    ] = None,
    vault: VaultOption = None,
    vault_key: VaultKeyOption = None,
    input_format: Annotated[InputFormatOption, typer.Option(help="auto, text or jsonl.")] = InputFormatOption.auto,
    field: Annotated[str, typer.Option(help="JSONL field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSONL field holding the record id.")] = "id",
    output: OutputOption = None,
) -> None:
    """Give back encrypt, fpe and vault replacements; report what cannot be restored."""
    try:
        keys = open_keys(key) if key or not vault else None
    except GamyeongError as exc:
        if vault is None:
            raise fail(exc.message) from None
        keys = None
    restored = unrestorable = 0
    with ExitStack() as stack:
        try:
            store = open_vault_from_options(vault, vault_key, stack, required=False)
            stream: BinaryIO = sys.stdin.buffer if file == "-" else stack.enter_context(Path(file).open("rb"))
            out: TextIO = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        except OSError as exc:
            raise fail(f"cannot open {exc.filename}: {exc.strerror}; check the path") from None
        except GamyeongError as exc:
            raise fail(exc.message) from None
        for item in iter_records(stream, file, input_format=input_format.value, field=field, id_field=id_field):
            if isinstance(item, BadRecord):
                _report(None, item.line, item.id, item.reason)
                continue
            spans = (item.raw or {}).get(SPANS_FIELD, [])
            result = run_restore(item.text, keys=keys, purpose=purpose, vault=store, replaced=spans, policy=policy)
            restored += result.restored
            unrestorable += len(result.unrestorable)
            for problem in result.unrestorable:
                warn(f"line {item.line}: {problem.label} at {problem.start}-{problem.end}: {problem.reason}",
                     prefix="not restored")  # fmt: skip
            if item.raw is None:
                out.write(result.text)
            else:
                obj = {k: v for k, v in item.raw.items() if k != SPANS_FIELD}
                obj[field] = result.text
                out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    from gamyeong.cli.common import err

    err.print(f"restored {restored} value(s); {unrestorable} could not be restored")
