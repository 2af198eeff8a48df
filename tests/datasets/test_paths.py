"""Field paths: parsing, finding and writing back strings in nested records."""

from __future__ import annotations

from typing import Any

import pytest

from gamyeong.datasets.paths import FieldPath, find
from gamyeong.errors import ConfigError

CHAT = {
    "id": 1,
    "messages": [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": None},
        {"role": "user", "content": "bye"},
    ],
    "meta": {"note": "n"},
}


@pytest.mark.parametrize(
    ("path", "values"),
    [
        pytest.param("id", [1], id="top-level"),
        pytest.param("messages[*].content", ["hi", None, "bye"], id="wildcard"),
        pytest.param("messages[2].content", ["bye"], id="index"),
        pytest.param("meta.note", ["n"], id="nested-key"),
        pytest.param("messages[9].content", None, id="index-out-of-range-is-missing"),
        pytest.param("missing", None, id="missing-key"),
        pytest.param("meta[*]", None, id="wildcard-on-a-dict-is-missing"),
    ],
)
def test_find(path: str, values: list[Any] | None) -> None:
    slots = find(CHAT, FieldPath.parse(path))
    assert (None if slots is None else [s.value for s in slots]) == values


def test_set_writes_in_place() -> None:
    record: dict[str, Any] = {"messages": [{"content": "a"}, {"content": "b"}], "other": [1, 2]}
    for slot in find(record, FieldPath.parse("messages[*].content")) or []:
        slot.set(slot.value.upper())
    assert record == {"messages": [{"content": "A"}, {"content": "B"}], "other": [1, 2]}


def test_empty_list_is_not_missing() -> None:
    assert find({"messages": []}, FieldPath.parse("messages[*].content")) == []


@pytest.mark.parametrize(
    "bad",
    [pytest.param("", id="empty"), pytest.param("a..b", id="empty-step"), pytest.param("a[x]", id="bad-index")],
)
def test_bad_paths_say_how_to_write_one(bad: str) -> None:
    with pytest.raises(ConfigError, match="field path"):
        FieldPath.parse(bad)


def test_wildcard_flag() -> None:
    assert FieldPath.parse("messages[*].content").wildcard
    assert not FieldPath.parse("messages[0].content").wildcard
