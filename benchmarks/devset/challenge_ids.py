"""Identifiers for the challenge set, with check digits computed here (stdlib only, independent of gamyeong).

Every ``make_*`` function takes a ``random.Random`` and returns a plain string; every ``valid_*`` function
re-checks a rendered value (full-width digits, spaces and dashes allowed) so the generator can verify its gold.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import re
import string
import unicodedata

FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
DASHES = "-‐‑–—−－"


def ascii_digits(text: str) -> str:
    """NFKC-fold full-width characters, map every dash to '-'."""
    out = unicodedata.normalize("NFKC", text)
    for d in DASHES:
        out = out.replace(d, "-")
    return out


def digits_only(text: str) -> str:
    return re.sub(r"\D", "", ascii_digits(text))


def fullwidth(text: str) -> str:
    return text.translate(FULLWIDTH)


# --- Korea -----------------------------------------------------------------------------------------

RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
BRN_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def rrn_check(first12: str) -> int:
    s = sum(int(c) * w for c, w in zip(first12, RRN_WEIGHTS, strict=True))
    return (11 - s % 11) % 10


def _birth(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days))


def make_rrn(rng: random.Random, *, foreign: bool = False, post2020: bool = False) -> str:
    """13 digits, no separator. ``post2020``: born Oct 2020 or later, last digit random (no checksum)."""
    if post2020:
        born = _birth(rng, dt.date(2020, 10, 5), dt.date(2024, 12, 31))
    else:
        born = _birth(rng, dt.date(1938, 1, 1), dt.date(2019, 12, 31))
    century = 0 if born.year < 2000 else 2
    sex = rng.randrange(2)
    g = (5 if foreign else 1) + century + sex
    front = born.strftime("%y%m%d")
    if post2020:
        return front + str(g) + "".join(rng.choice(string.digits) for _ in range(6))
    body = front + str(g) + f"{rng.randrange(96):02d}" + f"{rng.randrange(1000):03d}"
    return body + str(rrn_check(body))


def valid_rrn_front(text: str) -> bool:
    d = digits_only(text)
    if len(d) != 6:
        return False
    try:
        dt.datetime.strptime(d, "%y%m%d")
    except ValueError:
        return d[2:] == "0229"
    return True


def valid_rrn(text: str, *, foreign: bool = False, checksum: bool = True) -> bool:
    d = digits_only(text)
    if len(d) != 13 or not valid_rrn_front(d[:6]):
        return False
    if d[6] not in ("5678" if foreign else "1234"):
        return False
    return not checksum or int(d[12]) == rrn_check(d[:12])


def valid_rrn_back(text: str, *, foreign: bool = False) -> bool:
    d = digits_only(text)
    return len(d) == 7 and d[0] in ("5678" if foreign else "1234")


def brn_check(first9: str) -> int:
    s = sum(int(c) * w for c, w in zip(first9, BRN_WEIGHTS, strict=True))
    s += int(first9[8]) * 5 // 10
    return (10 - s % 10) % 10


def make_brn(rng: random.Random, *, company: bool = False) -> str:
    """Formatted 123-45-67890. Individual traders: type 01-79; corporations: 81, 86, 87, 88."""
    office = rng.randrange(101, 900)
    kind = rng.choice((81, 86, 87, 88)) if company else rng.randrange(1, 80)
    body = f"{office:03d}{kind:02d}{rng.randrange(1, 10000):04d}"
    d = body + str(brn_check(body))
    return f"{d[:3]}-{d[3:5]}-{d[5:]}"


def valid_brn(text: str) -> bool:
    d = digits_only(text)
    return len(d) == 10 and int(d[9]) == brn_check(d[:9])


KR_PLATE_PRIVATE = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
KR_PLATE_OTHER = "바사아자하허호배"
KR_REGIONS_PLATE = (
    "서울",
    "부산",
    "대구",
    "인천",
    "광주",
    "대전",
    "울산",
    "경기",
    "강원",
    "충북",
    "충남",
    "전북",
    "경남",
)
KR_LICENCE_REGIONS = {
    "서울": 11,
    "부산": 12,
    "경기": 13,
    "강원": 14,
    "충북": 15,
    "충남": 16,
    "전북": 17,
    "전남": 18,
    "경북": 19,
    "경남": 20,
    "제주": 21,
    "대구": 22,
    "인천": 23,
    "광주": 24,
    "대전": 25,
    "울산": 26,
    "경기북부": 28,
}


def make_kr_plate(rng: random.Random) -> tuple[str, str, str]:
    """(digits-before, hangul, 4 digits) — caller decides spacing and region prefix."""
    head = f"{rng.randrange(10, 100)}" if rng.random() < 0.5 else f"{rng.randrange(100, 700)}"
    letter = rng.choice(KR_PLATE_PRIVATE) if rng.random() < 0.85 else rng.choice(KR_PLATE_OTHER)
    return head, letter, f"{rng.randrange(1000, 10000)}"


def make_kr_licence(rng: random.Random) -> tuple[str, str]:
    """(region name, 12 digits). Digits 1-2 are the region code."""
    region = rng.choice(sorted(KR_LICENCE_REGIONS))
    code = KR_LICENCE_REGIONS[region]
    year = rng.randrange(0, 25)
    return region, f"{code:02d}{year:02d}{rng.randrange(1000000):06d}{rng.randrange(100):02d}"


def make_kr_passport(rng: random.Random) -> str:
    prefix = rng.choice("MMMMSRGD")
    if rng.random() < 0.5:  # new format since 2021
        return f"{prefix}{rng.randrange(1000):03d}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.randrange(10000):04d}"
    return f"{prefix}{rng.randrange(10**8):08d}"


def kr_mobile(rng: random.Random) -> tuple[str, str, str]:
    return "010", f"{rng.randrange(2000, 10000)}", f"{rng.randrange(10000):04d}"


KR_AREA = (
    "031",
    "032",
    "033",
    "041",
    "042",
    "043",
    "044",
    "051",
    "052",
    "053",
    "054",
    "055",
    "061",
    "062",
    "063",
    "064",
)


def kr_landline(rng: random.Random) -> tuple[str, str, str]:
    if rng.random() < 0.4:
        mid = f"{rng.randrange(200, 1000)}" if rng.random() < 0.4 else f"{rng.randrange(2000, 10000)}"
        return "02", mid, f"{rng.randrange(10000):04d}"
    return rng.choice(KR_AREA), f"{rng.randrange(200, 1000)}", f"{rng.randrange(10000):04d}"


HANGUL_DIGITS_SINO = "공일이삼사오육칠팔구"
HANGUL_DIGITS_ALT = "영일이삼사오육칠팔구"


def hangul_digits(digits: str, rng: random.Random) -> str:
    table = HANGUL_DIGITS_SINO if rng.random() < 0.8 else HANGUL_DIGITS_ALT
    return "".join(table[int(c)] if c.isdigit() else c for c in digits)


def unhangul(text: str) -> str:
    return "".join(
        str(HANGUL_DIGITS_SINO.index(c)) if c in HANGUL_DIGITS_SINO else ("0" if c == "영" else c) for c in text
    )


# --- cards, IBAN, accounts -------------------------------------------------------------------------


def luhn_ok(d: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in string.digits:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError("unreachable")


CARD_PREFIXES = {
    "visa": (("4",), 16),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2300", "2720"), 16),
    "amex": (("34", "37"), 15),
    "jcb": (("3528", "3540", "3589"), 16),
    "unionpay": (("62",), 16),
    "discover": (("6011", "65"), 16),
    "bc": (("9410", "9420"), 16),  # domestic Korean BC cards
}


def make_card(rng: random.Random, brand: str) -> str:
    prefixes, length = CARD_PREFIXES[brand]
    p = rng.choice(prefixes)
    body = p + "".join(rng.choice(string.digits) for _ in range(length - len(p) - 1))
    return luhn_complete(body)


def card_brand_ok(d: str) -> bool:
    return any(d.startswith(p) and len(d) == n for ps, n in CARD_PREFIXES.values() for p in ps)


def valid_card(text: str) -> bool:
    d = digits_only(text)
    return luhn_ok(d) and card_brand_ok(d)


def group(d: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


IBAN_LEN = {"FR": 27, "DE": 22, "GB": 22, "ES": 24, "IT": 27, "BE": 16, "NL": 18, "CH": 21, "MC": 27, "LU": 20}


def _alnum_to_int(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_from_bban(cc: str, bban: str) -> str:
    check = 98 - _alnum_to_int(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def make_fr_rib(rng: random.Random) -> tuple[str, str, str, str]:
    bank = rng.choice(("30004", "30003", "20041", "10278", "30002", "11315", "18206", "16958"))
    branch, account = _digits(rng, 5), _digits(rng, 11)
    return bank, branch, account, fr_rib_key(bank, branch, account)


def es_check(bank_branch: str, account: str) -> str:
    """Spanish CCC check digits: weights 2**i mod 11 over '00'+bank+branch, then over the account."""

    def one(digits: str) -> str:
        c = sum(int(n) * (2**i % 11) for i, n in enumerate(digits)) % 11
        return str(c if c < 2 else 11 - c)

    return one("00" + bank_branch) + one(account)


def make_iban(rng: random.Random, cc: str) -> str:
    """Compact IBAN (no spaces) with a valid mod-97 check."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if cc in ("FR", "MC"):
        bban = "".join(make_fr_rib(rng))
    elif cc == "DE":
        bban = _digits(rng, 18)
    elif cc == "GB":
        bban = rng.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL")) + _digits(rng, 14)
    elif cc == "ES":  # bank(4) branch(4) national check(2) account(10)
        bank, account = _digits(rng, 8), _digits(rng, 10)
        bban = bank + es_check(bank, account) + account
    elif cc == "IT":
        bban = rng.choice(letters) + _digits(rng, 10) + _digits(rng, 12)
    elif cc == "BE":  # bank code(3) account(7) check(2) = first 10 mod 97
        b = rng.choice(("001", "063", "068", "310", "363", "735", "750")) + _digits(rng, 7)
        bban = b + f"{int(b) % 97 or 97:02d}"
    elif cc == "NL":
        bban = rng.choice(("ABNA", "INGB", "RABO", "TRIO")) + _digits(rng, 10)
    elif cc == "CH":
        bban = _digits(rng, 17)
    elif cc == "LU":
        bban = _digits(rng, 3) + _digits(rng, 13)
    else:
        raise ValueError(cc)
    iban = iban_from_bban(cc, bban)
    assert len(iban) == IBAN_LEN[cc], (cc, iban)
    return iban


