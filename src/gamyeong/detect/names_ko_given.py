"""Korean given names written without the surname, and the evidence one name lends another in the same text.

In chats and stories people are called by their given name: ``민준아,`` (vocative), ``민준이가 그러는데`` (the
이 that follows a given name ending in a consonant, then a particle), ``현우 오빠가``, ``지수 씨``. A given name
alone is weaker evidence than a full name, so each form asks for a lexicon given name whose last syllable is
typical of given names: 아들아, 하늘아, 사랑아 are not names.

Once a name is found with confidence, its given name written alone elsewhere in the text (``박승주는 … 승주가``)
is a name too (names in lists: :mod:`names_ko_lists`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from gamyeong.detect.ko_lexicon import KoLexicon
from gamyeong.detect.names_ko_cues import ACCORDING, CUE_RESTS, PERSON_NOUNS, person_cue
from gamyeong.detect.names_ko_lists import CONFIDENT, SpanMaker
from gamyeong.locales.ko_names import (
    HONORIFICS,
    OLDER_GIVEN_NAMES,
    POPULAR_GIVEN_NAMES,
    SURNAMES,
    TWO_SYLLABLE_SURNAMES,
)
from gamyeong.spans import Span

__all__ = [
    "common_given_part",
    "given_alone_of_found",
    "given_name_forms",
    "next_word",
    "popular_alone",
    "previous_word",
    "vocatives",
]

# how much likelier the last syllable must be in a given name than in a word (민준 12, 지우 2; 하늘 0.2, 아들 0.25)
_VOCATIVE_RATIO = 1.5
# Particles after the 이 of 민준이 (민준이가, 민준이랑, 민준이한테): not the copula (민준이다, 민준이에요), which
# follows any noun.
_AFTER_I = frozenset(
    """가 는 를 랑 도 만 의 한테 한테서 한테는 한테도 에게 에게서 하고 처럼 보다 까지
    랑은 랑도 는요 도요 더러 같은 마저 조차 부터 네는 네가 네서""".split()
)
# Kin and companions named by the child or friend they belong to, after 민준이 (민준이 엄마, 서연이 동생)
_KIN_AFTER_I = (
    "엄마",
    "아빠",
    "어머니",
    "아버지",
    "동생",
    "언니",
    "오빠",
    "누나",
    "형",
    "친구",
    "할머니",
    "할아버지",
    "남친",
    "여친",
    "짝꿍",
)
# 이네 is also the copula's exclamation, after any noun (벌써 가을이네, 사랑이네): it is 민준이네 (민준's family)
# only before a household or kin word (가을이네 집, 민준이네 엄마)
_HOUSEHOLD = ("집", "가족", "식구", *_KIN_AFTER_I)


def _kin_next(following: str) -> bool:
    """``following`` is a kin word (엄마, 동생이랑); 형 only alone or with a particle, not 형식, 형편, 형형색색."""
    if following.startswith("형"):
        return following[1:] in _CALLED_REST or following[1:] in ("네", "님", "한테서")
    return following.startswith(_KIN_AFTER_I)


# Given names that are words a sentence speaks to as to a person, with 한테 (하늘한테 빌었어, 나라한테 버림받은
# 기분, 바다한테 미안해, 사랑한테 배신당했다)
_PERSONIFIED = frozenset("하늘 바다 나라 자연 세상 우주 지구 구름 바람 사랑 운명 시간 인생 세월 계절 봄날".split())
# Words right after a given name that call a person by it (현우 오빠, 지수 씨, 서연 님, 하은 언니)
_CALLED = ("오빠", "언니", "누나", "형", "선배", "쌤", "씨", "님", "이모", "삼촌")
_CALLED_FIRST = frozenset(c[0] for c in _CALLED)
# how the next word starts where it calls the word alone before it (현우 오빠) or tells what it said (지우 말로는)
_NEXT_FIRST = _CALLED_FIRST | frozenset(a[0] for a in ACCORDING)
_CUE_FIRST = frozenset(r[0] for r in CUE_RESTS if r)
_CALLED_REST = frozenset(["", *"가 는 를 랑 도 한테 이 은 을 의 께 께서 이랑 하고".split()])

# Word starts that are not given names: pronouns before a kinship word (우리 언니, 저희 형; 우리 is also a given
# name), family words and titles that 님 or 이 follow (할머님, 하느님, 이모님, 주인님, 애인이)
_NOT_GIVEN = (
    frozenset(
        "우리 저희 너희 그분 이분 저분 그쪽 이쪽 저쪽 자기 본인 당신 어느 모든 걔네 쟤네 얘네 그녀 그애 애들".split()
    )
    | frozenset("할머 할아 아버 어머 하느 하나 주인 공주 왕자 애인 이모 고모 삼촌 숙모 조카 손자 손녀 아들".split())
    | frozenset("며느 사위 장인 장모 시어 형수 매형 처제 동서 사돈 선생 교수 사장 회장 원장 부장 과장".split())
    | frozenset("병원 학원 법원 공원 의원 직원 회원 위원 사원 요원 대원 인원 마트 가게 매장 식당 카페".split())
    | frozenset(h[:2] for h in HONORIFICS if len(h) >= 2)
)
_COMMON_GIVEN = 5
_PARTS: list[tuple[KoLexicon, Counter[str]]] = []  # (lexicon, counts): one lexicon per process in practice


def _given_parts(lex: KoLexicon) -> Counter[str]:
    """How many person entries of the lexicon have each two-syllable given part (김미경, 이미경 … → 미경: 45)."""
    for known, parts in _PARTS:
        if known is lex:
            return parts
    parts = Counter()
    for p in lex.persons:
        surname = 2 if p[:2] in TWO_SYLLABLE_SURNAMES else 1  # 남궁민 has a one-syllable given name
        if len(p) - surname == 2:
            parts[p[surname:]] += 1
    _PARTS[:] = [(lex, parts)]
    return parts


def common_given_part(lex: KoLexicon, given: str) -> bool:
    """The two syllables are the given name of many person entries (미경: 김미경, 이미경 …), so a surname
    before them reads as a full name even when the whole is not an entry itself."""
    return _given_parts(lex).get(given, 0) >= _COMMON_GIVEN


def next_word(text: str, words: list[tuple[int, int]], k: int) -> str:
    """The word after ``words[k]`` when one space separates them, else ""."""
    if k + 1 >= len(words):
        return ""
    end, (n_start, n_end) = words[k][1], words[k + 1]
    return text[n_start:n_end] if n_start == end + 1 and text[end] == " " else ""


def previous_word(text: str, words: list[tuple[int, int]], k: int) -> str:
    """The word before ``words[k]`` when one space separates them, else ""."""
    if k == 0:
        return ""
    (p_start, p_end), start = words[k - 1], words[k][0]
    return text[p_start:p_end] if start == p_end + 1 and text[p_end] == " " else ""


def _called(rest: str) -> str | None:
    """The word that calls a person by the name before it (오빠, 씨 …), when ``rest`` is one, with a particle."""
    return next((c for c in _CALLED if rest.startswith(c) and rest[len(c) :] in _CALLED_REST), None)


def _has_final(syllable: str) -> bool:
    return (ord(syllable) - 0xAC00) % 28 != 0


def _given_like(lex: KoLexicon, given: str) -> bool:
    return given in lex.given_names and lex.given_ratio(given[-1]) >= _VOCATIVE_RATIO


def _cue_given(lex: KoLexicon, given: str, unknown: bool) -> bool:
    """A two-syllable word before a person cue (윤슬이랑 통화했어요) reads as a given name: a popular one, or a
    string no dictionary knows whose last syllable is likelier in names than in words. A dictionary word is not
    enough even when it is also some people's given name (한국이 그러는데, 지인 말로는, 정오께, 중순께)."""
    return given in POPULAR_GIVEN_NAMES or (unknown and lex.given_ratio(given[-1]) >= 1.0)


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
        out.append(span(start, end - 1, score, ("vocative",)))
    return out


