"""`gamyeong run` figures: throughput per executor and worker count, peak memory, resume after kill -9.

    python benchmarks/pipeline_bench.py [--records 6000] [--resume-records 200000] [--executors local,ray,spark]

(run by `make bench-pipeline`). The corpus is the dev generator's records (benchmarks/devset), repeated with new
ids up to --records; the baseline is bare ``Analyzer`` + ``pseudonymize`` in one process on the same texts
(prepared 64 at a time with ``Analyzer.prefetch``, as the pipeline does), so
"per core" compares the pipeline's one-worker run with it. Every run is a real ``gamyeong run`` subprocess;
wall time includes interpreter start and model loading. Peak RSS is the largest process of the run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset.generate import generate
from gamyeong import Analyzer
from gamyeong.pseudonymize.api import pseudonymize
from gamyeong.pseudonymize.keys import new_keyfile

PURPOSE = "상담 챗봇 응답 품질 개선을 위한 LLM 미세조정 (pipeline benchmark)"
GAMYEONG = [sys.executable, "-m", "gamyeong"]


def make_corpus(path: Path, n: int) -> int:
    base = list(generate(n=max(1, n // 3 + 1)))
    chars = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            rec = base[i % len(base)]
            chars += len(rec["text"])
            fh.write(json.dumps({"id": f"doc-{i}", "text": rec["text"], "source": rec["kind"]}, ensure_ascii=False))
            fh.write("\n")
    return chars


def make_small_corpus(path: Path, n: int) -> None:
    """Short chat-like records (the resume check needs many records, not many characters)."""
    templates = [
        "고객 {i}: 연락처 010-{a:04d}-{b:04d} 로 연락 주세요.",
        "Ticket {i}: call me at (415) 555-{b:04d} or mail user{i}@example.org",
        "Dossier {i} : joindre le 06 12 {c:02d} {d:02d} {e:02d}.",
        "주문 {i} 배송 완료, 특이사항 없음.",
    ]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            t = templates[i % len(templates)].format(
                i=i, a=1000 + i % 9000, b=i % 10000, c=i % 100, d=(i // 100) % 100, e=(i // 7) % 100
            )
            fh.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")


def baseline(corpus: Path, key: Path) -> float:
    """chars/s of bare detect + pseudonymize (training) in this process, one core, models already loaded."""
    from gamyeong.pseudonymize.keys import load_keys

    keys = load_keys(key)
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    analyzer = Analyzer()
    for t in texts[:100]:
        pseudonymize(t, "training", keys=keys, purpose=PURPOSE, analyzer=analyzer)
    analyzer.clear_caches()  # the pipeline's workers start with no name window parsed either
    t0 = time.perf_counter()
    for lo in range(0, len(texts), 64):  # prepared 64 at a time, as the pipeline does (one spaCy batch)
        analyzer.prefetch(texts[lo : lo + 64])
        for t in texts[lo : lo + 64]:
            pseudonymize(t, "training", keys=keys, purpose=PURPOSE, analyzer=analyzer)
    return sum(map(len, texts)) / (time.perf_counter() - t0)


def run_cli(args: list[str], env: dict[str, str]) -> tuple[float, dict[str, object]]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run([*GAMYEONG, "run", *args], env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"gamyeong run failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = Path(args[args.index("-o") + 1])
    report = json.loads((out / "gamyeong-report.json").read_text(encoding="utf-8"))
    report["peak_rss_mb"] = rss / 1024 if rss > before else None
    return wall, report


def parts(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("part-*"))}


def resume_check(tmp: Path, key: Path, env: dict[str, str], n: int) -> str:
    corpus = tmp / "small" / "small.jsonl"
    corpus.parent.mkdir()
    make_small_corpus(corpus, n)
    out = tmp / "resume-out"
    args = [*GAMYEONG, "run", "-i", str(corpus), "-o", str(out), "--key", str(key), "--purpose", PURPOSE,
            "--shard-size", "5000", "--workers", "2"]  # fmt: skip
    proc = subprocess.Popen(args, env=env, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    shards = -(-n // 5000)
    done = out / "_gamyeong" / "done"
    while proc.poll() is None and (not done.exists() or len(list(done.glob("*.json"))) < max(1, shards // 3)):
        time.sleep(0.1)
    if proc.poll() is not None:
        return "resume check: the run finished before it could be killed (raise --resume-records)"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    finished = len(list(done.glob("*.json")))
    t0 = time.perf_counter()
    subprocess.run(args, env=env, capture_output=True, check=True)
    rerun = time.perf_counter() - t0
    ids: list[int] = []
    for part in sorted(out.glob("part-*.jsonl")):
        ids.extend(json.loads(line)["id"] for line in part.open(encoding="utf-8"))
    lost = len(set(range(n)) - set(ids))
    duplicated = len(ids) - len(set(ids))
    # run first, so the children's peak RSS is this run's: memory must not grow with the corpus
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return (
        f"resume after kill -9: {n:,} records, killed with {finished}/{shards} shards done; rerun redid "
        f"{shards - finished} shards in {rerun:.0f} s; lost {lost}, duplicated {duplicated}; "
        f"peak RSS of any process {rss:,.0f} MB"
    )


def _rss_by_process(pgid: int) -> dict[int, int]:
    """VmRSS in kB of every live process of a process group (from /proc; Linux)."""
    out: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) != pgid:
                continue
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    out[int(entry.name)] = int(line.split()[1])
        except (OSError, ValueError):
            continue
    return out


def big_input_check(tmp: Path, key: Path, env: dict[str, str], gigabytes: float, seconds: float) -> str:
    """Start a run on a ``gigabytes`` JSONL file and watch every process's RSS for ``seconds`` (a full pass
    over 5 GB would take hours on two cores): planning reads the whole file, shards stream it."""
    big = tmp / "big" / "big.jsonl"
    big.parent.mkdir()
    lines = [json.dumps({"id": 0, "text": r["text"]}, ensure_ascii=False) for r in generate(n=200)]
    target = int(gigabytes * 1e9)
    size = n = 0
    with big.open("w", encoding="utf-8") as fh:
        while size < target:
            line = lines[n % len(lines)].replace('"id": 0', f'"id": {n}', 1) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    out = tmp / "big-out"
    args = [*GAMYEONG, "run", "-i", str(big), "-o", str(out), "--key", str(key), "--purpose", PURPOSE,
            "--workers", "2"]  # fmt: skip
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, env=env, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    peak: dict[int, int] = {}
    planned_at = None
    while time.perf_counter() - t0 < seconds and proc.poll() is None:
        for pid, kb in _rss_by_process(proc.pid).items():
            peak[pid] = max(peak.get(pid, 0), kb)
        if planned_at is None and any(out.glob(".part-*.tmp")):
            planned_at = time.perf_counter() - t0
        time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = len(list((out / "_gamyeong" / "done").glob("*.json"))) if (out / "_gamyeong").exists() else 0
    top = sorted(peak.values(), reverse=True)
    planned = f"{planned_at:.0f} s" if planned_at is not None else "not reached"
    return (
        f"big input: {size / 1e9:.1f} GB JSONL ({n:,} records); planning done and shards writing after {planned}; "
        f"watched {seconds:.0f} s ({done} shards of 50,000 finished); peak RSS per process "
        f"{', '.join(f'{kb / 1024:,.0f} MB' for kb in top[:4])}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=6000)
    ap.add_argument("--resume-records", type=int, default=200_000, help="0 skips the resume check")
    ap.add_argument("--executors", default="local,ray,spark")
    ap.add_argument("--big-gb", type=float, default=0, help="also watch memory on an input this large (GB)")
    ap.add_argument("--big-seconds", type=float, default=240)
    args = ap.parse_args()
    executors = [e for e in args.executors.split(",") if e]
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        (tmp / "keys").mkdir()
        (tmp / "data").mkdir()
        key = tmp / "keys" / "key.json"
        new_keyfile(key)
        env = {**os.environ, "GAMYEONG_LEDGER": str(tmp / "keys" / "ledger.sqlite")}
        if args.resume_records:
            print(resume_check(tmp, key, env, args.resume_records), flush=True)
        if args.big_gb:
            print(big_input_check(tmp, key, env, args.big_gb, args.big_seconds), flush=True)
        corpus = tmp / "data" / "corpus.jsonl"
        chars = make_corpus(corpus, args.records)
        print(f"corpus: {args.records:,} records, {chars:,} chars (dev generator, every label on, policy training)")
        base = baseline(corpus, key)
        print(f"baseline (bare Analyzer + pseudonymize, one core, models loaded): {base:,.0f} chars/s")
        plan = [("local", 1), ("local", 2)] if "local" in executors else []
        plan += [(e, 2) for e in executors if e != "local"]
        first: dict[str, bytes] | None = None
        walls: dict[tuple[str, int], float] = {}
        for executor, workers in plan:
            out = tmp / f"out-{executor}-{workers}"
            cli = ["-i", str(corpus), "-o", str(out), "--key", str(key), "--purpose", PURPOSE, "--executor",
                   executor, "--workers", str(workers), "--shard-size", "500"]  # fmt: skip
            wall, report = run_cli(cli, env)
            walls[(executor, workers)] = wall
            files = parts(out)
            same = "reference" if first is None else ("identical" if files == first else "DIFFERENT")
            first = first or files
            rss = report["peak_rss_mb"]
            line = (
                f"{executor:5} workers={workers}: wall {wall:6.1f} s = {chars / wall:9,.0f} chars/s "
                f"({args.records / wall:7,.0f} records/s); output {same}"
            )
            if executor == "local":
                line += f"; peak RSS {rss:,.0f} MB" if rss else ""
                if workers == 1:
                    busy = report["throughput"]["chars_per_busy_core_s"]  # type: ignore[index]
                    line += (
                        f"; per core = {chars / wall / base:.0%} of baseline with start-up, "
                        f"{busy / base:.0%} in the shards' own time"
                    )
                else:
                    line += f"; {walls[('local', 1)] / wall:.2f}x one worker"
            print(line, flush=True)
            shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
