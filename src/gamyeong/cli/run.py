"""``gamyeong run``: the corpus pipeline (read → detect → pseudonymize → write) over a local process pool, Ray
or Spark. A thin shell over :func:`gamyeong.datasets.run`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from gamyeong.cli import app
from gamyeong.cli.common import EXIT_FINDINGS, LangOption, err, fail
from gamyeong.cli.stores import check_apart, open_keys
from gamyeong.datasets.job import DEFAULT_PEOPLE_SEARCH_DOMAINS, Filters
from gamyeong.datasets.shards import DEFAULT_SHARD_SIZE
from gamyeong.errors import GamyeongError
from gamyeong.pseudonymize.policy import load_policy
from gamyeong.pseudonymize.purpose import PurposeCategory

__all__ = ["run"]


class ExecutorOption(StrEnum):
    local = "local"
    ray = "ray"
    spark = "spark"


class FormatOption(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ReportLang(StrEnum):
    en = "en"
    ko = "ko"
    fr = "fr"


def _domains(drop_people_search: bool, domains_file: Path | None) -> frozenset[str]:
    domains: set[str] = set(DEFAULT_PEOPLE_SEARCH_DOMAINS) if drop_people_search else set()
    if domains_file is not None:
        try:
            lines = domains_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise GamyeongError(f"cannot read the domain list {domains_file}: {exc.strerror}") from None
        domains.update(d.strip().lower() for d in lines if d.strip() and not d.lstrip().startswith("#"))
    return frozenset(domains)


@app.command()
def run(
    input: Annotated[list[str], typer.Option("--input", "-i", help="Input files or globs (.jsonl, .csv, .parquet).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output directory (one file per shard).")],
    purpose: Annotated[str, typer.Option(help="The concrete purpose, recorded in the processing record.")] = "",
    policy: Annotated[str, typer.Option(help="training, gateway, share, or a policy TOML file.")] = "training",
    key: Annotated[Path | None, typer.Option(help="Key file (default: GAMYEONG_KEY).")] = None,
    vault: Annotated[str | None, typer.Option(help="Vault: a SQLite file path or a postgresql:// URL.")] = None,
    vault_key: Annotated[Path | None, typer.Option(help="Vault key file (default: GAMYEONG_VAULT_KEY).")] = None,
    executor: Annotated[ExecutorOption, typer.Option(help="local (process pool), ray or spark.")] = (
        ExecutorOption.local
    ),
    workers: Annotated[int | None, typer.Option(min=1, help="Worker processes (default: every core).")] = None,
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field", help="Field or JSON path to pseudonymize (repeatable); PATH=POLICY gives it its own policy."
        ),
    ] = None,
    id_field: Annotated[str, typer.Option(help="Record id field, named in the quarantine.")] = "id",
    out_format: Annotated[
        FormatOption | None, typer.Option("--format", help="Output format (default: the input's).")
    ] = None,
    lang: Annotated[LangOption, typer.Option(help="Language of the text; auto detects it per field.")] = (
        LangOption.auto
    ),
    recall: Annotated[
        bool, typer.Option("--recall", help="The recall preset: fewer leaks, more false alarms.")
    ] = False,
    fast: Annotated[
        bool, typer.Option("--fast", help="French/English names by rules only, without spaCy (7-10x faster).")
    ] = False,
    max_chars: Annotated[int, typer.Option(min=1, help="Longest text accepted per field.")] = 1_000_000,
    shard_size: Annotated[int, typer.Option(min=1, help="Records per shard.")] = DEFAULT_SHARD_SIZE,
    drop_people_search: Annotated[
        bool, typer.Option("--drop-people-search", help="Set aside records whose URL is on a people-search site.")
    ] = False,
    domains_file: Annotated[Path | None, typer.Option(help="More domains to set aside, one per line.")] = None,
    url_field: Annotated[str, typer.Option(help="Field holding the record's URL.")] = "url",
    dump_min_findings: Annotated[
        int | None, typer.Option(min=1, help="Set aside identity dumps: records with at least N identifiers …")
    ] = None,
    dump_density: Annotated[float, typer.Option(help="… and at least this many per 100 characters.")] = 2.0,
    sample_size: Annotated[int, typer.Option(min=0, help="Changed records in the report's inspection sample.")] = 20,
    report_lang: Annotated[ReportLang, typer.Option(help="Language of the HTML report.")] = ReportLang.en,
    purpose_category: Annotated[
        PurposeCategory, typer.Option(help="statistics, research (AI development included) or archiving.")
    ] = PurposeCategory.RESEARCH,
    ledger: Annotated[str | None, typer.Option(help="Processing record: SQLite path or postgresql:// URL.")] = None,
    cluster: Annotated[
        str | None, typer.Option(help="Ray address or Spark master URL (default: a local cluster).")
    ] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace the output of a different run.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any record was quarantined.")] = False,
) -> None:
    """Pseudonymize a corpus shard by shard: resumable, with quarantine, filters, report and processing record."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from gamyeong.datasets import run as run_job
    from gamyeong.pseudonymize.vault import load_vault_key

    try:
        resolved = load_policy(policy)
        fields = field or ["text"]
        rules = [load_policy(f.partition("=")[2].strip()) for f in fields if f.partition("=")[2].strip()]
        keys = open_keys(key) if key or any(p.needs_key for p in [resolved, *rules]) else None
        check_apart(output / "x", key, vault)
        filters = Filters(
            drop_domains=_domains(drop_people_search, domains_file), url_field=url_field,
            dump_min_findings=dump_min_findings, dump_density=dump_density,
        )  # fmt: skip
        secret = load_vault_key(vault_key) if vault else None
    except GamyeongError as exc:
        raise fail(exc.message) from None
    progress = Progress(
        TextColumn("[bold]gamyeong run[/]"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} rec/s"), TimeRemainingColumn(), console=err, transient=True,
        disable=not err.is_terminal,
    )  # fmt: skip
    task = progress.add_task("run", total=None, rate="–")

    def on_plan(records: int, shards: int) -> None:
        progress.update(task, total=records)
        if executor is not ExecutorOption.local:
            err.print(f"running {shards} shard(s) on {executor.value} …")

    def on_records(n: int) -> None:
        progress.advance(task, n)
        speed = progress.tasks[0].speed
        progress.update(task, rate=f"{speed:,.0f}" if speed else "–")

    try:
        with progress:
            summary = run_job(
                input, output, purpose=purpose, policy=resolved, fields=fields, keys=keys, vault=vault,
                vault_key=secret, executor=executor.value, workers=workers,
                out_format=out_format.value if out_format else None,
                lang=None if lang is LangOption.auto else lang.value, ner=not fast,
                preset="recall" if recall else "balanced",
                max_chars=max_chars, filters=filters, shard_size=shard_size, sample_size=sample_size,
                purpose_category=purpose_category, ledger=ledger, report_lang=report_lang.value,
                overwrite=overwrite, cluster=cluster, on_records=on_records, on_plan=on_plan, id_field=id_field,
            )  # fmt: skip
    except GamyeongError as exc:
        raise fail(exc.message) from None
    # soft_wrap: paths printed whole, so they can be copied
    err.print(summary.line(), soft_wrap=True)
    if summary.quarantined:
        err.print(f"quarantined records (reasons, line numbers, raw records): {escape(str(output))}.quarantine/",
                  soft_wrap=True)  # fmt: skip
    if summary.filtered:
        err.print(f"filtered records: {escape(str(output))}.filtered/", soft_wrap=True)
    rate = summary.read_now / max(summary.seconds, 1e-9)
    err.print(
        f"{summary.shards} shard(s), {summary.shards_run} run now; {rate:,.0f} records/s; "
        f"processing record #{summary.ledger_entry} (job {summary.job_id}); report: {escape(str(summary.report))}",
        soft_wrap=True,
    )
    if strict and summary.quarantined:
        raise typer.Exit(EXIT_FINDINGS)
