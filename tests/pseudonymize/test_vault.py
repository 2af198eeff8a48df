"""The vault: keys apart from data, values encrypted, one id per value and scope, deletion, concurrent writers."""

from __future__ import annotations

import base64
import itertools
import multiprocessing
import re
import stat
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gamyeong.errors import GamyeongError
from gamyeong.pseudonymize.tokens import TOKEN_RE, format_token
from gamyeong.pseudonymize.vault import Vault, VaultError, load_vault_key, new_vault_key, open_vault

PHONE = "010-1234-5678"
PHONE_N = "01012345678"
NAME = "김민준"
ID_RE = re.compile(r"v[0-9A-HJKMNP-TV-Z]{12}")


# --- keys ------------------------------------------------------------------------------------------------


def test_new_vault_key_is_private_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "vault.key"
    new_vault_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(base64.b64decode(path.read_text())) == 32
    before = path.read_bytes()
    with pytest.raises(VaultError, match="refusing to overwrite"):
        new_vault_key(path)
    assert path.read_bytes() == before
    assert load_vault_key(path) == base64.b64decode(before)


def test_load_vault_key_from_env_value_or_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "vault.key"
    new_vault_key(path)
    key = load_vault_key(path)
    monkeypatch.setenv("GAMYEONG_VAULT_KEY", path.read_text().strip())
    assert load_vault_key() == key
    monkeypatch.setenv("GAMYEONG_VAULT_KEY", str(path))
    assert load_vault_key() == key
    monkeypatch.setenv("OTHER_VAR", str(path))
    assert load_vault_key(env="OTHER_VAR") == key


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(None, "does not exist", id="missing-file"),
        pytest.param("not base64 at all!", "does not hold a vault key", id="not-base64"),
        pytest.param(base64.b64encode(b"short").decode(), "does not hold a vault key", id="too-short"),
        pytest.param(base64.b64encode(bytes(33)).decode(), "does not hold a vault key", id="too-long"),
    ],
)
def test_bad_key_files(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "vault.key"
    if content is not None:
        path.write_text(content)
    with pytest.raises(VaultError, match=message) as info:
        load_vault_key(path)
    if content:
        assert content not in str(info.value)


def test_env_key_errors_never_show_the_value(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(VaultError, match="--vault-key FILE or set GAMYEONG_VAULT_KEY"):
        load_vault_key()
    secret = base64.b64encode(bytes(range(31))).decode()  # one byte short
    monkeypatch.setenv("GAMYEONG_VAULT_KEY", secret)
    with pytest.raises(VaultError, match="GAMYEONG_VAULT_KEY") as info:
        load_vault_key()
    assert secret not in str(info.value)


@pytest.mark.parametrize("key", [b"", bytes(16), bytes(33), "a" * 32], ids=["empty", "16", "33", "str"])
def test_open_vault_wants_a_32_byte_key(tmp_path: Path, key: bytes) -> None:
    with pytest.raises(VaultError, match="32 bytes"):
        open_vault(tmp_path / "v.sqlite", key)
    assert not (tmp_path / "v.sqlite").exists()


def test_sqlite_vault_file_is_private(tmp_path: Path, vault_key: bytes) -> None:
    path = tmp_path / "deep" / "dir" / "vault.sqlite"
    with open_vault(path, vault_key) as vault:
        vault.put("s", "PERSON", NAME, NAME)
        assert repr(vault) == f"Vault({str(path)!r})"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("location", "message"),
    [
        pytest.param("mysql://localhost/x", "unsupported vault URL scheme", id="other-url"),
        pytest.param(".", "is a directory", id="directory"),
    ],
)
def test_bad_locations(location: str, message: str, vault_key: bytes) -> None:
    with pytest.raises(VaultError, match=message):
        open_vault(location, vault_key)


def test_not_a_database(tmp_path: Path, vault_key: bytes) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello " * 1000)
    with pytest.raises(VaultError, match="not a usable SQLite database"):
        open_vault(path, vault_key)


def test_unreachable_postgres_error_hides_the_password(vault_key: bytes) -> None:
    with pytest.raises(VaultError, match="cannot connect") as info:
        open_vault("postgresql://alice:s3cr3t@127.0.0.1:1/db", vault_key)
    assert "s3cr3t" not in str(info.value)
    assert "alice:***@127.0.0.1:1" in str(info.value)


# --- put / get (SQLite and PostgreSQL) -------------------------------------------------------------------


def test_put_get_round_trip(vault: Vault) -> None:
    token_id = vault.put("job-1", "PHONE", PHONE_N, PHONE)
    assert ID_RE.fullmatch(token_id)
    assert TOKEN_RE.fullmatch(format_token("PHONE", token_id))
    assert vault.get(token_id) == ("PHONE", PHONE)
    assert vault.count() == 1


@pytest.mark.parametrize(
    ("other", "same"),
    [
        pytest.param(("job-1", "PHONE", PHONE_N, PHONE_N), False, id="same-normalized-other-spelling"),
        pytest.param(("job-1", "PHONE", PHONE_N, PHONE), True, id="identical"),
        pytest.param(("job-2", "PHONE", PHONE_N, PHONE), False, id="other-scope"),
        pytest.param(("job-1", "OTHER_ID", PHONE_N, PHONE), False, id="other-label"),
        pytest.param(("job-1", "PHONE", "01099998888", "010-9999-8888"), False, id="other-value"),
        pytest.param(("job-", "1PHONE", PHONE_N, PHONE), False, id="no-concatenation-collision"),
    ],
)
def test_one_id_per_value_and_scope(vault: Vault, other: tuple[str, str, str, str], same: bool) -> None:
    first = vault.put("job-1", "PHONE", PHONE_N, PHONE)
    if other[1] == "1PHONE":
        with pytest.raises(VaultError, match="not a label"):
            vault.put(*other)
        return
    assert (vault.put(*other) == first) is same
    assert vault.get(first) == ("PHONE", PHONE)


def test_each_spelling_restores_to_itself_and_is_forgotten_with_the_others(vault: Vault) -> None:
    dashed = vault.put("job-1", "PHONE", PHONE_N, PHONE)
    compact = vault.put("job-1", "PHONE", PHONE_N, PHONE_N)
    assert vault.get(dashed) == ("PHONE", PHONE)
    assert vault.get(compact) == ("PHONE", PHONE_N)
    assert vault.forget(value=PHONE_N, label="PHONE") == 2
    assert vault.get(dashed) is None
    assert vault.get(compact) is None


def test_get_unknown_and_copied_ids(vault: Vault) -> None:
    token_id = vault.put("s", "PERSON", NAME, NAME)
    assert vault.get("v" + "0" * 12) is None
    assert vault.get("not-an-id") is None
    assert vault.get(token_id.lower()) == ("PERSON", NAME)  # a copied id survives a change of case
    assert vault.get(token_id[0] + token_id[1:].replace("1", "l").replace("0", "O")) == ("PERSON", NAME)


def test_values_are_never_stored_in_clear(vault: Vault, raw_sql: Callable[..., Any]) -> None:
    vault.put("conversation-42", "PHONE", PHONE_N, PHONE)
    vault.put("conversation-42", "PERSON", NAME, NAME)
    dump = repr(raw_sql("SELECT * FROM gamyeong_vault")) + repr(raw_sql("SELECT * FROM gamyeong_vault_meta"))
    # pieces of the number, long enough that a random hash or base64 id cannot hold them by chance ("1234"
    # alone did, once in a few hundred runs)
    for planted in (PHONE, PHONE_N, "010-1234", "1234-5678", "10123456", NAME, NAME.encode().hex(), "conversation-42"):
        assert planted not in dump


def test_sqlite_file_never_holds_the_value(tmp_path: Path, vault_key: bytes) -> None:
    path = tmp_path / "vault.sqlite"
    with open_vault(path, vault_key) as vault:
        vault.put("s", "EMAIL", "minjun@example.kr", "minjun@example.kr")
        vault.forget(value="minjun@example.kr", label="EMAIL")
        vault.put("s", "PERSON", NAME, NAME)
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"minjun" not in data
    assert NAME.encode() not in data


def test_wrong_key_is_refused(store_location: str, vault_key: bytes) -> None:
    with open_vault(store_location, vault_key) as vault:
        vault.put("s", "PERSON", NAME, NAME)
    with pytest.raises(VaultError, match="does not open the vault"):
        open_vault(store_location, bytes(32))


def test_reopen_keeps_entries(store_location: str, vault_key: bytes) -> None:
    with open_vault(store_location, vault_key) as vault:
        token_id = vault.put("s", "PERSON", NAME, NAME)
    with open_vault(store_location, vault_key) as vault:
        assert vault.get(token_id) == ("PERSON", NAME)
        assert vault.put("s", "PERSON", NAME, NAME) == token_id


def test_moved_ciphertext_is_detected(vault: Vault, raw_sql: Callable[..., Any]) -> None:
    a = vault.put("s", "PERSON", NAME, NAME)
    b = vault.put("s", "PHONE", PHONE_N, PHONE)
    (nonce, sealed) = raw_sql("SELECT nonce, ciphertext FROM gamyeong_vault WHERE token_id = ?", b)[0]
    raw_sql("UPDATE gamyeong_vault SET nonce = ?, ciphertext = ? WHERE token_id = ?", nonce, sealed, a)
    with pytest.raises(VaultError, match="fails authentication") as info:
        vault.get(a)
    assert PHONE not in str(info.value)


def test_closed_vault(vault: Vault) -> None:
    vault.close()
    vault.close()
    with pytest.raises(VaultError, match="closed"):
        vault.put("s", "PERSON", NAME, NAME)


def test_vault_errors_are_gamyeong_errors() -> None:
    assert issubclass(VaultError, GamyeongError)


# --- forget ----------------------------------------------------------------------------------------------


@pytest.fixture
def filled(vault: Vault) -> Vault:
    for scope in ("job-1", "job-2", "job-3"):
        vault.put(scope, "PHONE", PHONE_N, PHONE)
        vault.put(scope, "PERSON", NAME, NAME)
    vault.put("job-1", "OTHER_ID", PHONE_N, PHONE)  # same digits, another label
    vault.put("job-1", "PHONE", "01099998888", "010-9999-8888")
    return vault


@pytest.mark.parametrize(
    ("kwargs", "erased"),
    [
        pytest.param({"value": PHONE_N, "label": "PHONE"}, 3, id="subject-in-every-scope"),
        pytest.param({"scope": "job-2", "value": PHONE_N, "label": "PHONE"}, 1, id="subject-in-one-scope"),
        pytest.param({"scope": "job-1"}, 4, id="whole-scope"),
        pytest.param({"scope": "job-1", "label": "PHONE"}, 2, id="scope-and-label"),
        pytest.param({"value": "01000000000", "label": "PHONE"}, 0, id="unknown-value"),
        pytest.param({"value": PHONE, "label": "PHONE"}, 0, id="needs-the-normalized-form"),
    ],
)
def test_forget(filled: Vault, kwargs: dict[str, str], erased: int) -> None:
    before = filled.count()
    assert filled.forget(**kwargs) == erased  # type: ignore[arg-type]
    assert filled.count() == before - erased


def test_forgotten_value_gets_a_new_id(filled: Vault) -> None:
    old = filled.put("job-1", "PHONE", PHONE_N, PHONE)
    filled.forget(value=PHONE_N, label="PHONE")
    assert filled.get(old) is None
    assert filled.put("job-1", "PHONE", PHONE_N, PHONE) != old
    assert filled.count("job-1") == 4


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({}, "refusing to erase the whole vault", id="nothing"),
        pytest.param({"label": "PHONE"}, "refusing to erase the whole vault", id="label-only"),
        pytest.param({"value": PHONE_N}, "needs the value's label", id="value-without-label"),
    ],
)
def test_forget_refuses(filled: Vault, kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(VaultError, match=message) as info:
        filled.forget(**kwargs)  # type: ignore[arg-type]
    assert PHONE_N not in str(info.value)
    assert filled.count() == 8


# --- concurrent writers ----------------------------------------------------------------------------------

SHARED = [(f"0101234{i:04d}", f"010-1234-{i:04d}") for i in range(40)]


def _writer(location: str, key: bytes, worker: int) -> dict[str, str]:
    ids: dict[str, str] = {}
    with open_vault(location, key) as vault:
        for i, (normalized, value) in enumerate(SHARED):
            ids[normalized] = vault.put("shared", "PHONE", normalized, value)
            own = f"{worker}-{i}"
            ids[own] = vault.put("shared", "OTHER_ID", own, own)
    return ids


def test_concurrent_writers(store_location: str, vault_key: bytes) -> None:
    workers = 4
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        results = list(pool.map(_writer, [store_location] * workers, [vault_key] * workers, range(workers)))
    for normalized, _ in SHARED:
        assert len({ids[normalized] for ids in results}) == 1, "every process got the same id"
    all_ids = {token for ids in results for token in ids.values()}
    assert len(all_ids) == len(SHARED) * (1 + workers)
    with open_vault(store_location, vault_key) as vault:
        assert vault.count() == len(all_ids)
        assert vault.get(results[0][SHARED[7][0]]) == ("PHONE", SHARED[7][1])


# --- properties ------------------------------------------------------------------------------------------

_COUNTER = itertools.count()


@pytest.fixture(scope="module")
def prop_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    with open_vault(tmp_path_factory.mktemp("prop") / "vault.sqlite", bytes(range(32))) as vault:
        yield vault


@settings(max_examples=60, deadline=None)
@given(
    scope=st.text(max_size=20),
    label=st.from_regex(r"[A-Z][A-Z0-9]{0,6}(_[A-Z0-9]{1,4}){0,2}", fullmatch=True),
    normalized=st.text(max_size=30),
    value=st.text(max_size=60),
)
def test_property_round_trip(prop_vault: Vault, scope: str, label: str, normalized: str, value: str) -> None:
    scope = f"{next(_COUNTER)}|{scope}"  # a fresh scope per example
    token_id = prop_vault.put(scope, label, normalized, value)
    assert ID_RE.fullmatch(token_id)
    assert TOKEN_RE.fullmatch(format_token(label, token_id))
    assert prop_vault.put(scope, label, normalized, value) == token_id
    other_spelling = prop_vault.put(scope, label, normalized, value + "x")
    assert other_spelling != token_id
    assert prop_vault.get(token_id) == (label, value)
    assert prop_vault.get(other_spelling) == (label, value + "x")
    assert prop_vault.put(scope + "'", label, normalized, value) != token_id
    assert prop_vault.forget(scope, value=normalized, label=label) == 2
    assert prop_vault.get(token_id) is None
