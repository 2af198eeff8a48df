"""The purpose of a pseudonymization job, as PIPA art. 28-2 frames it: a category (statistics, scientific
research — AI development included —, public-interest archiving) and a concrete purpose in words."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from gamyeong.errors import ConfigError

__all__ = ["PurposeCategory", "PurposeError", "check_purpose"]


class PurposeCategory(StrEnum):
    STATISTICS = "statistics"
    RESEARCH = "research"  # scientific research, incl. developing AI (PIPC guidance)
    ARCHIVING = "archiving"  # public-interest record keeping


class PurposeError(ConfigError):
    default_message = "the purpose is missing or too vague"


# Purposes that name no concrete use: a regulator reading the processing record learns nothing from them.
_VAGUE = {
    "ai", "ai 학습", "ai학습", "학습", "ai 개발", "ai개발", "개발", "연구", "통계", "분석", "training", "ai training",
    "model training", "research", "statistics", "analysis", "ml", "machine learning", "llm", "test", "테스트",
    "entraînement", "entrainement", "recherche", "statistiques", "apprentissage",
}  # fmt: skip
_WORDS = re.compile(r"\w+")
_MIN_CHARS = 10


def check_purpose(purpose: str) -> str:
    """The purpose, NFC-normalized and trimmed; PurposeError when it is empty or too vague to record."""
    text = unicodedata.normalize("NFC", purpose).strip()
    example = '--purpose "상담 챗봇 응답 품질 개선을 위한 LLM 미세조정 (2026년 고객상담 로그)"'
    if not text:
        raise PurposeError(f"a purpose is required: say what the data is for, e.g. {example}")
    folded = " ".join(text.casefold().split())
    if folded in _VAGUE or len(text) < _MIN_CHARS or len(_WORDS.findall(text)) < 2:
        raise PurposeError(
            f"the purpose is too vague for a processing record ({len(text)} characters): name the concrete use, "
            f"the data and the project, e.g. {example}"
        )
    return text
