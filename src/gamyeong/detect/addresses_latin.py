"""French, US and UK street addresses by grammar: number, street type, street name, then unit, postcode and city.

French: ``12 bis rue de la Paix, 75002 Paris``, ``3, avenue Victor-Hugo 69002 Lyon``, ``Résidence les Tilleuls,
bât. B, apt 12, 5 allée des Roses, 33000 Bordeaux``, ``BP 123``, ``CEDEX``. Postcodes are checked against the
département table (01–95, 2A/2B written 20, 97x/98x overseas). US: ``123 Main St Apt 4, Springfield, IL 62704``,
``4500 W. Sunset Blvd., Suite 210``, ``PO Box 1234``; state codes from the USPS list. UK: ``10 Downing Street,
London SW1A 2AA``, ``Flat 3, 22 Baker Street``; postcodes by their official shape. A street name with no number
("on Main Street", "sur les Champs-Élysées") and a city alone are not addresses.

Without a number, a postcode must vouch for the place: ``lieu-dit Les Granges, 24200 Sarlat``, ``Route de Lyon,
38200 Vienne``, ``Ivy House, Pine Drive, Leeds LS6 3DN``; a lieu-dit is named by its keyword alone. Lower-case
English addresses (chats) need a postcode or a state and ZIP code.
"""

from __future__ import annotations

import re
from typing import ClassVar

from gamyeong.detect.base import Document
from gamyeong.detect.taken import Taken
from gamyeong.labels import Label
from gamyeong.langs import Language
from gamyeong.spans import Span

__all__ = ["LatinAddressDetector"]

