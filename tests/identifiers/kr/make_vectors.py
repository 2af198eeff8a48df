"""Build tests/identifiers/kr/vectors.json: deterministic test vectors for the Korean validators.

Run from the repository root: ``python tests/identifiers/kr/make_vectors.py``. The check digits are
computed here, independently of ``gamyeong`` (the rules are restated from the module docstrings), so
the tests compare two implementations rather than one with itself.

Each vector: ``id`` (pytest id), ``input``, ``validity`` (VERIFIED/PLAUSIBLE/INVALID), ``compact``
(the expected compact form when not INVALID) and ``error`` (the expected ValidationError subclass name
raised by ``validate``, or null).
"""

from __future__ import annotations

import datetime
import json
import random
from pathlib import Path
from typing import Any

SEED = 20240901
OUT = Path(__file__).with_name("vectors.json")
WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)

Vector = dict[str, Any]


def vec(id_: str, input_: str, validity: str, compact: str | None = None, error: str | None = None) -> Vector:
    return {"id": id_, "input": input_, "validity": validity, "compact": compact, "error": error}


def rrn_check(first12: str, base: int = 11) -> str:
    total = sum(w * int(d) for w, d in zip(WEIGHTS, first12, strict=True))
    return str((base - total % 11) % 10)


def random_date(rng: random.Random, start: int, end: int) -> datetime.date:
    first = datetime.date(start, 1, 1).toordinal()
    last = datetime.date(end, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(first, last))


def front(d: datetime.date) -> str:
    return d.strftime("%y%m%d")


def rrn_vectors(rng: random.Random) -> list[Vector]:
    out: list[Vector] = []
    century_digits = {1800: "90", 1900: "12", 2000: "34"}
    for i in range(12):
        century = rng.choice([1900, 1900, 2000, 1800])
        d = random_date(rng, century + (50 if century == 1800 else 0), century + (99 if century < 2000 else 20))
        body = front(d) + rng.choice(century_digits[century]) + f"{rng.randrange(10**5):05d}"
        number = body + rrn_check(body)
        out.append(vec(f"rrn-verified-{i}", f"{number[:6]}-{number[6:]}", "VERIFIED", number))
    for i in range(8):
        d = random_date(rng, 2020, 2024)
        body = front(d) + rng.choice("34") + f"{rng.randrange(10**5):05d}"
        wrong = str((int(rrn_check(body)) + rng.randint(1, 9)) % 10)
        number = body + wrong
        out.append(vec(f"post-2020-rrn-{i}", f"{number[:6]}-{number[6:]}", "PLAUSIBLE", number))
    bad_dates = {
        "feb-30": "900230",
        "feb-29-1900": "000229",  # with gender digit 1/2: 1900 is not a leap year
        "feb-29-2001": "010229",
        "month-13": "901301",
        "day-00": "900100",
        "apr-31": "900431",
    }
    for name, f6 in bad_dates.items():
        g = "3" if name == "feb-29-2001" else "1"
        body = f6 + g + f"{rng.randrange(10**5):05d}"
        number = body + rrn_check(body)
        out.append(vec(f"rrn-bad-date-{name}", f"{number[:6]}-{number[6:]}", "INVALID", None, "InvalidComponent"))
    for leap, g in (("000229", "3"), ("960229", "1"), ("040229", "4")):
        body = leap + g + f"{rng.randrange(10**5):05d}"
        number = body + rrn_check(body)
        out.append(vec(f"rrn-leap-day-{leap}", number, "VERIFIED", number))
    for g in "5678":
        body = "900101" + g + f"{rng.randrange(10**5):05d}"
        number = body + rrn_check(body)
        out.append(vec(f"rrn-foreigner-digit-{g}", number, "INVALID", None, "InvalidComponent"))
    body = "850715" + "2" + f"{rng.randrange(10**5):05d}"
    good = body + rrn_check(body)
    separators = {
        "fullwidth-dash": f"{good[:6]}\uff0d{good[6:]}",
        "en-dash": f"{good[:6]}\u2013{good[6:]}",
        "hyphen": f"{good[:6]}\u2010{good[6:]}",
        "spaces": f"  {good[:6]} {good[6:]} ",
        "fullwidth-digits": "".join(chr(0xFF10 + int(c)) for c in good),
        "minus-sign": f"{good[:6]}\u2212{good[6:]}",
    }
    for name, text in separators.items():
        out.append(vec(f"rrn-sep-{name}", text, "VERIFIED", good))
    out.append(vec("rrn-too-short", good[:12], "INVALID", None, "InvalidLength"))
    out.append(vec("rrn-too-long", good + "1", "INVALID", None, "InvalidLength"))
    out.append(vec("rrn-letter", good[:6] + "-1A34567", "INVALID", None, "InvalidFormat"))
    out.append(vec("rrn-arabic-indic-digits", "\u0669" * 13, "INVALID", None, "InvalidFormat"))
    return out


