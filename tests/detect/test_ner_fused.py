"""The fused token encoder and the Python-stepped decoder give spaCy's own results, bit for bit."""

from __future__ import annotations

import random
from typing import Any

import numpy
import pytest

from gamyeong.detect import ner_decode, ner_fused
from gamyeong.detect.ner import load_pipeline, one_blas_thread
from gamyeong.langs import Language

_WORDS = {
    Language.EN: (
        "Hello Jordan Blake , your order shipped . Mr. Smith will call you back tomorrow at 10 am about the "
        "Paris office ; talked to Sarah O'Brien and Dr. Kim Min-jun from Acme Billing on Main St. Thanks , Tom "
        "! Regards ,\n Priya Patel ( +44 20 7946 0958 ) said that Microsoft and Google were in London ."
    ).split(" "),
    Language.FR: (
        "Bonjour Camille Durand , merci pour votre message . M. Dupont vous rappellera demain à 10 h au sujet "
        "du bureau de Lyon ; j'ai parlé avec Élodie Martin et Mme Jean-Luc Petit de la Banque Populaire , rue "
        "de la Paix . Cordialement ,\n Léa Moreau ( 06 12 34 56 78 ) a dit que Renault et Airbus étaient à Paris ."
    ).split(" "),
}


def _texts(lang: Language, count: int) -> list[str]:
    rng = random.Random(7)
    words = _WORDS[lang]
    out = [" ".join(words)]
    for _ in range(count):
        start = rng.randrange(len(words))
        out.append(" ".join(words[start : start + rng.randrange(1, 40)]) or words[0])
    return out


def _batches(texts: list[str]) -> list[list[str]]:
    rng = random.Random(11)
    out, k = [], 0
    while k < len(texts):
        size = rng.choice((1, 1, 2, 3, 5, 16))
        out.append(texts[k : k + size])
        k += size
    return out


@pytest.mark.parametrize("lang", [Language.EN, Language.FR])
def test_fused_encoder_matches_thinc(lang: Language) -> None:
    nlp = load_pipeline(lang)
    model = nlp.get_pipe("ner").model
    tok2vec = model.get_ref("tok2vec")
    fused = tok2vec._func
    assert isinstance(fused, ner_fused._Encoder), "the models' structure changed: the fused encoder is off"
    with one_blas_thread():
        for texts in _batches(_texts(lang, 150)):
            docs = [nlp.make_doc(t) for t in texts]
            expected = fused.thinc_forward(tok2vec, docs, False)[0]
            got = fused(tok2vec, docs, False)[0]
            assert got.shape == expected.shape
            assert numpy.array_equal(got, expected)


def _ents(docs: list[Any]) -> list[list[tuple[int, int, str]]]:
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]


@pytest.mark.parametrize("lang", [Language.EN, Language.FR])
def test_python_decoder_matches_spacy(lang: Language) -> None:
    nlp = load_pipeline(lang)
    ner = nlp.get_pipe("ner")
    with one_blas_thread():
        for texts in _batches(_texts(lang, 150)):
            ours = [nlp.make_doc(t) for t in texts]
            theirs = [nlp.make_doc(t) for t in texts]
            ner.set_annotations(ours, ner_decode._predict(ner, ours))
            ner.set_annotations(theirs, ner.predict(theirs))
            assert _ents(ours) == _ents(theirs)


@pytest.mark.parametrize("lang", [Language.EN, Language.FR])
def test_parse_matches_nlp_pipe(lang: Language) -> None:
    nlp = load_pipeline(lang)
    texts = _texts(lang, 90)
    with one_blas_thread():
        assert _ents(ner_decode.parse(nlp, texts, batch_size=64)) == _ents(list(nlp.pipe(texts, batch_size=64)))


def test_unexpected_structure_is_left_alone() -> None:
    from thinc.api import Linear, chain  # type: ignore[import-not-found]

    other = chain(Linear(4, 4), Linear(4, 4))
    assert ner_fused._encoder(other) is None
