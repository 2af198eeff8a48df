"""Layout context: the column header above a value in a CSV/TSV/pipe table, and field isolation.

A value in a table carries no context word of its own; its column header does ("생년월일", "Nom", "DOB").
:func:`column_header` finds the header cell of the column a position falls in, by looking for the nearest line
above with the same delimiter; quoted cells ("Flat 28, 17 Cedar Road") count as one.
"""

from __future__ import annotations

__all__ = ["column_cells", "column_header", "header_row", "is_isolated", "row_cells"]

_DELIMITERS = ("\t", "|", ";", ",")
_MAX_LINES_UP = 40
_FIELD_EDGES = frozenset("\t|;,\n\r\"'<>=:：()[]{}·/")


def _cell_index(line: str, offset: int, delim: str) -> int:
    """Index of the cell holding ``line[offset]`` (quotes respected)."""
    if '"' not in line[:offset]:
        return line.count(delim, 0, offset)  # in C: a long line of many values asks this once per value
    index, quoted = 0, False
    for ch in line[:offset]:
        if ch == '"':
            quoted = not quoted
        elif ch == delim and not quoted:
            index += 1
    return index


def _cells(line: str, delim: str) -> list[str]:
    cells: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delim and not quoted:
            cells.append("".join(current))
            current = []
            continue
        current.append(ch)
    cells.append("".join(current))
    return [c.strip().strip('"').strip() for c in cells]


def column_header(text: str, pos: int) -> str | None:
    """The header cell (lower-cased) of the table column holding ``text[pos]``, or None outside a table."""
    found = header_row(text, pos)
    if found is None:
        return None
    index, cells = found
    return cells[index].lower() if index < len(cells) else None


def header_row(text: str, pos: int) -> tuple[int, list[str]] | None:
    """The column index of ``text[pos]`` and the cells of its table's header row (the first line of the block
    of lines sharing a delimiter), or None outside a table."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    offset = pos - line_start
    for delim in _DELIMITERS:
        if line.count(delim) < 1:
            continue
        index = _cell_index(line, offset, delim)
        # walk up to the first line of this block (the header): lines with the same delimiter
        header = None
        cursor = line_start
        for _ in range(_MAX_LINES_UP):
            if cursor == 0:
                break
            prev_start = text.rfind("\n", 0, cursor - 1) + 1
            prev = text[prev_start : cursor - 1]
            if delim not in prev:
                break
            header = prev
            cursor = prev_start
        if header is None:
            continue
        return index, _cells(header, delim)
    return None


def row_cells(text: str, pos: int) -> tuple[str, int, list[str]] | None:
    """The first delimiter of the line holding ``text[pos]``, the index of the cell holding it, the line's cells."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    for delim in _DELIMITERS:
        if delim in line:
            return delim, _cell_index(line, pos - line_start, delim), _cells(line, delim)
    return None


def column_cells(text: str, pos: int) -> tuple[tuple[int, int, str, int], list[str]] | None:
    """The column holding ``text[pos]``: where its block starts and ends, its delimiter and index, and its cells on
    every line of its block (the lines around it that share its delimiter, header included); None outside a table
    of two lines or more."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    for delim in _DELIMITERS:
        if delim not in line:
            continue
        index = _cell_index(line, pos - line_start, delim)
        lines = [line]
        cursor = block_start = line_start
        while cursor > 0 and len(lines) <= _MAX_LINES_UP:
            prev_start = text.rfind("\n", 0, cursor - 1) + 1
            prev = text[prev_start : cursor - 1]
            if delim not in prev:
                break
            lines.append(prev)
            cursor = block_start = prev_start
        cursor = line_end
        while cursor >= 0 and len(lines) <= 2 * _MAX_LINES_UP:
            nxt_end = text.find("\n", cursor + 1)
            nxt = text[cursor + 1 : nxt_end if nxt_end >= 0 else len(text)]
            if delim not in nxt:
                break
            lines.append(nxt)
            cursor = nxt_end
        if len(lines) < 2:
            continue
        column = [cells[index] for cells in (_cells(x, delim) for x in lines) if index < len(cells)]
        block_end = cursor if cursor >= 0 else len(text)
        return (block_start, block_end, delim, index), column
    return None


def is_isolated(text: str, start: int, end: int) -> bool:
    """The value is a whole field: delimiters, quotes, tags or line edges on both sides (a CSV cell, a log value)."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    if before == " " and start > 1 and text[start - 2] in "|:：":
        before = "|"
    if after == " " and end + 1 < len(text) and text[end + 1] in "|(":
        after = "|"
    return before in _FIELD_EDGES and after in _FIELD_EDGES
