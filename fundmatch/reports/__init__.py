"""Renderers of the report document (``reports.document``): data in, bytes out.

``render`` dispatches on ``Format`` to one pure function per format; the caller decides
where the bytes go (``fundmatch.output.write_atomic`` for a file). The terminal renderer
(rich) lives apart in ``reports.terminal`` and is not a file format.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from fundmatch.errors import UsageError

if TYPE_CHECKING:  # the document imports the scoring; a renderer's caller has loaded it
    from fundmatch.reports.document import Report

# The chances on page 1 of Markdown and PDF, unless the caller asks for more or fewer.
BEST = 3


Renderer = Callable[["Report", str, int | None], bytes]


class Format(StrEnum):
    PDF = "pdf"
    MD = "md"
    JSON = "json"
    CSV = "csv"  # comma, UTF-8, ids: for programs
    CSV_EXCEL = "csv-excel"  # semicolon, decimal comma, BOM, labels: for German Excel
    ICS = "ics"  # the deadline calendar: made from the programmes (fundmatch.ics), not from a Report


# Formats made by a renderer of the report document; the calendar is not one of them.
CALENDAR = Format.ICS


# A file name says its format; csv-excel has no suffix of its own, so ``.csv`` means csv.
SUFFIXES: dict[str, Format] = {
    ".pdf": Format.PDF,
    ".md": Format.MD,
    ".markdown": Format.MD,
    ".json": Format.JSON,
    ".csv": Format.CSV,
    ".ics": Format.ICS,
}


def renderers() -> dict[Format, Renderer]:
    """The renderer of every format but the calendar (``fundmatch calendar`` and ``report -o
    x.ics`` write it with fundmatch.ics, which needs the programmes themselves). Imported
    here, not at module level, so that loading ``fundmatch.reports`` stays cheap; the PDF
    renderer imports typst only when called."""
    from fundmatch.reports.csv_ import render_csv, render_csv_excel
    from fundmatch.reports.json_ import render_json
    from fundmatch.reports.markdown import render_markdown
    from fundmatch.reports.pdf import render_pdf

    return {
        Format.PDF: render_pdf,
        Format.MD: render_markdown,
        Format.JSON: render_json,
        Format.CSV: render_csv,
        Format.CSV_EXCEL: render_csv_excel,
    }


def render(
    report: Report,
    fmt: Format,
    lang: str,
    top: int | None = None,
    *,
    best: int = BEST,
    everything: bool = False,
) -> bytes:
    """``report`` (from ``reports.document.build_report``) as a file of format ``fmt``.

    Markdown and PDF open with the ``best`` chances, list the eligible and to-check
    programmes, and detail the first ``top`` of them (the best ones if None); the
    programmes not open to the sponsor are only counted unless ``everything`` is set.
    JSON and CSV always hold every programme (details only where the document has them).
    """
    chosen = Format(fmt)
    if chosen is CALENDAR:
        from fundmatch.i18n import t

        raise UsageError(t("report.calendar_apart", lang))
    if chosen is Format.PDF:
        from fundmatch.reports.pdf import render_pdf

        return render_pdf(report, lang, top, best=best, everything=everything)
    if chosen is Format.MD:
        from fundmatch.reports.markdown import render_markdown

        return render_markdown(report, lang, top, best=best, everything=everything)
    return renderers()[chosen](report, lang, top)


def format_for_path(path: Path | str, lang: str = "de") -> Format:
    """The format a file name asks for (``report.pdf`` → PDF); UsageError if none fits."""
    from fundmatch.i18n import t
    from fundmatch.output import refuse_folder

    refuse_folder(path)
    suffix = Path(path).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    known = ", ".join(sorted(SUFFIXES))
    if not suffix:
        raise UsageError(t("report.no_suffix", lang, path=str(path), known=known))
    raise UsageError(t("report.unknown_suffix", lang, suffix=suffix, path=str(path), known=known))
