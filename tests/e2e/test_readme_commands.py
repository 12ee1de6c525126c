"""README's command list stays true: every command of the click tree is in it, and every
command and option it shows exists — last session the list showed ``report skp … [--period P]``,
which exited 2. Inline ``kinerja …`` examples in README, CONTRIBUTING and docs/ are checked too."""

from __future__ import annotations

import re
from collections.abc import Iterator

import click
import pytest

from desktop import paths
from desktop.cli import cli

ROOT = paths.project_root()
README = (ROOT / "README.md").read_text(encoding="utf-8")
PAGES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
ALWAYS = {"-h", "--help"}  # click adds the help option to every command


def command_list() -> list[str]:
    """The lines of the ``text`` block under "## The command line"; a line indented deeper
    than a command continues the one above."""
    section = README.split("## The command line", 1)[1]
    block = re.search(r"```text\n(.*?)```", section, re.S)
    assert block, "README's command list (a ```text block) is missing"
    lines: list[str] = []
    for line in block.group(1).splitlines():
        if line.startswith("    ") and lines:
            lines[-1] += " " + line.strip()
        elif line.strip():
            lines.append(line)
    return lines


def inline_examples() -> list[str]:
    """``kinerja …`` in backticks on the pages, without the leading ``kinerja``."""
    found = set()
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        found.update(t.strip() for t in re.findall(r"`(?:\.venv/bin/)?kinerja(\s[^`]*)?`", text))
    return sorted(found)


def leaf_commands(group: click.Group = cli, prefix: str = "") -> Iterator[str]:
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        path = f"{prefix}{name}"
        if isinstance(command, click.Group):
            yield from leaf_commands(command, path + " ")
        else:
            yield path


def segments(usage: str) -> list[list[str]]:
    """``a FILE | b [--x V | --y]`` → the words of each command shown; `` | `` outside
    brackets separates commands, inside them alternative options."""
    parts, depth, current = [], 0, ""
    for i, ch in enumerate(usage):
        depth += {"[": 1, "]": -1}.get(ch, 0)
        if ch == "|" and depth == 0 and usage[i - 1 : i + 2] == " | ":
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return [p.replace("[", " ").replace("]", " ").replace(" | ", " ").split() for p in parts]


def find_option(command: click.Command, token: str) -> click.Option | None:
    name = token.split("=", 1)[0]
    for param in command.params:
        if isinstance(param, click.Option) and name in (*param.opts, *param.secondary_opts):
            return param
    return None


def walk(command: click.Command, path: list[str], words: list[str]) -> Iterator[tuple[str, str]]:
    """(command path, problem or "") for each command the words reach."""
    i = 0
    where = " ".join(path) or "kinerja"
    while i < len(words):
        word = words[i]
        if word.startswith("-"):
            option = find_option(command, word)
            if option is None and word not in ALWAYS:
                yield where, f"'{where}' has no option {word}"
            elif option is not None and not option.is_flag and "=" not in word:
                i += 1  # its value
            i += 1
            continue
        if isinstance(command, click.Group):
            if word.isupper() or word.startswith("<"):  # a placeholder: COMMAND, <office>
                return
            if not path and word.lower().endswith(".kinerja"):  # the launcher opens a package
                return
            for name in word.split("|"):
                sub = command.commands.get(name)
                if sub is None:
                    yield where, f"'{where}' has no command {name}"
                else:
                    yield from walk(sub, [*path, name], words[i + 1 :])
            return
        i += 1  # an argument: FILE, DIR, FOLDER…
    yield where, ""


def usage_of(line: str) -> str:
    """A list line without its description (two or more spaces apart)."""
    usage = re.split(r"\s{2,}", line.strip())[0]
    return usage.removeprefix("kinerja ").removeprefix("kinerja")


def reached(usage: str) -> list[tuple[str, str]]:
    return [hit for words in segments(usage) for hit in walk(cli, [], words)]


def test_every_command_is_in_readmes_list():
    shown = {path for line in command_list() for path, _ in reached(usage_of(line))}
    missing = [path for path in leaf_commands() if path not in shown]
    assert missing == [], f"README's command list lacks: {', '.join(missing)}"


@pytest.mark.parametrize("line", command_list())
def test_the_list_shows_only_commands_and_options_that_exist(line: str):
    problems = [problem for _, problem in reached(usage_of(line)) if problem]
    assert problems == []


@pytest.mark.parametrize("example", inline_examples())
def test_inline_examples_use_real_commands_and_options(example: str):
    problems = [problem for _, problem in reached(example) if problem]
    assert problems == []


@pytest.mark.parametrize(
    ("usage", "problem"),
    [
        ("report skp --nip NIP --year Y --period P -o OUT", "'report skp' has no option --period"),
        ("sync keys rotate", "'sync keys' has no command rotate"),
        ("staff import FILE --dry-run | staff export F --json", "'staff export' has no option"),
    ],
)
def test_the_check_itself_catches_a_wrong_line(usage: str, problem: str):
    assert any(p.startswith(problem) for _, p in reached(usage))
