"""The written forms a Korean name candidate can take: a surname, a given name of one or two syllables, then
nothing, an honorific or title (님, 고객님, 과장), or a particle (께서, 에게, 이가) — and a surname with masked
syllables (김*준, 홍○동). Pure string rules, shared by the candidate scorer (:mod:`gamyeong.detect.names_ko`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from gamyeong.detect.base import Document
from gamyeong.labels import Label
from gamyeong.locales.ko_names import HONORIFICS, NOT_AFTER_NAME, PARTICLES, SURNAMES, TWO_SYLLABLE_SURNAMES
from gamyeong.spans import Span

__all__ = [
    "HONORIFIC_LENGTHS",
    "HONORIFIC_SET",
    "PARTICLE_SET",
    "Option",
    "counter_title",
    "masked_names",
    "options",
    "rest_kind",
]

PARTICLE_SET = frozenset(PARTICLES)
HONORIFIC_SET = frozenset(HONORIFICS)
HONORIFIC_LENGTHS = sorted({len(h) for h in HONORIFICS}, reverse=True)
_WORD = re.compile(r"[가-힣]+")
# syllables that end a verb before the exclamative 군요 (하더군요, 이었군요, 좋겠군요, 했군요)
_VERB_BEFORE_GUNYO = frozenset("더었았였겠는했왔갔랬렀셨났됐봤줬웠")
_MASK = "*＊○●◯〇Oㅇ×xX□■△"
# The look-behind follows the surname (no letter before it, checked from after it) so that the pattern opens with
# the surname's character set, which re scans for fast instead of trying the look-behind at every position.
_MASKED = re.compile(
    r"([" + "".join(sorted(SURNAMES)) + r"])(?<![가-힣A-Za-z].)"
    r"(?:([" + re.escape(_MASK) + r"]{1,2})([가-힣]?)|([가-힣])([" + re.escape(_MASK) + r"]))"
)


class Option(NamedTuple):
    """A tuple of an int pair and a string: the memos that hold it stay out of the cycle collector's way."""

    length: int  # name length in syllables
    surname: int
    rest: str  # "", "hon" or "part"


def rest_kind(rest: str) -> str | None:
    """What follows a name inside its word: "" (nothing), "hon" (an honorific or title, with a particle or
    not), "part" (a particle or an ending), or None (not what follows a name)."""
    if not rest:
        return ""
    if rest[0] in NOT_AFTER_NAME and rest not in PARTICLE_SET:
        return None
    for n in HONORIFIC_LENGTHS:  # longest first, as a set lookup per length (this runs for every candidate)
        if rest[:n] in HONORIFIC_SET:
            tail = rest[n:]
            if not tail or tail in PARTICLE_SET or tail in HONORIFIC_SET:
                return "hon"
    if rest in PARTICLE_SET:
        return "part"
    return None


def counter_title(rest: str) -> str | None:
    """The title of two syllables or more that opens ``rest`` although its first syllable is also a counter
    (대표는, 원장님, 회장, 차장님께, 주임, 장관): the title, or None. :func:`rest_kind` refuses these syllables after
    a name (이천원, 삼십분, 칠층), so a full name glued to such a title (김재건대표는) is taken here instead."""
    if not rest or rest[0] not in NOT_AFTER_NAME:
        return None
    for n in HONORIFIC_LENGTHS:
        if n >= 2 and rest[:n] in HONORIFIC_SET:
            tail = rest[n:]
            if not tail or tail in PARTICLE_SET or tail in HONORIFIC_SET:
                return rest[:n]
    return None


@lru_cache(maxsize=65536)
def options(word: str, at: int) -> tuple[Option, ...]:
    """The ways ``word`` can hold a name starting at ``at`` (remembered: the same words recur)."""
    out: list[Option] = []
    for sl in (2, 1):
        surname = word[at : at + sl]
        if len(surname) < sl or (surname not in TWO_SYLLABLE_SURNAMES if sl == 2 else surname not in SURNAMES):
            continue
        for gl in (2, 1):
            if at + sl + gl > len(word):
                continue
            rest = word[at + sl + gl :]
            if rest.startswith("군요") and word[at + sl + gl - 1] in _VERB_BEFORE_GUNYO:
                continue  # 하더군요, 이었군요: a sentence ending; 김민수군요 keeps its name
            kind = rest_kind(rest)
            if kind is None and gl == 2 and counter_title(rest) is not None:
                kind = "hon"  # a full name glued to its title (김재건대표는); the scorer checks the seam
            if kind is not None:
                out.append(Option(sl + gl, sl, kind))
    return tuple(out)


def masked_names(doc: Document, detector: str) -> list[Span]:
    """김*준, 홍○동, 이OO, 박**: a surname with masked syllables is still a (partly hidden) name."""
    text = doc.norm.text
    out: list[Span] = []
    for m in _MASKED.finditer(text):
        end = m.end()
        tail = _WORD.match(text, end)
        kind = rest_kind(tail.group() if tail else "")
        if kind is None:
            continue
        # "O" and "x" are letters: only count them as masks when the run is all mask or ends the word.
        mask = m.group(2) or m.group(5) or ""
        if mask.isascii() and mask.isalpha() and end < len(text) and text[end].isascii() and text[end].isalnum():
            continue
        score = 0.75 if kind in ("hon", "part") or mask not in ("O", "x", "X") else 0.55
        out.append(doc.span(m.start(), end, Label.PERSON, score, detector, ("masked-name",)))
    return out
