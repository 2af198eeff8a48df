"""The structured-data detector: every identifier rule in one multi-pattern pass."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import ClassVar

from gamyeong.detect.base import Document
from gamyeong.detect.rules import Candidate, Rule
from gamyeong.detect.rules_intl import INTL_RULES
from gamyeong.detect.rules_kr import KR_RULES
from gamyeong.detect.scanner import Engine, Scanner, make_scanner
from gamyeong.identifiers import Validity
from gamyeong.identifiers.kr import phone
from gamyeong.labels import Label
from gamyeong.langs import Language
from gamyeong.spans import Span
from gamyeong.text.hangul_numbers import find_hangul_digit_runs

__all__ = ["ALL_RULES", "HangulPhoneDetector", "StructuredDetector"]

ALL_RULES: tuple[Rule, ...] = KR_RULES + INTL_RULES
_URL_PARTS = frozenset({"url", "email"})
_URL_TOKEN = re.compile(r"(?:https?://|www\.)[^\s<>\"']*$")


_URL_JOINERS = "=/?&#:.-_~+%@"


def _inside_url(text: str, start: int) -> bool:
    """A number inside a URL ("profile.php?id=100069626082402") is part of the URL, not a card or a phone."""
    if start == 0 or text[start - 1] not in _URL_JOINERS:
        return False
    return _URL_TOKEN.search(text, max(0, start - 256), start) is not None


class StructuredDetector:
    """Runs the rules whose labels are wanted, through one scanner compiled once per instance."""

    name: ClassVar[str] = "patterns"
    labels: ClassVar[frozenset[str]] = frozenset().union(*(r.labels for r in ALL_RULES))
    languages: ClassVar[frozenset[Language]] = frozenset(Language)

    def __init__(
        self,
        labels: Collection[str] | None = None,
        *,
        engine: Engine = "auto",
        rules: Sequence[Rule] = ALL_RULES,
    ) -> None:
        self.rules = [r for r in rules if labels is None or r.labels & set(labels)]
        self.scanner: Scanner = make_scanner([r.pattern for r in self.rules], engine)
        # per pattern index: what detect needs of its rule, looked up once here instead of at every match
        self._finishers = [(r.name, r.finish, r.name in _URL_PARTS) for r in self.rules]

    @property
    def engine(self) -> str:
        return self.scanner.engine

    def detect(self, doc: Document) -> list[Span]:
        out: list[Span] = []
        text = doc.norm.text
        finishers = self._finishers
        for pid, start, end, match_start, match_end in self.scanner.scan(text):
            name, finish, url_part = finishers[pid]
            if (
                not url_part
                and match_start
                and text[match_start - 1] in _URL_JOINERS
                and _inside_url(text, match_start)
            ):
                continue  # (most matches follow no character that joins URL parts: no call)
            out.extend(finish(Candidate(name, doc, start, end, match_start, match_end)))
        return out


class HangulPhoneDetector:
    """Phone numbers spelled in Hangul digit syllables (공일공 일이삼사 오육칠팔)."""

    name: ClassVar[str] = "kr_hangul_phone"
    labels: ClassVar[frozenset[str]] = frozenset({Label.PHONE})
    languages: ClassVar[frozenset[Language]] = frozenset({Language.KO})

    def detect(self, doc: Document) -> list[Span]:
        text = doc.norm.text
        if "공" not in text and "영" not in text:
            return []  # every Korean phone number starts with 0
        out: list[Span] = []
        for start, end, digits in find_hangul_digit_runs(text):
            validity = phone.check(digits)
            if validity is Validity.INVALID:
                continue
            score = 0.85 if validity is Validity.VERIFIED else 0.6
            out.append(doc.span(start, end, Label.PHONE, score, self.name, ("rule:hangul-digits",)))
        return out
