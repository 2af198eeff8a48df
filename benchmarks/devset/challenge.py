"""The challenge set: a second, harder synthetic set for the STRUCTURED labels (independent of ``generate.py``).

Same JSONL schema as the dev set (``id, lang, kind, text, spans, neutral, meta``). Values appear without context
words, in CSV/HTML/Markdown/log lines, with odd field names, Korean particles glued on, full-width digits,
international prefixes, spelled-out digits, lower-case IBANs, split RRNs...; hard negatives (EAN-13, ISBN,
versions, IP-like build numbers, tracking numbers, hot-lines, company numbers, coordinates, UUIDs, ...) are marked
``neutral``. Names appear but are not labelled: score this set with structured labels only.

    python benchmarks/devset/challenge.py --n 200 --seed 20250517   # -> benchmarks/data/challenge-seed…-n200.jsonl

Deterministic (``random.Random`` seeded per language), stdlib only; every record is self-checked (:func:`check`).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devset import challenge_ids as ci
from devset import challenge_values as cv
from devset.challenge_lang import CHAT_FILLER, CLOSERS, NAMES, NICKS, OPENERS, TITLES
from devset.challenge_values import Item, Val

DEFAULT_SEED = 20250517
DEFAULT_N = 200
LANGS = ("ko", "fr", "en")
LAYOUTS = {"chat": 3, "form": 3, "csv": 2, "html": 1.5, "markdown": 1.5, "log": 1.5, "letter": 2, "sms": 1.2, "list": 1}

# --- document builder ------------------------------------------------------------------------------


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict[str, Any]] = []
        self.neutral: list[dict[str, Any]] = []
        self.meta: list[dict[str, Any]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def val(self, v: Val) -> None:
        start = self.pos
        self.add(v.text)
        if v.label:
            self.spans.append({"start": start, "end": self.pos, "label": v.label})
            if v.meta:
                self.meta.append({"start": start, "end": self.pos, **v.meta})
        elif v.kind:
            self.neutral.append({"start": start, "end": self.pos, "kind": v.kind})

    @property
    def text(self) -> str:
        return "".join(self.parts)


# particle pairs: (after a final consonant, after a vowel)
JOSA = {
    "가": ("이", "가"),
    "는": ("은", "는"),
    "를": ("을", "를"),
    "로": ("으로", "로"),
    "고": ("이고", "고"),
    "요": ("이요", "요"),
    "예요": ("이에요", "예요"),
    "라고": ("이라고", "라고"),
    "에": ("에", "에"),
}
DIGIT_FINAL = {"0": "o", "1": "l", "2": "", "3": "m", "4": "", "5": "", "6": "k", "7": "l", "8": "l", "9": ""}
TOKEN = re.compile(r"\{(\d)\}(?:~(예요|라고|가|는|를|로|고|요|에))?")


def final_sound(text: str) -> str:
    """'' (vowel), 'l' (ㄹ) or another consonant letter, for the value's last character as read in Korean."""
    ch = ci.ascii_digits(text.rstrip(" )]"))[-1:].lower()
    if ch.isdigit():
        return DIGIT_FINAL[ch]
    if "가" <= ch <= "힣":
        jong = (ord(ch) - 0xAC00) % 28
        return "" if jong == 0 else "l" if jong == 8 else "k"
    if ch in "lr":
        return "l"
    return "m" if ch in "mn" else ""


def josa(value: str, key: str) -> str:
    fin = final_sound(value)
    cons, vowel = JOSA[key]
    if key == "로" and fin == "l":
        return "로"
    return cons if fin else vowel


def typo(rng: random.Random, text: str) -> str:
    words = list(re.finditer(r"[^\W\d_]{4,}", text))
    if not words:
        return text
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(len(w) - 1)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :] if rng.random() < 0.5 else w[:i] + w[i + 1 :]
    return text[: m.start()] + w2 + text[m.end() :]


