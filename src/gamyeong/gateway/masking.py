"""``answer_action = "mask"`` in streamed answers: text is let through a segment at a time (to the end of a
sentence or line), each segment scanned first, and personal data the conversation never held — the model
produced it — is masked as ``[LABEL]``. The delay this adds is one segment; ``flag`` (the default) adds none."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from gamyeong.gateway.payloads import stream_refs
from gamyeong.gateway.service import DetectFailed
from gamyeong.gateway.streaming_events import template_event, with_text

if TYPE_CHECKING:
    from gamyeong.gateway.service import Exchange, Gateway

__all__ = ["StreamMasker"]

#: a segment ends after a line break or a sentence's last mark; a long run without one is cut at a space
_BOUNDARY = re.compile(r"[\n.!?。…](?=\s)|\n")
MAX_SEGMENT = 400


def _segment_end(text: str) -> int:
    """How much of ``text`` is whole segments (0 when the first segment is still open)."""
    ends = [m.end() for m in _BOUNDARY.finditer(text)]
    if ends:
        return ends[-1]
    if len(text) > MAX_SEGMENT:
        space = text.rfind(" ", 0, MAX_SEGMENT)
        return space + 1 if space > 0 else MAX_SEGMENT
    return 0


class StreamMasker:
    def __init__(self, gateway: Gateway, exchange: Exchange) -> None:
        self.gateway = gateway
        self.exchange = exchange
        self.buffers: dict[str, str] = {}
        self.templates: dict[str, dict[str, Any]] = {}

    async def _mask(self, text: str) -> str:
        if not text.strip():
            return text
        try:
            ((_, spans),) = await self.gateway.detect([text])
        except DetectFailed:  # not scanned, so not sent: the segment is withheld (fail closed)
            self.exchange.answer_labels["SCAN_FAILED"] += 1
            return "[…]"
        for span in sorted(spans, key=lambda s: -s.start):
            if not self.exchange.conversation.knows_value(span.text(text)):
                self.exchange.answer_labels[str(span.label)] += 1
                text = f"{text[: span.start]}[{span.label}]{text[span.end :]}"
        return text

    async def events(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The events to send for these (already restored) ones: content held back to a segment's end."""
        route = self.exchange.route
        out: list[dict[str, Any]] = []
        for event in events:
            refs, finished = stream_refs(route, event)
            carried: set[str] = set()
            for ref in refs:
                if ref.kind != "content":
                    continue  # tool-call arguments are JSON: masking inside would break it; they are counted
                if ref.whole:  # ….done / response.completed repeat the whole text
                    ref.set(await self._mask(ref.value))
                    continue
                self.templates[ref.slot] = template_event(event, ref.slot, route)
                text = self.buffers.get(ref.slot, "") + ref.value
                cut = len(text) if ref.slot in finished else _segment_end(text)
                self.buffers[ref.slot] = text[cut:]
                ref.set(await self._mask(text[:cut]))
                carried.add(ref.slot)
            for slot in finished:
                if slot not in carried:
                    out.extend(await self._flush(slot))
            out.append(event)
        return out

    async def _flush(self, slot: str) -> list[dict[str, Any]]:
        rest = self.buffers.pop(slot, "")
        template = self.templates.get(slot)
        if not rest or template is None:
            return []
        return [with_text(template, await self._mask(rest), self.exchange.route)]

    async def finish(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for slot in sorted(self.buffers):
            out.extend(await self._flush(slot))
        return out
