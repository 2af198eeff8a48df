"""Identifier generators and validators for the synthetic dev set (stdlib only).

Written independently of ``gamyeong`` so that the gold does not share bugs with the tool it scores.
Each ``make_*`` returns the compact value; ``valid_*`` checks a (formatted) value and is used by the tests.
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
BRN_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


def digits(value: str) -> str:
    """Keep ASCII digits, mapping full-width ones first."""
    value = value.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return "".join(ch for ch in value if ch.isdigit() and ch.isascii())


def rand_digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def rand_date(rng: random.Random, start_year: int, end_year: int) -> date:
    start = date(start_year, 1, 1)
    span = (date(end_year, 12, 31) - start).days
    return start + timedelta(days=rng.randrange(span + 1))


# --- KR resident / foreigner registration numbers ---------------------------------------------------


def rrn_check(first12: str) -> int:
    total = sum(int(d) * w for d, w in zip(first12, RRN_WEIGHTS, strict=True))
    return (11 - total % 11) % 10


def frn_check(first12: str) -> int:
    total = sum(int(d) * w for d, w in zip(first12, RRN_WEIGHTS, strict=True))
    return (13 - total % 11) % 10


def make_rrn(rng: random.Random, *, wrong_check: bool = False) -> str:
    """13 digits. ``wrong_check`` gives a post-Oct-2020 number whose last digit fails the checksum."""
    if wrong_check:
        born = rand_date(rng, 2020, 2024)
        if born < date(2020, 10, 1):
            born = date(2020, 10, 1) + timedelta(days=rng.randrange(1500))
        gender = rng.choice("34")
    else:
        born = rand_date(rng, 1940, 2019)
        gender = rng.choice("12") if born.year < 2000 else rng.choice("34")
    head = born.strftime("%y%m%d") + gender + rand_digits(rng, 5)
    good = rrn_check(head)
    if wrong_check:
        bad = rng.choice([d for d in range(10) if d != good])
        return head + str(bad)
    return head + str(good)


def make_frn(rng: random.Random) -> str:
    born = rand_date(rng, 1950, 2015)
    gender = rng.choice("56") if born.year < 2000 else rng.choice("78")
    # digits 8-9: registration office (even), 10-11 serial, 12 applicant type
    office = f"{rng.randrange(0, 50) * 2:02d}"
    head = born.strftime("%y%m%d") + gender + office + rand_digits(rng, 2) + rng.choice("6789")
    return head + str(frn_check(head))


def rrn_birth_ok(value: str) -> bool:
    d = digits(value)
    if len(d) != 13 or d[6] not in "12345678":
        return False
    century = {"1": 1900, "2": 1900, "5": 1900, "6": 1900}.get(d[6], 2000)
    try:
        date(century + int(d[:2]), int(d[2:4]), int(d[4:6]))
    except ValueError:
        return False
    return True


def valid_rrn(value: str) -> bool:
    d = digits(value)
    return rrn_birth_ok(d) and d[6] in "1234" and rrn_check(d[:12]) == int(d[12])


def valid_frn(value: str) -> bool:
    d = digits(value)
    return rrn_birth_ok(d) and d[6] in "5678" and frn_check(d[:12]) == int(d[12])


# --- KR business registration number --------------------------------------------------------------


def brn_check(first9: str) -> int:
    total = sum(int(d) * w for d, w in zip(first9, BRN_WEIGHTS, strict=True))
    total += int(first9[8]) * 5 // 10
    return (10 - total % 10) % 10


def make_brn(rng: random.Random) -> str:
    head = f"{rng.randrange(101, 900)}" + f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9]) * 10 + rng.randrange(10):02d}"
    head += rand_digits(rng, 4)
    return head + str(brn_check(head))


def valid_brn(value: str) -> bool:
    d = digits(value)
    return len(d) == 10 and brn_check(d[:9]) == int(d[9])


# --- Luhn (cards, SIREN/SIRET), EAN-13 -------------------------------------------------------------


def luhn_check_digit(payload: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def luhn_ok(value: str) -> bool:
    d = digits(value)
    return len(d) > 1 and luhn_check_digit(d[:-1]) == int(d[-1])


CARD_ISSUERS: dict[str, tuple[list[str], int]] = {
    "visa": (["4"], 16),
    "mastercard": (["51", "52", "53", "54", "55", "2221", "2720"], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "65"], 16),
    "jcb": (["3528", "3530", "3566", "3589"], 16),
    "unionpay": (["62"], 16),
}


def make_card(rng: random.Random, issuer: str) -> str:
    prefixes, length = CARD_ISSUERS[issuer]
    body = rng.choice(prefixes)
    body += rand_digits(rng, length - 1 - len(body))
    return body + str(luhn_check_digit(body))


def format_card(number: str, sep: str) -> str:
    if len(number) == 15:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def make_siren(rng: random.Random) -> str:
    body = str(rng.randrange(1, 10)) + rand_digits(rng, 7)
    return body + str(luhn_check_digit(body))


def make_siret(rng: random.Random) -> str:
    body = make_siren(rng) + f"{rng.randrange(1, 100):04d}"
    return body + str(luhn_check_digit(body))


def ean13_check(first12: str) -> int:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def make_ean13_kr(rng: random.Random, *, date_like: bool = False) -> str:
    """EAN-13 with the Korean GS1 prefix 880.

    ``date_like`` makes digits 1-7 read like YYMMDD + a gender digit.
    """
    if date_like:
        # 88 0M DD G: reads as YYMMDD + gender digit (1988-0M-DD), like an RRN front half
        head = "880" + str(rng.randrange(1, 10)) + f"{rng.randrange(1, 29):02d}" + rng.choice("1234")
        head += rand_digits(rng, 5)
    else:
        head = "880" + rand_digits(rng, 9)
    return head + str(ean13_check(head))


def valid_ean13(value: str) -> bool:
    d = digits(value)
    return len(d) == 13 and ean13_check(d[:12]) == int(d[12])


# --- IBAN ------------------------------------------------------------------------------------------


def _iban_numeric(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_check_digits(country: str, bban: str) -> str:
    return f"{98 - _iban_numeric(bban + country + '00') % 97:02d}"


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _es_control(bank_branch: str, account: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def one(ds: str) -> str:
        c = 11 - sum(int(d) * w for d, w in zip(ds.zfill(10), weights, strict=True)) % 11
        return str({10: 1, 11: 0}.get(c, c))

    return one("00" + bank_branch) + one(account)


def make_bban(rng: random.Random, country: str) -> str:
    if country == "FR":
        bank, branch, account = rand_digits(rng, 5), rand_digits(rng, 5), rand_digits(rng, 11)
        return bank + branch + account + _fr_rib_key(bank, branch, account)
    if country == "DE":
        return rand_digits(rng, 8) + rand_digits(rng, 10)
    if country == "GB":
        return rng.choice(["NWBK", "MIDL", "LOYD", "HBUK", "SRLG"]) + rand_digits(rng, 6) + rand_digits(rng, 8)
    if country == "ES":
        bank_branch, account = rand_digits(rng, 8), rand_digits(rng, 10)
        return bank_branch + _es_control(bank_branch, account) + account
    if country == "BE":
        body = rand_digits(rng, 10)
        check = int(body) % 97 or 97
        return body + f"{check:02d}"
    if country == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + rand_digits(rng, 10)
    raise ValueError(country)


def make_iban(rng: random.Random, country: str) -> str:
    bban = make_bban(rng, country)
    return country + iban_check_digits(country, bban) + bban


def format_iban(iban: str, grouped: bool) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if grouped else iban


def valid_iban(value: str) -> bool:
    s = "".join(value.split()).upper()
    return len(s) > 4 and _iban_numeric(s[4:] + s[:4]) % 97 == 1


# --- French NIR ------------------------------------------------------------------------------------


def nir_key(first13: str) -> int:
    n = int(first13.replace("2A", "19").replace("2B", "18"))
    return 97 - n % 97


def make_nir(rng: random.Random) -> str:
    sex = rng.choice("12")
    yy = f"{rng.randrange(40, 100) if rng.random() < 0.8 else rng.randrange(0, 6):02d}"
    mm = f"{rng.randrange(1, 13):02d}"
    roll = rng.random()
    if roll < 0.12:
        dept = rng.choice(["2A", "2B"])
        commune = f"{rng.randrange(1, 370):03d}"
    elif roll < 0.2:
        dept = "97"
        commune = rng.choice("12345") + f"{rng.randrange(1, 60):02d}"
    else:
        dept = f"{rng.choice([d for d in range(1, 96) if d != 20]):02d}"
        commune = f"{rng.randrange(1, 900):03d}"
    order = f"{rng.randrange(1, 1000):03d}"
    head = sex + yy + mm + dept + commune + order
    return head + f"{nir_key(head):02d}"


def format_nir(nir: str, spaced: bool) -> str:
    if not spaced:
        return nir
    return " ".join([nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:]])


def valid_nir(value: str) -> bool:
    s = "".join(value.split()).upper()
    return len(s) == 15 and nir_key(s[:13]) == int(s[13:])


# --- US SSN ----------------------------------------------------------------------------------------


def ipv4(rng: random.Random, first: list[int]) -> str:
    return f"{rng.choice(first)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def make_ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def valid_ssn(value: str) -> bool:
    d = digits(value)
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0
