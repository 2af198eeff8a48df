"""fr.nir: generated vectors (make_vectors.py → vectors.json), named cases and round-trip properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from gamyeong.identifiers import Validity
from gamyeong.identifiers.fr import nir

VECTORS = json.loads(Path(__file__).with_name("vectors.json").read_text(encoding="utf-8"))
GENERATED = [pytest.param(v["value"], Validity[v["expect"]], id=v["id"]) for v in VECTORS["nir"]]

NAMED = [
    # The shape often quoted as an example, "1 85 05 78 006 084 36", has the wrong key (91 is right).
    pytest.param("1 85 05 78 006 084 36", Validity.INVALID, id="nir-textbook-example-wrong-key"),
    pytest.param("1 85 05 78 006 084 91", Validity.VERIFIED, id="nir-textbook-example-right-key"),
    pytest.param("185057800608491", Validity.VERIFIED, id="nir-compact"),
    pytest.param("2 95 10 99 126 111 93", Validity.VERIFIED, id="nir-stdnum-born-abroad"),
    pytest.param("253072B07300470", Validity.VERIFIED, id="nir-stdnum-corsica-2b"),
    pytest.param("253072A07300443", Validity.VERIFIED, id="nir-stdnum-corsica-2a"),
    pytest.param("253072a07300443", Validity.VERIFIED, id="nir-corsica-lowercase"),
    pytest.param("253072A07300470", Validity.INVALID, id="nir-corsica-2b-key-on-2a"),
    pytest.param("253072C07300443", Validity.INVALID, id="nir-corsica-2c"),
    pytest.param("295109912611199", Validity.INVALID, id="nir-stdnum-wrong-key"),
    pytest.param("1.85.05.78.006.084.91", Validity.VERIFIED, id="nir-dotted"),
    pytest.param("１８５０５７８００６０８４３６", Validity.INVALID, id="nir-fullwidth-digits"),
    pytest.param("18505780060843", Validity.INVALID, id="nir-14-digits"),
]


@pytest.mark.parametrize(("value", "expected"), GENERATED + NAMED)
def test_check(value: str, expected: Validity) -> None:
    assert nir.check(value) is expected
    assert nir.is_valid(value) == (expected is not Validity.INVALID)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        pytest.param("18505780060843", InvalidLength, id="too-short"),
        pytest.param("1850578006084X", InvalidLength, id="letter-short"),
        pytest.param("18505780060843X", InvalidFormat, id="letter-in-key"),
        pytest.param("585057800608491", InvalidComponent, id="sex-5"),
        pytest.param("185137800608491", InvalidComponent, id="month-13"),
        pytest.param("185050000608491", InvalidComponent, id="dept-00"),
        pytest.param("185057800608492", InvalidChecksum, id="key-off-by-one"),
    ],
)
def test_validate_errors(value: str, error: type[ValidationError]) -> None:
    with pytest.raises(error) as info:
        nir.validate(value)
    assert value not in str(info.value)


def test_format() -> None:
    assert nir.format("185057800608436") == "1 85 05 78 006 084 36"
    assert nir.compact(" 1 85 05 78 006 084 91 ") == "185057800608491"


def test_corsica_key_is_the_number_minus_a_million() -> None:
    # 2A is read as 19, i.e. the number with "20" minus 1 000 000; 2B as 18 (minus 2 000 000).
    body = "2530720073004"
    assert nir.calc_key("253072A073004") == f"{97 - (int(body) - 1_000_000) % 97:02d}"
    assert nir.calc_key("253072B073004") == f"{97 - (int(body) - 2_000_000) % 97:02d}"


@st.composite
def valid_nirs(draw: st.DrawFn) -> str:
    sex = draw(st.sampled_from("123478"))
    year = draw(st.integers(0, 99))
    month = draw(st.sampled_from([*range(1, 13), *range(20, 43), *range(50, 100)]))
    dept = draw(st.sampled_from([*(f"{d:02d}" for d in range(1, 97)), "2A", "2B", "98", "99"]))
    rest = draw(st.integers(0, 999_999))
    body = f"{sex}{year:02d}{month:02d}{dept}{rest:06d}"
    return body + nir.calc_key(body)


@given(valid_nirs())
def test_round_trip(number: str) -> None:
    assert nir.check(number) is Validity.VERIFIED
    assert nir.validate(nir.format(number)) == nir.compact(number)
