"""French vocabulary, facts, hard negatives and layouts of the soft challenge set (``soft_challenge.py``).

Every layout is ``f(rng, gold) -> markup`` (see ``soft_challenge_vocab``); with ``gold=False`` the same document is
written with roles, cities or streets without a number and ordinary dates. Lists are generic or invented.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from devset import soft_challenge_vocab as v
from devset.soft_challenge_vocab import A, D, N, P

FIRST = [
    "Claire", "Marie", "Anne", "Sarah", "Chloé", "Inès", "Mathilde", "Hélène", "Françoise", "Léa", "Noémie", "Gaëlle",
    "Maëlys", "Yasmine", "Aïcha", "Camille", "Juliette", "Élodie", "Sandrine", "Nathalie", "Solène", "Margaux",
    "Océane", "Louise", "Agathe", "Bérénice", "Apolline", "Zoé", "Manon", "Fatoumata", "Nadia", "Sylvie", "Odile",
    "Josiane", "Rose", "Jeanne", "Marie-Christine", "Anne-Sophie", "Jean-Pierre", "Lucas", "Théo", "Guillaume",
    "Benoît", "Yannick", "Karim", "Mamadou", "Hugo", "Antoine", "Julien", "Mathis", "Thibault", "Gérard", "Philippe",
    "Olivier", "Sébastien", "Maxime", "Rémi", "Loïc", "Éric", "Bernard", "Youssef", "Kévin", "Enzo", "Jean-Baptiste",
    "François-Xavier", "Arnaud", "Baptiste", "Nicolas", "Alexandre", "Quentin", "Hervé", "Didier", "Marc", "Pierre",
    "Paul", "Louis", "Victor", "Gwenaël", "Soizic", "Ibrahim", "Thi Lan", "Maïwenn", "Côme", "Aurélien", "Ophélie",
]  # fmt: skip
LAST = [
    "Dubois", "Lefèvre", "Roussel", "Moreau", "Girard", "Lambert", "Fontaine", "Chevalier", "Garnier", "Faure",
    "Rousseau", "Blanc", "Guérin", "Boyer", "Mercier", "Perrin", "Morel", "Gauthier", "Dupont", "Le Gall", "Le Goff",
    "Kerbrat", "N'Diaye", "Benali", "Haddad", "Da Silva", "de La Tour", "Nguyen", "Ferreira", "Schmitt", "Muller",
    "Lemaire", "Delacroix", "Vasseur", "Carpentier", "Lebrun", "Marchand", "Barbier", "Renaud", "Picard", "Collin",
    "Poirier", "Tessier", "Hoarau", "Payet", "Le Bihan", "Diallo", "Traoré", "Bertrand", "Caron", "Masson", "Joly",
    "Brun", "Lacroix", "Aubert", "Bouvier", "Millet", "Tran", "Ben Salah", "Cohen", "Lévy", "Kowalski", "Dos Santos",
    "Giraud", "Lemoine", "Fabre", "Leclerc", "Marie", "Petit", "Legrand", "Boulanger", "Durand-Vidal", "Lhermitte",
]  # fmt: skip
TITLES = ["M.", "Mme", "Mlle", "Me", "Maître", "Dr", "Dr.", "Docteur", "Pr", "Madame", "Monsieur", "M"]
ROLES = ["le conseiller", "votre gestionnaire", "le médecin traitant", "la secrétaire", "le livreur", "le maire",
         "la ministre", "le président", "la directrice", "le propriétaire", "l'infirmière", "le notaire",
         "le service client", "Madame, Monsieur", "le responsable RH", "la gardienne"]  # fmt: skip
ORGS = ["Crédit Agricole", "Banque Populaire", "Orange", "La Poste", "SNCF", "Société Générale", "France Travail",
        "Caisse d'Épargne", "Louis Vuitton", "Yves Rocher", "Leroy Merlin", "Pierre Fabre", "Christian Dior",
        "Michel et Augustin", "Boulanger", "Darty", "Marie Blachère", "hôpital Georges-Pompidou", "lycée Jean-Moulin",
        "collège Victor-Hugo", "CPAM", "Free", "Ameli", "la CAF", "Jean Lain Automobiles"]  # fmt: skip
PRODUCTS = ["iPhone 15 Pro", "Renault Clio", "Peugeot 208", "Galaxy Tab S9", "Thermomix TM6", "Citroën C3", "Freebox",
            "Livebox", "Dacia Sandero", "AirPods", "MacBook Air", "Nintendo Switch"]  # fmt: skip
CITIES = ["Paris", "Lyon 3e", "Marseille", "Bordeaux", "Lille", "Villeurbanne", "Saint-Étienne", "la Défense",
          "Montmartre", "Nantes", "Rennes", "Toulouse", "le Vieux-Port", "Brest", "Annecy", "Paris 11e",
          "la Croix-Rousse",
          "Strasbourg", "Nice", "Grenoble", "La Réunion", "le Marais"]  # fmt: skip
STREET_TYPES = [("rue", 10), ("avenue", 4), ("boulevard", 2), ("bd", 1), ("allée", 2), ("impasse", 2), ("chemin", 2),
                ("place", 1), ("quai", 1), ("route", 1.5), ("cours", 1), ("square", 0.5), ("av.", 1),
                ("Rue", 1)]  # fmt: skip
STREETS = ["de la Paix", "Victor-Hugo", "Victor Hugo", "des Roses", "du Moulin", "de l'Église", "Jean-Jaurès",
           "des Lilas", "du Général-de-Gaulle", "Pasteur", "de la Gare", "des Écoles", "du Château", "des Acacias",
           "Gambetta", "de la République", "Saint-Michel", "des Tanneurs", "du Port", "de la Liberté", "Émile-Zola",
           "des Peupliers", "du Stade", "de Verdun", "Jules-Ferry", "des Vignes", "Sainte-Catherine",
           "des Marronniers", "de Bretagne", "du 8-Mai-1945", "du 14-Juillet", "Marie Curie",
           "des Tilleuls"]  # fmt: skip
TOWNS = [("750", "Paris", 20), ("690", "Lyon", 9), ("130", "Marseille", 16), ("31000", "Toulouse", 0),
         ("33000", "Bordeaux", 0), ("44000", "Nantes", 0), ("59000", "Lille", 0), ("67000", "Strasbourg", 0),
         ("35000", "Rennes", 0), ("34000", "Montpellier", 0), ("06000", "Nice", 0), ("21000", "Dijon", 0),
         ("37000", "Tours", 0), ("63000", "Clermont-Ferrand", 0), ("29200", "Brest", 0), ("97400", "Saint-Denis", 0),
         ("20000", "Ajaccio", 0), ("76600", "Le Havre", 0), ("38000", "Grenoble", 0), ("87000", "Limoges", 0),
         ("24560", "Issigeac", 0), ("71250", "Cluny", 0), ("56340", "Carnac", 0), ("04300", "Forcalquier", 0),
         ("69100", "Villeurbanne", 0), ("93100", "Montreuil", 0), ("49300", "Cholet", 0)]  # fmt: skip
LIEUX = ["Les Granges", "La Croix Blanche", "Le Moulin Neuf", "Les Quatre Vents", "La Bergerie", "Le Pré Haut"]
RESIDENCES = ["Résidence les Tilleuls", "Résidence du Parc", "Les Jardins d'Arcadie", "Le Clos des Vignes"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre"]  # fmt: skip

# --- names ----------------------------------------------------------------------------------------


def name_text(rng: random.Random, *, chat: bool = False) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    r = rng.random()
    if chat and r < 0.5:
        return (f"{first} {last}".lower(), "lower") if rng.random() < 0.6 else (first.lower(), "first_lower")
    if r < 0.12:
        return f"{last.upper()} {first}", "caps"
    if r < 0.2:
        return f"{first} {last.upper()}", "caps"
    if r < 0.25:
        return (f"{first[0]}. {last}", "initial") if first[0] != "M" else (last, "last_only")
    if r < 0.3:
        return f"{first} {last}-{rng.choice(LAST).replace(' ', '-')}", "double"
    if r < 0.36:
        return last, "last_only"
    return f"{first} {last}", ""


def person(rng: random.Random, gold: bool, *, title: float = 0.6) -> str:
    if not gold:
        return N("word", rng.choice(ROLES))
    text, form = name_text(rng)
    out = (rng.choice(TITLES) + " " if rng.random() < title or form == "last_only" else "") + P(text, form)
    if rng.random() < 0.06:
        out += f", née {P(rng.choice(LAST), 'maiden')}"
    return out


def bare_name(rng: random.Random, gold: bool) -> str:
    if not gold:
        return N("word", rng.choice(["non renseigné", "Client", "Anonyme", "Le titulaire", "Société"]))
    text, form = name_text(rng)
    return P(text, form)


# --- addresses ------------------------------------------------------------------------------------


def town(rng: random.Random) -> tuple[str, str]:
    pre, city, span = rng.choice(TOWNS)
    if span:
        return f"{pre}{rng.randrange(1, span + 1):02d}", city
    return pre, city


def street(rng: random.Random) -> str:
    return f"{v.wpick(rng, STREET_TYPES)} {rng.choice(STREETS)}"


def address_text(rng: random.Random, *, multiline: bool = False) -> tuple[str, str]:
    cp, city = town(rng)
    num = str(rng.randrange(1, 180)) + rng.choice(["", "", "", "", " bis", "bis", " ter", "B"])
    sep = rng.choice([" ", ", "])
    line2 = f"{cp} {city}" + (" CEDEX" if rng.random() < 0.08 else "")
    br = "\n" if multiline else rng.choice([", ", ", ", " ", " - "])
    r = rng.random()
    if r < 0.65:
        return f"{num}{sep}{street(rng)}{br}{line2}", "street"
    if r < 0.75:
        res = f"{rng.choice(RESIDENCES)}, bât. {rng.choice('ABCD')}, apt {rng.randrange(1, 60)}"
        return f"{res}, {num} {street(rng)}{br}{line2}", "residence"
    if r < 0.83:
        return f"Lieu-dit {rng.choice(LIEUX)}{br}{line2}", "lieu_dit"
    if r < 0.9:
        return f"BP {rng.randrange(10, 999)}{br}{cp} {city} {rng.choice(['CEDEX', 'Cedex', 'CEDEX 9'])}", "bp"
    return f"{num} {street(rng).upper()}{br}{cp} {city.upper()}", "caps"


def address(rng: random.Random, gold: bool, *, multiline: bool = False) -> str:
    if gold:
        return A(*address_text(rng, multiline=multiline))
    r = rng.random()
    if r < 0.5:
        return N("city", rng.choice(CITIES))
    return N("street_alone", rng.choice(["rue Victor Hugo", "les Champs-Élysées", "boulevard Haussmann", street(rng)]))


# --- dates ----------------------------------------------------------------------------------------


def fr_date(rng: random.Random, d: dt.date) -> str:
    day = "1er" if d.day == 1 and rng.random() < 0.7 else str(d.day)
    mon = MONTHS[d.month - 1]
    return rng.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                       f"{d.day:02d}-{d.month:02d}-{d.year}", d.isoformat(), f"{day} {mon} {d.year}",
                       f"{day} {mon.upper()} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
                       f"{d.day}/{d.month}/{d.year}", f"{day} {mon[:4].rstrip('.')}. {d.year}"])  # fmt: skip


DOB_FRAMES = ["date de naissance : {D}", "Date de naissance: {D}", "né le {D}", "née le {D}", "né(e) le : {D}",
              "DN : {D}", "date de naiss. {D}", "né le {D} à {city}", "Née le {D} à {city}", "il est né le {D}",
              "ma fille est née le {D}", "date et lieu de naissance : {D}, {city}", "naissance : {D}",
              "Né(e) le {D}", "mon fils (né le {D})"]  # fmt: skip


def dob(rng: random.Random, gold: bool) -> str:
    if not gold:
        return neutral_date_phrase(rng)
    d = v.birth(rng)
    city = N("city", rng.choice(CITIES))
    r = rng.random()
    if r < 0.1:
        return rng.choice(["née en {D}", "né en {D}", "(né en {D})"]).replace("{D}", D(str(d.year), "year_only"))
    if r < 0.14:
        return "anniversaire le " + D(f"{d.day} {MONTHS[d.month - 1]}", "no_year")
    return rng.choice(DOB_FRAMES).replace("{city}", city).replace("{D}", D(fr_date(rng, d)))


def neutral_date(rng: random.Random) -> str:
    return N("date", v.iso_ts(rng) if rng.random() < 0.2 else fr_date(rng, v.recent(rng)))


DATE_FRAMES = ["rendez-vous le {d}", "livraison prévue le {d}", "commande du {d}", "échéance {d}",
               "anniversaire de mariage le {d}", "date d'effet : {d}", "depuis le {d}", "à régler avant le {d}",
               "facture du {d}", "date d'envoi : {d}", "entrée dans les lieux le {d}"]  # fmt: skip


def neutral_date_phrase(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return f"entreprise fondée en {N('date', str(rng.randrange(1950, 2015)))}"
    return rng.choice(DATE_FRAMES).replace("{d}", neutral_date(rng))


NEG = [
    "[Merci] pour votre retour rapide.", "[Bonjour], je reviens vers vous concernant le dossier.",
    "[Urgent] : merci de rappeler le service.", "[Cordialement]", "Le colis est parti de {city} ce matin.",
    "On se retrouve {street} vers 18h ?", "Mon {product} ne s'allume plus depuis hier.",
    "Votre conseiller {org} vous répondra sous 48 h.", "La boutique {org} de {city} est fermée le lundi.",
    "Promo sur la couleur [Rose] poudré jusqu'à dimanche.", "Joyeux [Noël] à toute l'équipe !",
    "[Objet] : demande de remboursement", "Le [Président] a annoncé de nouvelles mesures.",
    "La [Saint-Valentin] approche, pensez aux fleurs.", "[Attention] : travaux dans le hall.",
    "Je cherche un appart sur {city}, budget serré mdr", "Le rdv est décalé, [désolée] !",
    "La [Banque] vous informe d'un changement de conditions.", "Le parking {street} est complet.",
    "[Madame, Monsieur], veuillez trouver ci-joint le devis.", "[Bien à vous]", "[Bisous] à demain",
    "Le {product} est en rupture de stock.", "La facture [Orange] est arrivée.", "J'ai pris rdv chez {org}.",
    "La [Fête des mères] tombe un dimanche.", "Retour en [Rhône-Alpes] la semaine prochaine.",
    "Une pierre est tombée du [Mont Blanc] lol", "Le [Louvre] est bondé le week-end.",
    "[Pâques] : fermeture exceptionnelle.", "La [Vendée] Globe démarre bientôt.", "[Salut] tout le monde !",
    "Prière de ne pas stationner {street}.", "{org} recrute des vendeurs à {city}.",
]  # fmt: skip


def fill(rng: random.Random, s: str) -> str:
    rep = {
        "{product}": lambda: N("product", rng.choice(PRODUCTS)),
        "{org}": lambda: N("org", rng.choice(ORGS)),
        "{city}": lambda: N("city", rng.choice(CITIES)),
        "{street}": lambda: N("street_alone", street(rng)),
    }
    for key, fn in rep.items():
        while key in s:
            s = s.replace(key, fn(), 1)
    return s


def neg(rng: random.Random, k: int = 1) -> str:
    return " ".join(fill(rng, v.marks(rng, s)) for s in rng.sample(NEG, k))


CHAT_FILLER = ["mdr", "ok", "ptdr", "😂", "👍", "d'acc", "merci !!", "jsp", "grave", "tkt", "oui oui", "bref"]
NICKS = ["choupette75", "Le_Breton", "moimeme", "titi", "Anonyme", "ptitloup", "zaza", "Kiwi", "admin"]

# --- layouts --------------------------------------------------------------------------------------

CHAT_P = ["salut c'est {p}", "{p} vient ce soir ?", "t'as vu {p} ?", "c'est {p} qui s'en occupe", "bisous à {p}",
          "{p} a appelé pour toi", "demande à {p} mdr"]  # fmt: skip
CHAT_A = ["mon adresse : {a}", "c'est au {a}", "livrez au {a} svp", "on a déménagé -> {a}", "rdv chez moi {a}"]


def chat_person(rng: random.Random, gold: bool) -> str:
    if not gold:
        return N("word", rng.choice(["la voisine", "le proprio", "maman", "le boss", "ma sœur"]))
    text, form = name_text(rng, chat=True)
    return P(text, form)


def lay_chat(rng: random.Random, gold: bool) -> str:
    msgs = []
    for _ in range(rng.randrange(1, 4)):
        r = rng.random()
        if r < 0.55:
            msgs.append(rng.choice(CHAT_P).replace("{p}", chat_person(rng, gold)))
        elif r < 0.8:
            msgs.append(rng.choice(CHAT_A).replace("{a}", address(rng, gold)))
        else:
            msgs.append(dob(rng, gold) + rng.choice(["", " lol", " !"]))
    msgs += [neg(rng) for _ in range(rng.randrange(1, 3))] + rng.sample(CHAT_FILLER, rng.randrange(1, 3))
    rng.shuffle(msgs)
    style = rng.randrange(2)
    return "\n".join((f"[{rng.randrange(24):02d}:{rng.randrange(60):02d}] " if style else "")
                     + rng.choice(NICKS) + ": " + m for m in msgs)  # fmt: skip


def signature(rng: random.Random, gold: bool) -> str:
    if not gold:
        return N("org", rng.choice(ORGS)) + "\nService client"
    text, form = name_text(rng)
    return rng.choice([f"{P(text, form)}\n{N('org', rng.choice(ORGS))}", f"-- \n{P(text, form)} | Responsable RH",
                       f"{P(text, form)}, chargée de clientèle"])  # fmt: skip


def lay_email(rng: random.Random, gold: bool) -> str:
    subject = rng.choice(["Votre dossier", "Changement d’adresse", "Rendez-vous", "Re: contrat"])
    hello = rng.choice(["Bonjour", "Chère", "Madame"])
    body = [f"Objet : {subject}", "", f"{hello} {person(rng, gold)},", neg(rng, rng.randrange(1, 4))]
    if rng.random() < 0.5:
        body.append(f"Nous avons bien noté votre nouvelle adresse : {address(rng, gold)}.")
    if rng.random() < 0.3:
        body.append(f"Pour rappel, la personne assurée est {dob(rng, gold)}.")
    body += [rng.choice(["Cordialement,", "Bien à vous,", "Bonne journée,"]), signature(rng, gold)]
    return "\n".join(body)


def kv_lines(rng: random.Random, gold: bool) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if gold:
        rows.append((rng.choice(["Nom", "NOM Prénom", "Nom et prénom", "Titulaire", "Patient", "Destinataire"]),
                     bare_name(rng, True)))  # fmt: skip
        if rng.random() < 0.6:
            key = rng.choice(["Date de naissance", "Né(e) le", "DATE DE NAISSANCE", "Date de naiss."])
            rows.append((key, D(fr_date(rng, v.birth(rng)))))
        if rng.random() < 0.7:
            rows.append((rng.choice(["Adresse", "Adresse postale", "Domicile", "Adresse de livraison"]),
                         address(rng, True)))  # fmt: skip
    else:
        rows.append(("Produit", N("product", rng.choice(PRODUCTS))))
        rows.append(("Ville", address(rng, False)))
    rows.append((rng.choice(["Date de la demande", "Rendez-vous", "Fait le"]), neutral_date(rng)))
    rows.append((rng.choice(["Commentaire", "Remarques", "Motif"]), neg(rng)))
    rng.shuffle(rows)
    return rows


def lay_form(rng: random.Random, gold: bool) -> str:
    sep = rng.choice([" : ", ": ", "\t", " ....... ", " | "])
    title = rng.choice(["FORMULAIRE D'INSCRIPTION", "Demande d'adhésion", "Fiche de renseignements", "== Dossier =="])
    return title + "\n" + "\n".join(k + sep + val for k, val in kv_lines(rng, gold))


def lay_csv(rng: random.Random, gold: bool) -> str:
    delim = rng.choice([";", ";", ",", "\t"])

    def q(x: str) -> str:
        return f'"{x}"' if delim in v.strip_marks(x) else x

    rows = []
    if gold:
        if rng.random() < 0.75:
            rows.append(delim.join(["nom", "date_naissance", "adresse", "ville_naissance"]))
        for _ in range(rng.randrange(2, 5)):
            d = D(fr_date(rng, v.birth(rng))) if rng.random() < 0.7 else ""
            a = address(rng, True) if rng.random() < 0.6 else ""
            rows.append(delim.join([bare_name(rng, True), d, q(a), N("city", rng.choice(CITIES))]))
    else:
        if rng.random() < 0.75:
            rows.append(delim.join(["produit", "qte", "date_livraison", "agence"]))
        for _ in range(rng.randrange(2, 5)):
            rows.append(delim.join([N("product", rng.choice(PRODUCTS)), str(rng.randrange(1, 9)), neutral_date(rng),
                                    N("city", rng.choice(CITIES))]))  # fmt: skip
    return "\n".join(rows)


def lay_html(rng: random.Random, gold: bool) -> str:
    body = "".join(f"  <tr><td>{k}</td><td>{val}</td></tr>\n" for k, val in kv_lines(rng, gold))
    return f"<table>\n{body}</table>"


def lay_log(rng: random.Random, gold: bool) -> str:
    out = []
    for _ in range(rng.randrange(2, 5)):
        msg = rng.choice(["panier.valide articles=2", f"agence={address(rng, False)} cache=ok",
                          f"rdv.cree date={neutral_date(rng)}"])  # fmt: skip
        if gold and rng.random() < 0.7:
            msg = rng.choice([f'client.maj nom="{bare_name(rng, True)}"', f'livraison.adresse="{address(rng, True)}"',
                              f"verif.naissance ok date_naissance={D(fr_date(rng, v.birth(rng)))}"])  # fmt: skip
        out.append(f"{N('date', v.iso_ts(rng))} {rng.choice(['INFO', 'WARN'])} {msg}")
    return "\n".join(out)


def lay_letter(rng: random.Random, gold: bool) -> str:
    place = f"{N('city', rng.choice(CITIES))}, le {neutral_date(rng)}"
    parts = [person(rng, gold, title=0.8), address(rng, gold, multiline=rng.random() < 0.5), "", place, ""]
    parts += ["Madame, Monsieur,", neg(rng, rng.randrange(1, 4))]
    if rng.random() < 0.3:
        parts.append(f"Nous accusons réception de l'acte concernant l'enfant {dob(rng, gold)}.")
    parts += ["Veuillez agréer nos salutations distinguées.", signature(rng, gold)]
    return "\n".join(parts)


def lay_medical(rng: random.Random, gold: bool) -> str:
    lines = [rng.choice(["COMPTE RENDU DE CONSULTATION", "Ordonnance", "Fiche patient"])]
    lines.append(f"Patient : {person(rng, gold, title=0.5)}")
    if gold and rng.random() < 0.75:
        lines.append(dob(rng, True))
    doctor = f"{rng.choice(['Dr', 'Docteur', 'Pr'])} {bare_name(rng, True)}" if gold else N("word", "médecin de garde")
    lines += [f"Consultation du {neutral_date(rng)}", f"Médecin : {doctor}", "Motif : douleurs lombaires, " + neg(rng)]
    return "\n".join(lines)


def lay_delivery(rng: random.Random, gold: bool) -> str:
    lines = [rng.choice(["BON DE LIVRAISON", "Avis de passage", "Colissimo – suivi"]),
             f"Destinataire : {bare_name(rng, gold)}", f"Adresse : {address(rng, gold)}",
             f"Instructions : {rng.choice(['digicode à l’entrée', 'laisser chez la gardienne', 'sonner 2 fois'])}",
             f"Expéditeur : {N('org', rng.choice(ORGS))}", neutral_date_phrase(rng)]  # fmt: skip
    return "\n".join(lines)


def lay_hr(rng: random.Random, gold: bool) -> str:
    lines = ["NOTE DE SERVICE – Mouvements du personnel"]
    for _ in range(rng.randrange(1, 4)):
        lines.append(f"- {person(rng, gold, title=0.3)} rejoint le service {rng.choice(['comptabilité', 'achats'])}")
    if gold and rng.random() < 0.4:
        lines.append(f"Pièces reçues : justificatif, {dob(rng, True)}")
    lines.append(neg(rng))
    return "\n".join(lines)


def lay_community(rng: random.Random, gold: bool) -> str:
    body = [rng.choice(["[Forum] Besoin d'aide", "[Entraide quartier] Objet trouvé", "Avis – garage"]),
            f"Posté par {rng.choice(NICKS)}", neg(rng)]  # fmt: skip
    if rng.random() < 0.7:
        body.append(rng.choice(["Je recommande {p}, super pro.", "Merci à {p} pour son aide !"])
                    .replace("{p}", person(rng, gold, title=0.4)))  # fmt: skip
    if rng.random() < 0.3:
        body.append(f"Passez au {address(rng, gold)}" if gold else f"Ça se passe à {address(rng, False)}")
    return "\n".join(body)


LAYOUTS: dict[str, Callable[[random.Random, bool], str]] = {
    "chat": lay_chat, "email": lay_email, "form": lay_form, "csv": lay_csv, "html": lay_html, "log": lay_log,
    "letter": lay_letter, "medical": lay_medical, "delivery": lay_delivery, "hr": lay_hr, "community": lay_community,
}  # fmt: skip
