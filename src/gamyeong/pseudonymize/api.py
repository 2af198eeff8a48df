"""``pseudonymize`` and ``restore``: the public functions over the pure engine."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gamyeong.detect import Analyzer
from gamyeong.errors import GamyeongError
from gamyeong.langs import Language, detect_language, parse_language
from gamyeong.pseudonymize.engine import Replaced, Result, apply_policy
from gamyeong.pseudonymize.operators.base import OperatorContext
from gamyeong.pseudonymize.policy import Policy, load_policy
from gamyeong.pseudonymize.tokens import TokenKind, find_tokens
from gamyeong.spans import Span

if TYPE_CHECKING:
    from gamyeong.pseudonymize.keys import KeyRing
    from gamyeong.pseudonymize.vault import Vault

__all__ = ["RestoreResult", "Unrestorable", "pseudonymize", "restore"]


def _lang(lang: str | Language | None, text: str) -> Language:
    if isinstance(lang, Language):
        return lang
    parsed = parse_language(lang) if lang else None
    return parsed or detect_language(text)


def pseudonymize(
    text: str,
    policy: str | Path | Policy = "training",
    *,
    keys: KeyRing | None = None,
    purpose: str = "",
    lang: str | Language | None = None,
    vault: Vault | None = None,
    scope: str = "default",
    spans: Sequence[Span] | None = None,
    analyzer: Analyzer | None = None,
    context: OperatorContext | None = None,
) -> Result:
    """Detect personal data in ``text`` (or use the given ``spans``) and rewrite it by ``policy``.

    ``keys`` and ``purpose`` drive the keyed operators (hmac, encrypt, fpe, surrogate): the same key and
    purpose give the same pseudonym for the same value, another purpose another one. ``context`` carries
    numbering and keys across calls (one per document or conversation); otherwise a fresh one is made.
    """
    resolved = load_policy(policy)
    language = _lang(lang, text)
    if spans is None:
        spans = (analyzer or _default_analyzer()).detect(text, language)
    ctx = context or OperatorContext(purpose=purpose, keys=keys, vault=vault, scope=scope)
    return apply_policy(text, spans, resolved, ctx, language)


_ANALYZER: list[Analyzer] = []


def _default_analyzer() -> Analyzer:
    if not _ANALYZER:
        _ANALYZER.append(Analyzer())
    return _ANALYZER[0]


@dataclass(frozen=True, slots=True)
class Unrestorable:
    """A token or span that could not be given back, and why (never the value)."""

    start: int
    end: int
    label: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class RestoreResult:
    text: str
    restored: int
    unrestorable: tuple[Unrestorable, ...] = ()

    def __repr__(self) -> str:
        return f"RestoreResult(restored={self.restored}, unrestorable={len(self.unrestorable)})"


def restore(
    text: str,
    *,
    keys: KeyRing | None = None,
    purpose: str = "",
    vault: Vault | None = None,
    replaced: Iterable[Replaced | Mapping[str, Any]] = (),
    policy: str | Path | Policy | None = None,
) -> RestoreResult:
    """Give back what reversible operators replaced: ``encrypt`` and ``vault`` tokens found in the text, and
    ``fpe`` values at the positions listed in ``replaced`` (the spans ``pseudonymize`` reported).

    Numbered tags and irreversible replacements cannot be restored: they are listed in ``unrestorable``."""
    from gamyeong.pseudonymize.operators.encrypt import decrypt_token

    edits: list[tuple[int, int, str]] = []
    problems: list[Unrestorable] = []
    for token in find_tokens(text):
        value: str | None = None
        if token.kind is TokenKind.CIPHER:
            value = decrypt_token(token.ident, token.label, keys, purpose) if keys else None
            reason = "no key given (--key)" if keys is None else "cannot be decrypted with these keys and purpose"
        elif token.kind is TokenKind.VAULT:
            found = vault.get(token.ident) if vault else None
            reason = "no vault given (--vault, --vault-key)" if vault is None else "not in this vault (or forgotten)"
            if found is not None and found[0] == token.label:
                value = found[1]
        else:
            reason = "a numbered tag is not reversible outside its conversation"
        if value is None:
            problems.append(Unrestorable(token.start, token.end, token.label, reason))
        else:
            edits.append((token.start, token.end, value))
    fpe_spans = [_as_replaced(r) for r in replaced]
    fpe_spans = [r for r in fpe_spans if r.operator == "fpe"]
    if fpe_spans:
        _restore_fpe(text, fpe_spans, keys, purpose, policy, edits, problems)
    edits.sort()
    pieces, pos = [], 0
    for start, end, value in edits:
        if start < pos:
            continue
        pieces.append(text[pos:start])
        pieces.append(value)
        pos = end
    pieces.append(text[pos:])
    return RestoreResult("".join(pieces), len(edits), tuple(sorted(problems, key=lambda p: p.start)))


def _as_replaced(item: Replaced | Mapping[str, Any]) -> Replaced:
    if isinstance(item, Replaced):
        return item
    try:
        return Replaced(
            int(item["start"]), int(item["end"]), int(item.get("source_start", -1)),
            int(item.get("source_end", -1)), str(item["label"]), str(item["operator"]),
            _opt_str(item.get("key_id")), _opt_str(item.get("mode")),
        )  # fmt: skip
    except (KeyError, TypeError, ValueError):
        raise GamyeongError("a replaced-span entry needs start, end, label and operator") from None


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def _restore_fpe(
    text: str,
    spans: list[Replaced],
    keys: KeyRing | None,
    purpose: str,
    policy: str | Path | Policy | None,
    edits: list[tuple[int, int, str]],
    problems: list[Unrestorable],
) -> None:
    from gamyeong.pseudonymize.keys import UnknownKeyError
    from gamyeong.pseudonymize.operators.fpe import decrypt_value

    resolved = load_policy(policy) if policy is not None else None
    for r in spans:
        # the span says which mode and key it ran with; older outputs do not, so the policy (or the default)
        # and the active key stand in
        mode = r.mode or "impossible"
        if r.mode is None and resolved is not None:
            mode = str(dict(resolved.action(r.label).params).get("mode", mode))
        reason = "FF1 value cannot be decrypted (key, purpose?)"
        value = None
        if keys is None:
            reason = "no key given (--key)"
        else:
            try:
                value = decrypt_value(text[r.start : r.end], r.label, mode, keys, purpose, key_id=r.key_id)
            except UnknownKeyError:
                reason = f"encrypted with key {r.key_id}, which is not in this key file"
        if value is None:
            problems.append(Unrestorable(r.start, r.end, r.label, reason))
        else:
            edits.append((r.start, r.end, value))
