"""intl.ip: generated vectors, named cases and round-trip properties."""

from __future__ import annotations

import ipaddress
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.errors import InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from gamyeong.identifiers import Validity
from gamyeong.identifiers.intl import ip

VECTORS = json.loads(Path(__file__).with_name("vectors.json").read_text(encoding="utf-8"))["ip"]
GENERATED = [pytest.param(v["value"], Validity[v["expect"]], id=v["id"]) for v in VECTORS]

NAMED = [
    pytest.param("8.8.8.8", Validity.VERIFIED, id="ipv4-public-dns"),
    pytest.param(" 1.1.1.1 ", Validity.VERIFIED, id="ipv4-surrounding-space"),
    pytest.param("100.64.0.1", Validity.PLAUSIBLE, id="ipv4-shared-cgnat"),
    pytest.param("224.0.0.1", Validity.PLAUSIBLE, id="ipv4-multicast"),
    pytest.param("2606:4700:4700::1111", Validity.VERIFIED, id="ipv6-public"),
    pytest.param("2606:4700:4700:0000:0000:0000:0000:1111", Validity.VERIFIED, id="ipv6-exploded"),
    pytest.param("fe80::1%eth0", Validity.PLAUSIBLE, id="ipv6-link-local-zone"),
    pytest.param("01.02.03.04", Validity.INVALID, id="ipv4-leading-zeros"),
    pytest.param("::ffff:01.2.3.4", Validity.INVALID, id="ipv6-mapped-leading-zero"),
    pytest.param("１.２.３.４", Validity.INVALID, id="ipv4-fullwidth"),
]


@pytest.mark.parametrize(("value", "expected"), GENERATED + NAMED)
def test_check(value: str, expected: Validity) -> None:
    assert ip.check(value) is expected
    assert ip.is_valid(value) == (expected is not Validity.INVALID)
    if expected is not Validity.INVALID:
        assert ip.is_private(value) == (expected is Validity.PLAUSIBLE)
        assert ip.version(value) == (6 if ":" in value else 4)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        pytest.param("", InvalidLength, id="empty"),
        pytest.param("1" * 100, InvalidLength, id="long"),
        pytest.param("1.2.3", InvalidFormat, id="three-parts"),
        pytest.param("v1.2.3.4", InvalidFormat, id="version-prefix"),
        pytest.param("01.02.03.04", InvalidComponent, id="leading-zero"),
        pytest.param("256.1.1.1", InvalidComponent, id="octet-256"),
        pytest.param("1:2:3:4:5:6:7:8:9", InvalidFormat, id="ipv6-nine-groups"),
    ],
)
def test_validate_errors(value: str, error: type[ValidationError]) -> None:
    with pytest.raises(error) as info:
        ip.validate(value)
    if len(value) >= 4:
        assert value not in str(info.value)


def test_compact_canonicalises() -> None:
    assert ip.compact("2001:0DB8:0000::0001") == "2001:db8::1"
    assert ip.format("2001:0DB8:0000::0001") == "2001:db8::1"
    assert ip.compact(" not an ip ") == "not an ip"


@given(st.ip_addresses())
def test_round_trip(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> None:
    for text in {str(address), address.exploded}:
        if address.version == 4 and text != str(address):
            continue  # IPv4 has one text form
        assert ip.check(text) is not Validity.INVALID
        assert ip.validate(ip.format(text)) == ip.compact(text)
        assert ip.version(text) == address.version
