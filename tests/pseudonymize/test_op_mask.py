"""The mask operator: separators stay, something is always hidden, e-mail domains stay readable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.langs import Language
from gamyeong.pseudonymize.operators import operator_class
from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.operators.mask import SEPARATORS, MaskOperator, MaskParams

CTX = OperatorContext(purpose="p")


def masked(value: str, label: str = "PHONE", **params: object) -> str:
    op = MaskOperator(MaskParams(**params))  # type: ignore[arg-type]
    return op.apply(Item(value, label, Language.KO, value), CTX)


def test_identity() -> None:
    assert operator_class("mask") is MaskOperator
    assert (MaskOperator.name, MaskOperator.reversible, MaskOperator.needs_key) == ("mask", False, False)


@pytest.mark.parametrize(
    ("label", "value", "params", "expected"),
    [
        pytest.param("PHONE", "010-1234-5678", {}, "***-****-5678", id="kr-mobile-defaults"),
        pytest.param("PHONE", "010-1234-5678", {"keep_first": 3}, "010-****-5678", id="kr-mobile-keep-prefix"),
        pytest.param("PHONE", "+33 6 12 34 56 78", {}, "+** * ** ** 56 78", id="fr-mobile"),
        pytest.param("CREDIT_CARD", "4111 1111 1111 1111", {}, "**** **** **** 1111", id="card-last-four"),
        pytest.param("CREDIT_CARD", "4111111111111111", {"keep_first": 6}, "411111******1111", id="card-pci"),
        pytest.param("KR_RRN", "900101-1234568", {"keep_first": 6, "keep_last": 0}, "900101-*******", id="rrn-front"),
        pytest.param("PERSON", "김민준", {}, "**준", id="ko-name-defaults-show-one-syllable"),
        pytest.param("PERSON", "김민준", {"keep_first": 1, "keep_last": 0}, "김**", id="ko-name-keep-surname"),
        pytest.param("PERSON", "John Smith", {"keep_first": 1, "keep_last": 0}, "J*** *****", id="en-name"),
        pytest.param("PHONE", "010-1234-5678", {"char": "#"}, "###-####-5678", id="other-char"),
        pytest.param("PHONE", "010-1234-5678", {"keep_separators": False}, "*********5678", id="separators-masked-too"),
        pytest.param("EMAIL", "minjun.kim@naver.com", {}, "******.***@naver.com", id="email-local-masked"),
        pytest.param("EMAIL", "minjun.kim@naver.com", {"keep_first": 2}, "mi****.***@naver.com", id="email-first"),
        pytest.param(
            "EMAIL", "jean@orange.fr", {"mask_email_domain": True}, "****@******.**", id="email-domain-masked"
        ),
        pytest.param("OTHER_ID", "1", {}, "*", id="single-character"),
        pytest.param("OTHER_ID", "", {}, "", id="empty"),
    ],
)
def test_cases(label: str, value: str, params: dict[str, object], expected: str) -> None:
    assert masked(value, label, **params) == expected


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"keep_first": -1}, "keep_first", id="negative"),
        pytest.param({"keep_last": 1.5}, "keep_last", id="float"),
        pytest.param({"keep_last": True}, "keep_last", id="bool-is-not-int"),
        pytest.param({"char": "**"}, "exactly one", id="two-chars"),
        pytest.param({"char": ""}, "exactly one", id="empty-char"),
        pytest.param({"char": " "}, "exactly one", id="space-char"),
        pytest.param({"char": "x"}, "letter or digit", id="letter-char"),
        pytest.param({"keep_separators": "no"}, "keep_separators", id="separators-not-bool"),
        pytest.param({"mask_email_domain": 1}, "mask_email_domain", id="domain-not-bool"),
    ],
)
def test_params_are_validated(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        MaskParams(**kwargs)  # type: ignore[arg-type]


values = st.text(alphabet=st.sampled_from("0123456789abcXYZ김민준 -.@/()+"), max_size=30)


@given(values, st.integers(0, 20), st.integers(0, 20))
def test_shape_and_minimum_masking(value: str, keep_first: int, keep_last: int) -> None:
    out = masked(value, "OTHER_ID", keep_first=keep_first, keep_last=keep_last)
    assert len(out) == len(value)
    maskable = [i for i, c in enumerate(value) if not (c.isspace() or c in SEPARATORS)]
    for i, (a, b) in enumerate(zip(value, out, strict=True)):
        if i not in maskable:
            assert a == b  # separators stay in place
        else:
            assert b in (a, "*")
    hidden = sum(1 for i in maskable if out[i] == "*")
    assert hidden >= min(4, (len(maskable) + 1) // 2)
    # kept characters are a prefix and a suffix of the maskable ones
    kept = [i for i in maskable if out[i] != "*" or value[i] == "*"]
    first = min(keep_first, len(kept))
    assert kept[:first] == maskable[:first]
