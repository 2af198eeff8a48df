"""``gamyeong keys``, ``gamyeong vault`` and ``gamyeong ledger``: the additional information and the record."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from gamyeong.cli import app
from gamyeong.cli.common import EXIT_FINDINGS, err, fail
from gamyeong.errors import GamyeongError
from gamyeong.labels import parse_label

if TYPE_CHECKING:
    from gamyeong.pseudonymize.ledger import Ledger

__all__ = ["keys_app", "ledger_app", "vault_app"]

keys_app = typer.Typer(help="Create and rotate pseudonym keys (kept apart from the data).", no_args_is_help=True)
vault_app = typer.Typer(help="The vault of reversible tokens: its key, and deletion requests.", no_args_is_help=True)
ledger_app = typer.Typer(help="The processing record: show, verify, export, purge.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
app.add_typer(vault_app, name="vault")
app.add_typer(ledger_app, name="ledger")

LedgerOption = Annotated[
    str | None,
    typer.Option(help="SQLite path or postgresql:// URL (default: GAMYEONG_LEDGER, then the user's data dir)."),
]


@keys_app.command("new")
def keys_new(
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the new key file (mode 0600).")],
    purpose: Annotated[str | None, typer.Option(help="What the key is for (stored in the file).")] = None,
) -> None:
    """Create a key file with one fresh key."""
    from gamyeong.pseudonymize.keys import new_keyfile

    try:
        ring = new_keyfile(output, purpose)
    except GamyeongError as exc:
        raise fail(exc.message) from None
    err.print(f"created {output} (key id {ring.active_id}); keep it apart from the data it protects")


@keys_app.command("rotate")
def keys_rotate(keyfile: Annotated[Path, typer.Argument(help="The key file to rotate.")]) -> None:
    """Add a new active key; older keys stay in the file so older tokens can still be restored."""
    from gamyeong.pseudonymize.keys import rotate_keyfile

    try:
        ring = rotate_keyfile(keyfile)
    except GamyeongError as exc:
        raise fail(exc.message) from None
    err.print(f"rotated {keyfile}: active key id {ring.active_id} ({len(ring.ids())} keys)")


@keys_app.command("show")
def keys_show(keyfile: Annotated[Path, typer.Argument(help="The key file.")]) -> None:
    """List the key ids (never the secrets)."""
    from gamyeong.pseudonymize.keys import load_keys

    try:
        ring = load_keys(keyfile)
    except GamyeongError as exc:
        raise fail(exc.message) from None
    for key_id in ring.ids():
        typer.echo(f"{key_id}{'  (active)' if key_id == ring.active_id else ''}")


@vault_app.command("new-key")
def vault_new_key(
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the vault key (mode 0600).")],
) -> None:
    """Create a vault key (separate from the pseudonym key)."""
    from gamyeong.pseudonymize.vault import new_vault_key

    try:
        new_vault_key(output)
    except GamyeongError as exc:
        raise fail(exc.message) from None
    err.print(f"created {output}; keep it apart from the data and from the pseudonym key")


@vault_app.command("forget")
def vault_forget(
    vault: Annotated[str, typer.Option(help="The vault: SQLite path or postgresql:// URL.")],
    label: Annotated[str, typer.Option(help="The label of the values to erase, e.g. PHONE.")],
    values: Annotated[
        Path, typer.Option(help="File with the values to erase, one per line (- for stdin): never the command line.")
    ],
    vault_key: Annotated[Path | None, typer.Option(help="Vault key file (default: GAMYEONG_VAULT_KEY).")] = None,
    ledger: LedgerOption = None,
) -> None:
    """Erase one data subject's values from the vault (a deletion request) and record it in the ledger."""
    from gamyeong import __version__
    from gamyeong.pseudonymize.ledger import open_ledger
    from gamyeong.pseudonymize.normal import normalize_value
    from gamyeong.pseudonymize.vault import load_vault_key, open_vault

    try:
        canonical = parse_label(label)
        raw = sys.stdin.read() if str(values) == "-" else values.read_text(encoding="utf-8")
        wanted = [line.strip() for line in raw.splitlines() if line.strip()]
        store = open_vault(vault, load_vault_key(vault_key))
        job_ledger = open_ledger(ledger)
    except (GamyeongError, ValueError) as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"cannot read {exc.filename}: {exc.strerror}") from None
    try:
        erased = sum(store.forget(value=normalize_value(canonical, v), label=canonical) for v in wanted)
    finally:
        store.close()
    from gamyeong.pseudonymize.record import safe_location

    entry = job_ledger.append({
        "kind": "vault-forget", "label": canonical, "requested": len(wanted), "erased": erased,
        "vault": safe_location(vault), "time": datetime.now(UTC).isoformat(), "gamyeong_version": __version__,
    })  # fmt: skip
    job_ledger.close()
    err.print(f"erased {erased} vault entr{'y' if erased == 1 else 'ies'} for {len(wanted)} value(s); "
              f"recorded as ledger entry #{entry.seq}")  # fmt: skip


