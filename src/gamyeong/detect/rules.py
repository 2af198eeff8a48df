"""A rule = one pattern + one ``finish`` function that validates a match and scores it.

Scores: a validator's verdict sets the base (see ``BASE``), context words move it, and the analyzer's
threshold (default 0.5) decides. Rules that need context to be believable start below the threshold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from gamyeong.detect.base import Document
from gamyeong.detect.context import Context, context_of
from gamyeong.detect.scanner import PatternDef
from gamyeong.identifiers import Validity
from gamyeong.spans import Span

__all__ = ["BASE", "Candidate", "Rule", "make_span"]

#: base scores by validator verdict, before context
BASE: dict[Validity, float] = {Validity.VERIFIED: 0.9, Validity.PLAUSIBLE: 0.6, Validity.INVALID: 0.0}


class Candidate(NamedTuple):
    """A match to finish (a tuple: one is made per match, cheaper than a frozen dataclass)."""

    rule: str  # the detector name reported on spans
    doc: Document
    start: int  # normalized offsets of the value
    end: int
    match_start: int  # the whole match (value plus any context the pattern itself required)
    match_end: int

    @property
    def value(self) -> str:
        return self.doc.norm.text[self.start : self.end]

    def context(self) -> Context:
        return context_of(self.doc.context_index(), self.doc.norm.text, self.match_start, self.match_end)


Finisher = Callable[[Candidate], list[Span]]


@dataclass(frozen=True, slots=True)
class Rule:
    """``name`` is the detector name reported on spans (e.g. ``kr_rrn``)."""

    pattern: PatternDef
    finish: Finisher
    labels: frozenset[str]

    @property
    def name(self) -> str:
        return self.pattern.name


def make_span(
    cand: Candidate,
    label: str,
    base: float,
    reasons: tuple[str, ...] = (),
    *,
    ctx: Context | None = None,
    use_context: bool = True,
    start: int | None = None,
    end: int | None = None,
) -> list[Span]:
    """One scored span (or none when the score is zero), context applied unless told otherwise."""
    score = base
    why = reasons
    if use_context:
        delta, ctx_reasons = (ctx or cand.context()).adjust(label)
        score += delta
        why = why + ctx_reasons
    if score <= 0.0:
        return []
    return [
        cand.doc.span(
            cand.start if start is None else start,
            cand.end if end is None else end,
            label,
            min(score, 0.99),
            cand.rule,
            why,
        )
    ]
