"""The gateway's one detection thread, with two lanes: screening a request (someone is waiting to send it)
runs before scanning an answer already sent (a count for the audit log), so a burst of finished streams
never delays new requests."""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

__all__ = ["DetectThread"]

T = TypeVar("T")
_URGENT, _LATER, _STOP = 0, 1, 2


class DetectThread:
    def __init__(self, name: str = "gamyeong-detect") -> None:
        self._queue: queue.PriorityQueue[tuple[int, int, Any, Any]] = queue.PriorityQueue()
        self._order = itertools.count()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[], T], *, urgent: bool = True) -> Future[T]:
        future: Future[T] = Future()
        self._queue.put((_URGENT if urgent else _LATER, next(self._order), fn, future))
        return future

    def _run(self) -> None:
        while True:
            lane, _, fn, future = self._queue.get()
            if lane == _STOP:
                return
            if not future.set_running_or_notify_cancel():  # its caller gave up (timeout): skip the work
                continue
            try:
                future.set_result(fn())
            except BaseException as exc:
                future.set_exception(exc)

    def shutdown(self) -> None:
        """Stop after the work already queued (pending requests still get their answer)."""
        self._queue.put((_STOP, next(self._order), None, None))
