"""Key files and the key ring: creation, rotation, loading, derivation, and errors that never show a secret."""

from __future__ import annotations

import base64
import json
import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from gamyeong.errors import GamyeongError
from gamyeong.pseudonymize.keys import (
    FORMAT,
    KeyFileError,
    KeyRing,
    MissingKeyError,
    UnknownKeyError,
    load_keys,
    new_keyfile,
    rotate_keyfile,
)

ID_RE = re.compile(r"k-[0-9]{8}-[0-9a-f]{6}")
SECRET_B64 = base64.b64encode(bytes(range(32))).decode()


def secrets_of(ring: KeyRing) -> list[bytes]:
    return [k.secret for k in ring.keys]


def assert_no_secret(text: str, ring_or_b64: KeyRing | str) -> None:
    forms: list[str] = []
    if isinstance(ring_or_b64, str):
        forms.append(ring_or_b64)
    else:
        for secret in secrets_of(ring_or_b64):
            forms += [base64.b64encode(secret).decode(), secret.hex(), repr(secret)]
    for form in forms:
        assert form not in text


def write(path: Path, doc: Any, mode: int = 0o600) -> Path:
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), "utf-8")
    path.chmod(mode)
    return path


def good_doc(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT,
        "active": "k-20261123-ab12cd",
        "purpose": "churn study",
        "keys": [{"id": "k-20261123-ab12cd", "created": "2026-11-23T10:00:00Z", "secret": SECRET_B64}],
    }
    doc.update(changes)
    return doc


# --- creating and rotating -------------------------------------------------------------------------------------


