"""Rules for identifiers used across countries: e-mail, URL, IP, card, IBAN, French NIR, phones outside
Korea (their checks: rules_phone_intl), passports, French plates and context-driven other identifiers
(member/patient numbers, US SSN)."""

from __future__ import annotations

import re

from gamyeong.detect.rules import Candidate, Rule, make_span
from gamyeong.detect.rules_phone_intl import intl_phone
from gamyeong.detect.scanner import PatternDef
from gamyeong.identifiers import Validity
from gamyeong.identifiers.fr import nir, rib, siret
from gamyeong.identifiers.intl import card, email, iban, ip
from gamyeong.identifiers.kr import rrn
from gamyeong.labels import Label
from gamyeong.spans import Span
from gamyeong.text.normalize import digits_only

__all__ = ["INTL_RULES"]

_URL_TRAILING = ".,;:!?'\")]}>"
# Hosts whose URLs with a path name one person (a profile, a personal blog or channel).
_PROFILE_HOSTS = re.compile(
    r"(?:^|\.)(?:facebook\.com|fb\.com|instagram\.com|twitter\.com|x\.com|linkedin\.com|github\.com|"
    r"gitlab\.com|tiktok\.com|youtube\.com|medium\.com|velog\.io|blog\.naver\.com|brunch\.co\.kr|"
    r"band\.us|story\.kakao\.com|threads\.net|pinterest\.com|soundcloud\.com|behance\.net|dribbble\.com|"
    r"about\.me|linktr\.ee|t\.me|vk\.com|flickr\.com|tumblr\.com|notion\.site|substack\.com)$"
)
_PERSONAL_HOST_SUFFIX = re.compile(r"\.(?:tistory\.com|github\.io|blogspot\.com|wordpress\.com|substack\.com)$")
_PERSONAL_PATH = re.compile(r"/(?:~|@)[\w.-]+|/(?:users?|profile|people|u|in|member|members)/[\w.-]+", re.I)
_SSN = re.compile(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})")


def _email(cand: Candidate) -> list[Span]:
    validity = email.check(cand.value)
    if validity is Validity.INVALID:
        return []
    return make_span(cand, Label.EMAIL, 0.95 if validity is Validity.VERIFIED else 0.85, ("validator:syntax",))


_AT = re.compile(r" ?(?:\[at\]|\(at\)|\{at\}|@) ?", re.IGNORECASE)
_DOT = re.compile(r" ?(?:\[dot\]|\(dot\)|\{dot\}|\.) ?", re.IGNORECASE)


def _obfuscated_email(cand: Candidate) -> list[Span]:
    """Addresses written to dodge harvesters: "name [at] mail [dot] com", "name @ mail.com"."""
    address = _DOT.sub(".", _AT.sub("@", cand.value, count=1))
    if address.count("@") != 1 or email.check(address) is Validity.INVALID:
        return []
    return make_span(cand, Label.EMAIL, 0.85, ("validator:syntax", "rule:obfuscated"))


def _url(cand: Candidate) -> list[Span]:
    # A comma ends a URL in practice (CSV cells, lists); the rare URL with a comma in its path is cut short.
    value = cand.value.split(",", 1)[0].rstrip(_URL_TRAILING)
    end = cand.start + len(value)
    rest = value.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    host = host.lower().split(":")[0].removeprefix("www.")
    path = "/" + path if path else ""
    if (_PROFILE_HOSTS.search(host) and len(path.strip("/")) > 1) or _PERSONAL_HOST_SUFFIX.search("." + host):
        return make_span(cand, Label.URL, 0.8, ("rule:profile-url",), end=end)
    if _PERSONAL_PATH.search(path):
        return make_span(cand, Label.URL, 0.65, ("rule:personal-path",), end=end)
    ctx = cand.context()
    if ctx.positive(Label.URL):
        return make_span(cand, Label.URL, 0.35, ("rule:url",), ctx=ctx, end=end)
    return []  # a company or home page is not personal data


def _ip(cand: Candidate) -> list[Span]:
    text = cand.doc.norm.text
    after = text[cand.end : cand.end + 2]
    if len(after) == 2 and after[0] == "." and after[1].isdigit():
        return []  # part of a longer dotted number (1.2.3.4.5)
    validity = ip.check(cand.value)
    if validity is Validity.INVALID:
        return []
    return make_span(cand, Label.IP_ADDRESS, 0.85 if validity is Validity.VERIFIED else 0.6, ("validator:ip",))


