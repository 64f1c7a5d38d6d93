"""The rich consoles fundmatch writes to (see boundary.configure_streams for the streams)."""

from __future__ import annotations

import re
from typing import TextIO

import rich._wrap
from rich.console import Console

from fundmatch.safetext import NO_BREAK_SPACES

# Used when COLUMNS says 0 (rich would then print nothing at all).
FALLBACK_WIDTH = 80

# rich breaks lines at every space, the no-break space too ("\s"), so "36.000 €" could end
# one line with "36.000" and begin the next with "€". Its word pattern, with the no-break
# spaces that i18n puts between a number and its unit counted as part of a word (rich 15;
# tests/test_terminal.py notices when rich changes this).
rich._wrap.re_word = re.compile(f"[^\\S{NO_BREAK_SPACES}]*[\\S{NO_BREAK_SPACES}]+[^\\S{NO_BREAK_SPACES}]*")


def make_console(*, stderr: bool = False, file: TextIO | None = None) -> Console:
    """A console for fundmatch's output: no guessing of highlights, and a usable width even when
    COLUMNS is 0."""
    # No emoji codes: ":smile:" in a programme's text stays text.
    console = Console(highlight=False, emoji=False, stderr=stderr, file=file)
    if console.width < 1:
        console.width = FALLBACK_WIDTH
    return console
