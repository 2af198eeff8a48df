"""``gamyeong.datasets.run``: plan the shards, skip the finished ones, let an executor run the rest, then add up
the statistics, append the processing record and write the report."""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gamyeong import __version__
from gamyeong.datasets.job import Executor, FieldRule, Filters, Job, ShardStats
from gamyeong.datasets.shards import DEFAULT_SHARD_SIZE, Format, Shard, expand_inputs, plan_shards
from gamyeong.datasets.work import close_worker_vaults, marker_path
from gamyeong.errors import ConfigError
from gamyeong.pseudonymize.policy import Policy, load_policy
from gamyeong.pseudonymize.purpose import PurposeCategory, check_purpose
from gamyeong.pseudonymize.record import JobTally

if TYPE_CHECKING:
    from gamyeong.pseudonymize.keys import KeyRing

__all__ = ["EXECUTORS", "RunSummary", "run"]

EXECUTORS: tuple[Executor, ...] = ("local", "ray", "spark")


@dataclass(slots=True)
class RunSummary:
    """What a run did, in numbers (never a value). ``read == written + quarantined + filtered`` always."""

    job_id: str
    output: str
    read: int = 0
    written: int = 0
    quarantined: int = 0
    filtered: int = 0
    blocked: int = 0
    changed: int = 0
    chars: int = 0
    shards: int = 0
    shards_run: int = 0
    seconds: float = 0.0
    #: the shards' own time (reading, detecting, writing), summed over workers: chars / work_seconds is the
    #: throughput per busy core, without start-up, model loading and scheduling
    work_seconds: float = 0.0
    #: records and characters of the shards run now (a resumed run's speed is theirs, not the earlier shards')
    read_now: int = 0
    chars_now: int = 0
    executor: str = "local"
    workers: int = 1
    findings: Counter[str] = field(default_factory=Counter)
    operators: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    per_file: dict[str, dict[str, int]] = field(default_factory=dict)
    samples: list[dict[str, Any]] = field(default_factory=list)
    fingerprint: str = ""
    ledger_entry: int | None = None
    report: str | None = None

    @property
    def balanced(self) -> bool:
        return self.read == self.written + self.quarantined + self.filtered

    def line(self) -> str:
        return (
            f"records: {self.read:,} read = {self.written:,} written + {self.quarantined:,} quarantined + "
            f"{self.filtered:,} filtered"
        )


def _fields(fields: Sequence[str], policy: Policy) -> tuple[FieldRule, ...]:
    if not fields:
        raise ConfigError("name at least one field to pseudonymize (--field text)")
    return tuple(FieldRule.parse(spec, policy, load_policy) for spec in fields)


def _prepare_output(job: Job, digest: str, overwrite: bool) -> str:
    """The job id of this output directory (a resumed run keeps it); refuses to mix two different runs."""
    manifest = job.state_dir / "run.json"
    if manifest.exists():
        previous = json.loads(manifest.read_text(encoding="utf-8"))
        if previous.get("digest") == digest:
            return str(previous["job_id"])
        if not overwrite:
            raise ConfigError(
                f"{job.out_dir} holds the output of a different run (other inputs, fields, policy, key or "
                "purpose): choose another --output, or pass --overwrite to replace it"
            )
        _clear(job)
    elif job.out_dir.exists() and any(job.out_dir.iterdir()):
        if not overwrite:
            raise ConfigError(f"{job.out_dir} is not empty and not a gamyeong output: choose an empty --output")
        _clear(job)
    job.state_dir.mkdir(parents=True, exist_ok=True)
    job_id = str(uuid.uuid4())
    doc = {"digest": digest, "job_id": job_id, "created": datetime.now(UTC).isoformat()}
    manifest.write_text(json.dumps(doc), encoding="utf-8")
    return job_id


def _clear(job: Job) -> None:
    """Remove what a run writes (part files, state, report, quarantine, filtered), nothing else."""
    for path in job.out_dir.glob("part-*"):
        path.unlink()
    for path in job.out_dir.glob(".part-*.tmp"):
        path.unlink()
    for name in ("gamyeong-report.html", "gamyeong-report.json"):
        (job.out_dir / name).unlink(missing_ok=True)
    shutil.rmtree(job.state_dir, ignore_errors=True)
    shutil.rmtree(job.quarantine_dir, ignore_errors=True)
    shutil.rmtree(job.filtered_dir, ignore_errors=True)


