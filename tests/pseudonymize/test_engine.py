"""The pure engine and the public pseudonymize/restore round trips."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import gamyeong
from gamyeong.identifiers.kr import rrn
from gamyeong.langs import Language
from gamyeong.pseudonymize.api import pseudonymize, restore
from gamyeong.pseudonymize.engine import apply_policy, merge_overlaps
from gamyeong.pseudonymize.keys import KeyRing, new_keyfile, rotate_keyfile
from gamyeong.pseudonymize.operators.base import OperatorContext
from gamyeong.pseudonymize.policy import Action, Policy
from gamyeong.pseudonymize.vault import open_vault
from gamyeong.spans import Span

PURPOSE = "상담 챗봇 응답 품질 개선을 위한 LLM 미세조정"
RRN = "900101123456" + rrn.calc_check_digit("900101123456")
TEXT = f"김민준 고객님 주민번호 {RRN[:6]}-{RRN[6:]}, 연락처 010-1234-5678, 메일 minjun.kim@naver.com 입니다."
KEYS = KeyRing.generate()


def test_overlapping_spans_merge_and_adjacent_stay_apart() -> None:
    spans = [Span(0, 5, "PHONE", 0.9), Span(3, 8, "OTHER_ID", 0.5), Span(8, 10, "EMAIL", 0.9)]
    merged = merge_overlaps(spans)
    assert [(s.start, s.end, s.label) for s in merged] == [(0, 8, "PHONE"), (8, 10, "EMAIL")]


def test_offsets_of_replacements_point_into_the_output() -> None:
    policy = Policy("t", default=Action("redact", (("numbered", True),)))
    text = "aa 111 bb 22222 cc 111"
    spans = [Span(3, 6, "OTHER_ID"), Span(10, 15, "OTHER_ID"), Span(19, 22, "OTHER_ID")]
    result = apply_policy(text, spans, policy, OperatorContext(purpose=PURPOSE), Language.EN)
    assert result.text == "aa [OTHER_ID_1] bb [OTHER_ID_2] cc [OTHER_ID_1]"
    assert [result.text[r.start : r.end] for r in result.spans] == ["[OTHER_ID_1]", "[OTHER_ID_2]", "[OTHER_ID_1]"]
    assert [text[r.source_start : r.source_end] for r in result.spans] == ["111", "22222", "111"]


def test_training_leaves_no_rrn_digit_and_is_deterministic() -> None:
    first = pseudonymize(TEXT, "training", keys=KEYS, purpose=PURPOSE)
    second = pseudonymize(TEXT, "training", keys=KEYS, purpose=PURPOSE)
    assert first.text == second.text
    assert RRN[:6] not in first.text
    assert RRN[6:] not in first.text
    assert "010-1234-5678" not in first.text
    assert "minjun.kim" not in first.text
    other = pseudonymize(TEXT, "training", keys=KEYS, purpose=PURPOSE + " (다른 과제)")
    assert other.text != first.text  # another purpose, other pseudonyms


def test_same_value_written_differently_gets_one_pseudonym() -> None:
    a = pseudonymize("전화 010-1234-5678", "training", keys=KEYS, purpose=PURPOSE)
    b = pseudonymize("전화 01012345678", "training", keys=KEYS, purpose=PURPOSE)
    assert a.text.split()[-1] == b.text.split()[-1]


def test_block_refuses_the_record() -> None:
    policy = Policy("b", labels={"KR_RRN": Action("block")}, default=Action("redact"))
    result = pseudonymize(TEXT, policy, keys=KEYS, purpose=PURPOSE)
    assert result.text == ""
    assert result.blocked == ("KR_RRN",)


def test_encrypt_round_trip() -> None:
    exact = Action("encrypt", (("exact", True),))
    policy = Policy("e", labels={"KR_RRN": Action("redact"), "KR_FRN": Action("redact")}, default=exact)
    result = pseudonymize(TEXT, policy, keys=KEYS, purpose=PURPOSE)
    back = restore(result.text, keys=KEYS, purpose=PURPOSE)
    assert back.unrestorable == ()
    assert back.text == TEXT.replace(f"{RRN[:6]}-{RRN[6:]}", "[KR_RRN]")
    assert restore(result.text, keys=KeyRing.generate(), purpose=PURPOSE).restored == 0


@pytest.mark.parametrize("mode", ["valid", "impossible"])
def test_fpe_round_trip_through_reported_spans(mode: str) -> None:
    policy = Policy("f", labels={"PHONE": Action("fpe", (("mode", mode),)), "KR_RRN": Action("redact"),
                            "KR_FRN": Action("redact")}, default=Action("keep"))  # fmt: skip
    result = pseudonymize("연락처 010-1234-5678 입니다", policy, keys=KEYS, purpose=PURPOSE)
    assert re.search(r"\d{3}-\d{4}-\d{4}", result.text)
    assert "010-1234-5678" not in result.text
    back = restore(result.text, keys=KEYS, purpose=PURPOSE, replaced=result.spans, policy=policy)
    assert back.text == "연락처 010-1234-5678 입니다"


@pytest.mark.parametrize("mode", ["valid", "impossible"])
def test_fpe_restores_after_a_key_rotation_without_the_policy(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "keys.json"
    old = new_keyfile(path)
    policy = Policy("f", labels={"PHONE": Action("fpe", (("mode", mode),)), "KR_RRN": Action("redact"),
                            "KR_FRN": Action("redact")}, default=Action("keep"))  # fmt: skip
    text = "연락처 010-1234-5678 입니다"
    result = pseudonymize(text, policy, keys=old, purpose=PURPOSE)
    spans = [r.to_dict() for r in result.spans]  # as the JSONL output carries them
    assert spans[0]["key_id"] == old.active_id
    assert spans[0]["mode"] == mode
    rotated = rotate_keyfile(path)
    assert rotated.active_id != old.active_id
    assert restore(result.text, keys=rotated, purpose=PURPOSE, replaced=spans).text == text
    stranger = restore(result.text, keys=KeyRing.generate(), purpose=PURPOSE, replaced=spans)
    assert stranger.restored == 0
    assert "not in this key file" in stranger.unrestorable[0].reason


def test_vault_gives_back_each_spelling_as_written(tmp_path: Path) -> None:
    text = "메일 Minjun.Kim@Naver.com 또는 minjun.kim@naver.com, 전화 010-1234-5678 / 01012345678"
    with open_vault(tmp_path / "v.sqlite", b"k" * 32) as vault:
        result = pseudonymize(text, "gateway", purpose=PURPOSE, vault=vault)
        assert "naver" not in result.text.lower()
        assert "5678" not in result.text
        assert restore(result.text, vault=vault).text == text


def test_gateway_vault_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with open_vault(tmp_path / "v.sqlite", b"k" * 32) as vault:
        text = TEXT.replace(f"주민번호 {RRN[:6]}-{RRN[6:]}, ", "")
        result = pseudonymize(text, "gateway", purpose=PURPOSE, vault=vault)
        assert "<PHONE_v" in result.text
        assert "010-1234-5678" not in result.text
        assert restore(result.text, vault=vault).text == text


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["010-2345-6789", "hong@naver.com", "서울", " ", "주문", "\n", "4111 1111 1111 1111"]),
                max_size=8))  # fmt: skip
def test_training_output_never_contains_a_detected_value(pieces: list[str]) -> None:
    text = " ".join(pieces)
    found = gamyeong.detect(text, "ko")
    out = pseudonymize(text, "training", keys=KEYS, purpose=PURPOSE, lang="ko").text
    for span in found:
        assert span.text(text) not in out


def test_top_level_api_is_the_function_and_the_package_stays_importable() -> None:
    from gamyeong.pseudonymize import keys as keys_module

    result = gamyeong.pseudonymize("연락처 010-1234-5678", "training", keys=KEYS, purpose=PURPOSE)
    assert result.text.startswith("연락처 PHONE-")
    assert keys_module.KeyRing is KeyRing
    assert gamyeong.restore(result.text).text == result.text  # nothing reversible to give back
