"""One pass over a text for every pattern.

With hyperscan, all patterns are compiled into one database and the text is scanned once; each pattern
that hits is then matched exactly (with its boundary look-arounds and value group) by Python ``re``
inside small windows around the hits. Without hyperscan, the same ``re`` patterns run over the whole
text. Both engines therefore share the exact matching semantics; hyperscan only decides where to look.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, Protocol

from gamyeong.detect.peel import peeled
from gamyeong.text.normalize import encodable

__all__ = ["Engine", "HyperscanDatabase", "Match", "PatternDef", "Scanner", "available_engines", "make_scanner"]

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
    #: a cheaper pattern for the multi-pattern engine (e.g. just "@" for e-mails), with how far the real
    #: match may reach beyond it on each side; default: the pattern itself
    hint: str | None = None
    reach: tuple[int, int] = (0, 0)
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)
    #: how far past a window the search for a match starting inside it runs (see :func:`_matches_in`)
    lookout: int = field(init=False, repr=False, compare=False)
    #: the pattern has a value group (``groupindex`` builds a new mapping at each look)
    has_value: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        flags = re.ASCII | (re.IGNORECASE if self.ignore_case else 0)
        as_written = re.compile(self._closed(self._opening()), flags)
        compiled = as_written
        if self.left and not self.ignore_case:  # a cased set gets no fast scan in re: nothing to gain
            behind = [f"[{self.left}]"] + (["[0-9A-Za-z][-_]"] if self.joined else [])
            fast = peeled(self.regex, behind)
            if fast is not None:
                compiled = re.compile(self._closed(fast), flags)
        object.__setattr__(self, "compiled", compiled)
        object.__setattr__(self, "lookout", _lookout(as_written))
        object.__setattr__(self, "has_value", "v" in compiled.groupindex)

    def _opening(self) -> str:
        """The pattern with its look-behinds, as written (see :mod:`gamyeong.detect.peel` for the form used)."""
        if not self.left:
            return self.regex
        opening = f"(?<![{self.left}])(?:{self.regex})"
        return f"(?<![0-9A-Za-z][-_]){opening}" if self.joined else opening

    def _closed(self, opening: str) -> str:
        """``opening`` followed by the look-aheads."""
        if not self.right:
            return opening
        # "_" joins the alphanumerics: the prefilter's \b counts it as a word character too
        right = self.right + "_" if ALNUM in self.right else self.right
        full = f"(?:{opening})(?![{right}])"
        return f"{full}(?![-_][0-9A-Za-z])" if self.joined else full

    @property
    def prefilter(self) -> str:
        """The pattern for the multi-pattern engine: named groups become plain groups, and a match that may
        not be followed by an alphanumeric ends at a word boundary, so that a digit run reports one end
        instead of one per digit (hyperscan reports every end offset). A match that may not follow one of
        ``left`` starts at the text's start or after another character: the tails of a longer digit run (the
        last nine digits of thirteen) are then no hits, each of which cost a window to match for nothing."""
        if self.hint is not None:
            return self.hint
        body = self.regex.replace("(?P<v>", "(")
        body = f"(?:{body})\\b" if ALNUM in self.right else body
        if self.left and not self.ignore_case:
            body = f"(?:^|[^{self.left}])(?:{body})"
        return body


class Match(NamedTuple):
    """A tuple: thousands are made per text, and a tuple is made at a third of a frozen dataclass's cost."""

    pattern: int  # index into the scanner's pattern list
    start: int  # value start (the ``v`` group, or the whole match)
    end: int
    match_start: int  # whole match, context included
    match_end: int


class Scanner(Protocol):
    engine: str

    def scan(self, text: str) -> list[Match]: ...


_LOOKOUT = 64  # how far past a window a match may still run


def _lookout(pattern: re.Pattern[str]) -> int:
    """:data:`_LOOKOUT`, or less for a pattern whose matches are shorter: its longest match, all its look-aheads
    and one character more. No match starting inside a window then reads past the search's end, as with the full
    lookout (the same matches), but the search gives up sooner past the last one: most windows of a digit run
    end with no further match, and trying every position up to 64 characters on was a third of the matching.
    The widths come from ``re``'s own parser (private: any surprise falls back to the full lookout)."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        tree = _parser.parse(pattern.pattern, pattern.flags)
        ahead = 0
        stack = [tree]
        while stack:
            for op, av in stack.pop().data:
                if op in (_constants.ASSERT, _constants.ASSERT_NOT):
                    if av[0] == 1:
                        ahead += av[1].getwidth()[1]
                    stack.append(av[1])
                elif op is _constants.SUBPATTERN:
                    stack.append(av[-1])
                elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
                    stack.append(av[2])
                elif op is _constants.BRANCH:
                    stack.extend(av[1])
                elif op is _constants.GROUPREF_EXISTS:
                    stack.extend(b for b in av[1:] if b is not None)
                elif op is _constants.ATOMIC_GROUP:
                    stack.append(av)
        return int(min(_LOOKOUT, tree.getwidth()[1] + ahead + 1))
    except Exception:  # a private module: never let it break compiling a pattern
        return _LOOKOUT


def _matches_in(
    pattern: re.Pattern[str],
    index: int,
    text: str,
    start: int,
    end: int,
    lookout: int = _LOOKOUT,
    has_value: bool | None = None,
) -> list[Match]:
    """Matches that start inside ``[start, end)``. The search runs a little past ``end`` and a match reaching
    the search's edge is matched again against the whole text, so look-aheads never mistake the window's end
    for the text's end (which would let "9017::19" pass in "9017::19001")."""
    if has_value is None:
        has_value = "v" in pattern.groupindex
    n = len(text)
    stop = min(n, end + lookout) if end < n else n
    out: list[Match] = []
    for found in pattern.finditer(text, start, stop):
        m_start = found.start()
        if m_start >= end and end < n:
            break
        m = found
        if stop < n and found.end() >= stop - 1:
            again = pattern.match(text, m_start)
            if again is None:
                continue
            m = again
        if has_value:
            v_start, v_end = m.span("v")
            if v_start >= 0:
                out.append(Match(index, v_start, v_end, m_start, m.end()))
        else:
            out.append(Match(index, m_start, m.end(), m_start, m.end()))
    return out