def frn_vectors(rng: random.Random) -> list[Vector]:
    out: list[Vector] = []
    for i in range(10):
        g = rng.choice("5678")
        d = random_date(rng, 1950, 1999) if g in "56" else random_date(rng, 2000, 2019)
        office = f"{rng.randrange(0, 100, 2):02d}"
        body = front(d) + g + office + f"{rng.randrange(100):02d}" + rng.choice("6789")
        number = body + rrn_check(body, base=13)
        out.append(vec(f"frn-verified-{i}", f"{number[:6]}-{number[6:]}", "VERIFIED", number))
    for i in range(6):
        d = random_date(rng, 2020, 2024)
        body = front(d) + rng.choice("78") + f"{rng.randrange(10**5):05d}"
        wrong = str((int(rrn_check(body, base=13)) + rng.randint(1, 9)) % 10)
        out.append(vec(f"post-2020-frn-{i}", body + wrong, "PLAUSIBLE", body + wrong))
    body = "900101" + "5" + "13" + "45" + "6"  # odd office code: legacy rule fails
    number = body + rrn_check(body, base=13)
    out.append(vec("frn-odd-office", number, "PLAUSIBLE", number))
    body = "900101" + "5" + "12" + "45" + "3"  # registrant type 3: legacy rule fails
    number = body + rrn_check(body, base=13)
    out.append(vec("frn-type-digit-3", number, "PLAUSIBLE", number))
    for g in "123490":
        body = "900101" + g + "12456"
        number = body + rrn_check(body, base=13)
        out.append(vec(f"frn-korean-digit-{g}", number, "INVALID", None, "InvalidComponent"))
    body = "010229" + "7" + "12456"
    out.append(vec("frn-feb-29-2001", body + rrn_check(body, base=13), "INVALID", None, "InvalidComponent"))
    body = "000229" + "7" + "12456"
    number = body + rrn_check(body, base=13)
    out.append(vec("frn-feb-29-2000", f"{number[:6]}\uff0d{number[6:]}", "VERIFIED", number))
    out.append(vec("frn-too-short", number[:10], "INVALID", None, "InvalidLength"))
    return out


def brn_check(first9: str) -> str:
    digits = [int(c) for c in first9]
    total = sum(w * d for w, d in zip((1, 3, 7, 1, 3, 7, 1, 3, 5), digits, strict=True))
    total += digits[8] * 5 // 10
    return str((10 - total % 10) % 10)


def brn_vectors(rng: random.Random) -> list[Vector]:
    out: list[Vector] = []
    for i in range(12):
        body = f"{rng.randint(101, 999)}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        number = body + brn_check(body)
        out.append(vec(f"brn-valid-{i}", f"{number[:3]}-{number[3:5]}-{number[5:]}", "VERIFIED", number))
        if i < 5:
            wrong = str((int(brn_check(body)) + rng.randint(1, 9)) % 10)
            out.append(vec(f"brn-bad-check-{i}", body + wrong, "INVALID", None, "InvalidChecksum"))
    for name, body in (("type-00", "123001234"), ("office-100", "100811234"), ("serial-0000", "123810000")):
        out.append(vec(f"brn-{name}", body + brn_check(body), "INVALID", None, "InvalidComponent"))
    out.append(vec("brn-all-zero", "000-00-00000", "INVALID", None, "InvalidComponent"))
    out.append(vec("brn-9-digits", "123-45-6789", "INVALID", None, "InvalidLength"))
    out.append(vec("brn-letters", "123-AB-67890", "INVALID", None, "InvalidFormat"))
    return out


