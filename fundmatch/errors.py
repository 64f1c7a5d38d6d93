"""Errors as data: every problem knows its file, position, field path and a hint."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from fundmatch.i18n import Msg, msg, resolve_lang
from fundmatch.safetext import escaped


@dataclass(frozen=True, eq=True)
class Problem:
    """One located data problem, rendered as ``file:line:col: path: message (hints)``.

    Message and hints are messages (fundmatch.messages.validation), rendered in the
    reader's language; problems sort by position, then by their English text."""

    file: str
    line: int
    col: int
    path: str
    message: Msg
    hints: tuple[Msg, ...] = ()

    def __lt__(self, other: Problem) -> bool:
        return self._order() < other._order()

    def _order(self) -> tuple[str, int, int, str, str]:
        return (*_place(self), self.text("en"))

    def __str__(self) -> str:
        return self.render()

    def text(self, lang: str) -> str:
        """Message and hints without the location: ``message (hint; hint)``."""
        hints = "; ".join(h.render(lang) for h in self.hints)
        return self.message.render(lang) + (f" ({hints})" if hints else "")

    def render(self, level: str = "", lang: str | None = None) -> str:
        """One line, always: ``file:line:col: [level] path: message (hints)``; the language
        is ``lang``, else FUNDMATCH_LANG, else German."""
        where = f"{self.path}: " if self.path else ""
        tag = f"[{level}] " if level else ""
        text = self.text(resolve_lang(lang))
        # Control characters from the data (a line break inside a value) as escapes: every
        # problem stays one line for people and for editors that parse the output.
        return escaped(f"{self.file}:{self.line}:{self.col}: {tag}{where}{text}")

    def as_dict(self, lang: str | None = None) -> dict[str, object]:
        """For ``--format json``: the position, message and hints as text."""
        chosen = resolve_lang(lang)
        return {
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "path": self.path,
            "message": self.message.render(chosen),
            "hint": "; ".join(h.render(chosen) for h in self.hints),
            "code": self.message.key,
        }


def problem(file: str, line: int, col: int, path: str, key: str, *hints: Msg, **values: object) -> Problem:
    """A problem whose message is ``key`` with ``values``."""
    return Problem(file, line, col, path, msg(key, **values), hints)


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    # abspath, not resolve: a symlink is named as itself, and a symlink loop cannot raise.
    cwd = os.path.abspath(os.getcwd())
    if cwd == os.path.abspath(os.sep):  # from "/", a relative path would read oddly
        return str(path)
    absolute = os.path.abspath(path)
    inside = absolute.startswith(cwd + os.sep)
    return os.path.relpath(absolute, cwd) if inside else str(path)


# The system's refusals a person meets (a missing folder, a full disk), in their language.
_OS_REASONS = {
    errno.ENOENT: "reason.not_found",
    errno.EACCES: "reason.permission",
    errno.EPERM: "reason.permission",
    errno.ELOOP: "reason.loop",
    errno.ENOSPC: "reason.disk_full",
    errno.EDQUOT: "reason.disk_full",
    errno.EROFS: "reason.read_only",
    errno.EISDIR: "reason.is_dir",
    errno.ENOTDIR: "reason.not_dir",
    errno.ENAMETOOLONG: "reason.name_too_long",
    errno.EBUSY: "reason.busy",
    errno.ETXTBSY: "reason.busy",
    errno.EIO: "reason.io",
}


def os_reason(exc: OSError) -> Msg:
    """Why the system refused, in the reader's language; the system's own words for a rare
    reason."""
    key = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    return msg(key) if key else msg("reason.system", reason=exc.strerror or str(exc) or type(exc).__name__)


# A broken file can hold thousands of problems (a pasted data dump); past this many, one line
# says how many more there are, so that output and hint search stay bounded.
MAX_PROBLEMS_PER_FILE = 100
# Line of a problem that is only counted, never shown (see validation.to_model): sorts last.
UNSHOWN_LINE = 10**9


def capped(problems: list[Problem]) -> list[Problem]:
    """At most MAX_PROBLEMS_PER_FILE problems per file, then one line with the rest's count."""
    by_file: dict[str, list[Problem]] = {}
    for each in problems:
        by_file.setdefault(each.file, []).append(each)
    result: list[Problem] = []
    for found in by_file.values():
        first = _first(found, MAX_PROBLEMS_PER_FILE + 1)
        result += first[:MAX_PROBLEMS_PER_FILE]
        if len(found) > MAX_PROBLEMS_PER_FILE:
            first_hidden = first[MAX_PROBLEMS_PER_FILE]
            at = first_hidden if first_hidden.line != UNSHOWN_LINE else first[MAX_PROBLEMS_PER_FILE - 1]
            more = len(found) - MAX_PROBLEMS_PER_FILE
            result.append(problem(at.file, at.line, at.col, "", "problem.more", count=more))
    return result


def _first(problems: list[Problem], count: int) -> list[Problem]:
    """The first ``count`` problems in their order. Sorted by place first, so that a message
    is rendered only to order problems at one place: a pasted list of 100,000 wrong terms
    is not rendered 100,000 times."""
    by_place = sorted(problems, key=_place)
    end = count
    while end < len(by_place) and _place(by_place[end]) == _place(by_place[count - 1]):
        end += 1  # problems at the last place kept are ordered by their text
    return sorted(by_place[:end])[:count]


def _place(p: Problem) -> tuple[str, int, int, str]:
    return (p.file, p.line, p.col, p.path)


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

    def text(self, lang: str) -> str:
        return "\n".join(p.render(lang=lang) for p in self.problems)


class UsageError(FundmatchError):
    """The command was called wrongly (unknown id, missing file): exit code 2."""

    exit_code = 2
