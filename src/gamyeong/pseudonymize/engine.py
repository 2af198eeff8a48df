"""The pure core: text + spans + policy → pseudonymized text, its spans and the mapping. No I/O here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from gamyeong.errors import ValidationError
from gamyeong.langs import Language
from gamyeong.pseudonymize.normal import normalize_value
from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.policy import BLOCK, KEEP, Action, Policy
from gamyeong.spans import Span

__all__ = ["Replaced", "Result", "apply_policy", "merge_overlaps", "operator_for"]

#: value errors an operator may raise for one value it cannot transform (the whole job goes on)
OperatorValueError = ValueError


@dataclass(frozen=True, slots=True)
class Replaced:
    """One replaced span: where it is in the output, where it came from in the input, and how."""

    start: int
    end: int
    source_start: int
    source_end: int
    label: str
    operator: str
    #: for ``fpe``: the key id and mode it ran with (public facts, never the key), so ``restore`` needs neither
    #: the policy nor the knowledge of which key was active, even after a rotation
    key_id: str | None = None
    mode: str | None = None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "label": self.label,
            "operator": self.operator,
        }
        if self.key_id is not None:
            out["key_id"] = self.key_id
        if self.mode is not None:
            out["mode"] = self.mode
        return out


@dataclass(frozen=True, slots=True)
class Result:
    """``mapping`` pairs each replacement with the value it replaced: it holds personal data, so it stays in
    memory (never in logs); ``blocked`` names the labels whose policy action is ``block`` (the record must then
    be refused whole: ``text`` is empty)."""

    text: str
    spans: tuple[Replaced, ...] = ()
    mapping: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    blocked: tuple[str, ...] = ()
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)

    def __repr__(self) -> str:  # never the text: it may hold what was kept
        return f"Result(spans={len(self.spans)}, blocked={self.blocked!r})"


def merge_overlaps(spans: Sequence[Span]) -> list[Span]:
    """Sorted spans without overlaps: overlapping spans become one span over both (nothing may stay readable
    between two overlapping findings), labelled like the higher-scoring one."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            last = out[-1]
            keep = last if last.score >= span.score else span
            out[-1] = Span(last.start, max(last.end, span.end), keep.label, keep.score, keep.detector)
        else:
            out.append(span)
    return out


@lru_cache(maxsize=256)
def operator_for(action: Action) -> Any:
    """One configured operator per action, reused across documents (operators hold no per-call state)."""
    return action.build()


def apply_policy(
    text: str,
    spans: Sequence[Span],
    policy: Policy,
    ctx: OperatorContext,
    lang: Language,
) -> Result:
    """Replace each span by its policy action, in reading order (so numbering follows the text), splicing in one
    pass with output offsets computed as it goes: overlapping spans are merged first, adjacent ones stay two."""
    merged = merge_overlaps(spans)
    # label → (action, operator): looked up once per label and document, not once per span
    plan: dict[str, tuple[Action, Any]] = {}
    for s in merged:
        if s.label not in plan:
            action = policy.action(s.label)
            plan[s.label] = (action, None if action.operator in (KEEP, BLOCK) else operator_for(action))
    blocked = sorted(label for label, (action, _) in plan.items() if action.operator == BLOCK)
    if blocked:
        return Result("", blocked=tuple(blocked))
    counts: Counter[tuple[str, str]] = Counter()
    pieces: list[str] = []
    out_spans: list[Replaced] = []
    mapping: list[tuple[str, str]] = []
    pos = length = 0
    for span in merged:
        action, operator = plan[span.label]
        if operator is None:  # keep
            counts[(span.label, action.operator)] += 1
            continue
        value = text[span.start : span.end]
        op_name = action.operator
        try:
            new = operator.apply(Item(value, span.label, lang, normalize_value(span.label, value)), ctx)
        except (ValidationError, OperatorValueError):
            # The operator cannot take this value (FF1 on 4 digits, a malformed date …): the value is still
            # removed, never left readable, and the count says so.
            new, op_name = f"[{span.label}]", f"{action.operator}>redact"
        counts[(span.label, op_name)] += 1
        pieces.append(text[pos : span.start])
        length += span.start - pos
        key_id = mode = None
        if op_name == "fpe" and ctx.keys is not None:
            key_id, mode = ctx.keys.active_id, str(operator.params.mode)
        out_spans.append(Replaced(length, length + len(new), span.start, span.end, span.label, op_name, key_id, mode))
        pieces.append(new)
        length += len(new)
        mapping.append((new, value))
        pos = span.end
    pieces.append(text[pos:])
    return Result("".join(pieces), tuple(out_spans), tuple(mapping), (), counts)
