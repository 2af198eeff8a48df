"""The work for one shard, written once for every executor: read → detect → pseudonymize → write.

Output, quarantine and filtered records go to temporary names; when the shard is complete they are renamed and
then a marker with the shard's statistics is written (also by rename). A shard without its marker is redone
from scratch on the next run, which overwrites whatever a killed worker left: nothing lost, nothing twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from gamyeong.datasets.io import DoesNotFit, Incoming, ShardWriter, raw_fields, read_shard
from gamyeong.datasets.job import Job, ShardStats
from gamyeong.datasets.shards import Shard
from gamyeong.datasets.steps import Outcome, process_record, texts_to_detect
from gamyeong.detect import Analyzer
from gamyeong.pseudonymize.vault import Vault

__all__ = ["close_worker_vaults", "marker_path", "output_path", "run_shard", "worker_analyzer"]

_SAMPLE_CHARS = 600
_PREFETCH = 64  # records whose texts are prepared for detection together
_DOES_NOT_FIT = (
    "has fields the output's columns (the CSV header or the shard's first record) lack; write JSONL "
    "(--format jsonl) to keep every field"
)
_HOST = socket.gethostname().replace("/", "_")[:40]
_ANALYZERS: dict[tuple[str, bool], Analyzer] = {}
_VAULTS: dict[tuple[str, str], Vault] = {}


def worker_analyzer(preset: str, ner: bool = True) -> Analyzer:
    """One Analyzer per worker process, with the Korean lexicon and the patterns loaded now. The spaCy models
    load with the first French or English text: a Korean corpus never pays for them (2-3 s and ~150 MB a
    worker)."""
    key = (preset, ner)
    if key not in _ANALYZERS:
        analyzer = Analyzer(preset=preset, ner=ner)  # type: ignore[arg-type]
        analyzer.warm_up(models=False, freeze=True)
        _ANALYZERS[key] = analyzer
    return _ANALYZERS[key]


def _worker_vault(job: Job) -> Vault | None:
    if job.vault is None or job.vault_key is None:
        return None
    key = (job.vault, hashlib.sha256(job.vault_key).hexdigest())
    if key not in _VAULTS:
        from gamyeong.pseudonymize.vault import open_vault

        _VAULTS[key] = open_vault(job.vault, job.vault_key)
    return _VAULTS[key]


def close_worker_vaults() -> None:
    """Close the vaults this process opened (after an in-process run; pool workers end with their process)."""
    while _VAULTS:
        _VAULTS.popitem()[1].close()


def output_path(job: Job, shard: Shard) -> Path:
    return job.out_dir / f"{shard.name}.{job.out_format or shard.fmt}"


def marker_path(job: Job, shard: Shard) -> Path:
    return job.state_dir / "done" / f"{shard.name}.json"


def _priority(job: Job, shard: Shard, line: int) -> str:
    """A deterministic pseudo-random order for the inspection sample (the same whoever runs the shard)."""
    return hashlib.sha256(f"{job.purpose}\x00{shard.path}\x00{line}".encode()).hexdigest()[:16]


def _tmp(path: Path) -> Path:
    """A temporary name private to this process (host and pid: workers on several nodes may share a file
    system): a worker orphaned by a killed run may still be finishing the same shard as its rerun; each writes
    its own file and the renames (same content) are atomic."""
    return path.with_name(f".{path.name}.{_HOST}.{os.getpid()}.tmp")


class _SideFile:
    """A JSONL file of set-aside records (quarantine or filtered), created only when needed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = _tmp(path)
        self._fh: Any = None

    def write(self, obj: dict[str, Any]) -> None:
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.tmp.open("w", encoding="utf-8")
        self._fh.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")

    def abandon(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self.tmp.unlink(missing_ok=True)

    def finish(self) -> None:
        if self._fh is not None:
            self._fh.close()
            os.replace(self.tmp, self.path)
        elif self.path.exists():  # left by an earlier, different attempt of this shard
            self.path.unlink()


def _set_aside(item: Incoming, job: Job, shard: Shard, reason: str, kind: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"source": shard.path, "line": item.line, "reason": reason, "kind": kind}
    if item.record is not None and job.id_field in item.record:
        entry["id"] = item.record[job.id_field]
    if isinstance(item.raw, bytes):
        entry.update(raw_fields(item.raw))
    else:
        entry["record"] = item.record
    return entry


def run_shard(job: Job, shard: Shard, progress: Callable[[int], None] | None = None) -> ShardStats:
    analyzer = worker_analyzer(job.preset, job.ner)
    vault = _worker_vault(job)
    started = time.perf_counter()  # after loading: the shard's seconds are its work alone
    out = output_path(job, shard)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp(out)
    writer = ShardWriter(tmp, job.out_format or shard.fmt, shard)
    quarantine = _SideFile(job.quarantine_dir / f"{shard.name}.jsonl")
    filtered = _SideFile(job.filtered_dir / f"{shard.name}.jsonl")
    stats = ShardStats(shard.name, shard.path)
    try:
        digest = _process(job, shard, analyzer, vault, writer, quarantine, filtered, stats, progress)
        writer.close()
        os.replace(tmp, out)
        quarantine.finish()
        filtered.finish()
    except BaseException:  # the shard stays undone (no marker): its files go, the next run redoes it
        writer.abandon()
        quarantine.abandon()
        filtered.abandon()
        raise
    stats.fingerprint = "sha256:" + digest
    stats.seconds = time.perf_counter() - started
    stats.samples.sort(key=lambda s: str(s["priority"]))
    del stats.samples[job.sample_size :]
    _write_marker(marker_path(job, shard), stats)
    return stats


def _process(
    job: Job, shard: Shard, analyzer: Analyzer, vault: Vault | None, writer: ShardWriter, quarantine: _SideFile,
    filtered: _SideFile, stats: ShardStats, progress: Callable[[int], None] | None,
) -> str:  # fmt: skip
    """Every record of the shard to the writer or a side file; returns the input's SHA-256."""
    digest = hashlib.sha256()
    pending = 0
    for item in _prefetched(read_shard(shard, max_line_bytes=job.max_chars * 4 + 4096), job, analyzer):
        stats.read += 1
        pending += 1
        if progress is not None and pending >= 64:
            progress(pending)
            pending = 0
        raw = item.raw if isinstance(item.raw, bytes) else json.dumps(item.record, sort_keys=True, default=str)
        digest.update(raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass"))
        if item.record is None:
            stats.quarantined += 1
            stats.reasons["unreadable"] += 1
            quarantine.write(_set_aside(item, job, shard, item.error or "unreadable", "unreadable"))
            continue
        outcome = process_record(item.record, job, analyzer, vault)
        if outcome.kind == "written":
            try:
                writer.write(outcome.record)
            except DoesNotFit:
                outcome = Outcome("quarantined", outcome.record, _DOES_NOT_FIT, "does not fit the output",
                                  chars=outcome.chars, findings=outcome.findings)  # fmt: skip
        _tally(stats, outcome)
        if outcome.kind == "written":
            if outcome.changed:
                _sample(stats, job, shard, item.line, outcome)
        elif outcome.kind == "filtered":
            filtered.write(_set_aside(item, job, shard, outcome.reason, outcome.reason_kind))
        else:
            quarantine.write(_set_aside(item, job, shard, outcome.reason, outcome.reason_kind))
    if progress is not None and pending:
        progress(pending)
    return digest.hexdigest()


def _prefetched(items: Iterator[Incoming], job: Job, analyzer: Analyzer) -> Iterator[Incoming]:
    """The records in order, ``_PREFETCH`` at a time, each chunk's texts prepared together for detection (one
    spaCy batch for the name windows of 64 records instead of one call per record)."""
    if not analyzer.prefetches:  # --fast, or no French/English names to look for: nothing to prepare
        yield from items
        return
    while chunk := list(islice(items, _PREFETCH)):
        texts = [pair for item in chunk if item.record is not None for pair in texts_to_detect(item.record, job)]
        if texts:
            analyzer.prefetch([t for t, _ in texts], [lang for _, lang in texts])
        yield from chunk


def _tally(stats: ShardStats, outcome: Outcome) -> None:
    stats.chars += outcome.chars
    stats.findings.update(outcome.findings)
    if outcome.kind == "written":
        stats.written += 1
        stats.changed += outcome.changed
        stats.operators.update(outcome.operators)
    elif outcome.kind == "filtered":
        stats.filtered += 1
        stats.reasons[outcome.reason_kind] += 1
    else:
        stats.quarantined += 1
        stats.blocked += outcome.blocked
        stats.reasons[outcome.reason_kind] += 1


def _sample(stats: ShardStats, job: Job, shard: Shard, line: int, outcome: Outcome) -> None:
    """Keep the ``sample_size`` changed records of lowest priority (a bounded, deterministic reservoir)."""
    if job.sample_size <= 0:
        return
    entry = {
        "priority": _priority(job, shard, line),
        "source": Path(shard.path).name,
        "line": line,
        "text": "\n".join(outcome.texts)[:_SAMPLE_CHARS],
        "labels": dict(sorted(outcome.findings.items())),
    }
    stats.samples.append(entry)
    if len(stats.samples) > 2 * job.sample_size:
        stats.samples.sort(key=lambda s: str(s["priority"]))
        del stats.samples[job.sample_size :]


def _write_marker(path: Path, stats: ShardStats) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp(path)
    tmp.write_text(json.dumps(stats.to_dict(), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