def _sweep(job: Job) -> None:
    """Every shard is done: temporary files left by killed workers are garbage now."""
    for folder in (job.out_dir, job.quarantine_dir, job.filtered_dir, job.state_dir / "done"):
        for path in folder.glob(".*.tmp") if folder.is_dir() else ():
            path.unlink(missing_ok=True)


def _finished(job: Job, shards: list[Shard]) -> dict[str, ShardStats]:
    done: dict[str, ShardStats] = {}
    for shard in shards:
        path = marker_path(job, shard)
        if path.exists():
            try:
                done[shard.name] = ShardStats.from_dict(json.loads(path.read_text(encoding="utf-8")))
            except (ValueError, KeyError):
                path.unlink()  # a damaged marker: the shard is redone
    return done


def _execute(
    executor: Executor, job: Job, todo: list[Shard], workers: int, address: str | None,
    on_records: Callable[[int], None] | None,
) -> list[ShardStats]:  # fmt: skip
    if not todo:
        return []
    if executor == "local":
        from gamyeong.datasets.executors.local import run_local

        try:
            return run_local(job, todo, workers, on_records)
        finally:
            close_worker_vaults()  # opened here when the shards ran in this process
    if executor == "ray":
        from gamyeong.datasets.executors.ray import run_ray

        return run_ray(job, todo, workers, address)
    from gamyeong.datasets.executors.spark import run_spark

    return run_spark(job, todo, workers, address)


def _add(summary: RunSummary, stats: ShardStats) -> None:
    for name in ("read", "written", "quarantined", "filtered", "blocked", "changed", "chars"):
        setattr(summary, name, getattr(summary, name) + getattr(stats, name))
    summary.findings.update(stats.findings)
    summary.operators.update(stats.operators)
    summary.reasons.update(stats.reasons)
    per = summary.per_file.setdefault(stats.source, Counter())
    per.update({"read": stats.read, "written": stats.written, "quarantined": stats.quarantined,
                "filtered": stats.filtered})  # fmt: skip
    per.update({f"label:{k}": v for k, v in stats.findings.items()})
    summary.samples.extend(stats.samples)


