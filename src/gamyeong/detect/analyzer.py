"""The analyzer: runs the detectors, resolves overlaps, applies the threshold and allow-list."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from gamyeong.detect.addresses_ko import KoreanAddressDetector
from gamyeong.detect.addresses_latin import LatinAddressDetector
from gamyeong.detect.base import Detector, Document
from gamyeong.detect.custom import CustomDetector, CustomRules, allow_key, load_custom_rules
from gamyeong.detect.dates import DateOfBirthDetector
from gamyeong.detect.helper import DetectHelper, near
from gamyeong.detect.names_ko import KoreanNameDetector
from gamyeong.detect.names_latin import LatinNameDetector
from gamyeong.detect.resolve import apply_threshold, drop_inside, filter_labels, resolve_overlaps
from gamyeong.detect.scanner import Engine
from gamyeong.detect.structured import HangulPhoneDetector, StructuredDetector
from gamyeong.errors import ConfigError, InputError
from gamyeong.labels import Label, parse_label
from gamyeong.langs import Language, detect_language, parse_language
from gamyeong.spans import Span

__all__ = ["DEFAULT_THRESHOLD", "PRESETS", "Analyzer", "Preset"]

#: How many texts ``detect_batch`` prepares together (their spaCy windows parsed in one batch).
_BATCH = 128

# One short text per language that reaches every detector (names go to spaCy: the rules alone are unsure of them).
_WARM_UP = {
    Language.KO: "담당자 김민준 과장, 서울 강남구 테헤란로 123, 생년월일 1990년 3월 15일, 010-1234-5678",
    Language.FR: "Bonjour, ici Camille Ravel au 12 rue de la Paix, 75002 Paris, née le 15 mars 1990.",
    Language.EN: "Hi, this is Dana Whitfield at 123 Main St, Springfield, IL 62704, born on March 15, 1990.",
}

#: The default decision threshold on span scores.
DEFAULT_THRESHOLD = 0.5

Preset = Literal["balanced", "recall"]

#: Per-language, per-label thresholds. ``balanced`` (the default) is the best F1 on the dev and soft-challenge sets
#: (French and English names are scored more cautiously than Korean ones, so their cut is lower); ``recall`` is a
#: privacy officer's choice: fewer leaks for more false alarms. An explicit ``threshold`` overrides both.
PRESETS: dict[str, dict[Language, dict[str, float]]] = {
    "balanced": {
        Language.KO: {},
        Language.EN: {Label.PERSON: 0.4},
        Language.FR: {Label.PERSON: 0.4},
    },
    "recall": {lang: {Label.PERSON: 0.3, Label.ADDRESS: 0.3, Label.DATE_OF_BIRTH: 0.3, "*": 0.35} for lang in Language},
}


def _labels(labels: Iterable[str] | None) -> frozenset[str] | None:
    if labels is None:
        return None
    if isinstance(labels, str):
        labels = [s for s in labels.split(",") if s.strip()]
    try:
        return frozenset(parse_label(label) for label in labels)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def _threshold(value: float | None, default: float) -> float:
    if value is None:
        return default
    if not 0.0 <= value <= 1.0:
        raise ConfigError(f"threshold must be within [0, 1], got {value}")
    return value


def _language(lang: str | Language | None, text: str) -> Language:
    if isinstance(lang, Language):
        return lang
    try:
        parsed = parse_language(lang) if lang is not None else None
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    return parsed if parsed is not None else detect_language(text)


class Analyzer:
    """Holds compiled detectors for reuse; thread-compatible for reading, build one per process.

    ``labels`` restricts detection to those labels (the structured labels alone take the fast path);
    ``custom`` adds user rules (a :class:`CustomRules`, or the path of their TOML file); ``engine`` picks
    the multi-pattern engine (``auto`` uses hyperscan when installed, else Python ``re``). ``ner=False`` skips
    the spaCy model for French/English names (rules and gazetteers only): 2–4× faster on French and
    English, at −0.002 F1 on the blind soft set (``--fast`` on the command line).
    """

    def __init__(
        self,
        *,
        labels: Iterable[str] | None = None,
        threshold: float | None = None,
        custom: CustomRules | str | Path | None = None,
        engine: Engine = "auto",
        preset: Preset = "balanced",
        ner: bool = True,
    ) -> None:
        if preset not in PRESETS:
            raise ConfigError(f"unknown preset {preset!r}; use one of {', '.join(PRESETS)}")
        self.labels = _labels(labels)
        self.preset = preset
        self.explicit_threshold = threshold is not None
        self.threshold = _threshold(threshold, DEFAULT_THRESHOLD)
        rules = load_custom_rules(custom) if isinstance(custom, str | Path) else custom
        self.allow: frozenset[str] = rules.allow if rules else frozenset()
        structured = StructuredDetector(self.labels, engine=engine)
        self.engine = structured.engine
        self.detectors: list[Detector] = [structured]
        if self.labels is None or Label.PHONE in self.labels:
            self.detectors.append(HangulPhoneDetector())
        if self.labels is None or Label.PERSON in self.labels:
            self.detectors.append(KoreanNameDetector())
            self.detectors.append(LatinNameDetector(use_ner=ner))
        if self.labels is None or Label.ADDRESS in self.labels:
            self.detectors.append(KoreanAddressDetector())
            self.detectors.append(LatinAddressDetector())
        if self.labels is None or Label.DATE_OF_BIRTH in self.labels:
            self.detectors.append(DateOfBirthDetector())
        if rules and (rules.patterns or rules.terms):
            self.detectors.append(CustomDetector(rules))
        self._prepared: dict[tuple[str, Language], Document] = {}  # prefetch's documents, taken once by detect
        #: what a :class:`~gamyeong.detect.helper.DetectHelper` builds the same pattern detectors from
        self.options: dict[str, object] = {
            "labels": None if self.labels is None else sorted(self.labels), "threshold": threshold,
            "custom": rules, "engine": engine, "preset": preset,
        }  # fmt: skip

    def detect(
        self,
        text: str,
        lang: str | Language | None = None,
        *,
        labels: Iterable[str] | None = None,
        threshold: float | None = None,
    ) -> list[Span]:
        """Sorted, non-overlapping spans with offsets into ``text``."""
        if not isinstance(text, str):
            raise InputError(f"expected text (str), got {type(text).__name__}; decode bytes as UTF-8 first")
        wanted = _labels(labels)
        if not text:
            return []
        language = _language(lang, text)
        doc = self._prepared.pop((text, language), None) or Document.of(text, language)
        return self._detect_doc(doc, wanted, threshold)

    def _detect_doc(self, doc: Document, wanted: frozenset[str] | None, threshold: float | None) -> list[Span]:
        found: list[Span] = []
        for detector in self.detectors:
            if doc.lang in detector.languages:
                found.extend(detector.detect(doc))
        return self._decide(doc, found, wanted, threshold)

    def _detect_docs(self, docs: Sequence[Document], helper: DetectHelper | None = None) -> list[list[Span]]:
        """:meth:`_detect_doc` over many documents (none empty), one detector at a time over all of them: each
        detector's tables and code stay warm from one document to the next, where running every detector on one
        document and then the next made each of them start cold (a fifth of Korean detection time). A detector's
        spans for a document do not depend on the order documents come in, so the results are the same.

        With a ``helper``, the pattern detectors run in its process meanwhile (same spans, same order)."""
        ticket = helper.ask(docs) if helper is not None else None
        by_detector: list[list[list[Span]] | None] = []
        try:
            for detector in self.detectors:
                if ticket is not None and not near(detector):
                    by_detector.append(None)  # the helper's
                    continue
                languages = detector.languages
                by_detector.append([detector.detect(doc) if doc.lang in languages else [] for doc in docs])
        finally:  # the helper's answer is always read, even when a detector here raised: it frees the helper
            far = helper.answer(ticket) if helper is not None and ticket is not None else None
        found: list[list[Span]] = [[] for _ in docs]
        for i, (detector, spans_per_doc) in enumerate(zip(self.detectors, by_detector, strict=True)):
            for k, (spans, doc) in enumerate(zip(found, docs, strict=True)):
                if spans_per_doc is not None:
                    spans.extend(spans_per_doc[k])
                elif far is not None:
                    spans.extend(far[k].get(i, ()))
                elif doc.lang in detector.languages:  # the helper could not answer: run it here
                    spans.extend(detector.detect(doc))
        return [self._decide(doc, spans, None, None) for doc, spans in zip(docs, found, strict=True)]

    def _decide(
        self, doc: Document, found: list[Span], wanted: frozenset[str] | None, threshold: float | None
    ) -> list[Span]:
        """The spans kept of those the detectors ``found`` in ``doc``, sorted and without overlaps."""
        text = doc.text
        # Labels are filtered before overlaps are resolved, so asking for a label per call finds what an
        # Analyzer built for that label finds (a wanted span is never lost to an unwanted overlapping one).
        found = filter_labels(found, self.labels)
        found = filter_labels(found, wanted)
        if threshold is not None or self.explicit_threshold:
            found = apply_threshold(found, _threshold(threshold, self.threshold))
        else:
            table = PRESETS[self.preset][doc.lang]
            default = table.get("*", self.threshold)
            found = [s for s in found if s.score >= table.get(s.label, default)]
        found = drop_inside(found, inner=Label.PERSON, outer=Label.ADDRESS)
        found = resolve_overlaps(found)
        if self.allow:
            found = [s for s in found if allow_key(s.text(text)) not in self.allow]
        return found

    def warm_up(self, *, models: bool = True, freeze: bool = False, names: bool = True) -> None:
        """Load now what loads on first use (the Korean lexicon, compiled patterns and, with ``models``, the spaCy
        models), so the first request of a server or the first record of a worker does not pay for it.
        ``names=False`` warms the pattern detectors alone (a :mod:`~gamyeong.detect.helper` process).

        ``freeze`` then moves everything the process holds out of the cycle collector's way (``gc.freeze()``):
        the spaCy models are some 100k objects that every full collection would walk again (60-120 ms each, up
        to a third of Korean detection time in a batch). It is process-wide: a reference cycle alive at that
        moment is never collected afterwards, so it is for processes that detect and little else (the gateway
        and the ``run`` workers ask for it)."""
        for lang, sample in _WARM_UP.items():
            if names and (models or lang is Language.KO):
                self.detect(sample, lang)
                for detector in self.detectors:
                    if isinstance(detector, LatinNameDetector):
                        detector.warm_up(lang, sample)
            else:  # the patterns without the names (whose unsure windows would load a model)
                doc = Document.of(sample, lang)
                for detector in self.detectors:
                    if lang in detector.languages and not isinstance(detector, LatinNameDetector):
                        if not names and near(detector):
                            continue
                        detector.detect(doc)
        if freeze:
            gc.collect()
            gc.freeze()

    def clear_caches(self) -> None:
        """Forget what repeated texts reuse (spaCy name windows parsed before, Korean words scored before).
        Results never depend on it; benchmarks clear it so a timed pass does not reuse its warm-up's work on
        the same texts."""
        from gamyeong.detect.names_latin import clear_ner_cache

        clear_ner_cache()
        for detector in self.detectors:
            if isinstance(detector, KoreanNameDetector):
                detector.clear_memo()
            elif isinstance(detector, LatinNameDetector):
                detector.clear_prepared()
        self._prepared = {}

    def detect_batch(
        self,
        texts: Sequence[str],
        langs: Sequence[str | Language | None] | None = None,
        *,
        helper: DetectHelper | None = None,
    ) -> list[list[Span]]:
        """``detect`` over many texts; ``langs`` (same length) gives each text's language or None (auto).
        ``helper`` (a :class:`~gamyeong.detect.helper.DetectHelper` of this analyzer) runs the pattern
        detectors in a second process meanwhile: the same spans, sooner where a core is free."""
        if langs is not None and len(langs) != len(texts):
            raise ConfigError(f"langs has {len(langs)} entries for {len(texts)} texts; give one per text or none")
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise InputError(
                    f"text {i}: expected text (str), got {type(text).__name__}; decode bytes as UTF-8 first"
                )
        if helper is not None and helper.options is not self.options:
            raise ConfigError("this DetectHelper was started for another Analyzer: use DetectHelper(this analyzer)")
        out: list[list[Span]] = []
        for lo in range(0, len(texts), _BATCH):
            docs = [
                Document.of(t, _language(None if langs is None else langs[lo + k], t))
                for k, t in enumerate(texts[lo : lo + _BATCH])
            ]
            self._prefetch(docs)
            found = iter(self._detect_docs([doc for doc in docs if doc.text], helper))
            out.extend(next(found) if doc.text else [] for doc in docs)
        return out

    def prefetch(self, texts: Sequence[str], langs: Sequence[str | Language | None] | None = None) -> None:
        """Prepare texts that ``detect`` will be asked about next: their spaCy name windows are parsed in one
        batch, about twice as fast as one text at a time. Results never depend on it; a pipeline that
        detects record by record calls it on each chunk of records first."""
        if not self.prefetches:
            return
        docs = []
        for k, text in enumerate(texts):
            if isinstance(text, str) and text:
                lang = _language(None if langs is None else langs[k], text)
                if lang is not Language.KO:  # Korean text has no spaCy windows
                    docs.append(Document.of(text, lang))
        for lo in range(0, len(docs), _BATCH):
            self._prefetch(docs[lo : lo + _BATCH])
        # detect takes these instead of normalizing again (the last batch's name candidates wait likewise)
        self._prepared = {(d.text, d.lang): d for d in docs[-_BATCH:]}

    @property
    def prefetches(self) -> bool:
        """Whether :meth:`prefetch` does anything (French/English names with spaCy on)."""
        return any(isinstance(d, LatinNameDetector) and d.use_ner for d in self.detectors)

    def _prefetch(self, docs: list[Document]) -> None:
        if len(docs) < 2:
            return  # one text gains nothing from a batch and would be read twice (the gateway's usual request)
        for detector in self.detectors:
            if isinstance(detector, LatinNameDetector):
                detector.prefetch(docs)
