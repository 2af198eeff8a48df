"""The ``encrypt`` operator: deterministic AES-SIV tokens, restorable with the key (also after a rotation)."""

from __future__ import annotations

import base64
import dataclasses
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.errors import ConfigError
from gamyeong.langs import Language
from gamyeong.pseudonymize.keys import KeyRing, MissingKeyError, load_keys, new_keyfile, rotate_keyfile
from gamyeong.pseudonymize.operators import operator_class
from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.operators.encrypt import EncryptOperator, EncryptParams, decrypt_token, encrypt_value
from gamyeong.pseudonymize.tokens import TOKEN_RE, TokenKind, find_tokens

KEYS = KeyRing.generate()
PURPOSE = "민원 응대 품질 분석"
PHONE = Item("010-1234-5678", "PHONE", Language.KO, "01012345678")


def ctx(purpose: str = PURPOSE, keys: KeyRing | None = KEYS) -> OperatorContext:
    return OperatorContext(purpose=purpose, keys=keys)


def ident(token: str) -> str:
    m = TOKEN_RE.fullmatch(token)
    assert m is not None, token
    return m.group(2)


def test_identity() -> None:
    assert operator_class("encrypt") is EncryptOperator
    assert (EncryptOperator.name, EncryptOperator.reversible, EncryptOperator.needs_key) == ("encrypt", True, True)
    assert EncryptOperator.Params is EncryptParams
    assert EncryptOperator().params == EncryptParams(exact=False)
    with pytest.raises(ConfigError):
        EncryptParams(exact="yes")  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        EncryptParams().exact = True  # type: ignore[misc]


def test_token_grammar() -> None:
    token = EncryptOperator().apply(PHONE, ctx())
    found = list(find_tokens(f"전화는 {token}로 주세요"))
    assert len(found) == 1
    assert (found[0].label, found[0].kind) == ("PHONE", TokenKind.CIPHER)
    assert found[0].ident.startswith("x")
    assert "1234-5678" not in token  # a random ciphertext may hold "1234" alone by chance
    assert "12345678" not in token


def test_matches_reference_aes_siv() -> None:
    token = EncryptOperator().apply(PHONE, ctx())
    key = KEYS.derive(PURPOSE, "PHONE", "encrypt", length=64)
    sealed = AESSIV(key).encrypt(b"01012345678", [b"PHONE"])
    assert token == "<PHONE_x" + base64.b32encode(sealed).decode().rstrip("=") + ">"


def test_round_trip_normalized_by_default() -> None:
    op = EncryptOperator()
    token = op.apply(PHONE, ctx())
    assert op.apply(Item("01012345678", "PHONE", Language.KO, "01012345678"), ctx()) == token  # one token per value
    assert decrypt_token(ident(token), "PHONE", KEYS, PURPOSE) == "01012345678"


def test_round_trip_exact() -> None:
    op = EncryptOperator(EncryptParams(exact=True))
    token = op.apply(PHONE, ctx())
    assert decrypt_token(ident(token), "PHONE", KEYS, PURPOSE) == "010-1234-5678"
    assert op.apply(Item("01012345678", "PHONE", Language.KO, "01012345678"), ctx()) != token


SEPARATION = [
    pytest.param({"purpose": "another study"}, id="other-purpose"),
    pytest.param({"label": "OTHER_ID"}, id="other-label"),
    pytest.param({"keys": KeyRing.generate()}, id="other-key"),
]


@pytest.mark.parametrize("change", SEPARATION)
def test_separation(change: dict[str, object]) -> None:
    token = EncryptOperator().apply(PHONE, ctx())
    purpose = str(change.get("purpose", PURPOSE))
    label = str(change.get("label", "PHONE"))
    keys = change.get("keys", KEYS)
    assert isinstance(keys, KeyRing)
    assert decrypt_token(ident(token), label, keys, purpose) is None
    other = encrypt_value("01012345678", label, keys, purpose)
    assert other != ident(token)


def test_deterministic() -> None:
    assert EncryptOperator().apply(PHONE, ctx()) == EncryptOperator().apply(PHONE, ctx())


def test_rotation_old_tokens_still_restore(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    before = new_keyfile(path)
    old = EncryptOperator().apply(PHONE, ctx(keys=before))
    rotated = rotate_keyfile(path)
    new = EncryptOperator().apply(PHONE, ctx(keys=rotated))
    assert new != old
    loaded = load_keys(path)
    assert decrypt_token(ident(old), "PHONE", loaded, PURPOSE) == "01012345678"
    assert decrypt_token(ident(new), "PHONE", loaded, PURPOSE) == "01012345678"
    assert decrypt_token(ident(new), "PHONE", before, PURPOSE) is None


def flip(text: str) -> str:
    i = len(text) // 2
    return text[:i] + ("A" if text[i] != "A" else "B") + text[i + 1 :]


BAD = [
    pytest.param("", id="empty"),
    pytest.param("x", id="no-body"),
    pytest.param("12", id="local-number"),
    pytest.param("vABCDEFGH", id="vault-id"),
    pytest.param("xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", id="random-body"),
    pytest.param("x!!!!!!!!!!!!!!!!", id="not-base32"),
    pytest.param("x" + "A" * 3, id="too-short"),
]


@pytest.mark.parametrize("bad", BAD)
def test_bad_tokens_give_none(bad: str) -> None:
    assert decrypt_token(bad, "PHONE", KEYS, PURPOSE) is None


def test_tampered_tokens_give_none() -> None:
    good = ident(EncryptOperator().apply(PHONE, ctx()))
    assert decrypt_token(flip(good), "PHONE", KEYS, PURPOSE) is None
    assert decrypt_token(good[:-1], "PHONE", KEYS, PURPOSE) is None
    assert decrypt_token(good + "A", "PHONE", KEYS, PURPOSE) is None
    assert decrypt_token(good.lower(), "PHONE", KEYS, PURPOSE) is None


def test_missing_key() -> None:
    with pytest.raises(MissingKeyError) as info:
        EncryptOperator().apply(PHONE, ctx(keys=None))
    assert "5678" not in str(info.value)


@given(value=st.text(max_size=200), label=st.sampled_from(["PERSON", "EMAIL", "KR_RRN", "CUSTOM_MEMBER_NO"]))
def test_round_trip_any_text(value: str, label: str) -> None:
    token = EncryptOperator().apply(Item(value, label, Language.EN, value), ctx())
    m = TOKEN_RE.fullmatch(token)
    assert m is not None
    assert m.group(1) == label
    assert decrypt_token(m.group(2), label, KEYS, PURPOSE) == value
