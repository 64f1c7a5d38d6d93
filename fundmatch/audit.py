"""The catalogue's data quality: completeness, age of the last check, ended programmes,
deadlines soon, recorded conflicts and URLs that look broken."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from fundmatch import rules
from fundmatch.i18n import Msg, msg
from fundmatch.models import Program, ProgramStatus
from fundmatch.scoring import STALE_AFTER_DAYS, next_deadline

SOON_DAYS = 60

# A URL "looks broken" when it could not work as written or points nowhere real.
_HOST = re.compile(r"^https?://([^/:?#]+)")
_PLACEHOLDER_HOSTS = ("example.org", "example.com", "localhost")


@dataclass(frozen=True)
class ProgramAudit:
    program: Program
    completeness: float  # share of the facts fundmatch scores on that are known, 0–1
    last_checked: dt.date
    stale: bool
    ended: bool
    soon: tuple[dt.date, ...]  # deadlines within SOON_DAYS
    findings: tuple[Msg, ...]  # what needs a staff member's attention

    @property
    def needs_attention(self) -> bool:
        return bool(self.findings)


def known_facts(program: Program) -> dict[str, bool]:
    """Whether each fact a sponsor or a rule needs is known, by fact path. The facts are the
    ones the rules read (``fundmatch.rules``); ``not_stated`` counts as known."""
    return {
        "summary": bool(program.summary),
        "url": program.url is not None,
        "contact": program.contact is not None,
        **rules.known_facts(program),
    }


def url_problem(url: str) -> Msg | None:
    """Why a URL looks broken, or None."""
    host = _HOST.match(url)
    if host is None:
        return msg("audit.url.no_host")
    name = host.group(1).lower()
    if "." not in name or name.endswith(_PLACEHOLDER_HOSTS):
        return msg("audit.url.placeholder")
    if any(ch in url for ch in ' "<>{}|\\^`'):
        return msg("audit.url.characters")
    if url.startswith("http://"):
        return msg("audit.url.http")
    return None


def audit_program(program: Program, today: dt.date) -> ProgramAudit:
    facts = known_facts(program)
    last = max(source.checked for source in program.sources)
    stale = (today - last).days > STALE_AFTER_DAYS
    expired = program.valid_until is not None and program.valid_until < today
    ended = program.status is ProgramStatus.ENDED or expired
    upcoming = next_deadline(program, today)
    soon = tuple(
        sorted(
            {d for d in program.deadlines.dates if today <= d <= today + dt.timedelta(days=SOON_DAYS)}
            | ({upcoming} if upcoming and upcoming <= today + dt.timedelta(days=SOON_DAYS) else set())
        )
    )
    findings: list[Msg] = []
    if stale:
        findings.append(msg("audit.stale", date=last))
    if expired and program.status is not ProgramStatus.ENDED:
        findings.append(msg("audit.expired_not_ended", date=program.valid_until))
    passed = program.deadlines.dates and upcoming is None and not program.deadlines.rolling
    if program.status is ProgramStatus.OPEN and passed:
        findings.append(msg("audit.open_but_passed", date=max(program.deadlines.dates)))
    urls = [program.url] if program.url else []
    urls += [s.url for s in program.sources]
    for url in urls:
        problem = url_problem(url)
        if problem:
            findings.append(msg("audit.url", url=url, problem=problem))
    return ProgramAudit(program, sum(facts.values()) / len(facts), last, stale, ended, soon, tuple(findings))


@dataclass(frozen=True)
class CatalogueAudit:
    programs: tuple[ProgramAudit, ...]

    @property
    def needs_attention(self) -> bool:
        return any(p.needs_attention for p in self.programs)

    def summary(self) -> Msg:
        items = self.programs
        completeness = sum(p.completeness for p in items) / len(items) if items else 0.0
        return msg(
            "audit.summary",
            count=len(items),
            completeness=round(completeness * 100),
            stale=sum(p.stale for p in items),
            ended=sum(p.ended for p in items),
            soon=sum(bool(p.soon) for p in items),
            conflicts=sum(bool(p.program.conflicts) for p in items),
            attention=sum(p.needs_attention for p in items),
            oldest=min((p.last_checked for p in items), default=None),
        )


def audit(programs: Sequence[Program], today: dt.date) -> CatalogueAudit:
    """Audit every programme of a catalogue, least complete first."""
    audits = [audit_program(p, today) for p in programs]
    return CatalogueAudit(tuple(sorted(audits, key=lambda a: (a.completeness, a.program.id))))
