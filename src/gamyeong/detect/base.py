"""The detector protocol and the document a detector reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Protocol

from gamyeong.detect.context import ContextIndex
from gamyeong.langs import Language
from gamyeong.spans import Span
from gamyeong.text.normalize import NormalizedText, normalize

__all__ = ["Detector", "Document"]


@dataclass(frozen=True, slots=True)
class Document:
    """A text ready for detection: the original, its normalized form, and its language.

    Detectors search ``norm.text`` and report spans in *original* offsets through :meth:`span`.
    """

    text: str
    norm: NormalizedText
    lang: Language
    _context: list[ContextIndex] = field(default_factory=list, compare=False, repr=False)

    def context_index(self) -> ContextIndex:
        """The document's context words, found on first use (many documents never need them)."""
        if not self._context:
            self._context.append(ContextIndex(self.norm.text))
        return self._context[0]

    @classmethod
    def of(cls, text: str, lang: Language) -> Document:
        return cls(text, normalize(text), lang)

    def span(
        self,
        start: int,
        end: int,
        label: str,
        score: float,
        detector: str,
        explanation: tuple[str, ...] = (),
    ) -> Span:
        """A span given normalized offsets, mapped back to the original text."""
        norm = self.norm
        if norm.removed is None and 0 <= start <= end <= len(norm.text):
            # the usual 1:1 normalization: the offsets are the original's (to_original, without a call)
            return Span(start, end, label, min(1.0, max(0.0, score)), detector, explanation)
        o_start, o_end = norm.to_original(start, end)
        return Span(o_start, o_end, label, min(1.0, max(0.0, score)), detector, explanation)


class Detector(Protocol):
    """One hook: ``detect``. Identity and scope are class attributes."""

    name: ClassVar[str]
    labels: ClassVar[frozenset[str]]
    languages: ClassVar[frozenset[Language]]

    def detect(self, doc: Document) -> list[Span]: ...
