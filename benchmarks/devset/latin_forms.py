"""Harder French and English birth dates and addresses for the dev set, and hard negatives next to them.

Real forms, e-mails, call transcripts and letters write a birth date in words ("le premier mars mil neuf cent
quatre-vingt-cinq", "the third of March nineteen eighty-two"), with a two-digit year, as a month and year, with
the place of birth between the birth word and the date ("née à Marseille (13) le …"), or on the line under its
label. Addresses come without a postcode or without a number (lieu-dit, hameau, a house name), with a building,
a floor or a post-office box, in lower case in chats, and as a block over several lines. The hard negatives put
ordinary dates next to birth words and streets without a number next to numbers.

Number words are spelt here, independently of gamyeong's parser, so the gold does not share its bugs.
"""

from __future__ import annotations

import random
from datetime import date

from . import ids
from . import tables as t
from .segs import N, P, Seg, fill, pick

FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)  # fmt: skip
EN_MONTHS = (
    "January February March April May June July August September October November December".split()
)  # fmt: skip
_FR_UNITS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
    "dix-huit dix-neuf"
).split()
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
_EN_ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
# Small places with their postcodes, lieux-dits and hamlets: rural addresses often have no street number.
FR_VILLAGES = [("Sarlat", "24200"), ("Cluny", "71250"), ("Gourdon", "46300"), ("Neuvic", "19160"), ("Vienne", "38200")]
FR_LOCALITIES = ["Les Granges", "La Combe", "Le Bourg", "Les Vergnes", "La Croix Blanche", "Le Moulin Neuf"]
FR_PLACES = ["du Marché", "de l'Église", "de la Mairie", "Saint-Michel"]
UK_COUNTIES = ["West Yorkshire", "Avon", "Greater Manchester", "Cambridgeshire"]
EN_HOUSES = ["Rose Cottage", "The Old Rectory", "Ivy House", "Meadow View"]


def fr_number(n: int, rng: random.Random) -> str:
    """0-99 in French words, in the traditional or the 1990 spelling (vingt et un / vingt-et-un)."""
    if n < 20:
        return _FR_UNITS[n]
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 1:
            return _FR_TENS[tens] + pick(rng, [" et un", "-et-un"])
        return _FR_TENS[tens] + (f"-{_FR_UNITS[unit]}" if unit else "")
    if n < 80:
        return "soixante" + (pick(rng, [" et onze", "-et-onze"]) if n == 71 else f"-{_FR_UNITS[n - 60]}")
    return "quatre-vingts" if n == 80 else f"quatre-vingt-{_FR_UNITS[n - 80]}"


def fr_year(y: int, rng: random.Random) -> str:
    if y >= 2000:
        return pick(rng, ["deux mille", "deux mil"]) + (f" {fr_number(y - 2000, rng)}" if y > 2000 else "")
    rest = y - 1900
    head = pick(rng, ["mil neuf cent", "mille neuf cent", "dix-neuf cent"])
    return head + (f" {fr_number(rest, rng)}" if rest else "")


def en_number(n: int) -> str:
    if n < 20:
        return _EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else "")


def en_ordinal(n: int) -> str:
    if n in _EN_ORD:
        return _EN_ORD[n]
    if n < 20:
        return _EN_UNITS[n] + "th"
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _EN_TENS[tens][:-1] + "ieth"
    return f"{_EN_TENS[tens]}-{en_ordinal(unit)}"


def en_year(y: int, rng: random.Random) -> str:
    if y >= 2000:
        rest = y - 2000
        return "two thousand" + (pick(rng, [" and ", " "]) + en_number(rest) if rest else "")
    rest = y - 1900
    return "nineteen " + (en_number(rest) if rest >= 10 else f"oh {en_number(rest)}" if rest else "hundred")