def given_name_forms(text: str, words: list[tuple[int, int]], lex: KoLexicon, span: SpanMaker) -> list[Span]:
    """``민준이가`` (given name, the suffix 이, a particle) and ``현우 오빠`` / ``지수씨`` (given name, then a word
    that calls a person by it). The word must read as a given name: a popular one, the given name of many person
    entries (미경, 영수), a lexicon given name with a name-like last syllable — or, before 이 + particle or a
    kinship word, a string that is no dictionary word at all (새롬, 시율). 님 and 씨 also follow titles and
    family words (할머님, 주인님, 사원님), so there only a given name will do."""
    out: list[Span] = []
    for k, (start, end) in enumerate(words):
        length = end - start
        if length < 2:
            continue
        # no 이 + particle, no calling word, no cue after the two syllables: most words (the next one is not looked
        # up); the first syllable after them mostly tells, without cutting the rest out of the text
        if (
            length > 2
            and (first := text[start + 2]) != "이"
            and first not in _CALLED_FIRST
            and (first not in _CUE_FIRST or text[start + 2 : end] not in CUE_RESTS)
        ):
            continue
        rest = text[start + 2 : end]
        given = text[start : start + 2]
        if given in _NOT_GIVEN:
            continue
        if not rest and (text[end : end + 1] != " " or text[end + 1 : end + 2] not in _NEXT_FIRST):
            continue  # a word alone: only a calling word or 말로는 one space after it could vouch for it
        following = next_word(text, words, k)
        suffix_i = (
            rest[:1] == "이"
            and (
                rest[1:] in _AFTER_I
                or (rest == "이" and _kin_next(following))
                or (rest == "이네" and following.startswith(_HOUSEHOLD))
            )
            and _has_final(given[1])
        )
        called = _called(rest) if rest[:1] in _CALLED_FIRST else None
        spaced_call = False
        if called is None and not rest and following:
            called = _called(following) if following[0] in _CALLED_FIRST else None
            spaced_call = called is not None
        cue = person_cue(rest, following) if not suffix_i and called is None else None
        if not suffix_i and called is None and cue is None:
            continue
        named = (
            given in POPULAR_GIVEN_NAMES
            or common_given_part(lex, given)
            or (given in lex.given_names and lex.given_ratio(given[-1]) >= 1.0)
        )
        unknown = given not in lex.words
        # 고양이가 is a word + 가; 새롬이 is a dictionary entry too, but 새롬 is the given name of many people. A
        # bare 이 before a kin word is also the subject particle (사진이 친구 폰에 있어, 인형이 동생 방에): there a
        # dictionary word must be a popular given name (지안이 엄마)
        subject = rest == "이" and not unknown and given not in POPULAR_GIVEN_NAMES
        if (
            suffix_i
            and (named or unknown)
            and (given + "이" not in lex.words or common_given_part(lex, given))
            and not subject
        ):
            out.append(span(start, start + 2, 0.6, ("given-name+i",)))
        elif called is not None and (named or (unknown and (called not in ("씨", "님") or spaced_call))):
            # 윤슬 씨: a string no dictionary knows, then 씨 or 님 one space away, is a given name (glued, 님 and
            # 씨 also follow titles and family words: 사원님, 아가씨)
            out.append(span(start, start + 2, 0.55, ("given-name+title",)))
        elif (
            cue is not None
            and given not in PERSON_NOUNS
            and (
                _cue_given(lex, given, unknown)
                or (rest.startswith("한테") and given in lex.given_names and given not in _PERSONIFIED)
            )
        ):
            # 나래한테서 연락 왔어: 한테 takes a person or an animal, so a given name that is also a word (나래,
            # wing) reads as the name there; not nature, a country, love or fate spoken to (하늘한테 빌었어)
            out.append(span(start, start + 2, 0.55, (f"given-name+{cue}",)))
    return out


