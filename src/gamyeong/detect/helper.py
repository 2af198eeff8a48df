"""A second process for one request's detection: the pattern detectors (identifiers, phones, addresses, dates,
custom rules) run there while the calling thread runs the name detectors, so a 2 KB English chat is screened in
about two thirds of the time where a core is free (the GIL keeps threads from doing this).

The results are the same as without it: the helper's spans come back per detector and are put in the order the
analyzer's own detectors give them. Whenever the helper cannot answer (still starting, busy with another thread's
texts, dead, slow, or a detector raised there) the caller runs those detectors itself, so nothing depends on it
but time. Texts go to the helper over a socket pair; nothing is written anywhere and nothing is logged of them.
The child's side is :mod:`gamyeong.detect.helper_child`.
"""

from __future__ import annotations

import logging
import socket
import struct
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from gamyeong.detect.helper_child import cores, launch, near, signature
from gamyeong.spans import Span

if TYPE_CHECKING:
    import subprocess

    from gamyeong.detect.analyzer import Analyzer
    from gamyeong.detect.base import Document

__all__ = ["MIN_CHARS", "DetectHelper", "near"]

log = logging.getLogger("gamyeong.detect")

#: Texts shorter than this in all are detected in one process: below it, the pipe's round trip (~0.1 ms) eats
#: most of what the helper would save.
MIN_CHARS = 600

#: How many times a helper that died or went silent is started again before the analyzer goes on without one;
#: forgiven after :data:`_FORGIVE` good answers in a row, so rare incidents over months do not add up.
_RESTARTS = 3
_FORGIVE = 1000

#: The least time the caller waits for the helper once its own detectors are done. It waits as long again as
#: those took (the helper's share is the smaller one), then runs the helper's detectors itself and leaves the
#: helper out until its late answer has come.
_GRACE_S = 0.5


@dataclass(slots=True)
class _Child:
    process: subprocess.Popen[bytes]
    conn: Connection
    ready: bool = False


