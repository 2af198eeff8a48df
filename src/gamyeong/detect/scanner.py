"""One pass over a text for every pattern.

With hyperscan, all patterns are compiled into one database and the text is scanned once; each pattern
that hits is then matched exactly (with its boundary look-arounds and value group) by Python ``re``
inside small windows around the hits. Without hyperscan, the same ``re`` patterns run over the whole
text. Both engines therefore share the exact matching semantics; hyperscan only decides where to look.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

__all__ = ["Engine", "Match", "PatternDef", "Scanner", "available_engines", "make_scanner"]

Engine = Literal["auto", "hyperscan", "re"]

#: characters that may not touch a number on either side (so a pattern never matches inside a longer one)
ALNUM = "0-9A-Za-z"
_MARGIN = 2  # window slack: the look-arounds below look one character out


@dataclass(frozen=True, slots=True)
class PatternDef:
    """A pattern in Python ``re`` syntax, without look-arounds (hyperscan has none).

    ``left``/``right`` are character-class bodies that may not touch the match (added as look-arounds for
    ``re``). A ``(?P<v>...)`` group, if present, is the value; the rest of the match is context.
    """

    name: str
    regex: str
    left: str = ALNUM
    right: str = ALNUM
    ignore_case: bool = False
    #: refuse a match glued to a code by a hyphen or underscore ("ORD-0449726518", "SKU_4111…")
    joined: bool = True
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        full = self.regex
        if self.left:
            full = f"(?<![{self.left}])(?:{full})"
            if self.joined:
                full = f"(?<![0-9A-Za-z][-_]){full}"
        if self.right:
            full = f"(?:{full})(?![{self.right}])"
            if self.joined:
                full = f"{full}(?![-_][0-9A-Za-z])"
        flags = re.ASCII | (re.IGNORECASE if self.ignore_case else 0)
        object.__setattr__(self, "compiled", re.compile(full, flags))

    @property
    def prefilter(self) -> str:
        """The pattern for the multi-pattern engine: named groups become plain groups."""
        return self.regex.replace("(?P<v>", "(")


@dataclass(frozen=True, slots=True)
class Match:
    pattern: int  # index into the scanner's pattern list
    start: int  # value start (the ``v`` group, or the whole match)
    end: int
    match_start: int  # whole match, context included
    match_end: int


class Scanner(Protocol):
    engine: str

    def scan(self, text: str) -> list[Match]: ...


def _matches_in(pattern: re.Pattern[str], index: int, text: str, start: int, end: int) -> Iterator[Match]:
    has_value = "v" in pattern.groupindex
    for m in pattern.finditer(text, start, end):
        if has_value:
            if m.start("v") < 0:
                continue
            yield Match(index, m.start("v"), m.end("v"), m.start(), m.end())
        else:
            yield Match(index, m.start(), m.end(), m.start(), m.end())


class ReScanner:
    """The fallback: every pattern over the whole text."""

    engine = "re"

    def __init__(self, patterns: Sequence[PatternDef]) -> None:
        self.patterns = list(patterns)

    def scan(self, text: str) -> list[Match]:
        out: list[Match] = []
        for i, p in enumerate(self.patterns):
            out.extend(_matches_in(p.compiled, i, text, 0, len(text)))
        return out


class HyperscanScanner:
    engine = "hyperscan"

    def __init__(self, patterns: Sequence[PatternDef]) -> None:
        import hyperscan

        self.patterns = list(patterns)
        self._db = hyperscan.Database()
        flags = []
        for p in self.patterns:
            f = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_SOM_LEFTMOST
            if p.ignore_case:
                f |= hyperscan.HS_FLAG_CASELESS
            flags.append(f)
        self._db.compile(
            expressions=[p.prefilter.encode("utf-8") for p in self.patterns],
            ids=list(range(len(self.patterns))),
            elements=len(self.patterns),
            flags=flags,
        )

    def scan(self, text: str) -> list[Match]:
        data = text.encode("utf-8")
        windows: dict[int, list[list[int]]] = {}

        def on_match(pid: int, start: int, end: int, _flags: int, _ctx: object) -> None:
            # Merge per pattern as hits arrive (they come in end order, starts close behind): few windows
            # to convert and match, however many ends a digit run reports.
            spans = windows.get(pid)
            if spans is None:
                windows[pid] = [[start, end]]
            elif start <= spans[-1][1] + _MARGIN:
                last = spans[-1]
                last[0] = min(last[0], start)
                last[1] = max(last[1], end)
            else:
                spans.append([start, end])

        self._db.scan(data, match_event_handler=on_match)
        if not windows:
            return []
        if len(data) != len(text):
            _to_char_offsets(data, windows)
        out: list[Match] = []
        n = len(text)
        for pid, spans in windows.items():
            compiled = self.patterns[pid].compiled
            for lo, hi in spans:
                out.extend(_matches_in(compiled, pid, text, max(0, lo - _MARGIN), min(n, hi + _MARGIN)))
        return out


def _to_char_offsets(data: bytes, windows: dict[int, list[list[int]]]) -> None:
    """Map UTF-8 byte offsets to ``str`` offsets in place, in one walk over the sorted offsets."""
    offsets = sorted({o for spans in windows.values() for span in spans for o in span})
    char_of: dict[int, int] = {}
    prev_byte = prev_char = 0
    for off in offsets:
        prev_char += len(data[prev_byte:off].decode("utf-8", "ignore"))
        prev_byte = off
        char_of[off] = prev_char
    for spans in windows.values():
        for span in spans:
            span[0] = char_of[span[0]]
            span[1] = char_of[span[1]]


def available_engines() -> list[str]:
    engines = ["re"]
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return engines
    return ["hyperscan", *engines]


def make_scanner(patterns: Sequence[PatternDef], engine: Engine = "auto") -> Scanner:
    if engine == "re":
        return ReScanner(patterns)
    if engine == "hyperscan" or (engine == "auto" and "hyperscan" in available_engines()):
        return HyperscanScanner(patterns)
    return ReScanner(patterns)
