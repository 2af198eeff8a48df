"""Numbers spelled with Hangul digit syllables ("공일공 일이삼사 오육칠팔"), used to dodge phone filters.

The digit syllables (일 이 삼 사 오 구 …) are everyday Korean words and word parts, so a run is only
taken when it stands as its own word: no Hangul syllable or ASCII letter/digit right before it, and after
it either a non-word character or one of the particles and copulas that attach to a number
("…오육칠팔로", "…오육칠팔입니다").
Regex backtracking does the rest: "일이삼사오늘" yields nothing, "오육칠팔이에요" ends at 팔.
Then :func:`find_hangul_digit_runs` keeps runs with at least ``min_digits`` digits, which is what keeps
ordinary sentences ("이사 가는 날 오후 일곱 시") out: they never string nine digit syllables together.
"""

from __future__ import annotations

import re

__all__ = ["HANGUL_DIGITS", "find_hangul_digit_runs"]

#: Hangul digit syllable → ASCII digit (Sino-Korean readings; 공 and 영 are both used for 0, 륙 for 6).
HANGUL_DIGITS: dict[str, str] = {
    "영": "0",
    "공": "0",
    "일": "1",
    "이": "2",
    "삼": "3",
    "사": "4",
    "오": "5",
    "육": "6",
    "륙": "6",
    "칠": "7",
    "팔": "8",
    "구": "9",
}

_HANGUL_CLASS = "".join(HANGUL_DIGITS)
_DIGIT = f"[{_HANGUL_CLASS}0-9\uff10-\uff19]"
# One separator between groups: space, dash, dot or comma; ", " too, as people write "공일공, 일이삼사".
_SEP = r"(?:, |[ \-.,]|에 ?)"  # "공일공에 일이삼사에 오육칠팔": the spoken form
# What may follow a run directly: particles and copulas that attach to a number. Several start with 이,
# a digit syllable, which is fine: backtracking gives the 이 back ("오육칠팔이에요" → 팔 | 이에요). 에 and 요
# are refused right after 이, or the greedy run would end "…팔이|에요" and read the copula as a 2.
_PARTICLES = "입니다|이에요|이예요|예요|이요|이고|이며|이야|이다|이니|인데|으로|로|번|까지|은|는|을|를|와|과|도|만"
_TAIL = _PARTICLES + "|(?<!이)[에요]"
_RUN_RE = re.compile(
    rf"(?<![가-힣A-Za-z0-9])"
    rf"{_DIGIT}+(?:{_SEP}{_DIGIT}+)*"
    rf"(?=$|[^가-힣A-Za-z0-9]|(?:{_TAIL}))"
)
_HAS_HANGUL_DIGIT_RE = re.compile(f"[{_HANGUL_CLASS}]")
_GROUP_RE = re.compile(_DIGIT + "+")
_TO_ASCII = str.maketrans({**HANGUL_DIGITS, **{chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}})


def find_hangul_digit_runs(text: str, min_digits: int = 9) -> list[tuple[int, int, str]]:
    """Find digit runs written at least partly in Hangul syllables.

    Returns ``(start, end, digits)`` for each run with at least ``min_digits`` digits and at least one Hangul
    digit syllable (all-ASCII numbers are the pattern detectors' job): ``start``/``end`` are offsets in
    ``text`` (half-open) and ``digits`` the ASCII digits without separators. Groups may be separated by one
    space, dash, dot or comma, and may mix ASCII and Hangul digits ("010 일이삼사 5678").

    A one-syllable Hangul group at either end of a run, split off by a space from a longer group, is dropped:
    it is far more often a word ("이 공일공-…" = "this 010-…", "구" = district) than part of a number. An
    ambiguity remains: a run ending in 이 followed by a space ("…오육칠팔이 맞아요") keeps 이 as the digit 2.
    """
    runs: list[tuple[int, int, str]] = []
    for match in _RUN_RE.finditer(text):
        start, end = match.span()
        if not _HAS_HANGUL_DIGIT_RE.search(text, start, end):
            continue
        start, end = _trim_word_groups(text, start, end)
        digits = _GROUP_RE.findall(text, start, end)
        ascii_digits = "".join(digits).translate(_TO_ASCII)
        if len(ascii_digits) >= min_digits and _HAS_HANGUL_DIGIT_RE.search(text, start, end):
            runs.append((start, end, ascii_digits))
    return runs


def _trim_word_groups(text: str, start: int, end: int) -> tuple[int, int]:
    groups = [m.span() for m in _GROUP_RE.finditer(text, start, end)]
    if len(groups) > 1 and _is_lone_word(text, groups[0], groups[1]):
        groups.pop(0)
    if len(groups) > 1 and _is_lone_word(text, groups[-1], groups[-2]):
        groups.pop()
    return groups[0][0], groups[-1][1]


def _is_lone_word(text: str, group: tuple[int, int], neighbour: tuple[int, int]) -> bool:
    # A single Hangul syllable set apart by a space from a longer group. Runs spelled one digit at a time
    # ("공 일 공 일 이 …") have single-syllable neighbours and are kept whole.
    g_start, g_end = group
    n_start, n_end = neighbour
    if g_end - g_start != 1 or n_end - n_start < 2 or text[g_start] not in HANGUL_DIGITS:
        return False
    between = text[g_end:n_start] if n_start >= g_end else text[n_end:g_start]
    return between == " "
