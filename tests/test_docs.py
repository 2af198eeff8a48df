"""The documentation stays true to the code.

Every CLI command and option is in docs/cli.md, every label in docs/labels.md, every validator module in
docs/identifiers.md; the README opens with ``make demo`` and ``make test``; relative links resolve.
Adding a command, option, label or module without documenting it fails here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer

from gamyeong.cli import app
from gamyeong.identifiers import MODULE_NAMES
from gamyeong.labels import Label

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
README = ROOT / "README.md"

# [text](target) — inline links; images too. Reference-style links are not used in these docs.
_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)


def _read(path: Path) -> str:
    assert path.is_file(), f"{path.relative_to(ROOT)} is missing"
    return path.read_text(encoding="utf-8")


def _command_names() -> list[str]:
    """Every command, sub-commands of groups included as "group sub" (e.g. "keys new")."""
    names = []
    for cmd in app.registered_commands:
        assert cmd.callback is not None
        names.append(cmd.name or cmd.callback.__name__.replace("_", "-"))
    for group in app.registered_groups:
        assert group.typer_instance is not None
        for cmd in group.typer_instance.registered_commands:
            assert cmd.callback is not None
            names.append(f"{group.name} {cmd.name or cmd.callback.__name__.replace('_', '-')}")
    return names


def _click_commands() -> dict[str, Any]:
    """The click commands behind the Typer app (Typer vendors click, so no click types are imported)."""
    group = typer.main.get_command(app)
    commands: dict[str, Any] = {}
    for name, command in getattr(group, "commands", {}).items():
        subcommands = getattr(command, "commands", None)
        if subcommands:
            commands.update({f"{name} {sub}": cmd for sub, cmd in subcommands.items()})
        else:
            commands[name] = command
    return commands


def _headings(markdown: str) -> set[str]:
    """Heading texts without backticks, e.g. ``## `detect` `` → ``detect``."""
    return {m.group(1).replace("`", "").strip() for m in _HEADING.finditer(_FENCE.sub("", markdown))}


def _words(markdown: str) -> set[str]:
    """Tokens as they would be typed: options, names with dots and underscores."""
    return {token.rstrip(".") for token in re.findall(r"[A-Za-z0-9_.\-]+", markdown)}


def _doc_files() -> list[Path]:
    return [README, *sorted(DOCS.glob("*.md"))]


# --- (a) CLI ------------------------------------------------------------------------------------------


def test_cli_has_commands() -> None:
    # Guards the tests below from passing vacuously.
    assert _command_names()
    assert set(_command_names()) == set(_click_commands())


@pytest.mark.parametrize("name", _command_names())
def test_every_command_has_a_heading_in_cli_md(name: str) -> None:
    headings = _headings(_read(DOCS / "cli.md"))
    assert name in headings, f"docs/cli.md has no heading for the command {name!r}"


def _options() -> list[tuple[str, str]]:
    pairs = []
    for name, command in sorted(_click_commands().items()):
        for param in command.params:
            if param.param_type_name == "option":
                pairs.extend((name, opt) for opt in (*param.opts, *param.secondary_opts))
            else:  # an argument: documented by its metavar, e.g. FILE
                pairs.append((name, (param.name or "").upper()))
    return pairs


def test_cli_has_options() -> None:
    assert any(opt.startswith("--") for _, opt in _options())


@pytest.mark.parametrize(("command", "option"), _options())
def test_every_option_is_in_cli_md(command: str, option: str) -> None:
    assert option in _words(_read(DOCS / "cli.md")), f"docs/cli.md does not mention {option} of {command}"


# --- (b) labels ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("label", [label.value for label in Label])
def test_every_label_is_in_labels_md(label: str) -> None:
    assert label in _words(_read(DOCS / "labels.md")), f"docs/labels.md does not describe {label}"


# --- (c) identifiers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("module", MODULE_NAMES)
def test_every_identifier_module_is_in_identifiers_md(module: str) -> None:
    assert module in _words(_read(DOCS / "identifiers.md")), f"docs/identifiers.md does not describe {module}"


# --- (d) README ---------------------------------------------------------------------------------------


def test_readme_starts_with_make_demo_and_make_test() -> None:
    match = re.search(r"^```[^\n]*\n(.*?)^```", _read(README), re.MULTILINE | re.DOTALL)
    assert match, "README.md has no code block"
    commands = [line.split("#", 1)[0].strip() for line in match.group(1).splitlines()]
    commands = [c for c in commands if c]
    assert commands[:2] == ["make demo", "make test"], f"README's first code block starts with {commands[:2]}"


# --- (e) links ----------------------------------------------------------------------------------------


def _relative_links() -> list[tuple[Path, str]]:
    links = []
    for path in _doc_files():
        for target in _LINK.findall(_FENCE.sub("", _read(path))):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) or target.startswith("#"):
                continue  # http:, mailto: ... and in-page anchors
            links.append((path, target))
    return list(dict.fromkeys(links))


def test_docs_have_relative_links() -> None:
    assert _relative_links()


@pytest.mark.parametrize(("source", "target"), [pytest.param(p, t, id=f"{p.name}->{t}") for p, t in _relative_links()])
def test_relative_links_resolve(source: Path, target: str) -> None:
    file_part = target.split("#", 1)[0].split("?", 1)[0]
    resolved = (source.parent / file_part).resolve()
    assert resolved.exists(), f"{source.relative_to(ROOT)} links to {target}, which does not exist"
    assert ROOT in resolved.parents or resolved == ROOT, f"{source.relative_to(ROOT)} links outside the repo"


# --- the checks themselves can fail -------------------------------------------------------------------


def test_word_check_rejects_a_missing_option() -> None:
    assert "--no-such-option" not in _words(_read(DOCS / "cli.md"))
    assert "--lang" in _words("use `--lang ko`")
    assert "--lang" not in _words("use `--language ko`")
    assert "kr.rrn" in _words("see kr.rrn.")


def test_heading_check_ignores_code_blocks() -> None:
    assert _headings("```\n# detect\n```\n## labels\n") == {"labels"}


def test_link_check_finds_a_broken_link() -> None:
    assert _LINK.findall("see [x](missing.md#part) and [y](https://example.invalid)") == [
        "missing.md#part",
        "https://example.invalid",
    ]
    assert not (DOCS / "missing.md").exists()
