"""The report as a PDF a board can file, typeset by typst from ``report.typ``.

The template holds layout only; the report goes in as JSON through ``sys_inputs`` (the
localized view, see ``reports.view``), because text placed into typst markup would be run
as code (``#panic``, ``#read``). Every string passes ``glyphs.drawable`` first, so a name
in any script, an emoji, a control character or a 20,000-character text never stops the
render. Only typst's embedded fonts and the fonts shipped in ``reports/fonts`` are used
and the timestamp is the report's date, so the same report gives the same bytes on every
machine.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources
from typing import Final, Literal, TypeVar

from fundmatch.i18n import t
from fundmatch.reports import BEST
from fundmatch.reports.document import Report
from fundmatch.reports.glyphs import FONT_FOLDER, LONGEST_HEADING, drawable
from fundmatch.reports.layout import View
from fundmatch.reports.view import build_view

TEMPLATE = "report.typ"
# PDF/A-2b: the archival profile, for a document that is filed and reopened years later.
PDF_STANDARD: Final[Literal["a-2b"]] = "a-2b"
# typst needs about 0.2 MB per row of the summary table: a catalogue of 10,000 would take
# 2.5 GB and 300 pages no board reads. The PDF lists the first rows; the others say where
# the rest is (CSV, Markdown and JSON hold every programme).
PDF_SUMMARY_ROWS = 200
# What a board reads: the default report is kept to this many pages by giving fewer
# programmes their details (the last first; `fundmatch explain` and Markdown hold them all).
MAX_PAGES = 6
# The page tree's count, as typst writes it (uncompressed; tests compare it with pypdf's).
_PAGE_COUNT = re.compile(rb"/Type\s*/Pages\s*/Count\s+(\d+)")
# Strings that become document metadata or bookmarks as well as text.
_HEADINGS = frozenset({"title", "subtitle", "heading", "kicker"})

T = TypeVar("T")


def render_pdf(
    report: Report, lang: str, top: int | None = None, *, best: int = BEST, everything: bool = False
) -> bytes:
    """The whole report (see ``build_view`` for ``top``, ``best`` and ``everything``); with
    the default ``best`` and no annex, in at most ``MAX_PAGES`` pages where fewer details can
    make it so."""
    details = best if top is None else min(best, top)
    while True:
        data = _compile(build_view(report, lang, details, best, everything), lang, report.generated)
        excess = page_count(data) - MAX_PAGES
        # A programme's details take about a page: fewer of them can mend only a report that
        # is that little too long (a long list of programmes to check is not shortened, nor
        # typeset again for nothing).
        if best != BEST or everything or not 0 < excess < details:
            return data
        details -= 1


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF typst wrote (0 if the page tree is not found)."""
    found = _PAGE_COUNT.search(pdf)
    return int(found.group(1)) if found else 0


def _compile(view: View, lang: str, generated: dt.date) -> bytes:
    import typst  # ~50 ms to load: only when a PDF is asked for, so the CLI starts fast

    view = drawable_view(_summary_cut(view, lang), lang)
    payload = json.dumps(view, ensure_ascii=False)
    with resources.as_file(resources.files("fundmatch.reports").joinpath(FONT_FOLDER)) as folder:
        fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=[str(folder)])
        return typst.compile(
            template(),
            sys_inputs={"data": payload},
            font_paths=fonts,
            ignore_system_fonts=True,
            timestamp=timestamp(generated),
            pdf_standards=PDF_STANDARD,
        )


def _summary_cut(view: View, lang: str) -> View:
    rows = view["summary"]["rows"]
    if len(rows) > PDF_SUMMARY_ROWS:
        view["summary"]["rows"] = rows[:PDF_SUMMARY_ROWS]
        view["summary"]["note"] = t("report.summary_cut", lang, shown=PDF_SUMMARY_ROWS, count=len(rows))
    view["annex"] = view["annex"][:PDF_SUMMARY_ROWS]  # the same cost per line, on request only
    return view


def drawable_view(view: View, lang: str) -> View:
    """``view`` with every string made drawable (see ``glyphs``); headings kept short."""
    return _drawable(view, lang, "")


def _drawable(value: T, lang: str, key: str) -> T:
    if isinstance(value, str):
        limit = LONGEST_HEADING if key in _HEADINGS else None
        return drawable(value, lang, limit) if limit else drawable(value, lang)  # type: ignore[return-value]
    if isinstance(value, list):
        return [_drawable(item, lang, key) for item in value]  # type: ignore[return-value]
    if isinstance(value, dict):
        # Link targets and ids are our own validated values; only text is rewritten.
        return {k: v if k in ("url", "anchor") else _drawable(v, lang, k) for k, v in value.items()}  # type: ignore[return-value]
    return value


def template() -> bytes:
    return resources.files("fundmatch.reports").joinpath(TEMPLATE).read_bytes()


def timestamp(generated: dt.date) -> int:
    """Midnight UTC of the report's date, as UNIX seconds: fixed, so output is reproducible."""
    return int(dt.datetime(generated.year, generated.month, generated.day, tzinfo=dt.UTC).timestamp())
