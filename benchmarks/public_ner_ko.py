"""Korean names in real prose: gamyeong's PERSON spans against the person entities of public Korean NER corpora.

    python benchmarks/public_ner_ko.py --klue klue-ner-v1.1_dev.tsv --kmou ner.test [--show 20]

The corpora are not shipped and nothing is downloaded: pass the files you have (KLUE NER: the
``klue-ner-v1.1_*.tsv`` character-tagged files of KLUE-benchmark/KLUE; KMOU NER: the ``2016klp/ner.*`` files of
kmounlp/NER, whose ``$`` lines tag entities as ``<name:PS>``). Their test or dev splits are for measuring only.

Recall is over the person entities that look like a Korean full name (a surname, then one or two syllables:
the corpora also tag foreign names, nicknames and characters, which a Korean-name detector is not asked to
find; their share is printed as "all person entities"). Precision is over the predicted PERSON spans: right
when it overlaps a person entity; the rest are false names (split into spans on no entity and spans on
another kind of entity: a place or organization named after a person). Only counts and, with ``--show``,
the corpus's own sentences are printed: these are public texts, not personal data given to the tool.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from gamyeong import Analyzer
from gamyeong.locales.ko_names import SURNAMES, TWO_SYLLABLE_SURNAMES

Sentence = tuple[str, list[tuple[int, int, str]]]

_KMOU_TAG = re.compile(r"<([^<>]+):([A-Z]{2})>")  # greedy to the last colon: <10:30:TI> is "10:30", TI
_FULL_NAME = re.compile(
    rf"^(?:(?:{'|'.join(sorted(TWO_SYLLABLE_SURNAMES))})[가-힣]{{2}}|[{''.join(sorted(SURNAMES))}][가-힣]{{1,2}})$"
)


def load_klue(path: Path) -> list[Sentence]:
    """KLUE NER: one character and its BIO tag per line, a blank line between sentences, ``##`` comments."""
    out: list[Sentence] = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        chars: list[str] = []
        tags: list[str] = []
        for line in block.split("\n"):
            if not line or line.startswith("##"):
                continue
            char, _, tag = line.partition("\t")
            chars.append(char or " ")
            tags.append(tag)
        spans: list[tuple[int, int, str]] = []
        for i, tag in enumerate(tags):
            if tag.startswith("B-"):
                spans.append((i, i + 1, tag[2:]))
            elif tag.startswith("I-") and spans and spans[-1][1] == i and spans[-1][2] == tag[2:]:
                spans[-1] = (spans[-1][0], i + 1, spans[-1][2])
        if chars:
            out.append(("".join(chars), spans))
    return out


def load_kmou(path: Path) -> list[Sentence]:
    """KMOU NER: the ``$`` line of each sentence holds it with its entities tagged inline."""
    out: list[Sentence] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("$"):
            continue
        tagged = line[1:]
        parts: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = last = 0
        for m in _KMOU_TAG.finditer(tagged):
            parts.append(tagged[last : m.start()])
            pos += m.start() - last
            spans.append((pos, pos + len(m.group(1)), m.group(2)))
            parts.append(m.group(1))
            pos += len(m.group(1))
            last = m.end()
        parts.append(tagged[last:])
        out.append(("".join(parts), spans))
    return out


def measure(name: str, sentences: list[Sentence], analyzer: Analyzer, show: int) -> None:
    found = missed = found_any = missed_any = on_nothing = on_other = right = 0
    misses: list[str] = []
    for text, spans in sentences:
        predicted = analyzer.detect(text, "ko")
        persons = [(a, b) for a, b, label in spans if label == "PS"]
        for a, b in persons:
            hit = any(p.start < b and a < p.end for p in predicted)
            found_any += hit
            missed_any += not hit
            if _FULL_NAME.match(text[a:b]):
                found += hit
                missed += not hit
                if not hit and len(misses) < show:
                    misses.append(f"{text[max(0, a - 20) : a]}[{text[a:b]}]{text[b : b + 15]}")
        for p in predicted:
            if any(p.start < b and a < p.end for a, b in persons):
                right += 1
                continue
            if any(p.start < b and a < p.end for a, b, _ in spans):
                on_other += 1
            else:
                on_nothing += 1
    precision = right / max(1, right + on_nothing + on_other)  # over predicted spans
    recall_any = found_any / max(1, found_any + missed_any)
    print(
        f"{name}: {len(sentences):,} sentences; Korean full names found {found}/{found + missed} "
        f"= {found / max(1, found + missed):.3f} (all person entities {recall_any:.3f}); "
        f"false names {on_nothing} on no entity + {on_other} on another entity; precision {precision:.3f}"
    )
    for miss in misses:
        print("   missed:", miss.replace("\n", " "))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--klue", type=Path, action="append", default=[], help="a KLUE NER .tsv file")
    ap.add_argument("--kmou", type=Path, action="append", default=[], help="a KMOU NER 2016klp/ner.* file")
    ap.add_argument("--show", type=int, default=0, help="print this many missed names per file")
    args = ap.parse_args()
    if not args.klue and not args.kmou:
        ap.error("give at least one corpus file: --klue PATH or --kmou PATH")
    analyzer = Analyzer(labels=["PERSON"])
    for path in args.klue + args.kmou:
        if not path.is_file():
            print(f"{path}: no such file", file=sys.stderr)
            return 2
    for path in args.klue:
        measure(f"KLUE {path.name}", load_klue(path), analyzer, args.show)
    for path in args.kmou:
        measure(f"KMOU {path.name}", load_kmou(path), analyzer, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
