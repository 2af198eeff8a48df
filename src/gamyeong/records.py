"""Reading input for ``detect``: a plain-text document or JSONL records, with bad records reported, not
fatal. Errors name the line and the fix, never the content."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, Literal

from gamyeong.errors import InputError

__all__ = [
    "DEFAULT_MAX_CHARS",
    "BadRecord",
    "InputFormat",
    "Record",
    "decode_text",
    "iter_records",
    "sniff_format",
]

InputFormat = Literal["auto", "text", "jsonl"]
DEFAULT_MAX_CHARS = 10_000_000


@dataclass(frozen=True, slots=True)
class Record:
    line: int  # 1-based line number (1 for a plain-text document)
    id: Any
    text: str
    lang: str | None = None
    raw: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class BadRecord:
    line: int
    id: Any
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "id": self.id, "reason": self.reason}


def decode_text(data: bytes, where: str) -> str:
    """UTF-8 text or an InputError that says where the bad bytes are and how to convert the file."""
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file (NUL bytes); give a UTF-8 text or JSONL file", record=where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 at byte {exc.start}; convert it first, e.g. iconv -f CP949 -t UTF-8 (Korean) "
            "or iconv -f LATIN1 -t UTF-8 (French)",
            record=where,
        ) from None
    return text.removeprefix("\ufeff")


def sniff_format(name: str, head: bytes) -> Literal["text", "jsonl"]:
    if name.endswith((".jsonl", ".ndjson", ".jsonl.txt")):
        return "jsonl"
    return "jsonl" if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "text"


def iter_records(
    stream: BinaryIO,
    name: str,
    *,
    input_format: InputFormat = "auto",
    field: str = "text",
    id_field: str = "id",
    lang_field: str = "lang",
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Record | BadRecord]:
    """Yield one Record per document, or a BadRecord (with the line number and what to do) per bad one."""
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    fmt = sniff_format(name, head) if input_format == "auto" else input_format
    if fmt == "text":
        data = stream.read()
        text = decode_text(data, name)
        if len(text) > max_chars:
            yield BadRecord(1, name, f"document has {len(text):,} characters, over --max-chars {max_chars:,}")
            return
        yield Record(1, name, text)
        return
    yield from _iter_jsonl(stream, field, id_field, lang_field, max_chars)


def _iter_jsonl(
    stream: BinaryIO, field: str, id_field: str, lang_field: str, max_chars: int
) -> Iterator[Record | BadRecord]:
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        if len(raw) > max_chars * 4 + 1024:  # UTF-8 is at most 4 bytes a character
            yield BadRecord(number, None, f"line has {len(raw):,} bytes, over --max-chars {max_chars:,}; split it")
            continue
        try:
            line = decode_text(raw, f"line {number}")
        except InputError as exc:
            yield BadRecord(number, None, exc.message.split(": ", 1)[-1])
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRecord(number, None, f"not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line")
            continue
        if not isinstance(obj, dict):
            yield BadRecord(number, None, f"expected a JSON object, got {type(obj).__name__}")
            continue
        rid = obj.get(id_field, number)
        if field not in obj:
            # The record's own keys are not listed: in a JSON object keys can be data (names, numbers).
            yield BadRecord(
                number, rid, f"no field {field!r} in this record ({len(obj)} fields); pick one with --field"
            )
            continue
        text = obj[field]
        if not isinstance(text, str):
            yield BadRecord(number, rid, f"field {field!r} is {type(text).__name__}, not text")
            continue
        if len(text) > max_chars:
            yield BadRecord(number, rid, f"text has {len(text):,} characters, over --max-chars {max_chars:,}")
            continue
        lang = obj.get(lang_field)
        yield Record(number, rid, text, lang if isinstance(lang, str) else None, obj)
