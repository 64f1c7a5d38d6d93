"""The report as a PDF a board can file, typeset by typst from ``report.typ``.

The template holds layout only; the report goes in as JSON through ``sys_inputs`` (the
localized view, see ``reports.view``), because text placed into typst markup would be run
as code (``#panic``, ``#read``). Only typst's embedded fonts are used and the timestamp is
the report's date, so the same report gives the same bytes on every machine.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Any, Final

from fundmatch.reports.view import build_view

TEMPLATE = "report.typ"
# PDF/A-2b: the archival profile, for a document that is filed and reopened years later.
PDF_STANDARD: Final = "a-2b"


def render_pdf(report: dict[str, Any], lang: str, top: int | None = None) -> bytes:
    """The whole report; detail sections for the first ``top`` programmes (all if None)."""
    import typst  # ~50 ms to load: only when a PDF is asked for, so the CLI starts fast

    payload = json.dumps(build_view(report, lang, top), ensure_ascii=False)
    return typst.compile(
        template(),
        sys_inputs={"data": payload},
        ignore_system_fonts=True,
        timestamp=timestamp(report["generated"]),
        pdf_standards=PDF_STANDARD,
    )


def template() -> bytes:
    return resources.files("fundmatch.reports").joinpath(TEMPLATE).read_bytes()


def timestamp(generated: str) -> int:
    """Midnight UTC of the report's date, as UNIX seconds: fixed, so output is reproducible."""
    day = dt.date.fromisoformat(generated)
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())
