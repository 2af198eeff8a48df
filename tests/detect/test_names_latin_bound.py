"""The Latin-script name scorer skips the one-word runs its bound (``names_latin_bound.below_threshold``) says
cannot reach 0.2: a new lift in the scorer that the bound misses would silently drop names. Every run the bound
skips must score below 0.2 in the full scorer, and the detector must find the same spans with and without the
skip, over the French and English probe sentences, the named Latin-script cases and contexts built to lift a
one-word run."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from test_soft_labels import LATIN_NAMES, LATIN_NOT_NAMES

from gamyeong.detect import names_latin
from gamyeong.detect.base import Document
from gamyeong.detect.names_latin import LatinNameDetector
from gamyeong.detect.names_latin_bound import below_threshold
from gamyeong.langs import Language
from gamyeong.locales.latin_names import name_gazetteer

PROBES = Path(__file__).parents[2] / "benchmarks" / "probes"

# each lifts a one-word run in its own way: cues, a name column, a name phrase, a title, née, a possessive
CONTEXTS = [
    ("Name: Zorblax\nDOB: 01/02/1990", "en"),
    ("Thanks,\nZendesk", "en"),
    ("Hi Kwabena, can you call me?", "en"),
    ("our technician Nkechi, will come", "en"),
    ("I talked to Olumide yesterday", "en"),
    ("From: Quorvane\nTo: Brixel", "en"),
    ("nom;prénom\nDurandel;Quirinne", "fr"),
    ("my name is Zorblax and yours?", "en"),
    ("je m'appelle Quirinne, et toi ?", "fr"),
    ("Mr. Zorblax will call", "en"),
    ("Hélène Martin, née Quirinne", "fr"),
    ("Zorblax's account is closed", "en"),
    ("J.-P. Martin est là", "fr"),
    ("C/O Zorblax, 12 Main St.", "en"),
    ("c'est Quirinne qui appelle", "fr"),
    ("Signed: Brixel", "en"),
    ("Cordialement,\n--\nQuirinne", "fr"),
]


def _texts() -> list[tuple[str, str]]:
    texts = list(CONTEXTS)
    for name in ("names-fr-en-positives.jsonl", "names-fr-en-negatives.jsonl"):
        for line in (PROBES / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.append((row["text"], row["lang"]))
    for table in (LATIN_NAMES, LATIN_NOT_NAMES):
        texts.extend((str(p.values[0]), str(p.values[1])) for p in table)
    return texts


def test_every_skipped_run_scores_below_the_threshold() -> None:
    given, surnames = name_gazetteer()
    detector = LatinNameDetector(use_ner=False)
    skipped = 0
    for text, _lang in _texts():
        for run in detector._runs(text):
            if below_threshold(text, run, given, surnames):
                skipped += 1
                score = detector._score(text, copy.deepcopy(run), given, surnames)
                assert score < 0.2, f"the bound skipped a run scoring {score} in a {len(text)}-char text"
    assert skipped > 100


def _found(detector: LatinNameDetector, text: str, lang: str) -> list[tuple[int, int, float, tuple[str, ...]]]:
    return [(s.start, s.end, s.score, s.explanation) for s in detector.detect(Document.of(text, Language(lang)))]


def test_the_same_spans_without_the_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    assert len(texts) > 400
    detector = LatinNameDetector(use_ner=False)
    with_skip = [_found(detector, t, lang) for t, lang in texts]
    monkeypatch.setattr(names_latin, "below_threshold", lambda *args, **kwargs: False)
    for (text, lang), expected in zip(texts, with_skip, strict=True):
        assert _found(detector, text, lang) == expected, f"the bound changed a {len(text)}-char text"
