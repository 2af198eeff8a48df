"""French and English name tables: titles, trigger phrases, words that are never names, and the name gazetteer.

The gazetteer of given names and surnames comes from the person providers of the ``faker`` wheel (a dependency
already, for surrogates): many locales, so that names of every origin found in French and English text are
known (about 9k given names and 14k surnames). The other lists were written for gamyeong.
"""

from __future__ import annotations

import importlib
import unicodedata
from collections.abc import Iterable
from functools import cache

__all__ = [
    "COMMON_CAPITALIZED",
    "NAME_PARTICLES",
    "ORG_WORDS",
    "TITLES",
    "TRIGGERS_AFTER",
    "name_gazetteer",
]

#: Titles and civilities that precede a name (the span starts after them).
TITLES: tuple[str, ...] = tuple(
    sorted(
        """
        M. MM. Mme Mmes Mlle Mlles Me Maître Maitre Dr Dr. Docteur Doctor Pr Pr. Professeur Professor Prof Prof.
        Monsieur Madame Mademoiselle Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Mx. Sir Dame Lady Lord Rev Rev. Fr. Père
        Sœur Soeur Frère Abbé Capt Capt. Captain Sgt Sgt. Officer Inspector Judge Juge Mister Messrs Mrs.
        """.split(),
        key=len,
        reverse=True,
    )
)

#: Lower-case particles inside a name (Charles de Gaulle, Ludwig van Beethoven).
NAME_PARTICLES: frozenset[str] = frozenset(
    "de du des d' d’ la le van von der den ten ter di da dos das del della el al bin ben ibn mac".split()
)

#: Phrases after which a name follows, even written in lower case in a chat.
TRIGGERS_AFTER: tuple[str, ...] = (
    "je m'appelle",
    "je m’appelle",
    "je me nomme",
    "moi c'est",
    "c'est",
    "je suis",
    "ici",
    "my name is",
    "my name's",
    "name is",
    "i'm",
    "i am",
    "this is",
    "it's",
    "call me",
    "signed",
    "signé",
    "de la part de",
    "on behalf of",
    "regards",
    "cordialement",
    "sincerely",
    "thanks",
    "merci",
    "nom",
    "name",
    "prénom",
    "contact",
    "patient",
    "client",
    "cliente",
    "titulaire",
    "holder",
    "account holder",
    "bénéficiaire",
    "beneficiary",
    "assuré",
    "insured",
    "attn",
    "à l'attention de",
    "dear",
    "cher",
    "chère",
    "bonjour",
    "hello",
    "hi",
)

