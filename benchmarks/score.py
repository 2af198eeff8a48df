"""Pure scoring of span predictions against the dev set (DESIGN §7); works for any tool.

Inputs are plain dicts: a gold record is ``{"id", "lang", "text", "spans": [{start, end, label}],
"neutral": [{start, end, kind}]}``; predictions are ``{id: [{start, end, label}, ...]}``.

Rules:
- a prediction matches a gold span when the labels are equal and (``overlap`` mode) their intersection
  covers >= 50% of each, or (``exact`` mode) start and end are equal; matching is one-to-one;
- an unmatched prediction lying >= 50% inside a neutral region is not a false positive but a
  *hard-negative hit*, counted separately;
- hard-negative flag rate = share of neutral regions overlapped by any prediction of a structured label;
- leak rate = share of gold personal-data characters (whitespace excluded) not covered by any prediction.

``labels`` restricts both gold and predictions to a label set (``structured``, ``all`` or a list).

    python benchmarks/score.py benchmarks/data/dev.jsonl preds.jsonl --mode overlap --labels structured
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

ALL_LABELS: tuple[str, ...] = (
    "PERSON",
    "ADDRESS",
    "PHONE",
    "EMAIL",
    "URL",
    "IP_ADDRESS",
    "DATE_OF_BIRTH",
    "KR_RRN",
    "KR_FRN",
    "KR_PASSPORT",
    "KR_DRIVER_LICENSE",
    "KR_BRN",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "IBAN",
    "FR_NIR",
    "PASSPORT",
    "VEHICLE_PLATE",
    "OTHER_ID",
)
SOFT_LABELS: frozenset[str] = frozenset({"PERSON", "ADDRESS", "DATE_OF_BIRTH"})
STRUCTURED: frozenset[str] = frozenset(ALL_LABELS) - SOFT_LABELS

Span = Mapping[str, Any]
Counts = dict[str, int]


def parse_labels(spec: str | Iterable[str] | None) -> frozenset[str] | None:
    """``structured`` | ``all`` | ``None`` | ``"PHONE,EMAIL"`` | an iterable -> a label set.

    ``None`` (and ``all``) mean no filter.
    """
    if spec is None:
        return None
    if isinstance(spec, str):
        key = spec.strip()
        if key.lower() == "all":
            return None
        if key.lower() == "structured":
            return STRUCTURED
        return frozenset(x.strip().upper() for x in key.split(",") if x.strip())
    return frozenset(str(x) for x in spec)


def _inter(a: Span, b: Span) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def spans_match(gold: Span, pred: Span, mode: str = "overlap") -> bool:
    if gold["label"] != pred["label"]:
        return False
    if mode == "exact":
        return gold["start"] == pred["start"] and gold["end"] == pred["end"]
    if mode != "overlap":
        raise ValueError(f"unknown mode {mode!r}")
    inter = _inter(gold, pred)
    glen, plen = gold["end"] - gold["start"], pred["end"] - pred["start"]
    return inter > 0 and 2 * inter >= glen and 2 * inter >= plen


def match(gold: Sequence[Span], pred: Sequence[Span], mode: str = "overlap") -> list[tuple[int, int]]:
    """One-to-one matching, largest intersections first: list of (gold index, pred index)."""
    cands = [
        (_inter(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if spans_match(g, p, mode)
    ]
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def inside_neutral(pred: Span, neutral: Sequence[Span]) -> bool:
    """True when >= 50% of the prediction lies inside neutral regions."""
    plen = pred["end"] - pred["start"]
    covered = sum(_inter(pred, n) for n in neutral)
    return plen > 0 and 2 * covered >= plen


def leak_counts(text: str, gold: Sequence[Span], pred: Sequence[Span]) -> tuple[int, int]:
    """(gold PII characters excluding whitespace, those not covered by any prediction)."""
    covered: set[int] = set()
    for p in pred:
        covered.update(range(p["start"], p["end"]))
    total = leaked = 0
    for g in gold:
        for i in range(g["start"], g["end"]):
            if not text[i].isspace():
                total += 1
                if i not in covered:
                    leaked += 1
    return total, leaked


def _new() -> Counts:
    return {"tp": 0, "fp": 0, "fn": 0}


def score_record(
    record: Mapping[str, Any],
    pred: Sequence[Span],
    *,
    mode: str = "overlap",
    labels: frozenset[str] | None = None,
) -> dict[str, Any]:
    """Score one record. Returns per-label counts, hard-negative hits, neutral flags and leak counts."""
    gold = [g for g in record.get("spans", []) if labels is None or g["label"] in labels]
    preds = [p for p in pred if labels is None or p["label"] in labels]
    neutral = list(record.get("neutral", []))
    per_label: dict[str, Counts] = defaultdict(_new)
    pairs = match(gold, preds, mode)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, _ in pairs:
        per_label[gold[gi]["label"]]["tp"] += 1
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            per_label[g["label"]]["fn"] += 1
    hard_hits = 0
    for pi, p in enumerate(preds):
        if pi in matched_p:
            continue
        if inside_neutral(p, neutral):
            hard_hits += 1
        else:
            per_label[p["label"]]["fp"] += 1
    flagged = sum(1 for n in neutral if any(p["label"] in STRUCTURED and _inter(n, p) > 0 for p in preds))
    chars, leaked = leak_counts(record["text"], gold, preds)
    return {
        "per_label": dict(per_label),
        "hard_negative_hits": hard_hits,
        "neutral_regions": len(neutral),
        "neutral_flagged": flagged,
        "leak_chars": chars,
        "leaked_chars": leaked,
    }


def score(
    records: Iterable[Mapping[str, Any]],
    predictions: Mapping[str, Sequence[Span]],
    *,
    mode: str = "overlap",
    labels: str | Iterable[str] | frozenset[str] | None = None,
) -> dict[str, Any]:
    """Micro-averaged scores per language x label, per language, per label and overall.

    A record with no entry in ``predictions`` counts as "no spans predicted".
    """
    label_set = labels if isinstance(labels, frozenset) else parse_labels(labels)
    by_lang_label: dict[str, dict[str, Counts]] = defaultdict(lambda: defaultdict(_new))
    extra: dict[str, Counts] = defaultdict(
        lambda: dict.fromkeys(
            (
                "hard_negative_hits",
                "neutral_regions",
                "neutral_flagged",
                "leak_chars",
                "leaked_chars",
                "records",
            ),
            0,
        )
    )
    for rec in records:
        lang = rec.get("lang", "?")
        r = score_record(rec, predictions.get(rec["id"], []), mode=mode, labels=label_set)
        for label, c in r["per_label"].items():
            for k in ("tp", "fp", "fn"):
                by_lang_label[lang][label][k] += c[k]
        for k in ("hard_negative_hits", "neutral_regions", "neutral_flagged", "leak_chars", "leaked_chars"):
            extra[lang][k] += r[k]
        extra[lang]["records"] += 1
    by_lang: dict[str, Counts] = {}
    by_label: dict[str, Counts] = defaultdict(_new)
    overall = _new()
    for lang, table in by_lang_label.items():
        by_lang[lang] = _new()
        for label, c in table.items():
            for k in ("tp", "fp", "fn"):
                by_lang[lang][k] += c[k]
                by_label[label][k] += c[k]
                overall[k] += c[k]
    totals = dict.fromkeys(
        ("hard_negative_hits", "neutral_regions", "neutral_flagged", "leak_chars", "leaked_chars", "records"),
        0,
    )
    for e in extra.values():
        for k in totals:
            totals[k] += e[k]
    return {
        "mode": mode,
        "labels": sorted(label_set) if label_set is not None else "all",
        "by_lang_label": {lang: {lb: dict(c) for lb, c in t.items()} for lang, t in by_lang_label.items()},
        "by_lang": by_lang,
        "by_label": dict(by_label),
        "overall": overall,
        "extra": {**{lang: dict(e) for lang, e in extra.items()}, "all": totals},
    }


def prf(c: Mapping[str, int]) -> tuple[float, float, float]:
    """(precision, recall, F1); 0.0 where undefined."""
    tp, fp, fn = c.get("tp", 0), c.get("fp", 0), c.get("fn", 0)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def leak_rate(extra: Mapping[str, int]) -> float:
    return extra["leaked_chars"] / extra["leak_chars"] if extra.get("leak_chars") else 0.0


def flag_rate(extra: Mapping[str, int]) -> float:
    return extra["neutral_flagged"] / extra["neutral_regions"] if extra.get("neutral_regions") else 0.0


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_predictions(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Predictions JSONL ``{"id", "spans"}``; lines without an ``id`` (summaries) are skipped."""
    return {r["id"]: r.get("spans", []) for r in load_jsonl(path) if "id" in r}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score predictions JSONL against the dev set.")
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--mode", choices=["overlap", "exact"], default="overlap")
    ap.add_argument("--labels", default="all", help="structured | all | comma-separated labels")
    args = ap.parse_args(argv)
    res = score(load_jsonl(args.gold), load_predictions(args.pred), mode=args.mode, labels=args.labels)
    for lang in sorted(res["by_lang"]):
        for label in sorted(res["by_lang_label"][lang]):
            p, r, f = prf(res["by_lang_label"][lang][label])
            print(f"{lang}\t{label:18s}\tP={p:.3f}\tR={r:.3f}\tF1={f:.3f}")
        p, r, f = prf(res["by_lang"][lang])
        e = res["extra"][lang]
        print(
            f"{lang}\tALL               \tP={p:.3f}\tR={r:.3f}\tF1={f:.3f}\tleak={leak_rate(e):.3f}"
            f"\thard-neg flag={flag_rate(e):.3f}"
        )
    p, r, f = prf(res["overall"])
    print(f"all\tALL               \tP={p:.3f}\tR={r:.3f}\tF1={f:.3f}\tleak={leak_rate(res['extra']['all']):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
