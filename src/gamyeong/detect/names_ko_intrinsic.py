"""The part of a Korean name candidate's score that depends on the word alone: the lexicon (a person entry, an
ordinary word, a given name) and the syllable statistics of given names. The scorer
(:mod:`gamyeong.detect.names_ko`) remembers it per word: the same words come back again and again."""

from __future__ import annotations

import math

from gamyeong.detect.ko_lexicon import KoLexicon
from gamyeong.detect.names_ko_checks import is_common_word, word_across_seam
from gamyeong.detect.names_ko_cues import COPULA_GIVEN
from gamyeong.detect.names_ko_forms import HONORIFIC_SET, Option, counter_title
from gamyeong.locales.ko_names import NATIVE_GIVEN_NAMES, POPULAR_GIVEN_NAMES

__all__ = ["intrinsic"]

_DIGIT_SYLLABLES = "공영일이삼사오육칠팔구십"
# last syllables of Korean words for jobs and roles (調理士, 警護員, 警察官, 部長, 管理者, 代理人, 作家, 도우미)
_ROLE_ENDINGS = frozenset("사원관장자인가미")
_LOANWORD_AGENT = frozenset("사관생버러너저객")  # the endings above that no given name has
_LLR_CAP = 0.2


def intrinsic(lex: KoLexicon, word: str, at: int, opt: Option, spaced: bool) -> tuple[float, tuple[str, ...]] | None:
    """The score and reasons of the name ``opt`` reads at ``at`` in ``word``, from the word alone. None: not a
    name at all (spoken digits, a title, a dictionary word for a job)."""
    name = word[at : at + opt.length]
    given = name[opt.surname :]
    if (
        not name.strip(_DIGIT_SYLLABLES)  # every syllable a digit's
        or name in HONORIFIC_SET
        or name[-1] in "님씨"
        or name == "여러분"
        or given in COPULA_GIVEN
    ):
        # 공일공 (spoken digits); 원장, 상담사, 반장님: a title is not a name; 여러분 (you all); 형이야: a
        # one-syllable noun and the copula
        return None
    is_word = name in lex.words  # asked three times below: one look-up in the large table
    if is_word and name[-1] in _ROLE_ENDINGS and name not in lex.persons:
        return None  # 조리사, 경호원, 관리인, 도우미: a dictionary word for a job or role
    if opt.rest == "hon" and word_across_seam(lex, word, at + opt.surname, at + opt.length):
        return None  # 공영주차장 is 공영 + 주차장, not 공영주 + 차장
    if opt.rest == "hon" and is_word and counter_title(word[at + opt.length :]):
        return None  # 한의원원장, 공무원대표: a dictionary word and its head, not a name and a title
    why: list[str] = []
    known = name in lex.persons
    popular = len(given) == 2 and given in POPULAR_GIVEN_NAMES
    # A surname before a popular given name (too recent for the dictionary) reads as a name, a little less
    # surely than an entry; not 민준아 (민준, called): that is a given name and a vocative. (Counting a
    # given part shared by many entries as usual too — 미경: 김미경, 이미경 — made 3-syllable words of
    # every kind read as names: precision on the soft set fell from 0.99 to 0.95 for +0.005 recall.)
    vocative = name[-1] in "아야" and name[:-1] in lex.given_names
    native = len(given) == 2 and given in NATIVE_GIVEN_NAMES  # 박한결을: not a word's reading (below)
    usual = not known and not vocative and (popular or native)
    score = 0.55 if known else 0.45 if usual else 0.3
    why.append("lexicon:person" if known else "lexicon:usual-given-name" if usual else "surname-first")
    if is_word:
        # 박진 and 김구 are words too, but no one writes them 박 진 (a spaced one-syllable given name is
        # taken only where a name word or 님 vouches for it); 한 가지 and 이 같은 are written both ways
        score -= 0.15 if spaced and len(given) == 1 else 0.35 if known and opt.rest else 0.4
        why.append("lexicon:common-word")
    elif at == 0 and not spaced and is_common_word(lex, word, opt.surname):
        # 이용해 (이용 + 해) and 배송이 (배송 + 이) are words; 장하은 (장하 + 은) and 엄지은 read as words only
        # by accident: a person entry or a popular given name keeps more of its score
        score -= 0.15 if (known and given in lex.given_names) or popular else 0.3
        why.append("lexicon:word-reading")
    if len(given) == 2 and (given in lex.given_names or given in POPULAR_GIVEN_NAMES or native):
        score += 0.15
        why.append("lexicon:given-name")
    elif name[0] == "이" and len(given) == 2 and given in lex.words and not spaced:
        score -= 0.2  # 이영화는 최고: 이 영화 (this film) written without its space, not 이 + 영화
        why.append("lexicon:this-noun")
    llr = 0.0  # what sum() over a generator adds up, in the same order, without the generator
    for syllable in given:
        llr += math.log(lex.given_ratio(syllable))
    # the syllable statistics are those of Sino-Korean names: a native name's syllables (늘, 봄) are rare
    score += max(0.0 if native else -0.3, min(_LLR_CAP, 0.06 * llr))
    if not known and not popular and len(given) == 2 and given[-1] in _LOANWORD_AGENT:
        score -= 0.2  # 유튜버, 디자이너, 매니저, 정비사: agent nouns, not given names
        why.append("agent-ending")
    if opt.length == 2:
        score -= 0.15
    if opt.surname == 2:
        score += 0.1
    return (score, tuple(why))
