"""What every operator is: one hook (``apply``), identity as the class attribute ``name``, parameters as a
frozen dataclass validated on construction (``Params``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from gamyeong.langs import Language

if TYPE_CHECKING:
    from gamyeong.pseudonymize.keys import KeyRing
    from gamyeong.pseudonymize.vault import Vault

__all__ = ["Item", "Operator", "OperatorContext"]


@dataclass(frozen=True, slots=True)
class Item:
    """One value to replace. ``normalized`` is the validator's compact form (010-1234-5678 and 01012345678
    share it), which keyed operators use so that one value always gets one pseudonym."""

    value: str
    label: str
    lang: Language
    normalized: str


@dataclass(slots=True)
class OperatorContext:
    """What a job gives its operators. ``counters`` numbers values per document (``[PERSON_1]``); ``scope``
    is the vault's namespace for this job or conversation."""

    purpose: str
    keys: KeyRing | None = None
    vault: Vault | None = None
    scope: str = "default"
    counters: dict[tuple[str, str], int] = field(default_factory=dict)

    def number(self, label: str, normalized: str) -> int:
        """1, 2, 3 … per label, the same number for the same value within this context."""
        key = (label, normalized)
        if key not in self.counters:
            self.counters[key] = 1 + sum(1 for lab, _ in self.counters if lab == label)
        return self.counters[key]


class Operator(Protocol):
    name: ClassVar[str]
    #: the frozen dataclass of this operator's parameters (its fields are the TOML keys)
    Params: ClassVar[type[Any]]
    #: whether ``restore`` can give the value back (encrypt, fpe, vault)
    reversible: ClassVar[bool]
    #: whether the operator needs the pseudonym key (hmac, encrypt, fpe, surrogate)
    needs_key: ClassVar[bool]

    def apply(self, item: Item, ctx: OperatorContext) -> str: ...
