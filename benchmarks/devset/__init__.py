"""Synthetic dev-set generator for gamyeong benchmarks (see README.md)."""
