"""French facts, hard negatives and framings (chat, transcription, formulaire, lettre)."""

from __future__ import annotations

import random
import unicodedata

from . import ids
from . import latin_forms as lf
from . import tables as t
from .segs import N, P, Seg, fill, pick


def ascii_lower(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")


def name(rng: random.Random) -> str:
    return f"{pick(rng, t.FR_FIRST)} {pick(rng, t.FR_LAST)}"


def phone(rng: random.Random) -> str:
    first = pick(rng, ["6", "7", "1", "2", "3", "4", "5", "9", "6", "6"])
    pairs = [f"{rng.randrange(10, 100):02d}" for _ in range(4)]
    fmt = rng.random()
    if fmt < 0.45:
        return "0" + first + " " + " ".join(pairs)
    if fmt < 0.65:
        return "+33 " + first + " " + " ".join(pairs)
    if fmt < 0.75:
        return "0" + first + "".join(pairs)
    if fmt < 0.85:
        return "0" + first + "." + ".".join(pairs)
    return "+33 (0)" + first + " " + " ".join(pairs)


def f_name(rng: random.Random, style: str) -> list[Seg]:
    p = P(name(rng), "PERSON")
    if style == "form":
        return fill(pick(rng, ["Nom et prénom : {0}", "Titulaire : {0}", "Nom : {0}"]), p)
    title = pick(rng, t.FR_TITLES)
    return fill(
        pick(
            rng,
            [
                title + "{0} a appelé ce matin.",
                "Je suis " + title + "{0}.",
                "Le dossier de " + title + "{0} est complet.",
                "Votre conseiller, {0}, vous rappellera.",
            ],
        ),
        p,
    )


def f_phone(rng: random.Random, style: str) -> list[Seg]:
    p = P(phone(rng), "PHONE")
    if style == "form":
        return fill(pick(rng, ["Téléphone : {0}", "Tél. portable : {0}", "Portable: {0}"]), p)
    return fill(
        pick(
            rng,
            [
                "Vous pouvez me joindre au {0}.",
                "Mon numéro a changé, c'est le {0}.",
                "Rappelez-moi au {0} s'il vous plaît.",
            ],
        ),
        p,
    )


def f_email(rng: random.Random, style: str) -> list[Seg]:
    user = f"{ascii_lower(pick(rng, t.FR_FIRST))}{pick(rng, ['.', '_', ''])}{ascii_lower(pick(rng, t.FR_LAST))}"
    if rng.random() < 0.4:
        user += str(rng.randrange(1, 99))
    p = P(f"{user}@{pick(rng, t.EMAIL_DOMAINS['fr'])}", "EMAIL")
    if style == "form":
        return fill("Courriel : {0}", p)
    return fill(pick(rng, ["Mon adresse e-mail est {0}.", "Envoyez la facture à {0} merci."]), p)


def f_nir(rng: random.Random, style: str) -> list[Seg]:
    p = P(ids.format_nir(ids.make_nir(rng), rng.random() < 0.6), "FR_NIR")
    if style == "form":
        return fill(pick(rng, ["N° de sécurité sociale : {0}", "NIR : {0}"]), p)
    return fill(pick(rng, ["Mon numéro de sécurité sociale est le {0}.", "Numéro de sécu : {0}, c'est bien ça."]), p)


def f_iban(rng: random.Random, style: str) -> list[Seg]:
    country = pick(rng, ["FR", "FR", "FR", "BE", "ES", "DE"])
    p = P(ids.format_iban(ids.make_iban(rng, country), rng.random() < 0.7), "IBAN")
    if style == "form":
        return fill("IBAN : {0}", p)
    return fill(pick(rng, ["Le remboursement ira sur l'IBAN {0}.", "Voici mon IBAN : {0}"]), p)


def f_card(rng: random.Random, style: str) -> list[Seg]:
    issuer = pick(rng, ["visa", "mastercard", "amex", "visa"])
    p = P(ids.format_card(ids.make_card(rng, issuer), pick(rng, [" ", "", " "])), "CREDIT_CARD")
    if style == "form":
        return fill("Carte bancaire : {0}", p)
    return fill(pick(rng, ["J'ai payé avec la carte {0}.", "Ma carte {0} a été débitée deux fois."]), p)


def f_passport(rng: random.Random, style: str) -> list[Seg]:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    value = f"{rng.randrange(10, 100)}{pick(rng, letters)}{pick(rng, letters)}{ids.rand_digits(rng, 5)}"
    p = P(value, "PASSPORT")
    if style == "form":
        return fill("N° de passeport : {0}", p)
    return fill(pick(rng, ["Mon passeport porte le numéro {0}.", "Passeport n° {0}, valable jusqu'en 2031."]), p)


def f_plate(rng: random.Random, style: str) -> list[Seg]:
    letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
    left, right = pick(rng, letters) + pick(rng, letters), pick(rng, letters) + pick(rng, letters)
    value = f"{left}-{rng.randrange(1, 1000):03d}-{right}"
    p = P(value, "VEHICLE_PLATE")
    if style == "form":
        return fill("Immatriculation : {0}", p)
    return fill(
        pick(rng, ["Ma voiture immatriculée {0} est au garage.", "Véhicule {0}, sinistre du mois dernier."]),
        p,
    )


def f_other_id(rng: random.Random, style: str) -> list[Seg]:
    key, value = pick(
        rng,
        [
            ("Numéro d'adhérent", str(rng.randrange(10**8, 10**9))),
            ("N° de dossier patient", f"P-{rng.randrange(100000, 999999)}"),
            ("Matricule", f"{rng.randrange(10**6, 10**7)}"),
            ("Numéro d'adhérent", f"ADH{rng.randrange(10**6, 10**7)}"),
        ],
    )
    p = P(value, "OTHER_ID")
    if style == "form":
        return fill(key + " : {0}", p)
    return fill(key.lower().replace("n° de", "numéro de") + " : {0}, pour retrouver mon dossier.", p)


def address(rng: random.Random) -> str:
    city, cp = pick(rng, t.FR_CITIES)
    num = f"{rng.randrange(1, 150)}{pick(rng, ['', '', '', ' bis', ' ter'])}"
    base = f"{num} {pick(rng, t.FR_STREET_TYPES)} {pick(rng, t.FR_STREET_NAMES)}, {cp} {city}"
    if rng.random() < 0.2:
        base = f"Bât. {pick(rng, 'ABC')}, " + base
    return base


def f_address(rng: random.Random, style: str) -> list[Seg]:
    if rng.random() < 0.5:  # half the addresses in the harder forms (no postcode, no number, a unit, a block)
        return lf.fr_address(rng, style)
    p = P(address(rng), "ADDRESS")
    if style == "form":
        return fill("Adresse : {0}", p)
    return fill(pick(rng, ["J'habite au {0}.", "Merci de livrer au {0}.", "Ma nouvelle adresse : {0}."]), p)


def f_dob(rng: random.Random, style: str) -> list[Seg]:
    if rng.random() < 0.5:  # half the birth dates in the harder forms (words, place of birth, next line)
        return lf.fr_dob(rng, style)
    d = ids.rand_date(rng, 1945, 2010)
    months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
    p = P(
        pick(rng, [d.strftime("%d/%m/%Y"), f"{d.day} {months[d.month - 1]} {d.year}", d.strftime("%d.%m.%Y")]),
        "DATE_OF_BIRTH",
    )
    if style == "form":
        return fill("Date de naissance : {0}", p)
    return fill(pick(rng, ["Je suis né le {0}.", "Née le {0} à Lyon.", "Ma date de naissance, c'est le {0}."]), p)


def f_ip(rng: random.Random, style: str) -> list[Seg]:
    p = P(
        ids.ipv4(rng, [90, 82, 78, 176, 86]),
        "IP_ADDRESS",
    )
    return fill("Adresse IP de connexion : {0}" if style == "form" else "La connexion venait de l'adresse IP {0}.", p)


def f_url(rng: random.Random, style: str) -> list[Seg]:
    user = ascii_lower(pick(rng, t.FR_FIRST))[:1] + ascii_lower(pick(rng, t.FR_LAST)).replace("'", "")
    p = P(pick(rng, t.PROFILE_URLS).format(u=user), "URL")
    return fill("Profil : {0}" if style == "form" else "Mon profil est sur {0}.", p)


def f_account(rng: random.Random, style: str) -> list[Seg]:
    bank, branch, acct = ids.rand_digits(rng, 5), ids.rand_digits(rng, 5), ids.rand_digits(rng, 11)
    p = P(acct, "BANK_ACCOUNT")
    return fill("RIB : banque " + bank + ", guichet " + branch + ", compte n° {0}.", p)


PII_FACTS = [
    (3, lf.fr_person),
    (5, f_name),
    (5, f_phone),
    (3, f_email),
    (4, f_nir),
    (3, f_iban),
    (2.5, f_card),
    (1.5, f_passport),
    (1.5, f_plate),
    (2, f_other_id),
    (3, f_address),
    (3, f_dob),
    (1, f_ip),
    (1, f_url),
    (0.8, f_account),
]


def n_company(rng: random.Random, style: str) -> list[Seg]:
    if rng.random() < 0.5:
        s = ids.make_siren(rng)
        return fill(pick(rng, t.FR_COMPANIES) + ", SIREN {0}.", N(f"{s[:3]} {s[3:6]} {s[6:]}", "company_id"))
    s = ids.make_siret(rng)
    v = f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}" if rng.random() < 0.6 else s
    return fill("SIRET de " + pick(rng, t.FR_COMPANIES) + " : {0}", N(v, "company_id"))


