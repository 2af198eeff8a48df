"""The gateway's settings: one typed object, and a TOML file that maps onto it 1:1.

```toml
[gateway]
upstream = "https://llm.internal.example/v1"   # an OpenAI base_url, ending in /v1
upstream_key_env = "OPENAI_API_KEY"            # the upstream key is read from this variable, never the file
policy = "gateway"
audit_log = "/var/lib/gamyeong/audit.sqlite"
detect_timeout_s = 30

[[clients]]
name = "support-bot"
key_sha256 = "…"            # gamyeong keys client-new prints it; the key itself is never stored
policy = "gateway"
requests_per_minute = 600
```
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from gamyeong.errors import ConfigError
from gamyeong.pseudonymize.policy import Action, Policy, load_policy

__all__ = ["ClientSettings", "GatewaySettings", "gateway_policy", "hash_client_key", "load_settings"]

DEFAULT_PORT = 8000


def hash_client_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def gateway_policy(policy: str | Path | Policy = "gateway") -> Policy:
    """The built-in ``gateway`` policy deletes RRNs in files; the gateway refuses them outright (block): a
    request holding one is not sent. A policy of the user's is taken as it is."""
    resolved = load_policy(policy)
    if isinstance(policy, str) and policy == "gateway":
        labels = dict(resolved.labels)
        for label in ("KR_RRN", "KR_FRN"):
            labels[label] = Action("block")
        resolved = Policy("gateway", labels=labels, default=resolved.default,
                          description="gateway: reversible tokens; RRN/FRN blocked")  # fmt: skip
    return resolved


@dataclass(frozen=True, slots=True)
class ClientSettings:
    name: str
    key_sha256: str = field(repr=False)
    policy: str = "gateway"
    requests_per_minute: int = 600

    def __post_init__(self) -> None:
        if len(self.key_sha256) != 64 or any(c not in "0123456789abcdef" for c in self.key_sha256):
            raise ConfigError(f"client {self.name!r}: key_sha256 must be 64 lower-case hex digits (SHA-256)")
        if self.requests_per_minute < 1:
            raise ConfigError(f"client {self.name!r}: requests_per_minute must be at least 1")


@dataclass(frozen=True, slots=True)
class GatewaySettings:
    upstream: str
    upstream_key: str | None = field(default=None, repr=False)
    policy: str = "gateway"
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    audit_log: str | None = None
    clients: tuple[ClientSettings, ...] = ()
    detect_timeout_s: float = 30.0
    upstream_timeout_s: float = 600.0
    max_request_bytes: int = 4_000_000
    retention_days: int = 730
    conversations: int = 10_000  # remembered at once (least recently used forgotten first)
    #: keep conversations in this vault (SQLite path or postgresql:// URL; key from GAMYEONG_VAULT_KEY) so that
    #: several gateway instances share them; default: in each process's memory
    conversation_vault: str | None = None
    answer_action: str = "flag"  # personal data the model produced on its own: "flag" (count) or "mask"
    #: French/English names by rules only, without spaCy: screening 2–4× faster on those languages
    fast: bool = False
    #: the pattern detectors run in a second process beside the name detectors (gamyeong.detect.helper): a 2 KB
    #: French or English request is screened in about two thirds of the time when a core is free; the same spans
    detect_helper: bool = True
    #: the rate limit of the one local client when no client keys are configured (loopback only)
    local_requests_per_minute: int = 600

    def __post_init__(self) -> None:
        if not self.upstream.startswith(("http://", "https://")):
            raise ConfigError("--upstream must be an http(s) URL, an OpenAI base_url such as https://host/v1")
        if self.local_requests_per_minute < 1:
            raise ConfigError("local_requests_per_minute must be at least 1")
        if self.answer_action not in ("flag", "mask"):
            raise ConfigError("answer_action must be flag or mask")
        if self.detect_timeout_s <= 0 or self.upstream_timeout_s <= 0:
            raise ConfigError("timeouts must be positive numbers of seconds")
        if self.retention_days < 365:
            raise ConfigError("keep the audit log at least 365 days (Korean rules ask for one to two years)")
        names = [c.name for c in self.clients]
        if len(set(names)) != len(names):
            raise ConfigError("two clients have the same name in the gateway configuration")

    def check_listen(self) -> str:
        """Refuse to listen beyond loopback without client keys; returns the line to print at start."""
        if self.clients:
            return f"gateway: {len(self.clients)} client key(s) configured; listening on {self.host}:{self.port}"
        if not _loopback(self.host):
            raise ConfigError(
                f"no client keys are configured, so the gateway serves only on a loopback address, not {self.host}: "
                "add [[clients]] to the configuration (gamyeong keys client-new) or use --host 127.0.0.1"
            )
        return f"gateway: no client keys configured: serving on loopback only ({self.host}:{self.port})"


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def load_settings(path: Path | None = None, **overrides: Any) -> GatewaySettings:
    """Settings from a TOML file (``[gateway]`` table and ``[[clients]]``), then ``overrides`` (command-line
    options that were given). The upstream key comes from the environment variable ``upstream_key_env``
    (default ``GAMYEONG_UPSTREAM_KEY``), never from the file or the command line."""
    data: dict[str, Any] = {}
    clients: list[ClientSettings] = []
    if path is not None:
        try:
            doc = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read the gateway configuration {path}: {exc.strerror}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path.name} is not valid TOML ({exc})") from None
        data = dict(doc.get("gateway", {}))
        for entry in doc.get("clients", []):
            try:
                clients.append(ClientSettings(**entry))
            except TypeError:
                raise ConfigError(
                    f"a [[clients]] entry in {path.name} has unknown keys; use name, key_sha256, policy, "
                    "requests_per_minute"
                ) from None
    env_name = str(data.pop("upstream_key_env", "GAMYEONG_UPSTREAM_KEY"))
    known = {f.name for f in fields(GatewaySettings)} - {"upstream_key", "clients"}
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"unknown [gateway] setting(s): {', '.join(sorted(unknown))}")
    data.update({k: v for k, v in overrides.items() if v is not None})
    if "upstream" not in data:
        raise ConfigError("no upstream: pass --upstream BASE_URL (an OpenAI base_url ending in /v1)")
    try:
        return GatewaySettings(upstream_key=os.environ.get(env_name) or None, clients=tuple(clients), **data)
    except TypeError as exc:
        raise ConfigError(f"gateway settings: {exc}") from None
