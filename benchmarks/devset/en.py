"""English facts (US and UK), hard negatives and framings (chat, transcript, form, letter)."""

from __future__ import annotations

import random

from . import ids
from . import latin_forms as lf
from . import tables as t
from .segs import N, P, Seg, fill, pick


def name(rng: random.Random) -> str:
    return f"{pick(rng, t.EN_FIRST)} {pick(rng, t.EN_LAST)}"


def phone(rng: random.Random) -> str:
    if rng.random() < 0.65:
        area = pick(rng, t.US_CITIES)[3]
        exch = pick(rng, [e for e in range(201, 990) if e % 100 != 11 and e != 555][::7])
        line = ids.rand_digits(rng, 4)
        return pick(
            rng,
            [
                f"({area}) {exch}-{line}",
                f"{area}-{exch}-{line}",
                f"+1 {area} {exch} {line}",
                f"{area}.{exch}.{line}",
                f"+1 ({area}) {exch}-{line}",
            ],
        )
    mob = f"7{rng.randrange(400, 1000)}"
    rest = ids.rand_digits(rng, 6)
    return pick(
        rng,
        [
            f"+44 {mob} {rest}",
            f"0{mob} {rest}",
            f"+44 20 7{ids.rand_digits(rng, 3)} {ids.rand_digits(rng, 4)}",
            f"0{mob} {rest[:3]} {rest[3:]}",
        ],
    )


def f_name(rng: random.Random, style: str) -> list[Seg]:
    p = P(name(rng), "PERSON")
    if style == "form":
        return fill(pick(rng, ["Full name: {0}", "Name: {0}", "Account holder: {0}"]), p)
    title = pick(rng, t.EN_TITLES)
    return fill(
        pick(
            rng,
            [
                "This is " + title + "{0} speaking.",
                "I'm calling on behalf of " + title + "{0}.",
                title + "{0} already submitted the claim.",
                "Please ask for {0} at the front desk.",
            ],
        ),
        p,
    )


def f_phone(rng: random.Random, style: str) -> list[Seg]:
    p = P(phone(rng), "PHONE")
    if style == "form":
        return fill(pick(rng, ["Phone: {0}", "Mobile: {0}", "Daytime phone: {0}"]), p)
    return fill(pick(rng, ["You can reach me at {0}.", "My cell is {0}, call anytime.", "Text me on {0} please."]), p)


def f_email(rng: random.Random, style: str) -> list[Seg]:
    last = pick(rng, t.EN_LAST).lower().replace("'", "")
    user = f"{pick(rng, t.EN_FIRST).lower()}{pick(rng, ['.', '_', ''])}{last}"
    if rng.random() < 0.4:
        user += str(rng.randrange(1, 99))
    p = P(f"{user}@{pick(rng, t.EMAIL_DOMAINS['en'])}", "EMAIL")
    return fill("Email: {0}" if style == "form" else pick(rng, ["My email is {0}.", "Send it to {0} thanks."]), p)


def f_ssn(rng: random.Random, style: str) -> list[Seg]:
    p = P(ids.make_ssn(rng), "OTHER_ID")
    return fill(
        "SSN: {0}"
        if style == "form"
        else pick(rng, ["My social security number is {0}.", "SSN {0} for the tax form."]),
        p,
    )


def f_other_id(rng: random.Random, style: str) -> list[Seg]:
    key, value = pick(
        rng,
        [
            ("Member ID", f"MBR-{rng.randrange(10**6, 10**7)}"),
            ("Patient ID", f"{rng.randrange(10**7, 10**8)}"),
            ("Employee number", f"E{rng.randrange(10**5, 10**6)}"),
            ("Driver's license", f"{pick(rng, 'ABDFGHJKLMS')}{rng.randrange(10**7, 10**8)}"),
        ],
    )
    p = P(value, "OTHER_ID")
    return fill(key + ": {0}" if style == "form" else "My " + key.lower() + " is {0}.", p)


def f_card(rng: random.Random, style: str) -> list[Seg]:
    issuer = pick(rng, ["visa", "mastercard", "amex", "discover", "visa"])
    p = P(ids.format_card(ids.make_card(rng, issuer), pick(rng, [" ", "-", ""])), "CREDIT_CARD")
    return fill(
        "Card number: {0}"
        if style == "form"
        else pick(rng, ["I was charged twice on card {0}.", "Use my card {0} for the renewal."]),
        p,
    )


def f_iban(rng: random.Random, style: str) -> list[Seg]:
    p = P(ids.format_iban(ids.make_iban(rng, pick(rng, ["GB", "GB", "NL", "DE"])), rng.random() < 0.7), "IBAN")
    return fill("IBAN: {0}" if style == "form" else "Please wire the refund to IBAN {0}.", p)


