"""Spark: one partition per shard, ``mapInArrow`` runs them in Python workers (reused, so each loads the
Analyzer once). With no master URL a local session ``local[N]`` is started."""

from __future__ import annotations

import json
import os
import pickle
import sys
import warnings
from collections.abc import Iterator, Sequence
from typing import Any

from gamyeong.datasets.job import Job, ShardStats
from gamyeong.datasets.shards import Shard
from gamyeong.errors import MissingDependencyError

__all__ = ["run_spark"]


def _partition(job_blob: bytes) -> Any:
    def run(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        from gamyeong.datasets.work import run_shard

        job: Job = pickle.loads(job_blob)
        for batch in batches:
            out = []
            for blob in batch.column("shard").to_pylist():
                shard: Shard = pickle.loads(blob)
                out.append(json.dumps(run_shard(job, shard).to_dict()))
            yield pa.RecordBatch.from_pydict({"stats": out}, schema=pa.schema([("stats", pa.string())]))

    return run


def run_spark(job: Job, shards: Sequence[Shard], workers: int, master: str | None = None) -> list[ShardStats]:
    # pyspark warns that it does not yet know pandas 3; mapInArrow does not use pandas
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise MissingDependencyError("pyspark", "spark") from None
    # Workers must run this interpreter (the one with gamyeong installed), not whatever python is on PATH.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    started_here = SparkSession.getActiveSession() is None
    spark = (
        SparkSession.builder.master(master or f"local[{max(1, workers)}]")
        .appName("gamyeong-run")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.python.worker.reuse", "true")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "1")
        .config("spark.driver.extraJavaOptions", "-Dlog4j2.level=ERROR")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        rows = [(pickle.dumps(s),) for s in shards]
        rdd = spark.sparkContext.parallelize(rows, max(1, len(rows)))
        df = spark.createDataFrame(rdd, "shard binary")
        stats = df.mapInArrow(_partition(pickle.dumps(job)), "stats string").collect()
    finally:
        if started_here:  # a session the caller made is theirs to stop
            spark.stop()
    by_name = {s.name: s for s in (ShardStats.from_dict(json.loads(r["stats"])) for r in stats)}
    return [by_name[s.name] for s in shards]
