"""fr.rib: the French RIB key (bank, branch, account with letters, key mod 97)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamyeong.errors import InvalidChecksum, InvalidFormat, InvalidLength
from gamyeong.identifiers import Validity
from gamyeong.identifiers.fr import rib


def _key(bank: str, branch: str, account: str) -> str:
    # Written independently of the module: letters by their CFONB digit, then the weighted sum.
    table = {c: str(d) for d, letters in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
             for c in letters}  # fmt: skip
    acc = "".join(table.get(c, c) for c in account.upper())
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


GOOD = [
    ("30004", "00001", "12345678901"),
    ("20041", "01005", "0500013M026"),  # La Banque Postale style account with a letter
    ("10096", "18000", "00061219104"),
]


@pytest.mark.parametrize(("bank", "branch", "account"), GOOD, ids=["bnp-style", "account-with-letter", "cic-style"])
def test_valid_ribs_verify_in_every_layout(bank: str, branch: str, account: str) -> None:
    key = _key(bank, branch, account)
    for written in (
        f"{bank} {branch} {account} {key}",
        f"{bank}{branch}{account}{key}",
        f"{bank}-{branch}-{account}-{key}",
    ):
        assert rib.check(written) is Validity.VERIFIED
        assert rib.validate(written) == f"{bank}{branch}{account.upper()}{key}"
        assert rib.format(written) == f"{bank} {branch} {account.upper()} {key}"


@pytest.mark.parametrize(
    ("number", "error"),
    [
        pytest.param("30004 00001 12345678901 00", InvalidChecksum, id="wrong-key"),
        pytest.param("30004 00001 1234567890 12", InvalidLength, id="short-account"),
        pytest.param("3000A 00001 12345678901 12", InvalidFormat, id="letter-in-bank-code"),
        pytest.param("", InvalidLength, id="empty"),
    ],
)
def test_invalid_ribs_raise_precise_errors(number: str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        rib.validate(number)
    assert rib.check(number) is Validity.INVALID
    digits = number.replace(" ", "")
    assert len(digits) < 4 or digits not in str(info.value)


@given(st.from_regex(r"[0-9]{10}[0-9A-Z]{11}", fullmatch=True))
def test_calc_key_round_trip(head: str) -> None:
    number = head + rib.calc_key(head)
    assert rib.validate(rib.format(number)) == rib.compact(number)
    assert rib.calc_key(head) == _key(head[:5], head[5:10], head[10:])
