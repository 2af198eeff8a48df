"""``make bench``: quality (P/R/F1, leak, hard negatives) and speed of gamyeong next to its peers, in one run.

    python benchmarks/run.py [--set dev|challenge|soft|both|all] [--n 300] [--challenge-n 200] [--langs ko,fr,en]
                             [--skip-peers] [--labels all|structured|LIST]

1. generates the synthetic dev set and the challenge set (fixed seeds) into benchmarks/data/ when missing or older
   than their generators (``--set`` picks which are run; each set gets its own tables; the challenge set labels
   structured identifiers only, so it is always scored with structured labels);
2. runs gamyeong in-process, structured labels only and all labels (one warm-up pass, then two timed passes
   per language, the faster kept — the peers keep the faster of two passes per language too, so the per-language
   table compares like with like; the overall figure is gamyeong's per-language best summed, the peers' best
   whole pass; single process, pinned to one core);
3. runs each peer (Presidio, ko-pii) in its own virtualenv on the same records, same configs
   (``bash benchmarks/peers/setup.sh`` or ``make bench-peers`` creates them);
4. prints tables (rich) and writes the same as Markdown to benchmarks/results/latest.md
   (raw numbers: latest.json).

Speed is reported as chars/s and as a ratio to Presidio measured in the same run: machines are noisy, ratios less so.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import score as sc  # noqa: E402
from devset import challenge as chg  # noqa: E402
from devset import generate as gen  # noqa: E402
from devset import soft_challenge as soft  # noqa: E402

DATA = HERE / "data"
RESULTS = HERE / "results"
VENVS = HERE / ".venvs"
THREAD_ENV = dict.fromkeys(("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS"), "1")
PEERS = {
    "presidio": (VENVS / "presidio" / "bin" / "python", HERE / "peers" / "presidio_runner.py"),
    "ko-pii": (VENVS / "kopii" / "bin" / "python", HERE / "peers" / "kopii_runner.py"),
}


@dataclass
class Run:
    tool: str
    config: str  # "structured" | "all" | "fast" (every label, names without spaCy; gamyeong only)
    predictions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    chars: int = 0
    seconds: float = 0.0
    note: str = ""
    version: str = ""
    by_lang: dict[str, tuple[int, float]] = field(default_factory=dict)  # lang -> (chars, seconds)

    @property
    def name(self) -> str:
        return f"{self.tool} [{self.config}]"

    @property
    def cps(self) -> float:
        return self.chars / self.seconds if self.seconds else 0.0


def pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[0]})


def dev_set(n: int) -> Path:
    path = DATA / f"dev-seed{gen.DEFAULT_SEED}-n{n}.jsonl"
    sources = [p for p in (HERE / "devset").glob("*.py") if not p.name.startswith(("challenge", "soft_challenge"))]
    if not path.exists() or path.stat().st_mtime < max(p.stat().st_mtime for p in sources):
        count = gen.write(path, gen.generate(n, gen.DEFAULT_SEED))
        print(f"generated {count} dev records -> {path.relative_to(HERE.parent)}")
    return path


def challenge_set(n: int) -> Path:
    path = DATA / f"challenge-seed{chg.DEFAULT_SEED}-n{n}.jsonl"
    sources = list((HERE / "devset").glob("challenge*.py"))
    if not path.exists() or path.stat().st_mtime < max(p.stat().st_mtime for p in sources):
        count = chg.write(path, chg.generate(n, chg.DEFAULT_SEED))
        print(f"generated {count} challenge records -> {path.relative_to(HERE.parent)}")
    return path


def soft_set(n: int) -> Path:
    path = DATA / f"soft-challenge-seed{soft.DEFAULT_SEED}-n{n}.jsonl"
    sources = list((HERE / "devset").glob("soft_challenge*.py"))
    if not path.exists() or path.stat().st_mtime < max(p.stat().st_mtime for p in sources):
        count = soft.write(path, soft.generate(n, soft.DEFAULT_SEED))
        print(f"generated {count} soft-challenge records -> {path.relative_to(HERE.parent)}")
    return path


def run_gamyeong(records: Sequence[dict[str, Any]], config: str) -> Run:
    run = Run("gamyeong", config)
    try:
        import gamyeong
        from gamyeong import STRUCTURED_LABELS, Analyzer
    except ImportError as exc:
        run.note = f"gamyeong not importable ({exc.__class__.__name__}: {exc})"
        return run
    run.version = getattr(gamyeong, "__version__", "")
    labels = STRUCTURED_LABELS if config == "structured" else None
    analyzer = Analyzer(labels=labels, ner=config != "fast")
    texts = [r["text"] for r in records]
    langs: list[str | None] = [r["lang"] for r in records]
    analyzer.warm_up(freeze=True)  # what the gateway and the run workers do at start (docs/development.md)
    analyzer.detect_batch(texts, langs)  # warm-up: lazy loads
    analyzer.clear_caches()  # but not the name windows of these very texts: the timed pass starts cold
    results: list[list[Any]] = [[] for _ in texts]
    for lang in dict.fromkeys(langs):  # timed batches per language, in the set's order; two, the faster kept
        idx = [i for i, lg in enumerate(langs) if lg == lang]
        seconds = float("inf")
        for _ in range(2):
            analyzer.clear_caches()
            t0 = time.perf_counter()
            got = analyzer.detect_batch([texts[i] for i in idx], [lang] * len(idx))
            seconds = min(seconds, time.perf_counter() - t0)
        for i, spans in zip(idx, got, strict=True):
            results[i] = spans
        run.by_lang[str(lang)] = (sum(len(texts[i]) for i in idx), seconds)
    run.seconds = sum(t for _c, t in run.by_lang.values())
    run.chars = sum(len(t) for t in texts)
    for rec, spans in zip(records, results, strict=True):
        run.predictions[rec["id"]] = [
            {"start": s.start, "end": s.end, "label": str(s.label), "score": s.score, "detector": s.detector}
            for s in spans
        ]
    return run


def run_peer(tool: str, config: str, dev_path: Path, work: Path) -> Run:
    run = Run(tool, config)
    python, runner = PEERS[tool]
    if not python.exists():
        run.note = f"venv missing: run `make bench-peers` or `bash benchmarks/peers/setup.sh` ({python.parent.parent})"
        return run
    out = work / f"{tool}-{config}.jsonl"
    env = {**os.environ, **THREAD_ENV, "PYTHONHASHSEED": "0"}
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        [str(python), str(runner), str(dev_path), str(out), "--config", config],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        run.note = f"{tool} runner failed (exit {proc.returncode}): " + " | ".join(tail)
        return run
    meta = json.loads(Path(str(out) + ".meta.json").read_text(encoding="utf-8"))
    run.predictions = sc.load_predictions(out)
    run.chars, run.seconds, run.version = meta["chars"], meta["seconds"], meta.get("version", "")
    run.by_lang = {lang: (v["chars"], v["seconds"]) for lang, v in meta.get("by_lang", {}).items()}
    return run


# --- reporting -------------------------------------------------------------------------------------


def fmt(x: float) -> str:
    return f"{x:.3f}"


class Report:
    """Collects titled tables; renders them with rich and as Markdown."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, list[str], list[list[str]]] | str] = []

    def table(self, title: str, headers: list[str], rows: list[list[str]]) -> None:
        self.blocks.append((title, headers, rows))

    def text(self, line: str) -> None:
        self.blocks.append(line)

    def print_rich(self) -> None:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        console = Console()
        if not console.is_terminal:
            console = Console(width=180)
        for b in self.blocks:
            if isinstance(b, str):
                console.print(escape(b))
                continue
            title, headers, rows = b
            t = Table(title=escape(title), title_justify="left")
            for i, h in enumerate(headers):
                t.add_column(escape(h), justify="left" if i < 2 else "right")
            for r in rows:
                t.add_row(*(escape(c) for c in r))
            console.print(t)

    def markdown(self) -> str:
        out: list[str] = []
        for b in self.blocks:
            if isinstance(b, str):
                out += [b, ""]
                continue
            title, headers, rows = b
            out += [
                f"### {title}",
                "",
                "| " + " | ".join(headers) + " |",
                "|" + "|".join("---" if i < 2 else "---:" for i in range(len(headers))) + "|",
            ]
            out += ["| " + " | ".join(r) + " |" for r in rows]
            out.append("")
        return "\n".join(out)