#: Capitalized words that are not names even when an NER model says so (greetings, headers, months, roles).
COMMON_CAPITALIZED: frozenset[str] = frozenset(
    w.lower()
    for w in """
    Bonjour Bonsoir Salut Merci Cordialement Objet Urgent Important Madame Monsieur Mesdames Messieurs Cher Chère
    Dear Hello Hi Hey Thanks Thank Regards Best Kind Sincerely Yours Team Équipe Service Client Clients Customer
    Support Subject Re Fwd TR RE Note Notes Nom Prénom Name Date Adresse Address Tel Tél Mobile Email Mail Courriel
    Signature Signé Signed Confidential Confidentiel Monday Tuesday Wednesday Thursday Friday Saturday Sunday Lundi
    Mardi Mercredi Jeudi Vendredi Samedi Dimanche January February March April May June July August September
    October November December Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre
    Patient Patiente Docteur Doctor Nurse Manager Directeur Directrice Director Président President Responsable
    Admin Administrator Agent Conseiller Conseillère Advisor Assistant Assistante Technicien Technician Livreur
    Driver Courier Facture Invoice Commande Order Livraison Delivery Colis Parcel Compte Account Banque Bank
    Carte Card Code Numéro Number Rue Street Avenue Boulevard Road Lane Drive Paris Lyon Marseille London Londres
    OK Oui Non Yes No Please SVP Urgent Rappel Reminder Bienvenue Welcome Félicitations Congratulations Bravo
    Google Apple Microsoft Amazon Facebook Meta Netflix Samsung Orange SFR Bouygues Free Renault Peugeot Citroën
    iPhone iPad Galaxy Pixel MacBook Windows Android Linux Excel Word PowerPoint Teams Zoom Slack WhatsApp
    PDF USB Wi-Fi WiFi Bluetooth PIN SMS CEO CTO CFO RH HR IT TVA VAT SIRET SIREN IBAN BIC RIB NIR CEDEX BP
    DOB DDN SSN NHS MRN ID Ref IDK LOL OMG BTW TBH FYI ASAP IMO THX PLS BRB LMAO MDR PTDR STP
    Joyeux Joyeuses Noël Bonne Année Fêtes Happy Merry Christmas New Year Easter Pâques Véhicule Vehicle Login
    Logout IP Demande Request Ticket Dossier File Case Rose Gold Silver Black White Blue Red Green Noir Blanc
    Mon Ma Mes Votre Vos Notre Nos Your Our My The Le La Les Un Une Des This That Ces Ce Cette These Those
    WARN WARNING INFO DEBUG ERROR TRACE FATAL CRITICAL NOTICE
    Je Tu Il Nous Vous Ils Elles Voici Voilà Et Ou Mais Donc Car Si Quand Comme Pour Avec Sans Dans Chez
    Sur Sous Par Est Sont Oui Bien Ici Aujourd'hui Demain Hier Alors Puis Ensuite Enfin Aussi Pouvez Merci
    You He She We They It Its His Her Their Them And Or But If When As For With Without In On At By From To Of
    Is Are Was Were Could Would Should Just Also Then Today Tomorrow Yesterday Here There What Where Who
    """.split()
)

#: Words that make a capitalized sequence an organization, a product or a place rather than a person.
ORG_WORDS: frozenset[str] = frozenset(
    w.lower()
    for w in """
    Inc Inc. Ltd Ltd. LLC LLP PLC Corp Corp. Corporation Company Co Co. Group Groupe Holding Holdings SA SAS SARL
    SASU EURL SNC GmbH AG NV BV Bank Banque Crédit Credit Mutuel Caisse Assurance Assurances Insurance Mutuelle
    Université University Universities College School École Ecole Lycée Collège Institute Institut Hôpital Hopital
    Hospital Clinic Clinique Centre Center Services Service Solutions Systems Technologies Technology Labs Lab
    Agency Agence Foundation Fondation Association Ministère Ministry Department Département Council Conseil
    Mairie Préfecture Tribunal Court Police Gendarmerie Airlines Airways Motors Pharma Pharmacie Pharmacy Store
    Shop Market Supermarché Magasin Hotel Hôtel Restaurant Café Cafe Boulangerie Garage Studio Media Médias News
    Pro Max Plus Ultra Mini Air Edition Series Model Modèle Version Street St Rue Avenue Ave Boulevard Blvd Road
    Rd Lane Ln Drive Dr Place Pl Square Allée Impasse Chemin Quai Cours Route Way Park Parc Gare Station Airport
    Aéroport Tower Tour Building Bâtiment Résidence Cedex France Europe America Canada Kingdom States Republic
    Supplies Supply Logistics Logistique Energy Énergie Energie Telecom Telecoms Télécom Communications Networks
    Software Partners Consulting Industries Industrie Electric Electrics Foods Trading Traders Express Freight
    Transport Transports Travel Voyages Capital Finance Financial Realty Properties Immobilier Construction
    Engineering Manufacturing Distribution Retail Wholesale Marketing Digital Analytics Security Sécurité
    """.split()
)

_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_CA", "en_AU", "en_NZ", "en_IN", "fr_FR", "fr_CA", "fr_CH", "fr_BE", "fr_QC",
    "de_DE", "es_ES", "es_MX", "it_IT", "pt_PT", "pt_BR", "nl_NL", "pl_PL", "ro_RO", "tr_TR", "ar_AA", "sv_SE",
    "da_DK", "no_NO", "fi_FI", "cs_CZ", "hu_HU", "el_GR", "ru_RU", "uk_UA", "vi_VN", "en_PH", "id_ID", "fil_PH",
    "zh_CN", "ja_JP",
)  # fmt: skip


