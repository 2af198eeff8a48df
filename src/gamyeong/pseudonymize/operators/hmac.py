"""``hmac``: a keyed, stable, non-reversible pseudonym.

The pseudonym is HMAC-SHA256 over the value's normalized form (the validator's compact form, so
010-1234-5678 and 01012345678 get one pseudonym) under ``KeyRing.derive(purpose, label, "hmac")``: the same
value gets the same pseudonym for one key and purpose across a whole corpus, and two purposes (or two
labels) never share one, so they cannot be joined. The digest's first ``length`` base32 characters make
the code (``length`` 10 → 50 bits; collisions stay rare up to ~10⁷ distinct values per label).

Output, readable and obviously not a real value:

==============  =====================================  ==========================================
label           form                                   example
==============  =====================================  ==========================================
EMAIL           a valid address in the reserved        ``7kq2m4xz9a@example.invalid``
                ``.invalid`` TLD (RFC 2606)
URL             a URL in the same reserved domain      ``https://example.invalid/7kq2m4xz9a``
any other       ``LABEL-CODE``                         ``PHONE-7KQ2M4XZ9A``, ``PERSON-GEZDGNBVGY``
==============  =====================================  ==========================================

Numbers deliberately do not keep their digit shape: a digit-shaped pseudonym could be someone's real number
and would be detected again as one. ``fpe`` is the operator that keeps the shape.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import ClassVar

from gamyeong.errors import ConfigError
from gamyeong.pseudonymize.keys import MissingKeyError
from gamyeong.pseudonymize.operators.base import Item, OperatorContext

__all__ = ["HmacOperator", "HmacParams", "pseudonym_code"]

_MIN_LENGTH, _MAX_LENGTH = 4, 32
_RESERVED_DOMAIN = "example.invalid"


@dataclass(frozen=True, slots=True)
class HmacParams:
    #: number of base32 characters of the digest kept (4–32; 5 bits each)
    length: int = 10

    def __post_init__(self) -> None:
        if isinstance(self.length, bool) or not isinstance(self.length, int):
            raise ConfigError("hmac: length must be an integer")
        if not _MIN_LENGTH <= self.length <= _MAX_LENGTH:
            raise ConfigError(f"hmac: length must be between {_MIN_LENGTH} and {_MAX_LENGTH} characters")


_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_PAIRS = tuple(a + b for a in _B32 for b in _B32)


def pseudonym_code(key: bytes, normalized: str, length: int) -> str:
    """The first ``length`` base32 characters (A–Z, 2–7) of HMAC-SHA256(key, normalized)."""
    digest = hmac.digest(key, normalized.encode("utf-8"), "sha256")
    # base64.b32encode is pure Python: read the leading bits ten at a time through a table instead (the same
    # characters as b32encode(digest)[:length]).
    pairs = (length + 1) // 2
    bits = int.from_bytes(digest, "big") >> (256 - 10 * pairs)
    return "".join(_PAIRS[(bits >> (10 * (pairs - 1 - i))) & 1023] for i in range(pairs))[:length]


class HmacOperator:
    name: ClassVar[str] = "hmac"
    Params: ClassVar[type[HmacParams]] = HmacParams
    reversible: ClassVar[bool] = False
    needs_key: ClassVar[bool] = True

    def __init__(self, params: HmacParams | None = None) -> None:
        self.params = params or HmacParams()

    def apply(self, item: Item, ctx: OperatorContext) -> str:
        if ctx.keys is None:
            raise MissingKeyError("the hmac operator needs a pseudonym key: pass --key FILE or set GAMYEONG_KEY")
        key = ctx.keys.derive(ctx.purpose, item.label, "hmac")
        code = pseudonym_code(key, item.normalized, self.params.length)
        if item.label == "EMAIL":
            return f"{code.lower()}@{_RESERVED_DOMAIN}"
        if item.label == "URL":
            return f"https://{_RESERVED_DOMAIN}/{code.lower()}"
        return f"{item.label}-{code}"
