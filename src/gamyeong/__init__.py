"""gamyeong (가명): find and pseudonymize personal data in Korean, French and English text, offline."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from gamyeong.detect import DEFAULT_THRESHOLD, Analyzer, CustomRules, load_custom_rules
from gamyeong.errors import GamyeongError
from gamyeong.identifiers import Validity
from gamyeong.labels import STRUCTURED_LABELS, Label
from gamyeong.langs import Language, detect_language

# Imported last: ``gamyeong.pseudonymize`` is then the function (as ``gamyeong.detect`` is), the package stays
# importable by its dotted path (``from gamyeong.pseudonymize.keys import load_keys``).
from gamyeong.pseudonymize.api import (
    pseudonymize,
    restore,
)
from gamyeong.pseudonymize.policy import Policy
from gamyeong.spans import Span

__all__ = [
    "DEFAULT_THRESHOLD",
    "STRUCTURED_LABELS",
    "Analyzer",
    "CustomRules",
    "GamyeongError",
    "Label",
    "Language",
    "Policy",
    "Span",
    "Validity",
    "__version__",
    "detect",
    "detect_language",
    "load_custom_rules",
    "pseudonymize",
    "restore",
]

__version__ = "0.1.0"


@cache
def _default_analyzer() -> Analyzer:
    return Analyzer()


def detect(
    text: str,
    lang: str | Language | None = None,
    *,
    labels: Iterable[str] | None = None,
    threshold: float | None = None,
) -> list[Span]:
    """Find personal data in ``text``: sorted, non-overlapping :class:`Span` objects.

    ``lang`` is ``"ko"``, ``"fr"``, ``"en"`` or None (detected). ``labels`` keeps only those labels;
    ``threshold`` overrides the default score threshold (0.5). Reuses one process-wide :class:`Analyzer`;
    build your own for custom rules or for speed with a label subset.
    """
    return _default_analyzer().detect(text, lang, labels=labels, threshold=threshold)
