"""``gamyeong serve`` (the privacy gateway), ``gamyeong auditlog verify|export`` and ``gamyeong keys client-new``."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from gamyeong.cli import app
from gamyeong.cli.admin import export_chain, keys_app, verify_chain
from gamyeong.cli.common import err, fail
from gamyeong.errors import GamyeongError

__all__ = ["serve"]

auditlog_app = typer.Typer(help="The gateway's audit log: verify and export.", no_args_is_help=True)
app.add_typer(auditlog_app, name="auditlog")
AuditOption = Annotated[
    str | None, typer.Option("--audit-log", help="SQLite path or postgresql:// URL (default: the user's data dir).")
]


@app.command()
def serve(
    upstream: Annotated[str | None, typer.Option(help="The upstream OpenAI base_url, ending in /v1.")] = None,
    policy: Annotated[str | None, typer.Option(help="gateway (RRNs blocked), share, or a policy TOML file.")] = None,
    host: Annotated[str | None, typer.Option(help="Address to listen on (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000).")] = None,
    audit_log: AuditOption = None,
    config: Annotated[Path | None, typer.Option(help="gateway.toml: settings, clients and their policies.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Gateway processes (each loads its own models).")] = 1,
    fast: Annotated[
        bool, typer.Option("--fast", help="French/English names by rules only, without spaCy (lower latency).")
    ] = False,
) -> None:
    """Run the OpenAI-compatible privacy gateway: pseudonymize prompts, restore answers, audit every exchange."""
    try:
        from gamyeong.gateway.settings import load_settings

        settings = load_settings(config, upstream=upstream, policy=policy, host=host, port=port, audit_log=audit_log,
                                 fast=fast or None)  # fmt: skip
        banner = settings.check_listen()
        from gamyeong.gateway.settings import gateway_policy

        gateway_policy(settings.policy)  # a bad policy fails here, before the server starts
        import uvicorn

        from gamyeong.gateway.app import create_app
    except GamyeongError as exc:
        raise fail(exc.message) from None
    except ImportError:
        raise fail('the gateway needs its extra: pip install "gamyeong[gateway]"') from None
    err.print(escape(banner), soft_wrap=True)
    if not settings.upstream_key:
        err.print("gateway: no upstream key in the environment (GAMYEONG_UPSTREAM_KEY); requests go without one")
    if workers > 1:
        err.print("gateway: conversations live in each process; send one conversation to one process (sticky)")
        from gamyeong.gateway.app import ENV_ARGS

        args = {"config": str(config) if config else None, "upstream": upstream, "policy": policy, "host": host,
                "port": port, "audit_log": audit_log, "fast": fast or None}  # fmt: skip
        os.environ[ENV_ARGS] = json.dumps(args)
    uvicorn.run(
        "gamyeong.gateway.app:app_from_environment" if workers > 1 else create_app(settings),
        host=settings.host, port=settings.port, workers=workers if workers > 1 else None,
        factory=workers > 1, log_level="warning", access_log=False,
    )  # fmt: skip


@auditlog_app.command("verify")
def auditlog_verify(audit_log: AuditOption = None) -> None:
    """Check the audit log's hash chain; exit 1 naming the first bad entry."""
    from gamyeong.gateway.auditlog import open_audit_log

    verify_chain(lambda: open_audit_log(audit_log))


@auditlog_app.command("export")
def auditlog_export(
    audit_log: AuditOption = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write JSONL here (default stdout).")] = None,
) -> None:
    """Export every exchange as JSONL (with hashes): labels and counts, never values."""
    from gamyeong.gateway.auditlog import open_audit_log

    export_chain(lambda: open_audit_log(audit_log), output)


@keys_app.command("client-new")
def keys_client_new(
    name: Annotated[str, typer.Argument(help="The client's name (shown in the audit log).")],
    policy: Annotated[str, typer.Option(help="The client's policy.")] = "gateway",
) -> None:
    """A new gateway client key: printed once; the configuration keeps only its SHA-256."""
    from gamyeong.gateway.settings import hash_client_key

    key = "gmy-" + secrets.token_urlsafe(32)
    err.print("give this key to the client (it is not stored anywhere):", soft_wrap=True)
    typer.echo(key)
    err.print("add to gateway.toml:", soft_wrap=True)
    typer.echo(f'\n[[clients]]\nname = "{name}"\nkey_sha256 = "{hash_client_key(key)}"\npolicy = "{policy}"\n'
               "requests_per_minute = 600")  # fmt: skip
