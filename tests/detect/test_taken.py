"""Taken: the overlap test the date and address detectors use, against the obvious quadratic one."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from gamyeong.detect.taken import Taken

stretch = st.tuples(st.integers(0, 80), st.integers(1, 10)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(stretch, max_size=40), st.lists(stretch, max_size=20))
@settings(max_examples=300, deadline=None)
def test_overlaps_agrees_with_checking_every_stretch(
    added: list[tuple[int, int]], asked: list[tuple[int, int]]
) -> None:
    taken = Taken()
    for start, end in added:
        taken.add(start, end)
        listed = list(taken)
        assert listed == sorted(listed)
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(listed))
    for start, end in asked:
        assert taken.overlaps(start, end) == any(a < end and start < b for a, b in added)


def test_touching_stretches_do_not_overlap() -> None:
    taken = Taken()
    taken.add(0, 5)
    assert not taken.overlaps(5, 8)
    assert taken.overlaps(4, 8)
    taken.add(5, 8)
    assert list(taken) == [(0, 5), (5, 8)]
