"""Where the text is in OpenAI-style requests, answers and stream events (pure: JSON in, references out).

A :class:`Ref` points at one string inside a JSON body so that it can be read and replaced in place;
everything else in the body is forwarded untouched.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Ref", "json_leaves", "request_refs", "response_refs", "stream_refs"]


@dataclass(frozen=True, slots=True)
class Ref:
    parent: Any
    key: str | int
    #: what the string is, for stream state and audit (``content``, ``arguments``, ``prompt`` …)
    kind: str = "text"
    #: a stable name for this stream slot across events (choice / tool call / output item)
    slot: str = ""
    #: a whole text in a stream (a ``….done`` event, the final response), restored at once, not in pieces
    whole: bool = False

    @property
    def value(self) -> str:
        return str(self.parent[self.key])

    def set(self, value: str) -> None:
        self.parent[self.key] = value


def _str(parent: Any, key: str | int, kind: str, slot: str = "") -> Iterator[Ref]:
    if isinstance(parent, dict | list):
        try:
            value = parent[key]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return
        if isinstance(value, str) and value:
            yield Ref(parent, key, kind, slot)


def _content(message: Any, kind: str, slot: str = "") -> Iterator[Ref]:
    """A message's ``content``: a string, or a list of parts whose ``text`` is text (``text``, ``input_text``,
    ``output_text``); images and audio parts pass through."""
    if not isinstance(message, dict):
        return
    content = message.get("content")
    if isinstance(content, str):
        yield from _str(message, "content", kind, slot)
    elif isinstance(content, list):
        for j, part in enumerate(content):
            if isinstance(part, dict) and part.get("type") in ("text", "input_text", "output_text"):
                yield from _str(part, "text", kind, f"{slot}/{j}")
            elif isinstance(part, str):
                yield from _str(content, j, kind, f"{slot}/{j}")


def _tool_calls(message: Any, slot: str) -> Iterator[Ref]:
    calls = message.get("tool_calls") if isinstance(message, dict) else None
    for k, call in enumerate(calls if isinstance(calls, list) else []):
        if isinstance(call, dict):
            index = call.get("index", k)
            yield from _str(call.get("function"), "arguments", "arguments", f"{slot}/tool{index}")


def _texts(value: Any, parent: Any, key: str | int, kind: str) -> Iterator[Ref]:
    """A string or a list of strings (``prompt``, ``input``); token arrays pass through."""
    if isinstance(value, str):
        yield from _str(parent, key, kind)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, str):
                yield from _str(value, i, kind)


def json_leaves(node: Any) -> list[Ref]:
    """Every string inside parsed JSON (tool-call arguments): screened one by one, as the text they are."""
    out: list[Ref] = []
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        if isinstance(value, str):
            if value:
                out.append(Ref(node, key, "argument"))
        else:
            out.extend(json_leaves(value))
    return out


def _common(body: dict[str, Any]) -> Iterator[Ref]:
    """Fields any route may carry that can hold personal data: the end-user id and metadata values."""
    yield from _str(body, "user", "user")
    metadata = body.get("metadata")
    if isinstance(metadata, dict):
        for key in list(metadata):
            yield from _str(metadata, key, "metadata")


def request_refs(route: str, body: dict[str, Any]) -> list[Ref]:
    refs: list[Ref] = list(_common(body))
    if route == "chat":
        for i, message in enumerate(body.get("messages") or []):
            refs.extend(_content(message, "message", f"m{i}"))
            refs.extend(_tool_calls(message, f"m{i}"))
            refs.extend(_str(message, "name", "name"))
            refs.extend(_str(message, "refusal", "message"))
        refs.extend(_content(body.get("prediction"), "message"))
    elif route == "completions":
        refs.extend(_texts(body.get("prompt"), body, "prompt", "prompt"))
        refs.extend(_str(body, "suffix", "suffix"))
    elif route == "embeddings":
        refs.extend(_texts(body.get("input"), body, "input", "input"))
    elif route == "responses":
        refs.extend(_str(body, "instructions", "instructions"))
        items = body.get("input")
        if isinstance(items, str):
            refs.extend(_str(body, "input", "input"))
        for i, item in enumerate(items if isinstance(items, list) else []):
            refs.extend(_content(item, "input", f"i{i}"))
            refs.extend(_str(item, "arguments", "arguments"))
            refs.extend(_str(item, "output", "output"))
            if isinstance(item, dict) and isinstance(item.get("output"), list):
                refs.extend(_content({"content": item["output"]}, "output"))
    return refs


def response_refs(route: str, body: dict[str, Any]) -> list[Ref]:
    """Text in a whole (non-streamed) answer."""
    refs: list[Ref] = []
    if route == "chat":
        for i, choice in enumerate(body.get("choices") or []):
            message = choice.get("message") if isinstance(choice, dict) else None
            refs.extend(_content(message, "content", f"c{i}"))
            refs.extend(_tool_calls(message, f"c{i}"))
            refs.extend(_str(message, "refusal", "refusal"))
    elif route == "completions":
        for choice in body.get("choices") or []:
            refs.extend(_str(choice, "text", "content"))
    elif route == "responses":
        for item in body.get("output") or []:
            refs.extend(_content(item, "content"))
            refs.extend(_str(item, "arguments", "arguments"))
        refs.extend(_str(body, "output_text", "content"))
    return refs


def stream_refs(route: str, event: dict[str, Any]) -> tuple[list[Ref], list[str]]:
    """(text pieces of one stream event, the slots this event finishes). Pieces of one slot are consecutive
    parts of one string, restored with one :class:`StreamRestorer` per slot."""
    refs: list[Ref] = []
    finished: list[str] = []
    if route in ("chat", "completions"):
        for choice in event.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            slot = f"c{choice.get('index', 0)}"
            if route == "chat":
                delta = choice.get("delta")
                refs.extend(_str(delta, "content", "content", slot))
                refs.extend(_tool_calls(delta, slot))
            else:
                refs.extend(_str(choice, "text", "content", slot))
            if choice.get("finish_reason"):
                finished.append(slot)
    elif route == "responses":
        kind = event.get("type", "")
        slot = f"{event.get('item_id', '')}/{event.get('content_index', 0)}"
        if kind == "response.output_text.delta":
            refs.extend(_str(event, "delta", "content", slot))
        elif kind == "response.function_call_arguments.delta":
            refs.extend(_str(event, "delta", "arguments", slot))
        elif kind in ("response.output_text.done", "response.function_call_arguments.done"):
            finished.append(slot)
            refs.extend(Ref(r.parent, r.key, "content", whole=True) for r in _str(event, "text", "content"))
            refs.extend(Ref(r.parent, r.key, "arguments", whole=True) for r in _str(event, "arguments", "arguments"))
        elif kind in ("response.completed", "response.incomplete", "response.failed"):
            response = event.get("response")
            if isinstance(response, dict):
                refs.extend(Ref(r.parent, r.key, r.kind, whole=True) for r in response_refs("responses", response))
    return refs, finished
