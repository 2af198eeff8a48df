"""The ``vault`` operator: a random token per value and scope, restorable through the vault."""

from __future__ import annotations

import dataclasses

import pytest

from gamyeong.errors import GamyeongError
from gamyeong.langs import Language
from gamyeong.pseudonymize.operators import operator_class
from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.operators.vault import VaultOperator, VaultParams
from gamyeong.pseudonymize.tokens import TOKEN_RE, TokenKind, find_tokens
from gamyeong.pseudonymize.vault import Vault, VaultError

PHONE = Item("010-1234-5678", "PHONE", Language.KO, "01012345678")
PHONE_OTHER_SPELLING = Item("01012345678", "PHONE", Language.KO, "01012345678")
NAME = Item("김민준", "PERSON", Language.KO, "김민준")


def test_identity() -> None:
    assert operator_class("vault") is VaultOperator
    assert (VaultOperator.name, VaultOperator.reversible, VaultOperator.needs_key) == ("vault", True, False)
    assert VaultOperator.Params is VaultParams
    assert dataclasses.fields(VaultParams()) == ()
    assert VaultParams.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert VaultParams() == VaultParams()


def test_apply_gives_a_vault_token_that_restores(vault: Vault) -> None:
    ctx = OperatorContext(purpose="test", vault=vault, scope="conversation-1")
    token = VaultOperator().apply(PHONE, ctx)
    assert TOKEN_RE.fullmatch(token)
    (parsed,) = find_tokens(f"전화 {token}로 주세요")
    assert (parsed.label, parsed.kind) == ("PHONE", TokenKind.VAULT)
    assert vault.get(parsed.ident) == ("PHONE", PHONE.value)
    assert "12345678" not in token  # a random id may hold "1234" alone by chance


@pytest.mark.parametrize(
    ("second", "scope", "same"),
    [
        pytest.param(PHONE, "conversation-1", True, id="same-value"),
        pytest.param(PHONE_OTHER_SPELLING, "conversation-1", False, id="other-spelling-restores-as-written"),
        pytest.param(PHONE, "conversation-2", False, id="other-scope"),
        pytest.param(NAME, "conversation-1", False, id="other-value"),
    ],
)
def test_stable_within_a_scope(vault: Vault, second: Item, scope: str, same: bool) -> None:
    op = VaultOperator(VaultParams())
    first = op.apply(PHONE, OperatorContext(purpose="p", vault=vault, scope="conversation-1"))
    again = op.apply(second, OperatorContext(purpose="p", vault=vault, scope=scope))
    assert (first == again) is same


def test_without_a_vault_the_error_says_what_to_pass() -> None:
    with pytest.raises(VaultError, match="pass --vault PATH and --vault-key FILE") as info:
        VaultOperator().apply(PHONE, OperatorContext(purpose="p"))
    assert isinstance(info.value, GamyeongError)
    assert PHONE.value not in str(info.value)
    assert PHONE.normalized not in str(info.value)
