"""Fail closed, clients and keys, rate limits, an unreachable upstream, and many concurrent streams."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import openai
import pytest
from servers import serving
from standin import Recorder

from gamyeong.detect import Analyzer
from gamyeong.errors import ConfigError
from gamyeong.gateway.app import create_app
from gamyeong.gateway.settings import ClientSettings, GatewaySettings, hash_client_key, load_settings

PHONE = "010-2718-2818"


def _client(url: str, key: str = "x", **kw: Any) -> openai.OpenAI:
    return openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0, **kw)


def test_detection_timeout_fails_closed(standin: tuple[str, Recorder], analyzer: Analyzer, tmp_path: Path) -> None:
    settings = GatewaySettings(upstream=standin[0] + "/v1", audit_log=str(tmp_path / "a.sqlite"),
                               detect_timeout_s=0.01)  # fmt: skip
    # ~150k characters take far longer than 10 ms to screen
    long_text = " ".join(f"고객 {i}번 연락처 010-{2000 + i % 8000:04d}-{i % 10000:04d} 입니다." for i in range(5000))
    start = len(standin[1].bodies)
    with serving(create_app(settings, analyzer=analyzer)) as url, pytest.raises(openai.InternalServerError) as info:
        _client(url).chat.completions.create(model="echo-4", messages=[{"role": "user", "content": long_text}])
    assert info.value.status_code == 503
    assert info.value.code == "screening_failed"
    assert len(standin[1].bodies) == start  # nothing forwarded


def test_unreachable_upstream_is_an_openai_style_error(analyzer: Analyzer, tmp_path: Path) -> None:
    import socket

    with socket.socket() as closed:  # bound, never listening: connections are refused, no other test can take it
        closed.bind(("127.0.0.1", 0))
        upstream = f"http://127.0.0.1:{closed.getsockname()[1]}/v1"
        settings = GatewaySettings(upstream=upstream, audit_log=str(tmp_path / "a.sqlite"))
        with serving(create_app(settings, analyzer=analyzer)) as url, pytest.raises(openai.APIStatusError) as info:
            _client(url).chat.completions.create(model="m", messages=[{"role": "user", "content": f"번호 {PHONE}"}])
    assert info.value.status_code == 502
    assert PHONE not in str(info.value)


def test_client_keys_policies_and_rate_limits(
    standin: tuple[str, Recorder], analyzer: Analyzer, tmp_path: Path
) -> None:
    clients = (
        ClientSettings("team-a", hash_client_key("key-a"), "gateway", 600),
        ClientSettings("team-b", hash_client_key("key-b"), "share", 2),
    )
    settings = GatewaySettings(
        upstream=standin[0] + "/v1", audit_log=str(tmp_path / "a.sqlite"), clients=clients, host="0.0.0.0"
    )
    assert "2 client key(s)" in settings.check_listen()
    start = len(standin[1].bodies)
    with serving(create_app(settings, analyzer=analyzer)) as url:
        with pytest.raises(openai.AuthenticationError):
            _client(url, "wrong").chat.completions.create(model="echo-4", messages=[{"role": "user", "content": "hi"}])
        a = _client(url, "key-a").chat.completions.create(
            model="echo-4", messages=[{"role": "user", "content": f"번호 {PHONE}"}]
        )
        assert a.choices[0].message.content == f"번호 {PHONE}"  # gateway policy: reversible
        b = _client(url, "key-b")
        answer = b.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": f"번호 {PHONE}"}])
        assert answer.choices[0].message.content == "번호 [PHONE_1]"  # share policy: redacted, not restorable
        b.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": "hi"}])
        with pytest.raises(openai.RateLimitError):
            b.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": "hi"}])
    assert PHONE not in json.dumps(standin[1].bodies[start:], ensure_ascii=False)


def test_the_local_client_has_its_own_rate_limit(
    standin: tuple[str, Recorder], analyzer: Analyzer, tmp_path: Path
) -> None:
    settings = GatewaySettings(upstream=standin[0] + "/v1", audit_log=str(tmp_path / "a.sqlite"),
                               local_requests_per_minute=2)  # fmt: skip
    with serving(create_app(settings, analyzer=analyzer)) as url:
        client = _client(url)
        for _ in range(2):
            client.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": "hi"}])
        with pytest.raises(openai.RateLimitError):
            client.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": "hi"}])


def test_without_client_keys_only_loopback() -> None:
    with pytest.raises(ConfigError, match="loopback"):
        GatewaySettings(upstream="http://up/v1", host="0.0.0.0").check_listen()
    assert "loopback only" in GatewaySettings(upstream="http://up/v1").check_listen()


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        pytest.param('[gateway]\nupstream = "ftp://x"\n', "http", id="bad-upstream"),
        pytest.param('[gateway]\nupstream = "http://x/v1"\nnope = 1\n', "unknown", id="unknown-setting"),
        pytest.param(
            '[gateway]\nupstream = "http://x/v1"\n[[clients]]\nname = "a"\nkey_sha256 = "12"\n',
            "SHA-256",
            id="bad-hash",
        ),
        pytest.param('[gateway]\nupstream = "http://x/v1"\nretention_days = 30\n', "365", id="short-retention"),
        pytest.param("[gateway\n", "not valid TOML", id="bad-toml"),
        pytest.param(
            '[gateway]\nupstream = "http://x/v1"\nlocal_requests_per_minute = 0\n', "at least 1", id="no-local-requests"
        ),
    ],
)
def test_bad_configuration(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "gateway.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(path)


def test_upstream_key_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "gateway.toml"
    path.write_text('[gateway]\nupstream = "http://x/v1"\nupstream_key_env = "MY_LLM_KEY"\n', encoding="utf-8")
    monkeypatch.setenv("MY_LLM_KEY", "sk-secret")
    settings = load_settings(path)
    assert settings.upstream_key == "sk-secret"
    assert "sk-secret" not in repr(settings)


def test_concurrent_streams_do_not_cross_talk(gateway: dict[str, Any]) -> None:
    def one(i: int) -> bool:
        phone = f"010-{2000 + i:04d}-{i:04d}"
        talk = _client(gateway["url"], default_headers={"X-Gamyeong-Conversation": f"c{i}"})
        text = f"고객 {i} 번호 {phone} 입니다"
        stream = talk.chat.completions.create(model="echo-3", messages=[{"role": "user", "content": text}], stream=True)
        return "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == text

    with ThreadPoolExecutor(50) as pool:
        assert all(pool.map(one, range(50)))


def test_a_client_that_goes_away_cancels_the_upstream_stream(gateway: dict[str, Any]) -> None:
    import time

    recorder = gateway["recorder"]
    closed = recorder.slow_streams_closed
    talk = _client(gateway["url"])
    stream = talk.chat.completions.create(model="slow", messages=[{"role": "user", "content": "hi"}], stream=True)
    next(iter(stream))
    stream.close()  # the client disconnects after the first chunk
    deadline = time.monotonic() + 10
    while recorder.slow_streams_closed == closed and time.monotonic() < deadline:
        time.sleep(0.05)
    assert recorder.slow_streams_closed == closed + 1  # the upstream stream was ended, not left running
    assert recorder.slow_chunks_sent < 200
    from gamyeong.gateway.auditlog import open_audit_log

    handlers = gateway["app"].state.gamyeong
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the exchange still gets its audit entry (answer scanned as far as sent)
        handlers.gateway.flush(timeout=1)
        with open_audit_log(gateway["audit"]) as audit:
            if any(e.record.get("model") == "slow" for e in audit.entries()):
                break
        time.sleep(0.1)
    else:
        raise AssertionError("no audit entry for the stream the client left")


def test_tool_call_arguments_are_screened_as_json(gateway: dict[str, Any]) -> None:
    name_escaped = json.dumps({"who": "김민준 고객님", "phone": PHONE})  # ensure_ascii: \uae40\ubbfc\uc900
    assert "\\uae40" in name_escaped
    start = len(gateway["recorder"].bodies)
    messages = [
        {"role": "user", "content": "저장해 주세요"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "save", "arguments": name_escaped}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "ok"},
    ]  # fmt: skip
    _client(gateway["url"]).chat.completions.create(model="echo-4", messages=messages)
    sent = gateway["recorder"].bodies[start]["messages"][1]["tool_calls"][0]["function"]["arguments"]
    assert json.loads(sent) == {"who": "<PERSON_1> 고객님", "phone": "<PHONE_1>"}


def test_a_keyed_policy_is_refused_at_start(standin: tuple[str, Recorder], analyzer: Analyzer, tmp_path: Path) -> None:
    from gamyeong.gateway.service import Gateway

    settings = GatewaySettings(upstream=standin[0] + "/v1", audit_log=str(tmp_path / "a.sqlite"), policy="training")
    with pytest.raises(ConfigError, match="keyed operator"):
        Gateway(settings, analyzer)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_mask_mode_masks_what_the_model_made_up(
    standin: tuple[str, Recorder], analyzer: Analyzer, tmp_path: Path, stream: bool
) -> None:
    from standin import LEAKED_PHONE

    settings = GatewaySettings(upstream=standin[0] + "/v1", audit_log=str(tmp_path / "a.sqlite"), answer_action="mask")
    prompt = f"제 번호는 {PHONE} 입니다."
    with serving(create_app(settings, analyzer=analyzer)) as url:
        client = _client(url)
        messages = [{"role": "user", "content": prompt}]
        if stream:
            chunks = client.chat.completions.create(model="echo-leak", messages=messages, stream=True)
            text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        else:
            text = client.chat.completions.create(model="echo-leak", messages=messages).choices[0].message.content
    assert text == f"{prompt} 그리고 새 번호 [PHONE]"  # the prompt's own number restored, the invented one masked
    assert LEAKED_PHONE not in text
