"""Dates of birth as people write them, parsed without any reference to today's date.

Recognized (anywhere in the value, first match wins in this order):

* Korean ``1990년 1월 1일``, ``90년 1월 1일생``, ``1990년 3월``, ``1990년생``;
* English ``March 3, 1990``, ``Mar. 3rd 1990``, ``3 March 1990``, ``March 1990``;
* French ``3 mars 1990``, ``1er mars 1990``, ``mars 1990``;
* year first ``1990-01-01``, ``1990.1.1``, ``1990/01/01``, ``1990. 1. 1.``;
* eight digits ``19900101``;
* day and month first ``01/02/1990``, ``1.2.90``: French reads day/month, English and Korean month/day;
  when that order is not a calendar date the other one is tried;
* six digits ``900101`` (an RRN's front half);
* a year alone ``1990``.

Two-digit years follow one fixed rule, never today's date: ``YY >= 30`` → 19YY, otherwise 20YY
(:data:`PIVOT`). Reruns give identical results whatever the day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

__all__ = ["PIVOT", "ParsedDate", "parse_date", "render_date"]

PIVOT = 30

_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")  # fmt: skip
_EN_ABBR = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre")  # fmt: skip
_FR_ABBR = ("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc")

#: written month → (month, style); styles name the table to write a new month from
_MONTH_WORDS: dict[str, tuple[int, str]] = {}
for _i, _word in enumerate(_EN_ABBR):
    _MONTH_WORDS[_word] = (_i + 1, "en_abbr")
_MONTH_WORDS["sept"] = (9, "en_abbr")
for _i, _word in enumerate(_FR_ABBR):
    _MONTH_WORDS.setdefault(_word, (_i + 1, "fr_abbr"))
for _i, _word in enumerate(_FR_MONTHS):
    _MONTH_WORDS[_word] = (_i + 1, "fr")
    _MONTH_WORDS[_word.replace("é", "e").replace("û", "u")] = (_i + 1, "fr")
for _i, _word in enumerate(_EN_MONTHS):
    _MONTH_WORDS[_word] = (_i + 1, "en")
_STYLE_TABLES = {"en": _EN_MONTHS, "en_abbr": _EN_ABBR, "fr": _FR_MONTHS, "fr_abbr": _FR_ABBR}
_MONTH_RE = "|".join(sorted((re.escape(w) for w in _MONTH_WORDS), key=len, reverse=True))

_Y4 = r"(?P<y>(?:1[89]|20)[0-9]{2})"
_NB, _NA = r"(?<![0-9])", r"(?![0-9])"  # no digit before / after
_SEP = r"\s*[-./]\s*"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 1990년 1월 1일, 90년생, 1990년 3월
    ("ymd", re.compile(
        _NB + r"(?P<y>[0-9]{4}|[0-9]{2})\s*년(?:\s*(?P<m>[0-9]{1,2})\s*월(?:\s*(?P<d>[0-9]{1,2})\s*일)?)?"
    )),
    # March 3, 1990 / Mar. 3rd 1990
    ("ymd", re.compile(rf"\b(?P<mw>{_MONTH_RE})\.?\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+{_Y4}\b", re.I)),
    # 3 March 1990 / 3 mars 1990 / 1er mars 1990
    ("ymd", re.compile(
        rf"\b(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?P<mw>{_MONTH_RE})\.?,?\s+{_Y4}\b", re.I
    )),
    # March 1990 / mars 1990
    ("ymd", re.compile(rf"\b(?P<mw>{_MONTH_RE})\.?,?\s+{_Y4}\b", re.I)),
    # 1990-01-01 / 1990.1.1 / 1990. 1. 1.
    ("ymd", re.compile(
        _NB + rf"(?P<y>[0-9]{{4}}){_SEP}(?P<m>[0-9]{{1,2}}){_SEP}(?P<d>[0-9]{{1,2}})" + _NA
    )),
    # 19900101
    ("ymd", re.compile(_NB + r"(?P<y>(?:1[89]|20)[0-9]{2})(?P<m>[0-9]{2})(?P<d>[0-9]{2})" + _NA)),
    # 01/02/1990 / 1.2.90 (day or month first by language)
    ("dmy", re.compile(
        _NB + rf"(?P<a>[0-9]{{1,2}}){_SEP}(?P<b>[0-9]{{1,2}}){_SEP}(?P<y>[0-9]{{4}}|[0-9]{{2}})" + _NA
    )),
    # 900101, alone
    ("ymd", re.compile(r"^\s*(?P<y>[0-9]{2})(?P<m>[0-9]{2})(?P<d>[0-9]{2})\s*$")),
    # 1990
    ("ymd", re.compile(_NB + _Y4 + _NA)),
)  # fmt: skip

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date found in ``text``: the year always, month and day when written, and where each part is (so a
    surrogate can write new parts in the same places and style)."""

    text: str
    year: int
    month: int | None
    day: int | None
    year_span: Span
    month_span: Span | None
    day_span: Span | None
    #: "num" for a number, else the name table the month was written from (en, en_abbr, fr, fr_abbr)
    month_style: str = "num"


