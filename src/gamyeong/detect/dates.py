"""Dates of birth: a date is someone's birth date only by its context.

Every date-shaped string is found (Korean 1990년 3월 15일 / 90.03.15 / 1990-03-15, French 15/03/1990 and
15 mars 1990, English March 15, 1990 and 03/15/1990, compact 19900315 and 900315) and validated as a calendar
date; it becomes a DATE_OF_BIRTH only when the nearest context word before it (on the same line, close by)
is a birth word (생년월일, 생일, date de naissance, né le, DOB, born on) or a birth suffix follows it
(…생, …년생, …에 태어났). A nearer word that names another kind of date (예약, 배송, rendez-vous, livraison,
appointment, order, founded) wins over a birth word further away, so "DOB 1990-01-01, appointment 2024-05-02"
flags only the first. Ordinary dates and ISO timestamps are never flagged.

The birth word may stand further back when a place of birth comes between ("née à Boulogne-Billancourt
(Hauts-de-Seine) le …", "born in Leeds on …"), or on the line above, as a form's label ("Date de naissance :" then
the date on the next line). A sentence ending, or a verb's participle (demandé, mariée, requested, moved) between
the birth word and the date means the date belongs to something else. A month and year, a day and month, or a
year alone is a birth date only right after a birth word ("née en mars 1985", "my birthday is on the 3rd of
March"). Dates written in words are found by :mod:`gamyeong.detect.dates_words`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar

from gamyeong.detect.base import Document
from gamyeong.detect.dates_words import word_dates
from gamyeong.detect.layout import column_cells, column_header, row_cells
from gamyeong.detect.taken import Taken
from gamyeong.labels import Label
from gamyeong.langs import Language
from gamyeong.locales.ko_names import SURNAMES
from gamyeong.spans import Span

__all__ = ["DateOfBirthDetector"]

_FR_MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10,
    "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}  # fmt: skip
_EN_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTHS = {**_FR_MONTHS, **_EN_MONTHS}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

# Every date starts with a digit or a month name (whose initials are adfjmnos): the lookahead lets the engine skip
# other text 5x faster, and the alternatives are split by their first character (digit, or a month at a word's
# start) so that a letter inside a word fails one test instead of thirteen (2.5x faster again). Within each branch
# the alternatives keep their order; none of one branch can match where the other's first character stands, so the
# same alternative wins.
_DATE = re.compile(
    r"(?=[0-9adfjmnos])(?<![\d./-])(?<!\d:)(?:(?=\d)(?:"  # a colon right before: a label (생년월일:1990-…), not a time
    r"(?P<ky>\d{4}|\d{2})\s?년\s?(?P<km>\d{1,2})\s?월\s?(?P<kd>\d{1,2})\s?일"
    r"|(?P<iy>(?:19|20)\d{2})\s?(?P<is>[./-])\s?(?P<im>\d{1,2})\s?(?P=is)\s?(?P<id>\d{1,2})\.?(?![\d:T])"
    r"|(?P<sy>\d{2})(?P<ss>[./])(?P<sm>\d{1,2})(?P=ss)(?P<sd>\d{1,2})(?![\d/:]|\.\d)"
    r"|(?P<a1>\d{1,2})\s?(?P<as>[./-])\s?(?P<a2>\d{1,2})\s?(?P=as)\s?(?P<ay>(?:19|20)\d{2})(?![\d:])"
    r"|(?P<td>\d{1,2})(?:er|st|nd|rd|th)?[\s\-]+(?:of\s+)?(?P<tm>" + _MONTH_RE + r")\.?,?[\s\-]+(?P<ty>(?:19|20)\d{2})"
    r"|(?P<nd>\d{1,2})(?:er|st|nd|rd|th)?\s+(?:of\s+)?(?P<nm>" + _MONTH_RE + r")(?![\w])"
    r"|(?P<km2>\d{1,2})\s?월\s?(?P<kd2>\d{1,2})\s?일"
    r"|(?P<b1>\d{1,2})(?P<bs>[./-])(?P<b2>\d{1,2})(?P=bs)(?P<by>\d{2})(?![\d/:]|\.\d)"  # 20/05/49. ends a sentence
    r"|(?P<c8>(?:19|20)\d{6})(?!\d)"
    r"|(?P<c6>\d{6})(?!\d)"
    r"|(?P<yb>(?:19|20)?\d{2})\s?년\s?(?:(?P<ybm>\d{1,2})\s?월\s?)?생"
    r"|(?P<m1>\d{1,2})/(?P<m2>\d{1,2})(?![\d/])"
    r"|(?P<yo>(?:19|20)\d{2})(?![\d/-]|\.\d)"
    r")|(?<![^\W\d_])(?=[adfjmnos])(?:"
    r"(?P<em>" + _MONTH_RE + r")\.?\s+(?P<ed>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<ey>(?:19|20)\d{2})"
    r"|(?P<mo>" + _MONTH_RE + r")\.?\s+(?P<do>\d{1,2})(?:st|nd|rd|th)?(?![\d:/]|\.\d|,?\s+\d)"
    r"))",
    re.IGNORECASE,
)

_BIRTH_BEFORE = re.compile(
    r"생년월일|생일|출생|태어난|태어나|생년|birth ?date|date of birth|d\.?o\.?b\.?|born(?: on)?|birthday|birth|"
    r"date de naissance|naissance|naiss\.?|né\(e\)|née?(?: le)?|ddn|anniversaire|\bb\.",
    re.IGNORECASE,
)
_OTHER_BEFORE = re.compile(
    r"예약|방문|배송|주문|결제|접수|마감|만료|발급|가입|입사|입학|졸업|결혼|기념일|납부|시행|작성|진료일|수술|입원|퇴원|"
    r"rendez-vous|livraison|commande|échéance|expir|délivr|anniversaire de mariage|mariage|embauche|facture|"
    r"appointment|delivery|order|due|expires?|issued|founded|established|wedding|anniversary|hired|joined|"
    r"invoice|shipped|visit|payment|since|updated|created",
    re.IGNORECASE,
)
# A birth word, then only a colon, a question mark or short filler words ("is on the", "c'est le", "en").
_BIRTH_BEFORE_CLOSE = re.compile(
    r"(?:생일|생일은|생일이|생년|출생|birthday|born|date of birth|dob|(?-i:\bb\.)|née?|né\(e\)|"
    r"anniversaire|naissance)"
    r"(?:\s?(?:[:?\-–]|은|는|이)|['’]s|\s(?:is|was|est|c['’]est|on|the|le|in|en))*\s?$",
    re.IGNORECASE,
)
# Every birth word holds one of these (생년월일, 태어난, birth, dob, naissance, anniversaire), none of which another
# character matches even ignoring case: a window without one is searched no further (most windows in Korean text)
_BIRTH_LETTER = re.compile("[abdnABDN생태]")
_BIRTH_AFTER = re.compile(r"\s?(?:생|출생|에 태어|년생|\(생일\)|\(DOB\)|\(né)", re.IGNORECASE)
_WINDOW = 40
# Further back only when a place of birth stands between ("née à Marseille (13) le", "born in Leeds on").
_REACH = 90
_PLACE_BETWEEN = re.compile(r"\s*,?\s*(?:à|au|aux|en|dans|in|at|near)\s", re.IGNORECASE)
# A sentence ends between the birth word and the date: "I was born in Leeds. I moved on 3 May 2015."
_STOP_BETWEEN = re.compile(r"[a-zà-ÿ]{3}[.!;]\s+\S")
# A lower-case participle names what the date is the date of ("acte de naissance demandé le", "née à Lyon,
# mariée le", "birth certificate requested on"); nouns in -té (maternité) are not participles, and a colon
# after it makes it part of a label ("date of birth (as stated on the passport): …").
_VERB_BETWEEN = re.compile(r"\b(?:[a-z]{3,}ed|[a-zà-ÿ]{2,}(?<!t)(?:é|ée|és|ées))\b(?![^:]*:)")
# The date alone on its line, under a label line ("Date de naissance :" / "DOB (dd/mm/yyyy)").
_LINE_LEAD = re.compile(r"[ \t]*(?:[-•*>][ \t]*)?(?:(?:le|on|the)[ \t]+)?", re.IGNORECASE)
_LABEL_LINE = re.compile(
    r"(?:" + _BIRTH_BEFORE.pattern + r")[ \t]*(?:\([^()\n]{0,24}\))?[ \t]*[:：\-–]?[ \t]*$", re.IGNORECASE
)
_LABEL_MAX = 48  # a label line is short; a longer line ending in a birth word is a sentence
_CELL_EDGES = frozenset("\t|;,\n\r")
_WORD_REACH = 60  # how far after a birth word a date in words, or a month and year, is looked for
# Where a birth word may start: plain substring search is far cheaper than a regex over the whole text, and
# dates in words are looked for only in the few characters after one of these.
_BIRTH_STEMS = ("naiss", "né", "born", "birth", "dob", "d.o.b", "ddn", "anniversaire")
_MONTH_STEMS = tuple(sorted({m[:3] for m in _MONTHS}))
_MONTH_YEAR = re.compile(r"(?<![^\W\d_])(?:" + _MONTH_RE + r")\.?\s+(?P<y>(?:19|20)\d{2})(?![\d/-]|\.\d)", re.I)
_ANY_DIGIT = re.compile(r"\d")
# French medical records abbreviate the birth date "DN :"; delivery notes and document numbers write DN too
_DN_LABEL = re.compile(r"\bDN\s?[:：]")
_PATIENT = re.compile(r"\b(?:(?i:patiente?|ordonnance|consultation|médecin|docteur|né\(e\)|née?)|Dr|Mme|Mlle|M\.)")
_NEWEST_BIRTH_YEAR = 2010  # 16 years before the last year _valid takes: adults' and teenagers' records
# a cell that reads as a person's name: a Korean surname-first word, two to four capitalized words (Anne-Sophie
# LACROIX), SURNAME, Given
_PERSON_CELL = re.compile(
    "["
    + "".join(sorted(SURNAMES))
    + r"][가-힣]{1,3}|[A-ZÀ-Ý][A-Za-zÀ-ÿ'’\-]+(?: [A-ZÀ-Ý][A-Za-zÀ-ÿ'’\-]+){1,3}"
    + r"|[A-ZÀ-Ý'’\-]{2,}, [A-ZÀ-Ý][a-zà-ÿ'’\-]+"
)
_TAGS = re.compile(r"<[^<>\n]{0,30}>")


def _valid(y: int, m: int, d: int) -> bool:
    try:
        born = date(y, m, d)
    except ValueError:
        return False
    return date(1900, 1, 1) <= born <= date(2026, 12, 31)


def _year(raw: str) -> int:
    y = int(raw)
    return y if y >= 100 else (1900 + y if y > 26 else 2000 + y)


def _parse(m: re.Match[str]) -> bool | str | None:
    """True: a valid full date; None: a year (and month) only (95년생); False: not a date."""
    g = m.groupdict()
    if g["ky"]:
        return _valid(_year(g["ky"]), int(g["km"]), int(g["kd"]))
    if g["iy"]:
        return _valid(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g["sy"]:  # 90.03.15 (year first), else 29/12/62 read day first or month first
        first, mid = int(g["sy"]), int(g["sm"])
        last_year = _year(g["sd"])
        if _valid(_year(g["sy"]), mid, int(g["sd"])):
            return True
        return _valid(last_year, mid, first) or _valid(last_year, first, mid)
    if g["ay"]:
        a, b, y = int(g["a1"]), int(g["a2"]), int(g["ay"])
        return _valid(y, b, a) or _valid(y, a, b)
    if g["ty"]:
        return _valid(int(g["ty"]), _MONTHS[g["tm"].lower()], int(g["td"]))
    if g["ey"]:
        return _valid(int(g["ey"]), _MONTHS[g["em"].lower()], int(g["ed"]))
    if g["c8"]:
        c = g["c8"]
        return _valid(int(c[:4]), int(c[4:6]), int(c[6:]))
    if g["c6"]:
        c = g["c6"]
        return _valid(_year(c[:2]), int(c[2:4]), int(c[4:]))
    if g["yb"]:
        return None
    if g["by"]:
        a, b, y = int(g["b1"]), int(g["b2"]), _year(g["by"])
        return _valid(y, b, a) or _valid(y, a, b)
    if g["nd"]:
        return "noyear" if _valid(2000, _MONTHS[g["nm"].lower()], int(g["nd"])) else False
    if g["km2"]:
        return "noyear" if _valid(2000, int(g["km2"]), int(g["kd2"])) else False
    if g["mo"]:
        return "noyear" if _valid(2000, _MONTHS[g["mo"].lower()], int(g["do"])) else False
    if g["m1"]:  # 12/25 or 25/12, a day and month without a year
        a, b = int(g["m1"]), int(g["m2"])
        return "noyear" if _valid(2000, a, b) or _valid(2000, b, a) else False
    if g["yo"]:
        return "year" if 1900 <= int(g["yo"]) <= 2026 else False
    return False


class DateOfBirthDetector:
    name: ClassVar[str] = "dates_of_birth"
    labels: ClassVar[frozenset[str]] = frozenset({Label.DATE_OF_BIRTH})
    languages: ClassVar[frozenset[Language]] = frozenset(Language)

    def detect(self, doc: Document) -> list[Span]:
        text = doc.norm.text
        taken, out = self._word_dates(doc) if doc.lang is not Language.KO else (Taken(), [])
        if not out and _ANY_DIGIT.search(text) is None:
            return []
        verdicts: Verdicts = []  # a table column's verdict, for each of its dates
        for m in _DATE.finditer(text):
            parsed = _parse(m)
            if parsed is False:
                continue
            start, end = m.start(), m.end()
            if taken.overlaps(start, end):
                continue  # "3 mars" of "le 3 mars mil neuf cent …": the date in words is the whole date
            if m["is"] and m["is"] != "." and text[end - 1] == ".":
                end -= 1  # 1979-03-02. ends a sentence; only 1990. 3. 15. writes its dot as part of the date
            if parsed is None:  # 95년생, 1995년 3월생: the phrase is the birth year itself
                out.append(doc.span(start, end, Label.DATE_OF_BIRTH, 0.85, self.name, ("birth-year-suffix",)))
                continue
            if parsed in ("noyear", "year"):
                # A day and month, a month and year, or a year alone: a birth date only right after a birth word
                # (née en 1987, née en mars 1985, 생일은 3월 15일, birthday: March 15).
                if not _close_after_birth_word(text, start):
                    continue
                out.append(doc.span(start, end, Label.DATE_OF_BIRTH, 0.75, self.name, ("context:birth-word-close",)))
                continue
            reason = self._context(text, start, end)
            score = 0.8 if m["c6"] or m["c8"] else 0.9
            if reason is None:
                alone = _alone_in_cell(text, start, end)
                header = column_header(text, start) if alone else None
                if header is not None and _BIRTH_BEFORE.search(header):
                    reason = "layout:birth-column"
                elif alone and _old_dates_column(text, start, verdicts):
                    reason, score = "layout:old-dates-column", 0.6
                else:
                    continue
            out.append(doc.span(start, end, Label.DATE_OF_BIRTH, score, self.name, (reason,)))
        return out

    def _word_dates(self, doc: Document) -> tuple[Taken, list[Span]]:
        """Dates in words (or with a two-digit year after a month name) and months with a year, just after a
        birth word, as (start, end) in normalized offsets and as spans."""
        text = doc.norm.text
        taken = Taken()
        out: list[Span] = []
        lowered = text.lower()
        for lo, hi in _birth_windows(text):
            window = lowered[lo:hi]
            if not any(month in window for month in _MONTH_STEMS):
                continue  # every date in words or month-and-year names its month: skip the regexes
            for start, end, day, month, year in word_dates(text, lo, hi):
                if taken.overlaps(start, end):
                    continue
                if year is None:
                    if not _valid(2000, month, day) or not _close_after_birth_word(text, start):
                        continue
                    score, reason = 0.75, "context:birth-word-close"
                else:
                    found = self._context(text, start, end) if _valid(year, month, day) else None
                    if found is None:
                        continue
                    score, reason = 0.9, found
                taken.add(start, end)
                out.append(doc.span(start, end, Label.DATE_OF_BIRTH, score, self.name, (reason, "date-in-words")))
            for m in _MONTH_YEAR.finditer(text, lo, hi):  # née en mars 1985, born in September 1981
                start, end = m.start(), m.end()
                if taken.overlaps(start, end) or not 1900 <= int(m["y"]) <= date.today().year:
                    continue
                if _close_after_birth_word(text, start):
                    taken.add(start, end)
                    out.append(
                        doc.span(start, end, Label.DATE_OF_BIRTH, 0.75, self.name, ("context:birth-word-close",))
                    )
        return taken, out

    @staticmethod
    def _context(text: str, start: int, end: int) -> str | None:
        if _BIRTH_AFTER.match(text, end):
            return "context:birth-after"
        line_start = text.rfind("\n", 0, start) + 1
        window = _TAGS.sub(" ", text[max(line_start, start - _REACH) : start])
        birth = [m.end() for m in _BIRTH_BEFORE.finditer(window)] if _BIRTH_LETTER.search(window) else []
        if "DN" in window and _PATIENT.search(text):  # DN : in a medical record; a delivery note's DN elsewhere
            birth += [m.end() for m in _DN_LABEL.finditer(window)]
        if not birth:
            return "layout:birth-label-above" if _label_above(text, line_start, start) else None
        other = [m.end() for m in _OTHER_BEFORE.finditer(window)]
        if other and max(other) > max(birth):
            return None
        # Only dates, separators and short words between the birth word and the date.
        between = window[max(birth) :]
        if re.search(r"\d{4}|\d{1,2}[./-]\d{1,2}", between):
            return None
        if len(between) > _WINDOW and not _PLACE_BETWEEN.match(between):
            return None
        if _STOP_BETWEEN.search(between) or _VERB_BETWEEN.search(between):
            return None
        return "context:birth-word"


def _alone_in_cell(text: str, start: int, end: int) -> bool:
    """The date fills its table cell: a comma in prose ("I was born in Leeds, but …" over "Birth certificate
    requested on 12 July 2023, …") makes no column, and a date inside a sentence is not a column's value."""
    i, j = start, end
    while i > 0 and text[i - 1] in " \"'":
        i -= 1
    while j < len(text) and text[j] in " \"'":
        j += 1
    return (i == 0 or text[i - 1] in _CELL_EDGES) and (j == len(text) or text[j] in _CELL_EDGES)


def _birth_year(m: re.Match[str]) -> int | None:
    """The year of a full date matched by ``_DATE`` (None: no full date)."""
    if _parse(m) is not True:
        return None
    g = m.groupdict()
    for key in ("ky", "iy", "ay", "ty", "ey", "by"):
        if g[key]:
            return _year(g[key])
    if g["c8"]:
        return int(g["c8"][:4])
    if g["c6"]:
        return _year(g["c6"][:2])
    first, last = _year(g["sy"]), _year(g["sd"])  # 90.03.15 year first, else 15.03.90
    return first if _valid(first, int(g["sm"]), int(g["sd"])) else last


Verdicts = list[tuple[int, int, str, int, bool]]  # (block start, block end, delimiter, column, verdict)


def _old_dates_column(text: str, start: int, verdicts: Verdicts) -> bool:
    """The date sits in a table without a header, in a column whose every cell is empty or holds a full date born
    in 2010 or before (two or more of them), on a row with no other date and with a cell that reads as a person's
    name: a list of people with their birth dates (1,김민수,1961-03-02 / 2,박지성,1979/11/08). Columns of order,
    visit or launch dates hold recent years, or a header, or no name beside them (1,Widget,2001-03-02).
    ``verdicts`` keeps each column's verdict for the other dates of the same document (a long table is read once)."""
    row = row_cells(text, start)
    if row is None:
        return False
    delim, index, cells = row
    if sum(1 for cell in cells if _full_date(cell)) != 1 or not any(_PERSON_CELL.fullmatch(c) for c in cells):
        return False
    for lo, hi, d, i, verdict in verdicts:
        if lo <= start < hi and d == delim and i == index:
            return verdict
    found = column_cells(text, start)
    if found is None:
        return False
    (lo, hi, d, i), column = found
    verdict = _all_old_dates(column)
    verdicts.append((lo, hi, d, i, verdict))
    return verdict


def _full_date(cell: str) -> bool:
    m = _DATE.fullmatch(cell)
    return m is not None and _birth_year(m) is not None


def _all_old_dates(cells: list[str]) -> bool:
    old = 0
    for cell in cells:
        m = _DATE.fullmatch(cell)
        year = _birth_year(m) if m is not None else None
        if year is None:
            if cell:
                return False  # a header that names another date (a birth word was looked for first), or a number
            continue  # an empty cell
        if year > _NEWEST_BIRTH_YEAR:
            return False
        old += 1
    return old >= 2


def _birth_windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of text just after a possible birth word."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lowercased (İ): keep offsets exact
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    starts: list[int] = []
    for stem in _BIRTH_STEMS:
        i = lowered.find(stem)
        while i >= 0:
            if i == 0 or not lowered[i - 1].isalpha():  # a word's start: not "année", "reconnaissance"
                starts.append(i)
            i = lowered.find(stem, i + 1)
    windows: list[tuple[int, int]] = []
    for pos in sorted(starts):
        hi = min(len(text), pos + _WORD_REACH + 12)
        if windows and pos <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((pos, hi))
    return windows


def _close_after_birth_word(text: str, start: int) -> bool:
    return _BIRTH_BEFORE_CLOSE.search(text, max(0, start - 25), start) is not None


def _label_above(text: str, line_start: int, start: int) -> bool:
    """The date opens its line and the line above is a birth label ("Date de naissance :", "DOB")."""
    if line_start == 0 or _LINE_LEAD.fullmatch(text, line_start, start) is None:
        return False
    above_end = line_start - 1
    floor = max(0, above_end - 8)  # a blank line or two may separate label and value, not a page of them
    while above_end > floor and text[above_end - 1] in " \t\r\n":
        above_end -= 1
    above = text[text.rfind("\n", 0, above_end) + 1 : above_end]
    return len(above) <= _LABEL_MAX and _LABEL_LINE.search(above) is not None
