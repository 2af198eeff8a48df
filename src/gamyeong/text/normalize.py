"""Text normalization with an offset map back to the original text.

Every text goes through :func:`normalize` before the multi-pattern scan, so the common path must stay in C:
one regex ``search`` over the text decides whether anything needs changing at all (for most Korean, French
and English text nothing does), and when something does, ``str.replace`` per character actually present
does the work (measured ~4x faster than ``str.translate`` with a dict table on non-ASCII text, which raises
and clears a ``KeyError`` for every unmapped character).

Two kinds of change:

* 1:1 replacements (:data:`TRANSLATE_TABLE`): full-width ASCII, dash-like characters, odd spaces and dots
  used inside numbers. Offsets do not move, so :meth:`NormalizedText.to_original` is the identity.
* Deletions (:data:`DELETED_CHARS`): zero-width characters, the word joiner, the BOM and the soft hyphen,
  which are invisible and split numbers ("010\u200b1234"). Only then is an offset map kept.

Deliberately *not* NFKC: NFKC rewrites Hangul compatibility jamo, circled numbers ("①" → "1") and "㈜"
(→ "(주)", a length change), and the Korean middle dot "·" (동·호) must stay as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

__all__ = ["DELETED_CHARS", "TRANSLATE_TABLE", "NormalizedText", "digits_only", "encodable", "normalize"]


def _build_table() -> dict[int, int]:
    table: dict[int, int] = {}
    # Full-width ASCII "！" … "～" (includes "－" U+FF0D and "．" U+FF0E): same glyph, offset by 0xFEE0.
    for code in range(0xFF01, 0xFF5F):
        table[code] = code - 0xFEE0
    # Dash-like characters people (and word processors) put inside phone numbers and IDs. Not U+30FC
    # (Japanese long vowel mark) nor U+2E3A/U+2E3B (two/three-em dashes used as prose punctuation).
    for code in (*range(0x2010, 0x2016), 0x2212, 0xFE58, 0xFE63):
        table[code] = ord("-")
    # Spaces that look like a space but defeat `\s`-free patterns like "010 1234 5678".
    for code in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000):
        table[code] = ord(" ")
    # One-dot leader: looks like "." inside numbers (192․168․0․1).
    table[0x2024] = ord(".")
    return table


#: The 1:1 replacements applied by :func:`normalize` (for ``str.translate``; code point → code point).
TRANSLATE_TABLE: dict[int, int] = _build_table()

#: Invisible characters removed by :func:`normalize` (zero-width space/non-joiner/joiner, word joiner,
#: BOM, soft hyphen).
DELETED_CHARS: frozenset[str] = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")

_FULLWIDTH_PAIRS = tuple((chr(k), chr(v)) for k, v in TRANSLATE_TABLE.items() if 0xFF01 <= k <= 0xFF5E)
_OTHER_PAIRS = tuple((chr(k), chr(v)) for k, v in TRANSLATE_TABLE.items() if not 0xFF01 <= k <= 0xFF5E)
_FULLWIDTH_RE = re.compile("[\uff01-\uff5e]")
_DELETED_RE = re.compile("[" + "".join(sorted(DELETED_CHARS)) + "]")
# Every character that normalize() may change, in one class, for the fast "nothing to do" test.
_SPECIAL_RE = re.compile(
    "[" + "".join(re.escape(chr(k)) for k in sorted(TRANSLATE_TABLE)) + "".join(sorted(DELETED_CHARS)) + "]"
)
_DIGIT_TABLE = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}
_NON_DIGIT_RE = re.compile(r"[^0-9]+")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalized text and the way back to offsets in the original.

    ``removed`` holds the original offsets of the deleted characters, sorted, or ``None`` when the
    normalization was 1:1 (the common case; ``text`` and ``original`` then have the same length and offsets
    are shared).
    """

    text: str
    original: str
    removed: tuple[int, ...] | None = None
    # For normalized index i, the original index is i + (number of keys <= i); key k is removed[k] - k,
    # i.e. where the k-th deletion falls in normalized coordinates. O(deletions) memory, O(log) lookup.
    _keys: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys = () if self.removed is None else tuple(pos - k for k, pos in enumerate(self.removed))
        object.__setattr__(self, "_keys", keys)

    @property
    def is_identity(self) -> bool:
        """True when offsets in ``text`` are offsets in ``original``."""
        return self.removed is None

    def to_original_index(self, index: int) -> int:
        """Original offset of the character at normalized offset ``index`` (0 <= index < len(text))."""
        if not 0 <= index < len(self.text):
            raise IndexError(f"index {index} outside normalized text of length {len(self.text)}")
        if self.removed is None:
            return index
        return index + bisect_right(self._keys, index)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open normalized span ``[start, end)`` to the original text.

        ``start`` maps to the source of the first character and ``end`` to just after the source of the last
        one, so deleted characters at the span's edges are left out and those inside are included. An empty
        span maps to an empty span just after the source of the preceding character (0 at the beginning).
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span ({start}, {end}) outside normalized text of length {n}")
        if self.removed is None:
            return start, end
        keys = self._keys
        if start == end:
            pos = 0 if start == 0 else start + bisect_right(keys, start - 1)
            return pos, pos
        return start + bisect_right(keys, start), end + bisect_right(keys, end - 1)


def normalize(text: str) -> NormalizedText:
    """Normalize ``text`` for detection; see the module docstring for what changes.

    Returns the same string object (and no offset map) when nothing needs changing.
    """
    if _SPECIAL_RE.search(text) is None:
        return NormalizedText(text, text)
    out = text
    if _FULLWIDTH_RE.search(out) is not None:
        out = _replace_present(out, _FULLWIDTH_PAIRS)
    out = _replace_present(out, _OTHER_PAIRS)
    if _DELETED_RE.search(out) is None:
        return NormalizedText(out, text)
    # 1:1 replacements never touch deleted characters, so their positions in `out` are those in `text`.
    removed = tuple(m.start() for m in _DELETED_RE.finditer(out))
    out = _DELETED_RE.sub("", out)
    return NormalizedText(out, text, removed)


def _replace_present(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    # `ch in text` is a C scan with no allocation; replace only what is there.
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def digits_only(s: str) -> str:
    """The ASCII digits of ``s`` in order, full-width digits included ("０１０-１２３４" → "0101234")."""
    return _NON_DIGIT_RE.sub("", s.translate(_DIGIT_TABLE))


def encodable(text: str) -> str:
    """``text`` with each lone surrogate (from a truncated JSON escape) made U+FFFD, one character for one, so
    that it encodes as UTF-8 (for hyperscan, spaCy, MeCab) and offsets still match the text."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text
