"""records.py: reading plain text and JSONL, with bad records reported (line, id, reason), never fatal."""

from __future__ import annotations

import io
import json

import pytest

from gamyeong.errors import InputError
from gamyeong.records import BadRecord, Record, decode_text, iter_records, sniff_format


def read(data: bytes, name: str = "in.jsonl", **kwargs: object) -> list[Record | BadRecord]:
    return list(iter_records(io.BufferedReader(io.BytesIO(data)), name, **kwargs))  # type: ignore[arg-type]


def jl(*objs: object) -> bytes:
    return b"".join(json.dumps(o, ensure_ascii=False).encode() + b"\n" for o in objs)


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        pytest.param("a.jsonl", b"hello", "jsonl", id="jsonl-extension"),
        pytest.param("a.ndjson", b"", "jsonl", id="ndjson-extension"),
        pytest.param("a.txt", b'{"text": "x"}', "jsonl", id="brace-start"),
        pytest.param("a.txt", b'\xef\xbb\xbf  \n{"text": "x"}', "jsonl", id="bom-and-blank-before-brace"),
        pytest.param("a.txt", "안녕하세요".encode(), "text", id="plain"),
        pytest.param("-", b"[1, 2]", "text", id="json-array-is-text"),
    ],
)
def test_sniff_format(name: str, head: bytes, expected: str) -> None:
    assert sniff_format(name, head) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param("연락처".encode(), "연락처", id="utf8"),
        pytest.param("\ufeffbom".encode(), "bom", id="bom-removed"),
        pytest.param(b"", "", id="empty"),
    ],
)
def test_decode_text(data: bytes, expected: str) -> None:
    assert decode_text(data, "f.txt") == expected


@pytest.mark.parametrize(
    ("data", "words"),
    [
        pytest.param("홍길동".encode("cp949"), ("UTF-8", "iconv", "CP949", "f.txt", "at byte"), id="cp949"),
        pytest.param("café".encode("latin-1"), ("UTF-8", "iconv", "LATIN1", "byte 3"), id="latin1"),
        pytest.param(b"\x00\x01\x02ELF", ("binary", "f.txt"), id="binary"),
    ],
)
def test_decode_text_errors_name_the_fix(data: bytes, words: tuple[str, ...]) -> None:
    with pytest.raises(InputError) as info:
        decode_text(data, "f.txt")
    for word in words:
        assert word in str(info.value)
    assert info.value.record == "f.txt"


def test_plain_text_is_one_record() -> None:
    (rec,) = read("첫 줄\n둘째 줄 010-1234-5678\n".encode(), "doc.txt")
    assert isinstance(rec, Record)
    assert (rec.line, rec.id, rec.text) == (1, "doc.txt", "첫 줄\n둘째 줄 010-1234-5678\n")


def test_plain_text_too_long_is_a_bad_record() -> None:
    (rec,) = read(b"x" * 101, "doc.txt", max_chars=100)
    assert isinstance(rec, BadRecord)
    assert "101" in rec.reason
    assert "--max-chars" in rec.reason


def test_jsonl_records_and_bad_lines() -> None:
    data = (
        jl({"id": "a", "text": "하나", "lang": "ko"})
        + b"\n"  # blank line: skipped, not counted
        + b"{bad json\n"
        + jl({"id": "c", "body": "x"}, {"id": "d", "text": 5}, {"id": "e", "text": "y" * 50}, [1, 2])
        + b'{"id": "g", "text": "caf\xe9"}\n'
        + jl({"text": "no id"}, {"id": 7, "text": "ok", "lang": 3})
    )
    out = read(data, max_chars=20)
    summary = [(type(r).__name__, r.line, r.id) for r in out]
    assert summary == [
        ("Record", 1, "a"),
        ("BadRecord", 3, None),
        ("BadRecord", 4, "c"),
        ("BadRecord", 5, "d"),
        ("BadRecord", 6, "e"),
        ("BadRecord", 7, None),
        ("BadRecord", 8, None),
        ("Record", 9, 9),  # no id field: the line number stands in
        ("Record", 10, 7),
    ]
    reasons = {r.line: r.reason for r in out if isinstance(r, BadRecord)}
    assert "not valid JSON" in reasons[3]
    assert "no field 'text'" in reasons[4]
    assert "--field" in reasons[4]
    assert "int" in reasons[5]
    assert "--max-chars" in reasons[6]
    assert "JSON object" in reasons[7]
    assert "UTF-8" in reasons[8]
    assert "iconv" in reasons[8]
    first, last = out[0], out[-1]
    assert isinstance(first, Record)
    assert first.lang == "ko"
    assert first.raw == {"id": "a", "text": "하나", "lang": "ko"}
    assert isinstance(last, Record)
    assert last.lang is None


def test_jsonl_field_and_id_field() -> None:
    (rec,) = read(jl({"key": "k1", "body": "본문"}), field="body", id_field="key")
    assert isinstance(rec, Record)
    assert (rec.id, rec.text) == ("k1", "본문")


def test_jsonl_line_far_too_long_is_refused_before_parsing() -> None:
    (rec,) = read(jl({"id": 1, "text": "x" * 5000}), max_chars=10)
    assert isinstance(rec, BadRecord)
    assert rec.id is None  # not parsed at all
    assert "bytes" in rec.reason
    assert "split" in rec.reason


def test_jsonl_crlf_and_missing_final_newline() -> None:
    data = b'{"id": 1, "text": "a"}\r\n{"id": 2, "text": "b"}'
    assert [(r.id, r.text) for r in read(data) if isinstance(r, Record)] == [(1, "a"), (2, "b")]


def test_bad_record_to_dict() -> None:
    assert BadRecord(3, "x", "why").to_dict() == {"line": 3, "id": "x", "reason": "why"}


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_forced_format(fmt: str) -> None:
    data = jl({"id": 1, "text": "a"})
    out = read(data, "in.txt", input_format=fmt)
    assert len(out) == 1
    assert isinstance(out[0], Record)
    assert out[0].text == ("a" if fmt == "jsonl" else data.decode())
