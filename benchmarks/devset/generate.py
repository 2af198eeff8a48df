"""Deterministic synthetic dev-set generator (stdlib only, no network).

    python benchmarks/devset/generate.py --seed 20241123 --n 300 --out benchmarks/data/dev.jsonl

Each JSONL record: ``{"id", "lang", "kind", "text", "spans": [{start, end, label}],
"neutral": [{start, end, kind}], "meta": [{start, end, ...}]?}`` with Python ``str`` offsets.
``meta`` marks gold spans with extra facts (``check: post2020`` for RRNs whose check digit is random,
``half: front|back`` for an RRN written in two halves).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devset import en, fr, ko, ko_frame
from devset.segs import Fact, Seg, render, seg_len, weighted

DEFAULT_SEED = 20241123
DEFAULT_N = 300
KINDS = ("chat", "transcript", "form", "letter")
MIN_LEN, MAX_LEN = 150, 600

LANGS: dict[str, tuple[list[tuple[float, Fact]], list[tuple[float, Fact]], Callable[..., list[Seg]]]] = {
    "ko": (ko.PII_FACTS, ko_frame.NEUTRAL_FACTS, ko_frame.frame),
    "fr": (fr.PII_FACTS, fr.NEUTRAL_FACTS, fr.frame),
    "en": (en.PII_FACTS, en.NEUTRAL_FACTS, en.frame),
}


def make_record(rng: random.Random, lang: str, kind: str, number: int) -> dict[str, Any]:
    pii_facts, neutral_facts, frame = LANGS[lang]
    target = rng.randint(MIN_LEN + 40, 520)
    n_neutral = 0 if rng.random() < 0.15 else rng.randint(1, 3)
    frame_seed = rng.random()
    facts: list[list[Seg]] = []
    segs: list[Seg] = []
    while True:
        use_neutral = n_neutral > 0 and (rng.random() < 0.4 or not facts)
        table = neutral_facts if use_neutral and facts else pii_facts
        if use_neutral and facts:
            n_neutral -= 1
        facts.insert(rng.randint(0, len(facts)), weighted(rng, table)(rng, kind))
        segs = frame(random.Random(frame_seed), kind, facts)
        if seg_len(segs) >= target or len(facts) >= 10:
            break
    while seg_len(segs) > MAX_LEN and len(facts) > 1:
        facts.pop()
        segs = frame(random.Random(frame_seed), kind, facts)
    while n_neutral > 0 and seg_len(segs) < MAX_LEN - 60:
        n_neutral -= 1
        facts.append(weighted(rng, neutral_facts)(rng, kind))
        segs = frame(random.Random(frame_seed), kind, facts)
    if seg_len(segs) > MAX_LEN and len(facts) > 1:
        facts.pop()
        segs = frame(random.Random(frame_seed), kind, facts)
    return {"id": f"{lang}-{kind}-{number:04d}", "lang": lang, "kind": kind, **render(segs)}


def generate(
    n: int = DEFAULT_N, seed: int = DEFAULT_SEED, langs: tuple[str, ...] = ("ko", "fr", "en")
) -> Iterator[dict[str, Any]]:
    """Yield ``n`` records per language; the same (n, seed, langs) always gives the same records."""
    for lang in langs:
        rng = random.Random(f"{seed}:{lang}")
        counters = dict.fromkeys(KINDS, 0)
        for i in range(n):
            kind = KINDS[i % len(KINDS)]
            counters[kind] += 1
            yield make_record(rng, lang, kind, counters[kind])


def write(path: Path, records: Iterator[dict[str, Any]]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=DEFAULT_N, help="records per language (default 300)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--langs", default="ko,fr,en")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "dev.jsonl")
    args = ap.parse_args(argv)
    langs = tuple(x.strip() for x in args.langs.split(",") if x.strip())
    count = write(args.out, generate(args.n, args.seed, langs))
    print(f"wrote {count} records to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
