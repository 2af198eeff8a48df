"""French and English person names (and romanized Korean names in any language): rules first, spaCy NER second.

A cheap pass finds runs of capitalized words (with name particles: de, van, O'…) and scores them from a title
before (M., Mme, Dr, Mr, Maître: the span starts after it), the name gazetteer (given name then a capitalized
word, an ALL-CAPS surname next to a given name), trigger phrases (my name is, je m'appelle; these also catch
names written in lower case in chats) and precision filters (greetings, headers, months, organization and
product words), and the cues of ``names_latin_cues`` (a greeting or signature, a role noun, a verb of talking, a
form label or a mail header before a name). Only unsure runs go to spaCy, in small windows around them, so the
NER model (about 40k chars/s) reads a fraction of the text; its PER/PERSON entities raise or lower those runs.
"""

from __future__ import annotations

import re
from typing import ClassVar

from gamyeong.detect import names_latin_cues as cues
from gamyeong.detect.base import Document
from gamyeong.detect.names_latin_bound import below_threshold, triggered
from gamyeong.detect.names_latin_checks import (
    PLACE_SURNAMES,
    from_organization,
    label_next,
    ordinary_after_name,
    romanized,
)
from gamyeong.detect.names_latin_ner import ner_windows, with_ner
from gamyeong.detect.names_latin_runs import TOKEN, Run, bare, inverted_runs, lowercase_runs
from gamyeong.detect.ner import clear_ner_cache, load_pipeline, ner_persons, one_blas_thread
from gamyeong.labels import Label
from gamyeong.langs import Language
from gamyeong.locales.ko_names import ROMANIZED_SURNAMES
from gamyeong.locales.latin_names import (
    COMMON_CAPITALIZED,
    NAME_PARTICLES,
    ORG_WORDS,
    TITLES,
    name_gazetteer,
)
from gamyeong.locales.latin_words import has_ordinary_sense, is_common_word, is_noun_only
from gamyeong.spans import Span

__all__ = ["LatinNameDetector", "clear_ner_cache"]

_TITLES = frozenset(t.lower() for t in TITLES)
_TITLES_BARE = frozenset(t.rstrip(".") for t in _TITLES)
_ALL_TITLES = _TITLES | _TITLES_BARE
_DETERMINERS = frozenset("the a an le la les un une des du de this that ce cette my mon ma our notre".split())
_ROMAN_SYLLABLE = (
    r"(?:[bcdghjkmnprstwy]{0,3}(?:a|ae|e|eo|eu|i|o|oe|u|ui|wa|we|wi|wo|ya|ye|yeo|yo|yu)(?:ng|n|m|l|k|p|t)?)"
)
_ROMAN_GIVEN = re.compile(rf"(?:{_ROMAN_SYLLABLE}-?{_ROMAN_SYLLABLE})", re.IGNORECASE)
_ROMAN_SURNAME = re.compile(
    r"(?<![^\W\d_])(?=[A-Z])(?i:" + "|".join(sorted(ROMANIZED_SURNAMES, key=len, reverse=True)) + r")(?![^\W\d_])"
)
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec janv févr avr juil déc".split())
_DIGIT_AFTER = re.compile(r"\.?,?\s{1,2}\d|-\d")  # Jun 5, 25-JUN-2025
# two capitalized words in a row (Kim Min-jun, John Miller, Élodie Martin)
_LATIN_NAME_SHAPE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+\.?\s[A-ZÀ-Ý]")
_CAPITAL = re.compile(r"[A-ZÀ-Ý]")  # what _ROMAN_SURNAME and _LATIN_NAME_SHAPE matches start with
_POSSESSIVE = re.compile(r"[^\W\d_]{2}['’]s$")
_POSSESSIVE_ENDS = ("'s", "’s")
_STOP = (
    frozenset(
        "the and for you are was his her our can not but all any had has have how its may new now off old one out "
        "own say see she too two use way who why yes yet les des une pas par sur est son ses mes tes mon ton ".split()
    )
    | COMMON_CAPITALIZED
)
# given names that are better known as a brand, a product or a place no dictionary lists (Mercedes launched …)
_BRAND_GIVEN = frozenset("mercedes chelsea alexa siri celine megane zoe zara clio".split())
# given names better known as a country, a state or a city, which "say" and "want" things in the news
_PLACE_GIVEN = frozenset(
    "israel chad india georgia jordan austin victoria nancy sydney orlando savannah lincoln france paris virginia "
    "carolina dallas houston phoenix madison kent chester devon brooklyn china kenya jamaica florida dakota "
    "montana nevada asia africa america adelaide alexandria charlotte cleveland denver guinea lorraine".split()
)
_ELIDED = re.compile(r"[A-Za-z][’'][a-zà-ÿ]")  # J'ai, L'app, Qu'il; O'Brien and D'Angelo keep their capital
_LOWER_AFTER_HYPHEN = re.compile(r"-[a-zà-ÿ]")  # Rendez-vous, Peut-être; Jean-Luc keeps its capital
_POSTCODE_AREA = re.compile(r"[A-Z]{1,2}")
_POSTCODE_AFTER = re.compile(r"\d")
_COLOUR_SURNAMES = frozenset({"white", "black", "green", "gold", "silver", "rose"})  # also in COMMON_CAPITALIZED
_COMPOUND_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.-$")  # the J.- of J.-P. Martin


