"""Dates written in words, as people say them: "le premier mars mil neuf cent quatre-vingt-cinq", "le 3 mars 85",
"the third of March nineteen eighty-two", "March twenty-first, two thousand and three".

Call transcripts and dictated letters spell numbers out, and speakers drop the century ("née le 3 mars 85"). A
grammar of French and English number words (units, teens, tens, ``quatre-vingt``, ``cent``, ``mille``/``mil``,
``hundred``, ``thousand``, ordinals, and the English year said in two halves: "nineteen oh five") turns the day and
the year into numbers; the date is then validated like any other. These dates are looked for only just after a
birth word: spelt-out dates are rare, and a date is a birth date only by its context anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

__all__ = ["MONTHS", "month_number", "word_dates"]

_FR_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}  # fmt: skip
_EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
# Abbreviations as forms and speakers' notes write them ("DOB: 3-Mar-82", "née le 3 janv. 85").
_ABBREVIATIONS = {
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS = {**_FR_MONTHS, **_EN_MONTHS, **_ABBREVIATIONS}

_FR_WORDS = {
    "un": 1, "une": 1, "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "cents": 100, "mille": 1000, "mil": 1000,
}  # fmt: skip
_EN_UNITS = "one two three four five six seven eight nine".split()
_EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_EN_ORDINAL_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_EN_WORDS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_EN_UNITS)},
    **{w: i + 1 for i, w in enumerate(_EN_ORDINAL_UNITS)},
    **{w: i + 10 for i, w in enumerate(_EN_TEENS)},
    **{w + "th": i + 10 for i, w in enumerate(_EN_TEENS) if w != "twelve"},
    **{w: 10 * (i + 2) for i, w in enumerate(_EN_TENS)},
    **{w[:-1] + "ieth": 10 * (i + 2) for i, w in enumerate(_EN_TENS)},
    "twelfth": 12, "oh": 0, "hundred": 100, "thousand": 1000,
}  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# A run of number words joined by spaces or hyphens, "et"/"and" only inside it (never its last word).
_FR_RUN = rf"(?:{_alternation(_FR_WORDS)})(?:(?:[\s\-]+et)?[\s\-]+(?:{_alternation(_FR_WORDS)}))*"
_EN_RUN = rf"(?:{_alternation(_EN_WORDS)})(?:(?:\s+and)?[\s\-]+(?:{_alternation(_EN_WORDS)}))*"
_MONTH = _alternation(MONTHS)
_DAY = rf"(?:1er|\d{{1,2}}(?:er|st|nd|rd|th)?|{_FR_RUN}|{_EN_RUN})"
# A year in words, in four digits, or in two digits after a spoken day and month ("le 3 mars 85", "March 3rd '82").
_YEAR = rf"(?:{_FR_RUN}|{_EN_RUN}|(?:19|20)\d{{2}}(?!\d)|['’]?\d{{2}}(?![\d:/.,]|\s?h\b))"
_WORD_DATE = re.compile(
    rf"(?<![^\W\d_])(?:"
    rf"(?:the\s+)?(?P<d1>{_DAY})(?:\s+of\s+|[\s\-]+)(?P<m1>{_MONTH})(?:(?<=[^\W\d_]{{3}})(?<![^\W\d_]{{5}})\.(?=,?[\s\-]+{_YEAR}))?(?:,?[\s\-]+(?P<y1>{_YEAR}))?"
    rf"|(?P<m2>{_MONTH})\.?\s+(?:the\s+)?(?P<d2>{_DAY}),?(?:\s+(?P<y2>{_YEAR}))?"
    rf")(?![^\W\d_])",
    re.IGNORECASE,
)
_WORD_SPLIT = re.compile(r"[\s\-]+")


def month_number(word: str) -> int:
    return MONTHS[word.lower()]


def _number(run: str) -> int | None:
    """The value of a run of number words, or of digits (with an ordinal suffix or a leading apostrophe)."""
    raw = run.strip().lower().lstrip("'’")
    digits = re.match(r"\d+", raw)
    if digits:
        return int(digits.group())
    tokens = [t for t in _WORD_SPLIT.split(raw) if t and t not in ("et", "and")]
    if all(t in _FR_WORDS for t in tokens):
        return _french(tokens)
    if all(t in _EN_WORDS for t in tokens):
        return _english(tokens)
    return None


def _french(tokens: list[str]) -> int:
    total = current = 0
    previous = ""
    for tok in tokens:
        if tok in ("cent", "cents"):
            current = (current or 1) * 100
        elif tok in ("mille", "mil"):
            total += (current or 1) * 1000
            current = 0
        elif tok.startswith("vingt") and previous == "quatre":
            current += 76  # "quatre" already counted 4: quatre-vingt is 80
        else:
            current += _FR_WORDS[tok]
        previous = tok
    return total + current


def _english(tokens: list[str]) -> int:
    if "hundred" in tokens or "thousand" in tokens:
        total = current = 0
        for tok in tokens:
            if tok == "hundred":
                current = (current or 1) * 100
            elif tok == "thousand":
                total += (current or 1) * 1000
                current = 0
            else:
                current += _EN_WORDS[tok]
        return total + current
    # Without hundred/thousand a year is said in two halves: "nineteen eighty-two", "nineteen oh five".
    chunks: list[int] = []
    open_tens = False
    for tok in tokens:
        value = _EN_WORDS[tok]
        if open_tens and 1 <= value <= 9:
            chunks[-1] += value
            open_tens = False
            continue
        chunks.append(value)
        open_tens = value >= 20 and value % 10 == 0
    if len(chunks) == 1:
        return chunks[0]
    if len(chunks) == 2 and 10 <= chunks[0] <= 20:
        return chunks[0] * 100 + chunks[1]
    if len(chunks) == 3 and 10 <= chunks[0] <= 20 and chunks[1] == 0:
        return chunks[0] * 100 + chunks[2]
    return -1


def _full_year(value: int, raw: str) -> int:
    if len(raw.strip().lstrip("'’")) == 2 and raw.strip()[-1].isdigit():
        return 1900 + value if value > date.today().year % 100 else 2000 + value  # a birth year is not ahead
    return value


def word_dates(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, int, int, int | None]]:
    """(start, end, day, month, year or None) of the dates in ``text[lo:hi]`` written at least partly in words
    or with a two-digit year after a month name; all-digit dates are the main date grammar's."""
    for m in _WORD_DATE.finditer(text, lo, hi):
        day_raw = m["d1"] or m["d2"]
        year_raw = m["y1"] or m["y2"]
        digits_only = day_raw[0].isdigit() and (year_raw is None or re.fullmatch(r"\d{4}", year_raw) is not None)
        if digits_only:
            continue
        day = _number(day_raw)
        year = None if year_raw is None else _number(year_raw)
        if day is None or not 1 <= day <= 31 or (year_raw is not None and year is None):
            continue
        if year_raw is not None and year is not None:
            year = _full_year(year, year_raw)
        start = m.start("d1") if m["d1"] else m.start("m2")  # "the" is not part of the date
        yield start, m.end(), day, month_number(m["m1"] or m["m2"]), year