def n_price(rng: random.Random, style: str) -> list[Seg]:
    euros = rng.randrange(5, 4000)
    v = pick(
        rng,
        [
            f"{euros:,},{rng.randrange(100):02d} €".replace(",", " ", 1)
            if euros >= 1000
            else f"{euros},{rng.randrange(100):02d} €",
            f"{euros} €",
            f"{euros} euros",
        ],
    )
    return fill(pick(rng, ["Le montant de {0} a été prélevé.", "Facture de {0} TTC."]), N(v, "price"))


def n_hotline(rng: random.Random, style: str) -> list[Seg]:
    v = pick(
        rng,
        [
            "3639",
            f"0 800 {rng.randrange(100, 1000)} {rng.randrange(100, 1000)}",
            f"09 69 {rng.randrange(10, 100)} {rng.randrange(10, 100)} {rng.randrange(10, 100)}",
            f"0 805 {rng.randrange(100, 1000)} {rng.randrange(100, 1000)}",
        ],
    )
    return fill(
        pick(rng, ["Appelez le service client au {0} (appel gratuit).", "Service clients : {0}"]),
        N(v, "hotline"),
    )


def n_date(rng: random.Random, style: str) -> list[Seg]:
    d = ids.rand_date(rng, 2023, 2025)
    v = pick(
        rng,
        [
            d.strftime("%d/%m/%Y"),
            f"le {d.day}/{d.month} à {rng.randrange(8, 19)}h30",
            d.strftime("%Y-%m-%dT%H:%M:%SZ").replace("00:00:00", "09:12:45"),
        ],
    )
    return fill(pick(rng, ["Rendez-vous fixé {0}.", "Demande enregistrée : {0}."]), N(v, "date"))