def test_new_keyfile_writes_private_json(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "keys.json"
    ring = new_keyfile(path, purpose="고객 이탈 분석 2026")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    doc = json.loads(path.read_text("utf-8"))
    assert doc["format"] == FORMAT
    assert doc["active"] == ring.active_id == doc["keys"][0]["id"]
    assert ID_RE.fullmatch(ring.active_id)
    assert doc["purpose"] == ring.purpose == "고객 이탈 분석 2026"
    assert len(base64.b64decode(doc["keys"][0]["secret"], validate=True)) == 32
    assert doc["keys"][0]["created"].endswith("Z")
    assert sorted(p.name for p in path.parent.iterdir()) == ["keys.json"]  # no temporary file left behind


def test_new_keyfile_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    path.write_text("precious", "utf-8")
    with pytest.raises(KeyFileError, match="already exists"):
        new_keyfile(path)
    assert path.read_text("utf-8") == "precious"


def test_two_new_keyfiles_differ(tmp_path: Path) -> None:
    a, b = new_keyfile(tmp_path / "a.json"), new_keyfile(tmp_path / "b.json")
    assert secrets_of(a) != secrets_of(b)
    assert a.derive("p", "PHONE", "hmac") != b.derive("p", "PHONE", "hmac")


def test_load_round_trip(tmp_path: Path) -> None:
    ring = new_keyfile(tmp_path / "keys.json", purpose=None)
    loaded = load_keys(tmp_path / "keys.json")
    assert loaded == ring
    assert loaded.fingerprint == ring.fingerprint
    assert loaded.purpose is None


def test_rotate_keeps_old_keys(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    first = new_keyfile(path, purpose="study")
    old_derived = first.derive("study", "PHONE", "encrypt")
    rotated = rotate_keyfile(path)
    assert rotated.active_id != first.active_id
    assert rotated.ids() == [first.active_id, rotated.active_id]
    assert rotated.ids_active_first() == [rotated.active_id, first.active_id]
    assert rotated.purpose == "study"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_keys(path) == rotated
    assert rotated.derive("study", "PHONE", "encrypt", key_id=first.active_id) == old_derived
    assert rotated.derive("study", "PHONE", "encrypt") != old_derived
    assert rotated.fingerprint != first.fingerprint
    again = rotate_keyfile(path)
    assert len(set(again.ids())) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys.json"]


def test_rotate_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="gamyeong keys new -o FILE"):
        rotate_keyfile(tmp_path / "nope.json")


# --- derivation ----------------------------------------------------------------------------------------------------


def test_derive_is_deterministic_and_domain_separated() -> None:
    ring = KeyRing.generate()
    base = ring.derive("purpose A", "PHONE", "hmac")
    assert len(base) == 32
    assert ring.derive("purpose A", "PHONE", "hmac") == base
    others = [
        ring.derive("purpose B", "PHONE", "hmac"),
        ring.derive("purpose A", "EMAIL", "hmac"),
        ring.derive("purpose A", "PHONE", "fpe"),
        ring.derive("purpose A ", "PHONE", "hmac"),
        KeyRing.generate().derive("purpose A", "PHONE", "hmac"),
    ]
    assert base not in others
    assert len(set(others)) == len(others)
    # no ambiguity between the parts: ("a", "bc") and ("ab", "c") differ
    assert ring.derive("a", "BC", "x") != ring.derive("aB", "C", "x")


def test_derive_normalizes_the_purpose_nfc() -> None:
    ring = KeyRing.generate()
    composed = "가명 처리 연구"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert ring.derive(composed, "PERSON", "hmac") == ring.derive(decomposed, "PERSON", "hmac")


def test_derive_length_and_prefix() -> None:
    ring = KeyRing.generate()
    long = ring.derive("p", "PHONE", "encrypt", length=64)
    assert len(long) == 64
    assert ring.derive("p", "PHONE", "encrypt", length=64) == long


def test_derive_rejects_nul() -> None:
    with pytest.raises(ValueError, match="NUL"):
        KeyRing.generate().derive("a\0b", "PHONE", "hmac")


def test_unknown_key_id() -> None:
    ring = KeyRing.generate()
    with pytest.raises(UnknownKeyError) as info:
        ring.derive("p", "PHONE", "hmac", key_id="k-20000101-000000")
    assert ring.active_id in str(info.value)
    assert isinstance(info.value, GamyeongError)


def test_fingerprint_and_repr_hide_the_secret() -> None:
    ring = KeyRing.generate(purpose="x")
    assert re.fullmatch(r"[0-9a-f]{16}", ring.fingerprint)
    for text in (repr(ring), str(ring), f"{ring}", repr(ring.keys[0])):
        assert_no_secret(text, ring)
    assert ring.active_id in repr(ring)
    assert ring.fingerprint in repr(ring)


def test_missing_key_error_is_a_key_file_error() -> None:
    error = MissingKeyError()
    assert isinstance(error, KeyFileError)
    assert "gamyeong keys new -o FILE" in str(error)


# --- loading from the environment ----------------------------------------------------------------------------------


def test_env_holds_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ring = new_keyfile(tmp_path / "keys.json")
    monkeypatch.setenv("GAMYEONG_KEY", str(tmp_path / "keys.json"))
    assert load_keys() == ring


def test_env_holds_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAMYEONG_KEY", json.dumps(good_doc()))
    ring = load_keys()
    assert ring.active_id == "k-20261123-ab12cd"
    assert ring.keys[0].secret == bytes(range(32))


def test_env_custom_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ring = new_keyfile(tmp_path / "keys.json")
    monkeypatch.setenv("OTHER_KEY", str(tmp_path / "keys.json"))
    assert load_keys(env="OTHER_KEY") == ring


@pytest.mark.parametrize("value", [pytest.param(None, id="unset"), pytest.param("  ", id="blank")])
def test_env_missing(value: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    if value is None:
        monkeypatch.delenv("GAMYEONG_KEY", raising=False)
    else:
        monkeypatch.setenv("GAMYEONG_KEY", value)
    with pytest.raises(KeyFileError) as info:
        load_keys()
    assert "GAMYEONG_KEY" in str(info.value)
    assert "gamyeong keys new -o FILE" in str(info.value)


def test_env_bad_json_hides_the_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAMYEONG_KEY", '{"format": "gamyeong-keys/1", "secret": "' + SECRET_B64 + '",')
    with pytest.raises(KeyFileError, match="not valid JSON") as info:
        load_keys()
    assert_no_secret(str(info.value), SECRET_B64)
    assert info.value.__cause__ is None
    assert info.value.__suppress_context__


# --- bad key files -------------------------------------------------------------------------------------------------

BAD_FILES = [
    pytest.param("{not json", "not valid JSON", id="bad-json"),
    pytest.param("[]", "not a gamyeong key file", id="not-an-object"),
    pytest.param(good_doc(format="other/1"), "not a gamyeong key file", id="wrong-format"),
    pytest.param(good_doc(keys=[]), "non-empty list", id="no-keys"),
    pytest.param(good_doc(active=7), '"active"', id="active-not-text"),
    pytest.param(good_doc(active="k-20261123-ffffff"), "active key id", id="active-unknown"),
    pytest.param(good_doc(purpose=3), '"purpose"', id="purpose-not-text"),
    pytest.param(
        good_doc(keys=[{"id": "k-1", "created": "2026-11-23T10:00:00Z", "secret": SECRET_B64}]), '"id"', id="bad-id"
    ),
    pytest.param(
        good_doc(keys=[{"id": "k-20261123-ab12cd", "created": "yesterday", "secret": SECRET_B64}]),
        '"created"',
        id="bad-created",
    ),
    pytest.param(
        good_doc(keys=[{"id": "k-20261123-ab12cd", "created": "2026-11-23T10:00:00Z", "secret": SECRET_B64[:-8]}]),
        '"secret"',
        id="short-secret",
    ),
    pytest.param(
        good_doc(keys=[{"id": "k-20261123-ab12cd", "created": "2026-11-23T10:00:00Z", "secret": "%%%" + SECRET_B64}]),
        '"secret"',
        id="not-base64",
    ),
    pytest.param(
        good_doc(keys=[{"id": "k-20261123-ab12cd", "created": "2026-11-23T10:00:00Z", "secret": 42}]),
        '"secret"',
        id="secret-not-text",
    ),
    pytest.param(good_doc(keys=["k-20261123-ab12cd"]), "must be an object", id="key-not-object"),
    pytest.param(
        good_doc(keys=[good_doc()["keys"][0], good_doc()["keys"][0]]),
        "twice",
        id="duplicate-id",
    ),
]


@pytest.mark.parametrize(("doc", "expected"), BAD_FILES)
def test_bad_key_file(doc: Any, expected: str, tmp_path: Path) -> None:
    path = write(tmp_path / "keys.json", doc)
    with pytest.raises(KeyFileError) as info:
        load_keys(path)
    message = str(info.value)
    assert expected in message
    assert str(path) in message
    assert_no_secret(message, SECRET_B64)
    assert_no_secret(message, SECRET_B64[:-8])


@pytest.mark.parametrize(
    "mode",
    [pytest.param(0o644, id="world-readable"), pytest.param(0o640, id="group-readable"), pytest.param(0o602, id="o+w")],
)
@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_open_permissions_are_refused(mode: int, tmp_path: Path) -> None:
    path = write(tmp_path / "keys.json", good_doc(), mode)
    with pytest.raises(KeyFileError) as info:
        load_keys(path)
    assert f"chmod 600 {path}" in str(info.value)
    assert_no_secret(str(info.value), SECRET_B64)


def test_missing_file_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError) as info:
        load_keys(tmp_path / "absent.json")
    assert "gamyeong keys new -o FILE" in str(info.value)
    assert "absent.json" in str(info.value)


def test_directory_is_not_a_key_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="not a file"):
        load_keys(tmp_path)


def test_keyring_invariants() -> None:
    ring = KeyRing.generate()
    with pytest.raises(KeyFileError, match="active"):
        KeyRing(active_id="k-20000101-000000", keys=ring.keys)
    with pytest.raises(KeyFileError, match="twice"):
        KeyRing(active_id=ring.active_id, keys=ring.keys * 2)
    with pytest.raises(AttributeError):
        ring.active_id = "x"  # type: ignore[misc]