def render(doc: Doc, template: str, vals: list[Val], rng: random.Random | None = None) -> None:
    """Write ``template`` with its ``{n}`` slots filled; literal text may get a typo (chat)."""
    pos = 0
    for m in TOKEN.finditer(template):
        lit = template[pos : m.start()]
        doc.add(typo(rng, lit) if rng and lit and rng.random() < 0.12 else lit)
        v = vals[int(m.group(1))]
        doc.val(v)
        if m.group(2):
            doc.add(josa(v.text, m.group(2)))
        pos = m.end()
    doc.add(template[pos:])


def bare(doc: Doc, item: Item, sep: str = " ") -> None:
    for i, v in enumerate(item.vals):
        if i:
            doc.add(sep)
        doc.val(v)


def sentence(doc: Doc, rng: random.Random, item: Item, *, chatty: bool = False) -> None:
    if item.phrases and (not item.bare_ok or rng.random() < 0.75):
        render(doc, rng.choice(item.phrases), item.vals, rng if chatty else None)
    elif item.keys and len(item.vals) == 1 and rng.random() < 0.5:
        doc.add(rng.choice(item.keys) + rng.choice([" ", ": ", " : "]))
        doc.val(item.vals[0])
    else:
        bare(doc, item)


KV_SEPS = [": ", " : ", "：", " - ", "\t", " = ", ":\n", " ....... ", "｜", " ) ", ": "]


def kv(doc: Doc, rng: random.Random, item: Item, lang: str, key_case: bool = True) -> None:
    if len(item.vals) > 1 or not item.keys:
        render(doc, rng.choice(item.phrases), item.vals)
        return
    key = rng.choice(item.keys)
    if key_case and lang != "ko" and rng.random() < 0.3:
        key = key.upper()
    doc.add(key + rng.choice(KV_SEPS))
    doc.val(item.vals[0])


# --- items for a record ----------------------------------------------------------------------------


def items_for(rng: random.Random, lang: str, n_gold: int, n_neg: int) -> list[Item]:
    items = [cv.gold_item(rng, lang) for _ in range(n_gold)] + [cv.neg_item(rng, lang) for _ in range(n_neg)]
    rng.shuffle(items)
    return items


def clock(rng: random.Random, lang: str) -> str:
    if lang == "ko":
        return f"{rng.choice(['오전', '오후'])} {rng.randrange(1, 13)}:{rng.randrange(60):02d}"
    return f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"


# --- layouts ---------------------------------------------------------------------------------------


def lay_chat(doc: Doc, rng: random.Random, lang: str) -> None:
    items = items_for(rng, lang, rng.randrange(1, 4), rng.randrange(0, 3))
    style = rng.randrange(3)
    lines: list[Item | str] = [*items, *rng.sample(CHAT_FILLER[lang], rng.randrange(1, 4))]
    rng.shuffle(lines)
    for i, line in enumerate(lines):
        if i:
            doc.add("\n")
        nick = rng.choice(NICKS[lang])
        if style == 0:
            doc.add(f"[{clock(rng, lang)}] {nick}: ")
        elif style == 1:
            doc.add(f"{nick}: ")
        if isinstance(line, str):
            doc.add(line)
            continue
        if line.bare_ok and rng.random() < 0.3:
            bare(doc, line)
        else:
            sentence(doc, rng, line, chatty=True)
        if rng.random() < 0.35:
            doc.add(" " + rng.choice(CHAT_FILLER[lang]))


def lay_form(doc: Doc, rng: random.Random, lang: str) -> None:
    items = items_for(rng, lang, rng.randrange(2, 6), rng.randrange(1, 4))
    if rng.random() < 0.8:
        doc.add(rng.choice(TITLES[lang]) + "\n")
    if rng.random() < 0.5:
        doc.add({"ko": "성명: ", "fr": "Nom : ", "en": "Name: "}[lang] + rng.choice(NAMES[lang]) + "\n")
    for i, it in enumerate(items):
        if i:
            doc.add(rng.choice(["\n", "\n", "\n\n", " | ", "\n"]))
        kv(doc, rng, it, lang)


