"""``create_app(settings)``: the FastAPI application. Nothing is global at import; the routes
(:mod:`gamyeong.gateway.routes`) are thin shells over :class:`~gamyeong.gateway.service.Gateway`."""

from __future__ import annotations

import json
import os
import urllib.parse
import urllib.request
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

try:
    import httpx
    from fastapi import FastAPI
    from fastapi.responses import HTMLResponse

    from gamyeong.gateway.upstream import UpstreamTransport  # h11
except ImportError as exc:  # the gateway extra is not installed
    from gamyeong.errors import MissingDependencyError

    raise MissingDependencyError(exc.name or "fastapi", "gateway") from None

from gamyeong.gateway.routes import ROUTES, Handlers
from gamyeong.gateway.service import Gateway
from gamyeong.gateway.settings import GatewaySettings

if TYPE_CHECKING:
    from gamyeong.detect import Analyzer

__all__ = ["ENV_ARGS", "app_from_environment", "create_app", "proxied"]

#: settings for worker processes (``gamyeong serve --workers N``): the options as JSON, config path included
ENV_ARGS = "GAMYEONG_GATEWAY_ARGS"


def proxied(url: str) -> bool:
    """Whether the environment sends requests to ``url`` through a proxy (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY,
    minus NO_PROXY), as httpx reads it."""
    parts = urllib.parse.urlsplit(url)
    proxies = urllib.request.getproxies()
    if not (proxies.get(parts.scheme) or proxies.get("all")):
        return False
    return not urllib.request.proxy_bypass(parts.hostname or "")


def create_app(
    settings: GatewaySettings,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    analyzer: Analyzer | None = None,
) -> FastAPI:
    """The gateway as an ASGI app. ``transport`` replaces the network for upstream calls (tests)."""
    handlers = Handlers(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        timeout = httpx.Timeout(settings.upstream_timeout_s, connect=10.0)
        headers = {"Authorization": f"Bearer {settings.upstream_key}"} if settings.upstream_key else {}
        handlers.gateway = Gateway(settings, analyzer)
        # a stream holds its upstream connection until it ends: the pool must not make stream 101 wait for stream 1
        limits = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
        # the default transport is the gateway's own (upstream.py: about 1 ms less per request than httpcore's);
        # httpx honours HTTP(S)_PROXY / ALL_PROXY / NO_PROXY only with its own, so a proxied upstream keeps it
        upstream = transport or (None if proxied(settings.upstream) else UpstreamTransport(limits=limits))
        handlers.upstream = httpx.AsyncClient(base_url=settings.upstream.rstrip("/") + "/", transport=upstream,
                                              timeout=timeout, headers=headers, limits=limits)  # fmt: skip
        try:
            yield
        finally:
            await handlers.gateway.drain()
            await handlers.upstream.aclose()
            handlers.gateway.close()

    app = FastAPI(title="gamyeong gateway", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.add_api_route("/healthz", handlers.healthz, methods=["GET"])
    app.add_api_route("/", handlers.page, methods=["GET"], response_class=HTMLResponse)
    app.add_api_route("/v1/models", handlers.models, methods=["GET"])
    app.add_api_route("/v1/gamyeong/detect", handlers.check, methods=["POST"])
    for path in ROUTES:
        app.add_api_route(f"/v1/{path}", handlers.proxy_for(path), methods=["POST"])
    app.state.gamyeong = handlers
    return app


def app_from_environment() -> FastAPI:
    """The app factory uvicorn calls in each worker process."""
    from pathlib import Path

    from gamyeong.gateway.settings import load_settings

    doc = json.loads(os.environ.get(ENV_ARGS, "{}"))
    config = doc.pop("config", None)
    return create_app(load_settings(Path(config) if config else None, **doc))
