"""Policies: label → action (an operator with parameters, ``keep`` or ``block``), from TOML or built in.

A policy file maps 1:1 onto :class:`Policy`::

    name = "my-project"
    description = "hash identifiers, replace names"
    default = "redact"                      # for labels not listed
    legal_basis = ""                        # needed before an RRN may be anything but deleted (PIPA art. 24-2)

    [labels]
    KR_RRN = "redact"
    PHONE = { action = "hmac", length = 12 }
    PERSON = "surrogate"
    EMAIL = "keep"

Regulatory default (DESIGN §5): a resident or foreigner registration number is deleted (``redact``) or the
record refused (``block``); hashing, tokenizing, masking, surrogates or keeping it need a stated legal basis.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from gamyeong.errors import ConfigError, GamyeongError
from gamyeong.labels import Label, parse_label
from gamyeong.pseudonymize.operators import operator_class

__all__ = ["BLOCK", "BUILTIN_POLICIES", "KEEP", "Action", "Policy", "PolicyError", "load_policy"]

KEEP = "keep"
BLOCK = "block"
#: labels that must be deleted unless the policy states a legal basis
DELETE_BY_DEFAULT = frozenset({Label.KR_RRN, Label.KR_FRN})
_DELETING = frozenset({"redact", BLOCK})


def _FPE_LABELS() -> frozenset[str]:  # noqa: N802 - a constant, loaded late (the fpe module imports ffx)
    from gamyeong.pseudonymize.operators.fpe import FPE_LABELS

    return frozenset(FPE_LABELS)


class PolicyError(ConfigError):
    default_message = "the policy is not valid"


@dataclass(frozen=True, slots=True)
class Action:
    """``operator`` is an operator name, ``keep`` or ``block``; ``params`` its parameters (TOML keys)."""

    operator: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def parse(cls, value: object, where: str) -> Action:
        if isinstance(value, str):
            name, params = value, {}
        elif isinstance(value, Mapping):
            params = dict(value)
            name = params.pop("action", None)
            if not isinstance(name, str):
                raise PolicyError(f'{where}: a table needs action = "<operator>", e.g. {{ action = "hmac" }}')
        else:
            raise PolicyError(f"{where}: expected an operator name or a table with action = …")
        if name in (KEEP, BLOCK):
            if params:
                raise PolicyError(f"{where}: {name} takes no parameters")
            return cls(name)
        try:
            op_class = operator_class(name)
        except ValueError as exc:
            raise PolicyError(f"{where}: {exc}") from None
        allowed = {f.name for f in fields(op_class.Params)}
        unknown = sorted(set(params) - allowed)
        if unknown:
            names = ", ".join(sorted(allowed)) or "none"
            raise PolicyError(f"{where}: {name} has no parameter {', '.join(unknown)} (parameters: {names})")
        try:
            op_class.Params(**params)
        except (TypeError, ValueError, GamyeongError) as exc:
            raise PolicyError(f"{where}: {exc}") from None
        return cls(name, tuple(sorted(params.items())))

    def build(self) -> Any:
        """The configured operator instance (``keep``/``block`` have none)."""
        if self.operator in (KEEP, BLOCK):
            raise ValueError(f"{self.operator} is not an operator")
        op_class = operator_class(self.operator)
        return op_class(op_class.Params(**dict(self.params)))

    def to_toml_value(self) -> str | dict[str, Any]:
        return self.operator if not self.params else {"action": self.operator, **dict(self.params)}


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    labels: Mapping[str, Action] = field(default_factory=dict)
    default: Action = Action("redact")
    description: str = ""
    legal_basis: str = ""

    def __post_init__(self) -> None:
        if self.default.operator == "fpe":
            raise PolicyError(f"policy {self.name!r}: fpe works on numeric identifiers only; it cannot be the default")
        for label, action in self.labels.items():
            if action.operator == "fpe" and label not in _FPE_LABELS():
                raise PolicyError(f"policy {self.name!r}: fpe cannot encrypt {label} (not a numeric identifier)")
        if not self.legal_basis.strip():
            for label in DELETE_BY_DEFAULT:
                if self.action(label).operator not in _DELETING:
                    raise PolicyError(
                        f"policy {self.name!r}: {label} must be deleted (redact) or blocked; "
                        f'{self.action(label).operator} needs a stated legal basis (legal_basis = "…")'
                    )

    def action(self, label: str) -> Action:
        return self.labels.get(label, self.default)

    @property
    def reversible(self) -> bool:
        actions = [*self.labels.values(), self.default]
        return any(a.operator in {"encrypt", "fpe", "vault"} for a in actions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "default": self.default.to_toml_value(),
            "legal_basis": self.legal_basis,
            "labels": {label: a.to_toml_value() for label, a in sorted(self.labels.items())},
        }

    @property
    def uses_vault(self) -> bool:
        return any(a.operator == "vault" for a in [*self.labels.values(), self.default])

    @property
    def needs_key(self) -> bool:
        """Whether an action needs the pseudonym key (hmac, encrypt, fpe, surrogate)."""
        ops = {a.operator for a in [*self.labels.values(), self.default]} - {KEEP, BLOCK}
        return any(operator_class(op).needs_key for op in ops)

    @property
    def digest(self) -> str:
        """SHA-256 of the policy's canonical JSON: the processing record names the exact policy used."""
        canonical = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "policy") -> Policy:
        unknown = sorted(set(data) - {"name", "description", "default", "legal_basis", "labels"})
        if unknown:
            raise PolicyError(f"{source}: unknown key(s) {', '.join(unknown)}; use name, description, default, "
                              "legal_basis and [labels]")  # fmt: skip
        raw_labels = data.get("labels", {})
        if not isinstance(raw_labels, Mapping):
            raise PolicyError(f"{source}: [labels] must be a table of LABEL = action")
        labels: dict[str, Action] = {}
        for key, value in raw_labels.items():
            try:
                label = parse_label(str(key))
            except ValueError as exc:
                raise PolicyError(f"{source} [labels]: {exc}") from None
            labels[label] = Action.parse(value, f"{source} [labels] {label}")
        return cls(
            name=str(data.get("name", source)),
            labels=labels,
            default=Action.parse(data.get("default", "redact"), f"{source} default"),
            description=str(data.get("description", "")),
            legal_basis=str(data.get("legal_basis", "")),
        )


