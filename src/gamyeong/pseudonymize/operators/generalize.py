"""``generalize``: keep what is useful at a coarser grain.

* ``DATE_OF_BIRTH`` → the year (``1990`` / Korean ``1990년``) or the decade (``1990s`` / ``années 1990`` /
  ``1990년대``). Formats: see :mod:`gamyeong.pseudonymize.surrogates.dates`; two-digit years use the fixed
  rule ``YY >= 30`` → 19YY, else 20YY, never today's date, so reruns are identical. Unparseable →
  ``[DATE_OF_BIRTH]``.
* ``ADDRESS`` in Hangul → the 시/도 and 시/군/구 as written (``서울특별시 강남구``, ``서울 강남구``,
  ``경기도 성남시 분당구``); ``address_level = "city"`` keeps the 시/도 and, inside a province, its city
  (``서울특별시``, ``경기도 성남시``). Latin addresses → the city: French ``75002 Paris`` → ``Paris``; English
  ``Springfield, IL 62704`` → ``Springfield, IL`` (both levels: a city is the coarsest level that keeps the
  meaning). Nothing recognizable → ``[ADDRESS]``.
* Any other label → its tag, ``[LABEL]`` (there is no coarser form of a phone number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Literal

from gamyeong.labels import Label
from gamyeong.pseudonymize.operators.base import Item, OperatorContext
from gamyeong.pseudonymize.surrogates import ko_data
from gamyeong.pseudonymize.surrogates.dates import parse_date
from gamyeong.pseudonymize.surrogates.josa import is_hangul_syllable

__all__ = ["GeneralizeOperator", "GeneralizeParams", "generalize_address", "generalize_date"]

_DATE_LEVELS = ("year", "decade")
_ADDRESS_LEVELS = ("district", "city")


@dataclass(frozen=True, slots=True)
class GeneralizeParams:
    date_level: Literal["year", "decade"] = "year"
    address_level: Literal["district", "city"] = "district"

    def __post_init__(self) -> None:
        if self.date_level not in _DATE_LEVELS:
            raise ValueError(f"generalize: date_level must be one of {', '.join(_DATE_LEVELS)}")
        if self.address_level not in _ADDRESS_LEVELS:
            raise ValueError(f"generalize: address_level must be one of {', '.join(_ADDRESS_LEVELS)}")


def generalize_date(value: str, lang: str, level: str = "year") -> str | None:
    """The year or decade of a date of birth, written for ``lang``; None when no date is found."""
    parsed = parse_date(value, lang)
    if parsed is None:
        return None
    year = parsed.year
    if level == "decade":
        decade = year // 10 * 10
        return {"ko": f"{decade}년대", "fr": f"années {decade}"}.get(lang, f"{decade}s")
    return f"{year}년" if lang == "ko" else str(year)


# ------------------------------------------------------------------------------------------ Korean addresses

_SIDO_NAMES = frozenset(name for sido in ko_data.SIDO for name in (sido.full, sido.short, *sido.aliases))
#: 시/도 that are provinces (a city inside one is a level of its own: 경기도 성남시)
_PROVINCES = frozenset(
    name for sido in ko_data.SIDO if sido.full.endswith("도") for name in (sido.full, sido.short, *sido.aliases)
)
_SIGUNGU = re.compile(r"[가-힣]{1,6}(?:시|군|구)")


def _korean_address(value: str, level: str) -> str | None:
    tokens = value.replace(",", " ").split()
    kept: list[str] = []
    index = 0
    if tokens and tokens[0] in _SIDO_NAMES:
        kept.append(tokens[0])
        index = 1
    districts: list[str] = []
    while index < len(tokens) and len(districts) < 3 and _SIGUNGU.fullmatch(tokens[index]):
        if tokens[index] in _SIDO_NAMES:
            break
        districts.append(tokens[index])
        index += 1
    if level == "district":
        kept.extend(districts)
    elif districts and districts[0].endswith("시") and (not kept or kept[0] in _PROVINCES):
        kept.append(districts[0])
    return " ".join(kept) or None


# ----------------------------------------------------------------------------------------- Latin addresses

_COUNTRIES = frozenset({"france", "usa", "us", "u.s.a", "united states", "united states of america", "uk",
                        "united kingdom", "england", "canada"})  # fmt: skip
_FR_CITY = re.compile(r"(?<![0-9])[0-9]{5}\s+(?P<city>[^\d,\n]+?)(?:\s+cedex(?:\s*[0-9]+)?)?\s*$", re.I)
_STATE_ZIP = re.compile(r"(?P<state>[A-Z]{2})(?:\s+[0-9]{5}(?:-[0-9]{4})?)?")
_CITY_STATE_ZIP = re.compile(r"(?P<city>[^\d]+?)\s+(?P<state>[A-Z]{2})(?:\s+[0-9]{5}(?:-[0-9]{4})?)?")
_UK_POSTCODE = re.compile(r"\s*\b[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b\s*$")


def _latin_parts(value: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"[,\n;]", value) if p.strip()]
    while parts and parts[-1].lower().strip(". ") in _COUNTRIES:
        parts.pop()
    return parts


def _latin_address(value: str) -> str | None:
    """The city of a French (postcode + city) or English (city, state [ZIP]; city postcode) address."""
    parts = _latin_parts(value)
    for part in reversed(parts):
        if m := _FR_CITY.search(part):
            return m.group("city").strip()
    if len(parts) < 2:  # a street alone (or a city alone, which is not an address)
        return None
    if (m := _STATE_ZIP.fullmatch(parts[-1])) and not parts[-2][:1].isdigit():
        return f"{parts[-2]}, {m.group('state')}"
    if m := _CITY_STATE_ZIP.fullmatch(parts[-1]):
        return f"{m.group('city')}, {m.group('state')}"
    last = _UK_POSTCODE.sub("", parts[-1]).strip()
    if last and not any(char.isdigit() for char in last):
        return last
    return None


def generalize_address(value: str, lang: str, level: str = "district") -> str | None:
    """The 시/군/구 (or city) of an address; None when nothing recognizable is found."""
    if any(is_hangul_syllable(char) for char in value):
        return _korean_address(value, level)
    del lang  # the city is found by the address's own shape, whatever the text's language
    return _latin_address(value)


class GeneralizeOperator:
    """Date of birth → year or decade; address → 시/군/구 or city; other labels → ``[LABEL]``."""

    name: ClassVar[str] = "generalize"
    Params: ClassVar[type[GeneralizeParams]] = GeneralizeParams
    reversible: ClassVar[bool] = False
    needs_key: ClassVar[bool] = False

    def __init__(self, params: GeneralizeParams | None = None) -> None:
        self.params = params if params is not None else GeneralizeParams()

    def apply(self, item: Item, ctx: OperatorContext) -> str:
        del ctx
        label = str(item.label)
        result: str | None = None
        if item.label == Label.DATE_OF_BIRTH:
            result = generalize_date(item.value, str(item.lang), self.params.date_level)
        elif item.label == Label.ADDRESS:
            result = generalize_address(item.value, str(item.lang), self.params.address_level)
        return result if result is not None else f"[{label}]"