def _card(cand: Candidate) -> list[Span]:
    validity = card.check(cand.value)
    if validity is Validity.INVALID:
        return []
    base = 0.9 if validity is Validity.VERIFIED else 0.35
    if len(cand.value) == 14 and cand.value.isdigit():
        # Fourteen bare digits that pass Luhn are as often a French company's SIRET (Luhn too) as a Diners
        # card, which is printed 4-6-4: believe the card only where the text speaks of one.
        base = 0.2 if siret.is_valid(cand.value) else 0.45
    return make_span(cand, Label.CREDIT_CARD, base, ("validator:luhn",))


def _mod97_ok(value: str) -> bool:
    """The IBAN checksum alone: cheap, so the full (country-structure) check runs only when it passes."""
    compact = value.replace(" ", "").replace("-", "")
    moved = compact[4:] + compact[:4]
    try:
        return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
    except ValueError:
        return False


def _iban(cand: Candidate) -> list[Span]:
    value = cand.value
    # The pattern may have run into a following word: drop trailing groups until valid.
    while True:
        if _mod97_ok(value.upper()) and iban.check(value) is Validity.VERIFIED:
            return make_span(cand, Label.IBAN, 0.95, ("validator:mod97",), end=cand.start + len(value))
        cut = max(value.rfind(" "), value.rfind("-"))
        head, sep = (value[:cut], value[cut]) if cut > 0 else ("", "")
        if not sep or len(head.replace(" ", "")) < 15:
            return []
        value = head


def _nir(cand: Candidate) -> list[Span]:
    compact = nir.compact(cand.value)
    if len(compact) == 15:
        if nir.check(compact) is Validity.INVALID:
            return []
        return make_span(cand, Label.FR_NIR, 0.95, ("validator:key-mod97",))
    # Written without its key: check the components by giving it the key it would have.
    if nir.check(compact + nir.calc_key(compact)) is Validity.INVALID:
        return []
    return make_span(cand, Label.FR_NIR, 0.35, ("validator:components",))


def _passport(cand: Candidate) -> list[Span]:
    value = cand.value
    french = len(value) == 9 and value[:2].isdigit() and value[2:4].isalpha() and value[4:].isdigit()
    ctx = cand.context()
    if not french and not ctx.positive(Label.PASSPORT):
        return []
    return make_span(cand, Label.PASSPORT, 0.55 if french else 0.25, ("rule:passport-format",), ctx=ctx)


def _rib(cand: Candidate) -> list[Span]:
    if rib.check(cand.value) is Validity.INVALID:
        return []
    return make_span(cand, Label.BANK_ACCOUNT, 0.9, ("validator:rib-key",))


def _fr_plate(cand: Candidate) -> list[Span]:
    return make_span(cand, Label.VEHICLE_PLATE, 0.75, ("rule:fr-plate",))


def _uk_plate(cand: Candidate) -> list[Span]:
    # UK current series "AB12 CDE": the age identifier is 02–99 (March/September series)
    return make_span(cand, Label.VEHICLE_PLATE, 0.6, ("rule:uk-plate",))


_NINO = re.compile(r"([A-Z]{2}) ?\d{2} ?\d{2} ?\d{2} ?[A-D]")
_NINO_BAD_PREFIX = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})


def _uk_nino(cand: Candidate) -> list[Span]:
    """UK National Insurance numbers (HMRC rules: no D, F, I, Q, U, V; O not second; excluded prefixes)."""
    m = _NINO.fullmatch(cand.value.upper())
    if m is None:
        return []
    prefix = m.group(1)
    if prefix in _NINO_BAD_PREFIX or any(c in "DFIQUV" for c in prefix) or prefix[1] == "O":
        return []
    return make_span(cand, Label.OTHER_ID, 0.7, ("rule:uk-nino",))


def _other_id(cand: Candidate) -> list[Span]:
    if sum(c.isdigit() for c in cand.value) < 4:
        return []
    digits = digits_only(cand.value)
    if len(digits) == 13 and digits == cand.value.replace("-", "") and rrn.check(digits) is not Validity.INVALID:
        return []  # an RRN given as a patient or member number is still an RRN (it is deleted, not hashed)
    return make_span(cand, Label.OTHER_ID, 0.8, ("rule:id-keyword",), use_context=False)


