"""The gateway's upstream transport (gamyeong.gateway.upstream) under httpx.AsyncClient, against a real HTTP
server on loopback whose answers cover what upstreams do: keep-alive, chunked streams, ``Connection: close``,
HTTP/1.0 bodies read to the close, 1xx heads, bodies cut short, slow heads, streams nobody reads to the end;
and TLS against uvicorn with a certificate made for the test."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import json
import socketserver
import ssl
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from servers import serving
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from gamyeong.gateway.app import proxied
from gamyeong.gateway.upstream import UpstreamTransport


@dataclass
class Server:
    """What the loopback server saw: connections opened, and streams whose client went away."""

    port: int = 0
    connections: int = 0
    abandoned: int = 0
    bodies: list[bytes] = field(default_factory=list)
    idle_timeout: float | None = None  # the server closes a keep-alive connection idle this long


def _head(status: str, headers: dict[str, str]) -> bytes:
    return (f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n").encode()


async def _answer(path: str, server: Server, writer: asyncio.StreamWriter) -> bool:
    """Write the answer for ``path``; whether the connection stays open for the next request."""
    if path == "/ok":
        writer.write(_head("200 OK", {"Content-Length": "2"}) + b"ok")
    elif path == "/hangup":  # keep-alive as far as the head says, then closed while idle (a keep-alive timeout)
        writer.write(_head("200 OK", {"Content-Length": "2"}) + b"ok")
        await writer.drain()
        await asyncio.sleep(0.05)
        return False
    elif path == "/echo":
        body = server.bodies[-1]
        writer.write(_head("200 OK", {"Content-Length": str(len(body)), "X-Case": "Echo"}) + body)
    elif path == "/chunked":
        writer.write(_head("200 OK", {"Transfer-Encoding": "chunked"}))
        for piece in (b"data: one\n\n", b"data: two\n\n"):
            writer.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            await writer.drain()
            await asyncio.sleep(0.01)
        writer.write(b"0\r\n\r\n")
    elif path == "/hangup-now":  # keep-alive as far as the head says, closed right after the answer
        writer.write(_head("200 OK", {"Content-Length": "2"}) + b"ok")
        await writer.drain()
        return False
    elif path == "/overlong":  # a body longer than its Content-Length: the rest must not answer the next request
        writer.write(_head("200 OK", {"Content-Length": "5"}) + b"hello")
        await writer.drain()
        await asyncio.sleep(0.05)
        writer.write(_head("200 OK", {"Content-Length": "12"}) + b"STALE-SECRET")
    elif path == "/bighead":  # 32 KB of headers in two writes (h11 alone stops at 16 KB)
        head = _head("200 OK", {"Content-Length": "2", "X-Big": "x" * 32_000})
        writer.write(head[:20_000])
        await writer.drain()
        await asyncio.sleep(0.02)
        writer.write(head[20_000:] + b"ok")
    elif path == "/close":
        writer.write(_head("200 OK", {"Content-Length": "5", "Connection": "close"}) + b"bye!!")
        return False
    elif path == "/http10":
        writer.write(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the close")
        return False
    elif path == "/continue":
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n" + _head("200 OK", {"Content-Length": "4"}) + b"done")
    elif path == "/truncated":
        writer.write(_head("200 OK", {"Content-Length": "100"}) + b"only ten b")
        return False
    elif path == "/slow":
        await asyncio.sleep(2)
        return False
    elif path == "/forever":
        writer.write(_head("200 OK", {"Transfer-Encoding": "chunked"}))
        try:
            for _ in range(500):
                writer.write(b"2\r\n.\n\r\n")
                await writer.drain()
                await asyncio.sleep(0.01)
        except (ConnectionError, OSError):
            server.abandoned += 1
        return False
    await writer.drain()
    return True


@asynccontextmanager
async def http_server(idle_timeout: float | None = None) -> AsyncIterator[Server]:
    """A plain HTTP/1.1 server on 127.0.0.1 (requests with a Content-Length body, as httpx sends JSON)."""
    server = Server(idle_timeout=idle_timeout)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        server.connections += 1
        try:
            while True:
                async with asyncio.timeout(server.idle_timeout):
                    head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                length = next((int(x.split(":")[1]) for x in lines if x.lower().startswith("content-length:")), 0)
                server.bodies.append(await reader.readexactly(length))
                if not await _answer(path, server, writer):
                    break
        except (asyncio.IncompleteReadError, ConnectionError, TimeoutError):
            pass
        finally:
            writer.close()

    listener = await asyncio.start_server(handle, "127.0.0.1", 0)
    server.port = listener.sockets[0].getsockname()[1]
    async with listener:
        yield server


def run(scenario: Callable[[Server, httpx.AsyncClient], Awaitable[Any]], **client: Any) -> Any:
    async def main() -> Any:
        async with http_server() as server:
            transport = UpstreamTransport(limits=client.pop("limits", None))
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}", transport=transport,
                                         **client) as http:  # fmt: skip
                return await scenario(server, http)

    return asyncio.run(main())


@pytest.mark.parametrize(
    ("path", "body", "reused"),
    [
        pytest.param("/ok", b"ok", True, id="content-length-keep-alive"),
        pytest.param("/chunked", b"data: one\n\ndata: two\n\n", True, id="chunked-keep-alive"),
        pytest.param("/continue", b"done", True, id="informational-head-first"),
        pytest.param("/close", b"bye!!", False, id="connection-close"),
        pytest.param("/http10", b"until the close", False, id="http-1.0-body-to-the-close"),
    ],
)
def test_answers_and_connection_reuse(path: str, body: bytes, reused: bool) -> None:
    async def scenario(server: Server, http: httpx.AsyncClient) -> None:
        for _ in range(3):
            response = await http.post(path, json={"n": 1})
            assert response.status_code == 200
            assert response.content == body
        assert server.connections == (1 if reused else 3)

    run(scenario)


def test_request_body_headers_and_streamed_answer() -> None:
    async def scenario(server: Server, http: httpx.AsyncClient) -> None:
        payload = {"text": "é" * 100_000}  # larger than one write
        response = await http.post("/echo", json=payload)
        assert json.loads(response.content) == payload
        assert response.headers["x-case"] == "Echo"
        assert response.http_version == "HTTP/1.1"
        async with http.stream("POST", "/chunked") as stream:
            assert [line async for line in stream.aiter_lines() if line] == ["data: one", "data: two"]
        assert server.connections == 1

    run(scenario)


@pytest.mark.parametrize(
    ("path", "timeout", "error"),
    [
        pytest.param("/truncated", 5.0, httpx.RemoteProtocolError, id="body-cut-short"),
        pytest.param("/slow", 0.2, httpx.ReadTimeout, id="slow-head"),
    ],
)
def test_failures_are_httpx_errors(path: str, timeout: float, error: type[Exception]) -> None:
    async def scenario(server: Server, http: httpx.AsyncClient) -> None:
        with pytest.raises(error):
            await http.post(path, json={}, timeout=timeout)
        assert (await http.post("/ok", json={})).content == b"ok"  # a failed exchange leaves the pool usable

    run(scenario)


def test_refused_connection_is_a_connect_error() -> None:
    import socket

    async def main() -> None:
        with socket.socket() as closed:  # bound, never listening
            closed.bind(("127.0.0.1", 0))
            port = closed.getsockname()[1]
            async with httpx.AsyncClient(transport=UpstreamTransport()) as http:
                with pytest.raises(httpx.ConnectError):
                    await http.get(f"http://127.0.0.1:{port}/")

    asyncio.run(main())


def test_a_stream_closed_early_ends_the_upstream_connection() -> None:
    async def scenario(server: Server, http: httpx.AsyncClient) -> None:
        async with http.stream("POST", "/forever") as stream:
            async for _ in stream.aiter_bytes():
                break
        for _ in range(200):
            if server.abandoned:
                break
            await asyncio.sleep(0.01)
        assert server.abandoned == 1
        assert (await http.post("/ok", json={})).content == b"ok"
        assert server.connections == 2  # the abandoned connection was not reused

    run(scenario)


def test_cancelled_request_closes_its_connection() -> None:
    async def scenario(server: Server, http: httpx.AsyncClient) -> None:
        task = asyncio.ensure_future(http.post("/slow", json={}))
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert (await http.post("/ok", json={})).content == b"ok"
        assert server.connections == 2

    run(scenario)


def test_pool_limit_waits_then_times_out() -> None:
    async def scenario(server: Server, http: httpx.AsyncClient) -> None:
        async with http.stream("POST", "/forever"):
            with pytest.raises(httpx.PoolTimeout):
                await http.post("/ok", json={}, timeout=httpx.Timeout(5.0, pool=0.1))
        assert (await http.post("/ok", json={})).content == b"ok"  # the slot came back when the stream closed

    run(scenario, limits=httpx.Limits(max_connections=1))


@pytest.mark.parametrize(
    ("first", "wait"),
    [
        pytest.param("/hangup", 0.3, id="closed-by-the-server"),
        pytest.param("/ok", 1.2, id="past-the-keep-alive-expiry"),
    ],
)
def test_stale_idle_connections_are_not_reused(first: str, wait: float) -> None:
    async def scenario(server: Server, http: httpx.AsyncClient) -> None:
        assert (await http.post(first, json={})).content == b"ok"
        await asyncio.sleep(wait)
        assert (await http.post("/ok", json={})).content == b"ok"
        assert server.connections == 2

    run(scenario, limits=httpx.Limits(keepalive_expiry=1.0))


def _certificate(tmp: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (the cryptography package builds it; nothing leaves the test)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = tmp / "cert.pem", tmp / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))  # fmt: skip
    return cert_path, key_path


def test_https_upstream(tmp_path: Path) -> None:
    async def hello(request: Request) -> JSONResponse:
        return JSONResponse({"got": (await request.json())["n"], "scheme": request.url.scheme})

    cert, key = _certificate(tmp_path)
    app = Starlette(routes=[Route("/v1/hello", hello, methods=["POST"])])

    async def main(url: str) -> None:
        trusted = ssl.create_default_context(cafile=str(cert))
        async with httpx.AsyncClient(base_url=url, transport=UpstreamTransport(verify=trusted)) as http:
            for n in range(2):
                assert (await http.post("/v1/hello", json={"n": n})).json() == {"got": n, "scheme": "https"}
        async with httpx.AsyncClient(base_url=url, transport=UpstreamTransport()) as http:
            with pytest.raises(httpx.ConnectError):  # not a certificate the system trusts
                await http.post("/v1/hello", json={"n": 0})

    with serving(app, ssl_certfile=str(cert), ssl_keyfile=str(key)) as url:
        asyncio.run(main(url.replace("http://", "https://")))


def test_bytes_after_a_response_never_answer_the_next_request() -> None:
    async def scenario(server: Server, http: httpx.AsyncClient) -> None:
        assert (await http.get("/overlong")).content == b"hello"
        await asyncio.sleep(0.15)
        assert (await http.get("/ok")).content == b"ok"
        assert server.connections == 2

    run(scenario)


def test_a_connection_closed_while_the_loop_was_busy_is_not_reused() -> None:
    """The server (in its own thread) closes an idle keep-alive connection while our event loop is busy, so no
    EOF has been seen when the next request takes it: the socket says so, and a new connection is made."""
    connections: list[int] = []

    class Handler(socketserver.StreamRequestHandler):
        def handle(self) -> None:
            connections.append(1)
            head = b""
            while not head.endswith(b"\r\n\r\n"):
                head += self.rfile.read(1)
            self.wfile.write(_head("200 OK", {"Content-Length": "2"}) + b"ok")
            self.wfile.flush()  # keep-alive as far as the head says; closed when handle returns

    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler) as tcp:
        threading.Thread(target=tcp.serve_forever, daemon=True).start()

        async def main() -> list[bytes]:
            async with httpx.AsyncClient(transport=UpstreamTransport()) as http:
                first = (await http.get(f"http://127.0.0.1:{tcp.server_address[1]}/a")).content
                time.sleep(0.3)  # the loop is busy while the server's FIN arrives
                second = (await http.get(f"http://127.0.0.1:{tcp.server_address[1]}/b")).content
                return [first, second]

        try:
            assert asyncio.run(main()) == [b"ok", b"ok"]
        finally:
            tcp.shutdown()
    assert len(connections) == 2


def test_idle_connections_the_server_closed_are_all_closed() -> None:
    """A burst leaves many idle connections; light traffic then keeps one alive while the server closes the
    others (its keep-alive timeout): they are all closed on our side too, not left in CLOSE_WAIT behind the one
    in use."""
    transport = UpstreamTransport(limits=httpx.Limits(max_keepalive_connections=50))

    async def main() -> int:
        async with (
            http_server(idle_timeout=0.2) as server,
            httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}", transport=transport) as http,
        ):
            await asyncio.gather(*(http.post("/ok", json={}) for _ in range(20)))
            for _ in range(10):
                await asyncio.sleep(0.06)
                assert (await http.post("/ok", json={})).content == b"ok"
            return sum(len(idle) for idle in transport._idle.values())

    assert asyncio.run(main()) == 1


def test_large_response_heads_in_pieces() -> None:
    async def scenario(server: Server, http: httpx.AsyncClient) -> None:
        response = await http.get("/bighead")
        assert (response.status_code, response.content, len(response.headers["x-big"])) == (200, b"ok", 32_000)

    run(scenario)


def test_a_failing_request_body_raises_its_own_error_at_once() -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b'{"a": '
        raise OSError("disk read failed")

    async def scenario(server: Server, http: httpx.AsyncClient) -> float:
        start = time.monotonic()
        with pytest.raises(OSError, match="disk read failed"):
            await http.post("/ok", content=body())
        return time.monotonic() - start

    assert run(scenario, timeout=5.0) < 1.0


@pytest.mark.parametrize(
    ("env", "url", "expected"),
    [
        pytest.param({}, "https://api.example.com/v1", False, id="no-proxy-configured"),
        pytest.param({"HTTPS_PROXY": "http://proxy:3128"}, "https://api.example.com/v1", True, id="https-proxy"),
        pytest.param({"HTTPS_PROXY": "http://proxy:3128"}, "http://api.example.com/v1", False, id="other-scheme"),
        pytest.param({"ALL_PROXY": "http://proxy:3128"}, "http://api.example.com/v1", True, id="all-proxy"),
        pytest.param(
            {"HTTP_PROXY": "http://proxy:3128", "NO_PROXY": "127.0.0.1,localhost"},
            "http://127.0.0.1:9000/v1",
            False,
            id="no-proxy-bypass",
        ),
    ],
)
def test_a_proxied_upstream_keeps_httpx_transport(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], url: str, expected: bool
) -> None:
    """httpx honours the proxy variables only with its own transport: the gateway uses it when they apply."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy",
                 "no_proxy"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert proxied(url) is expected
