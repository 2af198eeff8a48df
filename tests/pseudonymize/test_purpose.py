"""A processing record needs a concrete purpose."""

from __future__ import annotations

import pytest

from gamyeong.pseudonymize.purpose import PurposeError, check_purpose


@pytest.mark.parametrize(
    "purpose",
    [
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
        pytest.param("AI 학습", id="ai-training-korean"),
        pytest.param("ai training", id="ai-training-english"),
        pytest.param("Research", id="one-word"),
        pytest.param("연구", id="research-korean"),
        pytest.param("모델학습", id="too-short"),
    ],
)
def test_vague_purposes_are_refused(purpose: str) -> None:
    with pytest.raises(PurposeError, match="purpose"):
        check_purpose(purpose)


@pytest.mark.parametrize(
    "purpose",
    [
        pytest.param("상담 챗봇 응답 품질 개선을 위한 LLM 미세조정", id="korean-concrete"),
        pytest.param("Fine-tuning a support chatbot on 2026 call transcripts", id="english-concrete"),
        pytest.param("Entraînement d'un modèle de tri des courriels clients", id="french-concrete"),
    ],
)
def test_concrete_purposes_pass_normalized(purpose: str) -> None:
    assert check_purpose(f"  {purpose} ") == purpose