def _ssn(cand: Candidate) -> list[Span]:
    m = _SSN.fullmatch(cand.value)
    if m is None:
        return []
    area, group, serial = m.groups()
    if area in {"000", "666"} or area[0] == "9" or group == "00" or serial == "0000":
        return []
    dashed = "-" in cand.value
    ctx = cand.context()
    if not dashed and not ctx.positive(Label.OTHER_ID):
        return []
    return make_span(cand, Label.OTHER_ID, 0.6 if dashed else 0.25, ("rule:us-ssn",), ctx=ctx)


_ID_KEYWORDS = (
    r"회원 ?번호|고객 ?번호|환자 ?번호|환자 ?ID|학번|사번|사원 ?번호|직원 ?번호|차트 ?번호|수험 ?번호|군번|"
    r"멤버십 ?번호|"
    r"member(?:ship)? ?(?:no\.?|number|id|#)|patient ?(?:id|no\.?|number|#)|mrn|medical record ?(?:no\.?|number)|"
    r"student ?(?:id|no\.?|number)|employee ?(?:id|no\.?|number)|policy ?(?:no\.?|number)|"
    r"driver'?s? licen[cs]e ?(?:no\.?|number|#)?|"
    r"(?:num[ée]ro|n°) (?:de )?dossier(?: patient| m[ée]dical)?|"
    r"num[ée]ro (?:d'adh[ée]rent|adh[ée]rent|client|de client|de patient|patient|[ée]tudiant|fiscal)|"
    r"n° ?(?:d'adh[ée]rent|adh[ée]rent|client|patient|dossier|[ée]tudiant|fiscal|allocataire|ine)|matricule|"
    r"permis de conduire(?: n°)?|allocataire(?: caf)?(?: n°)?|num[ée]ro (?:d'allocataire|allocataire|ine)|"
    r"identifiant (?:france travail|p[ôo]le emploi)|num[ée]ro d'identification fiscale|nir fiscal|"
    r"nhs (?:no\.?|number)|national insurance (?:no\.?|number)|ni (?:no\.?|number)|tax id|tin|itin|"
    r"건강보험증? ?번호|보험증 ?번호|증 ?번호"
)