def single(rng: random.Random, lang: str, label: str) -> Item:
    """A one-piece value of ``label`` (a table cell holds one value, not a split RRN or sort code + account)."""
    it = cv.gold_item(rng, lang, label)
    while len(it.vals) > 1:
        it = cv.gold_item(rng, lang, label)
    return it


def lay_csv(doc: Doc, rng: random.Random, lang: str) -> None:
    ncol = rng.randrange(2, 5)
    labels = [cv.pick_label(rng, lang) for _ in range(ncol)]
    neg_kind = rng.choice(cv.NEG_KINDS) if rng.random() < 0.6 else None
    delim = rng.choice([",", ";", "\t", " | ", ","])
    quote = rng.random() < 0.25
    rows = [
        [single(rng, lang, lb) for lb in labels] + ([cv.neg_item(rng, lang, neg_kind)] if neg_kind else [])
        for _ in range(rng.randrange(2, 6))
    ]
    name_col = rng.random() < 0.5
    if rng.random() < 0.75:
        head = [{"ko": "이름", "fr": "nom", "en": "name"}[lang]] if name_col else []
        for it in rows[0]:
            head.append((it.keys or [it.vals[-1].label or it.vals[-1].kind or "col"])[0])
        doc.add(delim.join(head) + "\n")
    for r, row in enumerate(rows):
        if r:
            doc.add("\n")
        cells: list[Item | str] = ([rng.choice(NAMES[lang])] if name_col else []) + list(row)
        for c, cell in enumerate(cells):
            if c:
                doc.add(delim)
            if quote:
                doc.add('"')
            if isinstance(cell, str):
                doc.add(cell)
            else:
                bare(doc, cell, sep=" ")
            if quote:
                doc.add('"')


def lay_html(doc: Doc, rng: random.Random, lang: str) -> None:
    items = items_for(rng, lang, rng.randrange(2, 5), rng.randrange(1, 3))
    if rng.random() < 0.6:
        doc.add("<table>\n")
        for it in items:
            doc.add("  <tr><th>")
            if len(it.vals) == 1 and it.keys:
                doc.add(rng.choice(it.keys) + "</th><td>")
                doc.val(it.vals[0])
            else:
                doc.add("</th><td>")
                render(doc, rng.choice(it.phrases), it.vals)
            doc.add("</td></tr>\n")
        doc.add("</table>")
        return
    doc.add('<div class="msg">\n')
    for it in items:
        doc.add("<p>")
        v = it.vals[0]
        if v.label == "EMAIL" and "@" in v.text and " " not in v.text:
            doc.add('<a href="mailto:')
            doc.val(v)
            doc.add('">')
            doc.val(Val(v.text, v.label))
            doc.add("</a>")
        elif v.label == "URL" and v.text.startswith("http"):
            doc.add('<a href="')
            doc.val(v)
            doc.add(f'" target="_blank">{rng.choice(["link", "프로필", "profil"])}</a>')
        else:
            sentence(doc, rng, it)
        doc.add("</p>\n")
    doc.add("</div>")


def lay_markdown(doc: Doc, rng: random.Random, lang: str) -> None:
    items = items_for(rng, lang, rng.randrange(2, 5), rng.randrange(1, 3))
    if rng.random() < 0.5:
        doc.add({"ko": "| 항목 | 내용 |", "fr": "| Champ | Valeur |", "en": "| Field | Value |"}[lang] + "\n|---|---|")
        for it in items:
            doc.add("\n| ")
            if len(it.vals) == 1 and it.keys:
                doc.add(rng.choice(it.keys) + " | ")
                if rng.random() < 0.3:
                    doc.add("`")
                    doc.val(it.vals[0])
                    doc.add("`")
                else:
                    doc.val(it.vals[0])
            else:
                doc.add(" | ")
                render(doc, rng.choice(it.phrases), it.vals)
            doc.add(" |")
        return
    doc.add("## " + rng.choice(TITLES[lang]).strip("[]=<>■ -") + "\n")
    for it in items:
        doc.add("\n- ")
        if len(it.vals) == 1 and it.keys and rng.random() < 0.6:
            doc.add(f"**{rng.choice(it.keys)}**: ")
            doc.val(it.vals[0])
        else:
            sentence(doc, rng, it)


