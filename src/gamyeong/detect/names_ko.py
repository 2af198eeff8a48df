"""Korean person names: surname-first candidates checked against the mecab-ko-dic lexicon and their context.

Why not tag every text with MeCab: its 인명 tag is a lexicon lookup plus a cost model, and the lexicon is what
carries the signal. Reading the lexicon directly (:mod:`gamyeong.detect.ko_lexicon`) lets one regex pass over the
Hangul words find candidates at several MB/s, and gives what the tagger alone gets wrong: it calls 홍길동 a common
noun, splits 남궁민수, and has no notion of honorifics, masked names or a name glued to 담당자.

A candidate is a word that starts with a surname, has a given name of one or two syllables and ends in nothing,
an honorific or title (님, 고객님, 과장), or a particle (께서, 에게, 이가). Its score adds evidence:
the name is a 인명 entry (+), the string is an ordinary word (−: 진료비, 이어폰, 유기농), its given-name syllables
are likelier in names than in words (±), an honorific or title follows (+), a word that introduces a name
precedes (+: 성명, 예금주, 담당자). A candidate left unsure gets MeCab's reading of its sentence as a second
opinion (:mod:`gamyeong.detect.names_ko_morph`). The span covers the name only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import ClassVar

from gamyeong.detect.base import Document
from gamyeong.detect.ko_lexicon import KoLexicon, load_lexicon
from gamyeong.detect.layout import column_header, is_isolated
from gamyeong.detect.names_ko_checks import (
    age_after,
    cue_can_vouch,
    glued_to_number,
    hopeless,
    this_noun_unread,
)
from gamyeong.detect.names_ko_context import name_field, name_word_before, speaker, title_next, trigger_before
from gamyeong.detect.names_ko_cues import (
    COPULA,
    CUE_RESTS,
    INTRO,
    PERSON_NOUNS,
    capped,
    identified,
    introduced,
    person_clause,
    person_cue,
)
from gamyeong.detect.names_ko_forms import (
    Option,
    masked_names,
    options,
    rest_kind,
)
from gamyeong.detect.names_ko_given import (
    common_given_part,
    given_alone_of_found,
    given_name_forms,
    next_word,
    popular_alone,
    previous_word,
    vocatives,
)
from gamyeong.detect.names_ko_intrinsic import intrinsic
from gamyeong.detect.names_ko_lists import counted_people, lend_evidence
from gamyeong.detect.names_ko_morph import clear_morph_cache, second_opinion
from gamyeong.labels import Label
from gamyeong.langs import Language
from gamyeong.locales.ko_names import (
    GLUED_TRIGGERS,
    SURNAMES,
    TWO_SYLLABLE_SURNAMES,
)
from gamyeong.spans import Span

__all__ = ["KoreanNameDetector"]

_WORD = re.compile(r"[가-힣]+")
_HANGUL = re.compile(r"[가-힣]")
_GLUED_FIRST = frozenset(t[0] for t in GLUED_TRIGGERS)
# the glued triggers by first syllable, in their order (a tie between readings keeps the first): a third of the
# words start like one, and most are compared with two or three triggers instead of all
_GLUED_BY_FIRST = {first: tuple(t for t in GLUED_TRIGGERS if t[0] == first) for first in _GLUED_FIRST}
# a word can hold a name only if it starts with a surname or a glued trigger (담당자김민준)
_CANDIDATE_FIRST = frozenset(SURNAMES) | frozenset(s[0] for s in TWO_SYLLABLE_SURNAMES) | _GLUED_FIRST
_SPACED_SURNAME = re.compile(
    r"(?<![가-힣0-9])("  # not after a digit: 오후 2시 현재 is an hour and 'as of'
    + "|".join(sorted(TWO_SYLLABLE_SURNAMES))
    + r"|["
    + "".join(sorted(SURNAMES))
    + r"]) (?=[가-힣])"
)
_FIELD_SEPARATOR = re.compile(r"[:：|\t=][ \t]*$")
# Surname syllables that are also words of their own (제 이름, 이 사람, 전 회사, 한 번): with a common word after
# them, the pair reads as two words, not a spaced name.
_LONE_WORDS = frozenset(
    "제 저 내 전 이 그 한 우 안 다 더 또 잘 좀 곧 늘 참 양 고 모 각 총 매 현 신 구 원 주 공 대 소 여".split()
)
_MEMO_SIZE = 200_000
_MISSING = object()
# candidates scored in this band get MeCab's second opinion (names_ko_morph), ±0.15: enough to move a candidate
# across the default threshold (0.5), not enough to overrule a lexicon entry
_UNSURE = (0.35, 0.65)
_HEADER_WORDS = frozenset({"이름", "성명", "성함", "고객명", "환자명", "회원명", "신청인", "수취인", "예금주", "name"})


class KoreanNameDetector:
    """PERSON in Korean text (Hangul names, spaced, masked); romanized names are in ``names_latin``."""

    name: ClassVar[str] = "ko_names"
    labels: ClassVar[frozenset[str]] = frozenset({Label.PERSON})
    # every language: a Korean name or address in Hangul inside French or English text (Meeting with 김민준)
    languages: ClassVar[frozenset[Language]] = frozenset(Language)

    def __init__(self, lexicon: KoLexicon | None = None) -> None:
        self._lexicon = lexicon
        # keys and values of strings and numbers only: the cycle collector stops walking them after one pass
        self._memo: dict[tuple[str, int, int, int, str, bool], tuple[float, tuple[str, ...]] | None] = {}
        self._readings_memo: dict[str, tuple[tuple[int, Option, tuple[float, tuple[str, ...]]], ...]] = {}

    def clear_memo(self) -> None:
        self._memo.clear()
        self._readings_memo.clear()
        options.cache_clear()
        clear_morph_cache()

    @property
    def lexicon(self) -> KoLexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    def detect(self, doc: Document) -> list[Span]:
        text = doc.norm.text
        if doc.lang is not Language.KO and _HANGUL.search(text) is None:
            return []
        words = [m.span() for m in _WORD.finditer(text)]
        out: list[Span] = []
        known = self._readings_memo
        for i, (start, end) in enumerate(words):
            if text[start] not in _CANDIDATE_FIRST:
                continue
            word = text[start:end]
            readings = known.get(word)
            if readings is None:
                readings = self._readings(word)
            if not readings:
                continue  # most words that start with a surname: no reading the lexicon allows
            best: tuple[float, int, int, tuple[str, ...], int] | None = None
            before: float | None = None  # what the word before says, asked once for all the readings
            for at, opt, base in readings:
                # glued to a name word (담당자김민준), or what the word before says of this reading
                if at:
                    trigger = 0.35
                else:
                    if before is None:
                        before = trigger_before(text, words, i)
                    # no name word before: nothing for the pronoun rule to take back (most words)
                    trigger = name_word_before(text, words, i, word[opt.length :], opt.rest, before) if before else 0.0
                # a title is looked for only after a name that ends its word (most readings have a particle)
                after = title_next(text, words, i, True) if at + opt.length == len(word) else None
                if base[0] < 0.2 and hopeless(text, words, i, at, opt, base[0], after, trigger):
                    continue
                score, why = self._score(doc, words, i, word, at, opt, base, after, trigger)
                if best is None or score > best[0]:
                    best = (score, start + at, start + at + opt.length, why, opt.surname)
            if best is None:
                continue
            score, why = best[0], best[3]
            if _UNSURE[0] <= score < _UNSURE[1]:
                score, why = second_opinion(self.lexicon, text, best[1], best[2], best[4], score, why)
            if score > 0.2:
                out.append(doc.span(best[1], best[2], Label.PERSON, score, self.name, why))
        out.extend(self._spaced(doc, words))
        out.extend(masked_names(doc, self.name))

        def span(start: int, end: int, score: float, why: tuple[str, ...]) -> Span:
            return doc.span(start, end, Label.PERSON, score, self.name, why)

        out.extend(vocatives(text, words, self.lexicon, span))
        out.extend(given_name_forms(text, words, self.lexicon, span))
        out.extend(counted_people(text, self.lexicon, span))
        out.extend(popular_alone(text, words, span))
        out = lend_evidence(doc.text, out)
        return out + given_alone_of_found(doc.text, out, self.lexicon)

    def _score(
        self,
        doc: Document,
        words: list[tuple[int, int]],
        i: int,
        word: str,
        at: int,
        opt: Option,
        base: tuple[float, tuple[str, ...]],
        after: str | None,
        trigger: float,
        *,
        spaced: bool = False,
    ) -> tuple[float, tuple[str, ...]]:
        """``base`` (the word's intrinsic score, :meth:`_intrinsic`) moved by what stands around the word: ``after``
        is the next word's :func:`title_next`, ``trigger`` what the word before says (:func:`name_word_before`;
        0.35 glued to a name word; 0 for a spaced name, where the word before the given name is its surname).
        A new or larger positive term here must be added to :func:`hopeless`'s bound too (its test fails else)."""
        why = list(base[1])
        text = doc.norm.text
        w_start, w_end = words[i]
        score = base[0] - glued_to_number(text, w_start + at, why)
        if opt.rest == "hon" or after == "title":
            score += 0.4
            why.append("context:honorific")
        elif after == "compound" and not any(w.startswith(("lexicon:common", "lexicon:word")) for w in why):
            score += 0.3  # 홍길동 마케팅팀장: weaker than a title alone, and never for a word (경남 사업부장)
            why.append("context:department-title")
        if age_after(text, words, i, after, opt.rest):
            score += 0.25
            why.append("context:age-after")
        given = word[at + opt.surname : at + opt.length]
        # not 민준이가 그러는데: there the grammar vouches for the given name 민준 (names_ko_given), not 민+준이
        if opt.rest != "hon" and "context:honorific" not in why and given[-1] != "이" and cue_can_vouch(given):
            rest = word[at + opt.length :]
            following = next_word(text, words, i) if rest in CUE_RESTS else ""  # else no cue whatever follows
            cue: str | None = person_cue(rest, following)
            if cue is None and at == 0 and i > 0 and rest in COPULA and identified(previous_word(text, words, i), rest):
                cue = "identified"
            if (
                cue is None
                and at == 0
                and rest.startswith(INTRO)
                and introduced(text[max(0, w_start - 12) : w_start], rest)
            ):
                cue = "introduced"  # 안녕하세요, 도인혁입니다
            if cue is not None:  # 홍별하한테 물어보세요, 조은솔 말로는, 범인은 허새롬이었다: the grammar takes a person
                score += 0.25
                why.append(f"context:{cue}")
            elif at == 0 and person_clause(text, w_end, rest):
                score += 0.1  # 도인혁이 어제 전화했어요, 노승수를 만났다, 백춘호의 아내
                why.append("context:person-clause")
        # spaced: the word before the given name is its surname (전, 제 are name words too); _spaced looks before
        # the surname itself, and at the layout of the whole name
        if trigger:
            score += trigger + this_noun_unread(why, trigger, previous_word(text, words, i))
            why.append("context:name-word")
            if trigger >= 0.35 and not opt.rest and is_isolated(text, words[i][0] + at, words[i][1]):
                # name="…", 성명 | …: a value that is its whole field, after the field's label; less for a word
                # (판매자: 이마트, a shop in a seller's field)
                named = "lexicon:common-word" in why and name_field(text, words[i][0] + at)
                score += 0.1 if "lexicon:common-word" in why and not named else 0.2
                why.append("layout:name-field" if named else "layout:field")
        elif not spaced:
            n_start = w_start + at
            if opt.rest in ("", "part") and is_isolated(text, n_start, w_end):
                score += 0.15
                why.append("layout:field")
                header = column_header(text, n_start)
                if header is not None and any(h in header for h in _HEADER_WORDS):
                    score += 0.3
                    why.append("layout:name-column")
            elif not opt.rest and speaker(text, n_start, w_end):
                score += 0.2  # a chat log speaker after the time: [14:02] 노승수: …, 오후 2:03, 노승수 : …
                why.append("layout:speaker")

        return max(0.0, min(1.0, capped(score, why, opt.length))), tuple(why)

    def _readings(self, word: str) -> tuple[tuple[int, Option, tuple[float, tuple[str, ...]]], ...]:
        """Where a name may start in ``word`` (0, or after a glued trigger: 담당자김민준), its options and their
        intrinsic scores, in the order the scorer tries them; remembered per word. A reading the lexicon rules out
        (scored 0: not a name) is left out: it could neither make a span nor beat another reading."""
        found = self._readings_memo.get(word)
        if found is not None:
            return found
        starts = [0]
        glued = _GLUED_BY_FIRST.get(word[0])
        if glued is not None:
            starts += [len(t) for t in glued if word.startswith(t) and len(word) - len(t) >= 2]
        out = []
        for at in starts:
            for opt in options(word, at):
                base = self._intrinsic(word, at, opt, False)
                if base is not None:
                    out.append((at, opt, base))
        if len(self._readings_memo) >= _MEMO_SIZE:
            self._readings_memo.clear()
        found = self._readings_memo[word] = tuple(out)
        return found

    def _intrinsic(self, word: str, at: int, opt: Option, spaced: bool) -> tuple[float, tuple[str, ...]] | None:
        """The part of the score that depends on the word alone (lexicon, syllable statistics), remembered per
        word: the same words come back again and again in a corpus. None: not a name at all (spoken digits, a
        title, a dictionary word for a job)."""
        key = (word, at, opt.length, opt.surname, opt.rest, spaced)
        cached = self._memo.get(key, _MISSING)
        if cached is not _MISSING:
            return cached  # type: ignore[return-value]
        result = intrinsic(self.lexicon, word, at, opt, spaced)
        if len(self._memo) >= _MEMO_SIZE:
            self._memo.clear()  # a bounded memo: cheaper than an LRU's bookkeeping on this hot path
        self._memo[key] = result
        return result

    def _spaced(self, doc: Document, words: list[tuple[int, int]]) -> list[Span]:
        """``김 민준`` / ``김 구``: a lone surname, one space, a given name of two syllables (or of one, where a field
        label, 님 or 씨, or a name column vouches for it: 신청인: 김 구, 수신: 이 준 님)."""
        text = doc.norm.text
        out: list[Span] = []
        lex = self.lexicon
        for m in _SPACED_SURNAME.finditer(text):
            # the word the surname is (words are sorted: a bisection, not a map of every word of the text)
            k = bisect_left(words, (m.start(), 0))
            if k >= len(words) or words[k] != (m.start(), m.end(1)) or k + 1 >= len(words):
                continue
            g_start, g_end = words[k + 1]
            given_word = text[g_start:g_end]
            surname = m.group(1)
            # 이 사람, 이 영화, 제 이름: a word that is a surname, then a word. A field label settles it
            # (신청인: 이 광수, 성명 | 김 구; not a speaker's, 고객: 제 이름은, nor a word, 두 사람의 이 같은), or
            # 님 after it, or a given name (영순, 미경) after a surname that is no word of its own. The name word
            # is looked up only where a separator calls for it: most spaced pairs are a word and a word.
            separated = _FIELD_SEPARATOR.search(text, max(0, m.start() - 3), m.start()) is not None
            announced = trigger_before(text, words, k) if separated else -1.0
            for gl in (2, 1):
                kind = rest_kind(given_word[gl:]) if len(given_word) >= gl else None
                if kind is None or (gl == 1 and kind != ""):
                    continue  # 전 부총재, 김 구를: one syllable, then more, reads as a word
                given = given_word[:gl]
                vouched = announced >= 0.35 or self._spaced_vouched(text, words, k, gl, kind)
                if gl == 1 and not vouched:
                    continue  # 김 구 alone is gold and nine as often as a name; 고객: 제 말은 is no name
                if gl == 2 and given in lex.words:
                    # 전 직원, 전 회원님께, 이 부장: words; 이 광수, 김 영순 only where something vouches for them
                    named = given not in PERSON_NOUNS and (given in lex.given_names or common_given_part(lex, given))
                    lone = surname in _LONE_WORDS  # 이, 전, 제: a word of their own
                    if (not named and (lone or not vouched)) or (lone and not vouched) or given in PERSON_NOUNS:
                        continue
                if announced < 0:
                    announced = trigger_before(text, words, k)
                opt = Option(len(surname) + gl, len(surname), kind)
                whole = surname + given_word
                base = self._intrinsic(whole, 0, opt, True)
                why: tuple[str, ...]
                if base is None:
                    score, why = 0.0, ("not-a-name",)
                else:
                    after = title_next(text, words, k + 1, opt.length == len(whole))
                    score, why = self._score(doc, words, k + 1, whole, 0, opt, base, after, 0.0, spaced=True)
                if announced and "context:name-word" not in why:
                    score = min(1.0, score + announced)
                    why = (*why, "context:name-word")
                unplaced = not any(w.startswith(("context:name-word", "layout:")) for w in why)
                if unplaced and opt.rest in ("", "part") and is_isolated(text, m.start(), g_start + gl):
                    score, why = score + 0.15, (*why, "layout:field")
                    header = column_header(text, m.start())
                    if header is not None and any(h in header for h in _HEADER_WORDS):
                        score, why = score + 0.3, (*why, "layout:name-column")
                if not vouched:
                    score -= 0.1  # 김 민준 is also "gold" followed by a word; ask for a little more evidence
                if score >= 0.2:
                    out.append(doc.span(m.start(), g_start + gl, Label.PERSON, score, self.name, (*why, "spaced")))
                    break
        return out

    @staticmethod
    def _spaced_vouched(text: str, words: list[tuple[int, int]], k: int, gl: int, kind: str) -> bool:
        """님 or 씨 after a spaced name (이 영순 님, 전 영호씨), 귀하 or 고객님 after a two-syllable given name, or a
        name column above it vouches for it; a job title does not (이 택시기사, 전 국무총리, 이 영화 감독: a word,
        then a title), nor 귀하 after one syllable (이 건 귀하께, 이 달 고객님: a word)."""
        given_word = text[words[k + 1][0] : words[k + 1][1]]
        nim = given_word[gl : gl + 1] in ("님", "씨") and rest_kind(given_word[gl + 1 :]) in ("", "part")
        following = next_word(text, words, k + 1)
        if (kind == "hon" and nim) or (following[:1] in ("님", "씨") and rest_kind(following[1:]) in ("", "part")):
            return True
        if gl == 2 and following.startswith(("귀하", "고객님")):
            return True
        start, end = words[k][0], words[k + 1][0] + gl
        if not is_isolated(text, start, end):
            return False
        header = column_header(text, start)
        return header is not None and any(h in header for h in _HEADER_WORDS)