# Popular given names that are also everyday words or set phrases (지원 support, 재현 reproduction, 지혜 wisdom,
# 유리 glass, 지수 index, 예지 foresight, 시온 Zion …), and those ending in 아 that read as a one-syllable word and
# a vocative or particle (도아, 시아, 지아): alone, without a cue, they are not taken as names.
_POPULAR_WORDS = frozenset(
    """지원 재현 지혜 유리 수호 지수 도하 성현 예지 예서 시온 상현 이안 현정 서진 정우 이준 선우 민성 성민 수연 진우
    지안 이현 이서 아인 현수 동현 민지 주원 수진 서연 은비 하영 유나 지민 이든 도아 로아 시아 주아 지아 유찬""".split()
)
_ALONE_AFTER = frozenset(
    """가 는 를 랑 이랑 하고 한테 한테서 에게 에게서 도 만 까지 부터 마저 조차 의 네 이네 이가 이는 이를
    이도 이만 이한테 이하고 이까지 이마저 이 은 을 과 와 아 야""".split()
)
# the particles whose form follows the last syllable: 이 은 을 과 아 after a final consonant (서준이, 서준아),
# 가 는 를 와 야 after none (시우가, 시우야)
_AFTER_FINAL = frozenset("이 은 을 과 아".split())
_AFTER_VOWEL = frozenset("가 는 를 와 야".split())


