"""The rich consoles fundmatch writes to (see boundary.configure_streams for the streams)."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console

# Used when COLUMNS says 0 (rich would then print nothing at all).
FALLBACK_WIDTH = 80


def make_console(*, stderr: bool = False, file: TextIO | None = None) -> Console:
    """A console for fundmatch's output: no guessing of highlights, and a usable width even when
    COLUMNS is 0."""
    # No emoji codes: ":smile:" in a programme's text stays text.
    console = Console(highlight=False, emoji=False, stderr=stderr, file=file)
    if console.width < 1:
        console.width = FALLBACK_WIDTH
    return console