def build_report(
    runs: list[Run],
    records: list[dict[str, Any]],
    labels_spec: str,
    args: argparse.Namespace,
    dev_path: Path,
    set_name: str = "dev",
) -> tuple[Report, dict[str, Any]]:
    rep = Report()
    base = sc.parse_labels(labels_spec)
    langs = [lg for lg in ("ko", "fr", "en") if any(r["lang"] == lg for r in records)]
    rep.text(f"# gamyeong benchmark — {set_name} set — {time.strftime('%Y-%m-%d %H:%M')}")
    rep.text(
        f"{set_name.capitalize()} set: `{dev_path.name}` ({len(records)} records, langs {','.join(langs)}, "
        f"{sum(len(r['text']) for r in records):,} chars); label filter: `{labels_spec}`; "
        f"python {platform.python_version()} on {platform.machine()}, one core."
    )
    scored: dict[str, dict[str, Any]] = {}
    for run in runs:
        if run.note:
            continue
        lab = base if run.config in ("all", "fast") else (sc.STRUCTURED if base is None else base & sc.STRUCTURED)
        scored[run.name] = {
            "overlap": sc.score(records, run.predictions, mode="overlap", labels=lab),
            "exact": sc.score(records, run.predictions, mode="exact", labels=lab),
        }
    ok = [r for r in runs if not r.note]
    for r in runs:
        if r.note:
            rep.text(f"- skipped **{r.name}**: {r.note}")

    # per language x label, side by side: the "all" configs if any, else the structured ones
    side = [r for r in ok if r.config in ("all", "fast")] or [r for r in ok if r.config == "structured"]
    if side:
        present = sorted(
            {g["label"] for rec in records for g in rec["spans"] if base is None or g["label"] in base},
            key=sc.ALL_LABELS.index,
        )
        rows = []
        for lang in langs:
            for label in [*present, "ALL"]:
                row = [lang, label]
                any_gold = False
                for r in side:
                    res = scored[r.name]["overlap"]
                    c = (
                        res["by_lang"].get(lang, {})
                        if label == "ALL"
                        else res["by_lang_label"].get(lang, {}).get(label, {})
                    )
                    if c.get("tp", 0) + c.get("fn", 0):
                        any_gold = True
                    p, rc, f = sc.prf(c)
                    row.append(f"{f:.3f} ({p:.2f}/{rc:.2f})" if c else "—")
                if any_gold or label == "ALL":
                    rows.append(row)
        rep.table("F1 (P/R), overlap match, per language × label", ["lang", "label", *[r.name for r in side]], rows)

    presidio = {r.config: r for r in ok if r.tool == "presidio"}
    rows, speed = [], []
    for r in ok:
        ov, ex = scored[r.name]["overlap"], scored[r.name]["exact"]
        p, rc, f = sc.prf(ov["overall"])
        row = [r.name, r.version or "", fmt(p), fmt(rc), fmt(f), fmt(sc.prf(ex["overall"])[2])]
        row += [fmt(sc.prf(ex["by_lang"].get(lg, {}))[2]) for lg in langs]
        row += [fmt(sc.leak_rate(ov["extra"][lg])) for lg in langs]
        row += [fmt(sc.flag_rate(ov["extra"]["all"])), str(ov["extra"]["all"]["hard_negative_hits"])]
        rows.append(row)
        ref = presidio.get("all" if r.config == "fast" else r.config)
        ratio = f"{r.cps / ref.cps:.2f}×" if ref and ref.cps else "—"
        speed.append([r.name, r.version or "", f"{r.chars:,}", f"{r.seconds:.2f}", f"{r.cps:,.0f}", ratio])
    headers = ["tool [labels]", "version", "P", "R", "F1", "exact F1", *[f"exact F1 {lg}" for lg in langs]]
    headers += [*[f"leak {lg}" for lg in langs], "hard-neg flag", "hard-neg hits"]
    rep.table("Quality (overlap P/R/F1 micro over all languages; exact F1 and leak per language)", headers, rows)
    rep.table(
        "Speed (detection only, one core, after warm-up)",
        ["tool [labels]", "version", "chars", "seconds", "chars/s", "÷ Presidio (same labels)"],
        speed,
    )

    for config in ("structured", "all", "fast"):
        mine = next((r for r in ok if r.tool == "gamyeong" and r.config == config), None)
        if mine is None or not mine.by_lang:
            continue
        peer_config = "all" if config == "fast" else config
        peers = [r for r in ok if r.tool != "gamyeong" and r.config == peer_config and r.by_lang]
        lang_rows = []
        for lang in langs:
            if lang not in mine.by_lang:
                continue
            c, t = mine.by_lang[lang]
            cps = c / t if t else 0.0
            row = [lang, f"{cps:,.0f}"]
            for peer in peers:
                pc, pt = peer.by_lang.get(lang, (0, 0.0))
                pcps = pc / pt if pt else 0.0
                row += [f"{pcps:,.0f}", f"{cps / pcps:.2f}×" if pcps else "—"]
            lang_rows.append(row)
        rep.table(
            f"Speed per language, [{config}] labels (chars/s, one core; ratio = gamyeong ÷ peer)",
            ["lang", "gamyeong", *[h for peer in peers for h in (peer.tool, f"÷ {peer.tool}")]],
            lang_rows,
        )

    g = next((r for r in ok if r.tool == "gamyeong" and r.config == "structured"), None)
    if g and g.cps:
        parts = [
            f"**gamyeong [structured] speed ÷ {p.name} = {g.cps / p.cps:.2f}×**" for p in presidio.values() if p.cps
        ]
        if parts:
            rep.text("; ".join(parts))
    rep.text(
        "Rules (DESIGN §7): a prediction matches when labels are equal and the intersection covers ≥ 50% of "
        "each span; unmatched predictions ≥ 50% inside a neutral region are hard-negative hits, not false "
        "positives; hard-neg flag = share of neutral regions touched by a structured-label prediction; "
        "leak = share of gold PII characters (no spaces) not covered by any prediction. "
        "Speed: detection only, after a warm-up, one core."
    )
    # the peers run in their own processes: this is gamyeong's, with every model it loaded so far
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rep.text(f"Peak RSS of the gamyeong process so far: {peak_mb:,.0f} MB.")
    raw = {
        "args": vars(args) | {"set": set_name, "dev": str(dev_path)},
        "runs": [
            {
                "name": r.name,
                "version": r.version,
                "chars": r.chars,
                "seconds": r.seconds,
                "chars_per_s": r.cps,
                "by_lang": {lang: {"chars": c, "seconds": t} for lang, (c, t) in r.by_lang.items()},
                "note": r.note,
                "scores": scored.get(r.name),
            }
            for r in runs
        ],
    }
    return rep, raw


