"""Where a French or English text announces a person: the words just before a run of capitalized words.

A single given name with no title is a name when the grammar around it says so, even when no gazetteer knows it
("Thanks,\\nMin-jun", "Hi Priya,", "our agent Dev", "De : Paul Martin", "Applicant: Chukwuemeka Obi"). Each cue
says how sure it makes us; the words themselves must still look like a name (a gazetteer name, or a word that is
no ordinary English or French word), so "Thanks, Team", "Dear Customer", "From: Acme Billing" stay unflagged.
"""

from __future__ import annotations

import re
from enum import Enum

from gamyeong.detect.layout import header_row, is_isolated
from gamyeong.locales.latin_words import has_ordinary_sense, is_common_word, is_noun_only

__all__ = [
    "KIN",
    "Cue",
    "cue_before",
    "cued_score",
    "in_name_column",
    "is_verb_form",
    "is_word_first",
    "lower_case_cued",
    "opening_subject",
    "opens_with_ordinary_word",
    "person_verb_after",
    "slot_closes",
]


class Cue(Enum):
    FIELD = "field"  # a form label: "Name:", "Nom :", "Applicant:"
    HEADER = "header"  # an e-mail header at the start of a line: "From:", "De :", "Cc:"
    SIGNOFF = "signoff"  # a greeting or a closing formula addressed to or signed by someone
    ROLE = "role"  # a role noun with a determiner: "our agent", "le technicien", "my colleague"
    CONTACT = "contact"  # a verb of talking to someone: "talked to", "ask", "demande à", "en ligne avec"
    MAIDEN = "maiden"  # a birth name after née: "Hélène Martin, née Durand"


def _alt(words: str) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words.split(";")), key=len, reverse=True))


