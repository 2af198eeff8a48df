"""The ``hmac`` operator: keyed, stable, per-purpose, non-reversible pseudonyms in a readable form per label."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.errors import ConfigError
from gamyeong.langs import Language
from gamyeong.pseudonymize.keys import KeyRing, MissingKeyError
from gamyeong.pseudonymize.operators import operator_class
from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.operators.hmac import HmacOperator, HmacParams, pseudonym_code
from gamyeong.pseudonymize.tokens import TOKEN_RE

KEYS = KeyRing.generate()
PURPOSE = "고객 이탈 예측 모델 개발 (2026)"


def ctx(purpose: str = PURPOSE, keys: KeyRing | None = KEYS) -> OperatorContext:
    return OperatorContext(purpose=purpose, keys=keys)


def item(value: str, label: str, normalized: str | None = None, lang: Language = Language.KO) -> Item:
    return Item(value, label, lang, value if normalized is None else normalized)


def test_identity() -> None:
    assert operator_class("hmac") is HmacOperator
    assert (HmacOperator.name, HmacOperator.reversible, HmacOperator.needs_key) == ("hmac", False, True)
    assert HmacOperator.Params is HmacParams
    assert HmacOperator().params == HmacParams(length=10)


@pytest.mark.parametrize(
    "length",
    [pytest.param(3, id="too-short"), pytest.param(33, id="too-long"), pytest.param(True, id="bool"),
     pytest.param("10", id="text"), pytest.param(10.0, id="float")],
)  # fmt: skip
def test_params_rejected(length: object) -> None:
    with pytest.raises(ConfigError, match="hmac: length"):
        HmacParams(length=length)  # type: ignore[arg-type]


def test_params_frozen_and_bounds() -> None:
    assert HmacParams(4).length == 4
    assert HmacParams(32).length == 32
    with pytest.raises(dataclasses.FrozenInstanceError):
        HmacParams().length = 5  # type: ignore[misc]


FORMS = [
    pytest.param(item("010-1234-5678", "PHONE", "01012345678"), r"PHONE-[A-Z2-7]{10}", id="phone"),
    pytest.param(item("김민준", "PERSON"), r"PERSON-[A-Z2-7]{10}", id="person-ko"),
    pytest.param(item("Jean Dupont", "PERSON", lang=Language.FR), r"PERSON-[A-Z2-7]{10}", id="person-fr"),
    pytest.param(item("minjun.kim@example.com", "EMAIL"), r"[a-z2-7]{10}@example\.invalid", id="email"),
    pytest.param(item("https://blog.example.com/minjun", "URL"), r"https://example\.invalid/[a-z2-7]{10}", id="url"),
    pytest.param(item("123-45-67890", "KR_BRN", "1234567890"), r"KR_BRN-[A-Z2-7]{10}", id="brn"),
    pytest.param(item("M12345678", "KR_PASSPORT"), r"KR_PASSPORT-[A-Z2-7]{10}", id="passport"),
    pytest.param(item("EMP-00042", "CUSTOM_EMPLOYEE"), r"CUSTOM_EMPLOYEE-[A-Z2-7]{10}", id="custom"),
]


@pytest.mark.parametrize(("value", "form"), FORMS)
def test_output_form(value: Item, form: str) -> None:
    out = HmacOperator().apply(value, ctx())
    assert re.fullmatch(form, out), out
    assert value.value not in out
    assert value.normalized not in out
    assert TOKEN_RE.search(out) is None  # not a reversible token: restore must not try it


def test_matches_reference_hmac() -> None:
    value = item("010-1234-5678", "PHONE", "01012345678")
    key = KEYS.derive(PURPOSE, "PHONE", "hmac")
    digest = hmac.new(key, b"01012345678", hashlib.sha256).digest()
    assert HmacOperator().apply(value, ctx()) == "PHONE-" + base64.b32encode(digest).decode()[:10]
    assert pseudonym_code(key, "01012345678", 32) == base64.b32encode(digest).decode()[:32]


def test_uses_the_normalized_form() -> None:
    op = HmacOperator()
    dashed = op.apply(item("010-1234-5678", "PHONE", "01012345678"), ctx())
    bare = op.apply(item("01012345678", "PHONE", "01012345678"), ctx())
    intl = op.apply(item("+82 10-1234-5678", "PHONE", "01012345678"), ctx())
    assert dashed == bare == intl


def test_separation() -> None:
    op = HmacOperator()
    value = item("010-1234-5678", "PHONE", "01012345678")
    base = op.apply(value, ctx())
    assert op.apply(value, ctx()) == base  # stable
    assert op.apply(value, ctx(purpose="another study")) != base  # two purposes cannot join
    assert op.apply(value, ctx(keys=KeyRing.generate())) != base  # another key
    assert op.apply(item("010-1234-5679", "PHONE", "01012345679"), ctx()) != base
    assert op.apply(item("010-1234-5678", "OTHER_ID", "01012345678"), ctx()).split("-")[1] != base.split("-")[1]


def test_purpose_is_nfc_normalized() -> None:
    value = item("김민준", "PERSON")
    nfd = unicodedata.normalize("NFD", PURPOSE)
    assert HmacOperator().apply(value, ctx(purpose=nfd)) == HmacOperator().apply(value, ctx())


def test_length_param() -> None:
    value = item("010-1234-5678", "PHONE", "01012345678")
    short = HmacOperator(HmacParams(4)).apply(value, ctx())
    long = HmacOperator(HmacParams(32)).apply(value, ctx())
    assert re.fullmatch(r"PHONE-[A-Z2-7]{4}", short)
    assert long.startswith(short)
    assert len(long) == len("PHONE-") + 32


def test_missing_key() -> None:
    value = item("010-1234-5678", "PHONE", "01012345678")
    with pytest.raises(MissingKeyError) as info:
        HmacOperator().apply(value, ctx(keys=None))
    assert "--key" in str(info.value)
    assert "1234" not in str(info.value)


@given(st.lists(st.text(min_size=1, max_size=30), min_size=2, max_size=30, unique=True))
def test_distinct_values_distinct_pseudonyms(values: list[str]) -> None:
    op = HmacOperator(HmacParams(16))  # 80 bits: a collision here would be a bug, not bad luck
    outs = [op.apply(item(v, "PERSON"), ctx()) for v in values]
    assert len(set(outs)) == len(outs)
