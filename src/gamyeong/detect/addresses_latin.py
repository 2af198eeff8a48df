"""French, US and UK street addresses by grammar: number, street type, street name, then unit, postcode and city.

French: ``12 bis rue de la Paix, 75002 Paris``, ``3, avenue Victor-Hugo 69002 Lyon``, ``Résidence les Tilleuls,
bât. B, apt 12, 5 allée des Roses, 33000 Bordeaux``, ``BP 123``, ``CEDEX``. Postcodes are checked against the
département table (01–95, 2A/2B written 20, 97x/98x overseas). US: ``123 Main St Apt 4, Springfield, IL 62704``,
``4500 W. Sunset Blvd., Suite 210``, ``PO Box 1234``; state codes from the USPS list. UK: ``10 Downing Street,
London SW1A 2AA``, ``Flat 3, 22 Baker Street``; postcodes by their official shape. A street name with no number
("on Main Street", "sur les Champs-Élysées") and a city alone are not addresses.
"""

from __future__ import annotations

import re
from typing import ClassVar

from gamyeong.detect.base import Document
from gamyeong.labels import Label
from gamyeong.langs import Language
from gamyeong.spans import Span

__all__ = ["LatinAddressDetector"]

_FR_TYPES = (
    r"rue|avenue|av\.?|bd|boulevard|place|pl\.|allée|allee|impasse|imp\.|chemin|ch\.|route|rte|quai|cours|square|"
    r"sq\.|voie|passage|faubourg|fbg|chaussée|sentier|ruelle|rond-point|esplanade|promenade|parvis|villa|cité|cite|"
    r"hameau|lotissement|résidence|residence|montée|traverse|mail|lieu-dit|clos|domaine|parc|port|côte|cote|carrefour"
)
_EN_TYPES = (
    r"street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|way|place|pl|terrace|ter|parkway|"
    r"pkwy|highway|hwy|circle|cir|square|sq|crescent|cres|close|grove|gardens|gdns|mews|row|hill|walk|trail|trl|"
    r"plaza|loop|alley|pike|expressway|expy|freeway|fwy|broadway|park|green|rise|vale|view|wharf|yard"
)
_NAME = r"(?:[^\W\d_]|\d{1,2}(?:er)?-[^\W\d_])[\w'’.\-]*"
_FR_STREET = (
    rf"(?P<fno>\d{{1,4}})(?:\s?(?:bis|ter|quater|[A-D])\b)?,?\s(?P<ftype>{_FR_TYPES})\s"
    rf"(?:(?:de la|de l['’]|du|des|de|d['’]|la|le|les|l['’])\s?)?{_NAME}"
    rf"(?:[\s\-](?:de la|de|du|des|la|le|les|d['’]|l['’]|{_NAME})){{0,5}}"
)
_CITY_WORD = r"[A-ZÀ-Ý][\w'’\-]*"
_FR_POST = (
    # metropolitan départements 01-95 then three digits; overseas 971-976, 980 and 984-989 then two
    r"(?P<fpost>(?:0[1-9]|[1-8]\d|9[0-5])\d{3}|97[1-6]\d{2}|98[046-9]\d{2})\s"
    rf"(?P<fcity>{_CITY_WORD}(?:[\s\-]{_CITY_WORD}|\s(?:sur|sous|en|le|la|les|de|du|d['’])\s{_CITY_WORD}){{0,3}})"
    r"(?:\s(?:CEDEX|Cedex)(?:\s\d{1,2})?)?"
)
# A building, flat or staircase named before the street: its name is capitalized or a number ("Résidence les
# Tilleuls", "Bât. B", "Appartement 12"), so "l'appartement se trouve 10 impasse …" does not start the address early.
_FR_PREFIX = (
    r"(?:(?:Résidence|Residence|Bâtiment|Bât\.|Bat\.|Appartement|Appt?\.?|Apt\.?|Escalier|Esc\.|Étage|Etage)"
    r"\s?(?-i:(?:(?:les|le|la|des|du|de)\s)?[A-ZÀ-Ý0-9][\w'’\-]*(?:\s(?:les|le|la|des|du|de|[A-ZÀ-Ý0-9][\w'’\-]*)){0,3})"
    r",?\s){0,3}"
)
# Paris, Lyon and Marseille addresses often end with the arrondissement instead of a postcode: "…, Lyon 2e"
_FR_ARRONDISSEMENT = r"(?P<farr>,?\s(?:Paris|Lyon|Marseille)\s\d{1,2}(?:e|er|ème)(?!\w))"
_FR = re.compile(
    rf"(?<![\w])(?P<fpre>{_FR_PREFIX})?{_FR_STREET}(?:,?\s(?:(?:bât\.|bâtiment|appt?\.?|apt\.?|étage|esc\.)\s?\w+,?\s){{0,3}}"
    rf"(?:BP\s\d{{1,5}},?\s)?(?:-\s)?{_FR_POST}|{_FR_ARRONDISSEMENT})?",
    re.IGNORECASE,
)
_FR_POSTONLY = re.compile(rf"(?<!\w)(?:BP|CS)\s\d{{1,5}},?\s{_FR_POST}")

