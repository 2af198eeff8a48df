"""Every module under ``gamyeong.identifiers`` honours the same contract (python-stdnum style).

For each registered module: ``name`` and ``label``; the five callables; ``check`` never raises and answers
a :class:`Validity`; ``validate`` raises only :class:`~gamyeong.errors.ValidationError` subclasses;
``is_valid`` agrees with ``check``; no error message (nor any exception chained to it) shows the input.
"""

from __future__ import annotations

from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gamyeong.errors import ValidationError
from gamyeong.identifiers import MODULE_NAMES, Validity, get

JUNK = [
    pytest.param("", id="empty"),
    pytest.param(" ", id="space"),
    pytest.param("abc", id="letters"),
    pytest.param("0" * 200, id="zeros-200"),
    pytest.param("１２３", id="fullwidth-digits"),
    pytest.param("\x00", id="nul"),
    pytest.param("\U0001f600\U0001f4b3", id="emoji"),
    pytest.param("7" * 100_000, id="digits-100k"),
    pytest.param("x" * 100_000, id="letters-100k"),
    pytest.param("-- --", id="separators"),
    pytest.param("김민준 Jean Дмитрий 123", id="mixed-scripts"),
    pytest.param("12가3456 @ 例 中国 ※", id="mixed-symbols"),
    pytest.param("٣٤٥٦٧٨٩٠١٢٣٤٥", id="arabic-indic-digits"),
    pytest.param("1" * 4300 + "0" * 10, id="int-limit-digits"),
    pytest.param("\ud800", id="lone-surrogate"),
    pytest.param("\n\t\r", id="control-whitespace"),
]

MODULES = [pytest.param(name, id=name) for name in MODULE_NAMES]
CALLABLES = ("compact", "validate", "is_valid", "format", "check")


def _messages(error: BaseException) -> list[str]:
    """The text of ``error`` and of every exception a traceback would show with it.

    ``raise ... from None`` hides the context from tracebacks and loggers, so it is not followed.
    """
    seen: list[str] = []
    current: BaseException | None = error
    while current is not None and len(seen) < 10:
        seen.extend([str(current), *(repr(arg) for arg in current.args)])
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return seen


def _validation_error(module: ModuleType, value: str) -> ValidationError | None:
    """The error ``validate`` raises, ``None`` when it accepts; any other exception type propagates."""
    try:
        result = module.validate(value)
    except ValidationError as error:
        return error
    assert isinstance(result, str)
    return None


def _assert_contract(module: ModuleType, value: str) -> None:
    validity = module.check(value)
    assert isinstance(validity, Validity)
    assert module.is_valid(value) == (validity is not Validity.INVALID)
    error = _validation_error(module, value)
    assert (error is not None) == (validity is Validity.INVALID)
    # Only inputs that could be personal data (4+ digits): a short word may occur in any fixed message
    # ("regi" in "registration").
    if error is not None and sum(c.isdigit() for c in value) >= 4:
        assert not any(value in message for message in _messages(error)), "the error shows the input"


@pytest.mark.parametrize("name", MODULES)
def test_identity(name: str) -> None:
    module = get(name)
    assert module.name == name
    assert isinstance(module.label, str)
    assert module.label
    for attribute in CALLABLES:
        assert callable(getattr(module, attribute)), attribute


@pytest.mark.parametrize("name", MODULES)
@pytest.mark.parametrize("value", JUNK)
def test_junk(name: str, value: str) -> None:
    module = get(name)
    _assert_contract(module, value)
    with pytest.raises(ValidationError):
        module.validate(value)


@pytest.mark.parametrize("name", MODULES)
@pytest.mark.parametrize("value", JUNK)
def test_compact_and_format_on_junk(name: str, value: str) -> None:
    module = get(name)
    for function in (module.compact, module.format):
        try:
            result = function(value)
        except ValidationError:
            continue
        assert isinstance(result, str)


# Strings close to real identifiers reach deeper into the validators than arbitrary text does.
NEAR_MISS_ALPHABET = "0123456789 -./:@AaBbKkMmRrXx가민준"


@pytest.mark.parametrize("name", MODULES)
@settings(max_examples=150, deadline=None)
@given(value=st.text() | st.text(NEAR_MISS_ALPHABET, max_size=40))
def test_contract_on_any_text(name: str, value: str) -> None:
    _assert_contract(get(name), value)
