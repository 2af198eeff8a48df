"""Span: one finding in a text. Its repr never shows the text it covers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Span"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A labelled region ``text[start:end]`` (Python ``str`` offsets into the original text).

    ``label`` is a :class:`~gamyeong.labels.Label` or a ``CUSTOM_<NAME>`` string; ``score`` is in [0, 1];
    ``detector`` names the detector that found it. ``explanation`` lists the reasons for the score (rule
    names and context-word *kinds*, never the value).
    """

    start: int
    end: int
    label: str
    score: float = field(default=1.0, compare=False)
    detector: str = field(default="", compare=False)
    explanation: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"a span needs 0 <= start < end, got start={self.start} end={self.end}")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"a span score must be within [0, 1], got {self.score}")

    def __len__(self) -> int:
        return self.end - self.start

    def text(self, source: str) -> str:
        """The covered text (explicit, so values never leak through repr or logs by accident)."""
        return source[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self, source: str | None = None) -> dict[str, Any]:
        """JSON-ready dict; ``source`` given → includes ``text`` (only for ``--show-text``)."""
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "label": str(self.label),
            "score": round(self.score, 4),
            "detector": self.detector,
        }
        if source is not None:
            out["text"] = self.text(source)
        return out
