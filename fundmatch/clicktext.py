"""Click's and typer's own words — "Usage:", "Options", "Error: …" — in the language of the run.

Typer's help looks its texts up with gettext, bound as ``_`` in ``typer.core``, and ships no
German catalogue; fundmatch binds that name to a lookup in its own table
(fundmatch.messages.clicktext). The click typer vendors (since typer 0.26) writes its usage line
and errors in English without gettext: the usage prefix comes from a formatter fundmatch
installs, and a usage error is written by ``show_usage_error``, translated by pattern. A
separately installed click (uvicorn's) is not typer's and is left alone.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

import typer.core

from fundmatch.messages.clicktext import EMPTY_PATH, EMPTY_PATH_TEXT, ERRORS, GERMAN
from fundmatch.safetext import visible

USAGE = {"de": "Aufruf: ", "en": "Usage: "}
TYPE_HINT = re.compile(r" <(list\[[^>]*\]|int range|float range|path|file|dir)>")


def install(language: Callable[[], str]) -> None:
    """Translate click's and typer's texts into ``language()`` (read at each lookup, so a
    ``--lang`` parsed later still counts)."""

    def gettext(text: str) -> str:
        return GERMAN.get(text, text) if language() == "de" else text

    typer.core._ = gettext  # type: ignore[attr-defined,assignment]
    from typer._click.core import Context
    from typer._click.formatting import HelpFormatter

    class Formatter(HelpFormatter):
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            chosen = USAGE["de" if language() == "de" else "en"] if prefix is None else prefix
            super().write_usage(prog, args, chosen)

        def write_dl(self, rows: Any, *args: Any, **kwargs: Any) -> None:
            # The help option's own text is written without gettext.
            # … and typer adds a type to an argument that has a metavar already ("<list[Path]>").
            rows = [(TYPE_HINT.sub("", row[0]), *row[1:-1], gettext(row[-1])) if row else row for row in rows]
            super().write_dl(rows, *args, **kwargs)

    Context.formatter_class = Formatter


def show_usage_error(error: Any, lang: str) -> None:
    """A usage error found by the option parser, as click shows it, in ``lang``."""
    # typer checks a value with pydantic, whose message for a validator's error begins so.
    message = str(error.message).removeprefix("Value error, ")
    error.message = EMPTY_PATH_TEXT[lang] if re.fullmatch(EMPTY_PATH, message) else message
    if lang != "de":
        error.show()
        return
    ctx = getattr(error, "ctx", None)
    lines = []
    if ctx is not None:
        lines.append(ctx.get_usage())
        lines.append(f"Hilfe mit '{ctx.command_path} {ctx.help_option_names[0]}'.")
        lines.append("")
    lines.append("Fehler: " + german_error(error.format_message()))
    print(visible("\n".join(lines), lines=True), file=sys.stderr)


def german_error(message: str) -> str:
    """An error message of the option parser in German, where its pattern is known."""
    for pattern, german in ERRORS:
        found = re.fullmatch(pattern, message, flags=re.DOTALL)
        if found:
            parts = found.groupdict()
            if "message" in parts:  # "Invalid value for --top: <the type's own message>"
                parts["message"] = german_error(parts["message"])
            if "choices" in parts:  # "'table', 'json'" in German quotes
                parts["choices"] = re.sub(r"'([^']*)'", "„\\1“", parts["choices"])
            return german.format(**parts)
    return message
