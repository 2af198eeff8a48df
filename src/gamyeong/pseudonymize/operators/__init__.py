"""Operators, one module each; :data:`OPERATORS` maps each ``name`` to its class."""

from __future__ import annotations

import importlib
from typing import Any

from gamyeong.pseudonymize.operators.base import Item, Operator, OperatorContext

__all__ = ["OPERATOR_NAMES", "Item", "Operator", "OperatorContext", "operator_class"]

#: operator name → module under gamyeong.pseudonymize.operators (class: ``<Name>Operator``)
OPERATOR_NAMES: tuple[str, ...] = ("redact", "mask", "hmac", "encrypt", "fpe", "surrogate", "generalize", "vault")


def operator_class(name: str) -> Any:
    """The operator class called ``name``; ValueError listing the valid names otherwise."""
    if name not in OPERATOR_NAMES:
        raise ValueError(f"unknown operator {name!r}; use one of {', '.join(OPERATOR_NAMES)}, keep or block")
    module = importlib.import_module(f"gamyeong.pseudonymize.operators.{name}")
    return getattr(module, f"{name.capitalize()}Operator")
