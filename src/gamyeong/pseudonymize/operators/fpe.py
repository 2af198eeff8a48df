"""``fpe``: FF1 format-preserving encryption (NIST SP 800-38G, ``libffx``) of numeric identifiers.

Only digits change: separators, spaces and letters stay where they were (``010-1234-5678`` → ``071-8350-2291``;
the same digits written another way give the same digits). Key: ``KeyRing.derive(purpose, label, "fpe")``
(AES-256); tweak: ``LABEL/mode/part``. Each label has a *scheme* for its usual length; the encryption is a
permutation of all digit strings of that length, so :func:`decrypt_value` inverts it exactly:

* the valid values S are permuted among themselves (FF1 on their rank; check digit recomputed), so with
  ``mode="valid"`` the output passes the validator with the same validity (VERIFIED stays VERIFIED);
* ``mode="impossible"`` then *spoils* the result by a fixed reversible change no real number can have (below);
  an input already in spoiled form is mapped into S, so the whole stays a permutation;
* other strings of that length are cycle-walked with FF1 over their digits until they land outside both sets;
  other lengths (an RRN written in two halves) get FF1 over all digits.

Per label (what valid mode keeps; how impossible mode spoils):

* KR_RRN, KR_FRN: gender digit, birth date and serial are permuted together and the check digit recomputed (a
  post-2020 failing check digit stays failing, by an encrypted offset). Impossible: birth month + 20 (21–32).
* PHONE (Korean domestic): the prefix (010, 02, 031 …) is kept, the subscriber digits encrypted. Impossible: the
  prefix becomes one outside the Korean numbering plan (and the validator): 02→09, 050X→090X, 010→071,
  011→072, 016–019→073–076, 070→077, 031–033→034–036, 041–044→045–048, 051–055→056–059 and 065,
  061–064→066–069.
* CREDIT_CARD: the first 6 digits (4 for 12 digits: the brand ranges) are kept, Luhn recomputed. Impossible:
  Luhn check digit + 1; every real card passes Luhn, while IIN tables change (1 = UATP, 9 = national use).
* KR_BRN: the business type (digits 4–5: individual or not) is kept, office and serial encrypted, check digit
  recomputed. Impossible: check digit + 1 (a real BRN's check digit is always right).
* FR_NIR: sex, year, month, department + commune and order are permuted together, the key recomputed.
  Impossible: key k → k mod 97 + 1 (never the right key).
* BANK_ACCOUNT, OTHER_ID, KR_DRIVER_LICENSE, CUSTOM_*: no public structure, so FF1 over all digits (the grouping,
  hence the validator, is kept); no impossible form exists, so both modes do the same.

International phone forms (+82 …) get FF1 over all digits, country code included; a foreign number that
looks like a Korean one (French 06 …) is treated as one: impossible is guaranteed for Korean numbers only.
The output has no key id: after a rotation, pass ``key_id`` (from the processing record) to
:func:`decrypt_value`. A value with fewer than 6 digits (FF1's minimum domain, 10⁶) raises InvalidLength.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar, Literal, Protocol

from ffx import FF1, FFXError

from gamyeong.errors import ConfigError, InvalidFormat, InvalidLength, ValidationError
from gamyeong.identifiers import Validity
from gamyeong.identifiers.fr import nir
from gamyeong.identifiers.intl import card
from gamyeong.identifiers.kr import brn, frn, phone, rrn
from gamyeong.pseudonymize.keys import KeyRing, MissingKeyError
from gamyeong.pseudonymize.operators.base import Item, OperatorContext

__all__ = ["FPE_LABELS", "FpeOperator", "FpeParams", "decrypt_value", "encrypt_value"]

Mode = Literal["valid", "impossible"]
_MODES = ("valid", "impossible")
_MIN_DIGITS = 6


@lru_cache(maxsize=256)
def _ff1(key: bytes) -> Any:
    return FF1(key, radix=10)


@dataclass(frozen=True, slots=True)
class _Cipher:
    """FF1 under one key, with the tweak of one label and mode; ``inv`` selects decryption."""

    ff1: Any
    tweak: bytes
    inv: bool

    def num(self, x: int, domain: int, part: str) -> int:
        fn = self.ff1.decrypt_int if self.inv else self.ff1.encrypt_int
        return int(fn(x, domain=domain, tweak=self.tweak + part.encode()))

    def digits(self, s: str, part: str) -> str:
        fn = self.ff1.decrypt if self.inv else self.ff1.encrypt
        return str(fn(s, tweak=self.tweak + part.encode()))

    def walk(self, s: str, part: str, keep: Callable[[str], bool]) -> str:
        """Cycle walking: FF1 over the digits until the result is in the set ``keep`` (``s`` is in it)."""
        s = self.digits(s, part)
        while not keep(s):
            s = self.digits(s, part)
        return s


class _Scheme(Protocol):
    """The valid values S of one identifier at some lengths, a permutation of S, and the spoiling map;
    ``unspoil`` gives the string that ``spoil`` turned into ``s`` (None when ``s`` cannot be one)."""

    lengths: ClassVar[range]

    def member(self, s: str) -> bool: ...
    def perm(self, s: str, c: _Cipher) -> str: ...
    def spoil(self, s: str) -> str: ...
    def unspoil(self, s: str) -> str | None: ...


class _CheckSpoil:
    """Spoiling for identifiers whose check digit is always right: the check digit + 1."""

    def spoil(self, s: str) -> str:
        return s[:-1] + str((int(s[-1]) + 1) % 10)

    def unspoil(self, s: str) -> str | None:
        return s[:-1] + str((int(s[-1]) - 1) % 10) if s.isdigit() else None


class _Registration(_Scheme):
    """KR_RRN and KR_FRN: ``YYMMDD G NNNNN C``; (gender digit, birth date) ranked together."""

    lengths = range(13, 14)

    def __init__(self, genders: tuple[tuple[str, int], ...], calc: Callable[[str], str]) -> None:
        self.calc = calc
        self.offsets: dict[str, tuple[int, int]] = {}  # gender → (first index, century)
        self.blocks: list[tuple[int, int, str, int]] = []  # (first index, size, gender, century)
        start = 0
        for gender, century in genders:
            size = (datetime.date(century + 100, 1, 1) - datetime.date(century, 1, 1)).days
            self.offsets[gender] = (start, century)
            self.blocks.append((start, size, gender, century))
            start += size
        self.combos = start * 100_000

    def member(self, s: str) -> bool:
        if not s.isdigit() or s[6] not in self.offsets:
            return False
        try:
            datetime.date(self.offsets[s[6]][1] + int(s[:2]), int(s[2:4]), int(s[4:6]))
        except ValueError:
            return False
        return True

    def _rank(self, s: str) -> int:
        start, century = self.offsets[s[6]]
        born = datetime.date(century + int(s[:2]), int(s[2:4]), int(s[4:6]))
        return (start + (born - datetime.date(century, 1, 1)).days) * 100_000 + int(s[7:12])

    def _unrank(self, x: int) -> str:
        combo, serial = divmod(x, 100_000)
        for start, size, gender, century in self.blocks:
            if combo < start + size:
                born = datetime.date(century, 1, 1) + datetime.timedelta(days=combo - start)
                return f"{born:%y%m%d}{gender}{serial:05d}"
        raise AssertionError("rank out of range")

    def perm(self, s: str, c: _Cipher) -> str:
        offset = (int(s[12]) - int(self.calc(s))) % 10  # 0: the check digit passes (kept so by the permutation)
        if offset == 0:
            body = self._unrank(c.num(self._rank(s), self.combos, "check"))
            return body + self.calc(body)
        combo, offset = divmod(c.num(self._rank(s) * 9 + offset - 1, self.combos * 9, "random"), 9)
        body = self._unrank(combo)
        return body + str((int(self.calc(body)) + offset + 1) % 10)

    def spoil(self, s: str) -> str:
        return f"{s[:2]}{int(s[2:4]) + 20:02d}{s[4:]}"

    def unspoil(self, s: str) -> str | None:
        if s.isdigit() and 21 <= int(s[2:4]) <= 32:
            return f"{s[:2]}{int(s[2:4]) - 20:02d}{s[4:]}"
        return None


_AREAS = (31, 32, 33, 41, 42, 43, 44, 51, 52, 53, 54, 55, 61, 62, 63, 64)
_NOT_AREAS = (34, 35, 36, 45, 46, 47, 48, 56, 57, 58, 59, 65, 66, 67, 68, 69)  # not in the plan
_PHONE_SPOIL: dict[str, str] = {
    "02": "09",
    **{f"050{n}": f"090{n}" for n in range(2, 9)},
    **dict(zip(("010", "011", "016", "017", "018", "019", "070"), [f"07{n}" for n in range(1, 8)], strict=True)),
    **{f"0{a}": f"0{b}" for a, b in zip(_AREAS, _NOT_AREAS, strict=True)},
}
_PHONE_UNSPOIL = {v: k for k, v in _PHONE_SPOIL.items()}


class _Phone(_Scheme):
    """Korean domestic numbers (prefix + 7 or 8 subscriber digits); company lines are not in S."""

    lengths = range(9, 13)

    def member(self, s: str) -> bool:
        # check() is INVALID for company lines (15xx, 080); compact() differs for +82/0082 forms
        return s[:1] == "0" and s.isdigit() and phone.compact(s) == s and phone.check(s) is not Validity.INVALID

    def _prefix(self, s: str) -> str:
        return next(s[:size] for size in (4, 3, 2) if s[:size] in _PHONE_SPOIL)

    def perm(self, s: str, c: _Cipher) -> str:
        prefix = self._prefix(s)
        return prefix + c.digits(s[len(prefix) :], prefix)

    def spoil(self, s: str) -> str:
        prefix = self._prefix(s)
        return _PHONE_SPOIL[prefix] + s[len(prefix) :]

    def unspoil(self, s: str) -> str | None:
        for size in (4, 3, 2):  # several sizes can match; the member of S is the answer (lengths differ)
            if s[:size] in _PHONE_UNSPOIL and self.member(candidate := _PHONE_UNSPOIL[s[:size]] + s[size:]):
                return candidate
        return None


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


class _Card(_CheckSpoil, _Scheme):
    lengths = range(12, 20)

    def member(self, s: str) -> bool:
        return s.isdigit() and card.check(s) is not Validity.INVALID

    def perm(self, s: str, c: _Cipher) -> str:
        keep = 6 if len(s) >= 13 else 4  # the brand ranges need at most 4 digits; the middle keeps ≥ 6

        def full(middle: str) -> str:
            return s[:keep] + middle + _luhn_digit(s[:keep] + middle)

        return full(c.walk(s[keep:-1], "middle", lambda m: len(set(full(m))) > 1))


class _Brn(_CheckSpoil, _Scheme):
    lengths = range(10, 11)
    _DOMAIN = 899 * 9999  # tax office 101–999 × serial 0001–9999

    def member(self, s: str) -> bool:
        return brn.is_valid(s)

    def perm(self, s: str, c: _Cipher) -> str:
        office, serial = divmod(c.num((int(s[:3]) - 101) * 9999 + int(s[5:9]) - 1, self._DOMAIN, s[3:5]), 9999)
        body = f"{office + 101:03d}{s[3:5]}{serial + 1:04d}"
        return body + brn.calc_check_digit(body)


_NIR_SEX = "123478"
_NIR_MONTHS = [*range(1, 13), *range(20, 43), *range(50, 100)]
_NIR_DEPTS = sorted([f"{n:02d}" for n in range(1, 100) if n != 97] + ["2A", "2B"])  # × 1000 communes; 97x apart
_NIR_PLACES = len(_NIR_DEPTS) * 1000 + 800  # 971–978 + 2 digits


class _Nir(_Scheme):
    """FR_NIR: (sex, year, month, department + commune, order) ranked together; the key recomputed."""

    lengths = range(15, 16)
    _DOMAIN = len(_NIR_SEX) * 100 * len(_NIR_MONTHS) * _NIR_PLACES * 1000

    def member(self, s: str) -> bool:
        return nir.is_valid(s)

    def perm(self, s: str, c: _Cipher) -> str:
        dept, commune = s[5:7], s[7:10]
        place = 100_000 + int(commune) - 100 if dept == "97" else _NIR_DEPTS.index(dept) * 1000 + int(commune)
        x = (_NIR_SEX.index(s[0]) * 100 + int(s[1:3])) * len(_NIR_MONTHS) + _NIR_MONTHS.index(int(s[3:5]))
        x, order = divmod(c.num((x * _NIR_PLACES + place) * 1000 + int(s[10:13]), self._DOMAIN, "nir"), 1000)
        x, place = divmod(x, _NIR_PLACES)
        x, month = divmod(x, len(_NIR_MONTHS))
        sex, year = divmod(x, 100)
        if place >= 100_000:
            dept, commune = "97", f"{place - 100_000 + 100:03d}"
        else:
            dept, commune = _NIR_DEPTS[place // 1000], f"{place % 1000:03d}"
        body = f"{_NIR_SEX[sex]}{year:02d}{_NIR_MONTHS[month]:02d}{dept}{commune}{order:03d}"
        return body + nir.calc_key(body)

    def spoil(self, s: str) -> str:
        return f"{s[:13]}{int(s[13:]) % 97 + 1:02d}"

    def unspoil(self, s: str) -> str | None:
        key = s[13:]
        return f"{s[:13]}{(int(key) - 2) % 97 + 1:02d}" if key.isdigit() and 1 <= int(key) <= 97 else None


_SCHEMES: dict[str, _Scheme | None] = {
    "KR_RRN": _Registration(
        (("1", 1900), ("2", 1900), ("3", 2000), ("4", 2000), ("9", 1800), ("0", 1800)), rrn.calc_check_digit
    ),
    "KR_FRN": _Registration((("5", 1900), ("6", 1900), ("7", 2000), ("8", 2000)), frn.calc_check_digit),
    "PHONE": _Phone(),
    "CREDIT_CARD": _Card(),
    "KR_BRN": _Brn(),
    "FR_NIR": _Nir(),
    "BANK_ACCOUNT": None,
    "OTHER_ID": None,
    "KR_DRIVER_LICENSE": None,
}
#: labels fpe accepts (plus every ``CUSTOM_*`` label: FF1 over its digits)
FPE_LABELS: frozenset[str] = frozenset(_SCHEMES)


def _slots(value: str, letters: bool) -> tuple[list[int], str]:
    """Positions and characters (ASCII digits; A/B too for the NIR) that the encryption may change."""
    positions, chars = [], []
    for i, ch in enumerate(value):
        digit = unicodedata.decimal(ch, None)
        if digit is not None:
            positions.append(i)
            chars.append(str(digit))
        elif letters and ch in "ABab":
            positions.append(i)
            chars.append(ch.upper())
    return positions, "".join(chars)


def _crypt(s: str, scheme: _Scheme | None, mode: str, c: _Cipher) -> str:
    """The permutation (``c.inv``: its inverse) of one length's strings; see the module docstring."""
    if scheme is None or len(s) not in scheme.lengths:
        if not s.isdigit():
            raise InvalidFormat("fpe: letters are only allowed in a valid FR_NIR department (2A/2B)")
        return c.digits(s, "all")

    def out(t: str) -> str | None:  # the member of S that ``t`` is the spoiled form of
        u = scheme.unspoil(t)
        return u if u is not None and scheme.member(u) else None

    if mode == "valid":
        if scheme.member(s):
            return scheme.perm(s, c)
        keep: Callable[[str], bool] = lambda t: not scheme.member(t)  # noqa: E731
    else:  # S → spoiled S and spoiled S → S: the same code both ways, as the two sets are disjoint
        if scheme.member(s):
            return scheme.spoil(scheme.perm(s, c))
        if (u := out(s)) is not None:
            return scheme.perm(u, c)
        keep = lambda t: not scheme.member(t) and out(t) is None  # noqa: E731
    if not s.isdigit():
        raise InvalidFormat("fpe: letters are only allowed in a valid FR_NIR department (2A/2B)")
    return c.walk(s, "other", keep)


