"""The vault: the mapping table behind reversible ``vault`` tokens, kept apart from the data.

A token ``<PERSON_vK3QF8W2M9TZA>`` carries only a random id; the value lives here, and only whoever holds the
*vault key* (a 32-byte key, separate from the pseudonym key) can read it back. From the vault key, HKDF-SHA256
derives one sub-key per use, so the database never holds a value in clear nor an unkeyed hash anyone could
join on:

* ``lookup``  = HMAC(k_lookup, scope ‖ label ‖ normalized) — one id per value and scope (unique);
* ``subject`` = HMAC(k_subject, label ‖ normalized) — finds a data subject's entries in every scope (deletion);
* ``scope``   = HMAC(k_scope, scope) — a job's or conversation's entries;
* the value   = AES-256-GCM(k_encrypt, random 96-bit nonce, value, AAD = token id ‖ label);
* ``gamyeong_vault_meta.key_check`` = HMAC(k_check, …): opening a vault with the wrong key is a clear error.

Schema (``BLOB`` is ``BYTEA`` on PostgreSQL)::

    gamyeong_vault(token_id TEXT PRIMARY KEY, lookup BLOB NOT NULL UNIQUE, subject BLOB NOT NULL,
                   scope BLOB NOT NULL, label TEXT NOT NULL, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL,
                   created TEXT NOT NULL)             -- indexes on subject and scope
    gamyeong_vault_meta(name TEXT PRIMARY KEY, value TEXT NOT NULL)   -- schema version, key_check

Concurrent writers (processes, hosts) are safe: ``put`` is ``INSERT … ON CONFLICT DO NOTHING`` then a
``SELECT`` by ``lookup``, so whoever inserts first wins and everyone gets the same id. SQLite runs in WAL mode
with a busy timeout and ``secure_delete`` (forgotten entries are overwritten in the file).

Vault keys come from a file or the ``GAMYEONG_VAULT_KEY`` environment variable, never from the command line.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import secrets
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from gamyeong.pseudonymize.storage import StorageError, advisory_lock_id, open_database

__all__ = ["KEY_BYTES", "Vault", "VaultError", "load_vault_key", "new_vault_key", "open_vault"]

KEY_BYTES = 32
SCHEMA_VERSION = "1"
#: Crockford base32 (no I, L, O, U): unambiguous when a person or a model copies a token
ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ID_LENGTH = 12  # 60 random bits; a collision is detected and retried
_LABEL_RE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")
_ID_RE = re.compile(r"v[0-9A-Za-z]{6,40}")
_LOCK = advisory_lock_id("gamyeong.vault.schema")
_ENV = "GAMYEONG_VAULT_KEY"

_DDL: dict[str, list[str]] = {
    kind: [
        "CREATE TABLE IF NOT EXISTS gamyeong_vault_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        f"""CREATE TABLE IF NOT EXISTS gamyeong_vault (
            token_id TEXT PRIMARY KEY, lookup {blob} NOT NULL UNIQUE, subject {blob} NOT NULL,
            scope {blob} NOT NULL, label TEXT NOT NULL, nonce {blob} NOT NULL, ciphertext {blob} NOT NULL,
            created TEXT NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS gamyeong_vault_subject ON gamyeong_vault (subject)",
        "CREATE INDEX IF NOT EXISTS gamyeong_vault_scope ON gamyeong_vault (scope)",
    ]
    for kind, blob in (("sqlite", "BLOB"), ("postgresql", "BYTEA"))
}


class VaultError(StorageError):
    """The vault or its key cannot be used. Messages name files and token ids, never a key or a value."""

    default_message = "the vault cannot be used"


def _mac(key: bytes, *parts: str) -> bytes:
    """HMAC-SHA256 over length-prefixed parts (so ("ab", "c") and ("a", "bc") never collide)."""
    mac = hmac.new(key, digestmod=hashlib.sha256)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        mac.update(len(data).to_bytes(8, "big"))
        mac.update(data)
    return mac.digest()


def _decode_key(text: str, source: str) -> bytes:
    try:
        key = base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise VaultError(
            f"{source} does not hold a vault key (base64 of {KEY_BYTES} bytes); create one with new_vault_key"
        )
    return key


