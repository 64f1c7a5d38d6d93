"""Catalogue and answers text, made safe to show: the one place that neutralises it.

A programme file or an answer may hold anything: rich markup (``[/dim]``,
``[link=…]``), terminal control sequences (``ESC [2J`` clears the screen, OSC 52 writes
to the clipboard, ``CR`` lets ``GOOD\\rEVIL`` overwrite a line), C1 controls and bidi
overrides that reorder what a reader sees. Every renderer passes such text through
``visible``: control characters become visible escapes such as ``\\x1b`` and are never
interpreted. A link is made only from one of fundmatch's own validated URL fields
(``web_url``). The terminal renderer (``reports.terminal.rich_text``) adds that rich never
parses such text as markup or emoji codes; Markdown, PDF and CSV escape for their syntax.
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL; the bidi embeddings, overrides and isolates (U+202A–U+202E,
# U+2066–U+2069); lone surrogates (invalid UTF-8 read with surrogateescape), which no
# encoder accepts. Tab and line breaks are handled apart: they are whitespace.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_WHITESPACE = re.compile("[\t\n\u2028\u2029]")
_LINE_BREAKS = re.compile("[\u2028\u2029]")
_WEB_URL = re.compile(r"https?://[^\s/$.?#][^\s]*")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(value: str, *, lines: bool = False) -> str:
    """``value`` with every control character shown as an escape (``\\x1b``, ``\\u202e``).

    Tabs become spaces; line breaks (``\\n``, ``\\r\\n``) too, unless ``lines`` keeps them
    (for a multi-line cell). A lone ``\\r`` is shown, not obeyed. Nothing else changes, so
    ordinary text in any script passes unchanged.
    """
    value = value.replace("\r\n", "\n")
    value = _LINE_BREAKS.sub("\n", value.replace("\t", " ")) if lines else _WHITESPACE.sub(" ", value)
    return _UNSAFE.sub(_escape, value)


# Whitespace a line may break at: every kind but the no-break ones (U+00A0 between "1.500"
# and "€", the narrow U+202F, the figure space U+2007), which hold a number to its unit.
NO_BREAK_SPACES = "\u00a0\u202f\u2007"
_BREAKING_SPACE = re.compile(f"[^\\S{NO_BREAK_SPACES}]+")


def words(value: str) -> list[str]:
    """The words of ``value`` as a line breaks them: ``1.500 €`` (no-break space) is one."""
    return [word for word in _BREAKING_SPACE.split(value) if word]


def single_line(value: str) -> str:
    """``visible(value)`` on one line, runs of spaces as one; no-break spaces are kept."""
    return " ".join(words(visible(value)))


def escaped(text: str) -> str:
    """``text`` with every character that does not print shown as an escape (``\\n``,
    ``\\u200b``): stricter than ``visible``, for lines a reader must be able to retype (a
    problem's place and value, the audit). The no-break spaces fundmatch writes between a
    number and its unit print as spaces."""
    return "".join(
        ch if ch.isprintable() or ch in NO_BREAK_SPACES else ch.encode("unicode_escape").decode()
        for ch in text
    )


def has_unsafe(value: str) -> bool:
    """Whether ``visible`` would change ``value`` beyond its whitespace."""
    return _UNSAFE.search(value) is not None


def web_url(url: str | None) -> str | None:
    """``url`` if it is a plain http(s) address without spaces or controls, else None.

    Only such a URL from a validated field (a programme's ``url``, a source's ``url``) may
    become a clickable link; a ``javascript:`` or ``file:`` target never does."""
    if url and _WEB_URL.fullmatch(url) and not has_unsafe(url):
        return url
    return None


def tolerate_encoding(*streams: object) -> None:
    """Let text streams show what their encoding cannot (``ä`` on an ASCII stdout, ``ትግርኛ``
    in cp1252, what Windows uses for redirected output) as ``\\xe4``-style escapes instead of
    raising UnicodeEncodeError. Streams with a chosen error handler are left alone."""
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure) and getattr(stream, "errors", None) == "strict":
            reconfigure(errors="backslashreplace")