# last syllables that are also a verb's adnominal ending (나은, 지은, 해온, 가진, 만든, 하던)
_ADNOMINAL = frozenset("은 온 운 인 한 된 간 진 린 던 든 른 을")


_ALONE_NAMES = (POPULAR_GIVEN_NAMES - _POPULAR_WORDS) | OLDER_GIVEN_NAMES


def popular_alone(text: str, words: list[tuple[int, int]], span: SpanMaker) -> list[Span]:
    """A popular given name that is no everyday word, alone with a particle or a word of its own (은우가,
    연우랑, 다온까지, 시우 데리러): friends and family write given names without a surname or a cue."""
    out: list[Span] = []
    for start, end in words:
        given = text[start : start + 2]
        if given not in _ALONE_NAMES or end - start > 5:  # most words: one set lookup
            continue
        rest = text[start + 2 : end]
        if rest and rest not in _ALONE_AFTER:
            continue
        final = _has_final(given[1])
        if ((rest[:1] == "이" or rest in _AFTER_FINAL) and not final) or (rest in _AFTER_VOWEL and final):
            continue  # 시우이가, 서준가: not how it is written (the particle agrees with the last syllable)
        if not rest and given[1] in _ADNOMINAL:
            continue  # 나은 방법, 지은 죄, 해온 일: a verb before its noun, when nothing marks a name
        out.append(span(start, start + 2, 0.5, ("given-name-alone",)))
    return out


