"""``surrogate``: a realistic fake value of the same kind, the same fake for the same value under one key and
purpose (and a different one under another purpose), never the original itself.

The seed is HMAC-SHA256(key, normalized value) with key = HKDF(master key, purpose, label, "surrogate"), so
010-1234-5678 and 01012345678 get the same fake digits, each in its own layout. Per label:

==================  =====================================================================================
PERSON              Hangul: own generator (surname frequencies, given-name syllables), same number of
                    syllables, same final consonant (받침) on the last one, so 은/는, 이/가 … stay right;
                    Latin: faker (fr_FR for French text, en_US otherwise), as many words as the original
ADDRESS             Hangul: own road-name generator keeping the original's shape (시/도 form, 시/군/구,
                    road, numbers, 동/호); Latin: faker street (+ city, postcode / state and ZIP if written)
PHONE               country code and prefix kept (010, 02, +33 6 …), new subscriber digits, same layout
EMAIL               faker, on a reserved example domain (example.com/.net/.org)
URL                 public host kept (blog.naver.com), user name, personal subdomain and path replaced
IP_ADDRESS          IPv4 → 10.0.0.0/8 (private), IPv6 → fd00::/8 (unique local)
DATE_OF_BIRTH       same year, another month and day, same format; a year alone → another year, same decade
KR_RRN / KR_FRN     same century, sex class and birth decade; check digit computed (FRN: legacy rules too)
KR_BRN              same business-type class; check digit computed
CREDIT_CARD         same length and first four digits (brand); Luhn digit computed
IBAN                same country and length; national and mod-97 check digits computed
FR_NIR              same sex digit and birth decade, metropolitan department; key computed
BANK_ACCOUNT        same digit groups, new digits
KR_PASSPORT         same passport type letter and format (M12345678 / M123A4567)
KR_DRIVER_LICENSE   a valid region code (or region name, as written), new digits
VEHICLE_PLATE       KR: same shape, region form and letter use; FR: SIV letters (no I/O/U)
others, CUSTOM_*    same shape: digit → digit, letter → letter of the same case, Hangul → Hangul
==================  =====================================================================================

Validated identifiers whose original does not have the expected shape fall back to the same-shape rule.
"""

from __future__ import annotations

import calendar
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from random import Random
from typing import ClassVar

from gamyeong.labels import Label
from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.surrogates import ids, intl, ko, net
from gamyeong.pseudonymize.surrogates.dates import parse_date, render_date
from gamyeong.pseudonymize.surrogates.layout import shape_random, squash

__all__ = ["SurrogateOperator", "SurrogateParams", "surrogate_seed"]

_ATTEMPTS = 25


@dataclass(frozen=True, slots=True)
class SurrogateParams:
    """The surrogate operator takes no parameters: what a fake looks like is decided per label (module
    docstring); what makes it differ between projects is the key and the purpose."""


def surrogate_seed(derived_key: bytes, normalized: str) -> int:
    """HMAC-SHA256 of the normalized value under the per-purpose, per-label key, as an integer."""
    digest = hmac.new(derived_key, normalized.encode("utf-8"), hashlib.sha256).digest()
    return int.from_bytes(digest, "big")


Generator = Callable[[Item, Random], str]


def _person(item: Item, rng: Random) -> str:
    if ko.has_hangul(item.value):
        return ko.person_name(item.value, rng)
    return intl.person_name(item.value, item.lang, rng.getrandbits(64))


def _address(item: Item, rng: Random) -> str:
    if ko.has_hangul(item.value):
        return ko.address(item.value, rng)
    return intl.address(item.value, item.lang, rng.getrandbits(64))


def _date(item: Item, rng: Random) -> str:
    parsed = parse_date(item.value, item.lang)
    if parsed is None:
        return shape_random(item.value, rng)
    if parsed.month is None:  # a year alone: another year of the same decade
        year = parsed.year // 10 * 10 + rng.randint(0, 9)
        start, end = parsed.year_span
        written = f"{year:04d}"[-(end - start) :]
        return item.value[:start] + written + item.value[end:]
    month = rng.randint(1, 12)
    return render_date(parsed, month, rng.randint(1, calendar.monthrange(parsed.year, month)[1]))


def _checked(make: Callable[[str, str, Random], str | None]) -> Generator:
    def generate(item: Item, rng: Random) -> str:
        return make(item.value, item.normalized, rng) or shape_random(item.value, rng)

    return generate


def _rrn(item: Item, rng: Random) -> str:
    return ids.registration_number(item.value, item.normalized, rng, foreign=False) or shape_random(item.value, rng)


def _frn(item: Item, rng: Random) -> str:
    return ids.registration_number(item.value, item.normalized, rng, foreign=True) or shape_random(item.value, rng)


_GENERATORS: dict[str, Generator] = {
    Label.PERSON: _person,
    Label.ADDRESS: _address,
    Label.PHONE: lambda item, rng: net.phone(item.value, item.lang, rng),
    Label.EMAIL: lambda item, rng: intl.email(item.value, item.lang, rng.getrandbits(64)),
    Label.URL: lambda item, rng: net.url(item.value, rng),
    Label.IP_ADDRESS: lambda item, rng: net.ip_address(item.value, rng),
    Label.DATE_OF_BIRTH: _date,
    Label.KR_RRN: _rrn,
    Label.KR_FRN: _frn,
    Label.KR_BRN: _checked(ids.brn),
    Label.CREDIT_CARD: _checked(ids.credit_card),
    Label.IBAN: _checked(ids.iban),
    Label.FR_NIR: _checked(ids.fr_nir),
    Label.BANK_ACCOUNT: _checked(ids.bank_account),
    Label.KR_PASSPORT: _checked(ids.kr_passport),
    Label.KR_DRIVER_LICENSE: _checked(ids.driver_license),
    Label.VEHICLE_PLATE: lambda item, rng: ko.vehicle_plate(item.value, rng),
}


def _same_shape(item: Item, rng: Random) -> str:
    return shape_random(item.value, rng)


def _same(new: str, item: Item) -> bool:
    return new == item.value or squash(new) in {squash(item.value), squash(item.normalized)}


class SurrogateOperator:
    """Realistic fake of the same kind, deterministic per key, purpose, label and normalized value."""

    name: ClassVar[str] = "surrogate"
    Params: ClassVar[type[SurrogateParams]] = SurrogateParams
    reversible: ClassVar[bool] = False
    needs_key: ClassVar[bool] = True

    def __init__(self, params: SurrogateParams | None = None) -> None:
        self.params = params if params is not None else SurrogateParams()

    def apply(self, item: Item, ctx: OperatorContext) -> str:
        if ctx.keys is None:
            from gamyeong.pseudonymize.keys import MissingKeyError

            raise MissingKeyError()
        derived: bytes = ctx.keys.derive(ctx.purpose, str(item.label), "surrogate")
        rng = Random(surrogate_seed(derived, item.normalized))
        generate = _GENERATORS.get(item.label, _same_shape)
        for _ in range(_ATTEMPTS):
            new = generate(item, rng)
            if not _same(new, item):
                return new
        # Nothing new can be drawn (a value with no letter or digit, or a one-character one): the label tag.
        return f"[{item.label}]"
