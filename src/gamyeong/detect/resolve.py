"""Overlap resolution and thresholds: pure functions over spans."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable

from gamyeong.detect.taken import Taken
from gamyeong.spans import Span

__all__ = ["apply_threshold", "drop_inside", "filter_labels", "resolve_overlaps"]


def _preference(span: Span) -> tuple[float, int, int, str, str]:
    # Higher score first; on a tie the longer span (it covers more of the value, leaks less); then the
    # earlier start, then label and detector names, so the result never depends on input order.
    return (-span.score, -(span.end - span.start), span.start, str(span.label), span.detector)


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Keep a set of non-overlapping spans, greedily by preference; return them sorted by position.

    A span that loses to an overlapping better one is dropped whole (never trimmed: a trimmed number would
    leave a fragment of the value uncovered in one place and split its label in another).
    """
    starts: list[int] = []  # kept spans never overlap, so sorting by start also sorts their ends
    kept: list[Span] = []
    for span in sorted(spans, key=_preference):
        i = bisect_left(starts, span.start)
        if i > 0 and kept[i - 1].end > span.start:
            continue
        if i < len(kept) and kept[i].start < span.end:
            continue
        starts.insert(i, span.start)
        kept.insert(i, span)
    return kept


def apply_threshold(spans: Iterable[Span], threshold: float) -> list[Span]:
    return [s for s in spans if s.score >= threshold]


def filter_labels(spans: Iterable[Span], labels: Collection[str] | None) -> list[Span]:
    if labels is None:
        return list(spans)
    return [s for s in spans if s.label in labels]


def drop_inside(spans: Iterable[Span], *, inner: str, outer: str) -> list[Span]:
    """Drop ``inner`` spans that overlap an ``outer`` span: a street named after a person ("avenue Jean Jaurès")
    is part of the address, whatever the name's score."""
    spans = list(spans)
    outers = Taken()
    for s in spans:
        if s.label == outer:
            outers.add(s.start, s.end)
    if not len(outers):
        return spans
    return [s for s in spans if s.label != inner or not outers.overlaps(s.start, s.end)]
