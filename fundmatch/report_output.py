"""Where a rendered report goes: a file, written atomically after rendering succeeded, or
standard output for ``-``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from fundmatch import reports
from fundmatch.errors import UsageError, os_reason
from fundmatch.i18n import t
from fundmatch.output import check_target, write_atomic
from fundmatch.reports import Format, format_for_path
from fundmatch.reports.document import Report


def format_of(output: Path, fmt: str | None, lang: str) -> Format:
    """The format asked for: ``fmt``, else the file name's (Markdown for ``-``)."""
    if fmt:
        return Format(fmt)
    return Format.MD if str(output) == "-" else format_for_path(output, lang)


def write_report(
    report: Report,
    output: Path,
    fmt: str | None,
    lang: str,
    top: int | None,
    inputs: Sequence[Path] = (),
    *,
    force: bool = False,
    best: int = reports.BEST,
    everything: bool = False,
) -> str | None:
    """Render ``report`` as ``fmt`` (else by the file name; Markdown for ``-``) and write it.

    Returns the line to tell the user (None for stdout)."""
    to_stdout = str(output) == "-"
    chosen = format_of(output, fmt, lang)
    if to_stdout and chosen is Format.PDF:
        raise UsageError(t("report.pdf_not_to_stdout", lang))
    if not to_stdout:
        check_target(output, inputs, force=force)  # before rendering: a refusal costs nothing
    best = max(best, len(report.answers.shortlist))  # every programme the sponsor chose is on page 1
    data = reports.render(report, chosen, lang, top, best=best, everything=everything)
    if to_stdout:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return None
    try:
        write_atomic(output, data)
    except OSError as exc:
        raise UsageError(t("report.cannot_write", lang, path=output, reason=os_reason(exc))) from None
    return t("report.written", lang, path=output, format=chosen.value)
