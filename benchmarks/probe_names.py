"""Names in sentences written blind to the detectors: found names and flagged name-free sentences.

    python benchmarks/probe_names.py            (run by `make bench`)

benchmarks/probes/names-*-positives.jsonl hold sentences with the names in them ({"lang", "text", "names"}),
names-*-negatives.jsonl sentences with none, full of look-alikes (주문번호, 정해진, Houston, Chronopost). They
were written on 2026-12-03 by a helper who never read the detectors (Korean: 220 + 220; English and French:
240 + 240, most names with no greeting, title or label around them). The first half of each language's
positives was used to study misses; the second half never was: it is printed on its own ("unseen half").
Only counts are printed — never a sentence or a name.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gamyeong import Analyzer, Label

PROBES = Path(__file__).resolve().parent / "probes"


def _load(name: str) -> list[dict[str, Any]]:
    with (PROBES / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _found(analyzer: Analyzer, record: dict[str, Any]) -> tuple[int, int]:
    """(names found, names) in one sentence: a name is found when a PERSON span overlaps any of its places."""
    text = record["text"]
    spans = [s for s in analyzer.detect(text, record["lang"]) if s.label == Label.PERSON]
    hit = 0
    for name in record["names"]:
        at = text.find(name)
        found = False
        while at >= 0 and not found:
            found = any(s.start < at + len(name) and at < s.end for s in spans)
            at = text.find(name, at + 1)
        hit += found
    return hit, len(record["names"])


def main() -> int:
    analyzer = Analyzer()
    print("names in sentences written blind to the detectors (benchmarks/probes)")
    for group in ("ko", "fr-en"):
        positives, negatives = _load(f"names-{group}-positives.jsonl"), _load(f"names-{group}-negatives.jsonl")
        for lang in sorted({r["lang"] for r in positives}):
            pos = [r for r in positives if r["lang"] == lang]
            neg = [r for r in negatives if r["lang"] == lang]
            half = len(pos) // 2
            counts = [_found(analyzer, r) for r in pos]
            unseen = counts[half:]
            flagged = sum(
                any(s.label == Label.PERSON for s in analyzer.detect(r["text"], lang)) for r in neg
            )  # fmt: skip
            found, total = sum(c[0] for c in counts), sum(c[1] for c in counts)
            u_found, u_total = sum(c[0] for c in unseen), sum(c[1] for c in unseen)
            print(
                f"{lang}: names found {found}/{total} ({found / max(1, total):.3f}); unseen half {u_found}/{u_total} "
                f"({u_found / max(1, u_total):.3f}); name-free sentences flagged {flagged}/{len(neg)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
