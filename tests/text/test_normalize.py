from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.text.normalize import (
    DELETED_CHARS,
    TRANSLATE_TABLE,
    NormalizedText,
    digits_only,
    encodable,
    normalize,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("９００１０１－１２３４５６７", "900101-1234567", id="fullwidth-rrn"),
        pytest.param("０１０－１２３４－５６７８", "010-1234-5678", id="fullwidth-phone"),
        pytest.param("010\u20131234\u20145678", "010-1234-5678", id="en-em-dash-phone"),
        pytest.param("010\u22121234\u20105678", "010-1234-5678", id="minus-hyphen-phone"),
        pytest.param("010\u00a01234\u30005678", "010 1234 5678", id="nbsp-ideographic-space"),
        pytest.param("06\u202f12\u200934\u205f56", "06 12 34 56", id="french-thin-spaces"),
        pytest.param("192\u2024168\uff0e0\u20241", "192.168.0.1", id="one-dot-leader-ip"),
        pytest.param("ｋｉｍ＠ｅｘａｍｐｌｅ．ｃｏｍ", "kim@example.com", id="fullwidth-email"),
        pytest.param("１０～２０일", "10~20일", id="fullwidth-tilde"),
        pytest.param("101동·202호", "101동·202호", id="korean-middle-dot-kept"),
        pytest.param("ラーメン", "ラーメン", id="japanese-long-vowel-kept"),
        pytest.param("김민준님 안녕하세요", "김민준님 안녕하세요", id="plain-korean-unchanged"),
        pytest.param("①②③ ㈜가명", "①②③ ㈜가명", id="no-nfkc"),
    ],
)
def test_replacements_are_one_to_one(text: str, expected: str) -> None:
    n = normalize(text)
    assert n.text == expected
    assert n.is_identity
    assert n.removed is None
    assert n.to_original(1, 4) == (1, 4)


@pytest.mark.parametrize(
    ("text", "expected", "span", "original_span"),
    [
        pytest.param("010\u200b1234\u200b5678", "01012345678", (0, 11), (0, 13), id="zwsp-inside-phone"),
        pytest.param("\ufeff010-1234", "010-1234", (0, 8), (1, 9), id="leading-bom"),
        pytest.param("김민\u00ad준 고객", "김민준 고객", (0, 3), (0, 4), id="soft-hyphen-in-name"),
        pytest.param("a\u200c\u200db", "ab", (1, 2), (3, 4), id="two-deleted-in-a-row"),
        pytest.param("ab\u2060", "ab", (0, 2), (0, 2), id="trailing-word-joiner-left-out"),
        pytest.param("０１０\u200b－１２", "010-12", (3, 6), (4, 7), id="fullwidth-and-deleted"),
    ],
)
def test_deletions_keep_an_offset_map(
    text: str, expected: str, span: tuple[int, int], original_span: tuple[int, int]
) -> None:
    n = normalize(text)
    assert n.text == expected
    assert not n.is_identity
    assert n.to_original(*span) == original_span


def test_unchanged_text_is_the_same_object() -> None:
    text = "연락처 010-1234-5678, kim@example.com"
    n = normalize(text)
    assert n.text is text
    assert n.original is text


def test_empty_spans_and_bounds() -> None:
    n = normalize("\u200bab\u200bc")
    assert n.text == "abc"
    assert n.to_original(0, 0) == (0, 0)
    assert n.to_original(2, 2) == (3, 3)
    assert n.to_original(3, 3) == (5, 5)
    with pytest.raises(ValueError, match="outside"):
        n.to_original(2, 4)
    with pytest.raises(ValueError, match="outside"):
        n.to_original(2, 1)
    with pytest.raises(IndexError):
        n.to_original_index(3)


def test_everything_deleted() -> None:
    n = normalize("\u200b\ufeff")
    assert n.text == ""
    assert n.to_original(0, 0) == (0, 0)


