"""A pattern's look-behinds moved after its first character, so that ``re`` can skip to where a match may start.

``re`` scans fast (in C, a character at a time) only for a pattern that opens with a character or a set of them;
a pattern that opens with a look-behind (every rule's ``(?<![0-9A-Za-z])``) is instead tried in full at every
position of a window, and most positions of a window (the text around a digit run) cannot start a match at all.
The same pattern with its first character consumed before the look-behinds (which then look one character
further back) opens with that character's set and matches exactly the same strings at the same places: the
look-behinds still read the characters before the match, and each alternative is tried in its order, its first
atom's repeat one shorter (``\\d{6}`` → ``\\d\\d{5}``, which backtracks the same way).

Only patterns whose every alternative opens with one plain atom (``\\d``, a class, a literal) repeated at least
once are rewritten; any other returns None and the pattern is used as written.
"""

from __future__ import annotations

import re

__all__ = ["peeled"]

_QUANTIFIER = re.compile(r"\{(\d+)(?:,(\d*))?\}")
_SPECIAL = frozenset(".^$*+?{}[]\\|()")


def _alternatives(regex: str) -> list[str] | None:
    """The top-level alternatives of ``regex`` (None when its brackets do not balance)."""
    out: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            end = _class_end(regex, i)
            if end < 0:
                return None
            i = end
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            out.append(regex[start:i])
            start = i + 1
        i += 1
    if depth:
        return None
    out.append(regex[start:])
    return out


def _class_end(regex: str, i: int) -> int:
    """The index just past the character class opening at ``regex[i]`` ("["), or -1."""
    j = i + 1
    if j < len(regex) and regex[j] == "^":
        j += 1
    if j < len(regex) and regex[j] == "]":
        j += 1  # a "]" first is a member
    while j < len(regex):
        c = regex[j]
        if c == "\\":
            j += 2
            continue
        if c == "]":
            return j + 1
        j += 1
    return -1


def _first_atom(alternative: str) -> tuple[str, str] | None:
    """(the set body of the alternative's first atom, the alternative with that atom's first repeat taken off),
    or None when the alternative does not open with a plain atom repeated at least once."""
    if not alternative:
        return None
    c = alternative[0]
    if c == "\\":
        if alternative[1:2] != "d":
            return None
        atom, body = alternative[:2], r"\d"
    elif c == "[":
        end = _class_end(alternative, 0)
        if end < 0 or alternative[1:2] == "^":
            return None
        atom, body = alternative[:end], alternative[1 : end - 1]
    elif c in _SPECIAL:
        return None
    else:
        atom, body = c, re.escape(c)
    rest = alternative[len(atom) :]
    if rest[:1] in ("*", "+", "?"):
        return None
    m = _QUANTIFIER.match(rest)
    if m is None:
        # a "{" that is no {m} or {m,n} ({,n}) may still repeat the atom: taken off, it would repeat nothing
        return None if rest[:1] == "{" else (body, rest)
    if rest[m.end() : m.end() + 1] in ("?", "+"):
        return None  # a lazy or possessive repeat backtracks otherwise
    low = int(m.group(1))
    high = m.group(2)
    if low < 1 or (high is not None and high == ""):
        return None
    after = rest[m.end() :]
    bounds = f"{low - 1}" if high is None else f"{low - 1},{int(high) - 1}"
    return body, ("" if bounds == "0" else f"{atom}{{{bounds}}}") + after


def peeled(regex: str, lookbehinds: list[str]) -> str | None:
    """``regex`` preceded by the negative look-behind bodies ``lookbehinds`` (each of one fixed width), rewritten
    to open with its first character's set; None when it cannot be."""
    alternatives = _alternatives(regex)
    if alternatives is None:
        return None
    firsts: list[tuple[str, str]] = []
    for alternative in alternatives:
        found = _first_atom(alternative)
        if found is None:
            return None
        firsts.append(found)
    first_set = "".join(dict.fromkeys(body for body, _ in firsts))
    behind = "".join(f"(?<!{lb}[\\s\\S])" for lb in lookbehinds)
    if len(firsts) == 1:
        return f"(?:[{first_set}]{behind}(?:{firsts[0][1]}))"
    # each alternative checks that the character consumed is one of its own first atom's
    branches = "|".join(f"(?<=[{body}]){rest}" for body, rest in firsts)
    return f"(?:[{first_set}]{behind}(?:{branches}))"
