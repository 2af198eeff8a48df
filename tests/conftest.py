"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def fast_cli(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Reuse compiled analyzers across CLI invocations in one test session (compiling one takes ~1 s).

    The real :class:`~gamyeong.detect.Analyzer` is still built, with the same arguments; a custom-rules file
    is keyed by its content, and errors are never cached.
    """
    from gamyeong.cli import detect as cli_detect
    from gamyeong.detect import Analyzer

    def cached(**kwargs: Any) -> Analyzer:
        custom = kwargs.get("custom")
        key_custom = Path(custom).read_bytes() if isinstance(custom, str | Path) and Path(custom).is_file() else custom
        key = (kwargs.get("labels"), kwargs.get("threshold"), key_custom, kwargs.get("engine"), kwargs.get("preset"),
               kwargs.get("ner"))  # fmt: skip
        if key not in _CACHE:
            _CACHE[key] = Analyzer(**kwargs)
        return _CACHE[key]

    monkeypatch.setattr(cli_detect, "Analyzer", cached)
    return


_CACHE: dict[tuple[Any, ...], Any] = {}


@pytest.fixture(autouse=True)
def _isolated_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may write to the user's real ledger or read a real key or vault key from the environment."""
    monkeypatch.setenv("GAMYEONG_LEDGER", str(tmp_path / "ledger" / "ledger.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("GAMYEONG_KEY", raising=False)
    monkeypatch.delenv("GAMYEONG_VAULT_KEY", raising=False)
