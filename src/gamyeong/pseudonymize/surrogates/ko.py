"""Korean surrogates from our own tables: names that keep the final consonant of their last syllable (so 은/는,
이/가 … after them stay right), road-name addresses in the original's shape, and vehicle plates."""

from __future__ import annotations

import re
from random import Random

from gamyeong.pseudonymize.surrogates import ko_data
from gamyeong.pseudonymize.surrogates.josa import has_final_consonant, is_hangul_syllable
from gamyeong.pseudonymize.surrogates.layout import digits, shape_random

__all__ = ["address", "has_hangul", "person_name", "vehicle_plate"]

_SINGLE_OPEN = {s: w for s, w in ko_data.SINGLE_SURNAMES.items() if not has_final_consonant(s)}
_SINGLE_CLOSED = {s: w for s, w in ko_data.SINGLE_SURNAMES.items() if has_final_consonant(s)}


def has_hangul(text: str) -> bool:
    return any(is_hangul_syllable(char) for char in text)


def _weighted(rng: Random, table: dict[str, int]) -> str:
    names = list(table)
    return rng.choices(names, weights=[table[name] for name in names])[0]


def person_name(original: str, rng: Random) -> str:
    """A Korean name with as many syllables as the Hangul syllables of ``original`` (which keep their places
    among any spaces or other characters), whose last syllable has the same final-consonant status. A name
    that starts with a two-syllable surname (남궁, 황보 …) gets one too."""
    positions = [i for i, char in enumerate(original) if is_hangul_syllable(char)]
    count = len(positions)
    if count == 0:
        return original
    closed = has_final_consonant(original[positions[-1]])
    last_pool = ko_data.GIVEN_LAST_CLOSED if closed else ko_data.GIVEN_LAST_OPEN
    if count == 1:
        syllables = _weighted(rng, _SINGLE_CLOSED if closed else _SINGLE_OPEN)
    else:
        hangul = "".join(original[i] for i in positions)
        compound = count >= 3 and hangul[:2] in ko_data.COMPOUND_SURNAMES
        surname = _weighted(rng, ko_data.COMPOUND_SURNAMES if compound else ko_data.SINGLE_SURNAMES)
        given = [rng.choice(ko_data.GIVEN_FIRST) for _ in range(count - len(surname) - 1)]
        syllables = surname + "".join(given) + rng.choice(last_pool)
    out = list(original)
    for pos, syllable in zip(positions, syllables, strict=True):
        out[pos] = syllable
    return "".join(out)


# ----------------------------------------------------------------------------------------------- addresses

_TOKEN = re.compile(r"[^\s,()]+")
_SIDO_FORMS: dict[str, str] = {}  # written name → "full" or "short"
for _sido in ko_data.SIDO:
    _SIDO_FORMS[_sido.full] = "full"
    _SIDO_FORMS[_sido.short] = "short"
    for _alias in _sido.aliases:
        _SIDO_FORMS[_alias] = "short" if _alias.endswith("시") and len(_alias) == 3 else "full"
_ALL_DISTRICTS = tuple(dict.fromkeys(d for sido in ko_data.SIDO for d in sido.districts))
_SIGUNGU = re.compile(r"[가-힣]{1,6}(시|군|구)")
_ROAD = re.compile(r"[가-힣]+?(?:(대로|로)([0-9]+)(번)?([가-힣])?(길)|(대로|로|길))")
_NUMBERED = re.compile(r"([0-9]+)(?:-([0-9]+))?(동|호|층|번지|번길|가|블록|단지)?")
_ADMIN = re.compile(r"[가-힣]+?([0-9]*)(동|읍|면|리|가)")
_KEEP = frozenset({"지하", "번지", "외", "일대", "층", "호", "동"})


