"""Field paths into a record: ``text``, ``prompt``, ``messages[*].content``, ``turns[0].text``, ``meta.note``.

A path is dot-separated keys, each optionally followed by ``[*]`` (every element of a list) or ``[n]`` (one
element). :func:`find` lists where a path leads in one record so that its strings can be read and written back
in place; everything else in the record stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from gamyeong.errors import ConfigError

__all__ = ["FieldPath", "Slot", "find"]

_STEP = re.compile(r"([^.\[\]]+)((?:\[(?:\*|\d+)\])*)")
_INDEX = re.compile(r"\[(\*|\d+)\]")


@dataclass(frozen=True, slots=True)
class FieldPath:
    """A parsed path; ``steps`` alternates keys (str) and list indexes (int, or None for ``*``)."""

    text: str
    steps: tuple[str | int | None, ...]

    @classmethod
    def parse(cls, text: str) -> FieldPath:
        text = text.strip()
        steps: list[str | int | None] = []
        for part in text.split(".") if text else []:
            m = _STEP.fullmatch(part)
            if m is None:
                raise ConfigError(
                    f"cannot read the field path {text!r} at {part!r}: use keys separated by dots, each optionally "
                    "followed by [*] or [n], e.g. messages[*].content"
                )
            steps.append(m.group(1))
            steps.extend(None if i == "*" else int(i) for i in _INDEX.findall(m.group(2)))
        if not steps:
            raise ConfigError("a field path is empty: name a field, e.g. --field text")
        return cls(text, tuple(steps))

    @property
    def wildcard(self) -> bool:
        return None in self.steps

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Slot:
    """One place a path leads to: ``parent[key]`` holds the value."""

    parent: Any
    key: str | int

    @property
    def value(self) -> Any:
        return self.parent[self.key]

    def set(self, value: Any) -> None:
        self.parent[self.key] = value


def find(record: dict[str, Any], path: FieldPath) -> list[Slot] | None:
    """Every place ``path`` leads to in ``record``; None when a named key or index is missing (the record
    lacks the field). A ``[*]`` over an empty list leads nowhere, which is not missing."""
    out: list[Slot] = []
    for slot in _walk(record, path.steps):
        if slot is None:
            return None
        out.append(slot)
    return out


def _walk(node: Any, steps: tuple[str | int | None, ...]) -> Iterator[Slot | None]:
    step, rest = steps[0], steps[1:]
    if isinstance(step, str):
        if not isinstance(node, dict) or step not in node:
            yield None
            return
        children: list[tuple[Any, str | int]] = [(node, step)]
    elif step is None:
        if not isinstance(node, list):
            yield None
            return
        children = [(node, i) for i in range(len(node))]
    else:
        if not isinstance(node, list) or step >= len(node):
            yield None
            return
        children = [(node, step)]
    for parent, key in children:
        if not rest:
            yield Slot(parent, key)
        else:
            yield from _walk(parent[key], rest)