def phone_vectors(rng: random.Random) -> list[Vector]:
    out: list[Vector] = []
    areas = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055"]
    areas += ["061", "062", "063", "064"]
    for i in range(8):
        sub = f"{rng.randint(2000, 9999)}{rng.randrange(10**4):04d}"
        number = "010" + sub
        style = i % 4
        text = [
            f"010-{sub[:4]}-{sub[4:]}",
            f"+82 10 {sub[:4]} {sub[4:]}",
            f"+82-10-{sub[:4]}-{sub[4:]}",
            f"010.{sub[:4]}.{sub[4:]}",
        ][style]
        out.append(vec(f"mobile-{i}", text, "VERIFIED", number))
    for i in range(10):
        area = rng.choice(areas)
        sub = str(rng.randint(2, 9)) + "".join(str(rng.randrange(10)) for _ in range(rng.choice((6, 7))))
        out.append(vec(f"landline-{i}", f"{area}-{sub[:-4]}-{sub[-4:]}", "VERIFIED", area + sub))
    sub = f"{rng.randint(2000, 9999)}{rng.randrange(10**4):04d}"
    out.append(vec("internet-070", f"070-{sub[:4]}-{sub[4:]}", "VERIFIED", "070" + sub))
    out.append(vec("personal-0505", "0505-234-5678", "PLAUSIBLE", "05052345678"))
    out.append(vec("legacy-011", "011-234-5678", "PLAUSIBLE", "0112345678"))
    out.append(vec("seoul-intl", "+82-2-345-6789", "VERIFIED", "023456789"))
    out.append(vec("intl-0082", "0082 31 345 6789", "VERIFIED", "0313456789"))
    out.append(vec("intl-trunk-zero", "+82 (0)10 2345 6789", "VERIFIED", "01023456789"))
    out.append(vec("fullwidth", "０１０－２３４５－６７８９", "VERIFIED", "01023456789"))
    for lead in ("1588", "1544", "1600", "1661", "1800", "1899"):
        out.append(vec(f"company-{lead}", f"{lead}-{rng.randrange(10**4):04d}", "INVALID", None, "InvalidComponent"))
    out.append(vec("company-080", "080-234-5678", "INVALID", None, "InvalidComponent"))
    out.append(vec("mobile-too-short", "010-234-5678", "INVALID", None, "InvalidLength"))
    out.append(vec("mobile-too-long", "010-2345-67890", "INVALID", None, "InvalidLength"))
    out.append(vec("area-035", "035-234-5678", "INVALID", None, "InvalidComponent"))
    out.append(vec("prefix-012", "012-2345-6789", "INVALID", None, "InvalidComponent"))
    out.append(vec("letters", "010-CALL-NOW1", "INVALID", None, "InvalidFormat"))
    return out


def passport_vectors(rng: random.Random) -> list[Vector]:
    out: list[Vector] = []
    letters = "MSRDOG"
    for i in range(6):
        number = rng.choice(letters) + f"{rng.randrange(10**8):08d}"
        out.append(vec(f"passport-old-{i}", number, "PLAUSIBLE", number))
    for i in range(6):
        middle = chr(ord("A") + rng.randrange(26))
        number = f"{rng.choice(letters)}{rng.randrange(1000):03d}{middle}{rng.randrange(10**4):04d}"
        out.append(vec(f"passport-new-{i}", number.lower() if i == 0 else number, "PLAUSIBLE", number))
    out.append(vec("passport-fullwidth", "Ｍ１２３Ａ４５６７", "PLAUSIBLE", "M123A4567"))
    out.append(vec("passport-letter-X", "X12345678", "INVALID", None, "InvalidComponent"))
    out.append(vec("passport-letter-T", "T123A4567", "INVALID", None, "InvalidComponent"))
    out.append(vec("passport-8-chars", "M1234567", "INVALID", None, "InvalidLength"))
    out.append(vec("passport-two-letters", "MM2345678", "INVALID", None, "InvalidFormat"))
    out.append(vec("passport-digits-only", "123456789", "INVALID", None, "InvalidFormat"))
    out.append(vec("passport-hangul", "가12345678", "INVALID", None, "InvalidFormat"))
    return out


