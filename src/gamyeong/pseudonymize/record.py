"""The processing record of one pseudonymization job (what the ledger keeps): counts, methods, key id, where
the additional information lives, who and when — never a value, never a key."""

from __future__ import annotations

import getpass
import hashlib
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from gamyeong.pseudonymize.engine import Result
from gamyeong.pseudonymize.policy import Policy
from gamyeong.pseudonymize.purpose import PurposeCategory

__all__ = ["DEFAULT_RETENTION_DAYS", "JobTally", "processing_record", "safe_location"]

#: Korean practice keeps processing records for at least three years.
DEFAULT_RETENTION_DAYS = 3 * 365
_URL_PASSWORD = re.compile(r"(://[^:/@]+):[^@]*@")


def safe_location(location: str | None) -> str | None:
    """A storage location fit for a record: a database URL loses its password."""
    return _URL_PASSWORD.sub(r"\1@", location) if location else None


@dataclass(slots=True)
class JobTally:
    """Counts kept while a job runs; ``fingerprint`` hashes the input as read (to tie the record to it)."""

    read: int = 0
    written: int = 0
    bad: int = 0
    blocked: int = 0
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    blocked_labels: Counter[str] = field(default_factory=Counter)
    _hash: Any = field(default_factory=hashlib.sha256)
    started: datetime = field(default_factory=lambda: datetime.now(UTC))

    def feed(self, raw: bytes) -> None:
        self._hash.update(raw)

    def add(self, result: Result) -> None:
        if result.blocked:
            self.blocked += 1
            self.blocked_labels.update(result.blocked)
        else:
            self.written += 1
            self.counts.update(result.counts)

    @property
    def fingerprint(self) -> str:
        return "sha256:" + str(self._hash.hexdigest())


def processing_record(
    *,
    tally: JobTally,
    policy: Policy,
    purpose: str,
    category: PurposeCategory,
    key_id: str | None,
    vault_location: str | None,
    version: str,
    retention_days: int = DEFAULT_RETENTION_DAYS,
    job_id: str | None = None,
    kind: str = "pseudonymize",
) -> dict[str, Any]:
    finished = datetime.now(UTC)
    labels: dict[str, dict[str, int]] = {}
    for (label, operator), n in sorted(tally.counts.items()):
        labels.setdefault(label, {})[operator] = n
    return {
        "kind": kind,
        "job_id": job_id or str(uuid.uuid4()),
        "purpose_category": category.value,
        "purpose": purpose,
        "input_fingerprint": tally.fingerprint,
        "records": {"read": tally.read, "written": tally.written, "bad": tally.bad, "blocked": tally.blocked},
        "labels": labels,
        "blocked_labels": dict(sorted(tally.blocked_labels.items())),
        "methods": {label: policy.action(label).operator for label in sorted(labels)},
        "policy": {"name": policy.name, "sha256": policy.digest},
        "key_id": key_id,
        "vault": safe_location(vault_location),
        "user": _user(),
        "started": tally.started.isoformat(),
        "finished": finished.isoformat(),
        "retain_until": (finished + timedelta(days=retention_days)).date().isoformat(),
        "gamyeong_version": version,
    }


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return "unknown"