class ReScanner:
    """The fallback: every pattern over the whole text."""

    engine = "re"

    def __init__(self, patterns: Sequence[PatternDef]) -> None:
        self.patterns = list(patterns)

    def scan(self, text: str) -> list[Match]:
        out: list[Match] = []
        for i, p in enumerate(self.patterns):
            out.extend(_matches_in(p.compiled, i, text, 0, len(text), has_value=p.has_value))
        return out


class HyperscanDatabase:
    """A compiled hyperscan database that any number of threads may scan at once.

    A database's own scratch space serves one scan at a time (a second thread gets ``ScratchInUseError``):
    two gateways in one process, or a gateway warming up while another detects, share the module-level
    databases. Each thread therefore scans with its own clone of the scratch space, made on first use.
    """

    def __init__(
        self, expressions: Sequence[str], caseless: Sequence[bool] | None = None, *, utf8: bool = True
    ) -> None:
        import hyperscan

        flags = []
        for i in range(len(expressions)):
            f = (hyperscan.HS_FLAG_UTF8 if utf8 else 0) | hyperscan.HS_FLAG_SOM_LEFTMOST
            if caseless is not None and caseless[i]:
                f |= hyperscan.HS_FLAG_CASELESS
            flags.append(f)
        self._db: Any = hyperscan.Database()
        self._db.compile(
            expressions=[e.encode("utf-8") for e in expressions],
            ids=list(range(len(expressions))),
            elements=len(expressions),
            flags=flags,
        )
        self._prototype: Any = hyperscan.Scratch(self._db)
        self._lock = threading.Lock()  # clone() itself must not race a scan on the prototype
        self._local = threading.local()

    def scan(self, data: bytes, on_match: Callable[[int, int, int, int, object], None]) -> None:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            with self._lock:
                scratch = self._prototype.clone()
            self._local.scratch = scratch
        self._db.scan(data, match_event_handler=on_match, scratch=scratch)


class HyperscanScanner:
    engine = "hyperscan"

    def __init__(self, patterns: Sequence[PatternDef]) -> None:
        self.patterns = list(patterns)
        self._db = HyperscanDatabase([p.prefilter for p in self.patterns], [p.ignore_case for p in self.patterns])

    def scan(self, text: str) -> list[Match]:
        data = utf8(text)
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

        self._db.scan(data, on_match)
        if not windows:
            return []
        if len(data) != len(text):
            _to_char_offsets(data, windows)
        out: list[Match] = []
        n = len(text)
        for pid, spans in windows.items():
            pattern = self.patterns[pid]
            left, right = pattern.reach[0] + _MARGIN, pattern.reach[1] + _MARGIN
            merged: list[list[int]] = []
            for start, end in sorted(spans):  # widened windows may overlap again: merge before matching
                lo, hi = max(0, start - left), min(n, end + right)
                if merged and lo <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], hi)
                else:
                    merged.append([lo, hi])
            for lo, hi in merged:
                out.extend(_matches_in(pattern.compiled, pid, text, lo, hi, pattern.lookout, pattern.has_value))
        return out


def utf8(text: str) -> bytes:
    """UTF-8 for the multi-pattern engine. A lone surrogate (from a truncated JSON escape) cannot be encoded:
    it becomes U+FFFD, one character for one, so offsets still match the text."""
    return encodable(text).encode("utf-8")


# every UTF-8 continuation byte (10xxxxxx) made one and the same byte: a character is a byte that is not it
_CONTINUATION = bytes.maketrans(bytes(range(0x80, 0xC0)), b"\x80" * 0x40)


def _to_char_offsets(data: bytes, windows: dict[int, list[list[int]]]) -> None:
    """Map UTF-8 byte offsets to ``str`` offsets in place, in one walk over the sorted offsets. The engine's
    offsets fall between characters (it matches code points), so the characters before one are the bytes
    before it that do not continue a character: counted in C, no slice decoded per offset."""
    marks = data.translate(_CONTINUATION)
    offsets = sorted({o for spans in windows.values() for span in spans for o in span})
    char_of: dict[int, int] = {}
    prev_byte = prev_char = 0
    for off in offsets:
        prev_char += off - prev_byte - marks.count(0x80, prev_byte, off)
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
    if not patterns:  # e.g. only custom labels wanted: hyperscan cannot compile an empty database
        return ReScanner(patterns)
    if engine == "re":
        return ReScanner(patterns)
    if engine == "hyperscan" or (engine == "auto" and "hyperscan" in available_engines()):
        return HyperscanScanner(patterns)
    return ReScanner(patterns)
