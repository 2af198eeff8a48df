"""intl.email: generated vectors, named cases and round-trip properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.errors import InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from gamyeong.identifiers import Validity
from gamyeong.identifiers.intl import email

VECTORS = json.loads(Path(__file__).with_name("vectors.json").read_text(encoding="utf-8"))["email"]
GENERATED = [pytest.param(v["value"], Validity[v["expect"]], id=v["id"]) for v in VECTORS]

NAMED = [
    pytest.param("홍길동@예시.한국", Validity.VERIFIED, id="email-brief-hangul"),
    pytest.param("user@exemple.fr", Validity.VERIFIED, id="email-brief-french"),
    pytest.param("o'neil+tag@mail.co.uk", Validity.VERIFIED, id="email-apostrophe-plus"),
    pytest.param("a@b.co", Validity.VERIFIED, id="email-short"),
    pytest.param("a@b.com.", Validity.INVALID, id="email-trailing-dot-domain"),
    pytest.param("jean@exemple..fr", Validity.INVALID, id="email-empty-label"),
    pytest.param("jean＠exemple.fr", Validity.INVALID, id="email-fullwidth-at"),
]


@pytest.mark.parametrize(("value", "expected"), GENERATED + NAMED)
def test_check(value: str, expected: Validity) -> None:
    assert email.check(value) is expected
    assert email.is_valid(value) == (expected is not Validity.INVALID)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        pytest.param("jean.dupont", InvalidFormat, id="no-at"),
        pytest.param("a" * 65 + "@exemple.fr", InvalidLength, id="local-65"),
        pytest.param("가" * 22 + "@exemple.fr", InvalidLength, id="local-66-octets-hangul"),
        pytest.param("a@" + "b" * 64 + ".fr", InvalidLength, id="label-64"),
        pytest.param("a@" + "b" * 250 + ".fr", InvalidLength, id="address-255"),
        pytest.param("a@exemple.f1", InvalidComponent, id="tld-digit"),
        pytest.param("a@exemple.fr_", InvalidFormat, id="underscore-label"),
    ],
)
def test_validate_errors(value: str, error: type[ValidationError]) -> None:
    with pytest.raises(error) as info:
        email.validate(value)
    assert value not in str(info.value)


def test_compact_lowercases_domain_only() -> None:
    assert email.compact(" Jean.Dupont@Exemple.FR ") == "Jean.Dupont@exemple.fr"
    assert email.format("Jean@Exemple.FR") == "Jean@exemple.fr"


ATEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~"
atoms = st.text(ATEXT, min_size=1, max_size=10)
labels = st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
tlds = st.sampled_from(["fr", "com", "kr", "org", "museum", "xn--3e0b707e"])


@given(st.lists(atoms, min_size=1, max_size=4), st.lists(labels, min_size=1, max_size=3), tlds)
def test_round_trip(local_atoms: list[str], domain_labels: list[str], tld: str) -> None:
    address = ".".join(local_atoms) + "@" + ".".join([*domain_labels, tld]).upper()
    assert email.check(address) is Validity.VERIFIED
    assert email.validate(email.format(address)) == email.compact(address)
