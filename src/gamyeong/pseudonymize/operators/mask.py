"""``mask``: hide characters behind a mask character, keeping a few at the start and the end.

* ``keep_first`` / ``keep_last`` count letters and digits only; separators (spaces, ``- . @ / ( ) + , :``)
  are never masked and stay in place when ``keep_separators`` is true (otherwise they are masked too, and
  counted).
* Something is always hidden: at least half of the maskable characters, or four when there are eight or more
  (so ``keep_first = 3`` gives ``010-****-5678``, and a 3-syllable name with the defaults shows one syllable,
  not all). ``keep_first`` is honoured first, then ``keep_last``, both cut down to that limit.
* E-mail addresses (label ``EMAIL``): the domain stays readable (it names a provider or an organisation, not a
  person) and the local part is masked except its first ``keep_first`` characters; ``keep_last`` does not apply
  (the end of a local part is often the surname). ``mask_email_domain = true`` masks the domain's labels as
  well (dots kept).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from gamyeong.labels import Label
from gamyeong.pseudonymize.operators.base import Item, OperatorContext

__all__ = ["SEPARATORS", "MaskOperator", "MaskParams"]

#: characters that stay in place (with any whitespace) when ``keep_separators`` is true
SEPARATORS = frozenset("-.@/()+,:")
#: at least this many characters are masked (or half, in shorter values)
_MIN_MASKED = 4


def _non_negative_int(value: object, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"mask: {name} must be a whole number ≥ 0")


@dataclass(frozen=True, slots=True)
class MaskParams:
    keep_first: int = 0
    keep_last: int = 4
    char: str = "*"
    keep_separators: bool = True
    mask_email_domain: bool = False

    def __post_init__(self) -> None:
        _non_negative_int(self.keep_first, "keep_first")
        _non_negative_int(self.keep_last, "keep_last")
        if not isinstance(self.char, str) or len(self.char) != 1 or self.char.isspace():
            raise ValueError('mask: char must be exactly one visible character, e.g. "*"')
        if self.char.isalnum():
            raise ValueError("mask: char must not be a letter or digit (it would look like data)")
        if not isinstance(self.keep_separators, bool):
            raise ValueError("mask: keep_separators must be true or false")  # noqa: TRY004 (one error type for params)
        if not isinstance(self.mask_email_domain, bool):
            raise ValueError("mask: mask_email_domain must be true or false")  # noqa: TRY004


def _is_separator(char: str) -> bool:
    return char.isspace() or char in SEPARATORS


def mask_text(text: str, params: MaskParams, *, keep_first: int, keep_last: int) -> str:
    """Mask ``text`` keeping ``keep_first`` and ``keep_last`` maskable characters, within the module's limit."""
    maskable = [i for i, char in enumerate(text) if not (params.keep_separators and _is_separator(char))]
    count = len(maskable)
    limit = count - min(_MIN_MASKED, (count + 1) // 2)
    first = min(keep_first, limit)
    last = min(keep_last, limit - first)
    hidden = set(maskable[first : len(maskable) - last])
    return "".join(params.char if i in hidden else char for i, char in enumerate(text))


class MaskOperator:
    """Partial masking: ``***-****-5678`` (defaults), ``****-****-****-1234``, ``******.***@example.com``."""

    name: ClassVar[str] = "mask"
    Params: ClassVar[type[MaskParams]] = MaskParams
    reversible: ClassVar[bool] = False
    needs_key: ClassVar[bool] = False

    def __init__(self, params: MaskParams | None = None) -> None:
        self.params = params if params is not None else MaskParams()

    def apply(self, item: Item, ctx: OperatorContext) -> str:
        del ctx
        params = self.params
        value = item.value
        at = value.rfind("@")
        if item.label == Label.EMAIL and at > 0:
            local = mask_text(value[:at], params, keep_first=params.keep_first, keep_last=0)
            domain = value[at + 1 :]
            if params.mask_email_domain:
                domain = mask_text(
                    domain, MaskParams(0, 0, params.char, keep_separators=True), keep_first=0, keep_last=0
                )
            return f"{local}@{domain}"
        return mask_text(value, params, keep_first=params.keep_first, keep_last=params.keep_last)