def lay_log(doc: Doc, rng: random.Random, lang: str) -> None:
    n = rng.randrange(3, 7)
    for i in range(n):
        if i:
            doc.add("\n")
        doc.val(Val(cv.neg_value(rng, lang, "timestamp"), kind="timestamp" if i == 0 else None))
        doc.add(f" {rng.choice(['INFO', 'WARN', 'DEBUG', 'ERROR'])} ")
        what = rng.random()
        if what < 0.4:
            doc.add(f"[auth] {rng.choice(['login ok', 'login failed', 'password reset'])} user=")
            doc.val(cv.email(rng, lang).vals[0])
            doc.add(" ip=")
            doc.val(cv.ip(rng, lang).vals[0])
        elif what < 0.55:
            v6 = ci.make_ipv6(rng)
            doc.add("conn from [")
            doc.val(Val(v6, "IP_ADDRESS"))
            doc.add(f"]:{rng.randrange(1024, 65535)} req=")
            doc.val(Val(cv.neg_value(rng, lang, "uuid"), kind="uuid"))
        elif what < 0.68:
            doc.add("X-Forwarded-For: ")
            doc.val(cv.ip(rng, lang).vals[0])
            doc.add(", ")
            doc.val(cv.ip(rng, lang).vals[0])
        elif what < 0.8:
            doc.add("app version=")
            doc.val(Val(cv.neg_value(rng, lang, "version"), kind="version"))
            doc.add(" at app.py:")
            doc.val(Val(cv.neg_value(rng, lang, "line"), kind="line"))
            doc.add(" commit ")
            doc.val(Val(cv.neg_value(rng, lang, "git"), kind="git"))
        elif what < 0.9:
            doc.add("sms sent to=")
            doc.val(cv.phone(rng, lang).vals[0])
            doc.add(" status=200")
        else:
            doc.add("GET /api/v2/orders?id=")
            doc.val(Val(cv.neg_value(rng, lang, "order"), kind="order"))
            doc.add(f" {rng.choice([200, 304, 404])} ")
            doc.val(Val(cv.neg_value(rng, lang, "filesize"), kind="filesize"))


def lay_letter(doc: Doc, rng: random.Random, lang: str) -> None:
    items = items_for(rng, lang, rng.randrange(1, 4), rng.randrange(1, 4))
    doc.add(rng.choice(OPENERS[lang]) + "\n")
    for it in items:
        sentence(doc, rng, it)
        doc.add(rng.choice([". ", ".\n", "\n", " / ", ". "]) if lang != "ko" else rng.choice([". ", ".\n", "\n", " "]))
    doc.add(rng.choice(CLOSERS[lang]) + "\n")
    if rng.random() < 0.7:
        doc.add("--\n" + rng.choice(NAMES[lang]) + "\n")
        sig = [cv.phone(rng, lang), cv.email(rng, lang)] + ([cv.phone(rng, lang)] if rng.random() < 0.4 else [])
        marks = rng.choice([("M. ", "E. ", "T. "), ("m ", "e ", "t "), ("📱 ", "📧 ", "☎ "), ("", "", "")])
        sep = rng.choice([" | ", "\n", " · ", " / "])
        for i, it in enumerate(sig):
            if i:
                doc.add(sep)
            doc.add(marks[i])
            doc.val(it.vals[0])


