"""French context words."""

from __future__ import annotations

from gamyeong.labels import Label

POSITIVE: dict[str, tuple[str, ...]] = {
    Label.FR_NIR: (
        "sécurité sociale",
        "securite sociale",
        "sécu",
        "numéro de ss",
        "n° ss",
        "nir",
        "insee",
        "carte vitale",
    ),
    Label.PASSPORT: ("passeport", "n° de passeport"),
    Label.KR_PASSPORT: ("passeport", "passeport coréen"),
    Label.BANK_ACCOUNT: ("compte", "rib", "numéro de compte", "virement", "bancaire"),
    Label.IBAN: ("iban", "rib", "virement"),
    Label.CREDIT_CARD: ("carte bancaire", "carte bleue", "cb", "carte de crédit", "paiement"),
    Label.PHONE: ("tél", "tel", "téléphone", "portable", "mobile", "joindre", "appeler"),
    Label.EMAIL: ("courriel", "e-mail", "mail"),
    Label.IP_ADDRESS: ("adresse ip",),
    Label.URL: ("mon site", "mon blog", "profil"),
    Label.VEHICLE_PLATE: ("immatriculation", "plaque"),
    Label.OTHER_ID: (
        "numéro d'adhérent",
        "n° adhérent",
        "numéro client",
        "n° client",
        "numéro de patient",
        "dossier patient",
        "numéro étudiant",
        "matricule",
        "permis de conduire",
        "numéro fiscal",
    ),
}

NEGATIVE: tuple[str, ...] = (
    "commande",
    "colis",
    "suivi",
    "facture",
    "référence",
    "code-barres",
    "code barre",
    "numéro de série",
    "siret",
    "siren",
    "tva",
    "version",
    "ticket",
    "micrologiciel",
    "mise à jour",
)

#: words right after a number that say what it was (not personal data)
NEGATIVE_AFTER: tuple[str, ...] = ("€", "eur", "euros", "version", "code-barres", "ms")
