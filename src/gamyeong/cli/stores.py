"""Opening keys, vaults and ledgers from command-line options, and keeping them apart from the data."""

from __future__ import annotations

from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from gamyeong.errors import ConfigError

if TYPE_CHECKING:
    from gamyeong.pseudonymize.keys import KeyRing
    from gamyeong.pseudonymize.vault import Vault

__all__ = ["InputFormatOption", "check_apart", "open_keys", "open_vault_from_options"]


class InputFormatOption(StrEnum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"


def open_keys(path: Path | None) -> KeyRing:
    """The key ring from ``--key FILE`` or, without it, the GAMYEONG_KEY environment variable."""
    from gamyeong.pseudonymize.keys import load_keys

    return load_keys(path)


def open_vault_from_options(
    location: str | None, key_path: Path | None, stack: ExitStack, *, required: bool
) -> Vault | None:
    from gamyeong.pseudonymize.vault import load_vault_key, open_vault

    if location is None:
        if required:
            raise ConfigError("this policy stores values in a vault: pass --vault PATH|URL (and --vault-key FILE)")
        return None
    vault = open_vault(location, load_vault_key(key_path))
    stack.callback(vault.close)
    return vault


def _local_dir(location: str | Path | None) -> Path | None:
    if location is None or str(location).startswith(("postgresql://", "postgres://")):
        return None
    return Path(location).expanduser().resolve().parent


def check_apart(output: Path | None, key: Path | None, vault: str | None) -> None:
    """Refuse to write pseudonymized data next to the additional information (keys, vault): PIPA wants them
    stored apart, with their own access."""
    if output is None:
        return
    out_dir = output.expanduser().resolve().parent
    for what, location in (("key file", key), ("vault", vault)):
        held = _local_dir(location)
        if held is not None and (held == out_dir or out_dir in held.parents or held in out_dir.parents):
            raise ConfigError(
                f"the output directory {out_dir} also holds the {what}: keep pseudonymized data apart from "
                "keys and vaults (write the output elsewhere, or move the key/vault to a protected location)"
            )