def lay_sms(doc: Doc, rng: random.Random, lang: str) -> None:
    it = cv.gold_item(rng, lang)
    while len(it.vals) > 1 or not it.bare_ok:
        it = cv.gold_item(rng, lang)
    r = rng.random()
    if r < 0.35:
        bare(doc, it)
    elif r < 0.7:
        doc.val(it.vals[0])
        doc.add(
            " "
            + {
                "ko": rng.choice(["이 번호로 부탁", "입니다", "ㅇㅇ", "확인요"]),
                "fr": rng.choice(["voilà", "merci", "ok ?"]),
                "en": rng.choice(["thx", "that's it", "ok?"]),
            }[lang]
        )
    else:
        doc.add(
            {
                "ko": rng.choice(["보내드려요 ", "여기요 ", "→ "]),
                "fr": rng.choice(["voici : ", "→ ", "c'est "]),
                "en": rng.choice(["here: ", "→ ", "it's "]),
            }[lang]
        )
        doc.val(it.vals[0])


def lay_list(doc: Doc, rng: random.Random, lang: str) -> None:
    label = rng.choice(["PHONE", "PHONE", "EMAIL", "IP_ADDRESS", "CREDIT_CARD", "VEHICLE_PLATE", "IBAN"])
    items = [cv.gold_item(rng, lang, label) for _ in range(rng.randrange(2, 5))]
    items = [it for it in items if len(it.vals) == 1]
    key = rng.choice(items[0].keys) if items[0].keys and rng.random() < 0.7 else ""
    if key:
        doc.add(key + rng.choice([": ", " ", " - "]))
    sep = rng.choice([", ", " / ", "/", ", ", " · ", "; "])
    for i, it in enumerate(items):
        if i:
            doc.add(sep)
        if rng.random() < 0.2:
            doc.add("(")
            doc.val(it.vals[0])
            doc.add(")")
        elif rng.random() < 0.15:
            doc.add("\u201c")
            doc.val(it.vals[0])
            doc.add("\u201d")
        else:
            doc.val(it.vals[0])
    if rng.random() < 0.5:
        neg = cv.neg_item(rng, lang)
        doc.add("\n")
        kv(doc, rng, neg, lang)


LAYOUT_FUNCS = {
    "chat": lay_chat,
    "form": lay_form,
    "csv": lay_csv,
    "html": lay_html,
    "markdown": lay_markdown,
    "log": lay_log,
    "letter": lay_letter,
    "sms": lay_sms,
    "list": lay_list,
}

# --- self-check ------------------------------------------------------------------------------------


def valid_gold(label: str, text: str, meta: dict[str, Any]) -> bool:
    if text != text.strip() or not text:
        return False
    half = meta.get("half")
    foreign = label == "KR_FRN"
    if label in ("KR_RRN", "KR_FRN"):
        if half == "front":
            return ci.valid_rrn_front(text)
        if half == "back":
            return ci.valid_rrn_back(text, foreign=foreign)  # the checksum is checked on the pair in check()
        return ci.valid_rrn(text, foreign=foreign, checksum=meta.get("check") != "post2020")
    checks = {
        "PHONE": cv.valid_phone,
        "EMAIL": lambda t: bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", deobfuscate(t), re.I)),
        "URL": lambda t: bool(re.fullmatch(r"(https?://|www\.)\S+", t)),
        "IP_ADDRESS": ci.valid_ip,
        "KR_PASSPORT": lambda t: bool(re.fullmatch(r"[MSRGD](\d{8}|\d{3}[A-Z]\d{4})", t)),
        "KR_DRIVER_LICENSE": cv.valid_licence,
        "KR_BRN": ci.valid_brn,
        "BANK_ACCOUNT": lambda t: 8 <= len(ci.digits_only(t)) <= 23 and bool(re.fullmatch(r"[\d -]+", t)),
        "CREDIT_CARD": ci.valid_card,
        "IBAN": ci.valid_iban,
        "FR_NIR": ci.valid_nir,
        "PASSPORT": lambda t: bool(re.fullmatch(r"\d{2}[A-Z]{2}\d{5}|\d{9}|[ACEFH]\d{8}", t)),
        "VEHICLE_PLATE": lambda t: bool(
            re.fullmatch(
                r"([가-힣]{2} ?)?\d{2,3} ?[가-힣] ?\d{4}|[A-Za-z]{2}[- ]?\d{3}[- ]?[A-Za-z]{2}|[A-Z]{2}\d{2} [A-Z]{3}",
                t,
            )
        ),
        "OTHER_ID": lambda t: ci.valid_ssn(t) if meta.get("sub") == "SSN" else bool(re.fullmatch(r"[\w -]{5,20}", t)),
    }
    return checks[label](text)


