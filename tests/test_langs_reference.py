"""detect_language counts letters in runs of the lower-cased words it needs anyway, and matches e-mails from the
start of their run (cheaper); the reference below is the letter-by-letter version it replaced: the two must decide
the same on any text."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from gamyeong import langs
from gamyeong.langs import Language, detect_language

ROOT = Path(__file__).resolve().parents[1]

_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff]")
_LETTER = re.compile(r"[^\W\d_]")
_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+", re.IGNORECASE)
_DIACRITICS = frozenset("éèàùçêâîôûëïœ")


def reference_scores(sample: str) -> tuple[float, float]:
    fr = en = 0.0
    for word in langs._WORD_RE.findall(sample.lower()):
        if word in langs._FR_STOPWORDS:
            fr += 1
        elif word in langs._EN_STOPWORDS:
            en += 1
        if not _DIACRITICS.isdisjoint(word):
            fr += 0.5
    return fr, en


def reference(text: str, default: Language = Language.EN) -> Language:
    sample = _ADDRESS.sub(" ", text[: langs._SAMPLE_CHARS])
    hangul = len(_HANGUL.findall(sample))
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return default
    ko_share = langs._HANGUL_WEIGHT * hangul / (langs._HANGUL_WEIGHT * hangul + letters - hangul)
    if ko_share >= langs._KO_CLEAR:
        return Language.KO
    fr_score, en_score = reference_scores(sample)
    if ko_share >= langs._KO_POSSIBLE and max(fr_score, en_score) < langs._STOPWORDS_TO_OVERRIDE_KO:
        return Language.KO
    if fr_score > en_score:
        return Language.FR
    if en_score > fr_score:
        return Language.EN
    return default


def _same(text: str) -> None:
    sample = _ADDRESS.sub(" ", text[: langs._SAMPLE_CHARS])
    assert langs._ADDRESS_RE.sub(" ", text[: langs._SAMPLE_CHARS]) == sample
    assert langs._latin_scores(langs._WORD_RE.findall(sample.lower())) == reference_scores(sample)
    for default in Language:
        assert detect_language(text, default) == reference(text, default)


# pieces that sit on the edges of each count: addresses (an @ first, last, twice, in a URL), letters that are not
# \w letters or whose lower case is longer (İ), digits that are letters to \w (², ½), underscores, jamo
_WORDS = """le la de et the and of is café été œuvre ÉTÉ Où naïve İstanbul ² ½ ① x²y _ a_b 3 42e 김민준 고객님 ㅋㅋ
ᄀᄁ ꥠ ힰ Samsung Galaxy john.smith@example.com @home home@ a@b @@ x@@y mail:a@b.fr https://x.fr/é WWW.ex.com www.
voir:http://a.b Http://A é@é 한@국 q' l'adresse d'Été"""
PIECES = [*_WORDS.split(), "\t", "\n", "\u00a0", "\u3000"]


def _texts() -> list[str]:
    texts = [r["text"] for r in map(json.loads, (ROOT / "src/gamyeong/samples/demo.jsonl").open(encoding="utf-8"))]
    for path in sorted((ROOT / "benchmarks" / "data").glob("*.jsonl")):  # built by `make bench`, when there
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    rng = random.Random(20260513)
    for _ in range(3000):
        texts.append("".join(rng.choice(PIECES) + rng.choice(" ,.\n") for _ in range(rng.randint(1, 30))))
    return texts


def test_lower_case_keeps_the_number_of_letters() -> None:
    """detect_language counts letters in the lower-cased sample (İ becomes i + a combining dot: still one)."""
    for c in map(chr, range(0x110000)):
        if c.lower() != c:
            assert len(_LETTER.findall(c)) == len(_LETTER.findall(c.lower())), hex(ord(c))


def test_same_decisions_as_the_reference() -> None:
    for text in _texts():
        _same(text)
    _same("x" * 5000 + " 김민준")  # past the sample


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=25).map(" ".join))
def test_property_same_decisions(text: str) -> None:
    _same(text)
