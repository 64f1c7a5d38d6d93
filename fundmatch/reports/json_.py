"""The report document as JSON: byte for byte what ``fundmatch match --format json`` prints."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter
from pydantic_core import PydanticSerializationError

from fundmatch.reports.document import Report, Result

# Where the rows stand in the document: ``results`` is its last field, at depth 1.
_NO_ROWS = b'"results": []\n}'
_ROW_INDENT = b"    "


def render_json(report: Report, lang: str, top: int | None = None) -> bytes:
    """The whole document; ``lang`` and ``top`` do not apply (it carries both languages and
    already holds details only for the programmes it was built to show)."""
    del lang, top
    return b"".join(json_parts(report))


def json_parts(report: Report) -> Iterator[bytes]:
    """The document as JSON in parts, a programme's row at a time, so that a writer holds
    one row's text and never the whole (25 MB at 10,000 programmes).

    Together the same text as ``json.dumps(report.model_dump(mode="json"),
    ensure_ascii=False, indent=2)`` (a test checks it), serialised by pydantic-core straight
    to UTF-8. A row dumped alone is indented one level deeper to stand in the list: JSON
    text has no line break inside a string, so every line break is one of the layout."""
    if not report.results:
        yield _dump(report) + b"\n"
        return
    head = _dump(report.model_copy(update={"results": []}))
    if not head.endswith(_NO_ROWS):  # results is no longer the last field
        raise AssertionError("the document's rows must come last")
    yield head[: -len(_NO_ROWS)] + b'"results": [\n'
    for index, row in enumerate(report.results):
        separator = b",\n" if index else b""
        yield separator + _ROW_INDENT + _dump(row).replace(b"\n", b"\n" + _ROW_INDENT)
    yield b"\n  ]\n}\n"


def _dump(part: Report | Result) -> bytes:
    try:
        return _adapter(type(part)).dump_json(part, indent=2)
    except PydanticSerializationError:
        # A lone surrogate (invalid UTF-8 typed at a prompt) has no UTF-8 form: written as
        # its JSON escape (\udce9), it reads back as the same string.
        text = json.dumps(part.model_dump(mode="json"), ensure_ascii=False, indent=2)
        return text.encode("utf-8", "backslashreplace")


@cache
def _adapter(model: type[BaseModel]) -> TypeAdapter[Any]:
    return TypeAdapter(model)
