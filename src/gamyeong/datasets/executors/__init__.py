"""Executors only schedule :func:`gamyeong.datasets.work.run_shard`; each returns the shards' statistics."""
