"""What happens to one record: filters, detection and pseudonymization of each named field, written back in
place. Pure apart from the analyzer and vault it is given; a record that cannot be processed comes back as an
outcome with a reason (never the value), and nothing raises past it except a broken job."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from gamyeong.datasets.job import Filters, Job
from gamyeong.datasets.paths import Slot, find
from gamyeong.detect import Analyzer
from gamyeong.errors import GamyeongError
from gamyeong.langs import Language, detect_language, parse_language
from gamyeong.pseudonymize.engine import apply_policy
from gamyeong.pseudonymize.operators.base import OperatorContext
from gamyeong.pseudonymize.vault import Vault

__all__ = ["Outcome", "process_record", "texts_to_detect"]

#: labels that count towards the identity-dump density: every built-in one, names and addresses included (a
#: dump lists people); a user's own CUSTOM_* labels do not


@dataclass(slots=True)
class Outcome:
    kind: Literal["written", "quarantined", "filtered"]
    record: dict[str, Any]
    reason: str = ""
    reason_kind: str = ""
    blocked: bool = False
    changed: bool = False
    chars: int = 0
    findings: Counter[str] = field(default_factory=Counter)
    operators: Counter[str] = field(default_factory=Counter)
    texts: list[str] = field(default_factory=list)


def _quarantine(record: dict[str, Any], kind: str, reason: str, **extra: Any) -> Outcome:
    return Outcome("quarantined", record, reason, kind, **extra)


def _listed(url: Any, domains: frozenset[str]) -> bool:
    if not isinstance(url, str) or not domains:
        return False
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().rstrip(".")
    except ValueError:
        return False
    parts = host.split(".")
    return any(".".join(parts[i:]) in domains for i in range(len(parts) - 1))


def _texts(record: dict[str, Any], job: Job) -> tuple[list[tuple[Slot, int]], Outcome | None]:
    """(slot, rule index) for every text to process, or the quarantine outcome saying which field is wrong."""
    found: list[tuple[Slot, int]] = []
    for i, rule in enumerate(job.fields):
        slots = find(record, rule.path)
        if slots is None:
            return [], _quarantine(record, "missing field", f"no field {rule.path} in this record; check --field")
        for slot in slots:
            value = slot.value
            if value is None and rule.path.wildcard:
                continue  # e.g. an assistant message whose content is null (a tool call)
            if not isinstance(value, str):
                kind = "null" if value is None else type(value).__name__
                return [], _quarantine(record, "not text", f"field {rule.path} is {kind}, not text")
            if len(value) > job.max_chars:
                return [], _quarantine(
                    record, "too long", f"field {rule.path} has {len(value):,} characters, over --max-chars "
                    f"{job.max_chars:,}; split the record or raise the limit",
                )  # fmt: skip
            found.append((slot, i))
    return found, None


def texts_to_detect(record: dict[str, Any], job: Job) -> list[tuple[str, Language]]:
    """The texts ``process_record`` will detect in this record, with their languages (none when the record
    will be quarantined or filtered out by its URL): what ``Analyzer.prefetch`` prepares for a chunk of records."""
    if job.filters.drop_domains and _listed(record.get(job.filters.url_field), job.filters.drop_domains):
        return []
    targets, bad = _texts(record, job)
    if bad is not None:
        return []
    forced = parse_language(job.lang) if job.lang else None
    return [(slot.value, forced or detect_language(slot.value)) for slot, _ in targets]


def _dump(n: int, chars: int, filters: Filters) -> bool:
    if filters.dump_min_findings is None or n < filters.dump_min_findings:
        return False
    return n * 100 >= filters.dump_density * max(chars, 1)


def process_record(record: dict[str, Any], job: Job, analyzer: Analyzer, vault: Vault | None) -> Outcome:
    filters = job.filters
    if filters.drop_domains and _listed(record.get(filters.url_field), filters.drop_domains):
        return Outcome("filtered", record, "the URL is on a people-search site", "people-search domain")
    targets, bad = _texts(record, job)
    if bad is not None:
        return bad
    forced = parse_language(job.lang) if job.lang else None
    detected = []
    chars = 0
    for slot, _ in targets:
        text: str = slot.value
        lang = forced or detect_language(text)
        chars += len(text)
        detected.append((text, lang, analyzer.detect(text, lang)))
    findings: Counter[str] = Counter(str(s.label) for _, _, spans in detected for s in spans)
    dump_n = sum(n for label, n in findings.items() if not label.startswith("CUSTOM_"))
    if _dump(dump_n, chars, filters):
        return Outcome(
            "filtered", record, f"{dump_n} identifiers in {chars} characters", "identity dump",
            chars=chars, findings=findings,
        )  # fmt: skip
    # One context per record: numbered tags agree across its fields; one vault scope per purpose, so a value
    # gets the same token in every record and file of a corpus.
    ctx = OperatorContext(purpose=job.purpose, keys=job.keys, vault=vault, scope=f"purpose:{job.purpose}")
    operators: Counter[str] = Counter()
    new_texts: list[str] = []
    for (_, rule_i), (text, lang, spans) in zip(targets, detected, strict=True):
        try:
            result = apply_policy(text, spans, job.fields[rule_i].policy, ctx, lang)
        except GamyeongError as exc:
            return _quarantine(record, "operator error", exc.message, chars=chars, findings=findings)
        if result.blocked:
            return _quarantine(
                record, "blocked", f"blocked by the policy: it holds {', '.join(result.blocked)}",
                blocked=True, chars=chars, findings=findings,
            )  # fmt: skip
        for (label, op), n in result.counts.items():
            operators[f"{label} {op}"] += n
        new_texts.append(result.text)
    changed = False
    for (slot, _), new in zip(targets, new_texts, strict=True):
        if new != slot.value:
            changed = True
            slot.set(new)
    return Outcome("written", record, chars=chars, findings=findings, operators=operators, changed=changed,
                   texts=new_texts)  # fmt: skip
