"""Korean names in lists: a name listed next to a sure one, and the items of a list a count of people closes.

``김민준, 류지안, 박지호`` / ``김민준과 류지안``: a name listed right next to a confident one is a name too; ``소민,
재희, 유진 다들`` / ``영수하고 영자 두 사람이``: every item of a list that a count of people closes is a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from gamyeong.detect.ko_lexicon import KoLexicon
from gamyeong.detect.names_ko_cues import PERSON_NOUNS
from gamyeong.locales.ko_names import POPULAR_GIVEN_NAMES, SURNAMES
from gamyeong.spans import Span

__all__ = ["CONFIDENT", "SpanMaker", "counted_people", "lend_evidence"]

#: the score from which a name vouches for others
CONFIDENT = 0.5

SpanMaker = Callable[[int, int, float, tuple[str, ...]], Span]

_LIST_GAP = re.compile(r"\s?[,·/]\s?|(?:과|와|랑|이랑|하고|및)\s|\s(?:및|그리고)\s")
# The same place on consecutive lines of a roster or a list (월: 차윤오 / 화: 여다빈, "- 우지성" / "- 표예슬"): a
# line break, then a short label and its colon or a bullet (a bare line break is no list: a name ends one line,
# a word that starts with a surname opens the next).
_LINE_GAP = re.compile(r"[ \t]*\r?\n[ \t]*(?:[^\n:：]{1,8}[:：]|[-–•·*]|\d{1,2}[.)])[ \t]*")


def lend_evidence(text: str, spans: list[Span]) -> list[Span]:
    """Raise unsure names that a confident one vouches for: the same name written elsewhere in the text, or a
    name listed right next to a confident one (comma, 와/과, 및). Spans are in ``text``'s offsets."""
    confident: dict[str, float] = {}
    where: dict[str, list[Span]] = {}  # the confident spans of each name (a dict: a scan of all was quadratic)
    for s in spans:
        if s.score >= CONFIDENT:
            name = text[s.start : s.end]
            confident[name] = max(confident.get(name, 0.0), s.score)
            where.setdefault(name, []).append(s)
    if not confident:
        return spans
    ordered = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for i, s in enumerate(ordered):
        if s.score >= CONFIDENT:
            out.append(s)
            continue
        name = text[s.start : s.end]
        best = confident.get(name)
        # the same name written elsewhere, not a second reading of this very place
        if best is not None and any(not c.overlaps(s) for c in where[name]):
            out.append(replace(s, score=best, explanation=(*s.explanation, "context:same-name-elsewhere")))
            continue
        neighbours = [ordered[j] for j in (i - 1, i + 1) if 0 <= j < len(ordered)]
        listed = any(
            n.score >= CONFIDENT and _listed(text[min(s.end, n.end) : max(s.start, n.start)]) for n in neighbours
        )
        if listed and s.score >= 0.3:  # listed with a sure name: a name too (at least the decision threshold)
            score = max(s.score + 0.15, CONFIDENT)
            out.append(replace(s, score=score, explanation=(*s.explanation, "context:name-list")))
            continue
        out.append(s)
    return out


def _listed(gap: str) -> bool:
    return _LIST_GAP.fullmatch(gap) is not None or ("\n" in gap and _LINE_GAP.fullmatch(gap) is not None)


# a list of short words (nine at most: a long run of names with no count after it must not be rescanned from
# each of its names), then a count of people: 소민, 재희, 유진 다들 / 영수하고 영자 두 사람이
_COUNTED = re.compile(
    r"(?<![가-힣])((?:[가-힣]{2,4}(?:\s?[,·]\s?|(?:와|과|랑|이랑|하고)\s)){1,8}[가-힣]{2,4})"
    r"(?:이|가|은|는)?\s(?:(?:두|세|네|다섯|여섯|[2-9])\s?(?:명|분|사람)|다들|모두\s다)"
)
_COUNTED_GAP = re.compile(r"\s?[,·]\s?|(?:와|과|랑|이랑|하고)\s")
# the count that ends every match of _COUNTED: few texts have one, and a search for it costs a fourth as much
_COUNT = re.compile(r"\s(?:(?:두|세|네|다섯|여섯|[2-9])\s?(?:명|분|사람)|다들|모두\s다)")


def counted_people(text: str, lex: KoLexicon, span: SpanMaker) -> list[Span]:
    """Every item of a list that a count of people closes (세 명, 두 분, 다들) is a person: names when each reads
    as one — a surname and a given name no dictionary knows as a word, or a given name (popular, or a person
    entry's) that is not a word for a person (엄마, 부장) — else nothing from this list."""
    out: list[Span] = []
    if _COUNT.search(text) is None:
        return out
    for m in _COUNTED.finditer(text):
        items: list[tuple[int, int]] = []
        at = m.start(1)
        for gap in _COUNTED_GAP.finditer(text, m.start(1), m.end(1)):
            items.append((at, gap.start()))
            at = gap.end()
        items.append((at, m.end(1)))
        ok = True
        for a, b in items:
            item = text[a:b]
            given = item[-2:]
            if item in PERSON_NOUNS or given in PERSON_NOUNS:
                ok = False
            elif len(item) == 2:
                ok = item in POPULAR_GIVEN_NAMES or item in lex.given_names
            else:
                ok = item[0] in SURNAMES and item not in lex.words and len(item) == 3
            if not ok:
                break
        if ok and len(items) >= 2:
            out.extend(span(a, b, 0.55, ("context:counted-people",)) for a, b in items)
    return out