def valid_iban(text: str) -> bool:
    s = re.sub(r"[\s-]", "", text).upper()
    if len(s) < 4 or IBAN_LEN.get(s[:2]) != len(s) or not s.isalnum():
        return False
    return _alnum_to_int(s[4:] + s[:4]) % 97 == 1


# --- France ----------------------------------------------------------------------------------------


def nir_key(first13: str) -> int:
    n = int(first13.replace("2A", "19").replace("2B", "18"))
    return 97 - n % 97


def make_nir(rng: random.Random) -> str:
    """15 characters: sex, yy, mm, dept(2 or 3), commune, order, key."""
    sex = rng.choice("12")
    yy = f"{rng.randrange(100):02d}"
    mm = f"{rng.randrange(1, 13):02d}" if rng.random() < 0.95 else rng.choice(("20", "30", "50"))
    r = rng.random()
    if r < 0.12:
        dept, commune = rng.choice(("2A", "2B")), f"{rng.randrange(1, 400):03d}"
    elif r < 0.22:
        dept, commune = rng.choice(("971", "972", "973", "974", "976")), f"{rng.randrange(1, 60):02d}"
    elif r < 0.3:
        dept, commune = "99", f"{rng.randrange(100, 500):03d}"  # born abroad
    else:
        dept, commune = f"{rng.choice([d for d in range(1, 96) if d != 20]):02d}", f"{rng.randrange(1, 990):03d}"
    order = f"{rng.randrange(1, 1000):03d}"
    body = sex + yy + mm + dept + commune + order
    assert len(body) == 13
    return body + f"{nir_key(body):02d}"