_US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI"
).split()
_UNIT = r"(?i:,?\s?(?:apt|apartment|suite|ste|unit|fl|floor|room|rm|#|no\.?|bldg|building)\.?\s?#?\s?[\w\-]{1,6})"
_EN_STREET = (
    rf"(?P<eno>\d{{1,6}}[A-Za-z]?)\s(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s)?"
    rf"(?:[A-Z0-9][\w'’.\-]*\s){{0,4}}(?P<etype>(?i:{_EN_TYPES}))\.?(?:\s(?:N|S|E|W|NE|NW|SE|SW)\.?)?(?![\w])"
)
_EN_CITY = r"[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,3}"
_US_TAIL = rf"(?:,?\s{_EN_CITY})?,?\s(?P<state>{'|'.join(_US_STATES)})(?:\s(?P<zip>\d{{5}}(?:-\d{{4}})?))?(?!\w)"
_UK_POST = r"(?P<ukpost>(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2})"
_UK_TAIL = rf"(?:,?\s{_EN_CITY})?,?\s{_UK_POST}(?!\w)"
_EN = re.compile(
    rf"(?<![\w])(?:(?:Flat|Apartment|Apt|Unit|Suite)\s[\w\-]{{1,5}},?\s)?{_EN_STREET}{_UNIT}?"
    rf"(?:{_US_TAIL}|{_UK_TAIL}|,\s(?P<ecity>{_EN_CITY})(?=[.\n;]|$))?",
)
_PO_BOX = re.compile(
    rf"(?<!\w)(?:P\.?\s?O\.?\s?Box|Post Office Box)\s\d{{1,6}}(?:{_US_TAIL}|{_UK_TAIL})?", re.IGNORECASE
)
_TYPE_WORDS = re.compile(rf"^(?:{_EN_TYPES})$", re.IGNORECASE)


class LatinAddressDetector:
    name: ClassVar[str] = "latin_addresses"
    labels: ClassVar[frozenset[str]] = frozenset({Label.ADDRESS})
    languages: ClassVar[frozenset[Language]] = frozenset({Language.FR, Language.EN})

    def detect(self, doc: Document) -> list[Span]:
        text = doc.norm.text
        if not any(c.isdigit() for c in text):
            return []
        out: list[Span] = []
        for m in _FR.finditer(text):
            ending = "postcode" if m["fpost"] else "arrondissement" if m["farr"] else ""
            score = 0.75 + (0.2 if ending else 0.0)
            out.append(self._span(doc, m.start(), m.end(), score, ("fr-street", ending) if ending else ("fr-street",)))
        for m in _FR_POSTONLY.finditer(text):
            out.append(self._span(doc, m.start(), m.end(), 0.8, ("fr-postbox",)))
        for m in _EN.finditer(text):
            if m["etype"] and _TYPE_WORDS.match(m["etype"]) and not m["etype"][0].isupper():
                continue  # "3 st" "12 way": street types are capitalized in addresses
            tail = bool(m["state"] or m["ukpost"] or m["ecity"])
            score = 0.7 + (0.2 if tail else 0.0)
            if (
                m["etype"].lower() in ("dr", "st", "pl", "ct", "ter", "park", "green", "view", "row", "hill")
                and not tail
            ):
                score -= 0.15
            out.append(self._span(doc, m.start(), m.end(), score, ("en-street", "postcode" if tail else "street")))
        for m in _PO_BOX.finditer(text):
            out.append(self._span(doc, m.start(), m.end(), 0.8, ("po-box",)))
        return out

    def _span(self, doc: Document, start: int, end: int, score: float, why: tuple[str, ...]) -> Span:
        text = doc.norm.text
        while end > start and text[end - 1] in " ,.;":
            end -= 1
        return doc.span(start, end, Label.ADDRESS, min(score, 0.95), self.name, why)
