"""The reversible-token grammar: one parser for every kind."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.labels import Label
from gamyeong.pseudonymize.tokens import TOKEN_RE, TokenKind, find_tokens, format_token


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("<PERSON_1>", [("PERSON", "1", TokenKind.LOCAL)], id="numbered"),
        pytest.param("<KR_RRN_12>", [("KR_RRN", "12", TokenKind.LOCAL)], id="label-with-underscore"),
        pytest.param("<CUSTOM_EMP_ID_v8K2M4Q7T>", [("CUSTOM_EMP_ID", "v8K2M4Q7T", TokenKind.VAULT)], id="vault"),
        pytest.param("<EMAIL_xGEZDGNBVGY3TQOJQGE>", [("EMAIL", "xGEZDGNBVGY3TQOJQGE", TokenKind.CIPHER)], id="cipher"),
        pytest.param("연락처는 <PHONE_3>로 주세요", [("PHONE", "3", TokenKind.LOCAL)], id="inside-korean"),
        pytest.param("<PERSON>", [], id="no-id"),
        pytest.param("<person_1>", [], id="lower-case-is-not-a-token"),
        pytest.param("[PERSON_1]", [], id="redaction-tag-is-not-a-token"),
        pytest.param("<a href=x>", [], id="html"),
    ],
)
def test_find_tokens(text: str, expected: list[tuple[str, str, TokenKind]]) -> None:
    assert [(t.label, t.ident, t.kind) for t in find_tokens(text)] == expected


@given(st.sampled_from(list(Label)), st.integers(min_value=1, max_value=10**6))
def test_format_then_find_round_trips(label: Label, number: int) -> None:
    token = format_token(label, str(number))
    assert TOKEN_RE.fullmatch(token)
    (found,) = find_tokens(f"before {token} after")
    assert (found.label, found.ident) == (label, str(number))


def test_format_token_refuses_a_bad_id() -> None:
    with pytest.raises(ValueError, match="not a valid token"):
        format_token("PERSON", "not-an-id")
