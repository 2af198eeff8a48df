"""Gateway figures: added latency, first-token delay, what reaches the upstream, exact restoration, 200
concurrent streams — gateway vs direct to the same LLM stand-in, in one run.

    python benchmarks/gateway_bench.py [--requests 200] [--streams 200]      (run by `make bench-gateway`)

Three processes on loopback: the LLM stand-in (tests/gateway/standin.py, uvicorn), `gamyeong serve`, and
this client (the real openai SDK). Direct, gateway and `detect` alone take turns in rounds of 5 requests, and
"the gateway's own" time is, chat by chat, gateway minus direct minus detect (its median). Latency is measured
on fresh dev-generator records (their own seed, so no request is new to one side and not the other); leaks and
round trips use benchmarks/data (dev and challenge sets, all labels) — built by `make bench`, or generated here
when missing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import openai

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "gateway"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from servers import free_port  # noqa: E402

from gamyeong import Analyzer  # noqa: E402
from gamyeong.gateway.settings import hash_client_key  # noqa: E402

BENCH_KEY = "gmy-bench-" + "0" * 32

STANDIN = (
    "import sys, uvicorn; sys.path.insert(0, {path!r}); from standin import Recorder, create_standin; "
    "uvicorn.run(create_standin(Recorder()), host='127.0.0.1', port={port}, log_level='warning')"
)


def _wait(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"a server did not start: {url}")
        try:
            httpx.get(url, timeout=1)
        except httpx.HTTPError:
            time.sleep(0.2)
        else:
            return
    raise SystemExit(f"timed out waiting for {url}")


def _records() -> list[dict[str, Any]]:
    data = ROOT / "benchmarks" / "data"
    files = sorted(data.glob("dev-*.jsonl")) + sorted(data.glob("challenge-*.jsonl"))
    if not files:
        from devset.generate import generate

        return list(generate(n=100))
    return [json.loads(line) for f in files for line in f.open(encoding="utf-8")]


def _latency_records() -> list[dict[str, Any]]:
    """Fresh dev-generator records for the latency phases (its own seed): enough Korean records without an RRN
    for 85 distinct chats of ~1.8 KB, none of them seen before by either side."""
    from devset.generate import generate

    return list(generate(1200, 20261203))


def _chat_texts(records: list[dict[str, Any]], lang: str, n: int, size: int = 2000) -> list[list[str]]:
    """``n`` chat requests of about ``size`` UTF-8 bytes in ``lang``, each a run of benchmark records taken in
    order without reuse (so no request, sentence or name window is new to one side and not the other)."""
    blocked = {"KR_RRN", "KR_FRN"}  # the gateway refuses these requests by design
    pool = [r["text"] for r in records
            if r.get("lang") == lang and not any(g["label"] in blocked for g in r.get("spans", []))]  # fmt: skip
    out, j = [], 0
    for _ in range(n):
        text = ""
        while j < len(pool) and (not text or len((text + pool[j]).encode()) <= size):
            text, j = text + pool[j] + "\n", j + 1
        if not text:
            break
        out.append(text)
    return out


def _timed_chat(client: openai.OpenAI, texts: list[str]) -> list[float]:
    out = []
    for text in texts:
        t0 = time.perf_counter()
        client.chat.completions.create(model="echo-64", messages=[{"role": "user", "content": text}])
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _first_token(client: openai.OpenAI, texts: list[str]) -> list[float]:
    """Time to the first content token of a streamed chat, read to its end as chat clients do (a stream left
    early cannot give its connection back to the pool, on either hop: every request would open new ones)."""
    out = []
    for text in texts:
        t0 = time.perf_counter()
        stream = client.chat.completions.create(model="echo-16", messages=[{"role": "user", "content": text}],
                                                stream=True)  # fmt: skip
        first = None
        for chunk in stream:
            if first is None and chunk.choices and chunk.choices[0].delta.content:
                first = (time.perf_counter() - t0) * 1000
        if first is None:
            raise SystemExit("a streamed echo came back without content")
        out.append(first)
    return out


def _timed(work: Any) -> float:
    t0 = time.perf_counter()
    work()
    return (time.perf_counter() - t0) * 1000


#: requests in a row on each side before the other side's turn: the machine's load drifts little within a round
#: (measuring whole sides one after the other left 2-8 ms of drift in "added minus detect" on a shared 2-core
#: machine), and each gateway request but the first of a round still follows another at once, so the previous
#: answer's scan and audit entry overlap it as in back-to-back traffic
_ROUND = 5


def _rounds(
    direct: openai.OpenAI, gateway: openai.OpenAI, texts: list[str], timed: Any, analyzer: Analyzer
) -> tuple[list[float], list[float], list[float]]:
    """Per text: direct, gateway and ``detect`` alone (ms), measured in rounds of :data:`_ROUND`."""
    d: list[float] = []
    g: list[float] = []
    a: list[float] = []
    for lo in range(0, len(texts), _ROUND):
        chunk = texts[lo : lo + _ROUND]
        d += timed(direct, chunk)
        g += timed(gateway, chunk)
        a += [_timed(lambda t=t: analyzer.detect(t)) for t in chunk]  # type: ignore[misc]
    return d, g, a


def latency(direct: openai.OpenAI, gateway: openai.OpenAI, n: int, records: list[dict[str, Any]], ner: bool) -> None:
    """Added latency (median gateway minus median direct), detect alone, and the gateway's own part: chat by
    chat, gateway minus direct minus detect (the issue's bar: added latency no more than detect + 5 ms)."""
    analyzer = Analyzer(ner=ner)
    med = statistics.median
    for lang in ("ko", "fr", "en"):
        texts = _chat_texts(records, lang, 2 * n + 5)
        warm, timed, first = texts[:5], texts[5 : 5 + n], texts[5 + n :]
        for t in warm:
            analyzer.detect(t)  # loads the lexicon and models, as the gateway did at start
        _timed_chat(direct, warm), _timed_chat(gateway, warm)
        d, g, det = _rounds(direct, gateway, timed, _timed_chat, analyzer)
        fd, fg, fdet = _rounds(direct, gateway, first, _first_token, analyzer)
        own = med(gi - di - ai for gi, di, ai in zip(g, d, det, strict=True))
        fown = med(gi - di - ai for gi, di, ai in zip(fg, fd, fdet, strict=True))
        size = med(len(t.encode()) for t in timed)
        print(
            f"{lang}: {len(timed)} distinct chats of ~{size:,.0f} bytes: added latency p50 {med(g) - med(d):5.1f} ms "
            f"(direct {med(d):.1f} ms, gateway {med(g):.1f} ms; detect alone p50 {med(det):.1f} ms; the gateway's "
            f"own p50 {own:.1f} ms); first streamed token +{med(fg) - med(fd):.1f} ms ({len(first)} chats; detect "
            f"alone p50 {med(fdet):.1f} ms; own {fown:.1f} ms)",
            flush=True,
        )


def leaks_and_round_trips(direct_url: str, gateway: openai.OpenAI, records: list[dict[str, Any]]) -> None:
    httpx.post(direct_url + "/_reset", timeout=10)
    values = found = exact = exact_stream = total = 0
    leaked_values = 0
    analyzer = Analyzer()
    for i, rec in enumerate(records):
        text = rec["text"]
        try:
            answer = gateway.chat.completions.create(model="echo-64", messages=[{"role": "user", "content": text}])
        except openai.BadRequestError:  # blocked (an RRN): nothing was sent
            continue
        total += 1
        exact += answer.choices[0].message.content == text
        size = 1 + i % 9  # every chunk size from 1 to 9 over the records
        stream = gateway.chat.completions.create(model=f"echo-{size}", stream=True,
                                                 messages=[{"role": "user", "content": text}])  # fmt: skip
        exact_stream += "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == text
        seen = json.dumps(httpx.get(direct_url + "/_recorded", timeout=30).json()[-2:], ensure_ascii=False)
        spans = analyzer.detect(text, rec.get("lang"))
        for g in rec.get("spans", []):
            value = text[g["start"] : g["end"]]
            if len(value) < 4:
                continue
            values += 1
            hit = any(s.start < g["end"] and g["start"] < s.end for s in spans)
            found += hit
            leaked_values += hit and json.dumps(value, ensure_ascii=False)[1:-1] in seen
    print(f"records sent: {total} (others blocked for an RRN); values detect finds that reached the upstream: "
          f"{leaked_values} of {found} (values detect misses: {values - found} of {values})", flush=True)  # fmt: skip
    print(
        f"exact restoration: {exact}/{total} whole answers, {exact_stream}/{total} streamed (chunks of 1-9)", flush=True
    )


async def concurrent_streams(url: str, n: int) -> None:
    async def one(i: int) -> bool:
        client = openai.AsyncOpenAI(base_url=url + "/v1", api_key=BENCH_KEY, max_retries=0, timeout=120,
                                    default_headers={"X-Gamyeong-Conversation": f"bench-{i}"})  # fmt: skip
        text = f"고객 {i}: 연락처 010-{3000 + i:04d}-{i:04d}, 메일 user{i}@example.org 확인 부탁드립니다."
        stream = await client.chat.completions.create(model="echo-3", stream=True,
                                                      messages=[{"role": "user", "content": text}])  # fmt: skip
        got = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
        await client.close()
        return got == text

    t0 = time.perf_counter()
    results = await asyncio.gather(*(one(i) for i in range(n)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, BaseException)]
    wrong = sum(r is False for r in results)
    kinds = ", ".join(f"{k} x{v}" for k, v in Counter(f"{type(e).__name__}: {str(e)[:80]}" for e in errors).items())
    print(
        f"{n} concurrent streams: {len(errors)} errors{' (' + kinds + ')' if kinds else ''}, {wrong} with another "
        f"conversation's values or wrong text, {time.perf_counter() - t0:.1f} s",
        flush=True,
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=40, help="distinct requests per language and measurement")
    ap.add_argument("--streams", type=int, default=200)
    ap.add_argument("--records", type=int, default=300, help="benchmark records sent for leaks/restoration")
    ap.add_argument("--fast", action="store_true", help="run the gateway with --fast (names without spaCy)")
    ap.add_argument("--one-process", action="store_true",
                    help="detect_helper = false: the gateway detects without its helper process")  # fmt: skip
    args = ap.parse_args()
    sport, gport = free_port(), free_port()
    env = {**os.environ, "GAMYEONG_UPSTREAM_KEY": "sk-bench"}
    with tempfile.TemporaryDirectory() as tmp:
        # one client key with a rate limit the benchmark never reaches (the default, 600 a minute, it does)
        config = Path(tmp) / "gateway.toml"
        config.write_text(
            f'[[clients]]\nname = "bench"\nkey_sha256 = "{hash_client_key(BENCH_KEY)}"\n'
            "requests_per_minute = 1000000\n" + ("[gateway]\ndetect_helper = false\n" if args.one_process else ""),
            encoding="utf-8",
        )
        standin = subprocess.Popen([sys.executable, "-c", STANDIN.format(path=str(ROOT / "tests" / "gateway"),
                                                                         port=sport)])  # fmt: skip
        gateway = subprocess.Popen([sys.executable, "-m", "gamyeong", "serve", "--upstream",
                                    f"http://127.0.0.1:{sport}/v1", "--port", str(gport), "--audit-log",
                                    str(Path(tmp) / "audit.sqlite"), "--config", str(config),
                                    *(["--fast"] if args.fast else [])], env=env,
                                   stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            _wait(f"http://127.0.0.1:{sport}/v1/models", standin)
            _wait(f"http://127.0.0.1:{gport}/healthz", gateway)
            direct = openai.OpenAI(base_url=f"http://127.0.0.1:{sport}/v1", api_key="x", max_retries=0)
            via = openai.OpenAI(base_url=f"http://127.0.0.1:{gport}/v1", api_key=BENCH_KEY, max_retries=0)
            mode = " (--fast: names without spaCy)" if args.fast else ""
            health = httpx.get(f"http://127.0.0.1:{gport}/healthz", timeout=10).json()
            helper = "and its detection helper" if health.get("detect_helper") else "(detection helper off)"
            print(f"gateway{mode} vs direct to the same stand-in, real openai SDK, loopback, one gateway process "
                  f"{helper}")  # fmt: skip
            records = _records()
            latency(direct, via, args.requests, _latency_records(), ner=not args.fast)
            leaks_and_round_trips(f"http://127.0.0.1:{sport}", via, records[: args.records])
            asyncio.run(concurrent_streams(f"http://127.0.0.1:{gport}", args.streams))
        finally:
            for proc in (gateway, standin):
                proc.terminate()
                proc.wait(timeout=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
