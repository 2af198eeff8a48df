"""Real parts: the stand-in LLM and the gateway, each under uvicorn on loopback; the real openai SDK."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from servers import serving
from standin import Recorder, create_standin

from gamyeong.detect import Analyzer


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="session")
def standin() -> Iterator[tuple[str, Recorder]]:
    recorder = Recorder()
    with serving(create_standin(recorder)) as url:
        yield url, recorder


@pytest.fixture(scope="session")
def gateway(
    standin: tuple[str, Recorder], analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Any]]:
    from gamyeong.gateway.app import create_app
    from gamyeong.gateway.settings import GatewaySettings

    audit = tmp_path_factory.mktemp("audit") / "audit.sqlite"
    settings = GatewaySettings(upstream=standin[0] + "/v1", audit_log=str(audit))
    app = create_app(settings, analyzer=analyzer)
    with serving(app) as url:
        yield {"url": url, "audit": audit, "app": app, "recorder": standin[1]}


@pytest.fixture
def client(gateway: dict[str, Any]) -> Any:
    import openai

    return openai.OpenAI(base_url=gateway["url"] + "/v1", api_key="not-needed-on-loopback", max_retries=0)
