"""Pure validators for personal and company identifiers, one module each.

Every module provides ``compact``, ``validate`` (raises a precise :class:`~gamyeong.errors.ValidationError`
or returns the compact form), ``is_valid``, ``format`` and ``check`` (:class:`Validity`), plus the module
attributes ``name`` and ``label``. This package imports nothing from ``gamyeong.detect``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from gamyeong.identifiers._base import IdentifierModule, Validity

__all__ = ["MODULE_NAMES", "IdentifierModule", "Validity", "all_modules", "get"]

#: Every validator module, by its ``name`` (the dotted path under ``gamyeong.identifiers``).
MODULE_NAMES: tuple[str, ...] = (
    "fr.nir",
    "fr.rib",
    "fr.siren",
    "fr.siret",
    "intl.card",
    "intl.email",
    "intl.iban",
    "intl.ip",
    "kr.bank_account",
    "kr.brn",
    "kr.driver_license",
    "kr.frn",
    "kr.passport",
    "kr.phone",
    "kr.rrn",
)


def get(name: str) -> ModuleType:
    """The validator module called ``name`` (e.g. ``"kr.rrn"``)."""
    if name not in MODULE_NAMES:
        raise KeyError(f"no identifier module {name!r}; known: {', '.join(MODULE_NAMES)}")
    return importlib.import_module(f"gamyeong.identifiers.{name}")


def all_modules() -> list[ModuleType]:
    return [get(name) for name in MODULE_NAMES]
