"""The rules' patterns rewritten to open with their first character (:mod:`gamyeong.detect.peel`) match exactly
what the patterns as written match."""

from __future__ import annotations

import random
import re

import pytest

from gamyeong.detect.peel import peeled
from gamyeong.detect.scanner import PatternDef
from gamyeong.detect.structured import ALL_RULES

_ALPHABET = "0123456789" * 3 + "-_. +/:@()\n" + "ABCDGMORSTXZabcxz" + "가뒤뒷자리서울에"


def _as_written(p: PatternDef) -> re.Pattern[str]:
    return re.compile(p._closed(p._opening()), re.ASCII | (re.IGNORECASE if p.ignore_case else 0))


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(pattern.groups + 1)) for m in pattern.finditer(text)]


_PEELED = [r.pattern for r in ALL_RULES if r.pattern.compiled.pattern != _as_written(r.pattern).pattern]


def test_most_digit_rules_are_peeled() -> None:
    assert {"kr_rrn", "kr_bank_account", "credit_card", "kr_brn"} <= {p.name for p in _PEELED}


@pytest.mark.parametrize("pattern", _PEELED, ids=lambda p: p.name)
def test_peeled_matches_as_written(pattern: PatternDef) -> None:
    written = _as_written(pattern)
    rnd = random.Random(pattern.name)
    for _ in range(4000):
        text = "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(1, 36)))
        assert _found(pattern.compiled, text) == _found(written, text), text
        start = rnd.randint(0, len(text))
        assert _found_from(pattern.compiled, text, start) == _found_from(written, text, start), text


def _found_from(pattern: re.Pattern[str], text: str, start: int) -> list[tuple[int, int]]:
    # a window's search starts inside the text: the look-behinds still read before it
    return [m.span() for m in pattern.finditer(text, start)]


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\d{6}-\d{7}", r"(?:[\d](?<![a-z][\s\S])(?:\d{5}-\d{7}))"),
        (r"\d{2,4}x|[AB]\d", r"(?:[\dAB](?<![a-z][\s\S])(?:(?<=[\d])\d{1,3}x|(?<=[AB])\d))"),
        (r"(?:0|1)\d", None),  # a group first
        (r"\d*x", None),  # may open with nothing
        (r"[^a]x", None),  # a negated set
        (r"\d{2,}x", None),
        (r"\d{,3}x", None),  # {,n}: from none to n
    ],
)
def test_peeled_forms(regex: str, expected: str | None) -> None:
    assert peeled(regex, ["[a-z]"]) == expected