# A form label ends the line's text before the value (also after a table separator).
_FIELD = re.compile(
    r"(?:^|[\n|;\t])[ \t*-]*(?:"
    + _alt(
        "full name;name;first name;first names;last name;given name;given names;surname;family name;middle name;"
        "maiden name;nom;prénom;prenom;prénoms;nom de famille;nom d'usage;nom de naissance;nom complet;"
        "nom et prénom;nom, prénom;prénom et nom;nom & prénom;applicant;applicant name;customer name;client name;"
        "patient name;account holder;cardholder;card holder;policyholder;policy holder;beneficiary;insured;"
        "guarantor;emergency contact;next of kin;contact name;contact person;caller;caller name;employee name;"
        "requester;requested by;assigned to;submitted by;approved by;signed by;prepared by;reviewed by;"
        "demandeur;demandeuse;titulaire;bénéficiaire;assuré;assurée;souscripteur;souscriptrice;garant;"
        "personne à contacter;signataire;représentant légal;nom du patient;nom du client;nom du titulaire;"
        "reviewer;approver;assignee;signed;signé;signature;deliver to;ship to;bill to;sold to;attn;attention;"
        "recipient;addressee;consignee;patient;livrer à;à l'attention de;destinataire"
    )
    + r")[ \t]*(?:\([^)\n]{0,24}\))?[ \t]*(?:[:=]|\.{3,}|…+)[ \t]*$",  # Nom : / Nom ....... (a dotted leader)
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"(?:^|\n)[ \t>]*(?:" + _alt("from;to;cc;bcc;reply-to;sender;de;à;expéditeur;destinataire") + r")[ \t]*:[ \t]*"
    r"(?:[^\n<>;]*[;,][ \t]*)?$",  # the second of several recipients: "To: Liam Chen; Zara Ahmed"
    re.IGNORECASE,
)
_SIGNOFF_WORDS = (
    "hi;hello;hey;dear;hiya;morning;good morning;good afternoon;good evening;thanks;thank you;thanks again;"
    "thank you again;many thanks;thanks so much;thanks a lot;thx;cheers;regards;best;best regards;"
    "kind regards;warm regards;warmest regards;best wishes;all the best;sincerely;yours;yours truly;"
    "take care;talk soon;bonjour;bonsoir;salut;coucou;cher;chère;merci;merci beaucoup;merci encore;"
    "cordialement;bien cordialement;bien à vous;bien à toi;bonne journée;bonne soirée;bonne fin de journée;"
    "bon week-end;à bientôt;a bientot;amicalement;bises;bisous;salutations"
)
_SIGNOFF = re.compile(
    r"(?:^|[\s,.!?;:(])(?:" + _alt(_SIGNOFF_WORDS) + r")[ \t]*[,!.:\-–—]?[ \t]*\n?[ \t]*$",
    re.IGNORECASE,
)
_ROLE_EN = (
    "agent;advisor;adviser;colleague;coworker;co-worker;manager;supervisor;boss;technician;engineer;nurse;"
    "doctor;dentist;therapist;lawyer;solicitor;accountant;landlord;landlady;tenant;neighbour;neighbor;"
    "friend;partner;husband;wife;son;daughter;brother;sister;mother;father;mom;mum;dad;cousin;uncle;aunt;"
    "nephew;niece;grandson;granddaughter;grandmother;grandfather;fiancé;fiancée;boyfriend;girlfriend;"
    "teacher;driver;courier;caregiver;carer;assistant;representative;rep;consultant;case worker;caseworker;"
    "counsellor;counselor;physician;surgeon;pharmacist;plumber;electrician;roommate;flatmate;intern;"
    "account manager;sales rep;contact"
)
_ROLE_FR = (
    "conseiller;conseillère;technicien;technicienne;collègue;responsable;manager;chef;directeur;directrice;"
    "médecin;docteur;infirmier;infirmière;avocat;avocate;comptable;propriétaire;locataire;voisin;voisine;"
    "ami;amie;copain;copine;mari;femme;épouse;époux;fils;fille;frère;sœur;soeur;mère;père;cousin;cousine;"
    "oncle;tante;neveu;nièce;fiancé;fiancée;professeur;professeure;prof;livreur;livreuse;chauffeur;"
    "assistant;assistante;agent;interlocuteur;interlocutrice;gestionnaire;dentiste;kiné;pharmacien;"
    "pharmacienne;plombier;électricien;colocataire;coloc;stagiaire;commercial;commerciale;référent;"
    "référente"
)
_ROLE = re.compile(
    r"(?:^|[\s(])(?:(?:my|our|your|his|her|their|the)\s+(?:new\s+|former\s+|usual\s+)?(?:"
    + _alt(_ROLE_EN)
    + r")|(?:mon|ma|notre|votre|son|sa|leur|le|la|ta|ton)\s+(?:nouveau\s+|nouvelle\s+|ancien\s+|ancienne\s+)?(?:"
    + _alt(_ROLE_FR)
    + r"))[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
_CONTACT_ENDINGS = (
    "to;with;avec;à;ask;asked;tell;told;email;emailed;e-mail;e-mailed;text;texted;messaged;ping;pinged;remind;"
    "reminded;cc;contacté;contacter;contactez;relancé;relancer;relance;relancez;remercié;remercier;remercie;"
    "remerciez"
)
_CONTACT = re.compile(
    r"(?:^|[\s,.!?;:(])(?:"
    + r"(?:talk(?:ed|ing)?|spoke|speak(?:ing)?|chat(?:ted|ting)?)\s+(?:to|with)"
    + r"|(?:ask(?:ed)?|tell|told|e-?mail(?:ed)?|text(?:ed)?|messaged|ping(?:ed)?|remind(?:ed)?|cc)"
    + r"|(?:transferred|put\s+(?:you|me)\s+through|connected)\s+(?:you\s+|me\s+)?(?:to|with)"
    + r"|(?:you(?:'re|’re|\s+are)\s+)?(?:speaking|chatting)\s+(?:to|with)"
    + r"|(?:parl(?:é|er|e|ais)|discut(?:é|er|e|ais)|en\s+ligne|êtes)\s+avec"
    + r"|(?:demand(?:é|er|e|ez)|dis|dites|dit|écri(?:s|t|re|vez)|répondu|téléphoné|transmis)\s+à"
    + r"|(?:contact(?:é|er|ez)|relanc(?:é|er|e|ez)|remerci(?:é|er|e|ez))"
    + r")[ \t]*$",
    re.IGNORECASE,
)
_REACH = 60  # characters before a run that a cue may take (a form label, a closing formula)
_CLOSES = re.compile(r"[ \t]*(?:$|[\n,!.?;:)(<\[|]|[-–—][ \t])")


def _last_words(*groups: str) -> frozenset[str]:
    return frozenset(phrase.split()[-1] for group in groups for phrase in group.split(";"))


# The word each cue ends with: most runs follow none of them, and one set lookup spares them five regexes.
_ENDINGS = _last_words(_SIGNOFF_WORDS, _ROLE_EN, _ROLE_FR, _CONTACT_ENDINGS, "née;nee")
# née then a capitalized word is a birth name (née le 3 mars, née à Lyon start no capitalized run)
_MAIDEN = re.compile(r"(?:^|[\s,(])(?:née|nee)[ \t]*$", re.IGNORECASE)
_TAIL_PUNCT = " \t\n,!.:-–—("


_SEPARATOR_LINE = re.compile(r"\n[ \t]*(?:-{2,}|_{2,}|={2,}|\*{3,})[ \t]*\n[ \t]*$")


def cue_before(text: str, start: int) -> Cue | None:
    """The cue that ends right where a run starts, the strongest first."""
    before = text[max(0, start - _REACH) : start]
    # (a rule line holds one of these; most windows have a line break and no rule, and skip the regex)
    if "\n" in before and ("--" in before or "__" in before or "==" in before or "***" in before):
        before = _SEPARATOR_LINE.sub("\n", before)  # "Yours sincerely,\n--\nOkonkwo": a signature's rule line
    tail = before.rstrip()
    if not tail:
        return None
    if tail[-1] in ":=;,.…":
        line = before[max(0, before.rfind("\n")) :]  # labels and headers stand on the run's own line
        for cue, pattern in ((Cue.FIELD, _FIELD), (Cue.HEADER, _HEADER)):
            if pattern.search(line):
                return cue
    last = tail.rstrip(_TAIL_PUNCT).rsplit(maxsplit=1)[-1:]
    if not last or last[0].lower().lstrip("(") not in _ENDINGS:
        return None
    for cue, pattern in ((Cue.SIGNOFF, _SIGNOFF), (Cue.ROLE, _ROLE), (Cue.CONTACT, _CONTACT), (Cue.MAIDEN, _MAIDEN)):
        if pattern.search(before):
            return cue
    return None


def after_maiden(text: str, start: int) -> bool:
    """The run at ``start`` follows née: a birth name, even one that is a word (née Blanc, née Rose)."""
    return _MAIDEN.search(text[max(0, start - 6) : start]) is not None


def slot_closes(text: str, end: int) -> bool:
    """The run ends its slot: end of text or line, punctuation, a bracket ("Jane Doe <jane@…>")."""
    return _CLOSES.match(text, end) is not None


_HYPHEN_PARTS = re.compile(r"[-‐]")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
_ELIDED_START = re.compile(r"[A-Za-z][’'][a-z]")  # I'm, J'ai: never the first word of a name
# Rappelez-moi, Pouvez-vous, Peut-être-pas: a verb and its pronoun (Min-jun and Jean-luc keep a name's shape)
_VERB_PRONOUN = re.compile(r"-(?:moi|toi|vous|nous|le|la|les|lui|leur|y|en|il|elle|on|ce|je|tu|t-il|t-elle)$")


def is_verb_form(tok: str) -> bool:
    """J'ai, L'application, Rappelez-moi: a word no name is written as."""
    return _ELIDED_START.match(tok) is not None or _VERB_PRONOUN.search(tok) is not None


# Lower-case words a closing formula or a verb of talking is often followed by, and that are given names too.
_AMBIGUOUS_LOWER = frozenset(
    "will may can june april august guy guys hope joy faith grace dawn summer sunny rich bill art pat sky rose "
    "autumn don mark ray sue jack frank chuck bob buck rob mille france chase hunter pierre marine victoria "
    "olive ruby pearl amber iris jasmine violet hazel holly ivy lily rosa love".split()
)


def is_word_first(word: str) -> bool:
    """A given name better known as an English word (will, hope, faith, love, mark) or more than a noun in the
    word lists (an English verb or adjective): at a sentence's start, more likely the word."""
    w = word.lower()
    return w in _AMBIGUOUS_LOWER or (has_ordinary_sense(w) and not is_noun_only(w))


def _namelike(word: str, given: frozenset[str], surnames: frozenset[str], roman: re.Pattern[str]) -> bool | None:
    """True: a gazetteer name; False: an ordinary word; None: neither (an unknown word that may be a name)."""
    if word in given or word in surnames:
        # Rust, Pierre, Chase, Grace: in the name lists and ordinary words too; the cue alone cannot tell. A given
        # name that is only an English noun (Amelia, Ruth, Harry) is WordNet listing people: a name; a surname
        # that is only a noun (Houston, Sales, Baker) is as often a place, a team or a trade.
        if not is_common_word(word):
            return True
        ordinary = word in _AMBIGUOUS_LOWER or has_ordinary_sense(word) or word not in given
        return None if ordinary else True
    parts = [p for p in _HYPHEN_PARTS.split(word) if p]
    if len(parts) > 1 and (all(p in given or p in surnames for p in parts) or roman.fullmatch(word)):
        return True  # Marie-Claire, Jean-Baptiste, Min-jun
    if is_common_word(word) or (len(parts) > 1 and all(is_common_word(p) for p in parts)):
        return False
    return None


def cued_score(
    text: str,
    toks: list[tuple[int, int, str]],
    cue: Cue,
    names: tuple[frozenset[str], frozenset[str]],
    roman: re.Pattern[str],
) -> float | None:
    """The score of a run a cue announces; None: the cue says nothing here (the ordinary rules decide)."""
    words = [(t[2].rstrip(".").lower(), t[2]) for t in toks if len(t[2].rstrip(".")) > 1]
    if not words or any(is_verb_form(tok) for _, tok in words):
        return None  # J'ai, Rappelez-moi: a verb, whatever the cue
    if cue is Cue.MAIDEN:  # nothing but a family name follows née (née le, née à start no run), a word too (Blanc)
        return 0.8 if slot_closes(text, toks[-1][1]) else 0.6
    kinds = [_namelike(w, names[0], names[1], roman) for w, _ in words]
    if all(k is False for k in kinds):
        # "Thanks, Team", "From: Acme Billing", "Name: Unknown": ordinary words where a name was expected
        return 0.0 if cue in (Cue.FIELD, Cue.HEADER, Cue.SIGNOFF) else None
    if any(k is False for k in kinds):
        return None
    loud = cue in (Cue.FIELD, Cue.HEADER)  # forms and headers write names in capitals: "NAME: JOHN SMITH"
    for (_, tok), kind in zip(words, kinds, strict=True):
        if kind is None and not (tok[1:].islower() or (loud and tok.isupper()) or "-" in tok or "'" in tok):
            return None  # an unknown word shaped like a code or a brand (iPhone, ACME): not this rule's call
    # a given name then a surname (Harry Hughes, Grace Baker) is a full name even when each is also a word
    full = len(words) > 1 and words[0][0] in names[0] and words[-1][0] in names[1]
    known = any(kinds) or full
    closes = slot_closes(text, toks[-1][1])
    # Without a known name in the run, a company, product or place fits the same slot ("Thanks,\nZendesk", "To:
    # Chronopost", "our partner Deloitte"): a score spaCy gets to decide (0.5 is among the unsure ones).
    sure = 0.8 if known else 0.5
    if cue is Cue.FIELD:
        return 0.85 if closes else None  # "Applicant: Obi Rappelez-moi…" is a sentence, not a form value
    if cue is Cue.HEADER:
        return sure if closes else 0.5
    if cue is Cue.SIGNOFF:  # a signature on its own line ("Cheers,\nOlumide") more surely than "Hello Houston,"
        own_line = text[max(0, toks[0][0] - 4) : toks[0][0]].strip(" \t").endswith("\n")
        return (0.8 if own_line else sure) if closes else None
    if cue is Cue.ROLE:
        return sure if closes or known else None  # "our technician Nkechi,"; not "our partner Deloitte audited"
    return 0.75 if known else (0.6 if len(words) > 1 else 0.5)


def opens_with_ordinary_word(
    text: str, toks: list[tuple[int, int, str]], names: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """The run's first word is an ordinary word ("Contact Pieter van der Berg", "Ask Ryan McDonald", "I'm Wei Zhang")
    capitalized because it opens the sentence, or an elided pronoun: not the name's first word."""
    if len(toks) < 2:
        return False
    first = toks[0][2]
    if _ELIDED_START.match(first):
        return True
    w = first.lower()
    if w in names[0] or w in names[1] or not (is_common_word(w) or w in _FR_IMPERATIVES):
        return False
    return _SENTENCE_START.search(text, max(0, toks[0][0] - 4), toks[0][0]) is not None


# French imperatives that open a request (the word lists hold infinitives only): "Contactez Darty", "Relancez
# Boulanger". Not a rule on -ez: Lopez, Martinez, Chavez open runs as surnames.
_FR_IMPERATIVES = frozenset(
    "contactez relancez appelez rappelez demandez écrivez envoyez transmettez prévenez informez joignez adressez "
    "remerciez consultez voyez passez dites signalez".split()
)


# the lookahead holds the first letters of the cues: the engine then skips most positions in one test (2x faster)
_LOWER_CUE = re.compile(
    r"(?=[tscapdémonhb])(?:^|(?<=[\s,.!?;:(]))(?:"
    r"(?:talk(?:ed)?|spoke|speak|chat(?:ted)?)\s+(?:to|with)|ask(?:ed)?|tell|told|text(?:ed)?|ping(?:ed)?|"
    r"(?:demand(?:é|e|er|ez)|dis|dit|écris|parlé|parler|bisous|bises)\s+à|(?:parlé|discuté|parler)\s+avec|"
    r"thanks|thank\s+you|thx|merci|hi|hey|hello|salut|coucou|bonjour|cheers|chez|avec|"
    r"(?:my|our|mon|ma|notre)\s+(?:friend|colleague|coworker|manager|boss|neighbou?r|brother|sister|cousin|"
    r"son|daughter|husband|wife|ami|amie|collègue|voisin|voisine|frère|sœur|soeur|fils|fille|mari|femme|"
    r"copain|copine)"
    r")[ \t]*,?[ \t]+([a-zà-ÿ][a-zà-ÿ'’\-]{2,})(?:[ \t]+([a-zà-ÿ][a-zà-ÿ'’\-]{2,}))?",
    re.IGNORECASE,
)


_SPEECH_VERBS = frozenset("said says told asked replied wrote texted called thinks thought wants".split())
# Given names that a bare avec or chez is followed by more often as a noun: a dish on a menu (salade avec magret
# fumé), a flower, stone or fabric in a product text (collier avec jade), a virtue (répondre avec constance)
_THINGS_AFTER_AVEC = frozenset(
    """magret colin sole salami limon brandy merle capucine violette marguerite hortensia jasmin fleur flore liane
    angélique jade cristal crystal ambre hermine ebony diamond crin constance clémence victoire prudence patience
    espérance aurore karma aura saga gloria gala yoga job forum reine beau vide bas lot jet engin divan""".split()
)


def lower_case_cued(
    text: str, given: frozenset[str], surnames: frozenset[str], stop: frozenset[str]
) -> list[tuple[int, int]]:
    """``talked to sarah yesterday``, ``demande à julien``, ``merci karim !``: a lower-case given name (in the
    gazetteer) right after a verb of talking, a closing formula or a relative; its surname too when known."""
    out: list[tuple[int, int]] = []
    for m in _LOWER_CUE.finditer(text):
        first = m.group(1)
        if not first.islower() or first not in given or first in stop or first in _AMBIGUOUS_LOWER or first in KIN:
            continue
        if first in _SPEECH_VERBS:
            continue  # my boss said no: said is a given name too
        if first in _THINGS_AFTER_AVEC and text[m.start() : m.start() + 4].lower() in ("avec", "chez"):
            continue  # salade avec magret fumé: avec alone is no verb of talking

        end = m.end(1)
        second = m.group(2)
        if second and second.islower() and second in surnames and second not in stop:
            end = m.end(2)
        out.append((m.start(1), end))
    return out


# Verbs only a person is the subject of, right after a lone given name (Joel said, Owen reckons, Florence m'a dit):
# a place or a brand that shares the name (Jordan, Mercedes) rarely says, thinks or asks anything.
_PERSON_VERB = re.compile(
    r"[ \t]+(?:"
    r"said|says|told|tells|asked|asks|thinks|thought|reckons|mentioned|mentions|wants|wanted|replied|wrote|"
    r"agreed|laughed|smiled|explained|suggested|promised|texted|emailed|forgot|forgets|keeps|knows|knew|"
    r"(?:(?:m|t)['’]|(?:nous|vous|lui|leur) )?a (?:dit|demandé|répondu|écrit|expliqué|raconté|proposé|promis|oublié)|"
    r"pense|trouve|croit|dit|demande|sait|veut|voulait|pensait|trouvait|croyait"
    r")(?![\w'’])"
)


# what family and partners call each other, some of them in the given-name lists (c'est maman, dis à maman)
KIN = frozenset("maman papa mamie papi papy mémé pépé tata tonton chéri chérie bébé mom mum dad daddy mommy "
                "mummy baby babe honey grandma grandpa granny nana".split())  # fmt: skip

# After a word opening a sentence: a French object or negation clitic, which only a verb's subject is followed by,
# and mostly a person (Mathieu m'a dit, Mathieu ne vient pas, Mathieu nous attend), or a comma and the second person
# (Clémence, tu peux …; Ivy, can you …). The copula and the auxiliaries are no evidence: Florence est magnifique,
# Aurora will be visible, Mason will build the wall.
_SUBJECT_VERB = re.compile(r"[ \t]+(?:n['’]|ne|m['’]|t['’]|me|te|nous|vous|lui|leur)(?![\w'’])")
_ADDRESSED = re.compile(
    r",[ \t]+(?:tu|t['’]|vous|you|can you|could you|would you|peux-tu|pouvez-vous|please|merci|thanks)(?![\w'’])",
    re.IGNORECASE,
)


def opening_subject(text: str, end: int) -> str | None:
    """What follows a word that opens a sentence and ends at ``end``: "subject-verb", "addressed", or None."""
    if _SUBJECT_VERB.match(text, end):
        return "subject-verb"
    return "addressed" if _ADDRESSED.match(text, end) else None


def person_verb_after(text: str, end: int) -> bool:
    """A verb only people are the subject of follows the word ending at ``end``."""
    return _PERSON_VERB.match(text, end) is not None


_HEADER_TOKEN = re.compile(r"[^\W\d_]+")
_NAME_HEADERS = frozenset(
    "name names nom noms prenom prénom prenoms prénoms surname surnames firstname lastname fullname forename "
    "forenames givenname familyname".split()
)
# a name column of something else than a person: file name, nom de l'entreprise, product name …
_OTHER_NAME_HEADERS = frozenset(
    "file host user username product company entreprise produit société societe organisation organization "
    "business brand item article project projet team équipe equipe domain server device app display "
    "commercial marque magasin store shop street rue ville city".split()
)


def in_name_column(text: str, start: int, end: int) -> bool:
    """The run is a whole cell of a table column whose header names a person's name (nom, prénom, first_name,
    Last Name), not a file's, a product's or a company's, in a header row of labels only."""
    if not is_isolated(text, start, end):
        return False
    found = header_row(text, start)
    if found is None or found[0] >= len(found[1]):
        return False
    index, cells = found
    tokens = set(_HEADER_TOKEN.findall(cells[index].lower()))
    if not tokens & _NAME_HEADERS or tokens & _OTHER_NAME_HEADERS:
        return False
    # a header row holds labels only: "NAME | A. Smith" and "Name<TAB>Grace Baker" open a list of fields and
    # values, whose first column holds more labels (Signature, Date), not names
    return all(_LABEL_CELL.fullmatch(c.strip()) for c in cells if c.strip())


_LABEL_CELL = re.compile(r"[A-Za-zÀ-ÿ_ ]{1,30}")
