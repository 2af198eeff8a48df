"""The "check before you send" page in a real browser: Playwright driving Debian's chromium."""

from __future__ import annotations

import shutil
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]  # fmt: skip
PHONE, EMAIL = "010-2718-2818", "minjun.kim@example.org"


@pytest.fixture(scope="module")
def browser() -> Any:
    from playwright.sync_api import sync_playwright

    if not shutil.which("chromium"):
        pytest.fail("Debian's chromium is missing: make test installs it (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.mark.parametrize(
    ("locale", "button", "heading"),
    [
        pytest.param("ko-KR", "확인", "실제로 보내질 내용", id="korean"),
        pytest.param("fr-FR", "Vérifier", "Ce qui serait envoyé", id="french"),
        pytest.param("en-US", "Check", "What would be sent", id="english"),
    ],
)
def test_highlights_and_shows_what_would_be_sent(
    browser: Any, gateway: dict[str, Any], locale: str, button: str, heading: str
) -> None:
    context = browser.new_context(locale=locale)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(gateway["url"] + "/")
    assert page.get_by_role("heading", name=heading).is_visible()
    page.fill("#text", f"😀 김민준 고객님, 연락처 {PHONE}, 메일 {EMAIL}")
    page.get_by_role("button", name=button).click()
    page.wait_for_selector("mark[data-label=PHONE]")
    marks = {m.get_attribute("data-label"): m.inner_text() for m in page.query_selector_all("mark")}
    assert marks["PHONE"].startswith(PHONE)  # the highlight covers the value (UTF-16 offsets after the emoji)
    assert marks["EMAIL"].startswith(EMAIL)
    sent = page.inner_text("#sanitized")
    assert "<PHONE_1>" in sent
    assert PHONE not in sent
    assert all(u.startswith(gateway["url"]) for u in requests)  # no external assets
    context.close()


def test_language_switch(browser: Any, gateway: dict[str, Any]) -> None:
    page = browser.new_page(locale="en-US")
    page.goto(gateway["url"] + "/")
    page.select_option("#lang", "ko")
    assert page.inner_text("h1") == "보내기 전에 확인하세요"
    page.close()
