"""Small corpora with planted personal data for the pipeline tests (values that must never appear in any
output, log, report or marker)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gamyeong.identifiers.kr import rrn

RRN = "900101123456" + rrn.calc_check_digit("900101123456")
PURPOSE = "고객 상담 챗봇 응답 품질 개선을 위한 미세조정"

TEMPLATES = [
    "김민준 고객님 연락처 010-2718-{n:04d}, 메일 planted{n}@example.org 입니다.",
    f"주민번호 {RRN[:6]}-{RRN[6:]} 로 본인 확인했습니다. 순번 {{n}}",
    "Call Jane Doe at (415) 555-{n:04d} about ticket {n}.",
    "Mme Sophie Martin, 12 rue de la Paix, 75002 Paris — dossier {n}.",
    "아무 개인정보도 없는 문장 {n} 입니다.",
]


def planted(n: int) -> list[str]:
    """The personal values record ``n`` holds (what no output may contain)."""
    return [f"010-2718-{n:04d}", f"planted{n}@example.org", RRN[6:], f"555-{n:04d}"]


def records(count: int) -> list[dict[str, Any]]:
    return [
        {"id": f"r{i}", "text": TEMPLATES[i % len(TEMPLATES)].format(n=i), "lang_hint": "x", "n": i}
        for i in range(count)
    ]


def write_jsonl(path: Path, rows: list[dict[str, Any]], bad: dict[int, str] | None = None) -> Path:
    """``bad`` replaces line i (0-based) by the given raw text (a broken record)."""
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    for i, raw in (bad or {}).items():
        lines[i] = raw
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_outputs(folder: Path) -> list[dict[str, Any]]:
    out = []
    for part in sorted(folder.glob("part-*.jsonl")):
        out.extend(json.loads(line) for line in part.read_text(encoding="utf-8").splitlines())
    return out


def all_text(*folders: Path) -> str:
    """Everything a run wrote (outputs, markers, reports), for grepping planted values."""
    chunks = []
    for folder in folders:
        if folder.exists():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and path.suffix in (".jsonl", ".json", ".html", ".csv"):
                    chunks.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(chunks)
