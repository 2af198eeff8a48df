"""Surrogate phone numbers, URLs and IP addresses, written in the original's layout."""

from __future__ import annotations

import ipaddress
import re
from random import Random

from gamyeong.identifiers._base import Validity
from gamyeong.identifiers.kr import phone as kr_phone
from gamyeong.pseudonymize.surrogates.layout import digits, fill_last_digits, shape_random

__all__ = ["ip_address", "phone", "url"]

_KR_PREFIXES = ("0502", "0503", "0504", "0505", "0506", "0507", "0508", "010", "011", "016", "017", "018", "019",
                "070", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061",
                "062", "063", "064", "02")  # fmt: skip
#: digits kept at the front of a non-Korean number: country code and area/mobile prefix (FR: 9 national digits
#: after the trunk 0, of which the last 8 change; NANP: the 7-digit subscriber number changes)
_SUBSCRIBER_DIGITS = {"fr": 8, "en": 7, "ko": 7}


def phone(value: str, lang: str, rng: Random) -> str:
    """Same country code, trunk and area or mobile prefix (010 stays 010, 02 stays 02), new subscriber digits
    (their first one 2–9, as real exchanges are), every separator, bracket and space in place."""
    if kr_phone.check(value) is not Validity.INVALID:
        compact = kr_phone.compact(value)
        prefix = next((p for p in _KR_PREFIXES if compact.startswith(p)), compact[:3])
        count = len(compact) - len(prefix)
    else:
        total = sum(1 for char in value if char.isdigit())
        count = min(_SUBSCRIBER_DIGITS.get(lang, 7), max(total - 1, 1))
    return fill_last_digits(value, str(rng.randint(2, 9)) + digits(rng, count - 1))


_URL = re.compile(
    r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)?(?P<user>[^@/?#\s]+@)?(?P<host>[^/?#:\s]+)(?P<port>:[0-9]+)?(?P<rest>.*)",
    re.S,
)
_SECOND_LEVEL = frozenset({"co", "or", "ac", "go", "ne", "re", "pe", "com", "org", "net", "gov", "edu", "gouv", "asso"})
_PLAIN_LABELS = frozenset({"www", "m", "mobile", "blog", "cafe", "post", "en", "fr", "ko", "kr", "web", "home"})


def url(value: str, rng: Random) -> str:
    """Scheme, port, the public part of the host (``blog.naver.com``, ``example.co.kr``) and the path's
    punctuation stay; user names, personal subdomains, path, query and fragment get new letters and digits of the
    same case. A bare personal domain (``kimminjun.com``) gets a new name."""
    m = _URL.fullmatch(value)
    if m is None:
        return shape_random(value, rng)
    labels = m.group("host").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2].lower() in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    public = labels[-keep:]
    private = [label if label.lower() in _PLAIN_LABELS else shape_random(label, rng) for label in labels[:-keep]]
    rest = m.group("rest")
    personal = any(label.lower() not in _PLAIN_LABELS for label in labels[:-keep])
    if not personal and not rest.strip("/") and not m.group("user"):
        public = [shape_random(public[0], rng), *public[1:]]  # the domain itself is the person's
    user = shape_random(m.group("user"), rng) if m.group("user") else ""
    host = ".".join([*private, *public])
    return f"{m.group('scheme') or ''}{user}{host}{m.group('port') or ''}{shape_random(rest, rng)}"


def ip_address(value: str, rng: Random) -> str:
    """IPv4 → an address in the private 10.0.0.0/8 range; IPv6 → a unique local address (fd00::/8), written
    compressed. Neither can ever be a real person's public address. Unparseable input keeps its shape."""
    try:
        parsed = ipaddress.ip_address(value.strip())
    except ValueError:
        return shape_random(value, rng)
    if parsed.version == 4:
        new = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    else:
        new = str(ipaddress.IPv6Address((0xFD << 120) | rng.getrandbits(120)))
    return value.replace(value.strip(), new)