def run_set(set_name: str, path: Path, args: argparse.Namespace) -> tuple[Report, dict[str, Any]]:
    labels = args.labels
    if set_name == "challenge" and sc.parse_labels(labels) is None:
        labels = "structured"  # names appear unlabelled in the challenge set
    if set_name == "soft" and sc.parse_labels(labels) is None:
        labels = "PERSON,ADDRESS,DATE_OF_BIRTH"  # only the soft labels are gold in the soft challenge set
    wanted = {x.strip() for x in args.langs.split(",") if x.strip()}
    records = [r for r in sc.load_jsonl(path) if r["lang"] in wanted]
    work = RESULTS / "work"
    work.mkdir(parents=True, exist_ok=True)
    subset = work / f"{set_name}-subset.jsonl"
    subset.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")

    base = sc.parse_labels(labels)
    configs = (["structured"] if base is None or base & sc.STRUCTURED else []) + (
        ["all"] if base is None or base - sc.STRUCTURED else []
    )
    runs: list[Run] = []
    for config in configs:
        print(f"[{set_name}] running gamyeong [{config}] ...", flush=True)
        runs.append(run_gamyeong(records, config))
    if "all" in configs:  # --fast: French/English names by rules only
        print(f"[{set_name}] running gamyeong [fast] ...", flush=True)
        runs.append(run_gamyeong(records, "fast"))
    if not args.skip_peers:
        for tool in PEERS:
            for config in configs:
                print(f"[{set_name}] running {tool} [{config}] ...", flush=True)
                (work / set_name).mkdir(exist_ok=True)
                runs.append(run_peer(tool, config, subset, work / set_name))
    return build_report(runs, records, labels, args, path, set_name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["dev", "challenge", "soft", "both", "all"], default="all", dest="which")
    ap.add_argument("--soft-n", type=int, default=soft.DEFAULT_N, help="soft-challenge records per language (200)")
    ap.add_argument("--n", type=int, default=gen.DEFAULT_N, help="dev records per language (default 300)")
    ap.add_argument("--challenge-n", type=int, default=chg.DEFAULT_N, help="challenge records per language (200)")
    ap.add_argument("--langs", default="ko,fr,en")
    ap.add_argument("--skip-peers", action="store_true")
    ap.add_argument("--labels", default="all", help="all | structured | comma-separated labels")
    args = ap.parse_args(argv)
    os.environ.update(THREAD_ENV)
    pin_one_core()

    sets: list[tuple[str, Path]] = []
    if args.which in ("dev", "both", "all"):
        sets.append(("dev", dev_set(args.n)))
    if args.which in ("challenge", "both", "all"):
        sets.append(("challenge", challenge_set(args.challenge_n)))
    if args.which in ("soft", "all"):
        sets.append(("soft", soft_set(args.soft_n)))
    markdown: list[str] = []
    raw: dict[str, Any] = {}
    for set_name, path in sets:
        rep, raw[set_name] = run_set(set_name, path, args)
        rep.print_rich()
        markdown.append(rep.markdown())
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.md").write_text("\n".join(markdown), encoding="utf-8")
    (RESULTS / "latest.json").write_text(json.dumps(raw, indent=1, default=str), encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(HERE.parent) / 'latest.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
