"""Detectors users add without code: RE2 patterns and term lists under ``CUSTOM_<NAME>`` labels, and
allow-lists of values never to flag, read from a TOML file::

    [[patterns]]
    label = "CUSTOM_EMPLOYEE_ID"
    regex = 'EMP-\\d{6}'          # RE2 syntax (linear time: safe on untrusted text)
    score = 0.9                   # optional, default 0.85
    context = ["사번", "employee"] # optional: when given, the value must be near one of these words

    [[terms]]
    label = "CUSTOM_PROJECT"
    terms = ["Project Falcon", "팰컨 프로젝트"]
    case_sensitive = false        # optional, default false

    [allow]
    values = ["02-123-4567", "help@example.com"]   # compared without separators and case
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from gamyeong.detect.base import Document
from gamyeong.detect.context import has_words, window
from gamyeong.errors import ConfigError
from gamyeong.labels import is_custom_label
from gamyeong.langs import Language
from gamyeong.spans import Span
from gamyeong.text.normalize import encodable

__all__ = ["CustomDetector", "CustomRules", "allow_key", "load_custom_rules"]

_ALLOW_STRIP = re.compile(r"[\s\-.()/]+")


def allow_key(value: str) -> str:
    """The form in which allow-list entries and found values are compared."""
    return _ALLOW_STRIP.sub("", value).casefold()


@dataclass(frozen=True, slots=True)
class CustomPattern:
    label: str
    regex: str
    score: float = 0.85
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CustomTerms:
    label: str
    terms: tuple[str, ...]
    case_sensitive: bool = False
    score: float = 0.9


@dataclass(frozen=True, slots=True)
class CustomRules:
    patterns: tuple[CustomPattern, ...] = ()
    terms: tuple[CustomTerms, ...] = ()
    allow: frozenset[str] = field(default_factory=frozenset)

    @property
    def labels(self) -> frozenset[str]:
        return frozenset(p.label for p in self.patterns) | frozenset(t.label for t in self.terms)


def _label(entry: dict[str, Any], where: str) -> str:
    label = str(entry.get("label", "")).strip().upper()
    if not is_custom_label(label):
        raise ConfigError(f"{where}: label must be CUSTOM_<NAME> (capitals, digits, _), e.g. CUSTOM_EMPLOYEE_ID")
    return label


def _score(entry: dict[str, Any], where: str, default: float) -> float:
    score = entry.get("score", default)
    if isinstance(score, bool) or not isinstance(score, int | float) or not 0 < score <= 1:
        raise ConfigError(f"{where}: score must be a number in (0, 1]")
    return float(score)


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: expected a non-empty list of non-empty strings")
    return tuple(value)


def _known_keys(entry: object, allowed: set[str], where: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a table of keys")
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")
    return entry


def load_custom_rules(source: str | Path | dict[str, Any]) -> CustomRules:
    """Read custom rules from a TOML file path or an already parsed dict; raise ConfigError on mistakes."""
    if isinstance(source, dict):
        data, name = source, "custom rules"
    else:
        path = Path(source)
        name = path.name
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{path}: no such file; pass the path of a TOML file with [[patterns]]") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    unknown = set(data) - {"patterns", "terms", "allow"}
    if unknown:
        raise ConfigError(f"{name}: unknown section(s) {sorted(unknown)}; use [[patterns]], [[terms]], [allow]")
    patterns = []
    for i, raw_entry in enumerate(data.get("patterns", []), 1):
        where = f"{name} [[patterns]] #{i}"
        entry = _known_keys(raw_entry, {"label", "regex", "score", "context"}, where)
        regex = entry.get("regex")
        if not isinstance(regex, str) or not regex:
            raise ConfigError(f"{where}: regex is missing")
        _compile_re2(regex, where)
        context = _strings(entry["context"], f"{where} context") if "context" in entry else ()
        patterns.append(CustomPattern(_label(entry, where), regex, _score(entry, where, 0.85), context))
    terms = []
    for i, raw_entry in enumerate(data.get("terms", []), 1):
        where = f"{name} [[terms]] #{i}"
        entry = _known_keys(raw_entry, {"label", "terms", "case_sensitive", "score"}, where)
        words = _strings(entry.get("terms"), f"{where} terms")
        terms.append(
            CustomTerms(
                _label(entry, where),
                words,
                bool(entry.get("case_sensitive", False)),
                _score(entry, where, 0.9),
            )
        )
    allow_values = _known_keys(data.get("allow", {}), {"values"}, f"{name} [allow]").get("values", [])
    allow = (
        frozenset(allow_key(v) for v in _strings(allow_values, f"{name} [allow] values"))
        if allow_values
        else (frozenset())
    )
    return CustomRules(tuple(patterns), tuple(terms), allow)


def _compile_re2(regex: str, where: str) -> Any:
    import re2

    options = re2.Options()
    options.log_errors = False  # our ConfigError says it; re2's own log line would only repeat it
    try:
        compiled = re2.compile(regex, options)
    except re2.error as exc:
        raise ConfigError(
            f"{where}: not a valid RE2 pattern ({exc}); RE2 has no look-arounds or backreferences"
        ) from None
    if compiled.search("") is not None:
        raise ConfigError(f"{where}: the pattern matches empty text; make it require at least one character")
    return compiled


class CustomDetector:
    name: ClassVar[str] = "custom"
    labels: ClassVar[frozenset[str]] = frozenset()  # decided by the rules file
    languages: ClassVar[frozenset[Language]] = frozenset(Language)

    def __init__(self, rules: CustomRules) -> None:
        import re2

        self.rules = rules
        self._patterns = [(p, _compile_re2(p.regex, p.label)) for p in rules.patterns]
        self._terms = []
        for t in rules.terms:
            body = "|".join(re2.escape(w) for w in sorted(t.terms, key=len, reverse=True))
            self._terms.append((t, re2.compile(body if t.case_sensitive else f"(?i:{body})")))

    def detect(self, doc: Document) -> list[Span]:
        text = encodable(doc.norm.text)  # re2 reads UTF-8: a lone surrogate would raise
        out: list[Span] = []
        for p, rx in self._patterns:
            for m in rx.finditer(text):
                if m.end() <= m.start():
                    continue
                if p.context:
                    left, right = window(text, m.start(), m.end(), before=40, after=20)
                    if not has_words(left + " " + right, p.context):
                        continue
                out.append(doc.span(m.start(), m.end(), p.label, p.score, f"custom:{p.label}", ("rule:custom",)))
        for t, rx in self._terms:
            for m in rx.finditer(text):
                out.append(doc.span(m.start(), m.end(), t.label, t.score, f"custom:{t.label}", ("rule:term",)))
        return out
