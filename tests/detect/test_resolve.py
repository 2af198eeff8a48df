"""detect/resolve.py: pure overlap resolution, thresholds and label filters."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gamyeong.detect.resolve import apply_threshold, filter_labels, resolve_overlaps
from gamyeong.spans import Span


def S(start: int, end: int, label: str = "PHONE", score: float = 0.9) -> Span:
    return Span(start, end, label, score, "t")


def keyed(spans: list[Span]) -> list[tuple[int, int, str, float]]:
    return [(s.start, s.end, str(s.label), s.score) for s in spans]


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        pytest.param([], [], id="empty"),
        pytest.param([S(0, 5)], [S(0, 5)], id="single"),
        pytest.param([S(5, 9), S(0, 3)], [S(0, 3), S(5, 9)], id="disjoint-sorted-output"),
        pytest.param([S(0, 3), S(3, 6, "EMAIL")], [S(0, 3), S(3, 6, "EMAIL")], id="adjacent-is-not-overlap"),
        pytest.param([S(0, 10, score=0.9), S(2, 5, "KR_RRN", 0.8)], [S(0, 10)], id="nested-outer-higher"),
        pytest.param(
            [S(0, 10, score=0.6), S(2, 5, "KR_RRN", 0.8)], [S(2, 5, "KR_RRN", 0.8)], id="nested-inner-higher-wins-whole"
        ),
        pytest.param(
            [S(0, 6, score=0.7), S(4, 10, "EMAIL", 0.9)], [S(4, 10, "EMAIL", 0.9)], id="partial-overlap-higher-score"
        ),
        pytest.param(
            [S(0, 6, score=0.9), S(4, 12, "EMAIL", 0.9)], [S(4, 12, "EMAIL", 0.9)], id="tie-score-longer-wins"
        ),
        pytest.param(
            [S(4, 8, "EMAIL", 0.9), S(0, 4, score=0.9), S(2, 6, "URL", 0.9)],
            [S(0, 4), S(4, 8, "EMAIL", 0.9)],
            id="tie-score-and-length-earlier-start-wins",
        ),
        pytest.param(
            [S(0, 4, score=0.5), S(3, 8, "EMAIL", 0.6), S(7, 11, "URL", 0.5)],
            [S(3, 8, "EMAIL", 0.6)],
            id="chain-greedy-middle-winner-drops-both-neighbours",
        ),
        pytest.param(
            [S(0, 4, score=0.9), S(3, 8, "EMAIL", 0.6), S(7, 11, "URL", 0.9)],
            [S(0, 4, score=0.9), S(7, 11, "URL", 0.9)],
            id="chain-ends-win-middle-dropped",
        ),
        pytest.param([S(0, 5), S(0, 5)], [S(0, 5)], id="duplicates-collapse"),
        pytest.param(
            [S(0, 20, score=0.95), S(1, 3, score=0.99), S(5, 7, score=0.99)],
            [S(1, 3, score=0.99), S(5, 7, score=0.99)],
            id="two-better-inner-spans-beat-outer",
        ),
    ],
)
def test_resolve_overlaps(spans: list[Span], expected: list[Span]) -> None:
    assert keyed(resolve_overlaps(spans)) == keyed(expected)


def test_resolve_overlaps_does_not_depend_on_input_order() -> None:
    spans = [S(0, 6, score=0.9), S(4, 12, "EMAIL", 0.9), S(10, 14, "URL", 0.95), S(20, 22)]
    assert keyed(resolve_overlaps(spans)) == keyed(resolve_overlaps(list(reversed(spans))))


def test_resolve_overlaps_never_trims() -> None:
    spans = [S(0, 10, score=0.9), S(8, 15, "EMAIL", 0.95)]
    (kept,) = resolve_overlaps(spans)
    assert (kept.start, kept.end) == (8, 15)


@pytest.mark.parametrize(
    ("threshold", "expected"),
    [
        pytest.param(0.0, [0.0, 0.49, 0.5, 0.99], id="zero-keeps-all"),
        pytest.param(0.5, [0.5, 0.99], id="inclusive-at-threshold"),
        pytest.param(1.0, [], id="one-drops-below-one"),
    ],
)
def test_apply_threshold(threshold: float, expected: list[float]) -> None:
    spans = [S(i * 2, i * 2 + 1, score=sc) for i, sc in enumerate([0.0, 0.49, 0.5, 0.99])]
    assert [s.score for s in apply_threshold(spans, threshold)] == expected


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        pytest.param(None, ["PHONE", "EMAIL", "CUSTOM_X"], id="none-keeps-all"),
        pytest.param(set(), [], id="empty-keeps-none"),
        pytest.param({"EMAIL", "CUSTOM_X"}, ["EMAIL", "CUSTOM_X"], id="subset"),
    ],
)
def test_filter_labels(labels: set[str] | None, expected: list[str]) -> None:
    spans = [S(0, 1, "PHONE"), S(2, 3, "EMAIL"), S(4, 5, "CUSTOM_X")]
    assert [s.label for s in filter_labels(spans, labels)] == expected


span_st = st.builds(
    lambda start, length, label, score: Span(start, start + length, label, score, "h"),
    st.integers(0, 60),
    st.integers(1, 15),
    st.sampled_from(["PHONE", "EMAIL", "KR_RRN", "URL"]),
    st.sampled_from([0.3, 0.5, 0.6, 0.85, 0.9, 0.99, 1.0]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(span_st, max_size=25))
def test_resolve_overlaps_properties(spans: list[Span]) -> None:
    kept = resolve_overlaps(spans)
    # sorted and non-overlapping
    assert all(a.end <= b.start for a, b in itertools.pairwise(kept))
    # a subset of the input (identity of the objects, not just equality)
    assert all(any(k is s for s in spans) for k in kept)
    # every dropped span overlaps a kept span that is at least as good
    for s in spans:
        if any(k is s for k in kept):
            continue
        assert any(k.overlaps(s) and k.score >= s.score for k in kept), s
    # maximality: no dropped span could have been added without overlapping
    for s in spans:
        assert any(k.overlaps(s) or k is s for k in kept) or not spans
    # idempotent
    assert keyed(resolve_overlaps(kept)) == keyed(kept)


def test_exact_tie_does_not_depend_on_input_order() -> None:
    a = Span(0, 13, "OTHER_ID", 0.8, "other_id")
    b = Span(0, 13, "PHONE", 0.8, "kr_phone")
    first = resolve_overlaps([a, b])
    second = resolve_overlaps([b, a])
    assert [(s.label, s.detector) for s in first] == [(s.label, s.detector) for s in second]
