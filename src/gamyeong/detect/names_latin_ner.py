"""spaCy's word on the Latin-script name runs the rules are unsure about (:mod:`gamyeong.detect.names_latin`).

Only those runs go to the model, in small windows around them (overlapping ones merged), so the NER model reads a
fraction of the text; a PER/PERSON entity over a run raises it, none lowers it. Runs in lower case are left out:
the small models read names by their capitals, so their verdict on ``mary jones`` says nothing.
"""

from __future__ import annotations

from gamyeong.detect.base import Document
from gamyeong.detect.names_latin_runs import Run, bare
from gamyeong.detect.ner import ner_persons
from gamyeong.locales.latin_names import name_gazetteer

__all__ = ["UNSURE", "ner_windows", "with_ner"]

UNSURE = (0.3, 0.8)
_WINDOW = 40
# a given name that is no word, the subject of a person's verb or someone from an organization (Inès de la Banque):
# spaCy's small models miss many lone given names in short lines, so it does not overrule those, only tips them
_VOUCHED = frozenset(
    {
        "gazetteer:given-only",
        "context:person-verb",
        "context:subject-verb",
        "context:addressed",
        "context:from-organization",
    }
)


def _asks(run: Run, score: float) -> bool:
    return bool(run.tokens) and UNSURE[0] <= score < UNSURE[1] and not all(t.islower() for _s, _e, t in run.tokens)


def ner_windows(text: str, scored: list[tuple[Run, float]]) -> list[list[int]]:
    """The stretches of text spaCy reads: each run the rules are unsure about, with ``_WINDOW`` characters
    either side (more than the small models' receptive field of four tokens), overlapping ones merged."""
    windows: list[list[int]] = []
    for run in sorted((r for r, s in scored if _asks(r, s)), key=lambda r: r.start):
        lo, hi = max(0, run.start - _WINDOW), min(len(text), run.end + _WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return windows


def with_ner(doc: Document, scored: list[tuple[Run, float]]) -> list[tuple[Run, float]]:
    """``scored`` with the unsure runs' scores raised or lowered by spaCy's entities over them."""
    text = doc.norm.text
    windows = ner_windows(text, scored)
    if not windows:
        return scored
    persons: list[tuple[int, int]] = []
    for (lo, _hi), found in zip(windows, ner_persons(doc.lang, [text[lo:hi] for lo, hi in windows]), strict=True):
        persons.extend((lo + s, lo + e) for s, e in found)
    given, surnames = name_gazetteer()
    out = []
    for run, score in scored:
        new = score
        if _asks(run, score):
            hit = any(s < run.end and run.start < e for s, e in persons)
            single = len(run.tokens) == 1
            vouched = bool(_VOUCHED.intersection(run.why)) or (
                single and bare(run.tokens[0][2]) in given and "cue:signoff" in run.why
            )  # Hi Florence,: a greeting's given name
            miss = 0.1 if vouched else 0.15 if bare(run.tokens[-1][2]) in surnames else 0.3
            new = score + (0.15 if single else 0.3) if hit else score - miss
            run.why.append("ner:person" if hit else "ner:not-person")
        out.append((run, new))
    return out
