"""The Korean name scorer skips the readings its bound (``names_ko_checks.hopeless``) calls hopeless: the bound
gives each piece of context evidence its largest value, so a new or larger term in the scorer that the bound
misses would silently drop names. The same spans, scores and explanations with and without the skip, over the
Korean probe sentences and the named Korean cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_soft_labels import KO_NAMES, KO_NOT_NAMES, KO_NOT_NAMES_NEXT_TO_A_NAME

from gamyeong.detect import names_ko
from gamyeong.detect.base import Document
from gamyeong.detect.names_ko import KoreanNameDetector
from gamyeong.langs import Language

PROBES = Path(__file__).parents[2] / "benchmarks" / "probes"

# every kind of evidence the scorer adds, around readings that are weak on their own
CONTEXTS = [
    "고객명: 나은결\n연락처 없음",
    "이름 | 서하람 | 비고",
    "[14:02] 도해솔: 오늘 회의 취소요",
    "담당자 우지성 과장님(41)께 전달",
    "도해솔한테 물어보세요, 도해솔 말로는 괜찮대요",
    "범인은 허새롬이었다.",
    "안녕하세요, 도인혁입니다",
    "성명\n서하람\n이름\n나은결",
    "김민준, 류지안, 박지호 세 명이 왔다",
]


def _texts() -> list[str]:
    texts = list(CONTEXTS)
    for name in ("names-ko-positives.jsonl", "names-ko-negatives.jsonl"):
        for line in (PROBES / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for table in (KO_NAMES, KO_NOT_NAMES, KO_NOT_NAMES_NEXT_TO_A_NAME):
        texts.extend(str(p.values[0]) for p in table)
    return texts


def _found(detector: KoreanNameDetector, text: str) -> list[tuple[int, int, float, tuple[str, ...]]]:
    return [(s.start, s.end, s.score, s.explanation) for s in detector.detect(Document.of(text, Language.KO))]


def test_the_bound_never_drops_a_reading_that_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    assert len(texts) > 400
    with_skip = KoreanNameDetector()
    skipped = [_found(with_skip, t) for t in texts]
    monkeypatch.setattr(names_ko, "hopeless", lambda *args, **kwargs: False)
    without_skip = KoreanNameDetector()
    for text, expected in zip(texts, skipped, strict=True):
        assert _found(without_skip, text) == expected, f"the bound changed a {len(text)}-char text"