_FR_TYPES = (
    r"rue|r\.|avenue|av\.?|bd|boulevard|place|pl\.|allée|allee|impasse|imp\.|chemin|ch\.|route|rte|quai|cours|square|"
    r"sq\.|voie|passage|faubourg|fbg|chaussée|sentier|ruelle|rond-point|esplanade|promenade|parvis|villa|cité|cite|"
    r"hameau|lotissement|résidence|residence|montée|traverse|mail|lieu-dit|clos|domaine|parc|port|côte|cote|carrefour"
)
_EN_TYPES = (
    r"street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|way|place|pl|terrace|ter|parkway|"
    r"pkwy|highway|hwy|circle|cir|square|sq|crescent|cres|close|grove|gardens|gdns|mews|row|hill|walk|trail|trl|"
    r"plaza|loop|alley|pike|expressway|expy|freeway|fwy|broadway|park|green|rise|vale|view|wharf|yard"
)
_NAME = r"(?:[^\W\d_]|\d{1,2}(?:er)?-[^\W\d_])[\w'’.\-]*"
_CAP_NAME = r"(?:(?-i:[A-ZÀ-Ý])|\d{1,2}(?:er)?-[^\W\d_])[\w'’.\-]*"
# Particles end at a word boundary: "3 rue de la Gare demain" must not keep the "de" of "demain".
_FR_STREET = (
    rf"(?P<fno>\d{{1,4}})(?:\s?(?:bis|ter|quater|[A-D])\b)?,?\s(?:"
    rf"(?P<ftype>{_FR_TYPES})\s"
    rf"(?:(?:(?:de la|du|des|de|la|le|les)(?!\w)|de l['’]|d['’]|l['’])\s?)?{_NAME}"
    # after the first word, a lower-case word is prose, not the street's name ("3 rue de la Gare demain")
    rf"(?:[\s\-](?:(?:de la|de|du|des|la|le|les|aux|au|sur|en|et)(?!\w)|d['’]|l['’]|{_CAP_NAME})){{0,5}}"
    # "3 Grande Rue", "Grand'Rue": the street type is the whole name
    r"|grande?[\s\-'’]rue(?!\w))"
)
_CITY_WORD = r"[A-ZÀ-Ý][\w'’\-]*"
# After the city's first word (which a chat may write in lower case: 44000 nantes), the next words are capitalized
# and never CEDEX, which has a number of its own: "44000 Nantes svp" ends at Nantes, "… Rennes CEDEX 7" keeps the 7
_CITY_MORE = r"(?-i:(?!CEDEX\b|Cedex\b)[A-ZÀ-Ý][\w'’\-]*)"
_FR_POST = (
    # metropolitan départements 01-95 then three digits; overseas 971-976, 980 and 984-989 then two
    r"(?P<fpost>(?:0[1-9]|[1-8]\d|9[0-5])\d{3}|97[1-6]\d{2}|98[046-9]\d{2})\s"
    rf"(?P<fcity>{_CITY_WORD}(?:[ \-]{_CITY_MORE}| (?:sur|sous|en|le|la|les|de|du|d['’]) {_CITY_MORE}){{0,3}})"
    r"(?:\s(?:CEDEX|Cedex)(?:\s\d{1,2})?)?"
)
# A building, flat or staircase named before the street: its name is capitalized or a number ("Résidence les
# Tilleuls", "Bât. B", "Appartement 12"), so "l'appartement se trouve 10 impasse …" does not start the address early.
_FR_PREFIX = (
    r"(?:(?:(?:Résidence|Residence|Bâtiment|Bât\.|Bat\.|Appartement|Appt?\.?|Apt\.?|Escalier|Esc\.|Étage|Etage)"
    r"\s?(?-i:(?:(?:les|le|la|des|du|de)\s)?[A-ZÀ-Ý0-9][\w'’\-]*(?:\s(?:les|le|la|des|du|de|[A-ZÀ-Ý0-9][\w'’\-]*)){0,3})"
    r"|\d{1,2}(?:e|er|ème)\s(?:étage|etage))"  # "Appartement 12, 3e étage, 8 rue Pasteur"
    r",?\s){0,3}"
)
# A housing complex, then its building, staircase or flat, before the street ("Le Clos des Tilleuls, bât. B, esc 4,
# 2 allée des Lilas"): read backwards from a street the grammar found, so that no scan starts at every capital.
_FR_COMPLEX = (
    r"(?:(?:Les|Le|La|L['’])\s?)?(?:Clos|Jardins?|Domaine|Parc|Villa|Hameau|Terrasses?|Hauts?|Coteaux?|Carré|Manoir|"
    r"Village|Cour|Tour|Immeuble|Cité|Résidence|Residence|Square)\s"
    r"(?-i:(?:(?:les|le|la|des|du|de)\s|[dl]['’])?[A-ZÀ-Ý0-9][\w'’\-]*(?:\s(?:les|le|la|des|du|de|[A-ZÀ-Ý0-9][\w'’\-]*)){0,3})"
)
# The keyword opens a word, and its number or letter is glued to it only when it is a number or follows a dot
# (apt12, bât.B): "Électricité Générale, 12 rue …", "Logement adapté, 12 rue …", "Encore un appel, 3 rue …" are
# not a complex nor a flat (cité, apté and app+el read as keywords before the search had a word boundary); and
# a function word is no flat's number ("au premier étage du 12 rue …" starts at 12).
_FR_BUILDING = (
    r"(?:bât|bat|bâtiment|batiment|esc|escalier|appt?|apt|appartement|porte|étage|etage)"
    r"(?:\.?\s(?!(?:du|de|des|la|le|les|au|aux|et|est|en|sur)(?!\w))\w{1,4}|\.\w{1,4}|\d\w{0,3})(?!\w)"
    r"|\d{1,2}(?:e|er|ème)\s(?:étage|etage)"
)
_FR_BEFORE = re.compile(
    rf"(?<!\w)(?:(?:(?:{_FR_COMPLEX}),?\s)?(?:(?:{_FR_BUILDING}),?\s){{1,3}}|(?:{_FR_COMPLEX}),?\s)\Z", re.IGNORECASE
)
_BEFORE_REACH = 100
# Paris, Lyon and Marseille addresses often end with the arrondissement instead of a postcode: "…, Lyon 2e"
_FR_ARRONDISSEMENT = r"(?P<farr>,?\s(?:Paris|Lyon|Marseille)\s\d{1,2}(?:e|er|ème)(?!\w))"
# A building, flat, staircase or floor after the street belongs to the address with or without a postcode
# ("14 résidence du Parc, Bât. B", "45 avenue Foch, 3e étage, Paris 16e"); lines may separate them.
_FR_UNIT = (
    r"(?:,?\s(?:(?:bât\.|bâtiment|appt?\.?|apt\.?|appartement|étage|esc\.|escalier|porte)\s?\w{1,4}(?!\w)"
    r"|\d{1,2}(?:e|er|ème)\sétage))"
)
# A city after a comma, closing the clause, when no postcode is given ("3 allée des Tilleuls, Lyon.")
_FR_CITY_END = (
    r"(?P<fcityend>,\s(?-i:[A-ZÀ-Ý][\w'’]*(?:[\s\-](?:sur|sous|en|le|la|[A-ZÀ-Ý][\w'’]*)){0,3})(?=\s?[.;\n)]|$))"
)
# Each pattern that scans the whole text first tests the characters its matches can start with (a digit or the
# first letter of a keyword): Python's engine otherwise tries every alternative at every letter (_FR 0.45 -> 0.31 ms
# on a 1.8 KB chat text).
_FR = re.compile(
    rf"(?=[\dRBAEÉ])(?<![\w])(?P<fpre>{_FR_PREFIX})?{_FR_STREET}(?P<funit>{_FR_UNIT}{{0,3}})"
    rf"(?:,?\s(?:BP\s\d{{1,5}},?\s)?(?:[-–]\s)?{_FR_POST}|{_FR_ARRONDISSEMENT}|{_FR_CITY_END})?",
    re.IGNORECASE,
)
# What every _FR match holds: the street number's last digit, then the street type. This search starts with a digit,
# which Python's engine scans for in C; most texts have no French street and skip the _FR scan (4x dearer).
_FR_STREET_CORE = re.compile(
    r"\d(?:\s?(?:bis|ter|quater|[A-D])\b)?,?\s(?:(?:" + _FR_TYPES + r")\s|grande?[\s\-'’]rue)", re.IGNORECASE
)
_FR_POSTONLY = re.compile(rf"(?<!\w)(?:BP|CS)\s\d{{1,5}},?\s(?:[-–]\s)?{_FR_POST}")
# Rural addresses have no number: a lieu-dit, a hamlet, a domain or a numberless road, then a postcode ("lieu-dit
# Les Granges, 24200 Sarlat", "Route de Lyon, 38200 Vienne", "Le Bourg, 19160 Neuvic"). The postcode vouches
# for it; a lieu-dit names a few houses, so "lieu-dit" and its name alone are an address too.
_FR_PLACE_NAME = (
    r"(?-i:(?:(?:de la|de l['’]|du|des|de|d['’]|la|le|les|l['’])\s?)?[A-ZÀ-Ý][\w'’\-]*"
    r"(?:\s(?:de la|de|du|des|la|le|les|d['’]|l['’]|[A-ZÀ-Ý][\w'’\-]*)){0,4})"
)
_FR_LOCALITY = re.compile(
    rf"(?<![\w])(?:(?P<lieudit>lieu[\s\-]?dit|lieudit)\s{_FR_PLACE_NAME}"
    rf"|(?:hameau|quartier|domaine|mas|ferme|résidence|residence|ZA|ZI|ZAC|{_FR_TYPES})\s{_FR_PLACE_NAME}"
    rf"|(?-i:Le Bourg))"
    rf"(?P<lpost>,?\s(?:[-–]\s)?{_FR_POST})?",
    re.IGNORECASE,
)
# Numberless addresses are looked for only just before a postcode and its city or after "lieu": a regex that may
# start at any word costs more than the rest of the address grammar.
_FIVE_DIGITS = re.compile(r"(?=\d)(?<![\w])(?:0[1-9]|[1-8]\d|9[0-8])\d{3}\s(?-i:[A-ZÀ-Ý])")
_LOCALITY_REACH = 90