INTL_RULES: tuple[Rule, ...] = (
    Rule(
        PatternDef(
            "email",
            r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+|[가-힣]+)(?:\.(?:[A-Za-z0-9-]+|[가-힣]+))+",
            left="A-Za-z0-9._%+-",
            joined=False,
            hint=r"[A-Za-z0-9._%+-]@[A-Za-z0-9가-힣-]",
            reach=(64, 255),
        ),
        _email,
        frozenset({Label.EMAIL}),
    ),
    Rule(
        PatternDef(
            "email_obfuscated",
            # an obfuscated "@" only: a plain address is the e-mail rule's
            r"[A-Za-z0-9._%+-]+(?: ?(?:\[at\]|\(at\)|\{at\}) ?| @ ?|@ )[A-Za-z0-9-]+"
            r"(?: ?(?:\[dot\]|\(dot\)|\{dot\}|\.) ?[A-Za-z0-9-]+)*(?: ?(?:\[dot\]|\(dot\)|\{dot\}|\.) ?[A-Za-z]{2,})",
            left="A-Za-z0-9._%+-",
            ignore_case=True,
            joined=False,
            hint=r"\[at\]|\(at\)|\{at\}| @|@ ",
            reach=(64, 255),
        ),
        _obfuscated_email,
        frozenset({Label.EMAIL}),
    ),
    Rule(
        PatternDef(
            "url",
            r"(?:https?://|www\.)[^\s<>\"'()\[\]{}가-힣]+",
            left="A-Za-z0-9",
            right="",
            joined=False,
            hint=r"https?://|www\.",
            reach=(0, 2048),
        ),
        _url,
        frozenset({Label.URL}),
    ),
    Rule(
        PatternDef("ipv4", r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}", left="0-9A-Za-z."),
        _ip,
        frozenset({Label.IP_ADDRESS}),
    ),
    Rule(
        PatternDef(
            "ipv6",
            # eight groups, or fewer with "::" (so clock times like 12:30:45 never match)
            r"(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,6}(?::[0-9A-Fa-f]{1,4}){1,6}"
            r"|(?:[0-9A-Fa-f]{1,4}:){1,7}:|::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}",
            left="0-9A-Za-z:",
            right="0-9A-Za-z:",
        ),
        _ip,
        frozenset({Label.IP_ADDRESS}),
    ),
    Rule(
        PatternDef(
            "credit_card",
            # separators: none, "-", "." or one or two spaces (column-aligned forms)
            r"\d{4}(?:(?:[.-]| {1,2})?\d{4}){2}(?:[.-]| {1,2})?\d{1,7}"
            r"|3[47]\d{2}(?:[.-]| {1,2})?\d{6}(?:[.-]| {1,2})?\d{5}"
            r"|3[0689]\d{2}(?:[.-]| {1,2})?\d{6}(?:[.-]| {1,2})?\d{4}",
        ),
        _card,
        frozenset({Label.CREDIT_CARD}),
    ),
    Rule(
        PatternDef("iban", r"[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?", ignore_case=True),
        _iban,
        frozenset({Label.IBAN}),
    ),
    Rule(
        PatternDef(
            "fr_nir",
            # department 2 characters + commune 3, or overseas 97x/98x + commune 2
            r"[1-478] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:(?:\d{2}|2[AB]) ?\d{3}|9[78]\d ?\d{2}) ?\d{3}"
            r"(?:(?: |  ?- ?)?\d{2})?",
        ),
        _nir,
        frozenset({Label.FR_NIR}),
    ),
    Rule(
        PatternDef(
            "intl_phone",
            r"(?:\+33 ?(?:\(0\) ?)?|0033 ?|0)[1-9](?:[ .-]?\d{2}){4}"
            r"|(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}"
            r"|\+(?:[2-9]\d{0,2}) ?(?:\(0\) ?)?(?:\d{1,4}[ .-]?){1,4}\d{2,4}|\+1\d{10}"
            r"|0(?:7\d{3} ?\d{3} ?\d{3}|7\d{3} ?\d{6}|[1-9]\d{2,3} ?\d{3} ?\d{3,4}|20 ?\d{4} ?\d{4})",
            left="0-9A-Za-z+",
        ),
        intl_phone,
        frozenset({Label.PHONE}),
    ),
    Rule(
        PatternDef("passport", r"\d{2}[A-Z]{2}\d{5}|[A-Z]{1,2}\d{6,8}|\d{9}"),
        _passport,
        frozenset({Label.PASSPORT}),
    ),
    Rule(
        PatternDef("fr_vehicle_plate", r"[A-HJ-NP-TV-Z]{2}[- ]\d{3}[- ][A-HJ-NP-TV-Z]{2}", ignore_case=True),
        _fr_plate,
        frozenset({Label.VEHICLE_PLATE}),
    ),
    Rule(
        PatternDef(
            "other_id",
            rf"(?:{_ID_KEYWORDS})(?: ?\([^)\n]{{0,12}}\))?[^A-Za-z0-9\n]{{0,8}}(?:(?:is|was|est|:) {{1,2}})?"
            r"(?P<v>[A-Za-z]{0,3}-?\d[A-Za-z0-9-]{3,19})",
            left="A-Za-z",
            ignore_case=True,
            hint=_ID_KEYWORDS,  # the whole pattern is too large for hyperscan with start-of-match tracking
            reach=(0, 60),
        ),
        _other_id,
        frozenset({Label.OTHER_ID}),
    ),
    Rule(
        PatternDef("fr_rib", r"\d{5} ?\d{5} ?[0-9A-Z]{11} ?\d{2}", ignore_case=True),
        _rib,
        frozenset({Label.BANK_ACCOUNT}),
    ),
    Rule(PatternDef("us_ssn", r"\d{3}[- ]?\d{2}[- ]?\d{4}"), _ssn, frozenset({Label.OTHER_ID})),
    Rule(PatternDef("uk_nino", r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]"), _uk_nino, frozenset({Label.OTHER_ID})),
    Rule(
        PatternDef("uk_vehicle_plate", r"[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}"),
        _uk_plate,
        frozenset({Label.VEHICLE_PLATE}),
    ),
)
