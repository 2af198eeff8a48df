"""Context words near a candidate raise or lower its score.

The window before a candidate stops at the previous digit: a context word speaks of the number that
follows it, so in "주문번호 12345, 연락처 010-1234-5678" the order-number word does not reach the phone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from gamyeong.locales import NEGATIVE_WORDS, POSITIVE_WORDS

__all__ = ["BEFORE", "Context", "context_of", "has_words"]

BEFORE = 36
AFTER = 14
POSITIVE_BOOST = 0.3
NEGATIVE_PENALTY = 0.45


def _word_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    # ASCII words need letter boundaries ("ip" must not fire inside "tip", "ref" inside "refund");
    # Korean words attach particles and compounds, so they match as substrings.
    parts = []
    for w in sorted(words, key=len, reverse=True):
        escaped = re.escape(w)
        parts.append(f"(?<![a-z]){escaped}(?![a-z])" if w.isascii() else escaped)
    return re.compile("|".join(parts) or r"(?!x)x")


_POSITIVE_RE = {label: _word_regex(words) for label, words in POSITIVE_WORDS.items()}
_NEGATIVE_RE = _word_regex(NEGATIVE_WORDS)
_DIGIT_RE = re.compile(r"\d")


@cache
def _custom_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    return _word_regex(tuple(w.lower() for w in words))


@dataclass(frozen=True, slots=True)
class Context:
    before: str  # lowercased text between the previous number and the candidate
    after: str  # lowercased text between the candidate and the next number

    def positive(self, label: str) -> bool:
        rx = _POSITIVE_RE.get(label)
        return rx is not None and (rx.search(self.before) is not None or rx.search(self.after) is not None)

    def negative(self) -> bool:
        # Only words *before* a number deny it ("주문번호 123…"); words after it usually introduce the next
        # item ("…5678, 주문번호 …"), so they would punish the wrong number.
        return _NEGATIVE_RE.search(self.before) is not None

    def adjust(self, label: str) -> tuple[float, tuple[str, ...]]:
        """Score delta and reasons (kinds of evidence, never the words' surroundings)."""
        delta = 0.0
        reasons: list[str] = []
        if self.positive(label):
            delta += POSITIVE_BOOST
            reasons.append(f"context:+{label}")
        if self.negative():
            delta -= NEGATIVE_PENALTY
            reasons.append("context:-not-personal")
        return delta, tuple(reasons)


def context_of(text: str, start: int, end: int, before: int = BEFORE, after: int = AFTER) -> Context:
    left = text[max(0, start - before) : start]
    digits = [m.end() for m in _DIGIT_RE.finditer(left)]
    if digits:
        left = left[digits[-1] :]
    right = text[end : end + after]
    m = _DIGIT_RE.search(right)
    if m:
        right = right[: m.start()]
    return Context(left.lower(), right.lower())


def has_words(window: str, words: tuple[str, ...]) -> bool:
    """True when one of ``words`` (user-supplied context words) occurs in ``window``."""
    return bool(words) and _custom_regex(words).search(window.lower()) is not None
