"""Errors raised by gamyeong.

Every error derives from :class:`GamyeongError`, so callers can catch one class. Messages say what went
wrong and how to fix it; they never contain the personal data being processed (only positions, record
ids, labels and lengths).

::

    GamyeongError
    ├── ValidationError              an identifier failed validation (identifiers/)
    │   ├── InvalidFormat            wrong characters or shape
    │   ├── InvalidLength            wrong number of digits/characters
    │   ├── InvalidComponent         a part is impossible (birth date, region code, gender digit, prefix)
    │   └── InvalidChecksum          the check digit/key does not match
    ├── ConfigError                  a settings/TOML file is wrong (custom detectors, allow-lists)
    │   ├── PolicyError              a pseudonymization policy is wrong (pseudonymize/policy.py)
    │   └── PurposeError             the purpose is missing or too vague (pseudonymize/purpose.py)
    ├── KeyFileError                 a key file is missing, unreadable or too open (pseudonymize/keys.py)
    │   ├── MissingKeyError          an operator needs a key and none was given
    │   └── UnknownKeyError          a key id is not in the key file
    ├── StorageError                 a SQLite/PostgreSQL store failed (pseudonymize/storage.py)
    │   ├── VaultError               the vault (wrong key, tampered entry, missing vault)
    │   └── LedgerError              the processing record (forbidden field, bad purge)
    ├── InputError                   input cannot be read (encoding, binary, bad JSON, missing field)
    └── MissingDependencyError       an optional extra is not installed (names the pip command)
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "GamyeongError",
    "InputError",
    "InvalidChecksum",
    "InvalidComponent",
    "InvalidFormat",
    "InvalidLength",
    "MissingDependencyError",
    "ValidationError",
]


class GamyeongError(Exception):
    """Root of every error raised by gamyeong."""

    default_message = "gamyeong failed"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self.args[0])


class ValidationError(GamyeongError):
    """An identifier is not valid. The message names the rule, never the number."""

    default_message = "the identifier is not valid"


class InvalidFormat(ValidationError):
    default_message = "the identifier has the wrong format"


class InvalidLength(ValidationError):
    default_message = "the identifier has the wrong length"


class InvalidComponent(ValidationError):
    default_message = "a part of the identifier is impossible"


class InvalidChecksum(ValidationError):
    default_message = "the identifier's check digit does not match"


class ConfigError(GamyeongError):
    default_message = "the configuration is not valid"


class InputError(GamyeongError):
    """Input cannot be processed. ``record`` names the line or record id (never its content)."""

    default_message = "the input cannot be read"

    def __init__(self, message: str | None = None, *, record: str | None = None) -> None:
        self.record = record
        text = message or self.default_message
        super().__init__(f"{record}: {text}" if record else text)


class MissingDependencyError(GamyeongError):
    """An optional dependency is missing; the message carries the exact install command."""

    def __init__(self, package: str, extra: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(f'{package} is not installed; install it with: pip install "gamyeong[{extra}]"')