def _full_year(text: str) -> int:
    value = int(text)
    if len(text) == 4:
        return value
    return 1900 + value if value >= PIVOT else 2000 + value


def _is_date(year: int, month: int | None, day: int | None) -> bool:
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def _span(m: re.Match[str], group: str) -> Span | None:
    return m.span(group) if m.groupdict().get(group) is not None else None


def _from_match(text: str, m: re.Match[str], kind: str, day_first: bool) -> ParsedDate | None:
    groups = m.groupdict()
    year = _full_year(m.group("y"))
    if kind == "dmy":
        orders = (("a", "b"), ("b", "a")) if day_first else (("b", "a"), ("a", "b"))
        for day_group, month_group in orders:
            day_number, month_number = int(m.group(day_group)), int(m.group(month_group))
            if _is_date(year, month_number, day_number):
                return ParsedDate(
                    text, year, month_number, day_number, m.span("y"), m.span(month_group), m.span(day_group)
                )
        return None
    style = "num"
    month: int | None = None
    month_span = _span(m, "m")
    if groups.get("mw"):
        month, style = _MONTH_WORDS[m.group("mw").lower()]
        month_span = m.span("mw")
    elif groups.get("m"):
        month = int(m.group("m"))
    day = int(m.group("d")) if groups.get("d") else None
    if not _is_date(year, month, day):
        return None
    return ParsedDate(text, year, month, day, m.span("y"), month_span, _span(m, "d"), style)


def parse_date(text: str, lang: str = "en") -> ParsedDate | None:
    """The first date written in ``text`` (see the module docstring), or None. ``lang`` only decides whether
    ``01/02/1990`` is read day first (``fr``) or month first (``en``, ``ko``)."""
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            parsed = _from_match(text, m, kind, day_first=lang == "fr")
            if parsed is not None:
                return parsed
    return None


def _month_word(style: str, month: int, written: str) -> str:
    word = _STYLE_TABLES[style][month - 1]
    if written.isupper():
        return word.upper()
    if written[:1].isupper():
        return word.capitalize()
    return word


def _number(value: int, written: str, korean: bool) -> str:
    """Zero-padded when the original was (01), or two digits wide outside Korean forms (1990-12-25)."""
    pad = written.startswith("0") or (len(written) == 2 and not korean)
    return f"{value:0{len(written)}d}" if pad else str(value)


def render_date(parsed: ParsedDate, month: int, day: int) -> str:
    """``parsed.text`` with the month and day replaced in place (same zero padding, same month-name language,
    style and case). Parts the original did not write stay unwritten."""
    text = parsed.text
    korean = "년" in text or "월" in text
    edits: list[tuple[Span, str]] = []
    if parsed.month_span is not None:
        written = text[parsed.month_span[0] : parsed.month_span[1]]
        new = (
            _number(month, written, korean)
            if parsed.month_style == "num"
            else _month_word(parsed.month_style, month, written)
        )
        edits.append((parsed.month_span, new))
    if parsed.day_span is not None:
        written = text[parsed.day_span[0] : parsed.day_span[1]]
        edits.append((parsed.day_span, _number(day, written, korean)))
    for (start, end), new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text
