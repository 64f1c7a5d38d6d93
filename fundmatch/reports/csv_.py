"""The ranking as CSV: one row per programme, for a spreadsheet or a script.

Two dialects. ``csv`` is for programs: comma, UTF-8, column ids as header, ids and plain
numbers as values. ``csv-excel`` is for a German Excel that opens a file by double-click:
semicolon, decimal comma, localized header and labels, and a byte order mark, without which
Excel reads UTF-8 as Windows-1252 and garbles every umlaut.

Both guard text cells against formula injection: a spreadsheet runs a cell that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return as a formula (``=HYPERLINK(…)``
in a programme name), so such a cell gets a leading apostrophe and stays text.
"""

from __future__ import annotations

import csv
import io

from fundmatch.i18n import format_date, t
from fundmatch.reports.common import band_text, outcome, text
from fundmatch.reports.document import Report, Result

COLUMNS = (
    "rank",
    "id",
    "name",
    "funder",
    "band",
    "score",
    "eligibility",
    "confidence",
    "max_eur",
    "own_share_pct",
    "next_deadline",
    "url",
    "warnings",
)
_TITLES = {
    "rank": "col.rank",
    "id": "report.csv.id",
    "name": "col.name",
    "funder": "col.funder",
    "band": "col.band",
    "score": "col.score",
    "eligibility": "col.eligible",
    "confidence": "report.col.confidence",
    "max_eur": "col.max",
    "own_share_pct": "col.own_share",
    "next_deadline": "col.next_deadline",
    "url": "report.csv.url",
    "warnings": "explain.warnings",
}
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection); a
# leading apostrophe makes it text. Numbers are never guarded: they are written by us.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(report: Report, lang: str, top: int | None = None) -> bytes:
    """Every programme (``top`` limits only detail sections elsewhere), comma-separated."""
    del top
    rows = [[_plain(value) for value in _values(r, lang, excel=False)] for r in report.results]
    return _write(list(COLUMNS), rows, delimiter=",").encode("utf-8", "backslashreplace")


def render_csv_excel(report: Report, lang: str, top: int | None = None) -> bytes:
    """Every programme for German Excel: ``;``, decimal comma, localized labels, BOM."""
    del top
    header = [t(_TITLES[c], lang).replace("\u00ad", "") for c in COLUMNS]  # no soft hyphens
    rows = [[_excel(value) for value in _values(r, lang, excel=True)] for r in report.results]
    return _write(header, rows, delimiter=";").encode("utf-8-sig", "backslashreplace")


def _write(header: list[str], rows: list[list[str]], delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _values(r: Result, lang: str, *, excel: bool) -> list[object]:
    """The row in ``COLUMNS`` order; labels instead of ids for people (``excel``)."""
    deadline = r.next_deadline
    return [
        r.rank,
        r.id,
        r.name,
        r.funder,
        band_text(r, lang) if excel else (r.band.id if r.band else "ended"),
        r.score,
        outcome(r.eligibility, lang) if excel else r.eligibility.value,
        r.confidence,
        r.max_eur,
        r.own_share_pct,
        (format_date(deadline, lang) if excel else deadline.isoformat()) if deadline else None,
        r.url,
        "; ".join(text(w, lang) for w in r.warnings),
    ]


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 3000.0 → 3000: a sum of money, not a measurement
    if isinstance(value, str):
        return guard_formula(value)
    return str(value)


def _excel(value: object) -> str:
    if isinstance(value, float):
        return _plain(value).replace(".", ",")
    return _plain(value)


def guard_formula(cell: str) -> str:
    """``cell`` as text a spreadsheet will not run: ``=1+1`` → ``'=1+1``."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell
