"""Checks on a Latin-script name run that the scorer of :mod:`gamyeong.detect.names_latin` asks: where an
organization ends a name (Marie de la Mairie), an ordinary word after a full name (Mei Haddad Card), a romanized
Korean name (Min-jun Kim, Seo-yeon Durand)."""

from __future__ import annotations

import re

from gamyeong.detect.names_latin_runs import bare
from gamyeong.locales.ko_names import ROMANIZED_SURNAMES
from gamyeong.locales.latin_names import NAME_PARTICLES, ORG_WORDS
from gamyeong.locales.latin_words import has_ordinary_sense

__all__ = ["PLACE_SURNAMES", "from_organization", "label_next", "ordinary_after_name", "romanized"]

# place words that are surnames after a given name and a particle (Jean de La Tour, Marie de France); other
# organization words there name where the person works (Marie de la Mairie, Sophie de la Banque Populaire)
PLACE_SURNAMES = frozenset("tour parc place rue cours chemin quai square court france".split())

# the departments a caller or writer says they are from (Claire de la Comptabilité, Julien du Support)
_DEPARTMENTS = frozenset("comptabilité direction accueil facturation support recrutement paie juridique rh".split())


def _institution(word: str) -> bool:
    return (word in ORG_WORDS and word not in PLACE_SURNAMES) or word in _DEPARTMENTS


def from_organization(toks: list[tuple[int, int, str]], given: frozenset[str]) -> int | None:
    """Where a run like "Marie de la Mairie" ends its name: the first particle after a given name that an
    organization word follows, if any. One pass each way: runs of capitalized words may be long."""
    last = next((k for k in range(len(toks) - 1, 0, -1) if _institution(bare(toks[k][2]))), 0)
    seen_given = False
    for k in range(last):
        word = bare(toks[k][2])
        if seen_given and word in NAME_PARTICLES:
            return k
        seen_given = seen_given or word in given
    return None


def ordinary_after_name(toks: list[tuple[int, int, str]], given: frozenset[str], surnames: frozenset[str]) -> bool:
    """The run's last word is an ordinary word after a given name and a surname (Mei Haddad Card)."""
    last, first, second = bare(toks[-1][2]), bare(toks[0][2]), bare(toks[1][2])
    return (
        bare(toks[-2][2]) not in NAME_PARTICLES  # Bernard de La Salle: a word after a particle is a surname
        and first in given
        and (second in surnames or second in given)
        and last not in surnames
        and last not in given
        and has_ordinary_sense(last)  # not Sartre, Hemingway: WordNet lists them as nouns only
    )


def romanized(
    toks: list[tuple[int, int, str]], caps: list[str], given_pattern: re.Pattern[str], upper: bool
) -> float | None:
    """A romanized Korean name: a Korean surname, then a romanized given name (Kim Min-jun: 0.85), or the given
    name, then a Korean surname (Min-jun Kim: 0.8) — or, hyphenated (Seo-yeon Durand: 0.8), then any surname.
    ``caps``: the run's words without particles, lower case; ``upper``: a word of the run is in capitals."""
    if len(caps) < 2:
        return None
    if caps[0] in ROMANIZED_SURNAMES and given_pattern.fullmatch("".join(caps[1:])):
        return 0.85
    hyphenated = len(caps) == 2 and "-" in toks[0][2] and not upper
    if (caps[-1] in ROMANIZED_SURNAMES or hyphenated) and given_pattern.fullmatch("".join(caps[:-1])):
        return 0.8
    return None


# the first word of a form's next field label, after a name on the same line (Nom : Jean Dupont Téléphone : …)
_LABEL_WORDS = frozenset(
    "téléphone telephone tél tel phone mobile portable fax email e-mail courriel mail adresse address date dob "
    "naissance ville city code société societe entreprise company service poste iban siret signature".split()
)
# the label's colon, after at most three lower-case words (Date de naissance :)
_LABEL_COLON = re.compile(r"(?:[ \t]+[a-zà-ÿ'’\-]+){0,3}[ \t]*[:：]")


def label_next(text: str, tok: tuple[int, int, str]) -> bool:
    """``tok`` opens the next field's label: a label word, then its colon."""
    return bare(tok[2]) in _LABEL_WORDS and _LABEL_COLON.match(text, tok[1]) is not None
