"""The detection thread's two lanes: screening before answer scans, cancelled work skipped, errors handed on."""

from __future__ import annotations

import threading

import pytest

from gamyeong.gateway.detect_thread import DetectThread


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
