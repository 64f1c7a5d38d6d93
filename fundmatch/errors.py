"""Errors as data: every problem knows its file, position, field path and a hint."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One located data problem, rendered as ``file:line:col: path: message (hint)``."""

    file: str
    line: int
    col: int
    path: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        return self.render()

    def render(self, level: str = "") -> str:
        """One line, always: ``file:line:col: [level] path: message (hint)``."""
        where = f"{self.path}: " if self.path else ""
        hint = f" ({self.hint})" if self.hint else ""
        tag = f"[{level}] " if level else ""
        return _one_line(f"{self.file}:{self.line}:{self.col}: {tag}{where}{self.message}{hint}")


def _one_line(text: str) -> str:
    """Control characters from the data (a line break inside a value) shown as escapes, so
    that every problem stays one line for people and for editors that parse the output."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in text)


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    # abspath, not resolve: a symlink is named as itself, and a symlink loop cannot raise.
    cwd = os.path.abspath(os.getcwd())
    if cwd == os.path.abspath(os.sep):  # from "/", a relative path would read oddly
        return str(path)
    absolute = os.path.abspath(path)
    inside = absolute.startswith(cwd + os.sep)
    return os.path.relpath(absolute, cwd) if inside else str(path)


class FundmatchError(Exception):
    """Base of every error the CLI turns into a message and an exit code."""

    exit_code = 1


class DataError(FundmatchError):
    """Programme, rubric or answers data is invalid; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UsageError(FundmatchError):
    """The command was called wrongly (unknown id, missing file): exit code 2."""

    exit_code = 2