_SAINT_AFTER = re.compile(r" [A-Z][a-zà-ÿ]")
_STREET_BEFORE = re.compile(r"(?:\b(?:on|at|in|into|onto|off|down|up|along|near|via)|\d)\s+$", re.IGNORECASE)


def _saint(text: str, current: list[tuple[int, int, str]]) -> bool:
    """The run ends in Saint's abbreviation (St., Ste.) after a given name and before a capitalized word: a
    surname's first part (Andrew St. Pierre, Marie Ste. Croix), where the run goes on. Main St. Then … is a
    street's St. and a sentence's end."""
    if len(current) < 2 or current[-1][2] not in ("St.", "Ste.") or not _SAINT_AFTER.match(text, current[-1][1]):
        return False
    if _STREET_BEFORE.search(text, max(0, current[0][0] - 12), current[0][0]):
        return False  # on William St. Next …, at 12 Charlotte St. Paul …: a street named after someone
    return bare(current[-2][2]) in name_gazetteer()[0]


class LatinNameDetector:
    name: ClassVar[str] = "latin_names"
    labels: ClassVar[frozenset[str]] = frozenset({Label.PERSON})
    languages: ClassVar[frozenset[Language]] = frozenset(Language)

    def __init__(self, *, use_ner: bool = True) -> None:
        self.use_ner = use_ner
        # candidates that prefetch built for the texts detect is about to see (the last batch only): each is
        # taken once, so detect never builds them a second time
        self._prepared: dict[str, list[tuple[Run, float]]] = {}

    def detect(self, doc: Document) -> list[Span]:
        text = doc.norm.text
        if doc.lang is Language.KO:
            return self._romanized_only(doc)
        scored = self._prepared.pop(text, None) or self._candidates(text)
        if self.use_ner:
            scored = with_ner(doc, scored)
        out = []
        for run, score in scored:
            if score >= 0.2 and run.tokens:
                end = run.end
                if text[end - 1] == "." and len(run.tokens[-1][2]) > 2:
                    end -= 1  # a sentence's full stop, not an initial
                out.append(doc.span(run.start, end, Label.PERSON, min(score, 0.97), self.name, tuple(run.why)))
        return out

    def clear_prepared(self) -> None:
        self._prepared = {}

    def warm_up(self, lang: Language, sample: str) -> None:
        """Load and run the spaCy model once (the sample's names may be sure enough not to need it)."""
        if self.use_ner and lang is not Language.KO:
            with one_blas_thread():
                list(load_pipeline(lang).pipe([sample]))

    def prefetch(self, docs: list[Document]) -> None:
        """Parse the name windows of many documents in one spaCy batch (several times faster than one call
        per document); ``detect`` then finds them parsed. Results never depend on it."""
        if not self.use_ner:
            return
        by_lang: dict[Language, list[str]] = {}
        prepared: dict[str, list[tuple[Run, float]]] = {}
        for doc in docs:
            if doc.lang is Language.KO:
                continue
            text = doc.norm.text
            scored = prepared[text] = self._candidates(text)
            spans = ner_windows(text, scored)
            by_lang.setdefault(doc.lang, []).extend(text[lo:hi] for lo, hi in spans)
        self._prepared = prepared
        for lang, windows in by_lang.items():
            ner_persons(lang, windows)

    def _candidates(self, text: str) -> list[tuple[Run, float]]:
        given, surnames = name_gazetteer()
        scored: list[tuple[Run, float]] = []
        for run in self._runs(text):
            one = len(run.tokens) == 1
            if one and bare(run.tokens[0][2]) in COMMON_CAPITALIZED and not cues.after_maiden(text, run.start):
                # half the runs are one capitalized ordinary word (I, The, Merci): _trim would drop it whole
                run.tokens = []
                scored.append((run, 0.0))
            elif one and below_threshold(text, run, given, surnames):
                scored.append((run, 0.0))  # 0.15 at most: neither reported nor sent to spaCy
            else:
                scored.append((run, self._score(text, run, given, surnames)))
        scored.extend(lowercase_runs(text, given, surnames, _STOP))
        scored.extend(inverted_runs(text, given, surnames, scored))
        return scored

    # -- candidates ---------------------------------------------------------------------------------------
    @staticmethod
    def _runs(text: str) -> list[Run]:
        runs: list[Run] = []
        current: list[tuple[int, int, str]] = []
        titled = False

        def close() -> None:
            nonlocal current, titled
            # a particle does not end a name (Mohamed ben); a capitalized one alone is a given name (Ben, Al, Van)
            while current and bare(current[-1][2]) in NAME_PARTICLES and (len(current) > 1 or current[0][2].islower()):
                current.pop()
            if current:
                runs.append(Run(current, titled))
            current, titled = [], False

        last_end = -10
        for m in TOKEN.finditer(text):
            tok = m.group()
            cap = tok[0].isupper()
            if not cap and not current and not titled:
                # most words: lower case outside a run; the branches below would only close an empty run, and
                # the gap they note is read only when a run is open
                continue
            if tok.endswith(_POSSESSIVE_ENDS) and _POSSESSIVE.search(tok):
                # Sarah's account: the name is Sarah, and the run ends with it (the possessive keeps 2+ letters)
                tok = tok[:-2]
                if current and not (last_end >= 0 and text[last_end : m.start()] in (" ", "  ")):
                    close()
                if cap:
                    current.append((m.start(), m.start() + len(tok), tok))
                close()
                last_end = -10
                continue
            if current or titled:  # (closing nothing is a no-op)
                gap = text[last_end : m.start()] if last_end >= 0 else " "
                saint = _ends_sentence(current) and _saint(text, current)
                adjacent = last_end >= 0 and gap in (" ", "  ") and (not _ends_sentence(current) or saint)
                if not adjacent:
                    close()
            low = tok.lower()
            # Notre Dame (de Paris) is a place: its Dame is no title
            title = cap and (low in _TITLES or low.rstrip(".") in _TITLES) and not _after_notre(current)
            if title and (not current or len(low.rstrip(".")) > 1):
                close()  # "Dear Mr. Baker": the greeting's run ends at the title; "Haddad M." keeps its initial
                titled = True
            elif cap or ((current or titled) and bare(tok) in NAME_PARTICLES):
                abbreviation = len(tok) > 1 and tok.endswith(".") and not tok[:-1].isupper()
                if abbreviation and not _saint(text, [*current, (m.start(), m.end(), tok)]):
                    current.append((m.start(), m.end(), tok))
                    close()
                    last_end = -10
                    continue
                current.append((m.start(), m.end(), tok))
            else:
                close()
            last_end = m.end()
        close()
        return runs

    @staticmethod
    def _trim(text: str, run: Run, given: frozenset[str], surnames: frozenset[str]) -> list[tuple[int, int, str]]:
        """The run without the words around the name: C/O, greetings, titles, a sentence's first word."""
        toks = list(run.tokens)
        if toks and len(toks[0][2]) == 1 and text[toks[0][0] - 1 : toks[0][0]] == "/":
            toks.pop(0)  # the O of C/O (care of), the O of W/O
        maiden = bool(toks) and cues.after_maiden(text, toks[0][0])
        while toks and bare(toks[0][2]) in COMMON_CAPITALIZED and not maiden:
            toks.pop(0)
        if toks and bare(toks[-1][2]) in _MONTH_ABBREVIATIONS and _DIGIT_AFTER.match(text, toks[-1][1]):
            toks.pop()  # DOB Jun 5 1976, until Sep 30: a month before its day (Jan Kowalski keeps his name)
        if (cut := from_organization(toks, given)) is not None:
            del toks[cut:]  # Marie de la Mairie: the given name, then where she works
            run.why.append("context:from-organization")
        while toks and bare(toks[-1][2]) in COMMON_CAPITALIZED and not run.titled and not maiden:
            if len(toks) > 1 and bare(toks[-1][2]) in _COLOUR_SURNAMES and bare(toks[-2][2]) in given:
                break  # Sarah White, Jack Green: a colour after a given name is a surname
            if len(toks) > 2 and bare(toks[-2][2]) in NAME_PARTICLES and bare(toks[0][2]) in given:
                break  # Amélie de La Tour: a word after a given name's particle is a surname
            toks.pop()
        while len(toks) > 1 and (cues.is_verb_form(toks[-1][2]) or label_next(text, toks[-1])):
            toks.pop()  # "De : Manon Kaur Rappelez-moi", "Nom : Jean Dupont Téléphone : 06 …": what comes next
        while len(toks) > 2 and ordinary_after_name(toks, given, surnames):
            toks.pop()  # "Applicant: Mei Haddad Card number": the next field's label
        if not run.titled and toks and bare(toks[0][2]) in _ALL_TITLES and len(toks) > 1:
            toks.pop(0)
            run.titled = True
        if not run.titled and cues.opens_with_ordinary_word(text, toks, (given, surnames)):
            toks.pop(0)
            run.why.append("sentence-opening-word")
        if toks and len(toks[0][2]) == 2 and _COMPOUND_INITIAL.search(text, max(0, toks[0][0] - 3), toks[0][0]):
            toks.insert(0, (toks[0][0] - 3, toks[0][0] - 1, text[toks[0][0] - 3 : toks[0][0] - 1]))  # J.-P. Martin
        run.tokens = toks
        return toks

    def _score(self, text: str, run: Run, given: frozenset[str], surnames: frozenset[str]) -> float:
        toks = self._trim(text, run, given, surnames)
        if not toks:
            return 0.0
        if not run.titled and _POSTCODE_AFTER.match(text, toks[-1][1]) and _POSTCODE_AREA.fullmatch(toks[-1][2]):
            run.why.append("postcode")  # Bristol BS1 4DJ: a town and a postcode area, not a person
            return 0.0
        # Saint's St. inside a run (Andrew St. Pierre) is a surname's particle, not a street's St.
        words = [bare(t[2]) for k, t in enumerate(toks) if k == len(toks) - 1 or t[2] not in ("St.", "Ste.")]
        caps = [w for w in words if w not in NAME_PARTICLES]
        if len(caps) == 2 and caps[1] in ROMANIZED_SURNAMES and caps[1] in ORG_WORDS:
            first = toks[0][2]
            if caps[0] in given or ("-" in first and _ROMAN_GIVEN.fullmatch(caps[0])):
                run.why.append("romanized-korean")
                return 0.8  # Jun Park, Seo-yeon Park: a Korean surname that is a place word (not Central Park)
        # Amélie de La Tour: after a given name and a particle, a place word is a surname
        after_particle = (
            words[0] in given and len(words) > 2 and words[-2] in NAME_PARTICLES and words[-1] in PLACE_SURNAMES
        )
        if not run.titled and any(w in ORG_WORDS for w in (words[:-1] if after_particle else words)):
            run.why.append("organization-word")
            return 0.0
        if "context:from-organization" in run.why and len(toks) == 1:
            return 0.7  # a given name, then de and an organization: someone who works there calls or writes
        if len(caps) > 4:
            return 0.0 if not run.titled else 0.5
        if run.titled:
            run.why.append("title")
            return 0.9 if caps else 0.0
        if cues.in_name_column(text, toks[0][0], toks[-1][1]):
            run.why.append("layout:name-column")  # nom;prénom / first_name,last_name: Durand;Camille, Grace,Baker
            return 0.85
        cue = cues.cue_before(text, toks[0][0])
        if cue is not None and len(caps) <= 4:
            cued = cues.cued_score(text, toks, cue, (given, surnames), _ROMAN_GIVEN)
            if cued is not None:
                run.why.append(f"cue:{cue.value}")
                return cued
        score = 0.0
        upper = [t[2].isupper() and len(t[2]) > 1 for t in toks]
        roman = romanized(toks, caps, _ROMAN_GIVEN, any(upper))
        if roman is not None:
            run.why.append("romanized-korean")
            return roman
        if len(caps) >= 2:
            if caps[0] in given:
                score = 0.75 + (0.1 if caps[-1] in surnames else 0.0)
                run.why.append("gazetteer:given")
            elif any(upper) and any(w in given for w in caps):
                score = 0.8
                run.why.append("gazetteer:surname-caps")
            elif caps[-1] in surnames or caps[0] in surnames:
                score = 0.5
                run.why.append("gazetteer:surname")
            else:
                score = 0.35
        elif caps:
            single = self._single(text, run, toks[0][2], caps[0], given, caps[0] in given or caps[0] in surnames)
            if single is None or single >= 0.7:
                return single or 0.0
            score = single
            score = _person_verb(text, run, caps[0], given, score)
        if self._triggered(text, run.start):
            score += 0.15
            run.why.append("context:name-phrase")
        return score

    def _single(self, text: str, run: Run, tok: str, w: str, given: frozenset[str], known: bool) -> float | None:
        """The score of a one-word run before the name-phrase bonus; None: not a name at all."""
        hyphen_word = _LOWER_AFTER_HYPHEN.search(tok) and not _ROMAN_GIVEN.fullmatch(w)  # Min-jun is a name
        if len(w) < 2 or _ELIDED.match(tok) or hyphen_word:
            return None  # P, J'ai, L'application, Rendez-vous, Rappelez-moi: not a name on its own
        if known and self._triggered(text, run.start):
            run.why.append("context:name-phrase")
            return 0.8  # "c'est Léa", "Regards,\nTom": sure enough without asking spaCy about one word
        prev = text[max(0, run.start - 6) : run.start].split()
        conjunction = prev and prev[-1].lower() == "that" and w in given and not has_ordinary_sense(w)
        if prev and prev[-1].lower() in _DETERMINERS and not conjunction:
            return None  # "the Bill", "une Rose", "that Bill"; but "mentioned that Layla" (that: a conjunction)
        if w in given and w not in _BRAND_GIVEN and not is_common_word(w):
            # a given name no dictionary lists as a word (Tomasz, Youssef, Layla) is a person's name, at the start
            # of a sentence too; spaCy may still lower it, not below the threshold on its own
            run.why.append("gazetteer:given-only")
            return 0.5
        opens = _opens_sentence(text, run.start)
        if w in given and w not in _BRAND_GIVEN and is_noun_only(w) and not opens:
            # a given name the noun lists also hold (Owen, Daniel, Mathieu; but also Iris, Hunter): spaCy decides,
            # except where any noun is capitalized (Iris scanners are …, Claire et nette, …); below the threshold
            # without spaCy (the fast profile)
            run.why.append("gazetteer:given-noun")
            return 0.35
        ordinary = w in _BRAND_GIVEN or w in _PLACE_GIVEN or w in cues.KIN
        if opens and w in given and not ordinary and is_noun_only(w):
            role = cues.opening_subject(text, run.end)
            if role == "subject-verb" and cues.is_word_first(w):
                role = None  # Ivy had covered the wall: a plant, a colour or a season is a subject too
            if role is not None:  # Mathieu est allergique, Clémence, tu peux: a bare noun rarely opens so
                run.why.append(f"context:{role}")
                return 0.5
        score = 0.3 if known else 0.15
        if opens:
            score -= 0.1  # a capital at the start of a sentence or a line says nothing
        if known and text[run.end : run.end + 2] in ("'s", "’s"):
            score += 0.2  # Sarah's account: a given name that owns something (spaCy has the last word)
            run.why.append("possessive")
        return score

    _triggered = staticmethod(triggered)

    def _romanized_only(self, doc: Document) -> list[Span]:
        """In Korean text: romanized Korean names (Kim Min-jun), and full names in Latin script the gazetteer
        vouches for without spaCy (a given name and a surname: 담당 John Miller, 수신: KIM Minjun)."""
        text = doc.norm.text
        if _CAPITAL.search(text) is None:
            return []  # both patterns below open with a capital: a fast scan rules out 4 Korean texts in 10
        if _ROMAN_SURNAME.search(text) is None and _LATIN_NAME_SHAPE.search(text) is None:
            return []  # most Korean text has no capitalized Latin word at all: skip the tokenizing pass
        given, surnames = name_gazetteer()
        out = []
        for run in self._runs(text):
            caps = [bare(t[2]) for t in run.tokens]
            ok = len(caps) >= 2 and (
                (caps[0] in ROMANIZED_SURNAMES and _ROMAN_GIVEN.fullmatch("".join(caps[1:])))
                or (caps[-1] in ROMANIZED_SURNAMES and _ROMAN_GIVEN.fullmatch("".join(caps[:-1])))
            )
            if ok and len(caps) <= 4:
                out.append(doc.span(run.start, run.end, Label.PERSON, 0.8, self.name, ("romanized-korean",)))
            elif len(run.tokens) >= 2:
                score = self._score(text, run, given, surnames)
                if score >= 0.75 and run.tokens:
                    out.append(doc.span(run.start, run.end, Label.PERSON, score, self.name, tuple(run.why)))
        return out


def _person_verb(text: str, run: Run, w: str, given: frozenset[str], score: float) -> float:
    """Joel said, Owen reckons, Florence m'a dit: a verb only people are the subject of after a lone given name
    lifts it to the threshold; a word opening a sentence (Love knows …) only a little, a place (Israel said) not."""
    if w not in given or w in _BRAND_GIVEN or w in _PLACE_GIVEN or not cues.person_verb_after(text, run.end):
        return score
    run.why.append("context:person-verb")
    opens = _opens_sentence(text, run.start)
    return score + 0.15 if opens and cues.is_word_first(w) else max(score + 0.2, 0.5)


def _opens_sentence(text: str, start: int) -> bool:
    """The word at ``start`` opens the text, a line or a sentence (where any word is capitalized)."""
    return start == 0 or text[start - 2 : start].strip() in (".", "!", "?", "")


def _after_notre(current: list[tuple[int, int, str]]) -> bool:
    return bool(current) and current[-1][2].lower() == "notre"


def _ends_sentence(current: list[tuple[int, int, str]]) -> bool:
    return bool(current) and current[-1][2].endswith(".") and len(current[-1][2]) > 2
