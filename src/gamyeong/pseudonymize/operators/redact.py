"""``redact``: the value becomes its label as a tag, ``[PERSON]``, or numbered per document and per value,
``[PERSON_1]``, ``[PERSON_2]`` (the same value keeps its number within one document).

Square brackets on purpose: a redaction tag is not a reversible token (those are ``<PERSON_1>``, see
:mod:`gamyeong.pseudonymize.tokens`), so ``restore`` never mistakes one for the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from gamyeong.pseudonymize.operators.base import Item, OperatorContext

__all__ = ["RedactOperator", "RedactParams"]

_STYLES = ("brackets",)


@dataclass(frozen=True, slots=True)
class RedactParams:
    """``numbered``: ``[PERSON_1]`` instead of ``[PERSON]``; ``style``: only ``brackets`` for now."""

    numbered: bool = False
    style: Literal["brackets"] = "brackets"

    def __post_init__(self) -> None:
        if not isinstance(self.numbered, bool):
            raise ValueError("redact: numbered must be true or false")  # noqa: TRY004 (one error type for params)
        if self.style not in _STYLES:
            raise ValueError(f"redact: style must be one of {', '.join(_STYLES)}")


class RedactOperator:
    """Replace the value by ``[LABEL]`` or ``[LABEL_n]``."""

    name: ClassVar[str] = "redact"
    Params: ClassVar[type[RedactParams]] = RedactParams
    reversible: ClassVar[bool] = False
    needs_key: ClassVar[bool] = False

    def __init__(self, params: RedactParams | None = None) -> None:
        self.params = params if params is not None else RedactParams()

    def apply(self, item: Item, ctx: OperatorContext) -> str:
        label = str(item.label)
        if self.params.numbered:
            return f"[{label}_{ctx.number(label, item.normalized)}]"
        return f"[{label}]"
