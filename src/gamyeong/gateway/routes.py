"""The HTTP routes: authentication, rate limit, size limit, then screening, forwarding and restoring."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any

import httpx
from fastapi import Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.background import BackgroundTask

from gamyeong.gateway.messages import error_body, pick_language
from gamyeong.gateway.service import DetectFailed, Exchange, Gateway
from gamyeong.gateway.settings import ClientSettings, GatewaySettings
from gamyeong.gateway.streaming_events import restore_stream

__all__ = ["ROUTES", "Handlers"]

#: OpenAI routes the gateway screens, and the name of their body layout
ROUTES = {"chat/completions": "chat", "completions": "completions", "embeddings": "embeddings",
          "responses": "responses"}  # fmt: skip
_JSON = {"Content-Type": "application/json"}
_HOP_HEADERS = {"content-length", "transfer-encoding", "connection", "content-encoding", "keep-alive"}


def _err(status: int, kind: str, lang: str, *, type_: str, code: str, **fmt: Any) -> JSONResponse:
    return JSONResponse(error_body(kind, lang, type_=type_, code=code, **fmt), status_code=status)


def _lang(request: Request, detected: str | None = None) -> str:
    return pick_language(request.headers.get("accept-language"), detected)


def _json_mode(body: dict[str, Any]) -> bool:
    """Chat ``response_format`` or Responses ``text.format`` asking for JSON."""
    formats = [body.get("response_format"), (body.get("text") or {}).get("format") if isinstance(body.get("text"), dict)
               else None]  # fmt: skip
    return any(isinstance(f, dict) and f.get("type") in ("json_object", "json_schema") for f in formats)


def utf16_offsets(text: str) -> list[int]:
    """Python offset → UTF-16 offset (what a browser's string indexes are), for every position."""
    out = [0] * (len(text) + 1)
    pos = 0
    for i, ch in enumerate(text):
        out[i] = pos
        pos += 2 if ord(ch) > 0xFFFF else 1
    out[len(text)] = pos
    return out


class Handlers:
    """Route handlers over one :class:`Gateway` and one upstream client (both set by the app's lifespan)."""

    gateway: Gateway
    upstream: httpx.AsyncClient

    def __init__(self, settings: GatewaySettings) -> None:
        self.settings = settings
        self._urls: dict[str, httpx.URL] = {}

    async def _admit(self, request: Request) -> tuple[ClientSettings | None, Response | None]:
        client = self.gateway.client_for(request.headers.get("authorization"))
        if client is None:
            return None, _err(
                401, "unauthorized", _lang(request), type_="invalid_request_error", code="invalid_api_key"
            )
        if not self.gateway.allow(client):
            return None, _err(429, "rate_limited", _lang(request), type_="rate_limit_error", code="rate_limited")
        return client, None

    async def _read_json(self, request: Request) -> dict[str, Any] | Response:
        limit = self.settings.max_request_bytes
        too_large = _err(413, "too_large", _lang(request), type_="invalid_request_error", code="too_large", limit=limit)
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            return too_large
        raw = bytearray()
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > limit:
                return too_large
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return _err(400, "bad_json", _lang(request), type_="invalid_request_error", code="bad_json")
        return body

    async def healthz(self) -> dict[str, Any]:
        return {"status": "ok", "audit_errors": self.gateway.audit.errors, "detect_helper": self.gateway.helper_ready}

    async def page(self) -> str:
        return resources.files("gamyeong.gateway").joinpath("static/index.html").read_text(encoding="utf-8")

    async def models(self, request: Request) -> Response:
        _, denied = await self._admit(request)
        if denied is not None:
            return denied
        try:
            upstream = await self.upstream.get("models")
            return JSONResponse(upstream.json(), status_code=upstream.status_code)
        except (httpx.HTTPError, ValueError):
            return _err(502, "upstream_unreachable", _lang(request), type_="api_error", code="upstream_unreachable")

    async def check(self, request: Request) -> Response:
        """The page's endpoint: spans (offsets and labels — no values) and the text as it would be sent."""
        client, denied = await self._admit(request)
        if denied is not None:
            return denied
        assert client is not None
        body = await self._read_json(request)
        if not isinstance(body, dict):
            return body
        text = body.get("text")
        if not isinstance(text, str):
            return _err(400, "bad_json", _lang(request), type_="invalid_request_error", code="bad_json")
        gateway = self.gateway
        exchange = Exchange(client.name, "chat", gateway.conversation(client.name, None), gateway.policy_for(client))
        wrapped = {"messages": [{"role": "user", "content": text}]}
        try:
            ((_, spans),) = await gateway.detect([text])
            await gateway.screen(exchange, wrapped)
        except DetectFailed:
            return _err(503, "detect_failed", _lang(request), type_="api_error", code="screening_failed")
        utf16 = utf16_offsets(text)
        return JSONResponse({
            "spans": [{"start": s.start, "end": s.end, "start_utf16": utf16[s.start], "end_utf16": utf16[s.end],
                       "label": str(s.label), "score": round(s.score, 3)} for s in spans],
            "sanitized": "" if exchange.blocked else wrapped["messages"][0]["content"],
            "blocked": list(exchange.blocked),
            "lang": exchange.lang,
        })  # fmt: skip

    def proxy_for(self, path: str) -> Callable[[Request], Awaitable[Response]]:
        async def route(request: Request) -> Response:
            return await self.proxy(request, path)

        return route

    async def proxy(self, request: Request, path: str) -> Response:
        client, denied = await self._admit(request)
        if denied is not None:
            return denied
        assert client is not None
        body = await self._read_json(request)
        if not isinstance(body, dict):
            return body
        gateway = self.gateway
        header = request.headers.get("x-gamyeong-conversation")
        exchange = Exchange(
            client=client.name, route=ROUTES[path], policy=gateway.policy_for(client),
            conversation=gateway.conversation(client.name, header), model=str(body.get("model", "")),
            stream=bool(body.get("stream")),
            conversation_id=gateway.conversation_ref(header) if header else "",
            json_mode=_json_mode(body),
        )  # fmt: skip
        try:
            await gateway.screen(exchange, body)
        except DetectFailed:
            return self._refuse(exchange, "failed", _err(503, "detect_failed", _lang(request), type_="api_error",
                                                         code="screening_failed"))  # fmt: skip
        if exchange.blocked:
            refusal = _err(400, "blocked", _lang(request, exchange.lang), type_="invalid_request_error",
                           code="personal_data_blocked", labels=", ".join(exchange.blocked))  # fmt: skip
            return self._refuse(exchange, "blocked", refusal)
        return await self._forward(request, path, body, exchange)

    def _refuse(self, exchange: Exchange, action: str, response: Response) -> Response:
        exchange.action = action
        self.gateway.finish(exchange)
        return response

    def _upstream_url(self, path: str) -> httpx.URL:
        """The upstream URL of a route, merged with the base URL by the client itself, once per route."""
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = self.upstream.build_request("POST", path).url
        return url

    async def _forward(self, request: Request, path: str, body: dict[str, Any], exchange: Exchange) -> Response:
        def unreachable() -> Response:
            return self._refuse(exchange, "upstream_unreachable", _err(502, "upstream_unreachable", _lang(request),
                                type_="api_error", code="upstream_unreachable"))  # fmt: skip

        # the body encoded as httpx's json= does it, to a URL merged once: a third of build_request's time
        content = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
        upstream = self.upstream.build_request("POST", self._upstream_url(path), content=content, headers=_JSON)
        try:
            response = await self.upstream.send(upstream, stream=True)
        except httpx.HTTPError:
            return unreachable()
        exchange.upstream_status = response.status_code
        is_sse = response.headers.get("content-type", "").startswith("text/event-stream")
        if exchange.stream and is_sse and response.status_code < 400:
            return StreamingResponse(restore_stream(self.gateway, exchange, response), media_type="text/event-stream")
        try:
            raw = await response.aread()
        except httpx.HTTPError:
            return unreachable()
        finally:
            await response.aclose()
        try:
            answer = json.loads(raw)
        except ValueError:
            answer = None
        if not isinstance(answer, dict):  # an upstream error page: passed on (it only ever saw tokens)
            self.gateway.finish(exchange)
            headers = {k: v for k, v in response.headers.items() if k.lower() not in _HOP_HEADERS}
            return Response(raw, status_code=response.status_code, headers=headers)
        if response.status_code >= 400:
            self.gateway.finish(exchange)
            return JSONResponse(answer, status_code=response.status_code)
        self.gateway.restore_answer(exchange, answer)
        if self.settings.answer_action == "mask":  # the answer must wait for its scan
            await self.gateway.scan_answer(exchange, answer)
            if "SCAN_FAILED" in exchange.answer_labels:  # cannot mask what was not scanned: fail closed
                return self._refuse(exchange, "answer_scan_failed", _err(503, "detect_failed", _lang(request),
                                    type_="api_error", code="screening_failed"))  # fmt: skip
            self.gateway.finish(exchange)
            return JSONResponse(answer, status_code=response.status_code)
        # "flag" only counts: the scan runs after the answer is sent, off the request's latency
        self.gateway.later()
        return JSONResponse(answer, status_code=response.status_code,
                            background=BackgroundTask(self._scan_then_finish, exchange))  # fmt: skip

    async def _scan_then_finish(self, exchange: Exchange) -> None:
        await self.gateway.scan_answer(exchange)
        self.gateway.finish_later(exchange)
