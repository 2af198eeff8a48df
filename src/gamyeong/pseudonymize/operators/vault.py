"""``vault``: a random token whose value is kept in the vault, restorable by whoever holds the vault key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.tokens import format_token
from gamyeong.pseudonymize.vault import VaultError

__all__ = ["VaultOperator", "VaultParams"]


@dataclass(frozen=True, slots=True)
class VaultParams:
    """No parameters: the vault, its key and the scope come from the job (:class:`OperatorContext`)."""


class VaultOperator:
    """``<LABEL_v…>``: the same value gets the same token within one scope (job or conversation)."""

    name: ClassVar[str] = "vault"
    Params: ClassVar[type[Any]] = VaultParams
    reversible: ClassVar[bool] = True
    needs_key: ClassVar[bool] = False

    def __init__(self, params: VaultParams | None = None) -> None:
        self.params = params if params is not None else VaultParams()

    def __repr__(self) -> str:
        return "VaultOperator()"

    def apply(self, item: Item, ctx: OperatorContext) -> str:
        if ctx.vault is None:
            raise VaultError(
                f"the vault operator (label {item.label}) needs a vault: pass --vault PATH and --vault-key FILE"
            )
        return format_token(item.label, ctx.vault.put(ctx.scope, item.label, item.normalized, item.value))
