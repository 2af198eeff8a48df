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


def test_fast_mode_finds_names_without_spacy() -> None:
    Analyzer.clear_caches()
    fast = Analyzer(ner=False)
    spans = fast.detect("Hello Jordan Blake, Mr. Smith will call you.", "en")
    assert [s.label for s in spans].count("PERSON") == 2
    assert not names_latin._NER_CACHE  # no window went to spaCy


def test_detect_cli_fast_flag(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from gamyeong.cli import app

    src = tmp_path / "in.txt"
    src.write_text("Bonjour, je suis Madame Camille Durand.", encoding="utf-8")
    result = CliRunner().invoke(app, ["detect", str(src), "--fast", "--lang", "fr"])
    assert result.exit_code == 0
    assert '"PERSON"' in result.stdout
