"""Pseudonym keys, kept apart from the data (PIPC: the *additional information* is stored separately).

A key file is JSON, written with mode 0600 and refused when others can read it::

    {"format": "gamyeong-keys/1", "active": "k-20261123-ab12cd", "purpose": "churn study 2026" | null,
     "keys": [{"id": "k-20261123-ab12cd", "created": "2026-11-23T10:00:00Z", "secret": "<base64, 32 bytes>"}]}

Operators never see a master secret: :meth:`KeyRing.derive` gives them
``HKDF-SHA256(secret, salt=b"gamyeong/v1", info=NFC(purpose) 0 label 0 use)``, so two purposes (or two
labels, or two operators) never share a key and cannot join on each other's pseudonyms. Rotation adds a key
and makes it active; old keys stay so that old tokens still restore. Keys come from a file or the
``GAMYEONG_KEY`` environment variable (a path, or the file's JSON itself), never from a command-line value.
No message, ``repr`` or log line shows a secret; :attr:`KeyRing.fingerprint` identifies the active key.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime
import hashlib
import json
import os
import re
import secrets
import stat
import tempfile
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from gamyeong.errors import GamyeongError

__all__ = [
    "ENV_VAR",
    "FORMAT",
    "KeyFileError",
    "KeyRing",
    "MasterKey",
    "MissingKeyError",
    "UnknownKeyError",
    "load_keys",
    "new_keyfile",
    "rotate_keyfile",
]

FORMAT = "gamyeong-keys/1"
ENV_VAR = "GAMYEONG_KEY"
SECRET_BYTES = 32
_SALT = b"gamyeong/v1"
_ID_RE = re.compile(r"k-[0-9]{8}-[0-9a-f]{6}")
_CREATE_HINT = "create one with: gamyeong keys new -o FILE"


class KeyFileError(GamyeongError):
    """A key file (or ``$GAMYEONG_KEY``) is missing, unreadable, malformed or too open. Never shows a secret."""

    default_message = "the key file cannot be used"


class MissingKeyError(KeyFileError):
    """An operator that needs the pseudonym key was given none."""

    default_message = f"this operation needs a pseudonym key: pass --key FILE or set {ENV_VAR}; {_CREATE_HINT}"


class UnknownKeyError(KeyFileError):
    """A key id is not in the key ring (e.g. a record made with a key file that was replaced)."""

    default_message = "the key id is not in this key file"


@dataclass(frozen=True, slots=True)
class MasterKey:
    id: str
    created: str
    secret: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class KeyRing:
    """The master keys of one key file; :attr:`active_id` is the one new pseudonyms use."""

    active_id: str
    keys: tuple[MasterKey, ...] = field(repr=False)
    purpose: str | None = None

    def __post_init__(self) -> None:
        ids = [k.id for k in self.keys]
        if len(set(ids)) != len(ids):
            raise KeyFileError("the key file lists a key id twice")
        if self.active_id not in ids:
            raise KeyFileError("the active key id is not one of the keys in the file")
        if any(len(k.secret) != SECRET_BYTES for k in self.keys):
            raise KeyFileError(f"every secret must be {SECRET_BYTES} bytes (base64-encoded in the file)")

    @classmethod
    def generate(cls, purpose: str | None = None) -> KeyRing:
        """A new in-memory ring with one fresh random key (tests, ephemeral gateway conversations)."""
        key = _new_key(())
        return cls(active_id=key.id, keys=(key,), purpose=purpose)

    def ids(self) -> list[str]:
        """Key ids in the order of the file (oldest first)."""
        return [k.id for k in self.keys]

    def ids_active_first(self) -> list[str]:
        """The active key id, then the others newest first: the order to try when restoring."""
        return [self.active_id, *(k.id for k in reversed(self.keys) if k.id != self.active_id)]

    def derive(self, purpose: str, label: str, use: str, *, key_id: str | None = None, length: int = 32) -> bytes:
        """``length`` bytes of HKDF-SHA256 for (purpose after NFC, label, use) from the key ``key_id`` (active)."""
        return _derive_cached(self, purpose, label, use, key_id, length)

    def _derive(self, purpose: str, label: str, use: str, key_id: str | None, length: int) -> bytes:
        parts = (unicodedata.normalize("NFC", purpose), label, use)
        if any("\0" in part for part in parts):
            raise ValueError("purpose, label and use must not contain NUL characters")
        info = b"\0".join(part.encode("utf-8") for part in parts)
        return _hkdf(self._secret(key_id), info, length)

    @property
    def fingerprint(self) -> str:
        """First 16 hex digits of SHA-256 of the active secret: safe to log, never the secret."""
        return hashlib.sha256(self._secret(None)).hexdigest()[:16]

    def __repr__(self) -> str:
        return f"KeyRing(active_id={self.active_id!r}, ids={self.ids()!r}, fingerprint={self.fingerprint!r})"

    __str__ = __repr__

    def _secret(self, key_id: str | None) -> bytes:
        wanted = self.active_id if key_id is None else key_id
        for key in self.keys:
            if key.id == wanted:
                return key.secret
        raise UnknownKeyError(f"key id {wanted[:40]!r} is not in this key file (known: {', '.join(self.ids())})")


@lru_cache(maxsize=4096)
def _hkdf(secret: bytes, info: bytes, length: int) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=_SALT, info=info).derive(secret)


def _new_key(existing: tuple[MasterKey, ...]) -> MasterKey:
    now = datetime.datetime.now(datetime.UTC)
    taken = {k.id for k in existing}
    while True:
        key_id = f"k-{now:%Y%m%d}-{secrets.token_hex(3)}"
        if key_id not in taken:
            break
    return MasterKey(id=key_id, created=f"{now:%Y-%m-%dT%H:%M:%SZ}", secret=secrets.token_bytes(SECRET_BYTES))


def _document(ring: KeyRing) -> str:
    doc = {
        "format": FORMAT,
        "active": ring.active_id,
        "purpose": ring.purpose,
        "keys": [
            {"id": k.id, "created": k.created, "secret": base64.b64encode(k.secret).decode("ascii")} for k in ring.keys
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _parse(text: str, source: str) -> KeyRing:
    try:
        doc: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        # The exception's own text carries no content, but its .doc attribute does: never chain it.
        raise KeyFileError(f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise KeyFileError(f'{source} is not a gamyeong key file (expected "format": "{FORMAT}"); {_CREATE_HINT}')
    raw_keys, active, purpose = doc.get("keys"), doc.get("active"), doc.get("purpose")
    if not isinstance(raw_keys, list) or not raw_keys:
        raise KeyFileError(f'{source}: "keys" must be a non-empty list')
    if not isinstance(active, str):
        raise KeyFileError(f'{source}: "active" must be the id of one of the keys')
    if purpose is not None and not isinstance(purpose, str):
        raise KeyFileError(f'{source}: "purpose" must be a string or null')
    keys = tuple(_parse_key(entry, source, n) for n, entry in enumerate(raw_keys, 1))
    try:
        return KeyRing(active_id=active, keys=keys, purpose=purpose)
    except KeyFileError as exc:
        raise KeyFileError(f"{source}: {exc.message}") from None


def _parse_key(entry: Any, source: str, n: int) -> MasterKey:
    where = f"{source}: key #{n}"
    if not isinstance(entry, dict):
        raise KeyFileError(f'{where} must be an object with "id", "created" and "secret"')
    key_id, created, secret = entry.get("id"), entry.get("created"), entry.get("secret")
    if not isinstance(key_id, str) or _ID_RE.fullmatch(key_id) is None:
        raise KeyFileError(f'{where}: "id" must look like k-YYYYMMDD-xxxxxx (6 hex digits)')
    if not isinstance(created, str):
        raise KeyFileError(f'{where}: "created" must be an ISO 8601 time')
    try:
        datetime.datetime.fromisoformat(created)
    except ValueError:
        raise KeyFileError(f'{where}: "created" must be an ISO 8601 time') from None
    try:
        raw = base64.b64decode(secret, validate=True) if isinstance(secret, str) else b""
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != SECRET_BYTES:
        raise KeyFileError(f'{where}: "secret" must be {SECRET_BYTES} random bytes in base64')
    return MasterKey(id=key_id, created=created, secret=raw)


def _check_private(path: Path) -> None:
    if os.name != "posix":
        return
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileError(
            f"{path} can be read or changed by other users (mode {stat.S_IMODE(mode):o}); "
            f"restrict it with: chmod 600 {path}"
        )


def _read(path: Path) -> KeyRing:
    if not path.exists():
        raise KeyFileError(f"no key file at {path}; {_CREATE_HINT}")
    if not path.is_file():
        raise KeyFileError(f"{path} is not a file; {_CREATE_HINT}")
    _check_private(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"cannot read the key file {path} ({type(exc).__name__})") from None
    return _parse(text, str(path))


def _write(path: Path, ring: KeyRing, *, replace: bool) -> None:
    """Write atomically with mode 0600: a temporary file beside ``path``, then a link (new) or rename (rotate)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp_name = tempfile.mkstemp(prefix=".gamyeong-keys-", dir=path.parent)  # mkstemp creates it 0600
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(_document(ring))
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if path exists: no window where another writer is overwritten
            except FileExistsError:
                raise KeyFileError(f"{path} already exists; refusing to overwrite a key file") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def new_keyfile(path: Path, purpose: str | None = None) -> KeyRing:
    """Create a key file with one fresh key (mode 0600, parent folders created); never overwrites."""
    path = Path(path)
    if path.exists():
        raise KeyFileError(f"{path} already exists; refusing to overwrite a key file (use gamyeong keys rotate)")
    ring = KeyRing.generate(purpose)
    _write(path, ring, replace=False)
    return ring


def rotate_keyfile(path: Path) -> KeyRing:
    """Add a fresh key to the file and make it active; older keys stay so that old tokens still restore."""
    path = Path(path)
    ring = _read(path)
    key = _new_key(ring.keys)
    rotated = KeyRing(active_id=key.id, keys=(*ring.keys, key), purpose=ring.purpose)
    _write(path, rotated, replace=True)
    return rotated


def load_keys(path: Path | None = None, *, env: str = ENV_VAR) -> KeyRing:
    """The key ring from ``path``, or when it is None from ``$env``: a key file's path or its JSON itself."""
    if path is not None:
        return _read(Path(path))
    value = os.environ.get(env, "").strip()
    if not value:
        raise KeyFileError(f"no key given: pass --key FILE or set {env} to a key file's path; {_CREATE_HINT}")
    if value.startswith("{"):
        return _parse(value, f"the JSON in ${env}")
    return _read(Path(value).expanduser())


@lru_cache(maxsize=4096)
def _derive_cached(ring: KeyRing, purpose: str, label: str, use: str, key_id: str | None, length: int) -> bytes:
    # A job derives the same few keys for every value: cache the whole derivation (NFC, encoding, HKDF).
    return ring._derive(purpose, label, use, key_id, length)