def test_table_leaves_korean_alone() -> None:
    assert ord("·") not in TRANSLATE_TABLE
    assert 0x30FC not in TRANSLATE_TABLE
    assert not any(0xAC00 <= k <= 0xD7A3 or 0x3130 <= k <= 0x318F for k in TRANSLATE_TABLE)
    assert all(len(chr(v)) == 1 for v in TRANSLATE_TABLE.values())
    assert not {ord(c) for c in DELETED_CHARS} & TRANSLATE_TABLE.keys()


def test_dataclass_is_frozen() -> None:
    n = normalize("a")
    with pytest.raises(AttributeError):
        n.text = "b"  # type: ignore[misc]
    assert n == NormalizedText("a", "a")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("010-1234-5678", "01012345678", id="dashed"),
        pytest.param("０１０ １２３４", "0101234", id="fullwidth"),
        pytest.param("tel: +33 6 12", "33612", id="letters-and-plus"),
        pytest.param("", "", id="empty"),
        pytest.param("일이삼", "", id="hangul-digits-are-not-digits"),
    ],
)
def test_digits_only(text: str, expected: str) -> None:
    assert digits_only(text) == expected


# Text built from the characters normalize() cares about, mixed with ordinary ones.
_SPECIAL = (
    sorted(DELETED_CHARS)
    + [chr(k) for k in TRANSLATE_TABLE if k < 0xFF01 or k in (0xFF0D, 0xFF0E, 0xFF10, 0xFF19)]
    + list("０１２ａＺ－．")
)
_texts = st.text(
    alphabet=st.one_of(st.sampled_from(_SPECIAL), st.sampled_from(list("01-. 가김민준aé·")), st.characters()),
    max_size=60,
)


@given(_texts)
def test_property_offset_map(text: str) -> None:
    n = normalize(text)
    assert n.original is text
    assert len(n.text) <= len(text)
    positions = [n.to_original_index(i) for i in range(len(n.text))]
    # Each normalized char comes from a source char that translates to it, and the map is monotonic.
    for i, pos in enumerate(positions):
        assert text[pos] not in DELETED_CHARS
        assert text[pos].translate(TRANSLATE_TABLE) == n.text[i]
    assert positions == sorted(set(positions))
    # Exactly the deleted characters are missing.
    kept = [i for i, c in enumerate(text) if c not in DELETED_CHARS]
    assert positions == kept
    if n.removed is None:
        assert len(n.text) == len(text)
    else:
        assert list(n.removed) == [i for i, c in enumerate(text) if c in DELETED_CHARS]
    # The whole normalized text covers the original minus leading/trailing deleted characters.
    whole = n.to_original(0, len(n.text))
    if kept:
        assert whole == (kept[0], kept[-1] + 1)
    else:
        assert whole == (0, 0)


@given(_texts, st.data())
def test_property_spans_map_to_their_sources(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    end = data.draw(st.integers(0, len(n.text)))
    start = data.draw(st.integers(0, end))
    o_start, o_end = n.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    source = "".join(c for c in text[o_start:o_end] if c not in DELETED_CHARS)
    assert source.translate(TRANSLATE_TABLE) == n.text[start:end]
    if start < end:
        # Deleted characters at the edges are left out.
        assert text[o_start] not in DELETED_CHARS
        assert text[o_end - 1] not in DELETED_CHARS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("김민준 010", "김민준 010", id="valid-text-unchanged"),
        pytest.param("a\ud800b", "a\ufffdb", id="lone-high-surrogate"),
        pytest.param("\udc00이름", "\ufffd이름", id="lone-low-surrogate-first"),
        pytest.param("😀\ud83d", "😀\ufffd", id="emoji-then-half-of-one"),
    ],
)
def test_encodable_replaces_lone_surrogates_one_for_one(text: str, expected: str) -> None:
    out = encodable(text)
    assert out == expected
    assert len(out) == len(text)
    out.encode("utf-8")