def n_order(rng: random.Random, style: str) -> list[Seg]:
    v = pick(rng, [f"{rng.randrange(10**9, 10**10)}", f"CMD-{rng.randrange(2022, 2026)}-{ids.rand_digits(rng, 6)}"])
    return fill(pick(rng, ["Commande n° {0} non reçue.", "Ma commande {0} est bloquée."]), N(v, "order"))


def n_tracking(rng: random.Random, style: str) -> list[Seg]:
    v = pick(rng, [f"6A{ids.rand_digits(rng, 11)}", f"8R{ids.rand_digits(rng, 11)}"])
    return fill("Numéro de suivi Colissimo : {0}.", N(v, "tracking"))


def n_city(rng: random.Random, style: str) -> list[Seg]:
    return fill(
        pick(rng, ["L'agence de {0} est fermée lundi.", "Livraison prévue à {0}."]),
        N(pick(rng, t.FR_CITIES)[0], "city"),
    )


def n_version(rng: random.Random, style: str) -> list[Seg]:
    v = f"{rng.randrange(1, 12)}.{rng.randrange(0, 20)}.{rng.randrange(0, 10)}.{rng.randrange(0, 300)}"
    return fill("L'application en version {0} plante au démarrage.", N(v, "version"))


def n_ean(rng: random.Random, style: str) -> list[Seg]:
    return fill("Article EAN {0} en rupture.", N(ids.make_ean13_kr(rng, date_like=rng.random() < 0.3), "ean13"))


NEUTRAL_FACTS = [
    (1.5, lf.fr_not_person),
    (2.5, n_company),
    (2, n_price),
    (2, n_hotline),
    (2, n_date),
    (1.5, n_order),
    (1, n_tracking),
    (1.5, n_city),
    (1, n_version),
    (1, n_ean),
    (2, lf.fr_negative),
]


def frame(rng: random.Random, kind: str, facts: list[list[Seg]]) -> list[Seg]:
    out: list[Seg] = []
    if kind == "chat":
        out += ["Conseiller : Bonjour, que puis-je faire pour vous ?\n"]
        for i, f in enumerate(facts):
            out += ["Client : " if i % 2 == 0 else "Conseiller : ", *f, "\n"]
        out += ["Client : Merci, bonne journée."]
    elif kind == "transcript":
        out += ["Transcription d'appel\n"]
        sec = rng.randrange(2, 30)
        for i, f in enumerate([["Bonjour, service client, ", P(name(rng), "PERSON"), " à l'appareil."], *facts]):
            sec += rng.randrange(4, 40)
            who = "Agent" if i % 2 == 0 else "Appelant"
            out += [f"[{sec // 60:02d}:{sec % 60:02d}] {who} : ", *f, "\n"]
    elif kind == "form":
        out += [pick(rng, ["FORMULAIRE D'ADHÉSION\n", "Demande de remboursement\n", "Fiche de renseignements\n"])]
        for f in facts:
            out += [*f, "\n"]
        out += ["Fait pour servir et valoir ce que de droit."]
    else:
        out += [pick(rng, ["Madame, Monsieur,\n\n", "Bonjour ", "Cher "])]
        if not isinstance(out[-1], str) or not out[-1].endswith("\n\n"):
            out += [P(name(rng), "PERSON"), ",\n\n"]
        for f in facts:
            out += [*f, " "]
        out += ["\n\nVeuillez agréer mes salutations distinguées.\n", P(name(rng), "PERSON")]
    return out