def deobfuscate(t: str) -> str:
    return re.sub(r"\s*[\[(]at[\])]\s*", "@", re.sub(r"\s*\[dot\]\s*", ".", t)).replace(" @ ", "@")


def valid_neutral(kind: str, text: str) -> bool:
    if kind == "ean13":
        return ci.ean13_ok(text) and text.startswith("880")
    if kind == "isbn":
        return ci.isbn13_ok(text)
    if kind == "uuid":
        return str(uuid.UUID(text)) == text
    if kind == "company_id" and re.fullmatch(r"\d{3}-\d{2}-\d{5}", text):
        return ci.valid_brn(text) and text[4:6] in ("81", "86", "87", "88")
    return bool(text.strip()) and text == text.strip()


def check(rec: dict[str, Any]) -> None:
    """Raise AssertionError unless every gold span is what its label claims and no region overlaps another."""
    text = rec["text"]
    meta_at = {(m["start"], m["end"]): m for m in rec.get("meta", [])}
    regions = sorted([(s["start"], s["end"]) for s in rec["spans"]] + [(n["start"], n["end"]) for n in rec["neutral"]])
    for (_, e1), (s2, _) in itertools.pairwise(regions):
        assert e1 <= s2, f"{rec['id']}: overlapping regions"
    for s in rec["spans"]:
        frag = text[s["start"] : s["end"]]
        assert valid_gold(s["label"], frag, meta_at.get((s["start"], s["end"]), {})), (rec["id"], s["label"], frag)
    halves = [m for m in rec.get("meta", []) if "half" in m]
    for front, back in zip(halves[::2], halves[1::2], strict=True):
        assert (front["half"], back["half"]) == ("front", "back"), rec["id"]
        if front.get("check") != "post2020":
            d = ci.digits_only(text[front["start"] : front["end"]] + text[back["start"] : back["end"]])
            assert int(d[12]) == ci.rrn_check(d[:12]), (rec["id"], d)
    for n in rec["neutral"]:
        frag = text[n["start"] : n["end"]]
        assert valid_neutral(n["kind"], frag), (rec["id"], n["kind"], frag)


# --- records ---------------------------------------------------------------------------------------


def make_record(rng: random.Random, lang: str, number: int) -> dict[str, Any]:
    while True:
        layout = rng.choices(list(LAYOUTS), weights=list(LAYOUTS.values()))[0]
        doc = Doc()
        LAYOUT_FUNCS[layout](doc, rng, lang)
        if doc.spans:
            break
    rec: dict[str, Any] = {
        "id": f"{lang}-ch-{layout}-{number:04d}",
        "lang": lang,
        "kind": layout,
        "text": doc.text,
        "spans": doc.spans,
        "neutral": doc.neutral,
    }
    if doc.meta:
        rec["meta"] = doc.meta
    check(rec)
    return rec


def generate(n: int = DEFAULT_N, seed: int = DEFAULT_SEED, langs: tuple[str, ...] = LANGS) -> Iterator[dict[str, Any]]:
    for li, lang in enumerate(LANGS):
        if lang not in langs:
            continue
        rng = random.Random(f"challenge:{seed}:{li}:{lang}")
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
    out = args.out or Path(__file__).resolve().parents[1] / "data" / f"challenge-seed{args.seed}-n{args.n}.jsonl"
    langs = tuple(x.strip() for x in args.langs.split(",") if x.strip())
    count = write(out, generate(args.n, args.seed, langs))
    print(f"wrote {count} records -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
