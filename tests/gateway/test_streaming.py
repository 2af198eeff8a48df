"""Tokens split across stream chunks: every split point, property-tested, and the pure sanitize core."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gamyeong.gateway.sanitize import Conversation, restore_text, sanitize_text
from gamyeong.gateway.settings import gateway_policy
from gamyeong.gateway.streaming import MAX_TOKEN, StreamRestorer
from gamyeong.langs import Language
from gamyeong.pseudonymize.operators.base import OperatorContext
from gamyeong.spans import Span


def _conversation() -> Conversation:
    conv = Conversation()
    conv.token("PERSON", "김민준")
    conv.token("PHONE", "010-2718-2818")
    conv.token("EMAIL", "a@b.org")
    return conv


ANSWER = "<PERSON_1>님, <PHONE_1> 로 연락드릴게요 (<EMAIL_1>). a < b, <NOT_A_TOKEN, <PERSON_9>, <<PHONE_1>>"
EXPECTED = "김민준님, 010-2718-2818 로 연락드릴게요 (a@b.org). a < b, <NOT_A_TOKEN, <PERSON_9>, <010-2718-2818>"


def test_whole_text() -> None:
    assert restore_text(ANSWER, _conversation()) == (EXPECTED, 4)


@pytest.mark.parametrize("size", range(1, 12), ids=lambda n: f"chunks-of-{n}")
def test_every_chunk_size(size: int) -> None:
    restorer = StreamRestorer(_conversation())
    out = "".join(restorer.feed(ANSWER[i : i + size]) for i in range(0, len(ANSWER), size)) + restorer.flush()
    assert out == EXPECTED


def test_every_single_split_point() -> None:
    for cut in range(len(ANSWER) + 1):
        restorer = StreamRestorer(_conversation())
        assert restorer.feed(ANSWER[:cut]) + restorer.feed(ANSWER[cut:]) + restorer.flush() == EXPECTED


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            ["<PERSON_1>", "<PHONE_1>", "<EMAIL_1>", "<", ">", "_", "P", "가", " ", "<PER", "1", "<X_2>", "\n"]
        ),
        max_size=30,
    ),
    cuts=st.lists(st.integers(0, 400), max_size=12),
)
def test_any_chunking_gives_the_whole_texts_restoration(pieces: list[str], cuts: list[int]) -> None:
    text = "".join(pieces)
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    restorer = StreamRestorer(_conversation())
    out = "".join(restorer.feed(text[a:b]) for a, b in itertools.pairwise(bounds)) + restorer.flush()
    assert out == restore_text(text, _conversation())[0]


def test_holds_back_only_a_possible_token() -> None:
    restorer = StreamRestorer(_conversation())
    assert restorer.feed("안녕하세요 <PER") == "안녕하세요 "
    assert restorer.holding == len("<PER")
    assert restorer.feed("SON_1>님") == "김민준님"
    assert restorer.feed("a < b") == "a < b"
    assert restorer.feed("<" + "A" * MAX_TOKEN) == "<" + "A" * MAX_TOKEN  # too long to be a token


POLICY = gateway_policy("gateway")
CTX = OperatorContext(purpose="gateway:test")


@pytest.mark.parametrize(
    ("text", "spans", "expected", "blocked"),
    [
        pytest.param("전화 010-2718-2818", [Span(3, 16, "PHONE")], "전화 <PHONE_1>", (), id="token"),
        pytest.param("a 1 b 1", [Span(2, 3, "PHONE"), Span(6, 7, "PHONE")], "a <PHONE_1> b <PHONE_1>", (),
                     id="same-value-same-token"),
        pytest.param("x 010-2718-2818 / 01027182818", [Span(2, 15, "PHONE"), Span(18, 29, "PHONE")],
                     "x <PHONE_1> / <PHONE_2>", (), id="each-spelling-its-token"),
        pytest.param("rrn 900101-1234568", [Span(4, 18, "KR_RRN")], "rrn 900101-1234568", ("KR_RRN",),
                     id="rrn-blocked"),
        pytest.param("ab", [Span(0, 2, "PHONE"), Span(1, 2, "EMAIL")], "<PHONE_1>", (), id="overlaps-merged"),
    ],
)  # fmt: skip
def test_sanitize(text: str, spans: list[Span], expected: str, blocked: tuple[str, ...]) -> None:
    result = sanitize_text(text, spans, POLICY, Conversation(), Language.KO, CTX)
    assert result.blocked == blocked
    if not blocked:
        assert result.text == expected


def test_conversation_repr_hides_values() -> None:
    assert "김민준" not in repr(_conversation())


def test_values_restored_into_json_are_escaped() -> None:
    import json

    conv = Conversation()
    conv.token("ADDRESS", '12 "Rose" Court\nLondon')
    args = '{"where": "<ADDRESS_1>", "n": 1}'
    restored, n = restore_text(args, conv, json_string=True)
    assert n == 1
    assert json.loads(restored) == {"where": '12 "Rose" Court\nLondon', "n": 1}
    for size in range(1, 8):
        restorer = StreamRestorer(conv, json_string=True)
        pieces = [restorer.feed(args[i : i + size]) for i in range(0, len(args), size)]
        assert json.loads("".join(pieces) + restorer.flush())["where"] == '12 "Rose" Court\nLondon'
    assert restore_text("<ADDRESS_1>", conv)[0] == '12 "Rose" Court\nLondon'  # plain text: as it was


def test_vault_token_prefixes_are_held_back() -> None:
    from gamyeong.gateway.streaming import _hold_from

    assert _hold_from("번호 <PHONE_v8K2M") == len("번호 ")
    assert _hold_from("번호 <PHONE_v8K2M>") == len("번호 <PHONE_v8K2M>")
    assert _hold_from("a <b") == len("a <b")


def test_a_token_split_into_the_finishing_event_is_restored() -> None:
    from gamyeong.gateway.service import Exchange
    from gamyeong.gateway.streaming_events import EventRestorer

    exchange = Exchange(client="t", route="chat", conversation=_conversation(), policy=POLICY)
    restorer = EventRestorer(exchange)

    def chunk(text: str | None, finish: str | None = None) -> dict[str, object]:
        delta = {} if text is None else {"content": text}
        return {"id": "x", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

    out = restorer.event(chunk("안녕 <PE")) + restorer.event(chunk("RSON_1>", "stop")) + restorer.finish()
    text = "".join(str(e["choices"][0]["delta"].get("content", "")) for e in out)  # type: ignore[index]
    assert text == "안녕 김민준"
    assert restorer.answer_texts() == ["안녕 김민준"]
    assert exchange.restored == 1
    again = EventRestorer(exchange)
    out = [*again.event(chunk("끝 <PHONE_")), *again.event(chunk(None, "stop"))]
    text = "".join(str(e["choices"][0]["delta"].get("content", "")) for e in out)  # type: ignore[index]
    assert text == "끝 <PHONE_"  # a token never completed is passed on as it came, before the finish
    assert out[-1]["choices"][0]["finish_reason"] == "stop"  # type: ignore[index]


def test_vault_conversations_restore_only_their_own_tokens(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gamyeong.gateway.sanitize import VaultConversation
    from gamyeong.pseudonymize.vault import open_vault

    with open_vault(tmp_path / "v.sqlite", b"k" * 32) as vault:
        alice, bob = VaultConversation(vault, "gateway:a:1"), VaultConversation(vault, "gateway:b:1")
        token = alice.token("PERSON", "김민준")
        assert restore_text(f"이름 {token}", alice)[0] == "이름 김민준"
        assert restore_text(f"이름 {token}", bob)[0] == f"이름 {token}"
        assert vault.forget(value="김민준", label="PERSON") == 1  # a deletion request finds gateway entries
