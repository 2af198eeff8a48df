"""The detection helper's own side (see :mod:`gamyeong.detect.helper`): what runs in the second process, how it
is started, and whether a machine has the second core it needs."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gamyeong.detect.names_ko import KoreanNameDetector
from gamyeong.detect.names_latin import LatinNameDetector
from gamyeong.langs import Language

if TYPE_CHECKING:
    from gamyeong.detect.analyzer import Analyzer
    from gamyeong.detect.base import Detector

__all__ = ["Row", "cores", "launch", "near", "quota", "serve", "signature"]

Row = tuple[int, int, str, float, str, tuple[str, ...]]

# the caller's import path is set before anything of gamyeong is imported, so both sides run the same code
_ENTRY = (
    "import json, sys; sys.path[:] = json.loads(sys.argv[2]); "
    "from gamyeong.detect.helper_child import serve; serve(int(sys.argv[1]))"
)


def near(detector: Detector) -> bool:
    """Whether ``detector`` runs in the calling process: the name detectors, which hold the big models (the
    Korean lexicon, spaCy) and take the longest; the helper never loads those models."""
    return isinstance(detector, KoreanNameDetector | LatinNameDetector)


def signature(analyzer: Analyzer) -> list[tuple[int, str]]:
    """The helper's detectors: index in the analyzer's list, and class."""
    return [(i, type(d).__name__) for i, d in enumerate(analyzer.detectors) if not near(d)]


def launch(fd: int) -> subprocess.Popen[bytes]:
    """Start the helper on its end ``fd`` of a socket pair. A fresh interpreter, not multiprocessing: its spawn
    runs the caller's main script again in the child (a script without a ``__main__`` guard would start a
    second gateway there), and fork copies locks held by the caller's other threads. ``-I``: the caller's import
    path is passed on as it is, and the working directory or PYTHON* variables cannot put other code first."""
    return subprocess.Popen(
        [sys.executable, "-I", "-c", _ENTRY, str(fd), json.dumps([str(p) for p in sys.path])], pass_fds=[fd],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip


def serve(fd: int) -> None:
    """The helper process: build the caller's analyzer (its options come first), warm its pattern detectors,
    then answer until told to stop or the caller goes away."""
    from gamyeong.detect.analyzer import Analyzer
    from gamyeong.detect.base import Document

    conn = Connection(fd)
    try:
        options: dict[str, Any] = conn.recv()
    except (EOFError, OSError):
        return
    analyzer = Analyzer(**options, ner=False)
    analyzer.warm_up(models=False, names=False, freeze=True)  # neither spaCy nor the Korean lexicon loads here
    far = [(i, d) for i, d in enumerate(analyzer.detectors) if not near(d)]
    conn.send(("ready", signature(analyzer)))
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


def cores() -> float:
    """The cores this process may use: its CPU affinity, capped by a container's CPU quota (cgroup v2 or v1),
    which the affinity does not show (``docker --cpus=1`` on a 16-core host)."""
    if os.name != "posix":
        return 1.0  # the helper's socket is handed over by descriptor, which Windows cannot do
    try:
        count: float = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS
        count = os.cpu_count() or 1
    return min(count, quota())


def quota(root: Path = Path("/sys/fs/cgroup")) -> float:
    """The CPU quota of this process's container in cores (inf: none), from cgroup v2's ``cpu.max`` or v1's
    ``cpu.cfs_quota_us`` / ``cpu.cfs_period_us``."""
    try:
        quota_v2, period = (root / "cpu.max").read_text(encoding="ascii").split()[:2]
        return math.inf if quota_v2 == "max" else int(quota_v2) / int(period)
    except (OSError, ValueError):
        pass
    try:
        v1 = root / "cpu"
        quota_us = int((v1 / "cpu.cfs_quota_us").read_text(encoding="ascii"))
        period_us = int((v1 / "cpu.cfs_period_us").read_text(encoding="ascii"))
    except (OSError, ValueError):
        return math.inf
    return math.inf if quota_us <= 0 or period_us <= 0 else quota_us / period_us
