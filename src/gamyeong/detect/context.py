"""Context words near a candidate raise or lower its score.

The window before a candidate stops at the previous digit: a context word speaks of the number that
follows it, so in "주문번호 12345, 연락처 010-1234-5678" the order-number word does not reach the phone.
Negative words count only before a number; positive words count on either side.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from gamyeong.detect.scanner import HyperscanDatabase
from gamyeong.labels import Label
from gamyeong.locales import NEGATIVE_AFTER_WORDS, NEGATIVE_WORDS, POSITIVE_WORDS

__all__ = ["AFTER", "BEFORE", "Context", "ContextIndex", "context_of", "has_words", "window", "window_bounds"]

BEFORE = 36
AFTER = 14
POSITIVE_BOOST = 0.3
NEGATIVE_PENALTY = 0.45
OTHER_LABEL_PENALTY = 0.2
#: labels that negative words (order, barcode, version …) never apply to: no order number looks like these
_NEVER_DENIED = frozenset({Label.EMAIL, Label.URL})
_NEGATIVE = "\x00neg"
_NEGATIVE_AFTER = "\x00neg-after"
_MARKERS = frozenset({_NEGATIVE, _NEGATIVE_AFTER})
_NEGATIVE_REACH = 12  # at most this many characters from a negative word to the number it denies
_AFTER_REACH = 3  # a postfix word follows the number at once: "8801… (바코드)", "2.10.3.1 버전", not "… - 버전"


def _word_regex(words: list[str]) -> re.Pattern[str]:
    # ASCII words need letter boundaries ("ip" must not fire inside "tip", "ref" inside "refund");
    # Korean words attach particles and compounds, so they match as substrings.
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(w)
        parts.append(f"(?<![a-z]){escaped}(?![a-z])" if w.isascii() else escaped)
    return re.compile("|".join(parts) or r"(?!x)x")


# One regex for every context word of every label: a window is searched once, then each word found is
# looked up. Windows are a few dozen characters, so the per-call cost matters more than the regex size.
_KINDS: dict[str, frozenset[str]] = {}
for _label, _words in POSITIVE_WORDS.items():
    for _w in _words:
        _KINDS[_w] = _KINDS.get(_w, frozenset()) | {_label}
for _w in NEGATIVE_WORDS:
    _KINDS[_w] = _KINDS.get(_w, frozenset()) | {_NEGATIVE}
for _w in NEGATIVE_AFTER_WORDS:
    _KINDS[_w] = _KINDS.get(_w, frozenset()) | {_NEGATIVE_AFTER}
_ALL_RE = _word_regex(list(_KINDS))
_DIGIT_RE = re.compile(r"\d")
_LAST_DIGIT_RE = re.compile(r".*\d", re.DOTALL)
_RUN_BEFORE_RE = re.compile(r"(?:\d+[ .-])+$")
_FIRST_SEPARATOR_RE = re.compile(r"[^0-9]")
# The clause a number stands in ends at a line break or at the end of a Korean sentence ("…이에요. 211018-…").
# Words beyond it still raise a score (a question on one line, the answer on the next), but a word naming
# *another* label only lowers one inside the clause. Latin full stops are not clause ends: "No. 123".
_LAST_STOP_RE = re.compile(r".*(?:\n|[가-힣][.?!] )", re.DOTALL)


@cache
def _custom_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    return _word_regex([w.lower() for w in words])


class ContextIndex:
    """Every context word in one document, found in one pass; windows are then looked up by bisection.

    Searching each candidate's window with a big alternation costs tens of microseconds a window; finding
    the words once per document (hyperscan when installed) and bisecting costs about one.
    """

    __slots__ = ("denies", "denies_after", "ends", "kinds", "labels", "seen", "starts")

    def __init__(self, text: str) -> None:
        hits = _find_words(text)
        self.starts = [h[0] for h in hits]
        self.ends = [h[1] for h in hits]
        # each word's kinds, labels and negative marks come from tables made once per word, not per occurrence
        self.kinds = [_KIND_OF[h[2]] for h in hits]
        self.labels = [_LABELS_OF[h[2]] for h in hits]
        self.denies = [_DENIES[h[2]] for h in hits]
        self.denies_after = [_DENIES_AFTER[h[2]] for h in hits]
        # the context of each (start, end) asked for: several rules match the same digit run (a phone, an
        # account and a card number read 010-1234-5678 each), a quarter of the questions on Korean text
        self.seen: dict[tuple[int, int], Context] = {}

    def between(self, lo: int, hi: int) -> list[tuple[int, int, frozenset[str]]]:
        """(start, end, kinds) of the words lying wholly inside ``[lo, hi)``, in text order."""
        i = bisect_left(self.starts, lo)
        out = []
        while i < len(self.starts) and self.starts[i] < hi:
            if self.ends[i] <= hi:
                out.append((self.starts[i], self.ends[i], self.kinds[i]))
            i += 1
        return out


_WORDS = sorted(_KINDS)
# per word id (its index in _WORDS): what ContextIndex keeps of it, and whether it needs letter boundaries
_KIND_OF = [_KINDS[w] for w in _WORDS]
_LABELS_OF = [k - _MARKERS for k in _KIND_OF]
_DENIES = [_NEGATIVE in k for k in _KIND_OF]
_DENIES_AFTER = [_NEGATIVE_AFTER in k for k in _KIND_OF]
_ASCII_WORD = [w.isascii() for w in _WORDS]


def _ascii_ok(text: str, start: int, end: int) -> bool:
    """An ASCII word is no part of a longer ASCII word ("ip" in "tip")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (("a" <= before <= "z") or ("a" <= after <= "z"))


