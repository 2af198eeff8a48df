"""Value factories for the challenge set: each returns an :class:`Item` (value pieces + field names + frames).

A value piece is a :class:`Val`: gold (``label`` set) or neutral (``kind`` set). Formats vary on purpose
(separators, full-width digits, international prefixes, lower case, spelled-out digits, ...).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from devset import challenge_ids as ci
from devset.challenge_lang import KEYS, NAMES, NEG_KEYS, PHRASES, ROMAN, SURN


@dataclass
class Val:
    text: str
    label: str | None = None
    kind: str | None = None
    meta: dict[str, Any] | None = None


@dataclass
class Item:
    vals: list[Val]
    keys: list[str]
    phrases: list[str]
    bare_ok: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def _gold(rng: random.Random, lang: str, label: str, text: str, *, bare_ok: bool = True, **meta: Any) -> Item:
    return Item(
        [Val(text, label, meta=meta or None)], list(KEYS[lang].get(label, [])), list(PHRASES[lang][label]), bare_ok
    )


# --- phones ----------------------------------------------------------------------------------------


def kr_mobile_text(rng: random.Random, *, hangul_ok: bool) -> str:
    a, b, c = ci.kr_mobile(rng)
    if hangul_ok and rng.random() < 0.3:
        h = lambda s: ci.hangul_digits(s, rng)  # noqa: E731
        return rng.choice(
            [
                f"{h(a)} {h(b)} {h(c)}",
                f"{h(a)}에 {h(b)}에 {h(c)}",
                f"{h(a)}-{h(b)}-{h(c)}",
                h(a + b + c),
                " ".join(h(a + b + c)),
                f"{a}에 {b}에 {c}",
                f"{h(a)} {h(b[:2])} {h(b[2:])} {h(c)}",
            ]
        )
    forms = [
        f"{a}-{b}-{c}",
        f"{a}{b}{c}",
        f"{a} {b} {c}",
        f"{a}.{b}.{c}",
        f"+82-10-{b}-{c}",
        f"+82 10 {b} {c}",
        f"0082 10 {b} {c}",
        f"+82 (0)10 {b} {c}",
        f"+8210{b}{c}",
        f"{a}-{b} {c}",
        f"{a} - {b} - {c}",
        ci.fullwidth(f"{a}-{b}-{c}"),
    ]
    return rng.choice(forms)


def kr_landline_text(rng: random.Random) -> str:
    a, b, c = ci.kr_landline(rng)
    return rng.choice(
        [f"{a}-{b}-{c}", f"{a}){b}-{c}", f"({a}) {b}-{c}", f"+82-{a[1:]}-{b}-{c}", f"{a}{b}{c}", f"{a} {b} {c}"]
    )


def fr_phone_text(rng: random.Random, *, intl_only: bool = False) -> str:
    d = ci.make_fr_mobile(rng) if rng.random() < 0.7 else ci.make_fr_landline(rng)
    n = "0" + d
    pairs = [n[i : i + 2] for i in range(0, 10, 2)]
    rest = [d[i : i + 2] for i in range(1, 9, 2)]
    if intl_only:  # a French number quoted abroad carries its country code
        return rng.choice([f"+33 {d[0]} " + " ".join(rest), f"+33 (0){d[0]} " + " ".join(rest), f"+33{d}"])
    return rng.choice(
        [
            " ".join(pairs),
            ".".join(pairs),
            n,
            "-".join(pairs),
            f"+33 {d[0]} " + " ".join(rest),
            f"+33 (0){d[0]} " + " ".join(rest),
            f"0033 {d[0]} " + " ".join(rest),
            f"+33{d}",
            " ".join(pairs[:1]) + " " + "".join(pairs[1:]),
        ]
    )


def us_phone_text(rng: random.Random) -> str:
    a, b, c = ci.make_us_phone(rng)
    return rng.choice(
        [
            f"({a}) {b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}.{b}.{c}",
            f"+1-{a}-{b}-{c}",
            f"+1 ({a}) {b}-{c}",
            f"+1{a}{b}{c}",
            f"{a} {b} {c}",
        ]
    )


def uk_phone_text(rng: random.Random) -> str:
    x = f"{rng.randrange(100, 1000)}{rng.randrange(100000, 1000000)}"
    return rng.choice(
        [
            f"07{x[:3]} {x[3:]}",
            f"+44 7{x[:3]} {x[3:]}",
            f"+44 (0)7{x[:3]} {x[3:]}",
            f"+44 (0)20 7946 0{x[:3]}",
            f"020 7946 0{x[-3:]}",
        ]
    )


def phone(rng: random.Random, lang: str) -> Item:
    r = rng.random()
    if lang == "ko":
        text = (
            kr_mobile_text(rng, hangul_ok=True)
            if r < 0.7
            else kr_landline_text(rng)
            if r < 0.9
            else (us_phone_text(rng) if r < 0.95 else fr_phone_text(rng, intl_only=True))
        )
    elif lang == "fr":
        text = (
            fr_phone_text(rng)
            if r < 0.8
            else kr_mobile_text(rng, hangul_ok=False)
            if r < 0.88
            else (us_phone_text(rng) if r < 0.94 else uk_phone_text(rng))
        )
    else:
        text = (
            us_phone_text(rng)
            if r < 0.55
            else uk_phone_text(rng)
            if r < 0.75
            else (kr_mobile_text(rng, hangul_ok=False) if r < 0.92 else fr_phone_text(rng, intl_only=True))
        )
    return _gold(rng, lang, "PHONE", text)


def valid_phone(text: str) -> bool:
    d = "".join(c for c in ci.unhangul(ci.ascii_digits(text)) if c.isdigit())
    if text.strip().startswith(("+", "00")):
        d = d.removeprefix("00")
        for cc in ("82", "33", "44"):
            if d.startswith(cc):
                d = d[2:]
                d = d if d.startswith("0") else "0" + d
                break
        else:
            if d.startswith("1"):
                d = d[1:]
    if len(d) == 10 and d[:3] in ci.US_AREA_CODES:
        return True
    checks = (
        r"010\d{8}",
        r"02\d{7,8}",
        r"0(3[1-3]|4[1-4]|5[1-5]|6[1-4])\d{7}",
        r"0[1-7]\d{8}",
        r"07\d{9}",
        r"020\d{8}",
    )
    import re

    return any(re.fullmatch(p, d) for p in checks)


# --- e-mail, URL, IP -------------------------------------------------------------------------------

DOMAINS = {
    "ko": [
        "naver.com",
        "daum.net",
        "hanmail.net",
        "kakao.com",
        "gmail.com",
        "mail.snu.ac.kr",
        "cs.kaist.ac.kr",
        "korea.kr",
        "nate.com",
    ],
    "fr": [
        "orange.fr",
        "free.fr",
        "laposte.net",
        "gmail.com",
        "wanadoo.fr",
        "etu.univ-lyon1.fr",
        "sfr.fr",
        "ac-versailles.fr",
        "yahoo.fr",
    ],
    "en": [
        "gmail.com",
        "outlook.com",
        "yahoo.co.uk",
        "eng.acme-corp.com",
        "alumni.stanford.edu",
        "proton.me",
        "icloud.com",
        "hotmail.co.uk",
    ],
}


def username(rng: random.Random) -> tuple[str, str]:
    return rng.choice(ROMAN), rng.choice(SURN)


def email(rng: random.Random, lang: str) -> Item:
    first, last = username(rng)
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{rng.randrange(70, 100)}",
            f"{first}_{last}{rng.randrange(1, 10)}",
            f"{first}+{rng.choice(['shop', 'news', 'work', 'bank', 'kr'])}",
            f"{first[0]}{last}",
            f"{last}.{first}-2",
        ]
    ).replace("..", ".")
    addr = f"{local}@{rng.choice(DOMAINS[lang])}"
    r = rng.random()
    if r < 0.08:
        addr = addr.upper()
    elif r < 0.13:
        user, dom = addr.split("@")
        addr = rng.choice([f"{user} [at] {dom.replace('.', ' [dot] ')}", f"{user}(at){dom}", f"{user} @ {dom}"])
    return _gold(rng, lang, "EMAIL", addr)


def profile_url(rng: random.Random, lang: str) -> Item:
    first, last = username(rng)
    u = f"{first.replace('.', '')}{last}{rng.randrange(10, 99)}"
    options = [
        f"https://github.com/{u}",
        f"https://www.linkedin.com/in/{first.replace('.', '')}-{last}-{rng.getrandbits(32):08x}/",
        f"https://www.instagram.com/{u}/?hl={lang}",
        f"https://m.facebook.com/profile.php?id=1000{rng.randrange(10**10, 10**11)}",
        f"https://twitter.com/{u}?s=21&t=AbC{rng.randrange(1000)}",
        f"https://{u}.github.io/cv/",
        f"https://linktr.ee/{u}",
        f"www.linkedin.com/in/{u}",
        f"https://www.linkedin.com/in/{u}?utm_source=share&utm_campaign=share_via&utm_medium=ios_app",
    ]
    if lang == "ko":
        options += [f"https://blog.naver.com/{u}", f"https://{u}.tistory.com/", f"https://velog.io/@{u}/posts"]
    return _gold(rng, lang, "URL", rng.choice(options))


def ip(rng: random.Random, lang: str) -> Item:
    addr = ci.make_ipv4(rng) if rng.random() < 0.65 else ci.make_ipv6(rng)
    return _gold(rng, lang, "IP_ADDRESS", addr)


# --- Korean identifiers ----------------------------------------------------------------------------

SPLIT_RRN = {
    "ko": [
        "생년월일 6자리 {0}, 뒤 7자리 {1}",
        "앞자리는 {0}~고 뒷자리는 {1}~요",
        "주민번호 앞 {0} 뒤 {1}",
        "생년월일은 {0}~고요, 주민번호 뒷자리 {1} 입니다",
        "주민등록번호 앞6자리: {0} / 뒷7자리: {1}",
        "앞번호 {0}\n뒷번호 {1}",
        "{0}~에 뒤는 {1}",
    ],
    "ko-frn": [
        "외국인등록번호 앞자리 {0}, 뒷자리 {1}",
        "등록증 번호 앞 6자리는 {0}~고 뒤 7자리는 {1}~예요",
        "외국인등록번호: {0} / {1}",
    ],
    "en": ["RRN first half {0}, second half {1}", "front 6 digits {0} / back 7 digits {1}"],
    "fr": ["les 6 premiers chiffres {0}, les 7 derniers {1}"],
}


def rrn_text(rng: random.Random, d: str) -> str:
    f, b = d[:6], d[6:]
    return rng.choice(
        [
            f"{f}-{b}",
            f"{f}-{b}",
            f + b,
            f"{f} - {b}",
            f"{f} – {b}",
            f"{f}‐{b}",
            ci.fullwidth(f"{f}-{b}"),
            f"{f} {b}",
            ci.fullwidth(f + b),
        ]
    )


def rrn(rng: random.Random, lang: str, *, foreign: bool = False) -> Item:
    label = "KR_FRN" if foreign else "KR_RRN"
    post = not foreign and rng.random() < 0.25
    d = ci.make_rrn(rng, foreign=foreign, post2020=post)
    meta = {"check": "post2020"} if post else {}
    frames = SPLIT_RRN["ko-frn" if foreign and lang == "ko" else lang]
    if rng.random() < 0.3:
        vals = [
            Val(d[:6], label, meta={**meta, "half": "front"}),
            Val(d[6:], label, meta={**meta, "half": "back"}),
        ]
        return Item(vals, [], list(frames), bare_ok=False)
    return _gold(rng, lang, label, rrn_text(rng, d), **meta)


def kr_passport(rng: random.Random, lang: str) -> Item:
    return _gold(rng, lang, "KR_PASSPORT", ci.make_kr_passport(rng), bare_ok=False)


def kr_licence(rng: random.Random, lang: str) -> Item:
    region, d = ci.make_kr_licence(rng)
    dashed = f"{d[:2]}-{d[2:4]}-{d[4:10]}-{d[10:]}"
    text = rng.choice(
        [
            dashed,
            dashed,
            d,
            f"{d[:2]} {d[2:4]} {d[4:10]} {d[10:]}",
            f"{region} {d[2:4]}-{d[4:10]}-{d[10:]}",
            f"{region}{d[2:4]}-{d[4:10]}-{d[10:]}",
        ]
    )
    return _gold(rng, lang, "KR_DRIVER_LICENSE", text, bare_ok="-" in text)


def valid_licence(text: str) -> bool:
    import re

    for region, code in ci.KR_LICENCE_REGIONS.items():
        if text.startswith(region) and not text[len(region) :].lstrip()[:1].isalpha():
            text = f"{code:02d}" + text[len(region) :]
            break
    d = ci.digits_only(text)
    return len(d) == 12 and 11 <= int(d[:2]) <= 28 and bool(re.fullmatch(r"[\d\s-]+", text))


def kr_brn(rng: random.Random, lang: str) -> Item:
    b = ci.make_brn(rng)
    text = rng.choice([b, b, b.replace("-", ""), b.replace("-", " ")])
    return _gold(rng, lang, "KR_BRN", text, bare_ok=False)


KR_BANKS = {  # bank: digit groups
    "국민": (6, 2, 6),
    "신한": (3, 3, 6),
    "우리": (4, 3, 6),
    "하나": (3, 6, 5),
    "농협": (3, 4, 4, 2),
    "카카오뱅크": (4, 2, 7),
    "카뱅": (4, 2, 7),
    "기업": (3, 6, 2, 3),
    "토스뱅크": (4, 4, 4),
    "새마을금고": (4, 4, 4, 1),
}


def bank_account(rng: random.Random, lang: str) -> Item:
    if lang == "ko" or (lang == "en" and rng.random() < 0.25):
        bank = rng.choice(sorted(KR_BANKS))
        sizes = KR_BANKS[bank]
        d = "".join(ci._digits(rng, n) for n in sizes)
        if bank.startswith("카"):
            d = "3333" + d[4:]
        text = ci.group(d, sizes, "-") if rng.random() < 0.8 else d
        if lang == "en":
            return Item(
                [Val(text, "BANK_ACCOUNT")],
                [f"{bank} Bank acct", "Korean account"],
                [f"send KRW to {{0}} ({bank})", "my Korean bank account {0}"],
                bare_ok=False,
            )
        name = rng.choice(NAMES["ko"])
        keys = [f"{bank}", f"계좌({bank})", f"{bank}은행", f"입금계좌 {bank}"]
        phrases = [
            f"{bank} {{0}} {name}~로 보내주세요",
            f"{bank} {{0}} 예금주 {name}",
            f"{{0}} ({bank})~로 환불 부탁드려요",
            f"{bank}은행 {{0}}~로 입금 부탁",
            f"계좌번호 {{0}} {bank}",
            *PHRASES["ko"]["BANK_ACCOUNT"],
        ]
        return Item([Val(text, "BANK_ACCOUNT")], keys + KEYS["ko"]["BANK_ACCOUNT"][:3], phrases, bare_ok=False)
    if lang == "fr":
        bank, branch, account, key = ci.make_fr_rib(rng)
        if rng.random() < 0.5:
            return Item(
                [Val(f"{bank} {branch} {account} {key}", "BANK_ACCOUNT")],
                list(KEYS["fr"]["BANK_ACCOUNT"]),
                list(PHRASES["fr"]["BANK_ACCOUNT"]),
                bare_ok=False,
            )
        return Item(
            [Val(bank, kind="routing"), Val(branch, kind="routing"), Val(account, "BANK_ACCOUNT")],
            [],
            [
                f"code banque {{0}} / code guichet {{1}} / n° de compte {{2}} / clé {key}",
                f"Banque : {{0}}\nGuichet : {{1}}\nCompte : {{2}}\nClé RIB : {key}",
            ],
            bare_ok=False,
        )
    acct = ci._digits(rng, rng.choice((8, 10, 12)))
    if rng.random() < 0.5:
        sort = f"{rng.randrange(10, 100)}-{rng.randrange(100):02d}-{rng.randrange(100):02d}"
        acct = acct[:8]
        return Item(
            [Val(sort, kind="routing"), Val(acct, "BANK_ACCOUNT")],
            [],
            ["sort code {0}, account {1}", "Sort: {0} | Acc: {1}", "{0} / {1} (Monzo)"],
            bare_ok=False,
        )
    return Item(
        [Val(ci.make_aba(rng), kind="routing"), Val(acct, "BANK_ACCOUNT")],
        [],
        ["routing {0}, acct # {1}", "ABA {0}\nAccount {1}", "RTN: {0} Checking: {1}"],
        bare_ok=False,
    )


def card(rng: random.Random, lang: str) -> Item:
    brands = {
        "ko": ["visa", "mastercard", "bc", "amex", "jcb", "unionpay"],
        "fr": ["visa", "visa", "mastercard", "amex"],
        "en": ["visa", "mastercard", "amex", "discover", "jcb"],
    }[lang]
    brand = rng.choice(brands)
    d = ci.make_card(rng, brand)
    if brand == "amex":
        text = rng.choice([f"{d[:4]} {d[4:10]} {d[10:]}", f"{d[:4]}-{d[4:10]}-{d[10:]}", d])
    else:
        text = rng.choice(
            [
                ci.group(d, (4, 4, 4, 4), " "),
                ci.group(d, (4, 4, 4, 4), "-"),
                d,
                ci.group(d, (4, 4, 4, 4), "  "),
                ci.group(d, (4, 4, 4, 4), "."),
            ]
        )
    return _gold(rng, lang, "CREDIT_CARD", text)


def iban(rng: random.Random, lang: str) -> Item:
    pool = {
        "ko": ["DE", "GB", "FR"],
        "fr": ["FR", "FR", "FR", "MC", "BE", "DE", "ES", "IT", "LU", "CH"],
        "en": ["GB", "DE", "NL", "FR", "ES", "IT", "CH"],
    }[lang]
    s = ci.make_iban(rng, rng.choice(pool))
    spaced = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    text = rng.choice([spaced, spaced, s, s.lower(), spaced.lower(), spaced.replace(" ", "-")])
    return _gold(rng, lang, "IBAN", text)


def nir(rng: random.Random, lang: str) -> Item:
    n = ci.make_nir(rng)
    r = rng.random()
    if r < 0.35:
        text = ci.nir_spaced(n)
    elif r < 0.6:
        text = n
    elif r < 0.72:
        text = n[:13]
    elif r < 0.84:
        text = ci.nir_spaced(n)[:-3] + " - " + n[13:]
    else:
        text = ci.nir_spaced(n)[:-3]  # without the key
    return _gold(rng, lang, "FR_NIR", text, bare_ok=len(text.replace(" ", "")) >= 15)


def passport(rng: random.Random, lang: str) -> Item:
    if lang == "fr" or (lang != "fr" and rng.random() < 0.2):
        num = ci.make_fr_passport(rng)
        keys = {
            "fr": ["Passeport", "N° passeport", "PASSEPORT", "Passeport n°"],
            "en": ["French passport"],
            "ko": ["프랑스 여권번호"],
        }[lang]
        phrases = {
            "fr": [
                "passeport n° {0} délivré en 2019",
                "mon passeport ({0}) expire bientôt",
                "voyage sous le passeport {0}",
            ],
            "en": ["her French passport is {0}"],
            "ko": ["프랑스 여권 {0}~로 입국했어요"],
        }[lang]
    else:
        num = rng.choice([f"{rng.randrange(10**8, 10**9)}", f"{rng.choice('ACEFH')}{rng.randrange(10**8):08d}"])
        keys = {
            "en": ["Passport", "Passport #", "PASSPORT NO.", "US passport", "Passport no"],
            "ko": ["미국 여권번호", "여권번호(외국)", "Passport No."],
        }[lang]
        phrases = {
            "en": ["passport number {0}", "travelling on passport {0}", "my passport ({0}) expires in May", "pp# {0}"],
            "ko": ["미국 여권 번호는 {0}~예요", "외국 여권 {0} 사본 첨부"],
        }[lang]
    return Item([Val(num, "PASSPORT")], keys, phrases, bare_ok=False)


def plate(rng: random.Random, lang: str) -> Item:
    r = rng.random()
    if lang == "ko" or (lang != "ko" and r < 0.1):
        h, letter, d = ci.make_kr_plate(rng)
        region = rng.choice(ci.KR_REGIONS_PLATE)
        text = rng.choice(
            [
                f"{h}{letter}{d}",
                f"{h}{letter} {d}",
                f"{h} {letter} {d}",
                f"{region}{h[-2:]}{letter}{d}",
                f"{region} {h[-2:]}{letter} {d}",
                f"{h}{letter}{d}",
            ]
        )
    elif lang == "fr" or r < 0.2:
        a, n, b = ci.fr_plate(rng)
        text = rng.choice([f"{a}-{n}-{b}", f"{a}-{n}-{b}", f"{a} {n} {b}", f"{a}{n}{b}", f"{a}-{n}-{b}".lower()])
    else:
        letters = "ABCDEFGHJKLMNOPRSTUVWXY"
        text = (
            rng.choice(letters)
            + rng.choice(letters)
            + f"{rng.randrange(2, 25):02d} "
            + "".join(rng.choice(letters) for _ in range(3))
        )
    return _gold(rng, lang, "VEHICLE_PLATE", text, bare_ok=lang != "en" and ("-" in text or lang == "ko"))


def other_id(rng: random.Random, lang: str) -> Item:
    r = rng.randrange(6)
    if lang == "ko":
        value, keys, phrases = [
            (
                f"20{rng.randrange(15, 25)}{rng.randrange(10**5, 10**6)}",
                ["학번", "학번(10자리)"],
                ["학번 {0}~고 휴학 중이에요", "제 학번이 {0}~예요"],
            ),
            (
                rng.choice([f"E{rng.randrange(10000, 99999)}", f"20{rng.randrange(10, 25)}-{rng.randrange(1000):04d}"]),
                ["사번", "직원번호", "사원 No."],
                ["사번 {0}~로 조회해 주세요", "직원번호는 {0}"],
            ),
            (f"M-{rng.randrange(10**7, 10**8)}", ["회원번호", "멤버십 번호"], ["회원번호 {0}~로 적립해 주세요"]),
            (
                f"{rng.randrange(10**7, 10**8)}",
                ["환자번호", "병록번호", "등록번호(병원)"],
                ["환자번호 {0} 진료 예약 변경"],
            ),
            (
                f"2024-{rng.randrange(10, 99)}-{rng.randrange(10**5, 10**6)}",
                ["수험번호"],
                ["수험번호 {0}~로 확인했어요"],
            ),
            (f"{rng.randrange(10, 25)}-{rng.randrange(10**7, 10**8)}", ["군번"], ["군번 {0} 전역 예정"]),
        ][r]
    elif lang == "fr":
        value, keys, phrases = [
            (
                f"{rng.randrange(4)}{rng.randrange(10**11, 10**12)}"[:13],
                ["N° fiscal", "Numéro fiscal", "SPI"],
                ["mon numéro fiscal est {0}", "numéro fiscal de référence : {0}"],
            ),
            (f"ADH-2024-{rng.randrange(10**4, 10**5)}", ["N° adhérent", "Adhérent"], ["adhérent n° {0}"]),
            (f"{rng.randrange(10**6, 10**7)}", ["N° allocataire", "N° CAF"], ["allocataire CAF n° {0}"]),
            (
                f"{rng.randrange(10**6, 10**7)}{rng.choice('ABCDEFGHJK')}",
                ["Identifiant France Travail"],
                ["identifiant France Travail {0}"],
            ),
            (
                f"{rng.randrange(10**11, 10**12)}",
                ["N° de permis", "Permis de conduire n°"],
                ["permis de conduire n° {0}"],
            ),
            (
                f"{rng.randrange(10**9, 10**10)}{rng.choice('ABCDEFGHJK')}",
                ["INE", "N° étudiant"],
                ["numéro étudiant (INE) {0}"],
            ),
        ][r]
    else:
        ssn = ci.make_ssn(rng)
        value, keys, phrases = [
            (
                rng.choice([ssn, ssn, ssn.replace("-", " "), ssn.replace("-", "")]),
                ["SSN", "Social Security #", "SS#"],
                ["my SSN is {0}", "social {0}", "SSN: {0} (don't share)"],
            ),
            (ci.make_nino(rng), ["NI number", "NINO", "Nat. Insurance no."], ["NI no. {0}", "my NINO is {0}"]),
            (f"MRN{rng.randrange(10**6, 10**7)}", ["MRN", "Patient ID"], ["patient MRN {0}"]),
            (
                f"{rng.choice('ABDFGN')}{rng.randrange(10**6, 10**7)}",
                ["DL#", "Driver's license", "DL no."],
                ["CA driver license {0}", "DL {0} exp 2027"],
            ),
            (f"U{rng.randrange(10**7, 10**8)}", ["Student ID", "Student no."], ["student ID {0}"]),
            (f"EMP-{rng.randrange(10**4, 10**5)}", ["Employee ID", "Emp #"], ["employee id {0}"]),
        ][r]
    return Item([Val(value, "OTHER_ID", meta={"sub": keys[0]})], keys, phrases, bare_ok=False)


FACTORIES: dict[str, Callable[[random.Random, str], Item]] = {
    "PHONE": phone,
    "EMAIL": email,
    "URL": profile_url,
    "IP_ADDRESS": ip,
    "KR_RRN": rrn,
    "KR_FRN": lambda rng, lang: rrn(rng, lang, foreign=True),
    "KR_PASSPORT": kr_passport,
    "KR_DRIVER_LICENSE": kr_licence,
    "KR_BRN": kr_brn,
    "BANK_ACCOUNT": bank_account,
    "CREDIT_CARD": card,
    "IBAN": iban,
    "FR_NIR": nir,
    "PASSPORT": passport,
    "VEHICLE_PLATE": plate,
    "OTHER_ID": other_id,
}

LABEL_WEIGHTS: dict[str, dict[str, int]] = {
    "ko": {
        "PHONE": 20,
        "EMAIL": 8,
        "URL": 4,
        "IP_ADDRESS": 5,
        "KR_RRN": 14,
        "KR_FRN": 5,
        "KR_PASSPORT": 5,
        "KR_DRIVER_LICENSE": 5,
        "KR_BRN": 5,
        "BANK_ACCOUNT": 8,
        "CREDIT_CARD": 6,
        "IBAN": 1,
        "PASSPORT": 2,
        "VEHICLE_PLATE": 6,
        "OTHER_ID": 6,
    },
    "fr": {
        "PHONE": 20,
        "EMAIL": 10,
        "URL": 4,
        "IP_ADDRESS": 5,
        "FR_NIR": 12,
        "IBAN": 10,
        "BANK_ACCOUNT": 3,
        "CREDIT_CARD": 7,
        "PASSPORT": 5,
        "VEHICLE_PLATE": 7,
        "OTHER_ID": 6,
        "KR_FRN": 1,
        "KR_PASSPORT": 1,
    },
    "en": {
        "PHONE": 20,
        "EMAIL": 10,
        "URL": 5,
        "IP_ADDRESS": 8,
        "CREDIT_CARD": 8,
        "IBAN": 4,
        "BANK_ACCOUNT": 5,
        "PASSPORT": 6,
        "VEHICLE_PLATE": 4,
        "OTHER_ID": 10,
        "KR_FRN": 3,
        "KR_RRN": 1,
        "KR_PASSPORT": 2,
        "KR_DRIVER_LICENSE": 1,
        "FR_NIR": 1,
    },
}


def pick_label(rng: random.Random, lang: str) -> str:
    w = LABEL_WEIGHTS[lang]
    return rng.choices(list(w), weights=list(w.values()))[0]


def gold_item(rng: random.Random, lang: str, label: str | None = None) -> Item:
    return FACTORIES[label or pick_label(rng, lang)](rng, lang)


# --- hard negatives --------------------------------------------------------------------------------

COMPANIES = {
    "ko": ["(주)한빛소프트", "㈜다온물산", "주식회사 새벽유통", "(주)누리테크"],
    "fr": ["Boulangerie Martin SAS", "Transports Lefort SARL", "Atelier Nova SA"],
    "en": ["Brightline Ltd", "Harbor Analytics Inc.", "Copper & Pine LLC"],
}


def neg_value(rng: random.Random, lang: str, kind: str) -> str:
    d = ci._digits
    if kind == "ean13":
        return ci.make_ean13(rng, birthlike=rng.random() < 0.5)
    if kind == "isbn":
        return ci.make_isbn13(rng)
    if kind == "version":
        return rng.choice(
            [
                f"v{rng.randrange(1, 9)}.{rng.randrange(30)}.{rng.randrange(20)}",
                f"10.0.{rng.choice((19041, 19045, 22621, 22631))}.{rng.randrange(1000, 4000)}",
                f"{rng.randrange(1, 5)}.{rng.randrange(10)}.{rng.randrange(1, 30)}.{rng.randrange(1, 200)}",
                f"124.0.{rng.randrange(6000, 7000)}.{rng.randrange(10, 200)}",
            ]
        )
    if kind == "order":
        return rng.choice(
            [
                f"2024{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}-{d(rng, 7)}",
                f"ORD-2024-{d(rng, 4)}-{d(rng, 4)}",
                f"{d(rng, 3)}-{d(rng, 7)}-{d(rng, 7)}",
                f"CMD{d(rng, 9)}",
            ]
        )
    if kind == "tracking":
        return rng.choice(
            [
                f"{d(rng, 4)}-{d(rng, 4)}-{d(rng, 4)}",
                f"60{d(rng, 11)}",
                f"1Z{rng.getrandbits(64):016X}",
                f"6A{d(rng, 11)}",
                f"9400 {d(rng, 4)} {d(rng, 4)} {d(rng, 4)} {d(rng, 4)} {d(rng, 2)}",
            ]
        )
    if kind == "invoice":
        return rng.choice([f"F2024-{d(rng, 5)}", f"INV-{d(rng, 6)}", f"2024-{rng.randrange(1, 13):02d}-{d(rng, 4)}"])
    if kind == "price":
        return {
            "ko": rng.choice(
                [
                    f"{rng.randrange(1000, 10**6):,}원",
                    f"{rng.randrange(10**8, 10**10)}원",
                    f"₩{rng.randrange(1000, 10**7):,}",
                ]
            ),
            "fr": rng.choice(
                [
                    f"{rng.randrange(10, 10000):,}".replace(",", " ") + f",{rng.randrange(100):02d} €",
                    f"€ {rng.randrange(100, 99999)}",
                    f"{rng.randrange(10**6, 10**8)} EUR",
                ]
            ),
            "en": rng.choice(
                [
                    f"${rng.randrange(10, 10**6):,}.{rng.randrange(100):02d}",
                    f"£{rng.randrange(10, 9999)}",
                    f"USD {rng.randrange(10**6, 10**9)}",
                ]
            ),
        }[lang]
    if kind == "date":
        m, day = rng.randrange(1, 13), rng.randrange(1, 29)
        return rng.choice(
            [
                f"2025-{m:02d}-{day:02d}",
                f"2025.{m:02d}.{day:02d}",
                f"{day:02d}/{m:02d}/2025",
                f"2025년 {m}월 {day}일" if lang == "ko" else f"{day:02d}.{m:02d}.2025",
            ]
        )
    if kind == "time":
        return rng.choice(
            [
                f"{rng.randrange(24):02d}:{rng.randrange(60):02d}",
                f"오후 {rng.randrange(1, 12)}:{rng.randrange(60):02d}"
                if lang == "ko"
                else f"{rng.randrange(8, 20)}h{rng.randrange(60):02d}",
            ]
        )
    if kind == "timestamp":
        return rng.choice(
            [
                f"2025-0{rng.randrange(1, 10)}-1{rng.randrange(10)}T0{rng.randrange(10)}:{rng.randrange(10, 60)}"
                f":{rng.randrange(10, 60)}Z",
                f"2025-0{rng.randrange(1, 10)}-2{rng.randrange(9)} 1{rng.randrange(10)}:{rng.randrange(10, 60)}:"
                f"{rng.randrange(10, 60)},{d(rng, 3)}",
                f"{rng.randrange(10, 29)}/May/2025:0{rng.randrange(10)}:{rng.randrange(10, 60)}:"
                f"{rng.randrange(10, 60)} +0900",
            ]
        )
    if kind == "hotline":
        return {
            "ko": rng.choice(
                [
                    f"1588-{d(rng, 4)}",
                    f"1577-{d(rng, 4)}",
                    f"1644-{d(rng, 4)}",
                    f"080-{rng.randrange(200, 999)}-{d(rng, 4)}",
                    f"1544{d(rng, 4)}",
                ]
            ),
            "fr": rng.choice(
                [
                    "3646",
                    "3939",
                    f"0 800 {d(rng, 3)} {d(rng, 3)}",
                    f"09 69 {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}",
                    f"0 805 {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}",
                ]
            ),
            "en": rng.choice(
                [
                    f"1-800-{rng.randrange(200, 999)}-{d(rng, 4)}",
                    f"1 (888) {rng.randrange(200, 999)}-{d(rng, 4)}",
                    f"0800 {d(rng, 3)} {d(rng, 4)}",
                    f"1-877-{rng.randrange(200, 999)}-{d(rng, 4)}",
                ]
            ),
        }[lang]
    if kind == "company_id":
        if lang == "ko":
            return ci.make_brn(rng, company=True)
        if lang == "fr":
            siren, siret = ci.make_siret(rng)
            return rng.choice(
                [f"{siren[:3]} {siren[3:6]} {siren[6:]}", siret, f"{siren[:3]} {siren[3:6]} {siren[6:]} {siret[9:]}"]
            )
        return rng.choice([f"{rng.randrange(10, 99)}-{d(rng, 7)}", f"0{d(rng, 7)}"])
    if kind == "postal":
        return {
            "ko": f"{rng.randrange(1000, 63999):05d}",
            "fr": f"{rng.randrange(1, 96):02d}{d(rng, 3)}",
            "en": rng.choice([f"{rng.randrange(10000, 99999)}", "SW1A 2AA", "EC1V 9HX"]),
        }[lang]
    if kind == "quantity":
        return {
            "ko": f"{rng.randrange(100, 99999):,}개",
            "fr": f"{rng.randrange(1000, 99999):,}".replace(",", " ") + " pièces",
            "en": f"{rng.randrange(1000, 99999):,} units",
        }[lang]
    if kind == "coordinates":
        return rng.choice(
            [
                "37.5665, 126.9780",
                "35.1796, 129.0756",
                "48.8566, 2.3522",
                "43.2965, 5.3698",
                "40.7128, -74.0060",
                "51.5072, -0.1276",
                f"37.{d(rng, 4)}, 127.{d(rng, 4)}",
            ]
        )
    if kind == "serial":
        return rng.choice(
            [
                f"0{d(rng, 3)}-{d(rng, 4)}-{d(rng, 4)}",
                f"SN{d(rng, 12)}",
                f"01{d(rng, 10)}-K",
                f"{d(rng, 2)}-{d(rng, 4)}-{d(rng, 4)}-{d(rng, 2)}",
            ]
        )
    if kind == "routing":  # keys follow the value (neg_item)
        if lang == "en" and rng.random() < 0.6:
            return ci.make_aba(rng) if rng.random() < 0.5 else f"{d(rng, 2)}-{d(rng, 2)}-{d(rng, 2)}"
        return rng.choice(["BNPAFRPPXXX", "KOEXKRSE", "SHBKKRSE", "CHASUS33", "AGRIFRPP882", "HNBNKRSE"])
    if kind == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if kind == "git":
        h = f"{rng.getrandbits(160):040x}"
        return h if rng.random() < 0.4 else h[:7]
    if kind == "colour":
        return f"#{rng.getrandbits(24):06x}"
    if kind == "filesize":
        return rng.choice(
            [
                f"{rng.randrange(10**5, 10**9):,} bytes",
                f"{rng.randrange(1, 99)}.{rng.randrange(10)} GB",
                f"{rng.randrange(100, 999)} Ko",
                f"{rng.randrange(1, 999)}MB",
            ]
        )
    if kind == "line":
        return f"{rng.randrange(10, 20000)}"
    if kind == "approval":
        return f"{rng.randrange(10**7, 10**8)}"
    if kind == "case":
        return {
            "ko": f"2024{rng.choice('가나고')}{rng.choice(['단', '합', '소'])}{rng.randrange(1000, 999999)}",
            "fr": f"{rng.randrange(18, 25)}/{d(rng, 5)}",
            "en": f"CV-2024-{d(rng, 6)}",
        }[lang]
    raise ValueError(kind)


NEG_KINDS = (
    "ean13",
    "isbn",
    "version",
    "order",
    "tracking",
    "invoice",
    "price",
    "date",
    "time",
    "timestamp",
    "hotline",
    "company_id",
    "postal",
    "quantity",
    "coordinates",
    "serial",
    "routing",
    "uuid",
    "git",
    "colour",
    "filesize",
    "line",
    "approval",
    "case",
)

NEG_PHRASES: dict[str, dict[str, list[str]]] = {
    "ko": {
        "hotline": ["문의는 고객센터 {0}~로", "{0} (평일 9시~18시)"],
        "price": ["총 {0} 결제됐어요", "{0} 입금 확인"],
        "coordinates": ["위치 {0} 근처"],
        "company_id": ["{co} 사업자등록번호 {0}", "{co} ({0})"],
        "approval": ["승인번호 {0} 확인"],
        "tracking": ["송장 {0}~로 조회돼요"],
        "case": ["사건 {0} 관련 서류"],
        "version": ["앱 {0}~로 업데이트 후 오류"],
        "date": ["{0}에 방문 예정"],
    },
    "fr": {
        "hotline": ["appelez le service client au {0}", "{0} (service gratuit + prix appel)"],
        "price": ["montant réglé : {0}"],
        "company_id": ["{co}, SIRET/SIREN {0}"],
        "date": ["RDV le {0}"],
        "version": ["depuis la mise à jour {0}"],
        "tracking": ["colis suivi sous le n° {0}"],
    },
    "en": {
        "hotline": ["call support at {0}", "{0} (toll-free)"],
        "price": ["total charged {0}"],
        "company_id": ["{co}, company no. {0}"],
        "date": ["appointment on {0}"],
        "version": ["after updating to {0}"],
        "tracking": ["tracking {0} shows delivered"],
    },
}


def neg_item(rng: random.Random, lang: str, kind: str | None = None) -> Item:
    kind = kind or rng.choice(NEG_KINDS)
    text = neg_value(rng, lang, kind)
    keys = list(NEG_KEYS[lang][kind])
    phrases = list(NEG_PHRASES[lang].get(kind, []))
    co = rng.choice(COMPANIES[lang])
    if kind == "routing":
        keys = (["Routing", "ABA"] if text.isdigit() else ["Sort code"]) if text[0].isdigit() else ["SWIFT", "BIC"]
    if kind == "company_id":
        keys = [f"{co} {k}" for k in keys]
        phrases = [p.replace("{co}", co) for p in phrases]
    phrases += [f"{k} {{0}}" for k in keys]
    bare = kind in ("timestamp", "uuid", "coordinates", "price", "date", "time", "git", "filesize")
    return Item([Val(text, kind=kind)], keys, phrases, bare_ok=bare)
