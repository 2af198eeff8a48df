"""E-mail addresses: practical syntax validation (no DNS, no mailbox check: the toolkit is offline).

What is accepted, ``local@domain``:

* exactly one ``@``; quoted local parts (``"a b"@x.fr``) and address literals (``x@[192.0.2.1]``) are
  not accepted: they are legal (RFC 5321) but almost never used by people, and accepting them would make
  the detector grab junk;
* local part: a dot-atom (RFC 5322 §3.2.3): letters, digits and ``!#$%&'*+-/=?^_`{|}~``, dots between
  atoms only; non-ASCII letters, marks and digits are allowed too (RFC 6531, e.g. ``홍길동``); at most
  64 octets in UTF-8;
* domain: at least two labels; each label, after IDNA conversion to ASCII (Python's ``idna`` codec,
  IDNA 2003), is 1–63 letters/digits/hyphens without a hyphen at either end; the ASCII domain is at
  most 253 characters; the top-level domain is alphabetic (≥ 2 letters) or punycode (``xn--…``), so
  ``예시.한국`` and ``exemple.fr`` are accepted;
* the whole address is at most 254 characters (RFC 5321 path limit minus the brackets).

Decision (:func:`check`): a valid address → ``VERIFIED``; a valid address under a reserved top-level
domain (``.example``, ``.test``, ``.invalid``, ``.localhost``; RFC 2606 / RFC 6761) → ``PLAUSIBLE``;
anything else → ``INVALID``. :func:`compact` lower-cases the domain only: the local part is
case-sensitive in principle (RFC 5321 §2.4).

Sources: RFC 5321 §4.5.3.1 (lengths), RFC 5322 §3.2.3 and §3.4.1 (dot-atom), RFC 6531 (UTF-8 local
parts), RFC 3490 / RFC 5890 (IDNA), RFC 2606 and RFC 6761 (reserved names).
"""

from __future__ import annotations

import re
import unicodedata

from gamyeong.errors import InvalidComponent, InvalidFormat, InvalidLength
from gamyeong.identifiers._base import Validity, is_valid_from_validate
from gamyeong.labels import Label

__all__ = ["check", "compact", "format", "is_valid", "label", "name", "validate"]

name = "intl.email"
label: str = Label.EMAIL

_MAX_ADDRESS = 254
_MAX_LOCAL_OCTETS = 64
_MAX_DOMAIN = 253
_MAX_LABEL = 63
_ASCII_ATEXT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~")
_LDH_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")
_TLD = re.compile(r"[a-z]{2,}|xn--[a-z0-9-]+")
_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost"})


def compact(number: str) -> str:
    """Strip surrounding whitespace and lower-case the domain (the part after the last ``@``)."""
    text = number.strip()
    local, at, domain = text.rpartition("@")
    if not at:
        return text
    return f"{local}@{domain.lower()}"


def _atext(char: str) -> bool:
    if char in _ASCII_ATEXT:
        return True
    # RFC 6531: non-ASCII UTF-8 is allowed; we keep to letters, marks and digits (no symbols, spaces).
    return not char.isascii() and unicodedata.category(char)[0] in "LMN"


def _check_local(local: str) -> None:
    if not local:
        raise InvalidFormat("an e-mail address needs a local part before the @")
    if not all(_atext(char) or char == "." for char in local):
        raise InvalidFormat("the local part of an e-mail address has a character outside the dot-atom set")
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise InvalidFormat("dots in the local part of an e-mail address must sit between other characters")
    if len(local.encode("utf-8")) > _MAX_LOCAL_OCTETS:
        raise InvalidLength("the local part of an e-mail address has at most 64 octets")


def _ascii_label(label_text: str) -> str:
    if label_text.isascii():
        return label_text.lower()
    try:
        return label_text.encode("idna").decode("ascii")
    except UnicodeError:
        pass  # raised below, outside the handler: the codec's error holds the label
    raise InvalidFormat("a domain label cannot be converted to IDNA (punycode)")


def _ascii_domain(domain: str) -> list[str]:
    labels = domain.lower().split(".")
    if len(labels) < 2:
        raise InvalidFormat("the domain of an e-mail address needs at least one dot")
    if any(not part for part in labels):
        raise InvalidFormat("the domain of an e-mail address has an empty label")
    ascii_labels = [_ascii_label(part) for part in labels]
    for part in ascii_labels:
        if len(part) > _MAX_LABEL:
            raise InvalidLength("a domain label has at most 63 characters")
        if not _LDH_LABEL.fullmatch(part):
            raise InvalidFormat("a domain label is letters, digits and inner hyphens")
    if len(".".join(ascii_labels)) > _MAX_DOMAIN:
        raise InvalidLength("a domain has at most 253 characters")
    if not _TLD.fullmatch(ascii_labels[-1]):
        raise InvalidComponent("the top-level domain must be alphabetic (2+ letters) or punycode")
    return ascii_labels


def _parse(number: str) -> tuple[str, list[str]]:
    address = compact(number)
    if len(address) > _MAX_ADDRESS:
        raise InvalidLength("an e-mail address has at most 254 characters")
    if address.count("@") != 1:
        raise InvalidFormat("an e-mail address has exactly one @ (quoted local parts are not accepted)")
    local, _, domain = address.partition("@")
    _check_local(local)
    return address, _ascii_domain(domain)


def validate(number: str) -> str:
    """Return the compact address or raise the precise :class:`~gamyeong.errors.ValidationError`."""
    return _parse(number)[0]


# The common case in one regex (ASCII dot-atom local part, LDH labels, alphabetic TLD); anything else takes
# the full path below. Lengths are checked separately: the regex alone would accept over-long parts.
_FAST = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,})"
)


def check(number: str) -> Validity:
    """``VERIFIED``, ``PLAUSIBLE`` (reserved test TLD) or ``INVALID``; see the module docstring."""
    address = compact(number)
    fast = _FAST.fullmatch(address)
    if fast is not None and len(address) <= _MAX_ADDRESS:
        local, _, domain = address.partition("@")
        if (
            len(local) <= _MAX_LOCAL_OCTETS
            and len(domain) <= _MAX_DOMAIN
            and all(len(part) <= _MAX_LABEL for part in domain.split("."))
        ):
            return Validity.PLAUSIBLE if fast.group(1) in _RESERVED_TLDS else Validity.VERIFIED
    try:
        _, ascii_labels = _parse(number)
    except (InvalidFormat, InvalidLength, InvalidComponent):
        return Validity.INVALID
    return Validity.PLAUSIBLE if ascii_labels[-1] in _RESERVED_TLDS else Validity.VERIFIED


_is_valid = is_valid_from_validate(validate)


def is_valid(number: str) -> bool:
    """True when :func:`validate` accepts ``number`` (reserved test domains included)."""
    return _is_valid(number)


def format(number: str) -> str:
    """The compact form (e-mail addresses have no presentation format)."""
    return compact(number)
