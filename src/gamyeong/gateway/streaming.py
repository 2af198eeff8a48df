"""Restoring tokens in streamed answers, where a token may be split across chunks.

:class:`StreamRestorer` passes text through as soon as it cannot be part of a token, and holds back only a
suffix that could still become one (``<``, ``<PER``, ``<PERSON_1`` …, at most :data:`MAX_TOKEN` characters):
the first streamed characters are delayed by no more than that.
"""

from __future__ import annotations

import re

from gamyeong.gateway.sanitize import Conversation, VaultConversation, restore_text

__all__ = ["MAX_TOKEN", "StreamRestorer"]

#: the longest token held back while incomplete: ``<`` + label + ``_`` + number or vault id + ``>``
MAX_TOKEN = 64
# what a token looks like before its closing ">" (a prefix of <LABEL_123> or <LABEL_v8K2M4Q7T0AB>)
_PARTIAL = re.compile(r"<(?:[A-Z][A-Z0-9_]*(?:_v[0-9A-Za-z]*)?)?\Z")


class StreamRestorer:
    """Feed chunks in order; each call returns the text that can be shown now, values restored."""

    def __init__(self, conversation: Conversation | VaultConversation, *, json_string: bool = False) -> None:
        self.conversation = conversation
        self.json_string = json_string
        self._held = ""
        self.restored = 0

    def feed(self, chunk: str) -> str:
        text = self._held + chunk
        cut = _hold_from(text)
        self._held = text[cut:]
        out, n = restore_text(text[:cut], self.conversation, json_string=self.json_string)
        self.restored += n
        return out

    def flush(self) -> str:
        """The rest, at the end of the stream (an unfinished token is passed through as it is)."""
        out, n = restore_text(self._held, self.conversation, json_string=self.json_string)
        self.restored += n
        self._held = ""
        return out

    @property
    def holding(self) -> int:
        return len(self._held)


def _hold_from(text: str) -> int:
    """Where the suffix that could still be (the start of) a token begins; ``len(text)`` when none."""
    start = text.rfind("<", max(0, len(text) - MAX_TOKEN))
    if start < 0:
        return len(text)
    if _PARTIAL.match(text, start) is not None:
        return start
    return len(text)
