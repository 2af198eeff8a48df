"""The public-corpus loaders of benchmarks/public_ner_ko.py, on small texts of our own in each corpus's format."""

from __future__ import annotations

from pathlib import Path

import pytest

from gamyeong import Analyzer
from public_ner_ko import load_klue, load_kmou, measure

KLUE = "## klue-ner-v1_dev_00000\t<손나연:PS>하고\n" + "\n".join(
    f"{c}\t{t}" for c, t in zip("손나연하고 왔다", ["B-PS", "I-PS", "I-PS", "O", "O", "O", "O", "O"], strict=True)
)
KMOU = (
    ";  백아라하고 손나연 두 사람이 함께 왔어요.\n"
    "$백아라하고 <손나연:PS> 두 사람이 <10:30:TI>에 함께 <서울:LC>에 왔어요.\n"
    "1\t백\tNNG\tO\n"
)


def test_klue_sentences_and_spans(tmp_path: Path) -> None:
    path = tmp_path / "klue.tsv"
    path.write_text(KLUE + "\n\n" + KLUE, encoding="utf-8")
    sentences = load_klue(path)
    assert sentences == [("손나연하고 왔다", [(0, 3, "PS")])] * 2


def test_kmou_sentences_and_spans(tmp_path: Path) -> None:
    path = tmp_path / "ner.test"
    path.write_text(KMOU, encoding="utf-8")
    ((text, spans),) = load_kmou(path)
    assert text == "백아라하고 손나연 두 사람이 10:30에 함께 서울에 왔어요."
    assert [(text[a:b], label) for a, b, label in spans] == [("손나연", "PS"), ("10:30", "TI"), ("서울", "LC")]


def test_measure_counts_found_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ner.test"
    path.write_text(KMOU, encoding="utf-8")
    measure("kmou", load_kmou(path), Analyzer(labels=["PERSON"]), show=0)
    assert "Korean full names found 1/1" in capsys.readouterr().out
