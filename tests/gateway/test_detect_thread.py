"""The detection thread's two lanes: screening before answer scans, cancelled work skipped, errors handed on."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gamyeong.detect import Analyzer
from gamyeong.gateway.detect_thread import DetectThread
from gamyeong.gateway.service import Gateway, _pieces
from gamyeong.gateway.settings import GatewaySettings


def test_urgent_work_jumps_the_queue() -> None:
    worker = DetectThread()
    gate = threading.Event()
    order: list[str] = []
    busy = worker.submit(gate.wait)
    later = worker.submit(lambda: order.append("answer scan"), urgent=False)
    first = worker.submit(lambda: order.append("screening"))
    gate.set()
    for future in (busy, later, first):
        future.result(timeout=10)
    assert order == ["screening", "answer scan"]
    worker.shutdown()


def test_cancelled_work_is_skipped_and_errors_reach_the_caller() -> None:
    worker = DetectThread()
    gate = threading.Event()
    ran: list[int] = []
    worker.submit(gate.wait)
    skipped = worker.submit(lambda: ran.append(1))
    assert skipped.cancel()
    failing = worker.submit(lambda: 1 / 0)
    gate.set()
    with pytest.raises(ZeroDivisionError):
        failing.result(timeout=10)
    assert ran == []
    worker.shutdown()


def test_detection_cache_counts_each_message_once(analyzer: Analyzer, tmp_path: Path) -> None:
    """A message twice in one request is detected once, and the cache's character count stays the characters it
    really holds (it once grew with every repeat until the cache held nothing)."""
    gateway = Gateway(GatewaySettings(upstream="http://127.0.0.1:9/v1", audit_log=str(tmp_path / "a.sqlite")), analyzer)
    try:
        texts = ["연락처 010-1234-5678 입니다", "Call Dana Whitfield at 555-0100"]
        for _ in range(3):
            found = asyncio.run(gateway.detect([texts[0], texts[0], texts[1]]))
            assert found[0] == found[1]
        assert gateway._cache_chars == sum(len(t) for t in gateway._cache) == sum(len(t) for t in texts)
    finally:
        gateway.close()


@given(st.lists(st.text(alphabet="ab \n", max_size=900), max_size=8))
@settings(max_examples=200, deadline=None)
def test_answer_pieces_cover_the_text_and_cut_only_after_line_breaks(lines: list[str]) -> None:
    text = "\n".join(lines)
    pieces = _pieces(text)
    assert "".join(p for _, p in pieces) == text
    assert all(text[start : start + len(p)] == p for start, p in pieces)
    assert all(p.endswith("\n") for _, p in pieces[:-1])


def test_a_long_answer_is_scanned_in_pieces_that_let_screening_in(analyzer: Analyzer, tmp_path: Path) -> None:
    """An answer scan nobody waits for goes to the detection thread a few lines at a time; the spans, shifted
    back, are those of the whole text."""
    gateway = Gateway(GatewaySettings(upstream="http://127.0.0.1:9/v1", audit_log=str(tmp_path / "a.sqlite")), analyzer)
    lines = [
        f"고객 {i}번 연락처는 010-{1000 + i}-{5678 + i} 입니다. 메일 user{i}@example.com 으로 보내 주세요."
        for i in range(40)
    ]
    text = "\n".join(lines)
    try:
        assert len(_pieces(text)) > 3
        calls: list[int] = []
        real = gateway.detect

        async def counting(texts: list[str], *, urgent: bool = True) -> Any:
            calls.append(len(texts))
            assert not urgent
            return await real(texts, urgent=urgent)

        gateway.detect = counting  # type: ignore[method-assign]
        lang, spans = asyncio.run(gateway._detect_later(text))
        whole = analyzer.detect(text, lang)
        assert [(s.start, s.end, s.label) for s in spans] == [(s.start, s.end, s.label) for s in whole]
        assert len(calls) == len(_pieces(text))
    finally:
        gateway.close()
