"""Surrogate identifiers that pass their validators: the check digit or key is computed, the parts that carry
a category (century, sex, brand, country, business type, licence region) keep the original's category, and
the output is written in the original's layout (separators, spacing, full-width digits).

Each generator takes the original value and its normalized (compact) form and returns the surrogate, or the
caller's fallback when the original does not have the expected shape.
"""

from __future__ import annotations

import calendar
import re
import string
from random import Random

from gamyeong.identifiers.fr import nir as nir_id
from gamyeong.identifiers.kr import brn as kr_brn
from gamyeong.identifiers.kr import driver_license as kr_dl
from gamyeong.identifiers.kr import frn as kr_frn
from gamyeong.identifiers.kr import rrn as kr_rrn
from gamyeong.pseudonymize.surrogates.layout import digits, fill_layout, shape_random

__all__ = [
    "bank_account",
    "brn",
    "credit_card",
    "driver_license",
    "fr_nir",
    "iban",
    "kr_passport",
    "luhn_check_digit",
    "registration_number",
]

#: latest birth year a generated RRN/FRN may carry (fixed, never today's date, so reruns are identical)
LATEST_BIRTH_YEAR = 2024

_KOREAN_PAIRS = {"1": "12", "2": "12", "3": "34", "4": "34", "9": "90", "0": "90"}
_FOREIGN_PAIRS = {"5": "56", "6": "56", "7": "78", "8": "78"}
_CENTURIES = {
    "1": 1900,
    "2": 1900,
    "3": 2000,
    "4": 2000,
    "9": 1800,
    "0": 1800,
    "5": 1900,
    "6": 1900,
    "7": 2000,
    "8": 2000,
}