class DetectHelper:
    """The helper process of one :class:`~gamyeong.detect.analyzer.Analyzer`; pass it to its ``detect_batch``.

    Starting returns at once (the helper loads in the background; texts are detected in one process until it is
    ready). A helper silent for ``timeout_s`` on a batch is stopped and started again."""

    def __init__(self, analyzer: Analyzer, *, timeout_s: float = 30.0) -> None:
        self.timeout_s = timeout_s
        #: the analyzer's options, the very object (``detect_batch`` checks that a helper is its own)
        self.options = analyzer.options
        self._signature = signature(analyzer)
        self._lock = threading.Lock()  # one batch at a time; held from ask to answer
        self._seq = 0
        self._asked_at = 0.0
        self._late: tuple[int, float] | None = None  # a batch whose answer the caller stopped waiting for
        self._restarts = 0
        self._good = 0
        self._child: _Child | None = None
        self._closed = False
        with self._lock:
            self._start()

    @staticmethod
    def worthwhile() -> bool:
        """Whether this process may use two cores (a helper sharing one core only adds a round trip)."""
        return cores() >= 2

    @property
    def alive(self) -> bool:
        child = self._child
        return child is not None and child.process.poll() is None

    # --- with the lock held -----------------------------------------------------------------------------------
    def _start(self) -> None:
        if self._closed:
            return
        try:
            ours, theirs = socket.socketpair()
        except OSError as exc:  # no descriptors left
            log.warning("detection stays in one process: the helper could not start (%s)", exc.__class__.__name__)
            return
        try:
            # a helper that stops reading (or stalls mid-answer) makes a read or write fail after timeout_s
            # instead of blocking the caller for good: a big batch fills the socket's buffer (~180 KB)
            limit = struct.pack("ll", int(self.timeout_s), int(self.timeout_s % 1 * 1_000_000))
            ours.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, limit)
            ours.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, limit)
            process = launch(theirs.fileno())
        except Exception as exc:  # no processes left, no interpreter path (embedded Python)
            log.warning("detection stays in one process: the helper could not start (%s)", exc.__class__.__name__)
            ours.close()
            return
        finally:
            theirs.close()
        conn = Connection(ours.detach())
        try:
            conn.send(self.options)
        except Exception as exc:  # options that cannot be pickled (custom rules built in code with a callable)
            log.warning("detection stays in one process: the helper could not be set up (%s)", exc.__class__.__name__)
            process.kill()
            process.wait()
            conn.close()
            return
        self._child = _Child(process, conn)

    def _stop(self, why: str) -> None:
        child, self._child = self._child, None
        self._late, self._good = None, 0
        if child is None:
            return
        child.process.kill()
        child.process.wait()
        child.conn.close()
        if self._closed:
            return
        if self._restarts < _RESTARTS:
            self._restarts += 1
            log.warning("the detection helper %s; starting it again", why)
            self._start()
        else:
            log.warning("the detection helper %s again; detection stays in one process", why)

    def _ready(self, child: _Child) -> bool:
        """Whether ``child`` (the current one) has loaded; reads its greeting once."""
        if child.ready:
            return True
        try:
            if not child.conn.poll(0):
                return False
            _, theirs = child.conn.recv()
        except (EOFError, OSError):
            self._stop("stopped while starting")
            return False
        if [tuple(x) for x in theirs] != self._signature:  # cannot happen with the same code and options
            self._stop("built other detectors than the analyzer's")
            return False
        child.ready = True
        return True

    def _caught_up(self, child: _Child) -> bool:
        """Whether the late answer, if any, has come since (and is dropped); silent past ``timeout_s``, the helper
        is stopped."""
        if self._late is None:
            return True
        late, since = self._late
        try:
            while child.conn.poll(0):
                if child.conn.recv()[0] == late:
                    self._late = None
                    return True
        except (EOFError, OSError):
            self._stop("stopped")
            return False
        if time.monotonic() - since > self.timeout_s:
            self._stop(f"gave no answer in {self.timeout_s:g} s")
        return False

    # --- the caller's side ------------------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """Whether the helper takes work now: loaded, alive, no answer overdue (``/healthz``)."""
        if not self._lock.acquire(blocking=False):  # a batch is out: it was ready when it was sent
            child = self._child
            overdue = time.monotonic() - self._asked_at > self.timeout_s
            return child is not None and child.ready and self._late is None and not overdue
        try:
            child = self._child
            if child is None or child.process.poll() is not None:
                return False
            return self._ready(child) and self._caught_up(child)
        finally:
            self._lock.release()

    def wait_ready(self, timeout_s: float = 60.0) -> bool:
        """Wait until the helper has loaded (a server's start, tests); False if it could not start."""
        deadline = time.monotonic() + timeout_s
        with self._lock:
            while (child := self._child) is not None:
                if self._ready(child):
                    return True
                if self._child is not child:  # stopped and started again: wait for the new one
                    continue
                try:
                    if not child.conn.poll(max(0.0, deadline - time.monotonic())):
                        return False
                except OSError:
                    return False
            return False

    def ask(self, docs: Sequence[Document]) -> int | None:
        """Send ``docs`` to the helper; a ticket for :meth:`answer`, or None when the caller runs every detector
        itself (helper not ready, busy or behind, texts too short)."""
        if self._child is None or sum(len(d.text) for d in docs) < MIN_CHARS:
            return None
        if not self._lock.acquire(blocking=False):
            return None
        ticket = None
        try:
            child = self._child
            if child is not None and self._ready(child) and self._caught_up(child) and self._child is child:
                self._seq += 1
                child.conn.send((self._seq, [(d.text, d.lang.value) for d in docs]))
                self._asked_at = time.monotonic()
                ticket = self._seq
        except Exception:  # a closed socket, or anything else: this batch is detected here
            self._stop("could not be reached")
        finally:
            if ticket is None:
                self._lock.release()
        return ticket

    def answer(self, ticket: int) -> list[dict[int, list[Span]]] | None:
        """Per document, the helper's spans by detector index; None when the caller must run them itself."""
        try:
            child = self._child
            if child is None:
                return None
            wait = min(self.timeout_s, max(_GRACE_S, time.monotonic() - self._asked_at))
            self._late = (ticket, self._asked_at)  # until its answer is read, whatever interrupts the wait
            try:
                if not child.conn.poll(wait):
                    log.warning("the detection helper is slow: its detectors ran here for this batch")
                    return None
                seq, out = child.conn.recv()
            except (EOFError, OSError):  # gone, or stalled mid-answer past timeout_s
                self._stop("stopped")
                return None
            self._late = None
            if seq != ticket:  # cannot happen: a late answer is dropped before the next batch is sent
                self._stop("answered out of step")
                return None
            if isinstance(out, str):  # a detector raised there: the caller meets the error itself
                return None
            self._good += 1
            if self._good >= _FORGIVE:
                self._restarts = self._good = 0
            return [{i: [Span(*row) for row in rows] for i, rows in per} for per in out]
        finally:
            self._lock.release()

    def close(self) -> None:
        """Stop the helper (after the batch in flight, if any); detection goes on in one process."""
        self._closed = True
        held = self._lock.acquire(timeout=self.timeout_s)
        try:
            child, self._child = self._child, None
            if child is None:
                return
            if not held:  # a batch is stuck on it: killing it frees the caller too (its socket closes)
                child.process.kill()
            try:
                child.conn.send(None)
                child.process.wait(5)
            except Exception:  # already gone, or not stopping
                child.process.kill()
                child.process.wait()
            child.conn.close()
        finally:
            if held:
                self._lock.release()