@cache
def _hyperscan_db() -> HyperscanDatabase | None:
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return None
    # The words as UTF-32 bytes, searched in the text's UTF-32 form: a hit's offsets, divided by four, are str
    # offsets (no UTF-8 offsets to map back, a third of the look-up's time on Korean text).
    return HyperscanDatabase([_utf32_literal(w) for w in _WORDS], utf8=False)


def _utf32_literal(word: str) -> str:
    return "".join(f"\\x{b:02x}" for b in word.encode("utf-32-le"))


def _find_words(text: str) -> list[tuple[int, int, int]]:
    """(start, end, word id) of the context words of ``text``, in text order, none inside a longer one kept."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lowercased (İ): stay exact
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    db = _hyperscan_db()
    # (start, -end, word id): a plain sort puts the longer of two words starting together first (two words
    # never share both ends: they would be the same word)
    hits: list[tuple[int, int, int]] = []
    if db is None:
        for m in _ALL_RE.finditer(lowered):
            hits.append((m.start(), -m.end(), _WORDS.index(m.group())))
    else:

        def on_match(wid: int, start: int, end: int, _flags: int, _ctx: object) -> None:
            # a hit that starts inside a character (its bytes and the next one's spell a word) is none
            if not start & 3:
                hits.append((start >> 2, -(end >> 2), wid))

        # one character, four bytes: a lone surrogate (from a truncated JSON escape) too, as it is
        db.scan(lowered.encode("utf-32-le", "surrogatepass"), on_match)
    hits.sort()
    out: list[tuple[int, int, int]] = []
    last_end = -1
    for start, neg_end, wid in hits:
        end = -neg_end
        if end <= last_end:
            continue  # inside a longer word already kept ("bancaire" in "carte bancaire")
        if not _ASCII_WORD[wid] or _ascii_ok(lowered, start, end):
            out.append((start, end, wid))
            last_end = end
    return out


@dataclass(frozen=True, slots=True)
class Context:
    """What the words around a candidate say it is.

    The nearest word names the number: in "passport number is 655735262 … account" the number is a
    passport number even though an account word follows. So only the last word before the candidate (or,
    with none before, the first word after it) votes for a label; negative words anywhere before it count.
    """

    nearest: frozenset[str]  # labels named by the nearest context word
    denied: bool  # a negative word (order, barcode, version …) occurs before the candidate
    nearest_before: bool = True  # the nearest word stands before the candidate, in its clause

    def positive(self, label: str) -> bool:
        return label in self.nearest

    def names_other(self, label: str) -> bool:
        """The nearest word names another kind of data (a phone-shaped number after 'compte n°')."""
        return self.nearest_before and bool(self.nearest) and label not in self.nearest

    def negative(self) -> bool:
        return self.denied

    def adjust(self, label: str) -> tuple[float, tuple[str, ...]]:
        """Score delta and reasons (kinds of evidence, never the surrounding text)."""
        key = (self, label)
        found = _ADJUSTED.get(key)
        if found is None:
            if len(_ADJUSTED) >= _ADJUSTED_SIZE:
                _ADJUSTED.clear()
            found = _ADJUSTED[key] = self._adjust(label)
        return found

    def _adjust(self, label: str) -> tuple[float, tuple[str, ...]]:
        delta = 0.0
        reasons: tuple[str, ...] = ()
        if self.positive(label):
            delta += POSITIVE_BOOST
            reasons += (f"context:+{label}",)
        elif self.names_other(label):
            delta -= OTHER_LABEL_PENALTY
            reasons += ("context:-other-label",)
        if label not in _NEVER_DENIED and self.negative():
            delta -= NEGATIVE_PENALTY
            reasons += ("context:-not-personal",)
        return delta, reasons


# The answer of each (context, label) asked: a few dozen contexts differ, and each answer formats its reasons anew
_ADJUSTED: dict[tuple[Context, str], tuple[float, tuple[str, ...]]] = {}
_ADJUSTED_SIZE = 4096


def _run_start(text: str, start: int, end: int) -> int:
    """Where the number a candidate belongs to starts. A candidate inside a run of digit groups ("N° de suivi
    9400 4213 7354 0669 3117 90") belongs to the run when it is written with the run's own separator
    ("…0740 010.9912.3208" is two numbers): the run's context is its context."""
    if start > 0 and text[start - 1] in " .-":
        own = _FIRST_SEPARATOR_RE.search(text, start, end)
        if own is not None and own.group() == text[start - 1]:  # before the run's search, which costs more
            run = _RUN_BEFORE_RE.search(text, max(0, start - 40), start)
            if run is not None:
                return run.start()
    return start


def window_bounds(text: str, start: int, end: int, before: int = BEFORE, after: int = AFTER) -> tuple[int, int]:
    """Where the context window before ``start`` begins (after the previous number) and where the one after
    ``end`` ends (before the next number)."""
    return _bounds(text, _run_start(text, start, end), end, before, after)


def _bounds(text: str, start: int, end: int, before: int, after: int) -> tuple[int, int]:
    """:func:`window_bounds` once the number's start is known (``context_of`` needs that start too)."""
    lo = max(0, start - before)
    m = _LAST_DIGIT_RE.match(text, lo, start)
    if m:
        lo = m.end()
    hi = min(len(text), end + after)
    m2 = _DIGIT_RE.search(text, end, hi)
    if m2:
        hi = m2.start()
    return lo, hi


def window(text: str, start: int, end: int, before: int = BEFORE, after: int = AFTER) -> tuple[str, str]:
    """Lowercased text between the previous number and ``start``, and between ``end`` and the next one."""
    lo, hi = window_bounds(text, start, end, before, after)
    return text[lo:start].lower(), text[end:hi].lower()


def context_of(index: ContextIndex, text: str, start: int, end: int) -> Context:
    """The context of ``text[start:end]``; ``index`` must be ``text``'s (it remembers the answer)."""
    found = index.seen.get((start, end))
    if found is None:
        found = index.seen[start, end] = _context_of(index, text, start, end)
    return found


def _context_of(index: ContextIndex, text: str, start: int, end: int) -> Context:
    number_start = _run_start(text, start, end)
    lo, hi = _bounds(text, number_start, end, BEFORE, AFTER)
    starts, ends, labels = index.starts, index.ends, index.labels
    n = len(starts)
    # the words lying wholly inside [lo, start), then inside [end, hi) (ContextIndex.between, walked in place)
    denied = False
    nearest = -1  # the last word before with a label
    i = bisect_left(starts, lo)
    while i < n and starts[i] < start:
        if ends[i] <= start:
            # A negative word denies the number it introduces, right after it ("주문번호: 2024…", "routing
            # 0911…"), not one further on ("BIC: SHBKKRSE 📞 010-…").
            if index.denies[i] and number_start - ends[i] <= _NEGATIVE_REACH:
                denied = True
            if labels[i]:
                nearest = i
        i += 1
    first_after = -1  # the first word after with a label
    i = bisect_left(starts, end)
    while i < n and starts[i] < hi:
        if ends[i] <= hi:
            pos = starts[i]
            # Words that name the thing *before* them deny it from behind too ("2.10.3.1 버전", "8801… (바코드)").
            if index.denies_after[i] and pos - end <= _AFTER_REACH and not text[end:pos].strip(" ("):
                denied = True
            if first_after < 0 and labels[i]:
                first_after = i
        i += 1
    if nearest >= 0:
        stop = _LAST_STOP_RE.match(text, lo, start)
        return _context(labels[nearest], denied, stop is None or starts[nearest] >= stop.end())
    return _context(labels[first_after] if first_after >= 0 else _NO_LABELS, denied, False)


_NO_LABELS: frozenset[str] = frozenset()
# Contexts are immutable and few of them differ (a label set and two flags): one of each is made, not one per
# candidate (a frozen dataclass costs more to make than to look up)
_CONTEXTS: dict[tuple[frozenset[str], bool, bool], Context] = {}


def _context(nearest: frozenset[str], denied: bool, nearest_before: bool) -> Context:
    key = (nearest, denied, nearest_before)
    found = _CONTEXTS.get(key)
    if found is None:
        found = _CONTEXTS[key] = Context(nearest, denied, nearest_before=nearest_before)
    return found


def has_words(text: str, words: tuple[str, ...]) -> bool:
    """True when one of ``words`` (user-supplied context words) occurs in ``text``."""
    return bool(words) and _custom_regex(words).search(text.lower()) is not None
