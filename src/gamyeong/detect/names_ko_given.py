"""Korean given names written without the surname, and the evidence one name lends another in the same text.

In chats and stories people are called by their given name: ``민준아,`` (vocative), ``민준이가 그러는데`` (the
이 that follows a given name ending in a consonant, then a particle), ``현우 오빠가``, ``지수 씨``. A given name
alone is weaker evidence than a full name, so each form asks for a lexicon given name whose last syllable is
typical of given names: 아들아, 하늘아, 사랑아 are not names.

Once a name is found with confidence, the same name elsewhere in the text, and a name listed next to it
(``김민준, 류지안, 박지호`` / ``김민준과 류지안``), are names too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from gamyeong.detect.ko_lexicon import KoLexicon
from gamyeong.spans import Span

__all__ = ["VOCATIVE_RATIO", "given_name_forms", "lend_evidence", "vocatives"]

#: how much likelier the last syllable must be in a given name than in a word (민준 12, 지우 2; 하늘 0.2, 아들 0.25)
VOCATIVE_RATIO = 1.5
# Particles after the 이 of 민준이 (민준이가, 민준이랑, 민준이한테): not the copula (민준이다, 민준이에요), which
# follows any noun.
_AFTER_I = frozenset(
    """가 는 를 랑 도 만 의 한테 한테서 한테는 한테도 에게 에게서 하고 처럼 보다 까지
    랑은 랑도 는요 도요 더러 같은""".split()
)
# Words right after a given name that call a person by it (현우 오빠, 지수 씨, 서연 님, 하은 언니)
_CALLED = ("오빠", "언니", "누나", "형", "선배", "쌤", "씨", "님", "이모", "삼촌")
_CALLED_REST = frozenset(["", *"가 는 를 랑 도 한테 이 은 을 의 께 께서 이랑 하고".split()])
_LIST_GAP = re.compile(r"\s?[,·/]\s?|(?:과|와|랑|이랑|하고|및)\s|\s(?:및|그리고)\s")
_CONFIDENT = 0.5

SpanMaker = Callable[[int, int, float, tuple[str, ...]], Span]


def _has_final(syllable: str) -> bool:
    return (ord(syllable) - 0xAC00) % 28 != 0


def _given_like(lex: KoLexicon, given: str) -> bool:
    return given in lex.given_names and lex.given_ratio(given[-1]) >= VOCATIVE_RATIO


def vocatives(text: str, words: list[tuple[int, int]], lex: KoLexicon, span: SpanMaker) -> list[Span]:
    """``민준아,`` ``지우야``: the vocative particle agrees with the last syllable (아 after a final consonant, 야
    after none) and opens its clause (after a speaker label or punctuation)."""
    out: list[Span] = []
    for start, end in words:
        if end - start != 3 or text[end - 1] not in "아야":
            continue
        given = text[start : end - 1]
        if (text[end - 1] == "아") != _has_final(given[-1]) or not _given_like(lex, given):
            continue
        after = text[end : end + 1]
        before = text[max(0, start - 2) : start].strip()
        if after not in ("", ",", "!", "~", "?", ".", " ", "\n") or (before and before[-1] not in ":,.!?\"'(["):
            continue
        # punctuation after it, or the start of an utterance (line start, speaker label), mark the call
        opens = not before or before[-1] == ":"
        score = 0.55 if after in (",", "!", "~") else 0.5 if opens else 0.45
        out.append(span(start, end - 1, score, ("vocative", f"given-name:{given[-1]}")))
    return out


def given_name_forms(text: str, words: list[tuple[int, int]], lex: KoLexicon, span: SpanMaker) -> list[Span]:
    """``민준이가`` (given name, the suffix 이, a particle) and ``현우 오빠`` / ``지수씨`` (given name, then a word
    that calls a person by it)."""
    out: list[Span] = []
    for k, (start, end) in enumerate(words):
        word = text[start:end]
        given = word[:2]
        if len(word) < 2 or not _given_like(lex, given):
            continue
        rest = word[2:]
        if rest[:1] == "이" and rest[1:] in _AFTER_I and _has_final(given[1]) and given + "이" not in lex.words:
            out.append(span(start, start + 2, 0.6, ("given-name+i", f"given-name:{given[-1]}")))
            continue
        called = next((c for c in _CALLED if rest.startswith(c) and rest[len(c) :] in _CALLED_REST), None)
        if called is None and not rest and k + 1 < len(words) and words[k + 1][0] == end + 1:
            following = text[words[k + 1][0] : words[k + 1][1]]
            called = next((c for c in _CALLED if following.startswith(c) and following[len(c) :] in _CALLED_REST), None)
        if called is not None:
            out.append(span(start, start + 2, 0.55, ("given-name+title", f"given-name:{given[-1]}")))
    return out


def lend_evidence(text: str, spans: list[Span]) -> list[Span]:
    """Raise unsure names that a confident one vouches for: the same name written elsewhere in the text, or a
    name listed right next to a confident one (comma, 와/과, 및). Spans are in ``text``'s offsets."""
    confident: dict[str, float] = {}
    for s in spans:
        if s.score >= _CONFIDENT:
            name = text[s.start : s.end]
            confident[name] = max(confident.get(name, 0.0), s.score)
    if not confident:
        return spans
    ordered = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for i, s in enumerate(ordered):
        if s.score >= _CONFIDENT:
            out.append(s)
            continue
        best = confident.get(text[s.start : s.end])
        if best is not None:
            out.append(replace(s, score=best, explanation=(*s.explanation, "context:same-name-elsewhere")))
            continue
        neighbours = [ordered[j] for j in (i - 1, i + 1) if 0 <= j < len(ordered)]
        listed = any(
            n.score >= _CONFIDENT and _LIST_GAP.fullmatch(text[min(s.end, n.end) : max(s.start, n.start)])
            for n in neighbours
        )
        if listed and s.score >= 0.3:
            out.append(replace(s, score=s.score + 0.15, explanation=(*s.explanation, "context:name-list")))
            continue
        out.append(s)
    return out