def _suffix(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


# --- French ------------------------------------------------------------------------------------------------
def fr_dob(rng: random.Random, style: str) -> list[Seg]:
    d = ids.rand_date(rng, 1945, 2010)
    city = pick(rng, t.FR_CITIES)[0]
    month = FR_MONTHS[d.month - 1]
    day_w = pick(rng, ["premier", "1er"]) if d.day == 1 else fr_number(d.day, rng)
    numeric = pick(rng, [d.strftime("%d/%m/%Y"), f"{d.day} {month} {d.year}", d.strftime("%d-%m-%Y")])
    if style == "form":
        template, value = pick(
            rng,
            [
                ("Date de naissance :\n{0}", numeric),
                ("Né(e) le : {0}", numeric),
                ("Date de naissance (jj/mm/aaaa) : {0}", d.strftime("%d/%m/%Y")),
                ("Naissance : " + city + ", {0}", numeric),
                ("Lieu et date de naissance : " + city + ", le {0}", numeric),
                ("DDN : {0}", d.strftime("%d/%m/%y")),
            ],
        )
        return fill(template, P(value, "DATE_OF_BIRTH"))
    template, value = pick(
        rng,
        [
            ("Je suis née à " + city + " le {0}.", numeric),
            ("Né à " + city + " (" + f"{rng.randrange(1, 96):02d}" + ") le {0}.", numeric),
            ("je suis né le {0}", f"{day_w} {month} {fr_year(d.year, rng)}"),
            ("ma fille est née le {0}, elle a bien grandi", f"{day_w} {month} {d.year}"),
            ("née le {0} à " + city, f"{d.day} {month} {d.strftime('%y')}"),
            ("je suis née en {0}", f"{month} {d.year}"),
            ("mon mari est né en {0}", str(d.year)),
            ("Ma date de naissance ? C'est le {0}.", f"{d.day} {month} {fr_year(d.year, rng)}"),
            ("Mon fils est né le {0} à la maternité de " + city + ".", numeric),
        ],
    )
    return fill(template, P(value, "DATE_OF_BIRTH"))


def fr_address(rng: random.Random, style: str) -> list[Seg]:
    city, cp = pick(rng, t.FR_CITIES)
    village, vcp = pick(rng, FR_VILLAGES)
    street = f"{pick(rng, t.FR_STREET_TYPES)} {pick(rng, t.FR_STREET_NAMES)}"
    num = rng.randrange(1, 120)
    value = pick(
        rng,
        [
            f"{num}, place {pick(rng, FR_PLACES)}",
            f"{num} {street}, {city}",
            f"lieu-dit {pick(rng, FR_LOCALITIES)}, {vcp} {village}",
            f"Hameau de {pick(rng, ['Lacoste', 'Peyrac', 'Bellevue'])}, {vcp} {village}",
            f"Bât. {pick(rng, 'ABC')}, {num} résidence du Parc",
            f"BP {rng.randrange(1, 400)}, {cp} {city}",
            f"Appartement {rng.randrange(1, 40)}, {rng.randrange(2, 9)}e étage, {num} {street}, {cp} {city}",
            f"{num} {street}\n{cp} {city}",
            f"{num} Grande Rue, {vcp} {village}",
        ],
    )
    p = P(value, "ADDRESS")
    if style == "form":
        return fill(pick(rng, ["Adresse : {0}", "Adresse postale :\n{0}"]), p)
    if rng.random() < 0.2:
        return fill("Écrivez-moi chez {0}, {1}.", P(f"{pick(rng, t.FR_FIRST)} {pick(rng, t.FR_LAST)}", "PERSON"), p)
    return fill(pick(rng, ["J'habite au {0}.", "Je réside {0} depuis mars.", "Domicile : {0}."]), p)


def fr_negative(rng: random.Random, style: str) -> list[Seg]:
    d = ids.rand_date(rng, 2023, 2025)
    v = pick(rng, [d.strftime("%d/%m/%Y"), f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"])
    city = pick(rng, t.FR_CITIES)[0]
    kind = rng.randrange(4)
    if kind == 0:
        return fill("Je suis né à " + city + ", le rendez-vous est fixé au {0}.", N(v, "date"))
    if kind == 1:
        return fill("Acte de naissance demandé le {0}, toujours rien reçu.", N(v, "date"))
    if kind == 2:
        return fill("On se retrouve {0} à midi.", N(f"place {pick(rng, FR_PLACES)}", "street_alone"))
    return fill("Le magasin est à {0} minutes de la gare.", N(str(rng.randrange(3, 20)), "quantity"))


# --- English -----------------------------------------------------------------------------------------------
def en_dob(rng: random.Random, style: str) -> list[Seg]:
    d: date = ids.rand_date(rng, 1945, 2010)
    month = EN_MONTHS[d.month - 1]
    city = pick(rng, [c[0] for c in t.UK_CITIES] + [c[0] for c in t.US_CITIES])
    numeric = pick(rng, [f"{d.day} {month} {d.year}", f"{month} {d.day}, {d.year}", d.strftime("%d/%m/%Y")])
    if style == "form":
        template, value = pick(
            rng,
            [
                ("Date of birth:\n{0}", numeric),
                ("Date of birth (dd/mm/yyyy): {0}", d.strftime("%d/%m/%Y")),
                ("DOB - {0}", f"{d.day}{_suffix(d.day)} {month} {d.year}"),
                ("D.O.B.: {0}", d.strftime("%m/%d/%y")),
                ("Birthday: {0}", f"{month} {d.day}{_suffix(d.day)}"),
            ],
        )
        return fill(template, P(value, "DATE_OF_BIRTH"))
    template, value = pick(
        rng,
        [
            ("I was born in " + city + " on {0}.", numeric),
            ("she was born on the {0}", f"{d.day}{_suffix(d.day)} of {month}, {d.year}"),
            ("I was born on the {0}", f"{en_ordinal(d.day)} of {month} {en_year(d.year, rng)}"),
            ("date of birth is {0}", f"{month} {en_ordinal(d.day)}, {en_year(d.year, rng)}"),
            ("my son was born in {0}", f"{month} {d.year}"),
            ("My birthday is on the {0}.", f"{d.day}{_suffix(d.day)} of {month}"),
            ("born {0} in " + city, f"{d.month}/{d.day}/{d.strftime('%y')}"),
        ],
    )
    return fill(template, P(value, "DATE_OF_BIRTH"))


def en_address(rng: random.Random, style: str) -> list[Seg]:
    street = pick(rng, t.EN_STREETS)
    city, pc = pick(rng, t.UK_CITIES)
    us_city, st, zipc, _ = pick(rng, t.US_CITIES)
    num = rng.randrange(1, 300)
    value = pick(
        rng,
        [
            f"Flat {rng.randrange(1, 20)}, {num} {street}, {city} {pc}",
            f"PO Box {rng.randrange(10, 9999)}, {us_city}, {st} {zipc}",
            f"{num} {street}",
            f"{num} {street}, {city}, {pick(rng, UK_COUNTIES)} {pc}",
            f"{pick(rng, EN_HOUSES)}, {street}, {city} {pc}",
            f"{num} {street.lower()}, {city.lower()} {pc.lower()}",
            f"{num} {street}\n{city}\n{pc}",
            f"Apt {rng.randrange(1, 30)}{pick(rng, 'AB')}, {num} {street}, {us_city}, {st} {zipc}",
        ],
    )
    p = P(value, "ADDRESS")
    if style == "form":
        return fill(pick(rng, ["Address: {0}", "Mailing address:\n{0}"]), p)
    return fill(pick(rng, ["She lives at {0}.", "my address is {0} thanks", "Please send it to {0}."]), p)


def en_negative(rng: random.Random, style: str) -> list[Seg]:
    d = ids.rand_date(rng, 2023, 2025)
    v = pick(rng, [f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", d.strftime("%m/%d/%Y")])
    kind = rng.randrange(4)
    if kind == 0:
        return fill("I was born in Leeds, but the appointment is on {0}.", N(v, "date"))
    if kind == 1:
        return fill("Birth certificate requested on {0}, still waiting.", N(v, "date"))
    if kind == 2:
        return fill("We met on {0} last week.", N(pick(rng, t.EN_STREETS), "street_alone"))
    return fill("The shop is {0} minutes from the station.", N(str(rng.randrange(3, 20)), "quantity"))


# --- names -------------------------------------------------------------------------------------------------
# Real chats, e-mails and forms name people in many ways beyond "Firstname Lastname": a given name alone in a
# greeting or a signature, names of every origin, lower case in chats, particles, hyphens, initials, capitals in
# forms, e-mail headers, a role noun before the name. Small invented lists, written for this generator.
WORLD_GIVEN = [
    "Adaeze", "Kofi", "Anh", "Huong", "Rahul", "Ananya", "Jia", "Hyun-woo", "Seo-yeon", "Fatima", "Tariq",
    "Nkechi", "Baraka", "Wanjiru", "Gonçalo", "Thiago", "Leilani", "Yusuf", "Amara", "Mei",
]  # fmt: skip
WORLD_FAMILY = [
    "Okafor", "Mensah", "Tran", "Pham", "Iyer", "Banerjee", "Liu", "Park", "Haddad", "Mwangi", "Ochieng",
    "Ferreira", "Carvalho", "Nakamura", "Oyelaran", "Chaudhry", "Njoroge", "Kaur",
]  # fmt: skip
PARTICLE_FAMILY = ["van der Meer", "de la Fontaine", "O'Connor", "McAllister", "MacLeod", "Ben Salem", "El Idrissi",
                   "Al-Rashid", "du Pont", "da Silva"]  # fmt: skip
FR_HYPHEN_GIVEN = ["Jean-Baptiste", "Marie-Claire", "Anne-Sophie", "Pierre-Louis", "Marie-Hélène"]


def _person(rng: random.Random, given: list[str], family: list[str]) -> tuple[str, str]:
    pool_g = given + WORLD_GIVEN
    pool_f = family + WORLD_FAMILY
    return pick(rng, pool_g), pick(rng, pool_f + PARTICLE_FAMILY) if rng.random() < 0.3 else pick(rng, pool_f)


def en_person(rng: random.Random, style: str) -> list[Seg]:
    g, f = _person(rng, t.EN_FIRST, t.EN_LAST)
    if style == "form":
        template, value = pick(
            rng,
            [
                ("NAME: {0}", f"{g} {f}".upper()),
                ("Applicant: {0}", f"{g} {f}"),
                ("Signed: {0}", f"{g[0]}. {f}"),
                ("Reviewed by: {0}", f"{f} {g[0]}."),
                ("Emergency contact: {0}", f"{g} {f}"),
            ],
        )
        return fill(template, P(value, "PERSON"))
    template, value = pick(
        rng,
        [
            ("Thanks,\n{0}", g),
            ("Hi {0}, quick question about my bill.", g),
            ("Cheers, {0}!", g),
            ("my colleague {0} will follow up", g),
            ("our technician {0} is on the way", g),
            ("i talked to {0} yesterday", g.lower()),
            ("From: {0}", f"{g} {f}"),
            ("I spoke with {0} about the claim.", f"{g} {f}"),
            ("Please forward it to {0}.", f"{g} {f}"),
        ],
    )
    return fill(template, P(value, "PERSON"))


def fr_person(rng: random.Random, style: str) -> list[Seg]:
    g, f = _person(rng, t.FR_FIRST + FR_HYPHEN_GIVEN, t.FR_LAST)
    if style == "form":
        template, value = pick(
            rng,
            [
                ("Nom : {0}", f"{f.upper()} {g}"),
                ("Demandeur : {0}", f"{g} {f}"),
                ("Signé : {0}", f"{g[0]}. {f}"),
                ("NOM : {0}", f"{g} {f}".upper()),
            ],
        )
        return fill(template, P(value, "PERSON"))
    template, value = pick(
        rng,
        [
            ("Bonne journée, {0}", g),
            ("Merci {0} !", g),
            ("Bonjour {0}, j'ai une question.", g),
            ("le technicien {0} passera demain", g),
            ("demande à {0} pour la facture", g.lower()),
            ("De : {0}", f"{g} {f}"),
            ("J'ai parlé avec {0} ce matin.", f"{g} {f}"),
            ("Ma collègue {0} vous rappellera.", g),
        ],
    )
    return fill(template, P(value, "PERSON"))


def en_not_person(rng: random.Random, style: str) -> list[Seg]:
    """Greetings, signatures and headers without a person: teams, customers, departments, products."""
    return [
        pick(
            rng,
            [
                "Thanks, Team",
                "Hi all, the form is attached.",
                "Dear Customer, your request was received.",
                "Cheers,\nThe Support Team",
                "From: Billing Department",
                "Sent from my iPhone",
                "Our agent will call you back.",
                "Hello there, how can I help?",
                "Best,\nCustomer Care",
            ],
        )
    ]


def fr_not_person(rng: random.Random, style: str) -> list[Seg]:
    return [
        pick(
            rng,
            [
                "Bonjour Madame, votre dossier est complet.",
                "Merci beaucoup !",
                "Bonne journée, l'équipe Service Client",
                "De : Service Facturation",
                "Bonjour à tous,",
                "Le technicien passera demain matin.",
                "Cordialement,\nLa Direction",
            ],
        )
    ]
