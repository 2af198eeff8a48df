"""IP addresses (IPv4 and IPv6), parsed by the standard library's :mod:`ipaddress`.

Accepted: dotted-quad IPv4 (``192.0.2.1``) and any RFC 4291 / RFC 5952 IPv6 text form, with an optional
zone (``fe80::1%eth0``). Refused: IPv4 octets with leading zeros (``01.02.03.04``): some software reads
them as octal, and version strings look like that; also CIDR suffixes, brackets and ports.

Decision (:func:`check`):

* a globally routable unicast address → ``VERIFIED``;
* private, loopback, link-local, shared (100.64/10), documentation, reserved, multicast or unspecified
  addresses → ``PLAUSIBLE``: still an address, but rarely one that identifies a person; the detector scores
  it lower;
* anything else → ``INVALID``.

Telling ``1.2.3.4`` (an address) from ``v1.2.3.4`` (a version) is the detector's job: it looks at context.

Sources: Python :mod:`ipaddress` (IANA special-purpose registries); RFC 791, RFC 4291, RFC 5952, RFC 6890.
"""

from __future__ import annotations

import ipaddress
import re

from gamyeong.errors import InvalidComponent, InvalidFormat, InvalidLength
from gamyeong.identifiers._base import Validity, is_valid_from_validate
from gamyeong.labels import Label

__all__ = ["check", "compact", "format", "is_private", "is_valid", "label", "name", "validate", "version"]

name = "intl.ip"
label: str = Label.IP_ADDRESS

_Address = ipaddress.IPv4Address | ipaddress.IPv6Address

# Longest IPv6 text (45: IPv4-mapped, uncompressed) plus a zone id of reasonable size.
_MAX_LENGTH = 45 + 1 + 32
_IPV4_SHAPE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")
_LEADING_ZERO = re.compile(r"(?:^|[.:])0[0-9]")
# Only ASCII hex digits, colons, dots; a zone may follow '%'. Rules out full-width digits early.
_IP_CHARS = re.compile(r"[0-9A-Fa-f:.]+(?:%[0-9A-Za-z_.\-]+)?")


def _parse(number: str) -> _Address:
    text = number.strip()
    if not text or len(text) > _MAX_LENGTH:
        raise InvalidLength("an IP address has 2 to 45 characters (plus an IPv6 zone)")
    if not _IP_CHARS.fullmatch(text):
        raise InvalidFormat("an IP address is made of digits, dots, hexadecimal digits and colons")
    if _IPV4_SHAPE.fullmatch(text):
        if _LEADING_ZERO.search(text):
            raise InvalidComponent("an IPv4 octet with a leading zero is ambiguous (octal) and refused")
        if any(int(octet) > 255 for octet in text.split(".")):
            raise InvalidComponent("an IPv4 octet is above 255")
    elif ":" not in text:
        raise InvalidFormat("an IPv4 address has four dot-separated decimal octets")
    elif "." in text and _LEADING_ZERO.search(text.rsplit(":", 1)[-1]):
        raise InvalidComponent("an IPv4 octet with a leading zero is ambiguous (octal) and refused")
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        pass  # raised below, outside the handler: ipaddress's message quotes the input
    raise InvalidFormat("the text is not a valid IPv4 or IPv6 address")


def compact(number: str) -> str:
    """The canonical text (IPv6 compressed and lower-cased); unparsable input is only stripped."""
    try:
        return str(_parse(number))
    except (InvalidFormat, InvalidLength, InvalidComponent):
        return number.strip()


def validate(number: str) -> str:
    """Return the canonical address or raise the precise :class:`~gamyeong.errors.ValidationError`."""
    return str(_parse(number))


def _is_public(address: _Address) -> bool:
    return address.is_global and not address.is_multicast


def check(number: str) -> Validity:
    """``VERIFIED`` (global unicast), ``PLAUSIBLE`` (private/special) or ``INVALID``."""
    try:
        address = _parse(number)
    except (InvalidFormat, InvalidLength, InvalidComponent):
        return Validity.INVALID
    return Validity.VERIFIED if _is_public(address) else Validity.PLAUSIBLE


_is_valid = is_valid_from_validate(validate)


def is_valid(number: str) -> bool:
    """True when :func:`validate` accepts ``number`` (private addresses included)."""
    return _is_valid(number)


def version(number: str) -> int:
    """4 or 6; raises like :func:`validate`."""
    return _parse(number).version


def is_private(number: str) -> bool:
    """True for an address that is not globally routable unicast (private, loopback, link-local …).

    Raises like :func:`validate` when ``number`` is not an address.
    """
    return not _is_public(_parse(number))


def format(number: str) -> str:
    """The canonical text (same as :func:`compact`)."""
    return compact(number)
