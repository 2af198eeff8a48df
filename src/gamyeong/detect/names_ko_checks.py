"""Checks on a Korean name candidate that the scorer (:mod:`gamyeong.detect.names_ko`) asks one at a time: is the
word an ordinary word, may grammar vouch for it, is a title glued to it really one, what stands right before and
after it (a number, an age in brackets)."""

from __future__ import annotations

import re

from gamyeong.detect.ko_lexicon import KoLexicon
from gamyeong.detect.layout import is_isolated
from gamyeong.detect.names_ko_cues import ACCORDING, PERSON_NOUNS
from gamyeong.detect.names_ko_forms import PARTICLE_SET, Option, counter_title
from gamyeong.locales.ko_names import POPULAR_GIVEN_NAMES, VERB_ENDINGS

__all__ = [
    "age_after",
    "cue_can_vouch",
    "glued_to_number",
    "hopeless",
    "is_common_word",
    "this_noun_unread",
    "word_across_seam",
]

_AGE_AFTER = re.compile(r"\s?\((?:만\s?)?(?:\d{1,3}\s?(?:세|살)?|남|여|남성|여성|[MF])(?:\s?[,/·]\s?[^()\n]{0,12})?\)")
_AGENT_ENDINGS = frozenset("사원관생버러너저수객")  # 상담원, 정비사, 유튜버, 디자이너, 매니저, 운전수


def cue_can_vouch(given: str) -> bool:
    """Whether grammar that takes a person may vouch for a name with this given part: not a word for a person
    (김대리한테, 전남친이랑) nor one ending like a job or agent noun (배송원한테, 유튜버한테), unless it is a
    popular given name (채원, 지원)."""
    if given in PERSON_NOUNS:
        return False
    return given[-1] not in _AGENT_ENDINGS or given in POPULAR_GIVEN_NAMES


def is_common_word(lex: KoLexicon, word: str, surname: int) -> bool:
    """The whole word is an ordinary word, with or without a particle (이름은, 정말로, 이용해, 진료비를). A
    two-syllable surname alone is no such word (남궁 + 세아를 is not a noun and a verb ending)."""
    if word in lex.words:
        return True
    for cut in range(max(2, surname + 1), len(word)):
        head, tail = word[:cut], word[cut:]
        if head in lex.words and (tail in PARTICLE_SET or tail[0] in VERB_ENDINGS):
            return True
    return False


def age_after(text: str, words: list[tuple[int, int]], i: int, after: str | None, rest: str) -> bool:
    """An age or sex in brackets after the name or its title: 김민준(32), 이서연(여, 29세), 홍길동 씨(48)."""
    end = words[i + 1][1] if after == "title" else words[i][1]
    if "(" not in text[end : end + 2] or (after != "title" and rest not in ("", "hon")):
        return False  # the bracket opens at once or after one space: most names have none
    return _AGE_AFTER.match(text, end) is not None


def glued_to_number(text: str, start: int, why: list[str]) -> float:
    """0.2 (noted in ``why``) for a word glued to the number before it: a counter or an ordinal (3사관학교,
    104주기인, 2백만명), hardly ever a name; else 0."""
    if start == 0 or not text[start - 1].isdigit():
        return 0.0
    why.append("digit-before")
    return 0.2


def word_across_seam(lex: KoLexicon, word: str, given_start: int, name_end: int) -> bool:
    """The word splits into two dictionary words with the seam inside the given name, the second running into a
    counter-syllable title glued after it (공영 + 주차장): the title is part of that word. A head that is a name
    too keeps the reading (박서 + 연대리: 박서연대리 is 박서연 + 대리)."""
    title = counter_title(word[name_end:])
    if title is None:
        return False
    end = name_end + len(title)
    return any(
        word[k:end] in lex.words and word[:k] in lex.words and word[:k] not in lex.persons
        for k in range(given_start, name_end)
    )


def this_noun_unread(why: list[str], trigger: float, previous: str) -> float:
    """0.2 back for the this-noun reading (이 + 수정: this edit) after a word that names a name (담당자 이수정의):
    "this" makes no sense there. Not after a one-syllable pronoun: 난 이영화를 보면서 is "I, this film"."""
    return 0.2 if "lexicon:this-noun" in why and trigger >= 0.35 and len(previous) > 1 else 0.0


# A candidate must score above this to become a span (names_ko.detect); the margin absorbs float rounding.
_SPAN_FLOOR = 0.2 - 1e-9


def hopeless(
    text: str,
    words: list[tuple[int, int]],
    i: int,
    at: int,
    opt: Option,
    base: float,
    after: str | None,
    trigger: float,
) -> bool:
    """Whether the reading ``opt`` at ``at`` in ``words[i]`` stays at or below 0.2 whatever the context the scorer
    reads, so that scoring it can be skipped: it could neither become a span nor beat a reading that does. The
    bound gives each piece of evidence its largest value (most candidates are ordinary words: 이번, 정말, 전화);
    ``base`` is the intrinsic score, ``after`` and ``trigger`` what the scorer is given. Only for unspaced
    candidates (a spaced one is kept from 0.2 on, and more evidence follows it)."""
    w_start, w_end = words[i]
    # the cheap pieces first: most candidates that are not hopeless are known to be so before the layout is read
    bound = base  # a digit before only takes away, and so does the cap on two-syllable words
    honorific = opt.rest == "hon" or after == "title"
    if honorific:
        bound += 0.4
    elif after == "compound":
        bound += 0.3
    if trigger:
        bound += trigger + 0.4  # the this-noun reading given back, then the whole field
    name_end = w_start + at + opt.length
    # a cue in the rest of the word; with nothing after the name, only 말로는 (according to) in the next word
    if (
        not honorific
        and text[name_end - 1] != "이"
        and (name_end < w_end or (text[w_end : w_end + 1] == " " and text.startswith(ACCORDING, w_end + 1)))
    ):
        bound += 0.25
    if bound >= _SPAN_FLOOR:
        return False
    end = words[i + 1][1] if after == "title" else w_end
    if "(" in text[end : end + 2] and age_after(text, words, i, after, opt.rest):
        bound += 0.25
    if not trigger:  # the layout counts only where no word before names a name
        if opt.rest in ("", "part") and is_isolated(text, w_start + at, w_end):
            bound += 0.45  # the whole field, then a name column
        elif not opt.rest and (":" in text[w_end : w_end + 2] or "：" in text[w_end : w_end + 2]):
            bound += 0.2  # a chat log's speaker
    return bound < _SPAN_FLOOR
