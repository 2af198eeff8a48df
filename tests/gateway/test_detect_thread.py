"""The detection thread's two lanes: screening before answer scans, cancelled work skipped, errors handed on."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from pathlib import Path
from typing import Any

import pytest

from gamyeong.detect import Analyzer
from gamyeong.detect.helper import DetectHelper
from gamyeong.errors import GamyeongError
from gamyeong.gateway import service
from gamyeong.gateway.detect_thread import DetectThread
from gamyeong.gateway.service import Gateway
from gamyeong.gateway.settings import GatewaySettings, load_settings


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


@pytest.mark.parametrize(
    ("config", "helper"),
    [pytest.param("", True, id="default-two-processes"), pytest.param("detect_helper = false\n", False, id="one")],
)
def test_the_detection_helper_follows_the_settings_and_stops_with_the_gateway(
    analyzer: Analyzer, tmp_path: Path, config: str, helper: bool
) -> None:
    path = tmp_path / "gateway.toml"
    path.write_text(f'[gateway]\nupstream = "http://127.0.0.1:9/v1"\n{config}', encoding="utf-8")
    gateway = Gateway(load_settings(path, audit_log=str(tmp_path / "a.sqlite")), analyzer)
    try:
        started = gateway._helper
        assert (started is not None) == (helper and DetectHelper.worthwhile())
        if started is not None:
            assert started.wait_ready()
            assert gateway.helper_ready
            text = "Dana Whitfield, 123 Main St, Springfield, IL 62704, (415) 555-0132, born March 15, 1990. " * 8
            ((_, spans),) = asyncio.run(gateway.detect([text]))
            assert spans == analyzer.detect(text, "en")
            assert started._seq == 1  # the helper took part
    finally:
        gateway.close()
    assert started is None or not started.alive
    assert not gateway.helper_ready


def test_a_silent_helper_does_not_fail_requests(analyzer: Analyzer, tmp_path: Path) -> None:
    """The helper's wait is its own, far under the request's timeout: a helper that stops answering costs the
    request half a second, not a 503 (the request's timeout is 2 s here)."""
    if not DetectHelper.worthwhile():
        pytest.skip("one core: the gateway starts no helper")
    settings = GatewaySettings(upstream="http://127.0.0.1:9/v1", audit_log=str(tmp_path / "a.sqlite"),
                               detect_timeout_s=2.0)  # fmt: skip
    gateway = Gateway(settings, analyzer)
    helper = gateway._helper
    assert helper is not None
    assert helper.wait_ready()
    assert helper._child is not None
    stopped = helper._child.process.pid
    os.kill(stopped, signal.SIGSTOP)
    try:
        texts = [f"Dana Whitfield {n}, 123 Main St, Springfield, IL 62704, (415) 555-0132. " * 10 for n in range(3)]
        for text in texts:
            ((_, spans),) = asyncio.run(gateway.detect([text]))
            assert spans == analyzer.detect(text, "en")
        assert not gateway.helper_ready
    finally:
        os.kill(stopped, signal.SIGCONT)
        gateway.close()


def test_a_gateway_that_does_not_start_leaves_no_helper(
    analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[DetectHelper] = []

    class Spy(DetectHelper):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(service, "DetectHelper", Spy)
    monkeypatch.delenv("GAMYEONG_VAULT_KEY", raising=False)
    settings = GatewaySettings(upstream="http://127.0.0.1:9/v1", audit_log=str(tmp_path / "a.sqlite"),
                               conversation_vault=str(tmp_path / "vault.sqlite"))  # fmt: skip
    with pytest.raises(GamyeongError, match="GAMYEONG_VAULT_KEY"):
        Gateway(settings, analyzer)
    assert len(started) == (1 if DetectHelper.worthwhile() else 0)
    assert not any(h.alive for h in started)
