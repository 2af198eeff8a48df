"""The soft challenge set: a held-out-style synthetic set for the SOFT labels PERSON, ADDRESS and DATE_OF_BIRTH.

Written blind to the detectors and independently of ``generate.py`` / ``challenge.py`` (own templates, own
vocabularies in ``soft_challenge_vocab.py`` and the ``soft_challenge_{ko,fr,en}.py`` modules), so it measures how
a detector generalizes. Same JSONL schema as the other sets::

    {"id", "lang", "kind", "text", "spans": [{start, end, label}], "neutral": [{start, end, kind}], "meta": [...]}

    python benchmarks/devset/soft_challenge.py --n 200 --seed 20251204
    # -> benchmarks/data/soft-challenge-seed20251204-n200.jsonl (git-ignored)

Design:

- Only PERSON, ADDRESS and DATE_OF_BIRTH are gold; the texts hold no structured identifier at all (no phone,
  e-mail, URL, RRN back half, card, IBAN...), so the set can be scored with ``--labels all``. The one exception is
  the front half of an RRN written alone ("주민번호 앞자리 850315"): gold DATE_OF_BIRTH on the six digits.
- Gold spans: a name covers the name only — no title (M., Mme, Maître, Dr, Mr, Mrs, Ms, Prof.), no honorific or
  job title (님, 씨, 고객님, 과장, 팀장님...), no particle (김민준님께서 -> 김민준, 이서연이가 -> 이서연); a masked
  name is gold as a whole (김*준, 이OO); a romanised Korean name is gold (Kim Min-jun). An address covers the
  whole postal address including an adjacent postcode, apartment/flat/suite and CEDEX. A birth date covers the
  date expression only, not its context word nor a glued 생 ("1990년 3월 15일생" -> "1990년 3월 15일"); a
  year-only Korean birth year is gold as the whole token "95년생"/"1995년생" (the year alone would not say
  "birth"), a French/English year-only birth ("née en 1987", "born in 1987") covers the year; a birthday without
  a year ("생일 3월 15일", "birthday: March 15") is gold too (rare, ``meta.form == "no_year"``).
- ``meta`` holds ``{start, end, form}`` for gold spans written in a notable form (masked, spaced, romanized,
  four, two, given_only, lower, caps, rrn_front, year_only, no_year, road, jibun, postcode, us, uk, bp, ...),
  so failures can be grouped by form.
- Hard negatives (``neutral``): ``word`` (ordinary words starting with a surname syllable — 주문번호, 진료비,
  이어폰 —, roles without a name, capitalised sentence starts and salutations), ``org`` (companies, incl. brands
  named after people such as Louis Vuitton), ``product``, ``city`` (a city/district alone), ``place``
  (landmarks, stations), ``street_alone`` (a street named without a number, "rue Victor Hugo", "테헤란로"),
  ``date`` (appointment, delivery, order, anniversary and founding dates, ISO timestamps).
- ``kind`` is the layout: chat, email, form, csv, html, log, letter, medical, delivery, hr, community. About 30%
  of the records hold no gold span at all: the same layout with roles, cities and ordinary dates instead.
- Every record is self-checked (:func:`check`): offsets, no overlapping regions, gold names free of
  whitespace at the ends, titles, honorifics and particles, and no structured identifier anywhere in the text.

Deterministic (``random.Random`` seeded per language), stdlib only, well under a second for 3 x 200 records.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devset import soft_challenge_en as en
from devset import soft_challenge_fr as fr
from devset import soft_challenge_ko as ko
from devset import soft_challenge_vocab as v

DEFAULT_SEED = 20251204
DEFAULT_N = 200
LANGS = ("ko", "fr", "en")
MODULES = {"ko": ko, "fr": fr, "en": en}
LAYOUT_WEIGHTS = {"chat": 3, "email": 2, "form": 2, "csv": 1.2, "html": 1, "log": 1, "letter": 1.5, "medical": 1,
                  "delivery": 1.2, "hr": 1, "community": 1.5}  # fmt: skip
GOLD_SHARE = 0.7
MIN_LEN, MAX_LEN = 80, 700

TOKEN = re.compile(r"⟪([A-Z_]+)(?:/([\w+-]+))?:(.*?)⟫|⟦(\w+):(.*?)⟧", re.S)

# --- markup -> record -----------------------------------------------------------------------------


def parse(markup: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """Markup -> (text, spans, neutral, meta, placed) where ``placed`` lists every region's text in order."""
    out: list[str] = []
    pos = 0
    spans: list[dict[str, Any]] = []
    neutral: list[dict[str, Any]] = []
    meta: list[dict[str, Any]] = []
    placed: list[str] = []
    last = 0
    for m in TOKEN.finditer(markup):
        lit = markup[last : m.start()]
        out.append(lit)
        pos += len(lit)
        frag = m.group(3) if m.group(1) else m.group(5)
        start, pos = pos, pos + len(frag)
        out.append(frag)
        placed.append(frag)
        if m.group(1):
            spans.append({"start": start, "end": pos, "label": m.group(1)})
            if m.group(2):
                meta.append({"start": start, "end": pos, "form": m.group(2)})
        else:
            neutral.append({"start": start, "end": pos, "kind": m.group(4)})
        last = m.end()
    out.append(markup[last:])
    return "".join(out), spans, neutral, meta, placed