def f_account(rng: random.Random, style: str) -> list[Seg]:
    if rng.random() < 0.5:
        sort = f"{rng.randrange(10, 100)}-{rng.randrange(10, 100)}-{rng.randrange(10, 100)}"
        return fill("Sort code " + sort + ", account number {0}.", P(ids.rand_digits(rng, 8), "BANK_ACCOUNT"))
    return fill(
        "Routing number 0" + ids.rand_digits(rng, 8) + ", checking account {0}.",
        P(str(rng.randrange(10**9, 10**12)), "BANK_ACCOUNT"),
    )


def f_passport(rng: random.Random, style: str) -> list[Seg]:
    p = P(str(rng.randrange(10**8, 10**9)), "PASSPORT")
    kind = pick(rng, ["US passport", "UK passport", "passport"])
    return fill("Passport No.: {0}" if style == "form" else "My " + kind + " number is {0}.", p)


def address(rng: random.Random) -> str:
    num = rng.randrange(1, 9999)
    street = pick(rng, t.EN_STREETS)
    if rng.random() < 0.6:
        city, st, zipc, _ = pick(rng, t.US_CITIES)
        apt = pick(rng, ["", "", f", Apt {rng.randrange(1, 40)}{pick(rng, 'ABC')}"])
        return f"{num} {street}{apt}, {city}, {st} {zipc}"
    city, pc = pick(rng, t.UK_CITIES)
    return f"{rng.randrange(1, 200)} {street}, {city} {pc}"


def f_address(rng: random.Random, style: str) -> list[Seg]:
    if rng.random() < 0.5:  # half the addresses in the harder forms (no postcode, no number, a unit, a block)
        return lf.en_address(rng, style)
    p = P(address(rng), "ADDRESS")
    return fill("Address: {0}" if style == "form" else pick(rng, ["I live at {0}.", "Ship it to {0}, please."]), p)


def f_dob(rng: random.Random, style: str) -> list[Seg]:
    if rng.random() < 0.5:  # half the birth dates in the harder forms (words, place of birth, next line)
        return lf.en_dob(rng, style)
    d = ids.rand_date(rng, 1945, 2010)
    p = P(
        pick(
            rng,
            [
                d.strftime("%m/%d/%Y"),
                d.strftime("%B %d, %Y").replace(" 0", " "),
                d.strftime("%d %B %Y"),
                d.strftime("%Y-%m-%d"),
            ],
        ),
        "DATE_OF_BIRTH",
    )
    return fill("Date of birth: {0}" if style == "form" else pick(rng, ["I was born on {0}.", "DOB is {0}."]), p)


def f_ip(rng: random.Random, style: str) -> list[Seg]:
    p = P(
        ids.ipv4(rng, [73, 98, 24, 68, 81]),
        "IP_ADDRESS",
    )
    return fill("Login IP: {0}" if style == "form" else "The sign-in came from IP {0}.", p)


def f_url(rng: random.Random, style: str) -> list[Seg]:
    user = pick(rng, t.EN_FIRST).lower() + pick(rng, ["-", ""]) + pick(rng, t.EN_LAST).lower().replace("'", "")
    p = P(pick(rng, t.PROFILE_URLS).format(u=user), "URL")
    return fill("Profile: {0}" if style == "form" else "My portfolio is at {0}.", p)


PII_FACTS = [
    (3, lf.en_person),
    (5, f_name),
    (5, f_phone),
    (3, f_email),
    (2.5, f_ssn),
    (2, f_other_id),
    (2.5, f_card),
    (1.5, f_iban),
    (1.5, f_account),
    (1.5, f_passport),
    (3, f_address),
    (3, f_dob),
    (1, f_ip),
    (1, f_url),
]


def n_price(rng: random.Random, style: str) -> list[Seg]:
    v = pick(rng, [f"${rng.randrange(1, 5000):,}.{rng.randrange(100):02d}", f"£{rng.randrange(1, 900)}.99"])
    return fill(pick(rng, ["The total was {0}.", "You were billed {0} this month."]), N(v, "price"))


def n_order(rng: random.Random, style: str) -> list[Seg]:
    v = pick(
        rng,
        [
            f"#A-{rng.randrange(10**6, 10**7)}",
            f"INV-{rng.randrange(2022, 2026)}-{rng.randrange(1, 10**5):05d}",
            ids.rand_date(rng, 2023, 2025).strftime("%Y%m%d") + f".{rng.randrange(1, 9)}",
        ],
    )
    label = "build" if "." in v else ("invoice" if v.startswith("INV") else "order")
    return fill("Regarding " + label + " {0}, nothing has arrived.", N(v, "order"))