def _run(value: str, label: str, mode: str, keys: KeyRing, purpose: str, key_id: str | None, inv: bool) -> str:
    if mode not in _MODES:
        raise ConfigError(f"fpe: mode must be one of {', '.join(_MODES)}")
    if label not in _SCHEMES and not label.startswith("CUSTOM_"):
        raise ConfigError(f"fpe works on {', '.join(sorted(FPE_LABELS))} and CUSTOM_*, not {label[:40]}: use hmac")
    scheme = _SCHEMES.get(label)
    positions, chars = _slots(value, letters=label == "FR_NIR")
    if len(chars) < _MIN_DIGITS:
        raise InvalidLength(f"fpe needs at least {_MIN_DIGITS} digits in a {label} value")
    key = keys.derive(purpose, label, "fpe", key_id=key_id)
    cipher = _Cipher(_ff1(key), f"{label}/{mode}/".encode(), inv)
    try:
        result = _crypt(chars, scheme, mode, cipher)
    except FFXError:  # its messages can hold the numbers: never pass them on
        raise InvalidFormat(f"fpe could not encrypt this {label} value") from None
    out = list(value)
    for i, ch in zip(positions, result, strict=True):
        out[i] = ch
    return "".join(out)


def encrypt_value(value: str, label: str, mode: str, keys: KeyRing, purpose: str) -> str:
    """``value`` with its digits FF1-encrypted under the active key (see the module docstring)."""
    return _run(value, label, mode, keys, purpose, None, inv=False)


