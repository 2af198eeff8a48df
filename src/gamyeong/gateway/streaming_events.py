"""Server-sent events from upstream → the same events with values restored.

Events are read whole (up to their blank line), their JSON text restored slot by slot (one
:class:`~gamyeong.gateway.streaming.StreamRestorer` per choice, tool call or output item), and sent on at once.
When a slot ends (``finish_reason``, ``….done``, ``[DONE]``, end of stream) whatever its restorer still holds
is sent first, as an extra event of the same kind.
"""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from gamyeong.gateway.payloads import stream_refs
from gamyeong.gateway.sanitize import restore_text
from gamyeong.gateway.streaming import StreamRestorer

if TYPE_CHECKING:
    import httpx

    from gamyeong.gateway.service import Exchange, Gateway

__all__ = ["EventRestorer", "restore_stream", "template_event", "with_text"]


class EventRestorer:
    """Pure: one stream's state; :meth:`event` takes one parsed event and returns the events to send."""

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
        self.slots: dict[str, StreamRestorer] = {}
        self.kinds: dict[str, dict[str, Any]] = {}  # slot → a template event to carry its held-back text
        self.texts: dict[str, list[str]] = {}

    def _restorer(self, slot: str, kind: str) -> StreamRestorer:
        if slot not in self.slots:
            json_string = self.exchange.json_context(kind)
            self.slots[slot] = StreamRestorer(self.exchange.conversation, json_string=json_string)
            self.texts.setdefault(slot, [])
        return self.slots[slot]

    def event(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        refs, finished = stream_refs(self.exchange.route, event)
        ends = tuple(finished)
        carried: set[str] = set()
        for ref in refs:
            if ref.whole:  # the whole text again (….done, response.completed): restored, counted once already
                json_string = self.exchange.json_context(ref.kind)
                text, _ = restore_text(ref.value, self.exchange.conversation, json_string=json_string)
            else:
                restorer = self._restorer(ref.slot, ref.kind)
                self.kinds[ref.slot] = template_event(event, ref.slot, self.exchange.route)
                text = restorer.feed(ref.value)
                if ref.slot in ends or ref.slot.startswith(tuple(f + "/" for f in ends)):
                    text += self._close(ref.slot)  # this event ends the slot: its held text goes in it
                    carried.add(ref.slot)
                self.texts[ref.slot].append(text)
            ref.set(text)
        before: list[dict[str, Any]] = []
        for slot in finished:  # slots this event ends without text of their own: held text goes first
            before.extend(self._flush(slot, carried))
        return [*before, event]

    def _close(self, slot: str) -> str:
        """Flush one slot's restorer and forget it; the text it still held, restored."""
        restorer = self.slots.pop(slot)
        self.kinds.pop(slot, None)
        rest = restorer.flush()
        self.exchange.restored += restorer.restored
        return rest

    def _flush(self, slot: str, skip: set[str] | frozenset[str] = frozenset()) -> list[dict[str, Any]]:
        """Events carrying what ``slot`` and its tool-call slots still hold (those in ``skip`` are done)."""
        out: list[dict[str, Any]] = []
        for name in [slot, *(s for s in list(self.slots) if s.startswith(slot + "/"))]:
            if name in skip or name not in self.slots:
                continue
            template = self.kinds.get(name)
            rest = self._close(name)
            if rest and template is not None:
                self.texts[name].append(rest)
                out.append(with_text(template, rest, self.exchange.route))
        return out

    def finish(self) -> list[dict[str, Any]]:
        """At ``[DONE]`` or the end of the stream: every slot still open."""
        out: list[dict[str, Any]] = []
        for slot in sorted(self.slots):
            if slot in self.slots:
                out.extend(self._flush(slot))
        return out

    def answer_texts(self) -> list[str]:
        return ["".join(parts) for parts in self.texts.values() if parts]


def template_event(event: dict[str, Any], slot: str, route: str) -> dict[str, Any]:
    """An event like ``event`` that carries only the text of ``slot`` (filled in by :func:`_with_text`)."""
    base = {k: v for k, v in event.items() if k not in ("choices", "delta", "usage")}
    nested = any(isinstance(v, dict | list) for v in base.values())  # else a fresh dict of scalars is a copy
    if route in ("chat", "completions"):
        choice_index = int(slot.split("/", maxsplit=1)[0][1:])
        if route == "completions":
            base["choices"] = [{"index": choice_index, "text": "", "finish_reason": None}]
        elif "/tool" in slot:
            tool_index = int(slot.split("/tool")[1])
            call = {"index": tool_index, "function": {"arguments": ""}}
            base["choices"] = [{"index": choice_index, "finish_reason": None, "delta": {"tool_calls": [call]}}]
        else:
            base["choices"] = [{"index": choice_index, "delta": {"content": ""}, "finish_reason": None}]
    else:
        base["delta"] = ""
    return copy.deepcopy(base) if nested else base


def with_text(template: dict[str, Any], text: str, route: str) -> dict[str, Any]:
    event = copy.deepcopy(template)
    if route == "completions":
        event["choices"][0]["text"] = text
    elif route == "chat":
        delta = event["choices"][0]["delta"]
        if "tool_calls" in delta:
            delta["tool_calls"][0]["function"]["arguments"] = text
        else:
            delta["content"] = text
    else:
        event["delta"] = text
    return event


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # json.dumps would build one per event


def _encode(event: dict[str, Any], name: str | None) -> bytes:
    head = f"event: {name}\n" if name else ""
    return (head + "data: " + _JSON.encode(event) + "\n\n").encode()


async def restore_stream(gateway: Gateway, exchange: Exchange, response: httpx.Response) -> AsyncIterator[bytes]:
    """The client's stream. Closing it (the client went away) closes the upstream response too."""
    from gamyeong.gateway.masking import StreamMasker

    restorer = EventRestorer(exchange)
    masker = StreamMasker(gateway, exchange) if gateway.settings.answer_action == "mask" else None
    named = exchange.route == "responses"

    async def send(events: list[dict[str, Any]], name: str | None = None) -> bytes:
        if masker is not None:
            events = await masker.events(events)
        return b"".join(_encode(e, e.get("type", name) if named else None) for e in events)

    lines: list[str] = []
    try:
        async for line in response.aiter_lines():
            if line:
                lines.append(line)
                continue
            if lines:
                event_lines, lines = lines, []
                chunk = await _process(restorer, masker, send, event_lines)
                if chunk:  # a masked segment still open sends nothing yet
                    yield chunk
        tail = await _process(restorer, masker, send, lines) if lines else b""
        tail += await send(restorer.finish())
        if masker is not None:
            tail += b"".join(_encode(e, e.get("type") if named else None) for e in await masker.finish())
        if tail:
            yield tail
    finally:
        # In a task of its own: when the client went away this generator is being cancelled, and an await here
        # would end it before the audit entry is written. The stream also ends without waiting for the scan.
        exchange.answer_text = restorer.answer_texts()
        gateway.later()
        gateway.spawn(_close_and_finish(gateway, exchange, response, scan=masker is None))


async def _close_and_finish(gateway: Gateway, exchange: Exchange, response: httpx.Response, *, scan: bool) -> None:
    try:
        await response.aclose()
        if scan:  # with masking the segments were scanned (and counted) as they went
            await gateway.scan_answer(exchange)
    finally:
        gateway.finish_later(exchange)


async def _process(restorer: EventRestorer, masker: Any, send: Any, event_lines: list[str]) -> bytes:
    name = next((x[6:].strip() for x in event_lines if x.startswith("event:")), None)
    data = "\n".join(x[5:].removeprefix(" ") for x in event_lines if x.startswith("data:"))
    if data == "[DONE]":
        held: bytes = await send(restorer.finish())
        if masker is not None:
            held += b"".join(_encode(e, None) for e in await masker.finish())
        return held + b"data: [DONE]\n\n"
    try:
        event = json.loads(data) if data else None
    except ValueError:
        event = None
    if not isinstance(event, dict):  # comments, pings, unknown data: passed on as they came
        return ("\n".join(event_lines) + "\n\n").encode()
    out: bytes = await send(restorer.event(event), name)
    return out