_US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI"
).split()
_UNIT = r"(?i:,?\s?(?:apt|apartment|suite|ste|unit|fl|floor|room|rm|#|no\.?|bldg|building)\.?\s?#?\s?[\w\-]{1,6})"
_EN_STREET = (
    # spaces only between number, words and type: a tab or a line break ends a cell or a field (DOB\t1975\n
    # Address\t160 Victoria Street must not start at the year)
    rf"(?P<eno>\d{{1,6}}[A-Za-z]?) (?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.? )?"
    rf"(?:[A-Z0-9][\w'’.\-]* ){{0,4}}(?P<etype>(?i:{_EN_TYPES}))\.?(?:\s(?:N|S|E|W|NE|NW|SE|SW)\.?)?(?![\w])"
)
_EN_CITY = r"[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,3}"
_US_TAIL = rf"(?:,?\s{_EN_CITY})?,?\s(?P<state>{'|'.join(_US_STATES)})(?:\s(?P<zip>\d{{5}}(?:-\d{{4}})?))?(?!\w)"
_UK_POST = r"(?P<ukpost>(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2})"
# A town, then maybe a county, before the postcode: "Leeds, West Yorkshire LS6 2AB"
_UK_TAIL = rf"(?:,?\s{_EN_CITY}){{0,2}},?\s{_UK_POST}(?!\w)"
_EN = re.compile(
    rf"(?=[\dFAUS])(?<![\w])(?:(?:Flat|Apartment|Apt|Unit|Suite)\s[\w\-]{{1,5}},?\s)?{_EN_STREET}{_UNIT}?"
    rf"(?:{_US_TAIL}|{_UK_TAIL}|,\s(?P<ecity>{_EN_CITY})(?=[.\n;]|$))?",
)
_PO_BOX = re.compile(
    rf"(?=P)(?<!\w)(?:P\.?\s?O\.?\s?Box|Post Office Box)\s\d{{1,6}}(?:{_US_TAIL}|{_UK_TAIL})?", re.IGNORECASE
)
_TYPE_WORDS = re.compile(rf"^(?:{_EN_TYPES})$", re.IGNORECASE)
# British houses and rural streets often have no number; a full postcode then vouches for the street:
# "Ivy House, Church Lane, Little Snoring, Norfolk NR21 0AA", "Unit 5, Riverside Industrial Estate, Bristol …".
_UK_NAMED = re.compile(
    rf"(?<![\w])(?:(?:[A-Z0-9][\w'’\-]*\s){{0,3}}[A-Z0-9][\w'’\-]*,\s)?"
    rf"(?:[A-Z][\w'’.\-]*\s){{1,3}}(?P<etype>(?i:{_EN_TYPES}|estate))\.?{_UK_TAIL}"
)
_UK_POSTCODE = re.compile(rf"(?=[A-Z])(?<![\w]){_UK_POST}(?!\w)")
_NAMED_REACH = 120
# Chats write addresses in lower case; only a postcode (UK) or a state and ZIP code (US) make one of those.
_EN_LOWER = re.compile(  # (?=\d): see _FR
    rf"(?=\d)(?<![\w])\d{{1,5}}\s(?:[a-z][\w'’\-]*\s){{1,3}}(?:{_EN_TYPES})\.?,?\s(?:[a-z][\w'’\-]*,?\s){{1,3}}"
    rf"(?:(?:[a-z]{{1,2}}\d[a-z\d]?\s?\d[a-z]{{2}})|(?:{'|'.join(_US_STATES)})\s\d{{5}})(?!\w)",
    re.IGNORECASE,
)


