"""Korean particles (조사) that depend on the final consonant (받침) of the syllable before them.

은/는, 이/가, 을/를, 과/와, 으로/로, 이랑/랑, 이나/나 … take the first form after a syllable with a final
consonant (김민준은, 김민준이) and the second after one without (이서아는, 이서아가). 으로/로 has one more rule:
after a final ㄹ the short form is used (서울로, 길로). A surrogate name keeps the final-consonant status of the
name it replaces, so the particles around it stay right; :func:`fix_particle` is there for callers that
replace a word whose status may change.

A Hangul syllable is ``0xAC00 + (initial * 21 + medial) * 28 + final``; ``final == 0`` means no 받침.
"""

from __future__ import annotations

__all__ = ["final_consonant_is_rieul", "fix_particle", "has_final_consonant", "is_hangul_syllable", "particle_for"]

_FIRST = 0xAC00
_LAST = 0xD7A3
_FINALS = 28
_RIEUL = 8  # index of ㄹ among the final consonants

#: (form after a final consonant, form after a vowel); longest forms are tried first
_PAIRS: tuple[tuple[str, str], ...] = (
    ("이라고", "라고"),
    ("이에요", "예요"),
    ("이었", "였"),
    ("이나마", "나마"),
    ("으로서", "로서"),
    ("으로써", "로써"),
    ("으로", "로"),
    ("이랑", "랑"),
    ("이나", "나"),
    ("이며", "며"),
    ("이든", "든"),
    ("이라", "라"),
    ("이다", "다"),
    ("이야", "야"),
    ("은", "는"),
    ("이", "가"),
    ("을", "를"),
    ("과", "와"),
    ("아", "야"),
)
_ROUTES = frozenset({"으로서", "으로써", "으로"})
_FORMS: tuple[tuple[str, tuple[str, str]], ...] = tuple(
    sorted(((form, pair) for pair in _PAIRS for form in pair), key=lambda entry: -len(entry[0]))
)


def is_hangul_syllable(char: str) -> bool:
    """Whether ``char`` is one precomposed Hangul syllable (가 … 힣)."""
    return len(char) == 1 and _FIRST <= ord(char) <= _LAST


def _final_index(syllable: str) -> int:
    if not is_hangul_syllable(syllable):
        raise ValueError("expected one precomposed Hangul syllable (가 … 힣)")
    return (ord(syllable) - _FIRST) % _FINALS


def has_final_consonant(syllable: str) -> bool:
    """Whether a Hangul syllable ends in a consonant (받침): 김 → True, 이 → False. ValueError otherwise."""
    return _final_index(syllable) != 0


def final_consonant_is_rieul(syllable: str) -> bool:
    """Whether the final consonant is ㄹ (then 으로 becomes 로: 서울로)."""
    return _final_index(syllable) == _RIEUL


def fix_particle(particle: str, prev_has_final: bool, *, prev_rieul: bool = False) -> str:
    """The particle in the form that follows a syllable with (or without) a final consonant.

    ``particle`` may carry more after the variable part (은요, 이랑은): only the leading form changes. A
    particle that has no variable form (에게, 도, 의) is returned unchanged. ``prev_rieul``: the final
    consonant is ㄹ, which takes 로 (not 으로).
    """
    for form, (with_final, without_final) in _FORMS:
        if particle.startswith(form):
            rest = particle[len(form) :]
            if with_final in _ROUTES and prev_rieul:
                return without_final + rest
            return (with_final if prev_has_final else without_final) + rest
    return particle


def particle_for(word: str, particle: str) -> str:
    """The right form of ``particle`` after ``word`` (its last character must be a Hangul syllable)."""
    last = word[-1:]
    return fix_particle(particle, has_final_consonant(last), prev_rieul=final_consonant_is_rieul(last))