# --- self-check -----------------------------------------------------------------------------------

SOFT = ("PERSON", "ADDRESS", "DATE_OF_BIRTH")
TITLE_START = re.compile(
    r"^(M\.|MM\.|Mme|Mlle|Mmes|Me|Maître|Docteur|Dr|Pr|Professeur|Mr|Mrs|Ms|Miss|Mx|Dr\.|Prof\.?|Sir|Madame|Monsieur)"
    r"(\s|$)"
)
STRUCTURED = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.\w+|\[at\]")),
    ("url", re.compile(r"https?://|www\.", re.I)),
    ("phone", re.compile(r"(?<!\d)(\+\d{1,3}[ -]?)?\(?\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{4}(?!\d)")),
    ("long_digits", re.compile(r"\d{9,}")),
    ("rrn", re.compile(r"\d{6}\s*[-–]\s*\d{7}")),
    ("ip", re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")),
]


def name_ok(frag: str) -> bool:
    """A gold PERSON fragment: no title, honorific or particle, no edge whitespace or punctuation."""
    if not frag or frag != frag.strip() or TITLE_START.match(frag) or frag[-1] in ",;:.!?)(" or frag[0] in "(,":
        return False
    if re.search(r"[가-힣]", frag):
        hangul = re.sub(r"[\s*＊○O〇ㅇXx◯]", "", frag)
        masked = len(hangul) < len(frag.replace(" ", ""))
        if not masked and not 1 <= len(hangul) <= 4:
            return False
        if len(hangul) == 4 and hangul[:2] not in {s for s, _ in v.KO_COMPOUND}:
            return False
        for h in v.KO_HONORIFICS + v.KO_PARTICLES:
            if len(frag) > len(h) and frag.endswith(h) and not (len(h) == 1 and h in v.KO_GIVEN_SYLLABLES):
                return False
    return True


def check(rec: dict[str, Any], placed: list[str] | None = None) -> None:
    """Raise AssertionError unless the record is well formed (see the module docstring)."""
    text, rid = rec["text"], rec["id"]
    regions = [*rec["spans"], *rec["neutral"]]
    for r in regions:
        assert 0 <= r["start"] < r["end"] <= len(text), (rid, r)
        frag = text[r["start"] : r["end"]]
        assert frag == frag.strip(), (rid, frag)
    if placed is not None:
        ordered = sorted(regions, key=lambda r: r["start"])
        assert [text[r["start"] : r["end"]] for r in ordered] == placed, rid
    ordered_ranges = sorted((r["start"], r["end"]) for r in regions)
    for (_, e1), (s2, _) in itertools.pairwise(ordered_ranges):
        assert e1 <= s2, f"{rid}: overlapping regions"
    for s in rec["spans"]:
        frag = text[s["start"] : s["end"]]
        assert s["label"] in SOFT, (rid, s)
        if s["label"] == "PERSON":
            assert name_ok(frag), (rid, frag)
        else:
            assert re.search(r"\d", frag), (rid, s["label"], frag)
    masked_text = text
    for s in rec["spans"]:  # an RRN front half is the only long-ish digit run allowed
        masked_text = masked_text[: s["start"]] + "#" * (s["end"] - s["start"]) + masked_text[s["end"] :]
    for name, rx in STRUCTURED:
        assert not rx.search(masked_text), (rid, name, rx.search(masked_text))
    assert not re.search("[⟪⟫⟦⟧]", text), rid
    for m in rec.get("meta", []):
        assert any(m["start"] == s["start"] and m["end"] == s["end"] for s in rec["spans"]), rid


# --- records --------------------------------------------------------------------------------------


def make_record(rng: random.Random, lang: str, number: int) -> dict[str, Any]:
    gold = rng.random() < GOLD_SHARE
    layouts = MODULES[lang].LAYOUTS
    names = [k for k in LAYOUT_WEIGHTS if k in layouts]
    while True:
        layout = rng.choices(names, weights=[LAYOUT_WEIGHTS[k] for k in names])[0]
        text, spans, neutral, meta, placed = parse(layouts[layout](rng, gold))
        if bool(spans) == gold and MIN_LEN <= len(text) <= MAX_LEN and (gold or neutral):
            break
    rec: dict[str, Any] = {
        "id": f"{lang}-soft-{layout}-{number:04d}",
        "lang": lang,
        "kind": layout,
        "text": text,
        "spans": spans,
        "neutral": neutral,
    }
    if meta:
        rec["meta"] = meta
    check(rec, placed)
    return rec


def generate(n: int = DEFAULT_N, seed: int = DEFAULT_SEED, langs: tuple[str, ...] = LANGS) -> Iterator[dict[str, Any]]:
    for li, lang in enumerate(LANGS):
        if lang not in langs:
            continue
        rng = random.Random(f"soft-challenge:{seed}:{li}:{lang}")
        for i in range(1, n + 1):
            yield make_record(rng, lang, i)


def write(path: Path, records: Iterator[dict[str, Any]]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=DEFAULT_N, help="records per language")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--langs", default=",".join(LANGS))
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    out = args.out or Path(__file__).resolve().parents[1] / "data" / f"soft-challenge-seed{args.seed}-n{args.n}.jsonl"
    langs = tuple(x.strip() for x in args.langs.split(",") if x.strip())
    count = write(out, generate(args.n, args.seed, langs))
    print(f"wrote {count} records -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
