"""The gateway's upstream hop alone: httpx.AsyncClient over httpx's own transport (httpcore) against the same
client over gamyeong's UpstreamTransport, taking turns request by request, to the LLM stand-in on loopback.

    python benchmarks/upstream_hop.py [--requests 300]

A 2 KB French chat, as the gateway forwards it (after screening): the time to the whole answer, and for a
stream (chunks of 16 characters) the time to its first content event and to its end. The stand-in's own time
is in every figure, on both sides.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "gateway"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from servers import free_port  # noqa: E402

from gamyeong.gateway.upstream import UpstreamTransport  # noqa: E402
from gateway_bench import STANDIN, _chat_texts, _latency_records, _wait  # noqa: E402


async def _one(client: httpx.AsyncClient, text: str, *, stream: bool) -> tuple[float, float]:
    """(ms to the first content event, or to the whole answer; ms to the end)."""
    body = {"model": "echo-16", "messages": [{"role": "user", "content": text}], "stream": stream}
    t0 = time.perf_counter()
    first = None
    response = await client.send(client.build_request("POST", "chat/completions", json=body), stream=True)
    try:
        if stream:
            async for line in response.aiter_lines():
                if first is None and line.startswith("data: ") and '"content"' in line:
                    first = time.perf_counter()
        else:
            await response.aread()
    finally:
        await response.aclose()
    end = time.perf_counter()
    return ((first or end) - t0) * 1000, (end - t0) * 1000


async def _compare(base_url: str, text: str, n: int) -> None:
    limits = httpx.Limits(max_connections=1000, max_keepalive_connections=100)  # as the gateway's
    clients = {
        "httpx default (httpcore)": httpx.AsyncClient(base_url=base_url, limits=limits),
        "UpstreamTransport": httpx.AsyncClient(base_url=base_url, transport=UpstreamTransport(limits=limits)),
    }
    times: dict[str, list[list[float]]] = {name: [[], [], []] for name in clients}
    for i in range(n + 20):
        for name, client in clients.items():
            whole, _ = await _one(client, text, stream=False)
            first, end = await _one(client, text, stream=True)
            if i >= 20:  # the first requests open connections and warm both sides up
                for series, value in zip(times[name], (whole, first, end), strict=True):
                    series.append(value)
    for name, (whole, first, end) in times.items():
        print(f"{name:>25}: answer p50 {statistics.median(whole):.2f} ms; stream: first content p50 "
              f"{statistics.median(first):.2f} ms, end p50 {statistics.median(end):.2f} ms")  # fmt: skip
    for client in clients.values():
        await client.aclose()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=300, help="requests per side and kind")
    args = ap.parse_args()
    port = free_port()
    standin = subprocess.Popen([sys.executable, "-c", STANDIN.format(path=str(ROOT / "tests" / "gateway"),
                                                                     port=port)])  # fmt: skip
    try:
        _wait(f"http://127.0.0.1:{port}/v1/models", standin)
        text = _chat_texts(_latency_records(), "fr", 1)[0]
        try:
            import uvloop  # the gateway's event loop under uvicorn when installed

            uvloop.run(_compare(f"http://127.0.0.1:{port}/v1/", text, args.requests))
        except ImportError:
            asyncio.run(_compare(f"http://127.0.0.1:{port}/v1/", text, args.requests))
    finally:
        standin.terminate()
        standin.wait(timeout=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
