"""The redact operator: [LABEL] or [LABEL_n], never a reversible token."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.langs import Language
from gamyeong.pseudonymize.operators import operator_class
from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.operators.redact import RedactOperator, RedactParams
from gamyeong.pseudonymize.tokens import TOKEN_RE


def item(value: str, label: str = "PERSON", normalized: str | None = None) -> Item:
    return Item(value, label, Language.KO, value if normalized is None else normalized)


def test_identity() -> None:
    assert operator_class("redact") is RedactOperator
    assert RedactOperator.name == "redact"
    assert RedactOperator.Params is RedactParams
    assert RedactOperator.reversible is False
    assert RedactOperator.needs_key is False


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        pytest.param("PERSON", "김민준", "[PERSON]", id="ko-name"),
        pytest.param("KR_RRN", "900101-1234568", "[KR_RRN]", id="rrn"),
        pytest.param("EMAIL", "jean@orange.fr", "[EMAIL]", id="email"),
        pytest.param("CUSTOM_EMPLOYEE_ID", "E-0042", "[CUSTOM_EMPLOYEE_ID]", id="custom-label"),
    ],
)
def test_plain_tag(label: str, value: str, expected: str) -> None:
    assert RedactOperator().apply(item(value, label), OperatorContext(purpose="p")) == expected


def test_numbered_per_value_and_label() -> None:
    op = RedactOperator(RedactParams(numbered=True))
    ctx = OperatorContext(purpose="p")
    outputs = [
        op.apply(item("김민준"), ctx),
        op.apply(item("이서아"), ctx),
        op.apply(item("김민준"), ctx),
        op.apply(item("010-1234-5678", "PHONE", "01012345678"), ctx),
        op.apply(item("01012345678", "PHONE", "01012345678"), ctx),  # same normalized value: same number
    ]
    assert outputs == ["[PERSON_1]", "[PERSON_2]", "[PERSON_1]", "[PHONE_1]", "[PHONE_1]"]


def test_numbering_is_per_document() -> None:
    op = RedactOperator(RedactParams(numbered=True))
    assert op.apply(item("이서아"), OperatorContext(purpose="p")) == "[PERSON_1]"
    assert op.apply(item("김민준"), OperatorContext(purpose="p")) == "[PERSON_1]"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"numbered": "yes"}, "numbered", id="numbered-not-bool"),
        pytest.param({"style": "angle"}, "style", id="unknown-style"),
    ],
)
def test_params_are_validated(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RedactParams(**kwargs)  # type: ignore[arg-type]


def test_params_are_frozen() -> None:
    params = RedactParams()
    with pytest.raises(AttributeError):
        params.numbered = True  # type: ignore[misc]


@given(st.text(min_size=1, max_size=30), st.booleans())
def test_output_is_never_a_reversible_token_and_never_shows_the_value(value: str, numbered: bool) -> None:
    out = RedactOperator(RedactParams(numbered=numbered)).apply(item(value, "PERSON"), OperatorContext(purpose="p"))
    assert TOKEN_RE.search(out) is None
    assert out.startswith("[PERSON")
    assert out.endswith("]")
    if value not in "[PERSON_1]":
        assert value not in out
