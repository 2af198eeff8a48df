"""Text preparation before detection: normalization with an offset map, and Hangul-spelled numbers."""

from __future__ import annotations

from gamyeong.text.hangul_numbers import HANGUL_DIGITS, find_hangul_digit_runs
from gamyeong.text.normalize import DELETED_CHARS, TRANSLATE_TABLE, NormalizedText, digits_only, normalize

__all__ = [
    "DELETED_CHARS",
    "HANGUL_DIGITS",
    "TRANSLATE_TABLE",
    "NormalizedText",
    "digits_only",
    "find_hangul_digit_runs",
    "normalize",
]
