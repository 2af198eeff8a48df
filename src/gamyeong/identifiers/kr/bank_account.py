"""Korean bank account numbers (계좌번호).

Korean banks publish the digit-group layout of their account numbers (how they print them, e.g.
신한 ``110-123-456789`` = 3-3-6) but no check-digit rule, so nothing here is ever VERIFIED:

* a dashed (or spaced) number whose groups match a known bank layout → PLAUSIBLE, and
  :func:`banks_for` names the banks that use the layout;
* bare digits, 10–14 of them (the span of every layout below) → PLAUSIBLE; they prove nothing on their
  own, so the detector must require account context (a bank name from :data:`BANK_NAMES`, "계좌",
  "입금" …) before it reports one, and :func:`banks_for` returns ``[]`` for them;
* anything else (letters, a grouping no bank uses, too few or too many digits) → INVALID.

The layouts below are the published formats of the banks' current and most common legacy accounts; the
collection is **not exhaustive** (banks have several product lines, and mergers left old layouts in use).
A layout missing here turns a dashed account into INVALID, so extend the table rather than loosen it.

:data:`BANK_NAMES` lists the banks' Korean names and the short names people write ("국민", "농협",
"카뱅", "KB" …). Short names that are also ordinary words or place names (우리 "we", 하나 "one",
기업 "company", 산업, 제일, 대구, 부산, 광주, 경남, 전북, 제주 …) are left out on purpose: as context words
they would raise scores all over ordinary text; the full names (우리은행, 대구은행 …) are in.

Sources: each bank's account-number guidance as printed on passbooks and transfer screens, and the
layout tables used by Korean open-banking (금융결제원 오픈뱅킹) integrations.
"""

from __future__ import annotations

import re
import unicodedata

from gamyeong.errors import InvalidFormat, InvalidLength
from gamyeong.identifiers._base import Validity, clean
from gamyeong.labels import Label

__all__ = [
    "BANK_ALIASES",
    "BANK_LAYOUTS",
    "BANK_NAMES",
    "banks_for",
    "check",
    "compact",
    "format",
    "is_valid",
    "label",
    "name",
    "validate",
]

name = "kr.bank_account"
label = Label.BANK_ACCOUNT

#: Bank (Korean name) → digit-group layouts of its account numbers.
BANK_LAYOUTS: dict[str, tuple[tuple[int, ...], ...]] = {
    "KB국민은행": ((6, 2, 6), (3, 2, 4, 3)),
    "신한은행": ((3, 3, 6), (3, 2, 6)),
    "우리은행": ((4, 3, 6),),
    "하나은행": ((3, 6, 5),),
    "NH농협은행": ((3, 4, 4, 2), (6, 2, 6), (3, 2, 6)),
    "IBK기업은행": ((3, 6, 2, 3),),
    "SC제일은행": ((3, 2, 6),),
    "한국씨티은행": ((3, 6, 3),),
    "카카오뱅크": ((4, 2, 7),),
    "토스뱅크": ((4, 4, 4),),
    "케이뱅크": ((3, 3, 6),),
    "우체국": ((6, 2, 6),),
    "새마을금고": ((4, 4, 4, 1),),
    "수협은행": ((3, 2, 6), (4, 4, 4)),
    "대구은행": ((3, 2, 6, 1),),
    "부산은행": ((3, 4, 4, 2),),
    "경남은행": ((3, 2, 7),),
    "광주은행": ((3, 3, 6),),
    "전북은행": ((3, 2, 7),),
    "제주은행": ((3, 2, 6),),
    "KDB산업은행": ((3, 8, 3),),
}

