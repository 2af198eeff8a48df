"""The candidate runs of :mod:`gamyeong.detect.names_latin` and the two forms found outside capitalized runs:
names in lower case after a name phrase or a cue (``salut c'est marie dupont``, ``ask priya``), and inverted
names in forms and lists (``DUPONT, Jean``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from gamyeong.detect import names_latin_cues as cues
from gamyeong.locales.latin_names import COMMON_CAPITALIZED, ORG_WORDS
from gamyeong.locales.latin_words import is_common_word, is_noun_only

__all__ = ["TOKEN", "Run", "bare", "inverted_runs", "lowercase_runs"]

TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W\d_])?\.?")
_INVERTED = re.compile(
    r"(?=[A-ZÀ-Ý])(?<![\w])([A-ZÀ-Ý][A-ZÀ-Ý'’\-]+(?:\s[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+)?),\s([A-ZÀ-Ý][a-zà-ÿ][\w'’\-]*)(?![\w])"
)
# overlapping pairs (a lookahead): in "my friend jessica lopez" the pair after "friend jessica" must be tried too
_LOWER_PAIR = re.compile(r"(?<![\w'’\-])(?=([a-zà-ÿ]{3,})\s([a-zà-ÿ][a-zà-ÿ'’\-]{2,})(?![\w'’\-]))")
_RUN_REACH = 200  # a run that overlaps an inverted name starts at most this far before it
# a lower-case given name (and surname) that a chat says comes, calls or said something: priya called for u,
# is tom coming tonight?, léa vient ce soir ?, jean-marc petit a appelé pour toi
_SUBJECT_VERBS = (
    r"(?:called|calls|texted|is coming|coming|came|said|says|asked|wants|"
    r"a appelé|appelle|a téléphoné|vient|viendra|est venue?|arrive|a dit|a demandé|a écrit|passe)(?![\w'’])"
)
_LOWER_SUBJECT = re.compile(
    r"(?<![\w'’\-@])([a-zà-ÿ][a-zà-ÿ'’\-]{2,})(?:[ \t]([a-zà-ÿ][a-zà-ÿ'’\-]{2,}))?(?=[ \t]+" + _SUBJECT_VERBS + ")"
)
# What every _LOWER_SUBJECT match is followed by; two texts in three hold none of the verbs, and this search costs
# a fifth of the full one, which tries the words before every space for a verb
_ANY_SUBJECT_VERB = re.compile(r"[ \t]" + _SUBJECT_VERBS)
_COMING = re.compile(r"[ \t]+(?:is coming|coming|came)(?![\w'’])")
_ASKED_IF = re.compile(r"(?:^|[\s,.!?:])is[ \t]+\Z", re.IGNORECASE)
# an article or a possessive before the word makes it a noun: la reine arrive, le maire vient, my dean called
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’])(?:le|la|un|une|mon|ma|ton|ta|son|sa|ce|a|an|my|ur|his|her)[ \t]+\Z")
_NAME_PHRASE = re.compile(r"(?:je m['’]appelle|moi c['’]est|c['’]est|my name is|i['’]m|i am|this is)\s+")


def _comes(text: str, start: int, end: int) -> bool:
    """The word at ``start`` comes or came (summer is coming), not in a question about a person (is tom coming?)."""
    return _COMING.match(text, end) is not None and _ASKED_IF.search(text, max(0, start - 5), start) is None


def bare(tok: str) -> str:
    """A token without its final dots, lower-cased: the form the word lists and gazetteers hold."""
    return tok.rstrip(".").lower()


@dataclass
class Run:
    """Tokens (start, end, text) that may be a name, with what was found about them (never the value)."""

    tokens: list[tuple[int, int, str]]
    titled: bool = False
    why: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.tokens[0][0]

    @property
    def end(self) -> int:
        return self.tokens[-1][1]


def lowercase_runs(
    text: str, given: frozenset[str], surnames: frozenset[str], stop: frozenset[str]
) -> list[tuple[Run, float]]:
    """``salut c'est marie dupont`` / ``my name is john smith``: names in lower case after a name phrase."""
    out: list[tuple[Run, float]] = []
    for m in _LOWER_PAIR.finditer(text):
        a, b = m.group(1), m.group(2)
        # not a word and a verb (the guy said, jack said: said is a surname too)
        if a in given and b in surnames and a not in stop and b not in stop and not cues.is_word_first(b):
            pair = (m.start(1), m.end(2), text[m.start(1) : m.end(2)])
            out.append((Run([pair], why=["gazetteer:lower-case-pair"]), 0.55))
    for m in _NAME_PHRASE.finditer(text):
        toks = list(TOKEN.finditer(text, m.end(), min(len(text), m.end() + 40)))[:3]
        if not toks or toks[0].start() != m.end() or not toks[0].group().islower():
            continue
        first = toks[0].group()
        if first not in given or first in cues.KIN:
            continue
        chosen = [(toks[0].start(), toks[0].end(), first)]
        if len(toks) > 1 and toks[1].start() == toks[0].end() + 1 and toks[1].group().lower() in surnames:
            chosen.append((toks[1].start(), toks[1].end(), toks[1].group()))
        out.append((Run(chosen, why=["context:name-phrase", "lower-case"]), 0.7))
    for start, end in cues.lower_case_cued(text, given, surnames, stop):
        out.append((Run([(start, end, text[start:end])], why=["cue:lower-case"]), 0.8))
    for m in _LOWER_SUBJECT.finditer(text) if _ANY_SUBJECT_VERB.search(text) else ():
        first, second = m.group(1), m.group(2)
        if (
            first not in given
            or first in stop
            or first in cues.KIN
            or cues.is_word_first(first)
            or (is_common_word(first) and not (is_noun_only(first) and not _comes(text, m.start(1), m.end())))
            or _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
        ):
            continue  # lucas vient, noah called: the noun lists hold them; summer is coming: a noun comes too
        if second and (second not in surnames or second in stop):
            continue
        out.append((Run([(m.start(1), m.end(), m.group())], why=["lower-case", "context:person-verb"]), 0.6))
    return out


def inverted_runs(
    text: str, given: frozenset[str], surnames: frozenset[str], scored: list[tuple[Run, float]]
) -> list[tuple[Run, float]]:
    """``DUPONT, Jean`` / ``MARSH, Niamh``: an upper-case surname, a comma, a given name (forms, lists)."""
    out: list[tuple[Run, float]] = []
    ordered: list[Run] | None = None
    starts: list[int] = []
    for m in _INVERTED.finditer(text):
        sur, first = m.group(1), m.group(2)
        if first.lower() not in given and sur.lower() not in surnames:
            continue
        if sur.lower() in COMMON_CAPITALIZED or sur.lower() in ORG_WORDS:
            continue
        if ordered is None:  # sorted once: a list of thousands of inverted names must not rescan every run
            ordered = sorted((run for run, _s in scored if run.tokens), key=lambda r: r.start)
            starts = [r.start for r in ordered]
        # the parts found separately give way to the whole (a run is one line's words: it starts near m)
        for i in range(bisect_left(starts, m.start() - _RUN_REACH), bisect_left(starts, m.end())):
            run = ordered[i]
            if run.tokens and run.start < m.end() and m.start() < run.end:
                run.tokens = []
        out.append((Run([(m.start(), m.end(), m.group())], why=["inverted-name"]), 0.85))
    return out
