"""Language detection (Korean, English, French) by script and stopwords.

A :class:`Language` is the language a text is written in; it picks context words, particle trimming and
name models. It is *not* a country: a French text may hold a Korean phone number, a Korean text an IBAN
from France, and identifier detectors run by what the value looks like, whatever the language. Country
concepts (which national identifiers apply) live with the identifiers, never here.

Detection is deliberately cheap (it runs on every text, the first ~4000 characters only): Hangul among
the letters decides Korean; otherwise French and English stopwords (and French diacritics) are counted.
"""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = ["Language", "detect_language", "parse_language"]


class Language(StrEnum):
    """A language gamyeong handles (ISO 639-1 code). Not a country; see the module docstring."""

    KO = "ko"
    EN = "en"
    FR = "fr"


_SAMPLE_CHARS = 4000

# Hangul syllables, jamo and compatibility jamo (ㅋㅋ, ㅠㅠ count: they only occur in Korean chat).
# Counted in runs (one match per word, not one per letter): the same counts, a fraction of the matches.
_HANGUL_RUN_RE = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff]+")
# E-mail addresses and URLs are Latin letters in any language: drop them before counting scripts. An e-mail
# match always starts where its run of non-spaces starts; saying so spares the regex a retry at every letter.
_ADDRESS_RE = re.compile(r"(?<!\S)\S+@\S+|(?:https?://|www\.)\S+", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+")
_FR_DIACRITICS = frozenset("éèàùçêâîôûëïœ")

# One Hangul syllable carries about as much as three Latin letters; weighing it so keeps a Korean sentence
# with a brand name ("오늘 Samsung Galaxy 샀어요") Korean.
_HANGUL_WEIGHT = 3
# Weighted Hangul share at or above which the text is Korean whatever else it holds.
_KO_CLEAR = 0.5
# Between this and _KO_CLEAR (a Korean name in a French sentence, or the reverse), Latin stopwords decide.
_KO_POSSIBLE = 0.15
_STOPWORDS_TO_OVERRIDE_KO = 2


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words common in both languages ("a", "on", "me", "as", "son", "plus", "car") are left out of both lists;
# tests check the lists stay disjoint. Elided forms (l', d', j', qu', c') are tokens of their own.
_FR_STOPWORDS = _words(
    """
    le la les l un une des du de d au aux ce cet cette ces c qu que qui quoi quel quelle dont où ou et
    mais donc ni ne pas jamais rien est sont suis es êtes sommes été être était ai avons avez
    ont avoir fait faire peut veux voudrais voudrait je j tu il elle ils elles nous vous leur leurs lui y
    en se sa ses mon ma mes ton ta tes votre vos notre nos pour dans sur avec sans sous chez entre vers
    par très aussi comme tout tous toute toutes bien bonjour bonsoir merci salut oui non cordialement
    madame monsieur svp cela ça ceci
    """
)
_EN_STOPWORDS = _words(
    """
    the and of to is in that for with you it are this was be at have has had not but or from by they we
    his her she he my your our their its will would can could should do does did an as if what which who
    when where there here all been were so no yes hi hello hey thanks thank please i am just about
    into than then them these those how why any some me us
    """
)

_ALIASES: dict[str, Language | None] = {
    "auto": None,
    "ko": Language.KO,
    "kor": Language.KO,
    "korean": Language.KO,
    "ko-kr": Language.KO,
    "en": Language.EN,
    "eng": Language.EN,
    "english": Language.EN,
    "fr": Language.FR,
    "fra": Language.FR,
    "fre": Language.FR,
    "french": Language.FR,
    "fr-fr": Language.FR,
}


def parse_language(s: str) -> Language | None:
    """Parse a language option ("ko", "KO", "kor", "korean", "fr", "french", "en", "eng", …).

    ``"auto"`` returns ``None`` (detect per text). Raises ``ValueError`` listing the valid values otherwise.
    """
    key = s.strip().lower().replace("_", "-")
    if key in _ALIASES:
        return _ALIASES[key]
    valid = ", ".join(_ALIASES)
    raise ValueError(f"unknown language {s.strip()[:40]!r}; use one of {valid}")


def detect_language(text: str, default: Language = Language.EN) -> Language:
    """Guess whether ``text`` is Korean, French or English.

    Text without letters (empty, numbers, punctuation) or without any evidence either way returns
    ``default``. Mixed text goes to the language of the sentence around the Latin fragments: a Korean
    sentence holding an e-mail address or an English product name is Korean.
    """
    sample = _ADDRESS_RE.sub(" ", text[:_SAMPLE_CHARS])
    words = _WORD_RE.findall(sample.lower())
    letters = sum(map(len, words))  # lower case keeps the number of letters (a test checks every character)
    if letters == 0:
        return default
    hangul = sum(map(len, _HANGUL_RUN_RE.findall(sample)))
    ko_share = _HANGUL_WEIGHT * hangul / (_HANGUL_WEIGHT * hangul + letters - hangul)
    if ko_share >= _KO_CLEAR:
        return Language.KO
    fr_score, en_score = _latin_scores(words)
    if ko_share >= _KO_POSSIBLE and max(fr_score, en_score) < _STOPWORDS_TO_OVERRIDE_KO:
        return Language.KO
    if fr_score > en_score:
        return Language.FR
    if en_score > fr_score:
        return Language.EN
    return default


def _latin_scores(words: list[str]) -> tuple[float, float]:
    """A point per stopword (the lists are disjoint), half a point per word with a French diacritic: "café" in
    English text should not flip it. ``words``: the lower-cased words."""
    fr = sum(map(_FR_STOPWORDS.__contains__, words)) + 0.5 * sum(not _FR_DIACRITICS.isdisjoint(w) for w in words)
    return float(fr), float(sum(map(_EN_STOPWORDS.__contains__, words)))
