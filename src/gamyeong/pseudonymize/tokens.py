"""The one grammar of reversible tokens, and its parser.

A token is ``<LABEL_ID>``: ``LABEL`` is a label of the vocabulary (``PERSON``, ``KR_RRN``, ``CUSTOM_X``) and
``ID`` is ASCII letters and digits, whose first character says what it is:

* ``<PERSON_1>``, ``<PHONE_12>``: a number, local to one document or conversation (the gateway's tokens);
* ``<PERSON_v8K2M4Q7T>``: ``v`` + a random id whose value is kept in the vault;
* ``<EMAIL_xGEZDGNBVGY3TQOJQ…>``: ``x`` + the AES-SIV ciphertext in unpadded base32 (``encrypt``).

Angle brackets, capitals and an underscore survive an LLM rewriting the text around them (models copy such
placeholders verbatim), and nothing in ordinary text looks like one. ``restore`` finds every token with
:data:`TOKEN_RE`; an unknown or tampered token is reported, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["TOKEN_RE", "Token", "TokenKind", "find_tokens", "format_token"]

TOKEN_RE = re.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*?)_((?:[0-9]+)|(?:v[A-Za-z0-9]{6,40})|(?:x[A-Z2-7]{16,}))>")


class TokenKind(StrEnum):
    LOCAL = "local"  # numbered within a document or conversation
    VAULT = "vault"
    CIPHER = "cipher"


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    label: str
    ident: str  # the part after the label (kind prefix included)

    @property
    def kind(self) -> TokenKind:
        if self.ident[0] == "v":
            return TokenKind.VAULT
        if self.ident[0] == "x":
            return TokenKind.CIPHER
        return TokenKind.LOCAL


def format_token(label: str, ident: str) -> str:
    token = f"<{label}_{ident}>"
    if TOKEN_RE.fullmatch(token) is None:
        raise ValueError(f"not a valid token for label {label!r}: the id must be digits, v+id or x+base32")
    return token


def find_tokens(text: str) -> Iterator[Token]:
    for m in TOKEN_RE.finditer(text):
        yield Token(m.start(), m.end(), m.group(1), m.group(2))
