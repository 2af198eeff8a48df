"""Several gateway instances share conversations through the vault: same tokens, restored by any instance."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openai
import pytest
from servers import serving
from standin import Recorder

from gamyeong.detect import Analyzer
from gamyeong.gateway.app import create_app
from gamyeong.gateway.settings import GatewaySettings
from gamyeong.pseudonymize.vault import new_vault_key

PHONE, EMAIL = "010-2718-2818", "minjun.kim@example.org"


def test_two_instances_one_conversation(
    standin: tuple[str, Recorder], analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = tmp_path / "secrets" / "vault.key"
    key.parent.mkdir()
    new_vault_key(key)
    monkeypatch.setenv("GAMYEONG_VAULT_KEY", str(key))
    vault = str(tmp_path / "secrets" / "conversations.sqlite")

    def settings(n: int) -> GatewaySettings:
        return GatewaySettings(upstream=standin[0] + "/v1", audit_log=str(tmp_path / f"audit{n}.sqlite"),
                               conversation_vault=vault)  # fmt: skip

    headers = {"X-Gamyeong-Conversation": "ticket-7"}
    start = len(standin[1].bodies)
    with (
        serving(create_app(settings(1), analyzer=analyzer)) as a,
        serving(create_app(settings(2), analyzer=analyzer)) as b,
    ):
        first = openai.OpenAI(base_url=a + "/v1", api_key="x", default_headers=headers, max_retries=0)
        second = openai.OpenAI(base_url=b + "/v1", api_key="x", default_headers=headers, max_retries=0)
        one = first.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": f"번호 {PHONE}"}])
        two = second.chat.completions.create(
            model="echo-2", stream=True, messages=[{"role": "user", "content": f"번호 {PHONE}, 메일 {EMAIL}"}]
        )
        streamed = "".join(c.choices[0].delta.content or "" for c in two if c.choices)
    assert one.choices[0].message.content == f"번호 {PHONE}"
    assert streamed == f"번호 {PHONE}, 메일 {EMAIL}"
    sent = [b["messages"][0]["content"] for b in standin[1].bodies[start:]]
    token = re.fullmatch(r"번호 (<PHONE_v[0-9A-Z]+>)", sent[0])
    assert token is not None
    assert sent[1].startswith(f"번호 {token.group(1)}, 메일 <EMAIL_v")  # the same token on the other instance
    assert PHONE not in json.dumps(sent, ensure_ascii=False)
