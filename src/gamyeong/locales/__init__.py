"""Per-language vocabulary: context words that raise or lower a candidate's score.

Context words of every language are used on every text (a Korean chat may say "passport", a French
letter may quote an English form), so the tables are merged here.
"""

from __future__ import annotations

from gamyeong.locales import en, fr, ko

__all__ = ["NEGATIVE_AFTER_WORDS", "NEGATIVE_WORDS", "POSITIVE_WORDS"]


def _merge() -> dict[str, tuple[str, ...]]:
    merged: dict[str, list[str]] = {}
    for module in (ko, fr, en):
        for label, words in module.POSITIVE.items():
            merged.setdefault(label, []).extend(w.lower() for w in words)
    return {label: tuple(dict.fromkeys(words)) for label, words in merged.items()}


#: label → words that, shortly before a candidate, say it is that kind of personal data.
POSITIVE_WORDS: dict[str, tuple[str, ...]] = _merge()
#: words that say the number right after them is *not* personal data (orders, barcodes, versions...).
NEGATIVE_WORDS: tuple[str, ...] = tuple(dict.fromkeys(w.lower() for m in (ko, fr, en) for w in m.NEGATIVE))
#: words that, right after a number, say what it was: "2.10.3.1 버전", "8801234567893 (바코드)".
NEGATIVE_AFTER_WORDS: tuple[str, ...] = tuple(dict.fromkeys(w.lower() for m in (ko, fr, en) for w in m.NEGATIVE_AFTER))
