"""The catalogue's data quality, as a work list for staff: per programme the missing facts by
name, the recorded conflicts, deadlines passed and coming, what needs checking, and one next
step; programmes sorted by urgency."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from fundmatch import rules
from fundmatch.facts import evidence_for
from fundmatch.i18n import Msg, msg
from fundmatch.models import Program, ProgramStatus
from fundmatch.scoring import STALE_AFTER_DAYS, next_deadline

SOON_DAYS = 60
LEAST_COMPLETE_SHOWN = 10

# A URL "looks broken" when it could not work as written or points nowhere real. Whether it
# still answers is for ``programs audit --online`` (fundmatch.linkcheck).
_HOST = re.compile(r"^https?://([^/:?#]+)")
_PLACEHOLDER_HOSTS = ("example.org", "example.com", "localhost")


class Urgency(IntEnum):
    """Why a programme is on the work list, most urgent first (lower sorts first)."""

    WRONG_STATUS = 0  # ended or past its last deadline but still shown as open
    DEADLINE_SOON = 1  # a deadline within SOON_DAYS, and the record is stale or incomplete
    STALE = 2  # last check more than 12 months ago
    CONFLICT = 3  # sources disagree
    BROKEN_URL = 4
    INCOMPLETE = 5
    NONE = 6


@dataclass(frozen=True)
class ProgramAudit:
    program: Program
    facts: dict[str, bool]  # every scored fact by name: known or not
    last_checked: dt.date
    stale: bool
    ended: bool
    soon: tuple[dt.date, ...]  # deadlines within SOON_DAYS
    next_deadline: dt.date | None
    last_passed: dt.date | None  # the latest fixed deadline before today
    findings: tuple[Msg, ...]  # what needs a staff member's attention
    urgency: Urgency
    next_step: Msg

    @property
    def completeness(self) -> float:
        """Share of the facts fundmatch scores on that are known, 0–1."""
        return sum(self.facts.values()) / len(self.facts) if self.facts else 1.0

    @property
    def missing(self) -> list[str]:
        """The names of the unknown facts, in the order of known_facts."""
        return [name for name, known in self.facts.items() if not known]

    @property
    def without_evidence(self) -> list[str]:
        """The known facts a gate decides on whose source the file does not name."""
        return unevidenced(self.program, self.facts)

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


def gate_facts() -> list[str]:
    """The programme facts that decide a gate (from the rules)."""
    found = [f.path for r in rules.registered() if r.role == "gate" for f in r.facts if f.counted]
    return list(dict.fromkeys(found))


def unevidenced(program: Program, facts: dict[str, bool]) -> list[str]:
    """Known gate facts without evidence: which source says who may apply, where, how much?"""
    return [fact for fact in gate_facts() if facts.get(fact) and evidence_for(program, fact) is None]


def url_problem(url: str) -> Msg | None:
    """Why a URL looks broken as written, or None."""
    host = _HOST.match(url)
    if host is None:
        return msg("audit.url.no_host")
    name = host.group(1).lower()
    if "." not in name or name.endswith(_PLACEHOLDER_HOSTS):
        return msg("audit.url.placeholder")
    if any(ch in url for ch in ' "<>{}|\\^`'):
        return msg("audit.url.characters")
    return None


def program_urls(program: Program) -> list[str]:
    """The programme's page and its sources' URLs, each once, in file order."""
    urls = [program.url] if program.url else []
    urls += [s.url for s in program.sources]
    return list(dict.fromkeys(urls))


def add_days(day: dt.date, days: int) -> dt.date:
    """``day`` plus ``days``, kept within the calendar (9999-12-31 plus 60 days stays there)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def audit_program(program: Program, today: dt.date) -> ProgramAudit:
    facts = known_facts(program)
    last = max(source.checked for source in program.sources)
    stale = (today - last).days > STALE_AFTER_DAYS
    expired = program.valid_until is not None and program.valid_until < today
    ended = program.status is ProgramStatus.ENDED or expired
    upcoming = next_deadline(program, today)
    horizon = add_days(today, SOON_DAYS)
    fixed_soon = {d for d in program.deadlines.dates if today <= d <= horizon}
    soon = tuple(sorted(fixed_soon | ({upcoming} if upcoming and upcoming <= horizon else set())))
    last_passed = max((d for d in program.deadlines.dates if d < today), default=None)
    findings: list[Msg] = []
    if stale:
        findings.append(msg("audit.stale", date=last))
    wrong_status = False
    if expired and program.status is not ProgramStatus.ENDED:
        findings.append(msg("audit.expired_not_ended", date=program.valid_until))
        wrong_status = True
    passed = program.deadlines.dates and upcoming is None and not program.deadlines.rolling
    if program.status is ProgramStatus.OPEN and passed:
        findings.append(msg("audit.open_but_passed", date=max(program.deadlines.dates)))
        wrong_status = True
    broken = [(url, problem) for url in program_urls(program) if (problem := url_problem(url))]
    findings += [msg("audit.url", url=url, problem=problem) for url, problem in broken]
    missing = [name for name, known in facts.items() if not known]
    urgency = _urgency(wrong_status, bool(soon) and (stale or bool(missing)), stale, program, broken, missing)
    step = _next_step(urgency, program, last, soon, missing)
    return ProgramAudit(
        program, facts, last, stale, ended, soon, upcoming, last_passed, tuple(findings), urgency, step
    )


