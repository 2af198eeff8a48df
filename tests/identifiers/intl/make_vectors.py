"""Build vectors.json for the international identifier tests (card, IBAN, IP, e-mail).

Deterministic (``random.Random(SEED)``) and independent of ``gamyeong``: Luhn, EAN-13, IBAN mod 97 and
the Belgian/Spanish national checks are computed here from the published rules.

Run from the repository root: ``.venv/bin/python tests/identifiers/intl/make_vectors.py``.
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

SEED = 20240602
OUT = Path(__file__).with_name("vectors.json")
Vector = dict[str, str]


def luhn_digit(body: str) -> str:
    total = 0
    for i, char in enumerate(reversed(body)):
        digit = int(char)
        if i % 2 == 0:  # doubled once the check digit is appended
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def ean13_digit(body: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


# (issuer, prefix, length): one generated card per row.
CARD_SPECS = [
    ("visa", "4", 16), ("visa", "4", 13), ("visa", "4", 19),
    ("mastercard", "51", 16), ("mastercard", "55", 16),
    ("mastercard", "2221", 16), ("mastercard", "2720", 16),
    ("amex", "34", 15), ("amex", "37", 15),
    ("discover", "6011", 16), ("discover", "644", 16), ("discover", "65", 19),
    ("jcb", "3528", 16), ("jcb", "3589", 19),
    ("diners", "36", 14), ("diners", "300", 14), ("diners", "38", 16),
    ("unionpay", "62", 16), ("unionpay", "62", 19),
    ("maestro", "6304", 12), ("maestro", "50", 18),
    ("kr-domestic", "94", 16), ("kr-domestic", "95", 16),
]  # fmt: skip


def card(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn_digit(body)


def break_luhn(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def cards(rng: random.Random) -> list[Vector]:
    out: list[Vector] = []
    for brand, prefix, length in CARD_SPECS:
        value = card(rng, prefix, length)
        out.append({"id": f"card-{brand}-{prefix}-{length}", "value": value, "expect": "VERIFIED", "issuer": brand})
        out.append(
            {
                "id": f"card-{brand}-{prefix}-{length}-bad-luhn",
                "value": break_luhn(value),
                "expect": "INVALID",
            }
        )
    # Unlisted ranges that pass Luhn: believable, not proven.
    for prefix in ("70", "90", "99"):
        out.append({"id": f"card-unknown-{prefix}", "value": card(rng, prefix, 16), "expect": "PLAUSIBLE"})
    # A listed prefix with a length its brand never uses.
    out.append({"id": "card-visa-15-digits", "value": card(rng, "4", 15), "expect": "INVALID"})
    out.append({"id": "card-amex-16-digits", "value": card(rng, "37", 16), "expect": "INVALID"})
    # Korean EAN-13 product codes (GS1 prefix 880): never cards, whether or not they happen to pass Luhn.
    found_luhn = found_other = 0
    while found_luhn < 3 or found_other < 3:
        body = "880" + digits(rng, 9)
        value = body + ean13_digit(body)
        if luhn_ok(value) and found_luhn < 3:
            out.append({"id": f"ean13-880-luhn-ok-{found_luhn}", "value": value, "expect": "INVALID"})
            found_luhn += 1
        elif not luhn_ok(value) and found_other < 3:
            out.append({"id": f"ean13-880-{found_other}", "value": value, "expect": "INVALID"})
            found_other += 1
    for digit in "0148":
        out.append({"id": f"card-all-{digit}", "value": digit * 16, "expect": "INVALID"})
    return out


def iban_check_digits(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    value = int("".join(str(int(c, 36)) for c in rearranged))
    return f"{98 - value % 97:02d}"


def es_ccc_digit(part: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    value = 11 - sum(int(c) * w for c, w in zip(part, weights, strict=True)) % 11
    return str({11: 0, 10: 1}.get(value, value))


def bban(rng: random.Random, country: str) -> str:
    upper = string.ascii_uppercase
    if country == "FR" or country == "MC":
        return digits(rng, 10) + digits(rng, 11) + digits(rng, 2)
    if country == "DE":
        return digits(rng, 18)
    if country == "GB":
        return "".join(rng.choice(upper) for _ in range(4)) + digits(rng, 14)
    if country == "NL":
        return "".join(rng.choice(upper) for _ in range(4)) + digits(rng, 10)
    if country == "IT":
        return rng.choice(upper) + digits(rng, 10) + "".join(rng.choice(upper + string.digits) for _ in range(12))
    if country == "CH":
        return digits(rng, 5) + "".join(rng.choice(upper + string.digits) for _ in range(12))
    if country == "LU":
        return digits(rng, 3) + "".join(rng.choice(upper + string.digits) for _ in range(13))
    if country == "BE":
        head = digits(rng, 10)
        return head + f"{int(head) % 97 or 97:02d}"
    if country == "ES":
        bank_branch, account = digits(rng, 8), digits(rng, 10)
        return bank_branch + es_ccc_digit("00" + bank_branch) + es_ccc_digit(account) + account
    raise ValueError(country)


def ibans(rng: random.Random) -> list[Vector]:
    out: list[Vector] = []
    for country in ("FR", "DE", "GB", "ES", "IT", "BE", "NL", "CH", "LU", "MC"):
        for i in range(2):
            body = bban(rng, country)
            value = country + iban_check_digits(country, body) + body
            out.append(
                {
                    "id": f"iban-{country.lower()}-{i}",
                    "value": value,
                    "expect": "VERIFIED",
                    "country": country,
                }
            )
        bad = value[:2] + f"{(int(value[2:4]) + 1) % 100:02d}" + value[4:]
        out.append({"id": f"iban-{country.lower()}-bad-check", "value": bad, "expect": "INVALID"})
        out.append({"id": f"iban-{country.lower()}-too-long", "value": value + "0", "expect": "INVALID"})
    # Korea has no IBAN: a well-formed KR string with right mod-97 digits is still refused.
    body = digits(rng, 16)
    out.append({"id": "iban-kr-none", "value": "KR" + iban_check_digits("KR", body) + body, "expect": "INVALID"})
    # National checks: Belgian and Spanish account check digits broken, IBAN digits recomputed.
    be = bban(rng, "BE")
    be = be[:-2] + f"{(int(be[-2:]) % 97) + 1:02d}"
    out.append(
        {
            "id": "iban-be-national-check",
            "value": "BE" + iban_check_digits("BE", be) + be,
            "expect": "INVALID",
        }
    )
    es = bban(rng, "ES")
    es = es[:8] + str((int(es[8]) + 1) % 10) + es[9:]
    out.append(
        {
            "id": "iban-es-national-check",
            "value": "ES" + iban_check_digits("ES", es) + es,
            "expect": "INVALID",
        }
    )
    return out


PUBLIC_FIRST_OCTETS = [
    *range(1, 10), *range(11, 100), *range(101, 127), *range(128, 169), 170, 171,
    *range(173, 192), *range(193, 198), *range(199, 203), *range(204, 224),
]  # fmt: skip


def ips(rng: random.Random) -> list[Vector]:
    out: list[Vector] = []
    for i in range(6):
        value = ".".join(str(n) for n in (rng.choice(PUBLIC_FIRST_OCTETS), *(rng.randrange(256) for _ in range(3))))
        out.append({"id": f"ipv4-public-{i}", "value": value, "expect": "VERIFIED", "version": "4"})
    private = [
        f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        f"127.0.0.{rng.randrange(1, 255)}",
        f"169.254.{rng.randrange(1, 255)}.{rng.randrange(256)}",
        "0.0.0.0",
        f"192.0.2.{rng.randrange(256)}",
    ]
    out += [
        {"id": f"ipv4-special-{i}", "value": v, "expect": "PLAUSIBLE", "version": "4"} for i, v in enumerate(private)
    ]
    for i in range(6):
        groups = [f"{rng.randrange(0x2400, 0x3000):x}", *(f"{rng.randrange(0x10000):x}" for _ in range(7))]
        out.append({"id": f"ipv6-public-{i}", "value": ":".join(groups), "expect": "VERIFIED", "version": "6"})
    special6 = [
        "::1",
        "::",
        f"fe80::{rng.randrange(0x10000):x}",
        f"fd{rng.randrange(256):02x}::1",
        "2001:db8::1",
    ]
    out += [
        {"id": f"ipv6-special-{i}", "value": v, "expect": "PLAUSIBLE", "version": "6"} for i, v in enumerate(special6)
    ]
    junk = [
        "1.2.3", "1.2.3.4.5", "01.02.03.04", "1.02.3.4", "256.0.0.1", "v1.2.3.4", "1.2.3.4-beta", "2.0.0-rc1",
        "1.2.3.4/24", ":::", "gggg::1", "1:2:3:4:5:6:7:8:9", "[::1]", "10.0", "1.2.3.4:80",
    ]  # fmt: skip
    out += [{"id": f"ip-junk-{i}", "value": v, "expect": "INVALID"} for i, v in enumerate(junk)]
    for i in range(4):
        # Version-string-like dotted numbers with zero-padded parts: "2024.01.05.3".
        month, day = rng.randrange(0, 10), rng.randrange(0, 10)
        value = f"{rng.randrange(1, 30)}.{month:02d}.{day:02d}.{rng.randrange(10)}"
        out.append({"id": f"ip-version-string-{i}", "value": value, "expect": "INVALID"})
    return out


LOCAL_CHARS = string.ascii_letters + string.digits + "._+-"


def local_part(rng: random.Random) -> str:
    while True:
        text = "".join(rng.choice(LOCAL_CHARS) for _ in range(rng.randrange(1, 20)))
        if not text.startswith(".") and not text.endswith(".") and ".." not in text:
            return text


def emails(rng: random.Random) -> list[Vector]:
    out: list[Vector] = []
    domains = [
        "exemple.fr",
        "naver.com",
        "daum.net",
        "mail.co.kr",
        "univ.ac.kr",
        "orange.fr",
        "gmail.com",
        "x.io",
    ]
    for i in range(8):
        out.append(
            {
                "id": f"email-random-{i}",
                "value": f"{local_part(rng)}@{rng.choice(domains)}",
                "expect": "VERIFIED",
            }
        )
    out += [
        {"id": "email-idn-hangul", "value": "홍길동@예시.한국", "expect": "VERIFIED"},
        {"id": "email-idn-french", "value": "élodie@café.fr", "expect": "VERIFIED"},
        {"id": "email-punycode-tld", "value": "user@xn--9n2bp8q.xn--3e0b707e", "expect": "VERIFIED"},
        {"id": "email-upper-domain", "value": "Jean.Dupont@Exemple.FR", "expect": "VERIFIED"},
        {"id": "email-test-tld", "value": f"{local_part(rng)}@site.test", "expect": "PLAUSIBLE"},
        {"id": "email-example-tld", "value": f"{local_part(rng)}@mail.example", "expect": "PLAUSIBLE"},
        {"id": "email-invalid-tld", "value": f"{local_part(rng)}@x.invalid", "expect": "PLAUSIBLE"},
        {"id": "email-localhost-tld", "value": f"{local_part(rng)}@box.localhost", "expect": "PLAUSIBLE"},
        {"id": "email-no-at", "value": "jean.dupont.exemple.fr", "expect": "INVALID"},
        {"id": "email-two-at", "value": "a@b@exemple.fr", "expect": "INVALID"},
        {"id": "email-leading-dot", "value": ".jean@exemple.fr", "expect": "INVALID"},
        {"id": "email-double-dot", "value": "jean..dupont@exemple.fr", "expect": "INVALID"},
        {"id": "email-no-dot-domain", "value": "root@localhost", "expect": "INVALID"},
        {"id": "email-numeric-tld", "value": "a@1.2.3.4", "expect": "INVALID"},
        {"id": "email-one-letter-tld", "value": "a@b.c", "expect": "INVALID"},
        {"id": "email-hyphen-label", "value": "a@-b.fr", "expect": "INVALID"},
        {"id": "email-long-label", "value": "a@" + "b" * 64 + ".fr", "expect": "INVALID"},
        {"id": "email-long-local", "value": "a" * 65 + "@exemple.fr", "expect": "INVALID"},
        {"id": "email-too-long", "value": "a@" + ".".join(["b" * 60] * 5) + ".fr", "expect": "INVALID"},
        {"id": "email-space", "value": "jean dupont@exemple.fr", "expect": "INVALID"},
        {"id": "email-quoted", "value": '"jean dupont"@exemple.fr', "expect": "INVALID"},
        {"id": "email-empty-local", "value": "@exemple.fr", "expect": "INVALID"},
    ]
    return out


def build() -> dict[str, list[Vector]]:
    rng = random.Random(SEED)
    return {"card": cards(rng), "iban": ibans(rng), "ip": ips(rng), "email": emails(rng)}


def main() -> None:
    OUT.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
