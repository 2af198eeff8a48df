"""``encrypt``: a deterministic reversible token, AES-SIV (RFC 5297) under a key derived per purpose and label.

The token follows the one grammar of :mod:`gamyeong.pseudonymize.tokens`: ``<LABEL_x…>`` where ``…`` is the
SIV ciphertext (16-byte synthetic IV + the value's UTF-8) in unpadded base32. The key is
``KeyRing.derive(purpose, label, "encrypt", length=64)`` (AES-256-SIV) and the label is the associated data,
so a token decrypts only with the same key, purpose and label: a token whose label was changed, or whose text
an LLM altered, is reported as unrestorable, never guessed.

By default the normalized form is encrypted (one token per value however it was written; ``restore`` gives
the compact form back: ``01012345678``). ``exact = true`` encrypts the text as written instead, so ``restore``
gives back the exact input, at the price of one token per spelling.

The token does not name its key: :func:`decrypt_token` tries the active key, then the older ones (rotation).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import ClassVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV

from gamyeong.errors import ConfigError
from gamyeong.pseudonymize.keys import KeyRing, MissingKeyError
from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.tokens import format_token

__all__ = ["EncryptOperator", "EncryptParams", "decrypt_token", "encrypt_value"]

_USE = "encrypt"
_KEY_BYTES = 64  # AES-256-SIV: two 256-bit keys
_PREFIX = "x"


@dataclass(frozen=True, slots=True)
class EncryptParams:
    #: encrypt the text as written (exact restore) instead of its normalized form (one token per value)
    exact: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.exact, bool):
            raise ConfigError("encrypt: exact must be true or false")


def _cipher(keys: KeyRing, purpose: str, label: str, key_id: str | None) -> AESSIV:
    return AESSIV(keys.derive(purpose, label, _USE, key_id=key_id, length=_KEY_BYTES))


def encrypt_value(value: str, label: str, keys: KeyRing, purpose: str) -> str:
    """The token ident (``x`` + base32 ciphertext) of ``value`` under the active key."""
    sealed = _cipher(keys, purpose, label, None).encrypt(value.encode("utf-8"), [label.encode("utf-8")])
    return _PREFIX + base64.b32encode(sealed).decode("ascii").rstrip("=")


def decrypt_token(token_ident: str, label: str, keys: KeyRing, purpose: str) -> str | None:
    """The value inside a token ident (``x…``), trying the active key first, then older ones.

    ``None`` when it is not a cipher ident, is damaged, or was made with another key, purpose or label:
    never raises on a bad token.
    """
    if not token_ident.startswith(_PREFIX):
        return None
    body = token_ident[len(_PREFIX) :]
    try:
        sealed = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return None
    for key_id in keys.ids_active_first():
        try:
            plain = _cipher(keys, purpose, label, key_id).decrypt(sealed, [label.encode("utf-8")])
        except (InvalidTag, ValueError):
            continue
        try:
            return plain.decode("utf-8")
        except UnicodeDecodeError:
            return None
    return None


class EncryptOperator:
    name: ClassVar[str] = "encrypt"
    Params: ClassVar[type[EncryptParams]] = EncryptParams
    reversible: ClassVar[bool] = True
    needs_key: ClassVar[bool] = True

    def __init__(self, params: EncryptParams | None = None) -> None:
        self.params = params or EncryptParams()

    def apply(self, item: Item, ctx: OperatorContext) -> str:
        if ctx.keys is None:
            raise MissingKeyError("the encrypt operator needs a pseudonym key: pass --key FILE or set GAMYEONG_KEY")
        plain = item.value if self.params.exact else item.normalized
        return format_token(item.label, encrypt_value(plain, item.label, ctx.keys, ctx.purpose))
