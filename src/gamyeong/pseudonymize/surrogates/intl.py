"""French and English surrogates from ``faker`` (fr_FR, en_US), seeded per value so that the same value always
gives the same fake. Faker is an optional dependency (the ``pseudonymize`` extra), imported on first use.

One ``Faker`` per locale is built once and reused (building one takes tens of milliseconds); seeding and
drawing happen under a lock, so threads never interleave their draws.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from gamyeong.errors import MissingDependencyError

if TYPE_CHECKING:
    from faker import Faker

__all__ = ["LOCALES", "address", "email", "person_name"]

#: language → faker locale (Korean text with a Latin name or address uses en_US)
LOCALES = {"fr": "fr_FR", "en": "en_US", "ko": "en_US"}
_EMAIL_LOCALES = {"fr": "fr_FR", "en": "en_US", "ko": "ko_KR"}
_LOCK = threading.Lock()
_POSTCODE_FR = re.compile(r"\b[0-9]{5}\b")
_ZIP_US = re.compile(r"\b[A-Z]{2}\s+[0-9]{5}(?:-[0-9]{4})?\b")


@cache
def _faker(locale: str) -> Faker:
    try:
        import faker
    except ImportError:  # pragma: no cover - faker is installed with the extra
        raise MissingDependencyError("faker", "pseudonymize") from None
    return faker.Faker(locale)


def _like_case(original: str, new: str) -> str:
    """Capitals kept where the original shouted (DUPONT Jean → MARTIN Paul)."""
    return new.upper() if len(original) > 1 and original.isupper() else new


def _one_word(draw: Callable[[], str]) -> str:
    """A name without spaces (faker has "Da Costa", "Le Gall"), so the word count stays the original's."""
    name = draw()
    for _ in range(20):
        if " " not in name:
            break
        name = draw()
    return name.replace(" ", "-")


def person_name(original: str, lang: str, seed: int) -> str:
    """As many words as the original: one → a last name, two → first and last, more → first names then a last
    name; a word written in capitals stays in capitals."""
    words = original.split()
    with _LOCK:
        fake = _faker(LOCALES.get(lang, "en_US"))
        fake.seed_instance(seed)
        firsts = [_one_word(fake.first_name) for _ in range(len(words) - 1)]
        new = [*firsts, _one_word(fake.last_name)]
    if len(words) >= 2 and words[0].isupper() and not words[-1].isupper():
        new = [new[-1], *new[:-1]]  # French administrative order: NOM Prénom
    out = iter(_like_case(w, n) for w, n in zip(words or [original], new, strict=True))
    return re.sub(r"\S+", lambda _: next(out), original) if words else new[0]


def address(original: str, lang: str, seed: int) -> str:
    """A street address; with the city (and postcode, or state and ZIP code for English) when the original had
    more than a street, on one line or several like the original."""
    locale = LOCALES.get(lang, "en_US")
    with _LOCK:
        fake = _faker(locale)
        fake.seed_instance(seed)
        street = fake.street_address().replace("\n", " ")
        city, postcode = fake.city(), fake.postcode()
        state = (
            fake.state_abbr(include_territories=False, include_freely_associated_states=False)
            if locale == "en_US"
            else ""
        )
    separator = "\n" if "\n" in original.strip() else ", "
    if locale == "fr_FR" and _POSTCODE_FR.search(original):
        return f"{street}{separator}{postcode} {city}"
    if locale == "en_US" and _ZIP_US.search(original):
        return f"{street}{separator}{city}, {state} {postcode}"
    if re.search(r"[,\n]", original.strip()):
        return f"{street}{separator}{city}"
    return street


def email(original: str, lang: str, seed: int) -> str:
    """A plausible address on a reserved example domain (example.com/.net/.org: it can never reach anyone),
    with a user name of the text's language."""
    with _LOCK:
        fake = _faker(_EMAIL_LOCALES.get(lang, "en_US"))
        fake.seed_instance(seed)
        new = fake.email()
    return new.upper() if original.isupper() else new