def run(
    inputs: str | Path | Sequence[str | Path],
    output: str | Path,
    *,
    purpose: str,
    policy: str | Path | Policy = "training",
    fields: Sequence[str] = ("text",),
    keys: KeyRing | None = None,
    vault: str | None = None,
    vault_key: bytes | None = None,
    executor: Executor = "local",
    workers: int | None = None,
    out_format: Format | None = None,
    lang: str | None = None,
    preset: str = "balanced",
    ner: bool = True,
    max_chars: int = 1_000_000,
    filters: Filters | None = None,
    shard_size: int = DEFAULT_SHARD_SIZE,
    sample_size: int = 20,
    id_field: str = "id",
    purpose_category: PurposeCategory = PurposeCategory.RESEARCH,
    ledger: str | None = None,
    report_lang: str = "en",
    overwrite: bool = False,
    cluster: str | None = None,
    on_records: Callable[[int], None] | None = None,
    on_plan: Callable[[int, int], None] | None = None,
) -> RunSummary:
    """Pseudonymize the named fields of every record of ``inputs`` into ``output`` (one file per shard).

    Resumable: a rerun with the same settings redoes only the shards without a completion marker. Records
    that cannot be processed go to ``<output>.quarantine/``, records a filter sets aside to
    ``<output>.filtered/`` (both beside the output: they hold unprocessed personal data).
    """
    from gamyeong.datasets.report import REPORT_LANGS, write_report

    if executor not in EXECUTORS:
        raise ConfigError(f"unknown executor {executor!r}; use one of {', '.join(EXECUTORS)}")
    if report_lang not in REPORT_LANGS:
        raise ConfigError(f"report language {report_lang!r}: use one of {', '.join(REPORT_LANGS)}")
    if out_format not in (None, "jsonl", "csv", "parquet"):
        raise ConfigError(f"unknown output format {out_format!r}; use jsonl, csv or parquet")
    started = time.perf_counter()
    resolved = load_policy(policy)
    patterns = [str(inputs)] if isinstance(inputs, str | Path) else [str(p) for p in inputs]
    files = expand_inputs(patterns)
    job = Job(
        output=str(Path(output).expanduser().resolve()), fields=_fields(fields, resolved),
        purpose=check_purpose(purpose), keys=keys, vault=vault, vault_key=vault_key, out_format=out_format,
        lang=lang, preset=preset, ner=ner, max_chars=max_chars, filters=filters or Filters(), shard_size=shard_size,
        sample_size=sample_size, id_field=id_field,
    )  # fmt: skip
    _check_inputs_apart(files, job)
    if vault is None and any(rule.policy.uses_vault for rule in job.fields):
        raise ConfigError("a policy of this run stores values in a vault: pass vault= (--vault) and its key")
    shards = plan_shards(files, shard_size)
    job_id = _prepare_output(job, job.digest(files), overwrite)
    done = _finished(job, shards)
    todo = [s for s in shards if s.name not in done]
    n_workers = max(1, workers or os.cpu_count() or 1)
    if on_plan:
        on_plan(sum(s.lines for s in todo), len(todo))
    fresh = _execute(executor, job, todo, n_workers, cluster, on_records)
    by_name = {**done, **{s.name: s for s in fresh}}
    summary = RunSummary(job_id, job.output, shards=len(shards), shards_run=len(fresh), executor=executor,
                         workers=n_workers)  # fmt: skip
    tally = JobTally()
    for shard in shards:
        stats = by_name[shard.name]
        _add(summary, stats)
        tally.feed(stats.fingerprint.encode())
    summary.read_now = sum(s.read for s in fresh)
    summary.chars_now = sum(s.chars for s in fresh)
    summary.samples.sort(key=lambda s: str(s["priority"]))
    del summary.samples[sample_size:]
    _sweep(job)
    summary.fingerprint = tally.fingerprint
    summary.work_seconds = sum(s.seconds for s in fresh)
    summary.seconds = time.perf_counter() - started
    if not summary.balanced:  # cannot happen unless a marker was edited: say so rather than report wrong counts
        raise ConfigError("the shard counts do not add up; rerun with --overwrite")
    summary.ledger_entry = _record(job, summary, resolved, tally, purpose_category, ledger)
    summary.report = str(write_report(summary, job, resolved, report_lang))
    return summary


def _check_inputs_apart(files: list[Path], job: Job) -> None:
    for f in files:
        resolved = f.resolve()
        for folder in (job.out_dir, job.quarantine_dir, job.filtered_dir):
            if folder == resolved.parent or folder in resolved.parents:
                raise ConfigError(f"the input {f.name} lies inside the output {folder}: choose another --output")


def _record(
    job: Job, summary: RunSummary, policy: Policy, tally: JobTally, category: PurposeCategory, ledger: str | None
) -> int:
    """Append the processing record once per job: a rerun of a finished job finds it in the manifest."""
    from gamyeong.pseudonymize.ledger import open_ledger
    from gamyeong.pseudonymize.record import processing_record

    manifest = job.state_dir / "run.json"
    doc = json.loads(manifest.read_text(encoding="utf-8"))
    if doc.get("ledger_entry") is not None and summary.shards_run == 0:
        return int(doc["ledger_entry"])
    tally.read, tally.written = summary.read, summary.written
    tally.bad, tally.blocked = summary.quarantined - summary.blocked, summary.blocked
    for key, n in summary.operators.items():
        label, op = key.split(" ", 1)
        tally.counts[(label, op)] += n
    record = processing_record(
        tally=tally, policy=policy, purpose=job.purpose, category=category,
        key_id=job.keys.active_id if job.keys else None, vault_location=job.vault, version=__version__,
        job_id=summary.job_id, kind="run",
    )  # fmt: skip
    record["records"]["filtered"] = summary.filtered
    # a list, not an object: field names are user data and the ledger refuses keys such as "text"
    record["fields"] = [[str(r.path), r.policy.name] for r in job.fields]
    record["policies"] = {r.policy.name: r.policy.digest for r in job.fields}
    with open_ledger(ledger) as book:
        entry = book.append(record)
    doc["ledger_entry"] = entry.seq
    manifest.write_text(json.dumps(doc), encoding="utf-8")
    return int(entry.seq)