REGIONS = {
    "11": "서울", "12": "부산", "13": "경기", "14": "강원", "15": "충북", "16": "충남", "17": "전북",
    "18": "전남", "19": "경북", "20": "경남", "21": "제주", "22": "대구", "23": "인천", "24": "광주",
    "25": "대전", "26": "울산", "28": "경기북부",
}  # fmt: skip


def driver_license_vectors(rng: random.Random) -> list[Vector]:
    out: list[Vector] = []
    for i in range(10):
        code = rng.choice(sorted(REGIONS))
        rest = f"{rng.randrange(100):02d}{rng.randrange(10**6):06d}{rng.randrange(100):02d}"
        number = code + rest
        if i % 2:
            text = f"{REGIONS[code]}{' ' if i % 4 == 1 else ''}{rest[:2]}-{rest[2:8]}-{rest[8:]}"
            out.append(vec(f"licence-name-{i}", text, "PLAUSIBLE", number))
        else:
            out.append(vec(f"licence-code-{i}", f"{code}-{rest[:2]}-{rest[2:8]}-{rest[8:]}", "PLAUSIBLE", number))
    out.append(vec("licence-north-gyeonggi-name", "경기북부 13-123456-78", "PLAUSIBLE", "281312345678"))
    out.append(vec("licence-gyeonggi-name", "경기13-123456-78", "PLAUSIBLE", "131312345678"))
    for code in ("10", "27", "29", "00", "99"):
        out.append(vec(f"licence-region-{code}", f"{code}-12-345678-90", "INVALID", None, "InvalidComponent"))
    out.append(vec("licence-11-digits", "11-12-345678-9", "INVALID", None, "InvalidLength"))
    out.append(vec("licence-unknown-name", "세종 12-345678-90", "INVALID", None, "InvalidFormat"))
    return out


def bank_account_vectors(rng: random.Random) -> list[Vector]:
    out: list[Vector] = []
    layouts = {
        "shinhan": (3, 3, 6), "kb": (6, 2, 6), "woori": (4, 3, 6), "hana": (3, 6, 5), "nh": (3, 4, 4, 2),
        "ibk": (3, 6, 2, 3), "kakao": (4, 2, 7), "toss": (4, 4, 4), "mg": (4, 4, 4, 1), "kdb": (3, 8, 3),
    }  # fmt: skip
    for bank, layout in layouts.items():
        groups = ["".join(str(rng.randrange(10)) for _ in range(n)) for n in layout]
        out.append(vec(f"account-{bank}", "-".join(groups), "PLAUSIBLE", "".join(groups)))
    for n in (10, 12, 14):
        digits = "".join(str(rng.randrange(10)) for _ in range(n))
        out.append(vec(f"account-bare-{n}", digits, "PLAUSIBLE", digits))
    out.append(vec("account-spaces", "110 123 456789", "PLAUSIBLE", "110123456789"))
    out.append(vec("account-fullwidth-dash", "3333－01－1234567", "PLAUSIBLE", "3333011234567"))
    out.append(vec("account-bare-9", "123456789", "INVALID", None, "InvalidLength"))
    out.append(vec("account-bare-15", "123456789012345", "INVALID", None, "InvalidLength"))
    out.append(vec("account-phone-layout", "010-1234-5678", "INVALID", None, "InvalidFormat"))
    out.append(vec("account-date-layout", "2024-01-15", "INVALID", None, "InvalidFormat"))
    out.append(vec("account-letters", "110-ABC-456789", "INVALID", None, "InvalidFormat"))
    return out


def build() -> dict[str, list[Vector]]:
    rng = random.Random(SEED)
    return {
        "rrn": rrn_vectors(rng),
        "frn": frn_vectors(rng),
        "brn": brn_vectors(rng),
        "phone": phone_vectors(rng),
        "passport": passport_vectors(rng),
        "driver_license": driver_license_vectors(rng),
        "bank_account": bank_account_vectors(rng),
    }


def main() -> None:
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