def nir_spaced(nir: str) -> str:
    """1 85 05 78 006 084 36 (the card layout); overseas departments keep three digits together."""
    if nir[5:7] == "97":
        parts = (nir[0], nir[1:3], nir[3:5], nir[5:8], nir[8:10], nir[10:13], nir[13:])
    else:
        parts = (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:])
    return " ".join(parts)


def valid_nir(text: str) -> bool:
    s = re.sub(r"[\s.\-]", "", ascii_digits(text)).upper()
    if len(s) not in (13, 15) or s[0] not in "12":
        return False
    if not re.fullmatch(r"\d{5}(\d{2}|2A|2B)\d{6}(\d{2})?", s):
        return False
    return len(s) == 13 or int(s[13:]) == nir_key(s[:13])


def make_fr_mobile(rng: random.Random) -> str:
    return rng.choice("67") + _digits(rng, 8)


def make_fr_landline(rng: random.Random) -> str:
    return rng.choice("12345") + _digits(rng, 8)


def fr_plate(rng: random.Random) -> tuple[str, str, str]:
    letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
    a = rng.choice(letters) + rng.choice(letters)
    while a in ("SS", "WW"):
        a = rng.choice(letters) + rng.choice(letters)
    return a, f"{rng.randrange(1, 1000):03d}", rng.choice(letters) + rng.choice(letters)