def _urgency(
    wrong_status: bool,
    deadline_soon: bool,
    stale: bool,
    program: Program,
    broken: list[tuple[str, Msg]],
    missing: list[str],
) -> Urgency:
    for reason, urgency in (
        (wrong_status, Urgency.WRONG_STATUS),
        (deadline_soon, Urgency.DEADLINE_SOON),
        (stale, Urgency.STALE),
        (bool(program.conflicts), Urgency.CONFLICT),
        (bool(broken), Urgency.BROKEN_URL),
        (bool(missing), Urgency.INCOMPLETE),
    ):
        if reason:
            return urgency
    return Urgency.NONE


def _next_step(
    urgency: Urgency, program: Program, last: dt.date, soon: tuple[dt.date, ...], missing: list[str]
) -> Msg:
    """One line: the most useful thing to do next for this programme."""
    if urgency is Urgency.WRONG_STATUS:
        return msg("audit.step.status")
    if urgency is Urgency.DEADLINE_SOON:
        return msg("audit.step.before_deadline", date=soon[0])
    if urgency is Urgency.STALE:
        return msg("audit.step.recheck", date=last)
    if urgency is Urgency.CONFLICT:
        return msg("audit.step.conflict")
    if urgency is Urgency.BROKEN_URL:
        return msg("audit.step.url")
    if urgency is Urgency.INCOMPLETE:
        shown = ", ".join(missing[:3]) + (", …" if len(missing) > 3 else "")
        return msg("audit.step.complete", facts=shown)
    return msg("audit.step.none")


@dataclass(frozen=True)
class CatalogueAudit:
    programs: tuple[ProgramAudit, ...]  # most urgent first

    @property
    def needs_attention(self) -> bool:
        return any(p.needs_attention for p in self.programs)

    def least_complete(self, count: int = LEAST_COMPLETE_SHOWN) -> list[ProgramAudit]:
        """The ``count`` least complete programmes, least complete first."""
        incomplete = [p for p in self.programs if p.missing]
        return sorted(incomplete, key=lambda a: (a.completeness, a.program.id))[:count]

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
    """Audit every programme of a catalogue, most urgent first (then the nearest deadline,
    the least complete, the id)."""
    audits = [audit_program(p, today) for p in programs]
    return CatalogueAudit(tuple(sorted(audits, key=_urgency_order)))


def _urgency_order(item: ProgramAudit) -> tuple[int, dt.date, float, str]:
    return (item.urgency, item.soon[0] if item.soon else dt.date.max, item.completeness, item.program.id)
