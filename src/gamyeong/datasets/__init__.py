"""Cleaning corpora: ``run`` pseudonymizes fields of JSONL, CSV or Parquet records shard by shard, on a local
process pool (default), Ray or Spark, resumably, with a quarantine, filters, a report and a processing record."""

from gamyeong.datasets.job import DEFAULT_PEOPLE_SEARCH_DOMAINS, Filters
from gamyeong.datasets.runner import EXECUTORS, RunSummary, run

__all__ = ["DEFAULT_PEOPLE_SEARCH_DOMAINS", "EXECUTORS", "Filters", "RunSummary", "run"]