# Locales added for names of African, South Asian and Latin American origin ("Oluwaseun", "Thandiwe", "Siddharth"):
# only their names that are not also English or French words are kept (see ``name_gazetteer``).
_MORE_LOCALES = (
    "en_NG", "yo_NG", "ig_NG", "ha_NG", "en_KE", "zu_ZA", "tw_GH", "en_PK", "es_AR", "es_CO", "es_CL", "de_AT",
    "de_CH", "nl_BE", "sk_SK", "sl_SI", "hr_HR", "lt_LT", "lv_LV", "et_EE", "ga_IE", "az_AZ", "uz_UZ",
)  # fmt: skip


#: Given names common in South and East Asia, Africa and the Middle East, in their usual Latin spelling, that
#: faker's Latin-script providers lack (theirs for these places are written in their own scripts or absent).
#: General knowledge, not copied from a list; those that are also an ordinary word (yaw, duc) are left out.
_EXTRA_GIVEN = frozenset(
    """rahul priya ananya aarav arjun rohan vikram sunita anita deepak rajesh ravi amit sanjay neha pooja kavya
    aditi ishaan siddharth lakshmi meera nisha rekha suresh ramesh vijay karthik divya shreya farhan imran ayesha
    zainab fatima bilal usman hamza mei wei jia xin ying jun ming hao haruto yuki sakura hiroshi kenji takeshi
    yui aiko minh linh anh huong tuan duc nkechi chidi amaka ngozi chioma emeka obinna adaeze oluwaseun tunde
    femi kemi bola yemi segun ayodele folake dawit selam abebe tigist baraka amani wanjiru kamau otieno akinyi
    kwame kofi abena yaw youssef mehdi karim rachid nadia leila layla samir omar khalid tariq rania yasmin hassan
    hussein ahmed mohammed amira leilani malia keanu seydou rokia aminata moussa fatou ousmane mamadou""".split()
)


def _names(values: object) -> set[str]:
    if not isinstance(values, list | tuple | dict):
        return set()  # some providers expose a property here, not a list
    return {v.lower() for v in values if isinstance(v, str) and v[:1].isupper() and " " not in v}


def _fold(word: str) -> str:
    """``joão`` -> ``joao``, ``nguyễn`` -> ``nguyen``: chats and forms often drop the accents."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _provider_names(locales: Iterable[str]) -> tuple[set[str], set[str]]:
    given: set[str] = set()
    surnames: set[str] = set()
    for loc in locales:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            given |= _names(getattr(provider, attr, ()) or ())
        for attr in ("last_names", "last_names_male", "last_names_female"):
            surnames |= _names(getattr(provider, attr, ()) or ())
    return given, surnames


@cache
def name_gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames), lower-cased, from faker's person providers, with their unaccented spellings;
    common words removed."""
    from gamyeong.locales.latin_words import has_ordinary_sense, is_common_word

    given, surnames = _provider_names(_LOCALES)
    more_given, more_surnames = _provider_names(_MORE_LOCALES)
    given |= {w for w in more_given - given if not is_common_word(w)}
    # WordNet lists some of these as nouns (Ming, Mei, Aditi): only a word with another sense (yaw, duc) is out
    given |= {w for w in _EXTRA_GIVEN if not has_ordinary_sense(w)}
    surnames |= {w for w in more_surnames - surnames if not is_common_word(w)}
    given |= {f for f in map(_fold, given) if len(f) > 1 and not is_common_word(f)}
    surnames |= {f for f in map(_fold, surnames) if len(f) > 1 and not is_common_word(f)}
    given -= COMMON_CAPITALIZED
    surnames -= COMMON_CAPITALIZED
    return frozenset(given), frozenset(surnames)
