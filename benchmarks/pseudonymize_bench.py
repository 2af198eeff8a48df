"""Pseudonymize on the benchmark sets: speed relative to detect, what stays readable, gateway round trips.

    python benchmarks/pseudonymize_bench.py        (run by `make bench` after benchmarks/run.py)

Readable = gold structured values whose exact text survives the ``training`` policy (it can only be what
detection missed); round trip = ``gateway`` then ``restore`` gives the record back exactly (records with an
RRN are left out: the RRN is deleted by design).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from gamyeong import Analyzer
from gamyeong.pseudonymize.api import pseudonymize, restore
from gamyeong.pseudonymize.keys import KeyRing
from gamyeong.pseudonymize.vault import open_vault

PURPOSE = "상담 챗봇 응답 품질 개선을 위한 LLM 미세조정 (benchmark)"
SOFT = {"PERSON", "ADDRESS", "DATE_OF_BIRTH"}
DATA = Path(__file__).parent / "data"


def _timed(analyzer: Analyzer, work: Callable[[], object]) -> float:
    analyzer.clear_caches()  # each repetition starts cold (no name window reused from the previous one)
    t0 = time.perf_counter()
    work()
    return time.perf_counter() - t0


def bench_set(path: Path, keys: KeyRing) -> str:
    """One line of figures for one benchmark set."""
    recs = [json.loads(line) for line in path.open(encoding="utf-8")]
    analyzer = Analyzer()
    texts, langs = [r["text"] for r in recs], [r["lang"] for r in recs]
    chars = sum(map(len, texts))
    analyzer.detect_batch(texts, langs)
    # best of three runs each: this machine is shared, single runs vary by ±15%
    t_detect = min(_timed(analyzer, lambda: analyzer.detect_batch(texts, langs)) for _ in range(3))
    outs = []

    def run_training() -> None:  # as `gamyeong run` does it: 64 records prepared together, then one by one
        outs.clear()
        for lo in range(0, len(texts), 64):
            analyzer.prefetch(texts[lo : lo + 64], langs[lo : lo + 64])
            outs.extend(pseudonymize(x, "training", keys=keys, purpose=PURPOSE, lang=lang, analyzer=analyzer)
                        for x, lang in zip(texts[lo : lo + 64], langs[lo : lo + 64], strict=True))  # fmt: skip

    t_pseudo = min(_timed(analyzer, run_training) for _ in range(3))
    gold = readable = 0
    for rec, out in zip(recs, outs, strict=True):
        for g in rec["spans"]:
            if g["label"] in SOFT:
                continue
            value = rec["text"][g["start"] : g["end"]]
            n = len(value.replace(" ", ""))
            gold += n
            readable += n if value in out.text else 0
    ok = total = 0
    with tempfile.TemporaryDirectory() as tmp, open_vault(Path(tmp) / "v.sqlite", b"k" * 32) as vault:
        for text, lang in zip(texts, langs, strict=True):
            res = pseudonymize(text, "gateway", purpose=PURPOSE, lang=lang, analyzer=analyzer, vault=vault)
            if any(s.label in ("KR_RRN", "KR_FRN") for s in res.spans):
                continue
            total += 1
            ok += restore(res.text, vault=vault).text == text
    return (
        f"{path.name}: detect {chars / t_detect:,.0f} chars/s; pseudonymize(training) {chars / t_pseudo:,.0f} "
        f"chars/s = {t_detect / t_pseudo:.0%} of detect; structured gold characters readable after training "
        f"{readable / gold:.2%}; gateway+restore exact {ok}/{total}"
    )


def main() -> int:
    keys = KeyRing.generate()
    sets = sorted(DATA.glob("dev-seed*-n300.jsonl")) + sorted(DATA.glob("challenge-seed*.jsonl"))
    if not sets:
        print("no benchmark data: run benchmarks/run.py first", file=sys.stderr)
        return 1
    for path in sets:
        print(bench_set(path, keys))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
