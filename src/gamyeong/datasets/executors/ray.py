"""Ray: the shards become a Ray Dataset, one shard per row, and ``map_batches`` runs them on an actor pool
whose actors each load the Analyzer once. With no cluster address Ray starts a local one."""

from __future__ import annotations

import json
import logging
import pickle
import sys
from collections.abc import Sequence
from typing import Any

from gamyeong.datasets.job import Job, ShardStats
from gamyeong.datasets.shards import Shard
from gamyeong.errors import MissingDependencyError

__all__ = ["run_ray"]


class _ShardRunner:
    """A Ray actor: built once per worker (Analyzer loaded here), then called with batches of shards."""

    def __init__(self, job_blob: bytes) -> None:
        from gamyeong.datasets.work import worker_analyzer

        self.job: Job = pickle.loads(job_blob)
        worker_analyzer(self.job.preset, self.job.ner)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        from gamyeong.datasets.work import run_shard

        out = []
        for blob in batch["shard"]:
            shard: Shard = pickle.loads(blob)
            out.append(json.dumps(run_shard(self.job, shard).to_dict()))
        return {"stats": out}


def run_ray(job: Job, shards: Sequence[Shard], workers: int, address: str | None = None) -> list[ShardStats]:
    try:
        import ray
    except ImportError:
        raise MissingDependencyError("ray", "ray") from None
    logging.getLogger("ray").setLevel(logging.WARNING)
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(
            address=address, num_cpus=None if address else workers, include_dashboard=False,
            log_to_driver=False, configure_logging=False,
            runtime_env={"env_vars": {"PYTHONPATH": ":".join(p for p in sys.path if p)}},
        )  # fmt: skip
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        items = [{"shard": pickle.dumps(s)} for s in shards]
        ds = ray.data.from_items(items, override_num_blocks=max(1, len(items)))
        pool = ray.data.ActorPoolStrategy(size=max(1, min(workers, len(items))))
        result = ds.map_batches(
            _ShardRunner, fn_constructor_args=(pickle.dumps(job),), batch_size=1, compute=pool, num_cpus=1
        )
        rows = result.take_all()
    finally:
        if started_here:
            ray.shutdown()
    by_name = {s.name: s for s in (ShardStats.from_dict(json.loads(r["stats"])) for r in rows)}
    return [by_name[s.name] for s in shards]