def _read_key_file(path: Path) -> bytes:
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        raise VaultError(f"vault key file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise VaultError(f"cannot read the vault key file {path} ({exc.__class__.__name__})") from None
    return _decode_key(text, f"vault key file {path}")


def load_vault_key(path: Path | None = None, *, env: str = _ENV) -> bytes:
    """The vault key from ``path``, else from the environment variable ``env`` (a base64 key or a key file's path).

    Never from the command line. Errors name the file or the variable, never the key.
    """
    if path is not None:
        return _read_key_file(Path(path).expanduser())
    raw = os.environ.get(env, "").strip()
    if not raw:
        raise VaultError(f"no vault key: pass --vault-key FILE or set {env} (a base64 key or the path of a key file)")
    candidate = Path(raw).expanduser()
    if candidate.is_file():
        return _read_key_file(candidate)
    return _decode_key(raw, f"the environment variable {env} (neither an existing key file nor a valid key)")


def new_vault_key(path: Path) -> None:
    """Write a fresh random vault key to ``path`` (base64, mode 0600); never overwrite an existing file."""
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise VaultError(
            f"{path} already exists; refusing to overwrite a vault key (the vault it opens would become unreadable)"
        ) from None
    except OSError as exc:
        raise VaultError(f"cannot create the vault key file {path} ({exc.__class__.__name__})") from None
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii") + "\n")


def _new_token_id() -> str:
    return "v" + "".join(secrets.choice(ID_ALPHABET) for _ in range(ID_LENGTH))


def _canonical_id(token_id: str) -> str:
    """Crockford decoding of a copied id: case-insensitive, I/L read as 1, O as 0."""
    body = token_id[1:].upper().translate(str.maketrans("ILO", "110"))
    return "v" + body


class Vault:
    """An open vault (see the module docstring). Use :func:`open_vault`; close it, or use it as a context manager.

    One instance may be shared by threads; open one per process.
    """

    def __init__(self, location: str | Path, vault_key: bytes) -> None:
        if not isinstance(vault_key, bytes) or len(vault_key) != KEY_BYTES:
            raise VaultError(f"a vault key is {KEY_BYTES} bytes; load it with load_vault_key")

        def derive(purpose: str) -> bytes:
            kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"gamyeong-vault-v1", info=purpose.encode())
            return kdf.derive(vault_key)

        self._k_lookup = derive("lookup")
        self._k_subject = derive("subject")
        self._k_scope = derive("scope")
        self._aead = AESGCM(derive("encrypt"))
        check = _mac(derive("check"), "gamyeong vault key check").hex()
        #: a public fingerprint of the vault key (for processing records); reveals nothing about the key
        self.key_id = check[:16]
        self._db = open_database(location, error=VaultError, what="vault", secure_delete=True)
        try:
            self._init_schema(check)
        except BaseException:
            self._db.close()
            raise

    @property
    def location(self) -> str:
        """The vault's file path or URL, password removed."""
        return self._db.location

    def __repr__(self) -> str:
        return f"Vault({self.location!r})"

    def _init_schema(self, check: str) -> None:
        db = self._db
        with db.transaction(_LOCK):
            for stmt in _DDL[db.kind]:
                db.execute(stmt)
            meta = dict(db.execute("SELECT name, value FROM gamyeong_vault_meta"))
            if not meta:
                db.modify(
                    "INSERT INTO gamyeong_vault_meta (name, value) VALUES (?, ?), (?, ?)",
                    ("schema", SCHEMA_VERSION, "key_check", check),
                )
                return
        if meta.get("schema") != SCHEMA_VERSION:
            raise VaultError(f"the vault {self.location} has schema {meta.get('schema')!r}; this gamyeong reads 1")
        if not hmac.compare_digest(meta.get("key_check", ""), check):
            raise VaultError(f"the vault key does not open the vault {self.location}: use the key it was created with")

    def _aad(self, token_id: str, label: str) -> bytes:
        return _mac(b"gamyeong-vault-aad", token_id, label)

    def put(self, scope: str, label: str, normalized: str, value: str) -> str:
        """The token id for ``value`` (identified by ``label`` and its ``normalized`` form) in ``scope``.

        The same (scope, label, value) always gets the same id, and :meth:`get` gives back exactly ``value``:
        two spellings of one number (010-1234-5678, 01012345678) get two ids, because a restore must give
        back what was written, byte for byte. Both share the subject of ``normalized``, so :meth:`forget`
        erases every spelling of a value at once.
        """
        if _LABEL_RE.fullmatch(label) is None:
            raise VaultError(f"not a label of the token grammar: {label!r}")
        lookup = _mac(self._k_lookup, scope, label, normalized, value)
        select = "SELECT token_id FROM gamyeong_vault WHERE lookup = ?"
        rows = self._db.execute(select, (lookup,))
        if rows:
            return str(rows[0][0])
        subject = _mac(self._k_subject, label, normalized)
        scope_mac = _mac(self._k_scope, scope)
        created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        for _ in range(8):
            token_id = _new_token_id()
            nonce = secrets.token_bytes(12)
            sealed = self._aead.encrypt(nonce, value.encode("utf-8", "surrogatepass"), self._aad(token_id, label))
            self._db.modify(
                "INSERT INTO gamyeong_vault (token_id, lookup, subject, scope, label, nonce, ciphertext, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (token_id, lookup, subject, scope_mac, label, nonce, sealed, created),
            )
            rows = self._db.execute(select, (lookup,))
            if rows:
                return str(rows[0][0])
            # the random id was taken by another value: draw again
        raise VaultError("could not draw a free token id; the vault is unexpectedly full")

    def get(self, token_id: str, *, scope: str | None = None) -> tuple[str, str] | None:
        """(label, value) for a token id (``v…``), or None when the vault has no such id — or, with ``scope``,
        when the id belongs to another scope (a gateway conversation restores only its own tokens)."""
        if _ID_RE.fullmatch(token_id) is None:
            return None
        token_id = _canonical_id(token_id)
        rows = self._db.execute(
            "SELECT label, nonce, ciphertext, scope FROM gamyeong_vault WHERE token_id = ?",
            (token_id,),
        )
        if not rows:
            return None
        if scope is not None and not hmac.compare_digest(bytes(rows[0][3]), _mac(self._k_scope, scope)):
            return None
        label, nonce, sealed = str(rows[0][0]), bytes(rows[0][1]), bytes(rows[0][2])
        try:
            value = self._aead.decrypt(nonce, sealed, self._aad(token_id, label))
        except InvalidTag:
            raise VaultError(f"vault entry {token_id} fails authentication: it was altered or moved") from None
        return label, value.decode("utf-8", "surrogatepass")

    def forget(self, scope: str | None = None, *, value: str | None = None, label: str | None = None) -> int:
        """Erase entries and return how many: a data subject's deletion request or the end of a job.

        * ``forget(value=v, label=L)``: the value ``v`` (its normalized form, as given to :meth:`put`) of
          label ``L`` in every scope; add ``scope`` to limit it to one;
        * ``forget(scope)``: every entry of a scope; add ``label`` to limit it to one label.

        Forgetting everything at once is refused.
        """
        where: list[str] = []
        params: list[Any] = []
        if value is not None:
            if label is None:
                raise VaultError("forget(value=...) needs the value's label (the same value may be kept per label)")
            where.append("subject = ?")
            params.append(_mac(self._k_subject, label, value))
        elif label is not None:
            where.append("label = ?")
            params.append(label)
        if scope is not None:
            where.append("scope = ?")
            params.append(_mac(self._k_scope, scope))
        if value is None and scope is None:
            raise VaultError("forget needs a value (with its label) or a scope; refusing to erase the whole vault")
        return self._db.modify(f"DELETE FROM gamyeong_vault WHERE {' AND '.join(where)}", params)

    def count(self, scope: str | None = None) -> int:
        """How many entries the vault holds (in ``scope`` when given)."""
        if scope is None:
            rows = self._db.execute("SELECT COUNT(*) FROM gamyeong_vault")
        else:
            rows = self._db.execute(
                "SELECT COUNT(*) FROM gamyeong_vault WHERE scope = ?", (_mac(self._k_scope, scope),)
            )
        return int(rows[0][0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def open_vault(location: str | Path, vault_key: bytes) -> Vault:
    """Open (creating when missing) the vault at ``location``: a SQLite file path or a ``postgresql://`` URL."""
    return Vault(location, vault_key)