@ledger_app.command("show")
def ledger_show(
    ledger: LedgerOption = None,
    limit: Annotated[int, typer.Option(min=1, help="Show the newest N entries.")] = 20,
) -> None:
    """List the newest processing records (purpose, counts, methods: never values)."""
    from gamyeong.pseudonymize.ledger import open_ledger

    try:
        book = open_ledger(ledger)
    except GamyeongError as exc:
        raise fail(exc.message) from None
    entries = list(book.entries())[-limit:]
    book.close()
    table = Table("#", "time", "kind", "purpose", "records", "labels", title="processing record")
    for e in entries:
        rec = e.record
        counts = rec.get("records", {})
        labels = ", ".join(f"{k}:{sum(v.values())}" for k, v in rec.get("labels", {}).items())
        table.add_row(
            str(e.seq), str(e.time)[:19], Text(str(rec.get("kind", ""))), Text(str(rec.get("purpose", ""))[:40]),
            Text(" ".join(f"{k}={v}" for k, v in counts.items())), Text(labels[:60]),
        )  # fmt: skip
    Console(highlight=False).print(table)


def verify_chain(open_book: Callable[[], Ledger]) -> None:
    """Check a hash chain (the ledger, the gateway's audit log); exit 1 naming the first bad entry."""
    try:
        with open_book() as book:
            report = book.verify()
    except GamyeongError as exc:
        raise fail(exc.message) from None
    if report.ok:
        typer.echo(f"ok: {report.checked} entries, hash chain intact")
        return
    typer.echo(f"TAMPERED: entry #{report.first_bad_seq}: {report.reason}")
    raise typer.Exit(EXIT_FINDINGS)


def export_chain(open_book: Callable[[], Ledger], output: Path | None) -> None:
    """Every entry of a hash chain as JSONL (with its hashes), to ``output`` or stdout."""
    try:
        with open_book() as book:
            text = "".join(book.export("jsonl"))
    except GamyeongError as exc:
        raise fail(exc.message) from None
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@ledger_app.command("verify")
def ledger_verify(ledger: LedgerOption = None) -> None:
    """Check the hash chain; exit 1 and name the first bad entry if anything was changed or removed."""
    from gamyeong.pseudonymize.ledger import open_ledger

    verify_chain(lambda: open_ledger(ledger))


@ledger_app.command("export")
def ledger_export(
    ledger: LedgerOption = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write JSONL here (default stdout).")] = None,
) -> None:
    """Export every entry as JSONL (with its hashes), for an auditor."""
    from gamyeong.pseudonymize.ledger import open_ledger

    export_chain(lambda: open_ledger(ledger), output)


@ledger_app.command("purge")
def ledger_purge(
    older_than_days: Annotated[int, typer.Option(min=1, help="Remove entries older than this many days.")],
    ledger: LedgerOption = None,
) -> None:
    """Remove entries past retention; a checkpoint entry keeps the chain verifiable."""
    from gamyeong.pseudonymize.ledger import open_ledger

    try:
        book = open_ledger(ledger)
        removed = book.purge(datetime.now(UTC) - timedelta(days=older_than_days))
        book.close()
    except GamyeongError as exc:
        raise fail(exc.message) from None
    err.print(f"purged {removed} entr{'y' if removed == 1 else 'ies'}; a checkpoint keeps the chain verifiable")
