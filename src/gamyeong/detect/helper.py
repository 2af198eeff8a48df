"""A second process for one request's detection: the pattern detectors (identifiers, phones, addresses, dates,
custom rules) run there while the calling thread runs the name detectors, so a 2 KB English chat is screened in
about two thirds of the time where a core is free (the GIL keeps threads from doing this).

The results are the same as without it: the helper's spans come back per detector and are put in the order the
analyzer's own detectors give them. Whenever the helper cannot answer (still starting, busy with another thread's
texts, dead, too slow, or a detector raised there) the caller runs those detectors itself, so nothing depends on
it but time. Texts go to the helper over a pipe; nothing is written anywhere and nothing is logged of them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import socket
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from gamyeong.detect.names_ko import KoreanNameDetector
from gamyeong.detect.names_latin import LatinNameDetector
from gamyeong.langs import Language
from gamyeong.spans import Span

if TYPE_CHECKING:
    from gamyeong.detect.analyzer import Analyzer
    from gamyeong.detect.base import Detector, Document

__all__ = ["MIN_CHARS", "DetectHelper", "near"]

log = logging.getLogger("gamyeong.detect")

#: Texts shorter than this in all are detected in one process: below it, the pipe's round trip (~0.1 ms) eats
#: most of what the helper would save.
MIN_CHARS = 600

#: How many times a helper that died or hung is started again before the analyzer goes on without one.
_RESTARTS = 3

Row = tuple[int, int, str, float, str, tuple[str, ...]]

_ENTRY = "import sys; from gamyeong.detect.helper import serve; serve(int(sys.argv[1]))"


def near(detector: Detector) -> bool:
    """Whether ``detector`` runs in the calling process: the name detectors, which hold the big models (the
    Korean lexicon, spaCy) and take the longest; the helper never loads those models."""
    return isinstance(detector, KoreanNameDetector | LatinNameDetector)


def _signature(analyzer: Analyzer) -> list[tuple[int, str]]:
    return [(i, type(d).__name__) for i, d in enumerate(analyzer.detectors) if not near(d)]


def serve(fd: int) -> None:
    """The helper process (``fd``: its end of the socket pair): build the same analyzer as the caller's, warm
    its pattern detectors, then answer until told to stop or the caller goes away."""
    from gamyeong.detect.analyzer import Analyzer
    from gamyeong.detect.base import Document

    conn = Connection(fd)
    try:
        options = conn.recv()
    except (EOFError, OSError):
        return
    analyzer = Analyzer(**options, ner=False)
    analyzer.warm_up(models=False, names=False, freeze=True)  # neither spaCy nor the Korean lexicon loads here
    far = [(i, d) for i, d in enumerate(analyzer.detectors) if not near(d)]
    conn.send(("ready", _signature(analyzer)))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the caller went away
            return
        if message is None:
            return
        seq, texts = message
        try:
            out: list[list[tuple[int, list[Row]]]] = []
            for text, lang in texts:
                doc = Document.of(text, Language(lang))
                out.append([(i, [(s.start, s.end, s.label, s.score, s.detector, s.explanation)
                                 for s in d.detect(doc)]) for i, d in far if doc.lang in d.languages])  # fmt: skip
            conn.send((seq, out))
        except Exception as exc:  # the caller runs these detectors itself and meets the error there
            conn.send((seq, exc.__class__.__name__))


@dataclass(slots=True)
class _Child:
    process: subprocess.Popen[bytes]
    conn: Connection
    ready: bool = False


class DetectHelper:
    """The helper process of one :class:`~gamyeong.detect.analyzer.Analyzer`; pass it to ``detect_batch``.

    Starting returns at once (the helper loads in the background; texts are detected in one process until it is
    ready). ``timeout_s`` bounds the wait for its answer; past it the helper is stopped and started again."""

    def __init__(self, analyzer: Analyzer, *, timeout_s: float = 30.0) -> None:
        self.timeout_s = timeout_s
        self._options = analyzer.options
        self._signature = _signature(analyzer)
        self._lock = threading.Lock()
        self._seq = 0
        self._restarts = 0
        self._child: _Child | None = None
        self._closed = False
        self._start()

    @staticmethod
    def worthwhile() -> bool:
        """Whether this process may use two cores (a helper on one core only adds a round trip)."""
        try:
            return len(os.sched_getaffinity(0)) >= 2
        except AttributeError:  # not Linux
            return (os.cpu_count() or 1) >= 2

    @property
    def alive(self) -> bool:
        return self._child is not None and self._child.process.poll() is None

    def _start(self) -> None:
        # a fresh interpreter, not multiprocessing: its spawn runs the caller's main script again in the child
        # (a script without a __main__ guard would start a second gateway there), and fork copies locks held by
        # the caller's other threads
        ours, theirs = socket.socketpair()
        package_root = str(Path(__file__).resolve().parents[2])  # gamyeong as this process imports it
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
        try:
            process = subprocess.Popen(
                [sys.executable, "-c", _ENTRY, str(theirs.fileno())], pass_fds=[theirs.fileno()], env=env,
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, start_new_session=True,
            )  # fmt: skip
        except OSError as exc:  # no processes left
            log.warning("detection stays in one process: the helper could not start (%s)", exc.__class__.__name__)
            ours.close()
            return
        finally:
            theirs.close()
        conn = Connection(ours.detach())
        try:
            conn.send(self._options)
        except (OSError, TypeError, AttributeError, pickle.PicklingError) as exc:  # e.g. custom rules built in code
            log.warning("detection stays in one process: the helper could not be set up (%s)", exc.__class__.__name__)
            process.kill()
            process.wait()
            conn.close()
            return
        self._child = _Child(process, conn)

    def _stop(self, why: str) -> None:
        child, self._child = self._child, None
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
        if child.ready:
            return True
        if not child.conn.poll(0):
            return False
        try:
            _, signature = child.conn.recv()
        except (EOFError, OSError):
            self._stop("stopped while starting")
            return False
        if [tuple(x) for x in signature] != self._signature:  # cannot happen with the same code and options
            self._stop("built other detectors than the analyzer's")
            return False
        child.ready = True
        return True

    @property
    def ready(self) -> bool:
        """Whether the helper is up and takes work now (False while it loads, and once it is given up)."""
        child = self._child
        if child is None or child.process.poll() is not None:
            return False
        if not child.ready and self._lock.acquire(blocking=False):
            try:
                self._ready(child)
            finally:
                self._lock.release()
        return child.ready

    def wait_ready(self, timeout_s: float = 60.0) -> bool:
        """Wait until the helper has loaded (a server's start, tests); False if it could not start."""
        with self._lock:
            child = self._child
            if child is None:
                return False
            if not child.ready and not child.conn.poll(timeout_s):
                return False
            return self._ready(child)

    def ask(self, docs: Sequence[Document]) -> int | None:
        """Send ``docs`` to the helper; a ticket for :meth:`answer`, or None when the caller runs every detector
        itself (helper not ready or busy, texts too short)."""
        child = self._child
        if child is None or sum(len(d.text) for d in docs) < MIN_CHARS:
            return None
        if not self._lock.acquire(blocking=False):
            return None
        try:
            if not self._ready(child):
                self._lock.release()
                return None
            self._seq += 1
            child.conn.send((self._seq, [(d.text, d.lang.value) for d in docs]))
        except (OSError, ValueError):
            self._stop("could not be reached")
            self._lock.release()
            return None
        return self._seq

    def answer(self, ticket: int) -> list[dict[int, list[Span]]] | None:
        """Per document, the helper's spans by detector index; None when the caller must run them itself."""
        try:
            child = self._child
            if child is None:
                return None
            try:
                if not child.conn.poll(self.timeout_s):
                    self._stop(f"gave no answer in {self.timeout_s:g} s")
                    return None
                seq, out = child.conn.recv()
            except (EOFError, OSError):
                self._stop("stopped")
                return None
            if seq != ticket or isinstance(out, str):  # out-of-step (cannot happen) or a detector raised
                return None
            return [{i: [Span(*row) for row in rows] for i, rows in per} for per in out]
        finally:
            self._lock.release()

    def close(self) -> None:
        """Stop the helper (after the answer in flight, if any); detection goes on in one process."""
        self._closed = True
        held = self._lock.acquire(timeout=self.timeout_s)
        try:
            child, self._child = self._child, None
            if child is None:
                return
            with contextlib.suppress(OSError, ValueError):  # already gone
                child.conn.send(None)
            try:
                child.process.wait(5)
            except subprocess.TimeoutExpired:
                child.process.kill()
                child.process.wait()
            child.conn.close()
        finally:
            if held:
                self._lock.release()