def _birth_date(rng: Random, century: int, decade: int | None) -> str:
    """``YYMMDD`` in the given century (and decade of it, when possible), never after LATEST_BIRTH_YEAR."""
    last_decade = min(9, (LATEST_BIRTH_YEAR - century) // 10)
    if decade is None or decade > last_decade:
        decade = rng.randint(0, last_decade)
    low = century + decade * 10
    year = rng.randint(low, min(low + 9, LATEST_BIRTH_YEAR))
    month = rng.randint(1, 12)
    day = rng.randint(1, calendar.monthrange(year, month)[1])
    return f"{year % 100:02d}{month:02d}{day:02d}"


def registration_number(value: str, compact: str, rng: Random, *, foreign: bool) -> str | None:
    """A resident (RRN) or foreigner (FRN, ``foreign=True``) registration number with the original's century,
    sex class and birth decade and a correct check digit (an FRN also keeps the legacy rules: even office code,
    registrant type 6–9). A half written alone (``900101`` / ``1234567``) gets a half of the same kind."""
    pairs = _FOREIGN_PAIRS if foreign else _KOREAN_PAIRS
    if not compact.isascii() or not compact.isdigit():
        return None
    if len(compact) == 6:  # front half: the birth date
        century = 1900 if int(compact[:2]) >= 30 else 2000
        return fill_layout(value, _birth_date(rng, century, int(compact[0])))
    if len(compact) == 7:  # back half: the sex/century digit, then the rest
        gender = compact[0] if compact[0] in pairs else next(iter(pairs))
        return fill_layout(value, rng.choice(pairs[gender]) + digits(rng, 6))
    if len(compact) != 13:
        return None
    gender = compact[6] if compact[6] in pairs else next(iter(pairs))
    body = _birth_date(rng, _CENTURIES[gender], int(compact[0])) + rng.choice(pairs[gender])
    if foreign:
        office = f"{rng.randint(0, 49) * 2:02d}"
        body += office + digits(rng, 2) + rng.choice("6789")
        return fill_layout(value, body + kr_frn.calc_check_digit(body))
    body += digits(rng, 5)
    return fill_layout(value, body + kr_rrn.calc_check_digit(body))


def brn(value: str, compact: str, rng: Random) -> str | None:
    """A business registration number with a valid check digit; the business-type code keeps its class
    (individual 01–79 / 90–99, or the same corporate code 80–89)."""
    if len(compact) != 10 or not compact.isascii() or not compact.isdigit():
        return None
    kind = int(compact[3:5])
    if 80 <= kind <= 89:
        kind_code = compact[3:5]
    elif kind >= 90:
        kind_code = f"{rng.randint(90, 99)}"
    else:
        kind_code = f"{rng.randint(1, 79):02d}"
    body = f"{rng.randint(101, 899)}{kind_code}{rng.randint(1, 9999):04d}"
    return fill_layout(value, body + kr_brn.calc_check_digit(body))


def luhn_check_digit(number: str) -> str:
    """The Luhn check digit to append to ``number``."""
    total = 0
    for i, char in enumerate(reversed(number)):
        d = int(char) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def credit_card(value: str, compact: str, rng: Random) -> str | None:
    """A card number of the same length and brand (the first four digits, the issuer range, stay) with a
    valid Luhn digit."""
    if not 12 <= len(compact) <= 19 or not compact.isascii() or not compact.isdigit():
        return None
    body = compact[:4] + digits(rng, len(compact) - 5)
    return fill_layout(value, body + luhn_check_digit(body))


def _es_control(number: str) -> str:
    check = sum(int(d) * 2**i for i, d in enumerate(number)) % 11
    return str(check if check < 2 else 11 - check)


def _national_check(country: str, bban: str) -> str | None:
    """Fix the national check digits inside a BBAN (the countries python-stdnum checks); None: draw again."""
    if country == "BE":  # 3 bank + 7 account + 2 check = the first ten mod 97 (0 → 97)
        return bban[:10] + f"{int(bban[:10]) % 97 or 97:02d}"
    if country == "ME":  # 18 digits, the whole ≡ 1 mod 97
        return bban[:16] + f"{(1 - int(bban[:16]) * 100) % 97:02d}"
    if country == "NO":  # 11 digits, MOD-11 weights 6,7,8,9,4,5,6,7,8,9 (10 is never issued)
        check = sum(w * int(d) for w, d in zip((6, 7, 8, 9, 4, 5, 6, 7, 8, 9), bban[:10], strict=True)) % 11
        return None if check == 10 else bban[:10] + str(check)
    if country == "ES":  # bank(4) branch(4) checks(2) account(10)
        return bban[:8] + _es_control("00" + bban[:8]) + _es_control(bban[10:20]) + bban[10:20]
    return bban


def _iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    number = int("".join(str(int(char, 36)) for char in rearranged))
    return f"{98 - number % 97:02d}"


def iban(value: str, compact: str, rng: Random) -> str | None:
    """An IBAN of the same country and length whose account part keeps its character classes (digit for digit,
    letter for letter), with the national check digits (BE, ES, ME, NO) and the mod-97 check digits computed."""
    if len(compact) < 15 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return None
    country = compact[:2]
    for _ in range(50):
        bban = "".join(
            str(rng.randint(0, 9)) if char.isdigit() else rng.choice(string.ascii_uppercase) for char in compact[4:]
        )
        fixed = _national_check(country, bban)
        if fixed is not None:
            return fill_layout(value, country + _iban_check(country, fixed) + fixed)
    return None


def fr_nir(value: str, compact: str, rng: Random) -> str | None:
    """A NIR with the original's sex digit and birth decade, a department of metropolitan France (01–95) and
    a correct key."""
    if len(compact) != 15 or not compact[:5].isdigit():
        return None
    sex = compact[0] if compact[0] in "123478" else rng.choice("12")
    year = f"{compact[1]}{rng.randint(0, 9)}"
    department = rng.choice([f"{d:02d}" for d in range(1, 96) if d != 20])
    body = f"{sex}{year}{rng.randint(1, 12):02d}{department}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    return fill_layout(value, body + nir_id.calc_key(body))


def bank_account(value: str, compact: str, rng: Random) -> str | None:
    """The same digit groups with new digits (the first one never 0)."""
    if not compact.isascii() or not compact.isdigit():
        return None
    return fill_layout(value, digits(rng, len(compact), first_nonzero=True))


_KR_PASSPORT_OLD = re.compile(r"([A-Z])[0-9]{8}")
_KR_PASSPORT_NEW = re.compile(r"([A-Z])[0-9]{3}[A-Z][0-9]{4}")


def kr_passport(value: str, compact: str, rng: Random) -> str | None:
    """Same passport type (the first letter) and the same old (M12345678) or new (M123A4567) format."""
    if m := _KR_PASSPORT_OLD.fullmatch(compact):
        return fill_layout(value, m.group(1) + digits(rng, 8))
    if m := _KR_PASSPORT_NEW.fullmatch(compact):
        letter = rng.choice(string.ascii_uppercase)
        return fill_layout(value, f"{m.group(1)}{digits(rng, 3)}{letter}{digits(rng, 4)}")
    return None


_REGION_NAME = re.compile(r"\s*([가-힣]+)")


def driver_license(value: str, compact: str, rng: Random) -> str | None:
    """A 12-digit licence number with a valid region code (11–26, 28); a region written as a name
    (서울 12-345678-90) gets another region's name."""
    del compact
    code = rng.choice(sorted(kr_dl.REGION_CODES))
    m = _REGION_NAME.match(value)
    if m and m.group(1) in kr_dl.REGION_NAMES:
        rest = value[m.end(1) :]
        return value[: m.start(1)] + kr_dl.REGION_CODES[code] + fill_layout(rest, digits(rng, 10))
    return fill_layout(value, code + digits(rng, 10))


def other(value: str, rng: Random) -> str:
    """Digits → digits, letters → letters of the same case, Hangul → Hangul; separators stay."""
    return shape_random(value, rng)
