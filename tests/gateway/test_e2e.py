"""The gateway end to end: the real openai SDK → gateway under uvicorn → stand-in LLM under uvicorn.

The stand-in must never see a planted value; the client must always get the originals back, streamed or not."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from standin import LEAKED_PHONE

from gamyeong.gateway.auditlog import open_audit_log
from gamyeong.identifiers.kr import rrn

NAME, PHONE, EMAIL, CARD = "김민준", "010-2718-2818", "minjun.kim@example.org", "4111 1111 1111 1111"
PROMPT = f"안녕하세요, {NAME} 고객님 연락처는 {PHONE}, 메일 {EMAIL}, 카드 {CARD} 입니다. 요약해 주세요."
# pieces long enough that no hash in the audit log can hold them by chance ("4111" alone did, once)
PLANTED = [NAME, PHONE, EMAIL, CARD, "4111 1111", "2718-2818"]
RRN = "900101123456" + rrn.calc_check_digit("900101123456")


def _seen_since(gateway: dict[str, Any], start: int) -> str:
    return json.dumps(gateway["recorder"].bodies[start:], ensure_ascii=False)


def _assert_clean(gateway: dict[str, Any], start: int) -> None:
    seen = _seen_since(gateway, start)
    assert seen != "[]", "the stand-in received nothing"
    for value in PLANTED:
        assert value not in seen


def test_chat_round_trip(client: Any, gateway: dict[str, Any]) -> None:
    start = len(gateway["recorder"].bodies)
    answer = client.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": PROMPT}])
    _assert_clean(gateway, start)
    assert "<PHONE_1>" in _seen_since(gateway, start)
    assert answer.choices[0].message.content == PROMPT


@pytest.mark.parametrize("chunk", [1, 2, 3, 7], ids=lambda n: f"chunks-of-{n}")
def test_streamed_chat_is_restored_at_every_split_point(client: Any, gateway: dict[str, Any], chunk: int) -> None:
    start = len(gateway["recorder"].bodies)
    stream = client.chat.completions.create(model=f"echo-{chunk}", messages=[{"role": "user", "content": PROMPT}],
                                            stream=True)  # fmt: skip
    pieces = [c.choices[0].delta.content or "" for c in stream if c.choices]
    _assert_clean(gateway, start)
    assert "".join(pieces) == PROMPT
    assert not any("<PHONE" in p for p in pieces)


def test_multi_part_content_and_system_message(client: Any, gateway: dict[str, Any]) -> None:
    start = len(gateway["recorder"].bodies)
    messages = [
        {"role": "system", "content": f"상담원 메모: 담당 고객 {NAME}"},
        {"role": "user", "content": [{"type": "text", "text": f"제 메일은 {EMAIL} 입니다"},
                                     {"type": "text", "text": f"번호는 {PHONE}"}]},
    ]  # fmt: skip
    answer = client.chat.completions.create(model="echo-4", messages=messages)
    _assert_clean(gateway, start)
    assert (
        answer.choices[0].message.content == f"상담원 메모: 담당 고객 {NAME}\n제 메일은 {EMAIL} 입니다\n번호는 {PHONE}"
    )


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_tool_call_arguments_are_restored(client: Any, gateway: dict[str, Any], stream: bool) -> None:
    start = len(gateway["recorder"].bodies)
    tools = [{"type": "function", "function": {"name": "save", "parameters": {"type": "object"}}}]
    kwargs = {"model": "echo-3", "messages": [{"role": "user", "content": PROMPT}], "tools": tools}
    if stream:
        args = "".join(
            (c.choices[0].delta.tool_calls or [None])[0].function.arguments or ""  # type: ignore[union-attr]
            for c in client.chat.completions.create(stream=True, **kwargs)
            if c.choices and c.choices[0].delta.tool_calls
        )
    else:
        args = client.chat.completions.create(**kwargs).choices[0].message.tool_calls[0].function.arguments
    _assert_clean(gateway, start)
    assert json.loads(args) == {"note": PROMPT}


def test_completions_embeddings_and_models(client: Any, gateway: dict[str, Any]) -> None:
    start = len(gateway["recorder"].bodies)
    done = client.completions.create(model="echo-4", prompt=PROMPT)
    assert done.choices[0].text == PROMPT
    emb = client.embeddings.create(model="embed", input=[PROMPT, f"{NAME}의 메일 {EMAIL}"])
    assert len(emb.data) == 2
    _assert_clean(gateway, start)
    assert [m.id for m in client.models.list()] == ["echo-4"]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_responses_api(client: Any, gateway: dict[str, Any], stream: bool) -> None:
    start = len(gateway["recorder"].bodies)
    if stream:
        events = list(client.responses.create(model="echo-2", input=PROMPT, stream=True))
        deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
        assert deltas == PROMPT
        assert next(e for e in events if e.type == "response.completed").response.output_text == PROMPT
    else:
        assert client.responses.create(model="echo-4", input=PROMPT).output_text == PROMPT
    _assert_clean(gateway, start)


def test_an_rrn_is_blocked_in_the_users_language(client: Any, gateway: dict[str, Any]) -> None:
    import openai

    start = len(gateway["recorder"].bodies)
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="echo-4", messages=[{"role": "user",
                                       "content": f"제 주민번호는 {RRN[:6]}-{RRN[6:]} 입니다"}])  # fmt: skip
    assert info.value.code == "personal_data_blocked"
    assert "KR_RRN" in info.value.message
    assert "요청을 보내지 않았습니다" in info.value.message
    assert RRN[6:] not in info.value.message
    assert len(gateway["recorder"].bodies) == start  # nothing was forwarded


def test_one_conversation_keeps_its_tokens_across_turns(gateway: dict[str, Any]) -> None:
    import openai

    start = len(gateway["recorder"].bodies)
    headers = {"X-Gamyeong-Conversation": "ticket-42"}
    talk = openai.OpenAI(base_url=gateway["url"] + "/v1", api_key="x", default_headers=headers, max_retries=0)
    talk.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": f"메일 {EMAIL}"}])
    talk.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": f"번호 {PHONE}, 메일 {EMAIL}"}])
    first, second = gateway["recorder"].bodies[start:]
    assert first["messages"][0]["content"] == "메일 <EMAIL_1>"
    assert second["messages"][0]["content"] == "번호 <PHONE_1>, 메일 <EMAIL_1>"


def test_personal_data_the_model_invents_is_counted(client: Any, gateway: dict[str, Any]) -> None:
    answer = client.chat.completions.create(model="echo-leak", messages=[{"role": "user", "content": PROMPT}])
    assert LEAKED_PHONE in answer.choices[0].message.content  # answer_action = "flag": counted, not masked
    gateway["app"].state.gamyeong.gateway.flush()
    with open_audit_log(gateway["audit"]) as log:
        last = list(log.entries())[-1].record
    assert last["answer_labels"] == {"PHONE": 1}


def test_audit_log_has_counts_never_values(client: Any, gateway: dict[str, Any]) -> None:
    client.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": PROMPT}])
    gateway["app"].state.gamyeong.gateway.flush()
    with open_audit_log(gateway["audit"]) as log:
        exported = "".join(log.export())
        assert log.verify().ok
        last = list(log.entries())[-1].record
    for value in [*PLANTED, RRN[6:]]:
        assert value not in exported
    assert last["labels"]["PHONE"] == 1
    assert last["action"] == "pseudonymized"
    assert last["upstream_status"] == 200


@pytest.mark.parametrize(
    ("request_kwargs", "status", "code"),
    [
        pytest.param({"content": b"not json"}, 400, "bad_json", id="bad-json"),
        pytest.param({"content": b"[1, 2]"}, 400, "bad_json", id="not-an-object"),
        pytest.param({"content": b"{" + b" " * 5_000_000 + b"}"}, 413, "too_large", id="too-large"),
    ],
)
def test_bad_requests_get_openai_style_errors(gateway: dict[str, Any], request_kwargs: dict[str, Any], status: int,
                                              code: str) -> None:  # fmt: skip
    response = httpx.post(gateway["url"] + "/v1/chat/completions", headers={"Content-Type": "application/json"},
                          timeout=30, **request_kwargs)  # fmt: skip
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


def test_page_and_its_endpoint(gateway: dict[str, Any]) -> None:
    page = httpx.get(gateway["url"] + "/", timeout=10)
    assert page.status_code == 200
    assert "<script>" in page.text
    assert "http" not in page.text.split("<script>")[0].split("</title>")[1]  # no external assets
    result = httpx.post(gateway["url"] + "/v1/gamyeong/detect", json={"text": f"😀 {PHONE} 입니다"}, timeout=30).json()
    (span,) = result["spans"]
    assert (span["start"], span["start_utf16"], span["label"]) == (2, 3, "PHONE")
    assert result["sanitized"] == "😀 <PHONE_1> 입니다"
    assert PHONE not in json.dumps(result)


def test_a_message_seen_before_is_not_detected_again(client: Any, gateway: dict[str, Any]) -> None:
    text = f"다시 보내는 이력: {NAME} {PHONE} (cache check)"
    handlers = gateway["app"].state.gamyeong
    client.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": text}])
    assert text in handlers.gateway._cache
    again = client.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": text}])
    assert again.choices[0].message.content == text
