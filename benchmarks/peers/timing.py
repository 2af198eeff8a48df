"""Timing shared by the peer runners (each runs in its own virtualenv, with this folder on ``sys.path``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any


def timed_passes(
    records: Sequence[dict[str, Any]], run_one: Callable[[dict[str, Any]], Any], passes: int = 2
) -> tuple[list[Any], float, dict[str, dict[str, float]]]:
    """Results of the last pass, the fastest pass's seconds, and per language the fastest chars and seconds:
    a busy machine slows a pass, never speeds it up."""
    results: list[Any] = []
    best: dict[str, list[float]] = {}  # lang -> [chars, seconds]
    seconds = float("inf")
    for _ in range(passes):
        results = []
        this: dict[str, list[float]] = {}
        t0 = time.perf_counter()
        for rec in records:
            t1 = time.perf_counter()
            results.append(run_one(rec))
            acc = this.setdefault(rec["lang"], [0.0, 0.0])
            acc[0] += len(rec["text"])
            acc[1] += time.perf_counter() - t1
        seconds = min(seconds, time.perf_counter() - t0)
        for lang, (chars, spent) in this.items():
            best[lang] = [chars, min(spent, best.get(lang, [chars, float("inf")])[1])]
    return results, seconds, {lang: {"chars": int(c), "seconds": t} for lang, (c, t) in best.items()}
