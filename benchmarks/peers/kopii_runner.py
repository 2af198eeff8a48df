"""Run ko-pii on the dev set (inside benchmarks/.venvs/kopii; see setup.sh).

    benchmarks/.venvs/kopii/bin/python benchmarks/peers/kopii_runner.py DEV.jsonl OUT.jsonl \
        [--config all|structured]

ko-pii 1.22.15 is rule based (no model). Its API: ``ko_pii.detect_all(text, include=None, exclude=None)`` returns
``DetectionResult(label, text, start, end, ...)`` with offsets into the original text (it normalizes full-width
characters internally and maps back). It is a Korean tool; it runs on all three languages here, unchanged.

Label mapping onto gamyeong labels (see ``MAPPING``); dropped, as not personal identifiers in our vocabulary:
CORP_REG (company registration), PNU (land parcel), EDI_DRUG, COURT_CASE, DOC_ID, PETITION_ID, POSTAL_CODE,
NATIONALITY, EDUCATION, MAJOR, POSITION, AGE, HEIGHT, WEIGHT. PASSPORT -> KR_PASSPORT (its pattern is the Korean
one). ``--config structured`` passes ``include=`` with the categories that map to structured labels.

Timing: a warm-up over the first 20 records, then two timed passes over all records (the faster kept, per
language too).
Sidecar ``OUT.meta.json``: ``{"tool", "config", "records", "chars", "seconds", "by_lang", "load_seconds", "version"}``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from timing import timed_passes

MAPPING: dict[str, str] = {
    "RRN": "KR_RRN",
    "FRN": "KR_FRN",
    "BUSINESS_REG": "KR_BRN",
    "DRIVER_LICENSE": "KR_DRIVER_LICENSE",
    "PASSPORT": "KR_PASSPORT",
    "CARD": "CREDIT_CARD",
    "PHONE": "PHONE",
    "FAX": "PHONE",
    "EMAIL": "EMAIL",
    "IP": "IP_ADDRESS",
    "URL": "URL",
    "VEHICLE": "VEHICLE_PLATE",
    "ACCOUNT": "BANK_ACCOUNT",
    "MEDICAL_INSURANCE": "OTHER_ID",
    "EMPLOYEE_ID": "OTHER_ID",
    "PRESCRIPTION_ID": "OTHER_ID",
    "PERSON": "PERSON",
    "ADDRESS": "ADDRESS",
    "DT_BIRTH": "DATE_OF_BIRTH",
}
SOFT = {"PERSON", "ADDRESS", "DATE_OF_BIRTH"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dev", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--config", choices=["all", "structured"], default="all")
    args = ap.parse_args(argv)
    records = [json.loads(line) for line in args.dev.open(encoding="utf-8") if line.strip()]

    t0 = time.perf_counter()
    import ko_pii
    from ko_pii.labels import ALL_LABELS

    load_seconds = time.perf_counter() - t0
    include = None
    if args.config == "structured":
        include = [lb for lb in ALL_LABELS if lb in MAPPING and MAPPING[lb] not in SOFT]

    def run_one(rec: dict[str, Any]) -> list[Any]:
        return ko_pii.detect_all(rec["text"], include=include)

    for rec in records[:20]:  # warm-up
        run_one(rec)
    results, seconds, by_lang = timed_passes(records, run_one)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for rec, res in zip(records, results, strict=True):
            spans = [
                {
                    "start": d.start,
                    "end": d.end,
                    "label": MAPPING[d.label],
                    "score": round(float(d.confidence), 3),
                    "peer_type": d.label,
                }
                for d in res
                if d.label in MAPPING
            ]
            fh.write(json.dumps({"id": rec["id"], "spans": spans}, ensure_ascii=False) + "\n")
    meta = {
        "tool": "ko-pii",
        "config": args.config,
        "records": len(records),
        "chars": sum(len(r["text"]) for r in records),
        "seconds": seconds,
        "by_lang": by_lang,
        "load_seconds": load_seconds,
        "version": ko_pii.__version__,
    }
    Path(str(args.out) + ".meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    print(json.dumps(meta))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