def make_fr_passport(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"{rng.randrange(100):02d}{rng.choice(letters)}{rng.choice(letters)}{rng.randrange(100000):05d}"


# --- United States / United Kingdom ----------------------------------------------------------------

US_AREA_CODES = ("212", "415", "312", "617", "206", "512", "303", "202", "305", "404", "503", "718", "646", "858")


def make_us_phone(rng: random.Random) -> tuple[str, str, str]:
    exch = f"{rng.randrange(2, 10)}{rng.randrange(10)}{rng.randrange(10)}"
    while exch in ("555", "911") or exch[1:] == "11":
        exch = f"{rng.randrange(2, 10)}{rng.randrange(10)}{rng.randrange(10)}"
    return rng.choice(US_AREA_CODES), exch, f"{rng.randrange(10000):04d}"


def make_ssn(rng: random.Random) -> str:
    area = rng.randrange(1, 900)
    while area == 666:
        area = rng.randrange(1, 900)
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def valid_ssn(text: str) -> bool:
    d = digits_only(text)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def aba_ok(d: str) -> bool:
    return len(d) == 9 and sum(int(c) * w for c, w in zip(d, (3, 7, 1) * 3, strict=True)) % 10 == 0


def make_aba(rng: random.Random) -> str:
    while True:
        body = f"{rng.choice((0, 1, 2, 3, 6, 7))}{rng.randrange(1, 10)}" + _digits(rng, 6)
        for c in string.digits:
            if aba_ok(body + c):
                return body + c


def make_nino(rng: random.Random) -> str:
    a = "ABCEGHJKLMNPRSTWXYZ"
    b = "ABCEGHJKLMNPRSTWXYZ"
    pre = rng.choice(a) + rng.choice(b)
    while pre in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
        pre = rng.choice(a) + rng.choice(b)
    return f"{pre} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {rng.choice('ABCD')}"


# --- hard negatives --------------------------------------------------------------------------------


def ean13_complete(d12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def ean13_ok(d: str) -> bool:
    return len(d) == 13 and ean13_complete(d[:12]) == d


def make_ean13(rng: random.Random, *, birthlike: bool = False) -> str:
    if birthlike:  # 880 + something that reads like yymmdd + gender digit
        return ean13_complete("880" + f"{rng.randrange(60, 100):02d}{rng.randrange(1, 13):02d}"[:4] + _digits(rng, 5))
    return ean13_complete("880" + _digits(rng, 9))


def make_isbn13(rng: random.Random) -> str:
    d = ean13_complete(rng.choice(("97889", "97911", "97822", "97803")) + _digits(rng, 7))
    return f"{d[:3]}-{d[3:5]}-{d[5:9]}-{d[9:12]}-{d[12]}"


def isbn13_ok(text: str) -> bool:
    return ean13_ok(digits_only(text))


def make_siren(rng: random.Random) -> str:
    return luhn_complete(_digits(rng, 8))


def make_siret(rng: random.Random) -> tuple[str, str]:
    siren = make_siren(rng)
    return siren, luhn_complete(siren + f"{rng.randrange(1, 100):04d}")


def valid_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return False
    return True


def make_ipv4(rng: random.Random) -> str:
    first = rng.choice((1, 14, 27, 39, 58, 59, 61, 77, 82, 91, 110, 112, 121, 175, 183, 203, 211, 218, 221, 222))
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def make_ipv6(rng: random.Random) -> str:
    groups = [rng.choice(("2001", "2400", "2a01", "2604", "2406", "2a02"))]
    groups += [f"{rng.randrange(65536):x}" for _ in range(7)]
    addr = ipaddress.IPv6Address(":".join(groups))
    if rng.random() < 0.5:
        groups[3:6] = ["0", "0", "0"]
        addr = ipaddress.IPv6Address(":".join(groups))
        return addr.compressed
    return addr.exploded if rng.random() < 0.3 else addr.compressed
