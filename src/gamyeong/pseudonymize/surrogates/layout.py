"""Shape helpers shared by the surrogate generators: put new characters into the original's layout, and
draw random characters of the same kind (digit for digit, capital for capital)."""

from __future__ import annotations

import string
import unicodedata
from random import Random

from gamyeong.pseudonymize.surrogates.josa import is_hangul_syllable

__all__ = [
    "alnum_count",
    "digits",
    "fill_last_digits",
    "fill_layout",
    "is_ascii_alnum",
    "shape_random",
    "squash",
]

_FULLWIDTH_OFFSET = 0xFEE0
# Syllables for shape-preserving Hangul (common in names and words, never rare or odd-looking).
_HANGUL_POOL = "가나다라마바사아자하고노도로모보소오조호구누두루무부수우주후민서지현진영수연은"


def _ascii(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


def is_ascii_alnum(char: str) -> bool:
    """Whether ``char`` is an ASCII letter or digit once full-width forms are folded (NFKC)."""
    folded = _ascii(char)
    return len(folded) == 1 and folded.isascii() and folded.isalnum()


def alnum_count(text: str) -> int:
    return sum(1 for char in text if is_ascii_alnum(char))


def squash(text: str) -> str:
    """Letters and digits only, case-folded (full-width folded): what tells two values apart."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(char for char in folded if char.isalnum()).casefold()


def _like(original: str, new: str) -> str:
    """``new`` written like ``original``: full-width if it was, lower case if it was a lower-case letter."""
    if original.isalpha() and _ascii(original).islower():
        new = new.lower()
    if ord(original) >= 0xFF01 and new.isascii():
        return chr(ord(new) + _FULLWIDTH_OFFSET)
    return new


def fill_layout(original: str, compact: str) -> str:
    """``compact`` (letters and digits) written in the layout of ``original``: each ASCII (or full-width)
    letter or digit of the original takes the next character, separators stay where they were. When the counts
    differ, ``compact`` is returned as it is."""
    if alnum_count(original) != len(compact):
        return compact
    chars = iter(compact)
    return "".join(_like(char, next(chars)) if is_ascii_alnum(char) else char for char in original)


def fill_last_digits(original: str, new_digits: str) -> str:
    """Replace the last ``len(new_digits)`` digits of ``original`` (ASCII or full-width), keeping the rest."""
    positions = [i for i, char in enumerate(original) if _ascii(char).isascii() and _ascii(char).isdigit()]
    if len(positions) < len(new_digits):
        return new_digits
    out = list(original)
    for pos, digit in zip(positions[len(positions) - len(new_digits) :], new_digits, strict=True):
        out[pos] = _like(original[pos], digit)
    return "".join(out)


def digits(rng: Random, count: int, *, first_nonzero: bool = False) -> str:
    """``count`` random digits; the first one 1–9 when asked."""
    if count <= 0:
        return ""
    head = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return head + "".join(str(rng.randint(0, 9)) for _ in range(count - 1))


def shape_random(original: str, rng: Random) -> str:
    """Same shape, new characters: digits → digits, capitals → capitals, small letters → small letters, Hangul
    syllables → common syllables; everything else (separators, punctuation, other scripts' marks) stays."""
    out: list[str] = []
    for char in original:
        folded = _ascii(char)
        if len(folded) == 1 and folded.isascii() and folded.isdigit():
            out.append(_like(char, str(rng.randint(0, 9))))
        elif len(folded) == 1 and folded.isascii() and folded.isalpha():
            out.append(_like(char, rng.choice(string.ascii_uppercase)))
        elif is_hangul_syllable(char):
            out.append(rng.choice(_HANGUL_POOL))
        elif char.isalpha():
            # Another script's letter (é, ß, ü …): a plain letter of the same case.
            letter = rng.choice(string.ascii_lowercase)
            out.append(letter.upper() if char.isupper() else letter)
        else:
            out.append(char)
    return "".join(out)
