"""What a ``run`` is: its settings (one frozen, picklable object every executor ships to its workers) and
the per-shard statistics that come back."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gamyeong.datasets.paths import FieldPath
from gamyeong.datasets.shards import DEFAULT_SHARD_SIZE, Format
from gamyeong.errors import ConfigError
from gamyeong.pseudonymize.policy import Policy

if TYPE_CHECKING:
    from gamyeong.pseudonymize.keys import KeyRing

__all__ = ["DEFAULT_PEOPLE_SEARCH_DOMAINS", "Executor", "FieldRule", "Filters", "Job", "ShardStats"]

Executor = Literal["local", "ray", "spark"]

#: People-search and personal-data aggregation sites whose pages are identity profiles, not text to learn from.
DEFAULT_PEOPLE_SEARCH_DOMAINS: frozenset[str] = frozenset(
    {
        "spokeo.com", "whitepages.com", "beenverified.com", "truepeoplesearch.com", "fastpeoplesearch.com",
        "radaris.com", "intelius.com", "peoplefinders.com", "mylife.com", "pipl.com", "instantcheckmate.com",
        "truthfinder.com", "peoplelooker.com", "thatsthem.com", "clustrmaps.com", "192.com", "ussearch.com",
        "zabasearch.com", "nuwber.com", "publicrecordsnow.com", "familytreenow.com", "pagesblanches.fr",
        "118712.fr", "annuaire-inverse.net", "infobel.com",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class FieldRule:
    """One field (a path into each record) and the policy its text gets."""

    path: FieldPath
    policy: Policy

    @classmethod
    def parse(cls, spec: str, default_policy: Policy, load: Any) -> FieldRule:
        """``path`` or ``path=POLICY`` (a built-in name or a TOML file): a column can get its own policy."""
        path, _, policy = spec.partition("=")
        return cls(FieldPath.parse(path), load(policy.strip()) if policy.strip() else default_policy)


@dataclass(frozen=True, slots=True)
class Filters:
    """Optional steps for scraped data. ``drop_domains`` sets aside records whose ``url_field`` is on one of
    those sites (subdomains too); ``dump_min_findings``, when set, sets aside a record with at least that many
    identifiers at ``dump_density`` or more per 100 characters (an identity dump, not prose)."""

    drop_domains: frozenset[str] = frozenset()
    url_field: str = "url"
    dump_min_findings: int | None = None
    dump_density: float = 2.0

    def __post_init__(self) -> None:
        if self.dump_min_findings is not None and self.dump_min_findings < 1:
            raise ConfigError("the identity-dump filter needs at least 1 finding (--dump-min-findings)")
        if self.dump_density <= 0:
            raise ConfigError("the identity-dump density must be above 0 identifiers per 100 characters")


@dataclass(frozen=True, slots=True)
class Job:
    """Everything a worker needs for its shards. ``keys`` and ``vault_key`` travel to the workers (they hold
    secrets: on a real cluster, the transport between driver and workers must be trusted)."""

    output: str
    fields: tuple[FieldRule, ...]
    purpose: str
    keys: KeyRing | None = field(default=None, repr=False)
    vault: str | None = field(default=None, repr=False)  # a URL may carry a password
    vault_key: bytes | None = field(default=None, repr=False)
    out_format: Format | None = None
    lang: str | None = None
    preset: str = "balanced"
    ner: bool = True  # spaCy for French/English names (False: rules only, much faster)
    max_chars: int = 1_000_000
    filters: Filters = Filters()
    shard_size: int = DEFAULT_SHARD_SIZE
    sample_size: int = 20
    id_field: str = "id"

    @property
    def out_dir(self) -> Path:
        return Path(self.output)

    @property
    def quarantine_dir(self) -> Path:
        return Path(str(Path(self.output)) + ".quarantine")

    @property
    def filtered_dir(self) -> Path:
        return Path(str(Path(self.output)) + ".filtered")

    @property
    def state_dir(self) -> Path:
        return self.out_dir / "_gamyeong"

    def digest(self, inputs: list[Path]) -> str:
        """What must not change between a run and its resumption: inputs, fields, policies, key, purpose."""
        doc = {
            "inputs": [[str(p.resolve()), p.stat().st_size, int(p.stat().st_mtime)] for p in inputs],
            "fields": [[str(r.path), r.policy.digest] for r in self.fields],
            "purpose": self.purpose,
            "key_id": self.keys.active_id if self.keys else None,
            "vault": self.vault,
            "out_format": self.out_format,
            "lang": self.lang,
            "preset": self.preset,
            "ner": self.ner,
            "max_chars": self.max_chars,
            "filters": [sorted(self.filters.drop_domains), self.filters.url_field, self.filters.dump_min_findings,
                        self.filters.dump_density],
            "shard_size": self.shard_size,
        }  # fmt: skip
        return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()


_COUNTERS = ("findings", "operators", "reasons")


@dataclass(slots=True)
class ShardStats:
    """What one shard did. ``samples`` holds changed records' output (already pseudonymized) with a
    deterministic priority, so the report's inspection sample is the same whoever ran the shards."""

    name: str
    source: str
    read: int = 0
    written: int = 0
    quarantined: int = 0
    filtered: int = 0
    blocked: int = 0
    changed: int = 0
    chars: int = 0
    seconds: float = 0.0
    fingerprint: str = ""
    findings: Counter[str] = field(default_factory=Counter)
    operators: Counter[str] = field(default_factory=Counter)  # "LABEL operator" → count
    reasons: Counter[str] = field(default_factory=Counter)  # quarantine/filter reason kinds
    samples: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The completion marker's content (JSON); counters sorted so markers compare byte for byte."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in _COUNTERS:
            out[name] = dict(sorted(out[name].items()))
        out["seconds"] = round(self.seconds, 3)
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ShardStats:
        values = {f.name: d[f.name] for f in fields(cls)}
        values.update({name: Counter(d[name]) for name in _COUNTERS})
        values["samples"] = list(d["samples"])
        return cls(**values)

    @property
    def balanced(self) -> bool:
        return self.read == self.written + self.quarantined + self.filtered