#: Other names people write for the banks → the key in :data:`BANK_LAYOUTS`.
BANK_ALIASES: dict[str, str] = {
    "국민은행": "KB국민은행",
    "KB국민": "KB국민은행",
    "국민": "KB국민은행",
    "KB": "KB국민은행",
    "신한": "신한은행",
    "KEB하나은행": "하나은행",
    "농협은행": "NH농협은행",
    "농협": "NH농협은행",
    "NH농협": "NH농협은행",
    "NH": "NH농협은행",
    "단위농협": "NH농협은행",
    "기업은행": "IBK기업은행",
    "IBK": "IBK기업은행",
    "SC은행": "SC제일은행",
    "제일은행": "SC제일은행",
    "씨티은행": "한국씨티은행",
    "씨티": "한국씨티은행",
    "카뱅": "카카오뱅크",
    "케뱅": "케이뱅크",
    "K뱅크": "케이뱅크",
    "우체국은행": "우체국",
    "MG새마을금고": "새마을금고",
    "수협": "수협은행",
    "iM뱅크": "대구은행",
    "DGB대구은행": "대구은행",
    "BNK부산은행": "부산은행",
    "BNK경남은행": "경남은행",
    "산업은행": "KDB산업은행",
    "KDB": "KDB산업은행",
}

#: Context words for the detector: full bank names and unambiguous short names.
BANK_NAMES: frozenset[str] = frozenset(BANK_LAYOUTS) | frozenset(BANK_ALIASES)

_LAYOUT_BANKS: dict[tuple[int, ...], tuple[str, ...]] = {}
for _bank, _layouts in BANK_LAYOUTS.items():
    for _layout in _layouts:
        _LAYOUT_BANKS[_layout] = (*_LAYOUT_BANKS.get(_layout, ()), _bank)
del _bank, _layouts, _layout

_BARE_LENGTHS = range(10, 15)
_SEPARATORS = re.compile(r"[\s\-.\u2010-\u2015\u2212\ufe63\uff0d]+")


def _groups(number: str) -> list[str]:
    """The digit groups as written (separators of any kind between them)."""
    return [g for g in _SEPARATORS.split(unicodedata.normalize("NFKC", number).strip()) if g]


def compact(number: str) -> str:
    """Digits only: separators removed, full-width digits folded (NFKC)."""
    return clean(unicodedata.normalize("NFKC", number))


def _fault(number: str) -> tuple[str, InvalidFormat | InvalidLength | None]:
    """The digits, and what is wrong with the number (None: nothing), without raising: most digit runs the
    detector asks about are no account, and raising for each cost more than the check."""
    groups = _groups(number)
    digits = "".join(groups)
    if not digits or not (digits.isascii() and digits.isdigit()):
        return digits, InvalidFormat("a bank account number has only digits and separators")
    if len(groups) == 1:
        if len(digits) not in _BARE_LENGTHS:
            return digits, InvalidLength("an account number without separators has 10–14 digits")
    elif tuple(len(g) for g in groups) not in _LAYOUT_BANKS:
        return digits, InvalidFormat("the digit groups match no known Korean bank account layout")
    return digits, None


def validate(number: str) -> str:
    """Return the digits or raise: the grouping must be a known bank layout, bare digits 10–14 long."""
    digits, fault = _fault(number)
    if fault is not None:
        raise fault
    return digits


def is_valid(number: str) -> bool:
    return check(number) is not Validity.INVALID


def check(number: str) -> Validity:
    """PLAUSIBLE for a known bank layout or 10–14 bare digits (no public checksum), else INVALID."""
    return Validity.INVALID if _fault(number)[1] is not None else Validity.PLAUSIBLE


def banks_for(number: str) -> list[str]:
    """The banks whose layout matches the groups of a dashed number ([] for bare digits or no match)."""
    groups = _groups(number)
    if len(groups) < 2 or not all(g.isascii() and g.isdigit() for g in groups):
        return []
    return list(_LAYOUT_BANKS.get(tuple(len(g) for g in groups), ()))


def format(number: str) -> str:
    """Dash-joined groups when they match a bank layout; bare digits stay bare (the bank is unknown)."""
    if banks_for(number):
        return "-".join(_groups(number))
    return compact(number)
