"""Build vectors.json for the French identifier tests (NIR, SIREN, SIRET).

Deterministic (``random.Random(SEED)``) and independent of ``gamyeong``: the keys and check digits are
computed here from the published rules, so the tests compare two implementations.

Run from the repository root: ``.venv/bin/python tests/identifiers/fr/make_vectors.py``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 20240601
OUT = Path(__file__).with_name("vectors.json")


def luhn_digit(body: str) -> str:
    """The digit that makes ``body + digit`` pass Luhn."""
    total = 0
    for i, char in enumerate(reversed(body)):
        digit = int(char)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return str((10 - total % 10) % 10)


def nir_key(body: str) -> str:
    department = body[5:7]
    numeric = body[:5] + {"2A": "19", "2B": "18"}.get(department, department) + body[7:]
    return f"{97 - int(numeric) % 97:02d}"


def nir(rng: random.Random, *, sex: str | None = None, month: str | None = None, dept: str | None = None) -> str:
    sex = sex or rng.choice("1212123478")  # ordinary numbers weighted up
    year = f"{rng.randrange(100):02d}"
    month = month or f"{rng.choice([*range(1, 13), *range(20, 43), *range(50, 100)]):02d}"
    dept = dept or f"{rng.randrange(1, 96):02d}"
    rest = f"{rng.randrange(1000):03d}{rng.randrange(1, 1000):03d}"
    if dept in ("97",):
        rest = str(rng.randrange(1, 9)) + rest[1:]
    body = sex + year + month + dept + rest
    return body + nir_key(body)


def wrong_key(number: str) -> str:
    key = int(number[13:])
    return number[:13] + f"{(key % 97) + 1:02d}"


def spaced_nir(number: str) -> str:
    return " ".join((number[:1], number[1:3], number[3:5], number[5:7], number[7:10], number[10:13], number[13:]))


def siren(rng: random.Random) -> str:
    body = f"{rng.randrange(1, 10**8):08d}"
    return body + luhn_digit(body)


def siret(rng: random.Random) -> str:
    body = siren(rng) + f"{rng.randrange(10**4):04d}"
    return body + luhn_digit(body)


def la_poste_siret(rng: random.Random) -> str:
    body = "356000000" + f"{rng.randrange(10**4):04d}"
    for last in "0123456789":
        if sum(map(int, body + last)) % 5 == 0 and body + last != "35600000000048":
            return body + last
    raise AssertionError("unreachable: one digit in five fits")


def bad_luhn(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def build() -> dict[str, list[dict[str, str]]]:
    rng = random.Random(SEED)
    nirs: list[dict[str, str]] = []
    for i in range(8):
        nirs.append({"id": f"nir-random-{i}", "value": nir(rng), "expect": "VERIFIED"})
    for dept in ("2A", "2B"):
        for i in range(3):
            value = nir(rng, dept=dept)
            nirs.append({"id": f"nir-corsica-{dept.lower()}-{i}", "value": value, "expect": "VERIFIED"})
    for dept in ("96", "97", "98", "99"):
        value = nir(rng, dept=dept)
        nirs.append({"id": f"nir-overseas-{dept}", "value": value, "expect": "VERIFIED"})
    for sex in "3478":
        nirs.append({"id": f"nir-provisional-sex-{sex}", "value": nir(rng, sex=sex), "expect": "VERIFIED"})
    for month in ("20", "42", "50", "99"):
        nirs.append({"id": f"nir-pseudo-month-{month}", "value": nir(rng, month=month), "expect": "VERIFIED"})
    for i in range(3):
        value = nir(rng)
        nirs.append({"id": f"nir-spaced-{i}", "value": spaced_nir(value), "expect": "VERIFIED"})
        nirs.append({"id": f"nir-wrong-key-{i}", "value": wrong_key(value), "expect": "INVALID"})
    nirs.append({"id": "nir-wrong-key-2a", "value": wrong_key(nir(rng, dept="2A")), "expect": "INVALID"})
    for month in ("00", "13", "19", "43", "49"):
        nirs.append({"id": f"nir-bad-month-{month}", "value": nir(rng, month=month), "expect": "INVALID"})
    nirs.append({"id": "nir-bad-dept-00", "value": nir(rng, dept="00"), "expect": "INVALID"})
    # 970…: the third department digit of an overseas department must be 1-8; the key is right.
    body = "1850597" + "0" + "12345"
    nirs.append({"id": "nir-bad-dept-970", "value": body + nir_key(body), "expect": "INVALID"})
    for sex in "0569":
        nirs.append({"id": f"nir-bad-sex-{sex}", "value": nir(rng, sex=sex), "expect": "INVALID"})

    sirens = [{"id": f"siren-random-{i}", "value": siren(rng), "expect": "VERIFIED"} for i in range(8)]
    sirens += [{"id": f"siren-bad-luhn-{i}", "value": bad_luhn(siren(rng)), "expect": "INVALID"} for i in range(4)]
    sirets = [{"id": f"siret-random-{i}", "value": siret(rng), "expect": "VERIFIED"} for i in range(8)]
    sirets += [{"id": f"siret-la-poste-{i}", "value": la_poste_siret(rng), "expect": "VERIFIED"} for i in range(3)]
    sirets += [{"id": f"siret-bad-luhn-{i}", "value": bad_luhn(siret(rng)), "expect": "INVALID"} for i in range(4)]
    return {"nir": nirs, "siren": sirens, "siret": sirets}


def main() -> None:
    OUT.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