def given_alone_of_found(text: str, spans: list[Span], lex: KoLexicon) -> list[Span]:
    """The given name of a full name found with confidence, written alone elsewhere in the text: a story or a
    chat names a person once (박승주는, 김보람 고객님) and then calls them by the given name (승주가, 보람 님),
    which alone may be an everyday word (보람, 한결) that no other rule would take. The given name must open
    its word and end it, or be followed by what follows a name (a particle that agrees with it, 이 + particle,
    a vocative, 씨 or 오빠) — not by an object particle when the given name is also a word (최보람 선생님 덕분에
    보람을 느꼈다). Spans are in ``text``'s offsets."""
    given_of: dict[str, Span] = {}
    for s in spans:
        if s.score < CONFIDENT:
            continue
        name = text[s.start : s.end]
        surname = 2 if name[:2] in TWO_SYLLABLE_SURNAMES and len(name) == 4 else 1
        given = name[surname:]
        if len(given) != 2 or (surname == 1 and name[0] not in SURNAMES) or not _all_hangul(name):
            continue
        if given in _NOT_GIVEN or given in PERSON_NOUNS:
            continue
        # a given name that is also a word (영화, 보람) spreads only from a name its context vouches for: one
        # false name (이영화, "this movie" unspaced) must not turn every 영화 of the text into a name
        if given in lex.words and not any(e.startswith(_VOUCHING) for e in s.explanation):
            continue
        given_of.setdefault(given, s)
    if not given_of:
        return []
    taken = sorted((s.start, s.end) for s in spans if s.score >= CONFIDENT)
    starts = [a for a, _ in taken]
    out: list[Span] = []
    for at in _word_starts(text, given_of):
        found = given_of[text[at : at + 2]]
        end = at + 2
        if _stands_alone(text, at, end, text[at:end] in lex.words) and not _overlaps_any(taken, starts, at, end):
            why = ("context:given-name-of-a-name-found",)
            out.append(replace(found, start=at, end=end, score=0.55, explanation=why))
    return out


# the evidence of a name's context (a title, a name word, a cue, a layout), not of the lexicon alone
_VOUCHING = ("context:", "layout:", "given-name", "vocative")


def _word_starts(text: str, givens: Iterable[str]) -> list[int]:
    """Where one of ``givens`` (two Hangul syllables each) opens a run of Hangul, in text order: ``str.find``
    for the few given names, not a walk over every word of the text."""
    starts: list[int] = []
    for given in givens:
        at = text.find(given)
        while at >= 0:
            if at == 0 or not "가" <= text[at - 1] <= "힣":
                starts.append(at)
            at = text.find(given, at + 1)
    return sorted(starts)


def _all_hangul(word: str) -> bool:
    return all("가" <= c <= "힣" for c in word)


def _stands_alone(text: str, start: int, end: int, word: bool) -> bool:
    """The given name ``text[start:end]`` is a word of its own followed by what follows a name. When it is also
    an everyday word (``word``: 하늘, 보람, 영화), only what follows names alone will do: a vocative, 씨 or 님,
    이 and a particle (보람이가) — not a bare 이 or a particle (하늘이 맑다, 영화는 흥행했다, 보람을 느꼈다)."""
    if start > 0 and "가" <= text[start - 1] <= "힣":
        return False  # inside a longer word, or the full name itself (박승주)
    stop = end
    while stop < len(text) and "가" <= text[stop] <= "힣":
        stop += 1
    rest = text[end:stop]
    given = text[start:end]
    final = _has_final(given[1])
    if not rest:
        if _SPACED_CALL.match(text, stop):
            return True  # 보람 님, 한결 씨
        return not word and given[1] not in _ADNOMINAL  # 나은 방법: a verb before its noun
    if rest in ("아", "야"):
        return (rest == "아") == final
    if _called(rest) is not None:
        return True
    if rest[0] == "이" and final and rest[1:] in _AFTER_I:
        return True  # 보람이가, 한결이랑 (승주 has no final consonant to take this 이)
    if word:
        return False
    if rest[0] == "이":
        return final and (rest == "이" or rest in _ALONE_AFTER)
    if rest not in _ALONE_AFTER:
        return False
    return not ((rest in _AFTER_FINAL and not final) or (rest in _AFTER_VOWEL and final))


_SPACED_CALL = re.compile(r" (?:님|씨)(?![가-힣])| (?:님|씨)(?:이|가|은|는|을|를|께|의|도)(?![가-힣])")


def _overlaps_any(taken: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether a span of ``taken`` (sorted, with their ``starts``) overlaps [start, end); spans are short."""
    lo = bisect_left(starts, start - 64)
    hi = bisect_left(starts, end)
    return any(b > start for _a, b in taken[lo:hi])
