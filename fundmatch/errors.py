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


# A broken file can hold thousands of problems (a pasted data dump); past this many, one line
# says how many more there are, so that output and hint search stay bounded.
MAX_PROBLEMS_PER_FILE = 100
# Line of a problem that is only counted, never shown (see validation.to_model): sorts last.
UNSHOWN_LINE = 10**9


def capped(problems: list[Problem]) -> list[Problem]:
    """At most MAX_PROBLEMS_PER_FILE problems per file, then one line with the rest's count."""
    by_file: dict[str, list[Problem]] = {}
    for problem in problems:
        by_file.setdefault(problem.file, []).append(problem)
    result: list[Problem] = []
    for found in by_file.values():
        found.sort()
        result += found[:MAX_PROBLEMS_PER_FILE]
        if len(found) > MAX_PROBLEMS_PER_FILE:
            first_hidden = found[MAX_PROBLEMS_PER_FILE]
            at = first_hidden if first_hidden.line != UNSHOWN_LINE else found[MAX_PROBLEMS_PER_FILE - 1]
            more = len(found) - MAX_PROBLEMS_PER_FILE
            message = f"… and {more} more problems in this file"
            result.append(Problem(at.file, at.line, at.col, "", message))
    return result


class FundmatchError(Exception):
    """Base of every error the CLI turns into a message and an exit code.

    The message is a text, or a message of fundmatch.i18n rendered in the user's language."""

    exit_code = 1

    def text(self, lang: str) -> str:
        message = self.args[0] if self.args else ""
        render = getattr(message, "render", None)
        return str(render(lang)) if callable(render) else str(message)


class DataError(FundmatchError):
    """Programme, rubric or answers data is invalid; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(capped(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


class UsageError(FundmatchError):
    """The command was called wrongly (unknown id, missing file): exit code 2."""

    exit_code = 2
