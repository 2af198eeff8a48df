"""Segments: the building blocks of a dev-set record (plain text, gold PII, neutral hard negatives)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class P:
    """A gold personal-data span."""

    text: str
    label: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class N:
    """A neutral region (hard negative): must not be flagged."""

    text: str
    kind: str


Seg = str | P | N
Fact = Callable[[random.Random, str], list[Seg]]

_SLOT = re.compile(r"\{(\d)\}")


def fill(template: str, *values: Seg) -> list[Seg]:
    """``fill("call {0} or {1}", P(...), N(...))`` -> segments."""
    out: list[Seg] = []
    pos = 0
    for m in _SLOT.finditer(template):
        if m.start() > pos:
            out.append(template[pos : m.start()])
        out.append(values[int(m.group(1))])
        pos = m.end()
    if pos < len(template):
        out.append(template[pos:])
    return out


def pick(rng: random.Random, items: Sequence[Any]) -> Any:
    return items[rng.randrange(len(items))]


def weighted(rng: random.Random, table: Sequence[tuple[float, Any]]) -> Any:
    total = sum(w for w, _ in table)
    x = rng.random() * total
    for w, item in table:
        x -= w
        if x < 0:
            return item
    return table[-1][1]


def seg_len(segs: Sequence[Seg]) -> int:
    return sum(len(s if isinstance(s, str) else s.text) for s in segs)


def render(segs: Sequence[Seg]) -> dict[str, Any]:
    """Concatenate segments; gold and neutral offsets are Python str offsets."""
    parts: list[str] = []
    spans: list[dict[str, Any]] = []
    neutral: list[dict[str, Any]] = []
    meta: list[dict[str, Any]] = []
    pos = 0
    for s in segs:
        text = s if isinstance(s, str) else s.text
        if isinstance(s, P):
            spans.append({"start": pos, "end": pos + len(text), "label": s.label})
            if s.meta:
                meta.append({"start": pos, "end": pos + len(text), **s.meta})
        elif isinstance(s, N):
            neutral.append({"start": pos, "end": pos + len(text), "kind": s.kind})
        parts.append(text)
        pos += len(text)
    out: dict[str, Any] = {"text": "".join(parts), "spans": spans, "neutral": neutral}
    if meta:
        out["meta"] = meta
    return out
