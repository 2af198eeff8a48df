"""The default executor: a local process pool. Each worker loads the Analyzer once and runs whole shards,
reading and writing its own files, so the parent only schedules and shows progress."""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from gamyeong.datasets.job import Job, ShardStats
from gamyeong.datasets.shards import Shard
from gamyeong.datasets.work import run_shard, worker_analyzer

__all__ = ["run_local"]

#: the worker's end of the progress queue, set once by the pool initializer
_PROGRESS: list[Any] = []


def _init(progress_queue: Any, preset: str, ner: bool) -> None:
    _PROGRESS.append(progress_queue)
    worker_analyzer(preset, ner)


def _report(n: int) -> None:
    if _PROGRESS:
        _PROGRESS[0].put(n)


def _shard(job: Job, shard: Shard) -> ShardStats:
    return run_shard(job, shard, _report)


def run_local(
    job: Job,
    shards: Sequence[Shard],
    workers: int,
    on_records: Callable[[int], None] | None = None,
) -> list[ShardStats]:
    """Run ``shards`` on ``workers`` processes (1: in this process, no pool). ``on_records`` hears how many
    records were read as it happens."""
    if workers <= 1 or len(shards) <= 1:
        return [run_shard(job, shard, on_records) for shard in shards]
    # With fork, the Analyzer and models loaded here once are shared by every worker (copy-on-write): workers
    # start at once and the models' memory is counted once. Elsewhere (spawn) each worker loads its own.
    fork = os.name == "posix"
    if fork:
        worker_analyzer(job.preset, job.ner)
    ctx = mp.get_context("fork" if fork else "spawn")
    progress_queue = ctx.Queue()
    done: dict[str, ShardStats] = {}
    with ProcessPoolExecutor(
        workers, mp_context=ctx, initializer=_init, initargs=(progress_queue, job.preset, job.ner)
    ) as pool:
        futures: dict[Future[ShardStats], Shard] = {pool.submit(_shard, job, s): s for s in shards}
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            _drain(progress_queue, on_records)
            for future in finished:
                stats = future.result()  # a worker's exception ends the run here (its shard stays undone)
                done[stats.name] = stats
        _drain(progress_queue, on_records)
    return [done[s.name] for s in shards]


def _drain(progress_queue: Any, on_records: Callable[[int], None] | None) -> None:
    while True:
        try:
            n = progress_queue.get_nowait()
        except queue.Empty:
            return
        if on_records:
            on_records(n)