_IDS = (
    Label.KR_PASSPORT, Label.KR_DRIVER_LICENSE, Label.KR_BRN, Label.BANK_ACCOUNT, Label.CREDIT_CARD, Label.IBAN,
    Label.FR_NIR, Label.PASSPORT, Label.OTHER_ID, Label.PHONE, Label.EMAIL, Label.IP_ADDRESS, Label.URL,
    Label.VEHICLE_PLATE,
)  # fmt: skip

BUILTIN_POLICIES: dict[str, Policy] = {
    # Irreversible, for training corpora: identifiers become keyed pseudonyms (one person stays one pseudonym
    # across the corpus, per purpose), names realistic surrogates, addresses and birth dates coarser.
    "training": Policy(
        name="training",
        description="irreversible: RRN/FRN deleted, identifiers hmac, names surrogate, addresses and DOB generalized",
        labels={
            Label.KR_RRN: Action("redact"),
            Label.KR_FRN: Action("redact"),
            **{label: Action("hmac") for label in _IDS},
            Label.PERSON: Action("surrogate"),
            Label.ADDRESS: Action("generalize"),
            Label.DATE_OF_BIRTH: Action("generalize"),
        },
    ),
    # Reversible per conversation, for LLM traffic: the gateway restores answers from the vault. The RRN is
    # deleted here (and the gateway blocks the request before anything is sent).
    "gateway": Policy(
        name="gateway",
        description="reversible vault tokens for everything except RRN/FRN, which are deleted",
        labels={Label.KR_RRN: Action("redact"), Label.KR_FRN: Action("redact")},
        default=Action("vault"),
    ),
    # Strongest, for sharing outside the organisation: every value is removed; numbered tags keep the text
    # readable (who is who) without any way back.
    "share": Policy(
        name="share",
        description="everything redacted (numbered tags per document), nothing reversible",
        default=Action("redact", (("numbered", True),)),
    ),
}


def load_policy(spec: str | Path | Policy) -> Policy:
    """A built-in name (training, gateway, share), a TOML file, or a Policy as is."""
    if isinstance(spec, Policy):
        return spec
    if isinstance(spec, str) and spec in BUILTIN_POLICIES:
        return BUILTIN_POLICIES[spec]
    path = Path(spec)
    if not path.suffix == ".toml" and not path.exists():
        raise PolicyError(
            f"no policy {str(spec)!r}: use a built-in ({', '.join(BUILTIN_POLICIES)}) or the path of a TOML file"
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PolicyError(f"{path}: no such policy file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path}: not valid TOML ({exc})") from None
    return Policy.from_dict(data, path.name)