def decrypt_value(
    value: str, label: str, mode: str, keys: KeyRing, purpose: str, *, key_id: str | None = None
) -> str | None:
    """The inverse of :func:`encrypt_value` with the key ``key_id`` (default: active); None for a value it
    cannot take (too few digits, a label fpe does not handle). UnknownKeyError for a key id not in ``keys``."""
    try:
        return _run(value, label, mode, keys, purpose, key_id, inv=True)
    except (ValidationError, ConfigError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class FpeParams:
    #: "valid": the output passes the validator; "impossible": it can never be a real person's number
    mode: Mode = "impossible"

    def __post_init__(self) -> None:
        if self.mode not in _MODES:
            raise ConfigError(f"fpe: mode must be one of {', '.join(_MODES)}")


class FpeOperator:
    name: ClassVar[str] = "fpe"
    Params: ClassVar[type[FpeParams]] = FpeParams
    reversible: ClassVar[bool] = True
    needs_key: ClassVar[bool] = True

    def __init__(self, params: FpeParams | None = None) -> None:
        self.params = params or FpeParams()

    def apply(self, item: Item, ctx: OperatorContext) -> str:
        if ctx.keys is None:
            raise MissingKeyError("the fpe operator needs a pseudonym key: pass --key FILE or set GAMYEONG_KEY")
        return encrypt_value(item.value, item.label, self.params.mode, ctx.keys, ctx.purpose)