class LatinAddressDetector:
    name: ClassVar[str] = "latin_addresses"
    labels: ClassVar[frozenset[str]] = frozenset({Label.ADDRESS})
    languages: ClassVar[frozenset[Language]] = frozenset({Language.FR, Language.EN})

    def detect(self, doc: Document) -> list[Span]:
        text = doc.norm.text
        if not any(c.isdigit() for c in text) and "lieu" not in text.lower():  # a lieu-dit needs no number
            return []
        out: list[Span] = []
        numbered = Taken()
        for m in _FR.finditer(text) if _FR_STREET_CORE.search(text) else ():
            before = _FR_BEFORE.search(text, max(0, m.start() - _BEFORE_REACH), m.start())
            start = before.start() if before and (not out or out[-1].end <= before.start()) else m.start()
            numbered.add(start, m.end())
            ending = "postcode" if m["fpost"] else "arrondissement" if m["farr"] else "city" if m["fcityend"] else ""
            score = 0.75 + (0.2 if ending else 0.0)
            out.append(self._span(doc, start, m.end(), score, ("fr-street", ending) if ending else ("fr-street",)))
        for m in _FR_POSTONLY.finditer(text):
            out.append(self._span(doc, m.start(), m.end(), 0.8, ("fr-postbox",)))
        for m in _localities(text):
            if numbered.overlaps(m.start(), m.end()):
                continue  # the numbered street already holds it
            if m["lpost"]:
                out.append(self._span(doc, m.start(), m.end(), 0.85, ("fr-locality", "postcode")))
            elif m["lieudit"]:
                out.append(self._span(doc, m.start(), m.end(), 0.75, ("fr-lieu-dit",)))
        for m in _EN.finditer(text):
            numbered.add(m.start(), m.end())
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
        for m in _uk_named(text):
            if m["etype"][0].isupper() and not numbered.overlaps(m.start(), m.end()):
                out.append(self._span(doc, m.start(), m.end(), 0.85, ("uk-named-street", "postcode")))
        for m in _EN_LOWER.finditer(text):
            if not numbered.overlaps(m.start(), m.end()):
                out.append(self._span(doc, m.start(), m.end(), 0.8, ("en-street-lower-case", "postcode")))
        for m in _PO_BOX.finditer(text):
            out.append(self._span(doc, m.start(), m.end(), 0.8, ("po-box",)))
        return out

    def _span(self, doc: Document, start: int, end: int, score: float, why: tuple[str, ...]) -> Span:
        text = doc.norm.text
        while end > start and text[end - 1] in " ,.;":
            end -= 1
        return doc.span(start, end, Label.ADDRESS, min(score, 0.95), self.name, why)


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _localities(text: str) -> list[re.Match[str]]:
    windows = [(max(0, m.start() - _LOCALITY_REACH), min(len(text), m.end() + 40)) for m in _FIVE_DIGITS.finditer(text)]
    lowered = text.lower()
    i = lowered.find("lieu")
    while i >= 0:
        windows.append((i, min(len(text), i + _LOCALITY_REACH)))
        i = lowered.find("lieu", i + 1)
    return [m for lo, hi in _merged(windows) for m in _FR_LOCALITY.finditer(text, lo, hi)]


def _uk_named(text: str) -> list[re.Match[str]]:
    windows = [(max(0, m.start() - _NAMED_REACH), m.end()) for m in _UK_POSTCODE.finditer(text)]
    return [m for lo, hi in _merged(windows) for m in _UK_NAMED.finditer(text, lo, hi)]
