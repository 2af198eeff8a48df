"""Shared pieces of the identifier validators (python-stdnum style)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Protocol

from gamyeong.errors import ValidationError

__all__ = ["IdentifierModule", "Validity", "check_from_validate", "clean", "is_valid_from_validate"]


class Validity(IntEnum):
    """How sure a validator is that a string is the identifier it checks."""

    INVALID = 0
    #: Shape and components are right but nothing proves it (e.g. a post-2020 RRN: random check digit).
    PLAUSIBLE = 1
    #: A checksum or a closed table confirms it.
    VERIFIED = 2


class IdentifierModule(Protocol):
    """What every module under ``gamyeong.identifiers`` provides."""

    name: str  # e.g. "kr.rrn"
    label: str  # the Label it supports

    def compact(self, number: str) -> str: ...
    def validate(self, number: str) -> str: ...
    def is_valid(self, number: str) -> bool: ...
    def format(self, number: str) -> str: ...
    def check(self, number: str) -> Validity: ...


_SEPARATOR_TABLE = {ord(c): None for c in " -.\u00a0\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d/"}


def clean(number: str, delete: str | None = None) -> str:
    """Strip surrounding whitespace and the usual separators (spaces, dashes of all kinds, dots, slashes)."""
    table = _SEPARATOR_TABLE if delete is None else {ord(c): None for c in delete}
    return number.translate(table).strip()


def is_valid_from_validate(validate: Callable[[str], str]) -> Callable[[str], bool]:
    def is_valid(number: str) -> bool:
        try:
            validate(number)
        except ValidationError:
            return False
        return True

    return is_valid


def check_from_validate(validate: Callable[[str], str]) -> Callable[[str], Validity]:
    """``check`` for identifiers whose validation is all-or-nothing (a checksum decides)."""

    def check(number: str) -> Validity:
        try:
            validate(number)
        except ValidationError:
            return Validity.INVALID
        return Validity.VERIFIED

    return check
