"""Policies: TOML 1:1 onto Policy, built-ins, and the regulatory default for RRNs."""

from __future__ import annotations

from pathlib import Path

import pytest

from gamyeong.labels import Label
from gamyeong.pseudonymize.policy import BUILTIN_POLICIES, Action, Policy, PolicyError, load_policy


@pytest.mark.parametrize("name", sorted(BUILTIN_POLICIES))
def test_builtins_delete_rrns(name: str) -> None:
    policy = load_policy(name)
    assert policy.action(Label.KR_RRN).operator in {"redact", "block"}
    assert policy.action(Label.KR_FRN).operator in {"redact", "block"}
    assert len(policy.digest) == 64


def test_builtin_roles() -> None:
    assert not BUILTIN_POLICIES["training"].reversible
    assert BUILTIN_POLICIES["gateway"].reversible
    assert not BUILTIN_POLICIES["share"].reversible
    assert BUILTIN_POLICIES["training"].action(Label.PHONE).operator == "hmac"
    assert BUILTIN_POLICIES["training"].action(Label.PERSON).operator == "surrogate"


def test_toml_maps_one_to_one(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(
        'name = "proj"\ndefault = "redact"\n[labels]\nKR_RRN = "redact"\nPHONE = { action = "hmac", length = 12 }\n'
        'EMAIL = "keep"\nperson = "surrogate"\n',
        encoding="utf-8",
    )
    policy = load_policy(path)
    assert policy.name == "proj"
    assert policy.action(Label.PHONE) == Action("hmac", (("length", 12),))
    assert policy.action(Label.EMAIL).operator == "keep"
    assert policy.action(Label.PERSON).operator == "surrogate"
    assert Policy.from_dict(policy.to_dict()).digest == policy.digest


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        pytest.param('[labels]\nKR_RRN = "hmac"\n', "legal basis", id="rrn-hashed-without-basis"),
        pytest.param('[labels]\nKR_RRN = "keep"\n', "legal basis", id="rrn-kept-without-basis"),
        pytest.param('[labels]\nPHONE = "shred"\n', "unknown operator", id="unknown-operator"),
        pytest.param('[labels]\nPHONE = { action = "hmac", size = 3 }\n', "no parameter size", id="unknown-param"),
        pytest.param('[labels]\nPHONE = { action = "hmac", length = 2 }\n', "length", id="bad-param-value"),
        pytest.param('[labels]\nNAME = "redact"\n', "unknown label", id="unknown-label"),
        pytest.param('[labels]\nPERSON = "fpe"\n', "fpe cannot", id="fpe-on-names"),
        pytest.param('default = "fpe"\n', "fpe", id="fpe-default"),
        pytest.param('colour = "red"\n', "unknown key", id="unknown-top-level-key"),
    ],
)
def test_bad_policies_say_what_to_fix(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(PolicyError, match=message):
        load_policy(path)


def test_rrn_may_be_hashed_with_a_stated_legal_basis(tmp_path: Path) -> None:
    path = tmp_path / "basis.toml"
    path.write_text('legal_basis = "법 제24조의2 제1항 제1호"\n[labels]\nKR_RRN = "hmac"\n', encoding="utf-8")
    assert load_policy(path).action(Label.KR_RRN).operator == "hmac"


def test_unknown_policy_name() -> None:
    with pytest.raises(PolicyError, match="built-in"):
        load_policy("strongest")
