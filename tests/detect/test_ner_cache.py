"""spaCy windows are parsed once per text: a warm cache gives exactly what a cold one gives."""

from __future__ import annotations

import pytest

from gamyeong.detect import Analyzer, ner
from gamyeong.langs import Language

TEXTS = [
    pytest.param("Hello Jordan Blake, your order shipped. Jordan Blake can call us back.", "en", id="en-repeated"),
    pytest.param("Bonjour Camille Durand, merci. Camille Durand peut nous rappeler.", "fr", id="fr-repeated"),
    pytest.param("담당자 김민준 과장님께서 연락 주셨어요. 김민준 과장님 번호는 없어요.", "ko", id="ko-repeated"),
]


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_cold_and_warm_cache_agree(text: str, lang: str) -> None:
    analyzer = Analyzer()
    analyzer.clear_caches()
    assert not ner._NER_CACHE.entries
    cold = analyzer.detect(text, lang)
    warm = analyzer.detect(text, lang)
    assert [(s.start, s.end, s.label, s.score) for s in cold] == [(s.start, s.end, s.label, s.score) for s in warm]


def test_fast_mode_finds_names_without_spacy() -> None:
    fast = Analyzer(ner=False)
    fast.clear_caches()
    spans = fast.detect("Hello Jordan Blake, Mr. Smith will call you.", "en")
    assert [s.label for s in spans].count("PERSON") == 2
    assert not ner._NER_CACHE.entries  # no window went to spaCy


def test_detect_cli_fast_flag(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from gamyeong.cli import app

    src = tmp_path / "in.txt"
    src.write_text("Bonjour, je suis Madame Camille Durand.", encoding="utf-8")
    result = CliRunner().invoke(app, ["detect", str(src), "--fast", "--lang", "fr"])
    assert result.exit_code == 0
    assert '"PERSON"' in result.stdout


def test_batch_equals_one_by_one() -> None:
    """detect_batch (name windows parsed in one spaCy batch) finds exactly what detect finds per text."""
    texts = [str(p.values[0]) for p in TEXTS] + [
        "Please forward this to Dana Whitfield before Monday.",
        "Rendez-vous avec Mme Océane Lefebvre à la mairie, puis avec Paul.",
        "",
    ]
    langs = [str(p.values[1]) for p in TEXTS] + ["en", "fr", "en"]
    analyzer = Analyzer()
    analyzer.clear_caches()
    batch = analyzer.detect_batch(texts, langs)
    analyzer.clear_caches()
    single = [analyzer.detect(t, lang) for t, lang in zip(texts, langs, strict=True)]
    assert [[(s.start, s.end, s.label, s.score) for s in r] for r in batch] == [
        [(s.start, s.end, s.label, s.score) for s in r] for r in single
    ]


def test_cache_is_bounded_by_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ner._WindowCache()
    monkeypatch.setattr(cache, "max_chars", 10)
    lang = Language.EN
    cache.keep(lang, ["abcdef", "ghijkl"], {"abcdef": (), "ghijkl": ((0, 1),)})
    assert list(cache.entries) == [(lang, "ghijkl")]
    assert cache.chars == 6


@pytest.mark.parametrize("lang", [pytest.param(Language.FR, id="fr"), pytest.param(Language.EN, id="en")])
def test_pipelines_multiply_through_numpy_and_agree_with_blis(lang: Language) -> None:
    """Every layer uses the numpy gemm (blis was 4-7x slower here), the shared tok2vec is left out; the entities
    are those the full blis pipeline gives."""
    import spacy

    from gamyeong.detect.ner import _EXCLUDE, MODELS, load_pipeline

    nlp = load_pipeline(lang)
    layers = [layer for _, c in nlp.pipeline if hasattr(c, "model") for layer in c.model.walk()]
    assert layers
    assert all(getattr(layer.ops, "use_blis", True) is False for layer in layers)
    # thinc's default ops (blis), and the shared tok2vec that ner does not listen to
    reference = spacy.load(MODELS[lang], exclude=[c for c in _EXCLUDE if c != "tok2vec"])
    assert "tok2vec" not in nlp.pipe_names
    assert "tok2vec" in reference.pipe_names
    texts = {
        Language.FR: ["J'ai parlé avec Jeanne Dubois hier, et M. Paul Martin a rappelé.", "Léa Roux habite Lyon."],
        Language.EN: ["I spoke with Jordan Miller yesterday; Mr. Kim called back.", "Sarah Connor lives in Leeds."],
    }[lang]
    ents = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts)]
    assert ents == [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in reference.pipe(texts)]
    assert any(ents)


def test_spacy_batches_run_with_one_blas_thread() -> None:
    """OpenBLAS starts a thread per core; two run workers on two cores then fought over four (no speed-up)."""
    from threadpoolctl import threadpool_info

    from gamyeong.detect.ner import load_pipeline, one_blas_thread

    load_pipeline(Language.EN)  # loads numpy and its BLAS
    with one_blas_thread():
        blas = [i for i in threadpool_info() if i["user_api"] == "blas"]
        assert blas
        assert all(i["num_threads"] == 1 for i in blas)


def test_matmul_ops_transpose_each_weight_once_and_multiply_the_same() -> None:
    """gemm(X, W, trans2=True) through a contiguous copy of W.T: the same product (up to the last bits for a few
    rows, where OpenBLAS picks another small-matrix kernel), and one copy per weight matrix, even when the layer
    passes a fresh view of it on every call."""
    import numpy

    from gamyeong.detect.ner_ops import matmul_ops

    ops = matmul_ops()
    rng = numpy.random.default_rng(7)
    weight = rng.standard_normal((288, 96)).astype("float32")
    before = len(ops._copies)
    for rows in (1, 5, 24, 80):
        x = rng.standard_normal((rows, 96)).astype("float32")
        view = weight.reshape((288, 96))  # a new view object each time, as thinc's reshape2f gives
        assert numpy.allclose(ops.gemm(x, view, trans2=True), numpy.dot(x, weight.T), rtol=1e-5, atol=1e-5)
        out = numpy.empty((rows, 288), dtype="float32")
        ops.gemm(x, view, trans2=True, out=out)
        assert numpy.allclose(out, numpy.dot(x, weight.T), rtol=1e-5, atol=1e-5)
    assert len(ops._copies) == before + 1
    y = rng.standard_normal((96, 40)).astype("float32")
    x = rng.standard_normal((3, 96)).astype("float32")
    assert numpy.array_equal(ops.gemm(x, y), numpy.dot(x, y))  # no transpose asked: nothing copied
    assert len(ops._copies) == before + 1