class _AddressState:
    """What one generated address has chosen so far (its 시/도, the 시/군/구 already used)."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.sido = rng.choice(ko_data.SIDO)
        self.used: set[str] = set()

    def district(self, suffix: str) -> str:
        own = [d for d in self.sido.districts if d.endswith(suffix) and d not in self.used]
        pool = own or [d for d in _ALL_DISTRICTS if d.endswith(suffix) and d not in self.used]
        choice = self.rng.choice(pool) if pool else self.rng.choice(ko_data.DONG_ROOTS) + suffix
        self.used.add(choice)
        return choice


def _number(text: str, rng: Random) -> str:
    return digits(rng, len(text), first_nonzero=len(text) > 1 or text != "0")


def _road(match: re.Match[str], rng: Random) -> str:
    root = rng.choice(ko_data.ROAD_ROOTS)
    if match.group(5):  # 중앙로12길, 세종대로23번길, 동일로173가길
        number = _number(match.group(2), rng)
        return f"{root}{match.group(1)}{number}{match.group(3) or ''}{match.group(4) or ''}길"
    return f"{root}{match.group(6)}"


def _token(token: str, state: _AddressState) -> str:
    rng = state.rng
    form = _SIDO_FORMS.get(token)
    if form is not None:
        return state.sido.full if form == "full" else state.sido.short
    if token in _KEEP:
        return token
    if m := _NUMBERED.fullmatch(token):
        second = f"-{_number(m.group(2), rng)}" if m.group(2) else ""
        return f"{_number(m.group(1), rng)}{second}{m.group(3) or ''}"
    if m := _ROAD.fullmatch(token):
        return _road(m, rng)
    if m := _SIGUNGU.fullmatch(token):
        return state.district(m.group(1))
    if m := _ADMIN.fullmatch(token):
        number = str(rng.randint(1, 3)) if m.group(1) else ""
        return f"{rng.choice(ko_data.DONG_ROOTS)}{number}{m.group(2)}"
    for suffix in ko_data.BUILDING_SUFFIXES:
        if token.endswith(suffix):
            return rng.choice(ko_data.BUILDING_ROOTS) + suffix
    if has_hangul(token):
        return rng.choice(ko_data.BUILDING_ROOTS)
    return shape_random(token, rng)


def address(original: str, rng: Random) -> str:
    """A Korean address in the shape of ``original``: each word is replaced by one of its kind (시/도 in the
    same long or short form, 시/군/구 of that 시/도, road name with the same ending, numbers with as many
    digits and the same 동/호/층 suffix, 동/읍/면/리, building name); spaces, commas and brackets stay."""
    state = _AddressState(rng)
    return _TOKEN.sub(lambda m: _token(m.group(), state), original)


# ---------------------------------------------------------------------------------------------- plates

_KR_PLATE = re.compile(
    r"(?P<region>[가-힣]{2})?(?P<s1>\s*)(?P<num>[0-9]{2,3})(?P<s2>\s*)(?P<letter>[가-힣])(?P<s3>\s*)(?P<serial>[0-9]{4})"
)
_FR_LETTERS = "ABCDEFGHJKLMNPQRSTVWXYZ"  # SIV plates never use I, O or U


def _plate_letter(letter: str, rng: Random) -> str:
    for letters in ko_data.PLATE_LETTER_CLASSES:
        if letter in letters:
            return rng.choice(letters)
    return rng.choice(ko_data.PLATE_LETTER_CLASSES[0])


def vehicle_plate(original: str, rng: Random) -> str:
    """Korean plates (12가3456, 123가4567, 서울12가3456) keep their shape, region form and letter use (private,
    taxi/bus, rental, delivery); French SIV plates (AB-123-CD) get letters without I/O/U and a group ≠ 000;
    anything else keeps its shape."""
    stripped = original.strip()
    if m := _KR_PLATE.fullmatch(stripped):
        region = rng.choice(ko_data.PLATE_REGIONS) if m.group("region") else ""
        plate = (
            f"{region}{m.group('s1')}{_number(m.group('num'), rng)}{m.group('s2')}"
            f"{_plate_letter(m.group('letter'), rng)}{m.group('s3')}{_number(m.group('serial'), rng)}"
        )
        return original.replace(stripped, plate)
    out: list[str] = []
    for char in original:
        if char.isascii() and char.isalpha():
            letter = rng.choice(_FR_LETTERS)
            out.append(letter if char.isupper() else letter.lower())
        elif char.isascii() and char.isdigit():
            out.append(str(rng.randint(1, 9)))
        else:
            out.append(shape_random(char, rng))
    return "".join(out)
