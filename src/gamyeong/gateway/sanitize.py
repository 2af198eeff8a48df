"""The gateway's pure core: text + spans + policy → text safe to send, and back.

A :class:`Conversation` holds the mapping between each value and its token (``<PERSON_1>``, ``<PHONE_2>``: the
numbered form of the token grammar), so the same value is the same token in every turn and every answer comes
back with the values restored. The mapping lives only in the gateway. Each spelling of a value gets its own
token, so what comes back is exactly what was sent.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from gamyeong.errors import ValidationError
from gamyeong.langs import Language
from gamyeong.pseudonymize.engine import merge_overlaps, operator_for
from gamyeong.pseudonymize.normal import normalize_value
from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.policy import BLOCK, KEEP, Policy
from gamyeong.pseudonymize.tokens import TokenKind, find_tokens, format_token
from gamyeong.pseudonymize.vault import Vault
from gamyeong.spans import Span

__all__ = ["REVERSIBLE", "Conversation", "Sanitized", "VaultConversation", "restore_text", "sanitize_text"]

#: policy operators the gateway turns into conversation tokens (restored in answers); others apply as they are
REVERSIBLE = frozenset({"vault", "encrypt"})


@dataclass(slots=True)
class Conversation:
    """Token ↔ value for one conversation. Thread-safe: concurrent requests of one conversation may share it."""

    forward: dict[tuple[str, str], str] = field(default_factory=dict)
    backward: dict[str, str] = field(default_factory=dict)
    numbers: Counter[str] = field(default_factory=Counter)
    values: set[str] = field(default_factory=set, repr=False)  # every value given a token (answer scans ask)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def token(self, label: str, value: str) -> str:
        with self._lock:
            key = (label, value)
            found = self.forward.get(key)
            if found is None:
                self.numbers[label] += 1
                found = f"<{label}_{self.numbers[label]}>"
                self.forward[key] = found
                self.backward[found] = value
                self.values.add(value)
            return found

    def value(self, token: str) -> str | None:
        return self.backward.get(token)

    def knows_value(self, value: str) -> bool:
        with self._lock:
            return value in self.values

    def __repr__(self) -> str:  # never the values
        return f"Conversation(tokens={len(self.backward)})"


class VaultConversation:
    """A conversation kept in the vault, so that several gateway instances share it: the same value gets the
    same ``<LABEL_v…>`` token on every instance, and any instance restores any of its tokens."""

    def __init__(self, vault: Vault, scope: str) -> None:
        self.vault = vault
        self.scope = scope
        self._seen: set[str] = set()  # values tokenized through this object (for the answer scan)

    def token(self, label: str, value: str) -> str:
        self._seen.add(value)
        # one token per spelling (the vault keys on both); the normalized form lets `vault forget` find it
        return format_token(label, self.vault.put(self.scope, label, normalize_value(label, value), value))

    def value(self, token: str) -> str | None:
        found = next(find_tokens(token), None)
        if found is None or found.kind is not TokenKind.VAULT:
            return None
        entry = self.vault.get(found.ident, scope=self.scope)  # never another conversation's token
        return entry[1] if entry is not None and entry[0] == found.label else None

    def knows_value(self, value: str) -> bool:
        return value in self._seen

    def __repr__(self) -> str:
        return f"VaultConversation(scope={len(self.scope)} chars)"


@dataclass(frozen=True, slots=True)
class Sanitized:
    text: str
    counts: Counter[str]  # label → how many values were replaced (or kept, or blocked)
    blocked: tuple[str, ...] = ()


def sanitize_text(
    text: str,
    spans: Sequence[Span],
    policy: Policy,
    conversation: Conversation | VaultConversation,
    lang: Language,
    ctx: OperatorContext,
) -> Sanitized:
    """Replace every span by its policy action: reversible operators become conversation tokens, ``keep``
    leaves the value, ``block`` names the label (the caller refuses the request), other operators (redact,
    mask, hmac …) apply as in ``pseudonymize``. Overlapping spans are merged first."""
    counts: Counter[str] = Counter()
    blocked: set[str] = set()
    pieces: list[str] = []
    pos = 0
    for span in merge_overlaps(spans):
        action = policy.action(span.label)
        counts[span.label] += 1
        if action.operator == KEEP:
            continue
        if action.operator == BLOCK:
            blocked.add(str(span.label))
            continue
        value = text[span.start : span.end]
        if action.operator in REVERSIBLE:
            new = conversation.token(str(span.label), value)
        else:
            item = Item(value, str(span.label), lang, normalize_value(span.label, value))
            try:
                new = operator_for(action).apply(item, ctx)
            except (ValidationError, ValueError):  # as in pseudonymize: removed, never left readable
                new = f"[{span.label}]"
        pieces.append(text[pos : span.start])
        pieces.append(new)
        pos = span.end
    pieces.append(text[pos:])
    return Sanitized("".join(pieces), counts, tuple(sorted(blocked)))


def restore_text(
    text: str, conversation: Conversation | VaultConversation, *, json_string: bool = False
) -> tuple[str, int]:
    """The text with every token of this conversation replaced by its value; (text, how many restored).
    Tokens the conversation does not know (the model invented one) stay as they are. ``json_string``: the text
    is JSON (tool-call arguments, JSON mode), where a token stands inside a string, so the value goes in
    JSON-escaped (a quote or a line break in an address must not break the JSON)."""
    if "<" not in text:
        return text, 0
    pieces: list[str] = []
    pos = restored = 0
    for token in find_tokens(text):
        if token.kind is TokenKind.CIPHER:
            continue
        value = conversation.value(text[token.start : token.end])
        if value is None:
            continue
        pieces.append(text[pos : token.start])
        pieces.append(json.dumps(value, ensure_ascii=False)[1:-1] if json_string else value)
        pos = token.end
        restored += 1
    pieces.append(text[pos:])
    return "".join(pieces), restored