def n_tracking(rng: random.Random, style: str) -> list[Seg]:
    v = pick(rng, [f"1Z{ids.rand_digits(rng, 3)}AA1{ids.rand_digits(rng, 10)}", ids.rand_digits(rng, 12)])
    return fill("Tracking number {0} shows no movement.", N(v, "tracking"))


def n_hotline(rng: random.Random, style: str) -> list[Seg]:
    v = pick(
        rng,
        [
            f"1-800-{rng.randrange(200, 1000)}-{ids.rand_digits(rng, 4)}",
            f"0800 {ids.rand_digits(rng, 3)} {ids.rand_digits(rng, 4)}",
            f"1-888-{rng.randrange(200, 1000)}-{ids.rand_digits(rng, 4)}",
        ],
    )
    return fill("Call " + pick(rng, t.EN_COMPANIES) + " support at {0}.", N(v, "hotline"))


def n_date(rng: random.Random, style: str) -> list[Seg]:
    d = ids.rand_date(rng, 2023, 2025)
    v = pick(
        rng,
        [
            d.strftime("%B %d").replace(" 0", " ") + f" at {rng.randrange(1, 12)} pm",
            d.strftime("%m/%d/%Y"),
            d.strftime("%Y-%m-%dT%H:%M:%SZ").replace("00:00:00", "16:20:05"),
        ],
    )
    return fill(pick(rng, ["Your appointment is {0}.", "Ticket opened {0}."]), N(v, "date"))


def n_city(rng: random.Random, style: str) -> list[Seg]:
    v = pick(rng, [c[0] for c in t.US_CITIES] + [c[0] for c in t.UK_CITIES])
    return fill(pick(rng, ["Our {0} office handles that.", "It shipped from {0}."]), N(v, "city"))


def n_version(rng: random.Random, style: str) -> list[Seg]:
    v = f"v{rng.randrange(1, 12)}.{rng.randrange(0, 20)}.{rng.randrange(0, 10)}.{rng.randrange(0, 300)}"
    return fill("The app ({0}) crashes on login.", N(v, "version"))


def n_company(rng: random.Random, style: str) -> list[Seg]:
    v = (
        f"{rng.randrange(10**7, 10**8):08d}"
        if rng.random() < 0.5
        else f"{rng.randrange(10, 100)}-{ids.rand_digits(rng, 7)}"
    )
    key = "Company No." if "-" not in v else "EIN"
    return fill(pick(rng, t.EN_COMPANIES) + " Ltd, " + key + " {0}.", N(v, "company_id"))


def n_ean(rng: random.Random, style: str) -> list[Seg]:
    return fill("Item barcode {0} is out of stock.", N(ids.make_ean13_kr(rng, date_like=rng.random() < 0.3), "ean13"))


NEUTRAL_FACTS = [
    (1.5, lf.en_not_person),
    (2, n_price),
    (2, n_order),
    (1, n_tracking),
    (2, n_hotline),
    (2, n_date),
    (1.5, n_city),
    (1, n_version),
    (1, n_company),
    (1, n_ean),
    (2, lf.en_negative),
]


def frame(rng: random.Random, kind: str, facts: list[list[Seg]]) -> list[Seg]:
    company = pick(rng, t.EN_COMPANIES)
    out: list[Seg] = []
    if kind == "chat":
        out += [f"{company} live chat\n", "Agent: Hi there, how can I help today?\n"]
        for i, f in enumerate(facts):
            out += ["Customer: " if i % 2 == 0 else "Agent: ", *f, "\n"]
        out += ["Customer: Thanks, that's all."]
    elif kind == "transcript":
        out += [f"Call transcript - {company}\n"]
        sec = rng.randrange(2, 30)
        for i, f in enumerate(
            [["Thank you for calling, my name is ", P(pick(rng, t.EN_FIRST), "PERSON"), "."], *facts]
        ):
            sec += rng.randrange(4, 40)
            out += [f"[{sec // 60:02d}:{sec % 60:02d}] {'AGENT' if i % 2 == 0 else 'CALLER'}: ", *f, "\n"]
    elif kind == "form":
        out += [
            pick(
                rng,
                ["NEW ACCOUNT APPLICATION\n", "Claim form\n", "Patient intake form\n", "Change of details\n"],
            )
        ]
        for f in facts:
            out += [*f, "\n"]
        out += ["I certify the information above is correct."]
    else:
        out += ["Dear ", pick(rng, t.EN_TITLES), P(name(rng), "PERSON"), ",\n\n"]
        for f in facts:
            out += [*f, " "]
        out += ["\n\nSincerely,\n", P(name(rng), "PERSON"), f"\n{company}"]
    return out
