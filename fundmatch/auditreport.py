"""The audit as text (a work list), JSON or CSV (one row per programme, for a spreadsheet).

Pure functions from a CatalogueAudit (and, with ``--online``, the link results) to text."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping
from enum import StrEnum

from fundmatch.audit import CatalogueAudit, ProgramAudit, Urgency, program_urls
from fundmatch.i18n import Msg, format_date, msg, t
from fundmatch.linkcheck import LinkResult
from fundmatch.safetext import escaped


class AuditFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


Links = Mapping[str, LinkResult]
FileOf = Callable[[str], str]  # programme id → the file's path as shown


def link_problems(item: ProgramAudit, links: Links | None) -> list[Msg]:
    """The dead and moved links of one programme (each URL once)."""
    if not links:
        return []
    found = [links[url].problem() for url in program_urls(item.program) if url in links]
    return [problem for problem in found if problem is not None]


def urgency(item: ProgramAudit, links: Links | None) -> Urgency:
    """The audit's urgency, raised to that of a broken URL when a link is dead or moved."""
    if item.urgency > Urgency.BROKEN_URL and link_problems(item, links):
        return Urgency.BROKEN_URL
    return item.urgency


def _next_step(item: ProgramAudit, links: Links | None) -> Msg:
    if urgency(item, links) is not item.urgency:
        return msg("audit.step.links")
    return item.next_step


def _ordered(report: CatalogueAudit, links: Links | None) -> list[ProgramAudit]:
    """Most urgent first; the audit's order (deadline, completeness, id) within each level."""
    return sorted(report.programs, key=lambda item: urgency(item, links))


def render(report: CatalogueAudit, fmt: AuditFormat, lang: str, file_of: FileOf, links: Links | None) -> str:
    if fmt is AuditFormat.json:
        return render_json(report, lang, file_of, links)
    if fmt is AuditFormat.csv:
        return render_csv(report, lang, file_of, links)
    return render_text(report, lang, file_of, links)


def render_text(report: CatalogueAudit, lang: str, file_of: FileOf, links: Links | None = None) -> str:
    out: list[str] = []
    least = report.least_complete()
    if least:
        out.append(t("audit.heading.least_complete", lang, count=len(least)))
        width = max(len(file_of(a.program.id)) for a in least)
        for item in least:
            percent = f"{round(item.completeness * 100):>3} %"
            out.append(f"  {file_of(item.program.id):<{width}}  {percent}  {', '.join(item.missing)}")
        out.append("")
    todo = [a for a in _ordered(report, links) if urgency(a, links) is not Urgency.NONE]
    if todo:
        out.append(t("audit.heading.worklist", lang))
    for number, item in enumerate(todo, 1):
        out += _block(number, item, lang, file_of, links)
    fine = len(report.programs) - len(todo)
    if fine:
        out.append(t("audit.fine_count", lang, count=fine))
    out.append(report.summary().render(lang))
    if links is not None:
        out.append(_links_summary(links, lang))
    return "\n".join(escaped(line) for line in out) + "\n"  # catalogue text, never sent raw


def _block(number: int, item: ProgramAudit, lang: str, file_of: FileOf, links: Links | None) -> list[str]:
    p = item.program
    state = t(
        "audit.line.state",
        lang,
        urgency=msg(f"audit.urgency.{int(urgency(item, links))}"),
        completeness=round(item.completeness * 100),
        checked=item.last_checked,
    )
    lines = [f"{number}. {p.id} – {p.name} ({file_of(p.id)})", f"   {state}"]
    if item.missing:
        facts = ", ".join(item.missing)
        lines.append("   " + t("audit.line.missing", lang, count=len(item.missing), facts=facts))
    if item.without_evidence:
        facts = ", ".join(item.without_evidence)
        lines.append("   " + t("audit.line.no_evidence", lang, count=len(item.without_evidence), facts=facts))
    lines += ["   " + t("audit.line.conflict", lang, text=text) for text in p.conflicts]
    if item.next_deadline or item.last_passed:
        none = t("audit.none", lang)
        upcoming = format_date(item.next_deadline, lang) if item.next_deadline else none
        passed = format_date(item.last_passed, lang) if item.last_passed else none
        lines.append("   " + t("audit.line.deadlines", lang, next=upcoming, passed=passed))
    findings = [*item.findings, *link_problems(item, links)]
    lines += ["   " + t("audit.line.finding", lang, text=f) for f in findings]
    lines.append("   " + t("audit.line.next", lang, text=_next_step(item, links)))
    return lines


def _links_summary(links: Links, lang: str) -> str:
    dead = sum(r.dead for r in links.values())
    moved = sum(r.moved_to is not None and not r.dead for r in links.values())
    return t("audit.links.summary", lang, checked=len(links), dead=dead, moved=moved)


def _record(item: ProgramAudit, lang: str, file_of: FileOf, links: Links | None) -> dict[str, object]:
    p = item.program
    return {
        "id": p.id,
        "file": file_of(p.id),
        "urgency": t(f"audit.urgency.{int(urgency(item, links))}", lang),
        "completeness_pct": round(item.completeness * 100),
        "missing": item.missing,
        "without_evidence": item.without_evidence,
        "conflicts": list(p.conflicts),
        "last_checked": item.last_checked.isoformat(),
        "stale": item.stale,
        "ended": item.ended,
        "next_deadline": item.next_deadline.isoformat() if item.next_deadline else None,
        "last_passed_deadline": item.last_passed.isoformat() if item.last_passed else None,
        "findings": [f.render(lang) for f in [*item.findings, *link_problems(item, links)]],
        "next_step": _next_step(item, links).render(lang),
    }


def render_json(report: CatalogueAudit, lang: str, file_of: FileOf, links: Links | None = None) -> str:
    document = {
        "programs": [_record(item, lang, file_of, links) for item in _ordered(report, links)],
        "summary": report.summary().render(lang),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = (
    "id",
    "file",
    "urgency",
    "completeness_pct",
    "missing",
    "without_evidence",
    "conflicts",
    "last_checked",
    "next_deadline",
    "last_passed_deadline",
    "findings",
    "next_step",
)
# A spreadsheet runs a cell that starts with one of these as a formula; catalogue text must
# stay text (a leading apostrophe), as in the ranking's CSV.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(report: CatalogueAudit, lang: str, file_of: FileOf, links: Links | None = None) -> str:
    """One row per programme, most urgent first; lists joined with "; "."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for item in _ordered(report, links):
        record = _record(item, lang, file_of, links)
        writer.writerow([_cell(record[column]) for column in CSV_COLUMNS])
    return buffer.getvalue()


def _cell(value: object) -> str:
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
