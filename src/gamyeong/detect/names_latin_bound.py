"""Which capitalized runs of :mod:`gamyeong.detect.names_latin` cannot reach a name's threshold, found cheaply.

A chat has some 25 one-word runs that are no gazetteer name (brands, places, a capitalized noun); the scorer
gives each 0.15 at most (0.05 opening a sentence) unless a cue, a name column or a name phrase announces it, and
below 0.2 a run is neither reported nor sent to spaCy. Their full scoring (trimming, the organization and
verb-form checks, the single-word rules) was a third of the name detector's time; :func:`below_threshold` asks
only what could lift such a run. ``tests/detect/test_names_latin_bound.py`` checks that the scorer agrees.
"""

from __future__ import annotations

import re

from gamyeong.detect import names_latin_cues as cues
from gamyeong.detect.names_latin_runs import Run, bare
from gamyeong.locales.latin_names import COMMON_CAPITALIZED, TRIGGERS_AFTER

__all__ = ["below_threshold", "triggered"]

_TRIGGER = re.compile(
    r"(?:^|[\s,;:(])(?:" + "|".join(re.escape(t) for t in sorted(TRIGGERS_AFTER, key=len, reverse=True)) + r")"
    r"[\s:,|=\"'.]*$",
    re.IGNORECASE,
)
# the ASCII characters _TRIGGER's trailing class takes (\s holds \x1c-\x1f too)
_TRIGGER_TRAIL = "".join(c for c in map(chr, range(128)) if re.fullmatch(r"[\s:,|=\"'.]", c))
_TRIGGER_LONGEST = max(len(t) for t in TRIGGERS_AFTER)
_ASCII_TRIGGERS = tuple(t.lower() for t in TRIGGERS_AFTER if t.isascii())


def triggered(text: str, start: int) -> bool:
    """A name phrase (my name is, je m'appelle, c'est …) ends right before ``start``."""
    window = text[max(0, start - 30) : start]
    tail = window.rstrip(_TRIGGER_TRAIL)[-_TRIGGER_LONGEST:]
    if tail.isascii() and not tail.lower().endswith(_ASCII_TRIGGERS):
        # the regex needs a trigger right before the trailing separators; in ASCII text only an ASCII trigger
        # can be one (no accented letter of a trigger matches an ASCII letter, even ignoring case). Most runs
        # follow no trigger, and this spares them a 46-way case-insensitive search.
        return False
    return _TRIGGER.search(window) is not None


def below_threshold(text: str, run: Run, given: frozenset[str], surnames: frozenset[str]) -> bool:
    """True: ``run`` is one untitled word that no gazetteer knows and nothing before it announces, which the
    scorer gives 0.15 at most. What the scorer could still do with it, and why none of it applies:

    - trimming keeps one word or drops it (a month before a day, the O of C/O): 0 either way. A two-letter word
      may gain the J.- of "J.-P. Martin" before it, so those are left to the scorer;
    - the single-word rules give an unknown word 0.15, or None (not a name); the lifts for a given name (a
      possessive, a verb of speech after it, a subject or an addressee) need a gazetteer word;
    - a title, a cue before it, a name column or a name phrase could lift it: those are checked here.
    """
    if len(run.tokens) != 1 or run.titled:
        return False
    start, end, tok = run.tokens[0]
    word = bare(tok)
    if len(tok) == 2 or word in given or word in surnames or word in COMMON_CAPITALIZED:
        return False
    return (
        not triggered(text, start)
        and cues.cue_before(text, start) is None
        and not cues.in_name_column(text, start, end)
    )
