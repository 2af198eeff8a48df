"""spaCy windows are parsed once per text: a warm cache gives exactly what a cold one gives."""

from __future__ import annotations

import pytest

from gamyeong.detect import Analyzer, names_latin

TEXTS = [
    pytest.param("Hello Jordan Blake, your order shipped. Jordan Blake can call us back.", "en", id="en-repeated"),
    pytest.param("Bonjour Camille Durand, merci. Camille Durand peut nous rappeler.", "fr", id="fr-repeated"),
]


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_cold_and_warm_cache_agree(text: str, lang: str) -> None:
    analyzer = Analyzer()
    Analyzer.clear_caches()
    assert not names_latin._NER_CACHE
    cold = analyzer.detect(text, lang)
    warm = analyzer.detect(text, lang)
    assert [(s.start, s.end, s.label, s.score) for s in cold] == [(s.start, s.end, s.label, s.score) for s in warm]
