"""Gates, criteria and ranking: the Bewertungsskala applied to one sponsor's answers.

Pure functions: data in, data out. Each gate and criterion kind is a small function that
returns an outcome or level *and* the reason for it, as a message rendered later in German
or English. An unknown fact gives the scale's neutral level and is counted against the
confidence figure; it is never treated as good.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from fundmatch.facts import own_share_pct
from fundmatch.gcpause import gc_paused
from fundmatch.i18n import Eur, Months, Msg, Pct, msg
from fundmatch.models import (
    DEFAULT_PARAMS,
    Answers,
    Band,
    Criterion,
    CriterionKind,
    Effort,
    FundingType,
    Gate,
    GateKind,
    PartnerKind,
    PaymentMode,
    Program,
    ProgramStatus,
    Rubric,
    Term,
)

STALE_AFTER_DAYS = 365
Params = dict[str, float | str | bool | list[float]]


class Outcome(StrEnum):
    """A gate's answer: ja, nein, or prüfen (a fact is unknown on either side)."""

    YES = "yes"
    CHECK = "check"
    NO = "no"


ELIGIBILITY_ORDER = {Outcome.YES: 0, Outcome.CHECK: 1, Outcome.NO: 2}


# Named tuples: one of each per gate and criterion of every programme (see Msg).
class GateResult(NamedTuple):
    gate: Gate
    outcome: Outcome
    reason: Msg


class CriterionResult(NamedTuple):
    criterion: Criterion
    level: int
    known: bool
    points: float  # weight × normalised level, so the points of all criteria add up to the score
    reason: Msg


@dataclass(frozen=True)
class ProgramScore:
    program: Program
    gates: tuple[GateResult, ...]
    criteria: tuple[CriterionResult, ...]
    score: float
    confidence: float
    eligibility: Outcome
    band: Band
    warnings: tuple[Msg, ...]
    next_deadline: dt.date | None

    @property
    def sort_key(self) -> tuple[int, float, float, str]:
        """Eligible before prüfen before ineligible; then score, confidence, id."""
        return (ELIGIBILITY_ORDER[self.eligibility], -self.score, -self.confidence, self.program.id)


@dataclass
class Context:
    """What every gate and criterion may consult besides the programme and the answers."""

    rubric: Rubric
    answers: Answers
    today: dt.date
    location_regions: frozenset[str] = frozenset()
    location_inner: frozenset[str] = frozenset()  # regions inside the sponsor's location
    labels: dict[str, dict[str, Term]] = field(default_factory=dict)
    # Worked out once per ranking instead of once per programme:
    region_names: dict[str, str] = field(default_factory=dict)
    criteria: list[tuple[Criterion, CriterionCheck, Params]] = field(default_factory=list)
    total_weight: float = 100.0
    _broader: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, rubric: Rubric, answers: Answers, today: dt.date) -> Context:
        v = rubric.vocabularies
        parents = {r.id: r.parent for r in v.regions}
        location = answers.organisation.location
        outer: set[str] = set()
        inner: set[str] = set()
        if location is not None:
            region: str | None = location
            while region is not None and region not in outer:
                outer.add(region)
                region = parents.get(region)
            outer |= {r.id for r in v.regions if set(r.members) & outer}
            for r in v.regions:
                ancestor = r.parent
                while ancestor is not None and ancestor not in inner:
                    if ancestor == location:
                        inner.add(r.id)
                        break
                    ancestor = parents.get(ancestor)
        labels = {
            name: {term.id: term for term in getattr(v, name)}
            for name in ("legal_forms", "statuses", "themes", "target_groups", "cost_types")
        }
        criteria = [(c, CRITERIA[c.kind], {**DEFAULT_PARAMS[c.kind], **c.params}) for c in rubric.criteria]
        names = {r.id: r.name for r in v.regions}
        weight = sum(c.weight for c in rubric.criteria)
        return cls(
            rubric, answers, today, frozenset(outer), frozenset(inner), labels, names, criteria, weight
        )

    def with_broader(self, target_groups: Iterable[str]) -> frozenset[str]:
        """Target groups with every group that includes them (Geflüchtete → Zugewanderte)."""
        key = tuple(target_groups)
        if key not in self._broader:
            known = self.labels["target_groups"]
            found: set[str] = set()
            todo = list(key)
            while todo:
                group = todo.pop()
                if group not in found:
                    found.add(group)
                    todo += known[group].broader if group in known else []
            self._broader[key] = frozenset(found)
        return self._broader[key]

    def terms(self, vocabulary: str, ids: Iterable[str]) -> list[object]:
        """Labels of vocabulary ids (bilingual), for messages."""
        known = self.labels[vocabulary]
        return [known[i].label if i in known else i for i in ids]


# --- gates -------------------------------------------------------------------------------

GateCheck = Callable[[Program, Context], tuple[Outcome, Msg]]


def gate_legal_form(program: Program, ctx: Context) -> tuple[Outcome, Msg]:
    """Legal form and required status; a known "no" on either beats an unknown on the other."""
    org = ctx.answers.organisation
    forms = program.applicants.legal_forms
    missing = [s for s in program.applicants.statuses if org.statuses is None or s not in org.statuses]
    required = ctx.terms("statuses", missing)
    if forms is not None and org.legal_form is not None and org.legal_form not in forms:
        return Outcome.NO, msg("gate.legal_form.no", allowed=ctx.terms("legal_forms", forms))
    if missing and org.statuses is not None:
        return Outcome.NO, msg("gate.status_required.no", required=required)
    if forms is None:
        return Outcome.CHECK, msg("gate.legal_form.unknown_program")
    if org.legal_form is None:
        return Outcome.CHECK, msg("gate.legal_form.unknown_answer")
    if missing:
        return Outcome.CHECK, msg("gate.status_required.unknown", required=required)
    return Outcome.YES, msg("gate.legal_form.yes", form=ctx.terms("legal_forms", [org.legal_form]))


def gate_region(program: Program, ctx: Context) -> tuple[Outcome, Msg]:
    if program.regions is None:
        return Outcome.CHECK, msg("gate.region.unknown_program")
    if ctx.answers.organisation.location is None:
        return Outcome.CHECK, msg("gate.region.unknown_answer")
    areas = [ctx.region_names.get(r, r) for r in program.regions]
    if set(program.regions) & ctx.location_regions:
        return Outcome.YES, msg("gate.region.yes", areas=areas)
    if set(program.regions) & ctx.location_inner:
        return Outcome.CHECK, msg("gate.region.partly", areas=areas)
    return Outcome.NO, msg("gate.region.no", areas=areas)


def gate_status(program: Program, ctx: Context) -> tuple[Outcome, Msg]:
    if program.status is ProgramStatus.ENDED:
        return Outcome.NO, msg("gate.status.ended")
    if program.valid_until is not None and program.valid_until < ctx.today:
        return Outcome.NO, msg("gate.status.expired", date=program.valid_until)
    if program.valid_from is not None and program.valid_from > ctx.today:
        return Outcome.CHECK, msg("gate.status.not_yet", date=program.valid_from)
    if program.status is ProgramStatus.CLOSED:
        return Outcome.CHECK, msg("gate.status.closed")
    return Outcome.YES, msg("gate.status.open")


def gate_target_groups(program: Program, ctx: Context) -> tuple[Outcome, Msg]:
    if not program.target_groups_only:
        return Outcome.YES, msg("gate.target.open")
    wanted = ctx.answers.needs.target_groups
    groups = ctx.terms("target_groups", program.target_groups)
    if not wanted:
        return Outcome.CHECK, msg("gate.target.unknown", groups=groups)
    if ctx.with_broader(wanted) & set(program.target_groups):
        return Outcome.YES, msg("gate.target.yes", groups=groups)
    # The project's group contains the programme's (young people up to 27 ⊃ children):
    # part of the project may fit.
    if set(wanted) & ctx.with_broader(program.target_groups):
        return Outcome.CHECK, msg("gate.target.partly", groups=groups)
    return Outcome.NO, msg("gate.target.no", groups=groups)


def requested_for(program: Program, answers: Answers) -> float | None:
    """The requested amount on the programme's terms: per year where its limits are per year."""
    requested = answers.budget.requested_eur
    months = answers.timing.duration_months
    if requested is not None and program.funding.per_year and months:
        return requested / max(1.0, months / 12)
    return requested


def amount(value: float | None, program: Program) -> object:
    """An amount as the programme states it: ``100.000 € je Jahr`` where limits are yearly."""
    return (
        msg("amount.per_year", amount=Eur(value))
        if program.funding.per_year and value is not None
        else Eur(value)
    )


def gate_grant_range(program: Program, ctx: Context) -> tuple[Outcome, Msg]:
    requested = requested_for(program, ctx.answers)
    low, high = program.funding.min_eur, program.funding.max_eur
    if requested is None:
        return Outcome.CHECK, msg("gate.grant.unknown_answer")
    if low is not None and requested < low:
        return Outcome.NO, msg(
            "gate.grant.below", requested=amount(requested, program), min=amount(low, program)
        )
    if high is not None and requested > high:
        return Outcome.NO, msg(
            "gate.grant.above", requested=amount(requested, program), max=amount(high, program)
        )
    if low is None or high is None:
        # "Bis zu 3.000 €" does not say there is no minimum: an unknown bound is checked.
        return Outcome.CHECK, msg(
            "gate.grant.unknown_program", min=amount(low, program), max=amount(high, program)
        )
    limits = {"min": amount(low, program), "max": amount(high, program)}
    return Outcome.YES, msg("gate.grant.yes", requested=amount(requested, program), **limits)


GATES: dict[GateKind, GateCheck] = {
    GateKind.LEGAL_FORM: gate_legal_form,
    GateKind.REGION: gate_region,
    GateKind.STATUS: gate_status,
    GateKind.TARGET_GROUPS: gate_target_groups,
    GateKind.GRANT_RANGE: gate_grant_range,
}


# --- criteria ----------------------------------------------------------------------------

Level = int | None  # None: a fact is unknown, so the neutral level is used
CriterionCheck = Callable[[Program, Context, Params, Criterion], tuple[Level, Msg]]


def _num(params: Params, name: str) -> float:
    value = params[name]
    assert isinstance(value, int | float)
    return float(value)


def _steps(params: Params, name: str) -> list[float]:
    value = params[name]
    assert isinstance(value, list)
    return value


def _level_by_steps(value: float, steps: Sequence[float], best: int = 5) -> int:
    """``best`` if value ≤ steps[0], one less for each further step passed, at least 1."""
    for i, step in enumerate(steps):
        if value <= step:
            return best - i
    return max(1, best - len(steps))


def criterion_own_share(program: Program, ctx: Context, params: Params, _: Criterion) -> tuple[Level, Msg]:
    share = own_share_pct(program)
    if share is None:
        return None, msg("crit.own_share.unknown")
    if share == 0:
        return 5, msg("crit.own_share.none")
    level = _level_by_steps(share, _steps(params, "share_steps"))
    res = ctx.answers.resources
    total = ctx.answers.budget.total_eur
    if total is None or res.own_funds_eur is None:
        return level, msg("crit.own_share.share", share=Pct(share))
    required = total * share / 100
    in_kind = (
        (res.volunteer_hours or 0) * _num(params, "volunteer_hour_eur")
        if program.funding.in_kind_counts
        else 0
    )
    available = res.own_funds_eur + in_kind
    if available >= required:
        key = "crit.own_share.covered_in_kind" if in_kind else "crit.own_share.covered"
        return level, msg(key, share=Pct(share), required=Eur(required), available=Eur(available))
    level = max(1, level - int(_num(params, "shortfall_penalty")))
    return level, msg(
        "crit.own_share.shortfall", share=Pct(share), required=Eur(required), available=Eur(available)
    )


def criterion_liquidity(program: Program, ctx: Context, params: Params, _: Criterion) -> tuple[Level, Msg]:
    mode = program.funding.payment
    months = ctx.answers.resources.prefinance_months
    if mode is None:
        return None, msg("crit.liquidity.unknown")
    if mode is PaymentMode.ADVANCE:
        return 5, msg("crit.liquidity.advance")
    if months is None:
        return None, msg("crit.liquidity.unknown_answer", mode=msg(f"payment.{mode.value}"))
    if mode is PaymentMode.CALL_OFF:
        level = 4 if months >= _num(params, "call_off_months") else 3
        return level, msg("crit.liquidity.call_off", months=Months(months))
    duration = ctx.answers.timing.duration_months or program.duration.max_months or 12
    if months >= duration:
        return 3, msg("crit.liquidity.reimbursement_ok", months=float(months), duration=duration)
    level = 2 if months >= duration / 2 else 1
    return level, msg("crit.liquidity.reimbursement_short", months=float(months), duration=duration)


def criterion_grant_size(program: Program, ctx: Context, params: Params, _: Criterion) -> tuple[Level, Msg]:
    low, high = program.funding.min_eur, program.funding.max_eur
    requested = requested_for(program, ctx.answers)
    if program.funding.type is FundingType.PREIS:
        return 1, msg("crit.grant.prize")
    if low is None:
        if high is not None and requested is not None and requested <= high:
            return None, msg("crit.grant.min_unknown", max=amount(high, program))
        return None, msg("crit.grant.unknown")
    level = _level_by_steps(low, _steps(params, "floor_steps"))
    if requested is not None and requested < low:
        return 1, msg("crit.grant.below", min=amount(low, program), requested=amount(requested, program))
    if requested is not None and high is not None and requested > high:
        return min(level, 2), msg(
            "crit.grant.above", max=amount(high, program), requested=amount(requested, program)
        )
    return level, msg("crit.grant.range", min=amount(low, program), max=amount(high, program))


def next_deadline(program: Program, today: dt.date) -> dt.date | None:
    """The next fixed or yearly deadline on or after ``today``."""
    upcoming = [d for d in program.deadlines.dates if d >= today]
    for month_day in program.deadlines.yearly:
        month, day = (int(x) for x in month_day.split("-"))
        for year in (today.year, today.year + 1, today.year + 2):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:  # 29 February in a common year
                continue
            if candidate >= today:
                upcoming.append(candidate)
                break
    return min(upcoming, default=None)


def earliest_start(program: Program, deadline: dt.date, params: Params) -> dt.date:
    """The earliest start after a deadline: the programme's own lead time, else the rubric's."""
    weeks = program.deadlines.decision_weeks
    days = weeks * 7 if weeks is not None else _num(params, "decision_days")
    try:
        return deadline + dt.timedelta(days=days)
    except OverflowError:  # a deadline at the end of the calendar
        return dt.date.max


def criterion_deadline(program: Program, ctx: Context, params: Params, _: Criterion) -> tuple[Level, Msg]:
    if program.status is ProgramStatus.ENDED:
        return 1, msg("crit.deadline.ended")
    if program.deadlines.rolling:
        return 5, msg("crit.deadline.rolling")
    upcoming = next_deadline(program, ctx.today)
    if upcoming is None:
        if program.status is ProgramStatus.CLOSED or program.deadlines.dates:
            return 1, msg("crit.deadline.none_open")
        return None, msg("crit.deadline.unknown")
    horizon = (
        ctx.today + dt.timedelta(days=365)
        if ctx.today < dt.date.max - dt.timedelta(days=365)
        else dt.date.max
    )
    per_year = len(program.deadlines.yearly) + sum(ctx.today <= d < horizon for d in program.deadlines.dates)
    level = 4 if per_year >= _num(params, "frequent_per_year") else 3
    start = ctx.answers.timing.start
    if start is not None and earliest_start(program, upcoming, params) > start:
        return 2, msg("crit.deadline.too_late", deadline=upcoming, start=start)
    return level, msg("crit.deadline.reachable", deadline=upcoming, count=per_year)


def criterion_theme_fit(program: Program, ctx: Context, params: Params, _: Criterion) -> tuple[Level, Msg]:
    needs = ctx.answers.needs
    if not needs.themes and not needs.target_groups:
        return None, msg("crit.fit.unknown")
    theme_fit = group_fit = None
    shared_themes = [t for t in needs.themes if t in program.themes]
    if needs.themes:
        theme_fit = len(shared_themes) / len(needs.themes)
    shared_groups = [g for g in needs.target_groups if ctx.with_broader([g]) & set(program.target_groups)]
    if needs.target_groups:
        open_to_all = not program.target_groups or "alle" in program.target_groups
        group_fit = (
            _num(params, "open_target_fit")
            if open_to_all and not shared_groups
            else (len(shared_groups) / len(needs.target_groups))
        )
    share = _num(params, "theme_share")
    if theme_fit is None:
        combined = group_fit or 0.0
    elif group_fit is None:
        combined = theme_fit
    else:
        combined = share * theme_fit + (1 - share) * group_fit
    level = 1 + round(4 * combined)
    themes = ctx.terms("themes", shared_themes) if shared_themes else [msg("none")]
    groups = ctx.terms("target_groups", shared_groups) if shared_groups else [msg("none")]
    return level, msg("crit.fit.overlap", themes=themes, groups=groups)


def criterion_duration(program: Program, ctx: Context, params: Params, _: Criterion) -> tuple[Level, Msg]:
    months = ctx.answers.timing.duration_months
    low, high = program.duration.min_months, program.duration.max_months
    if months is None:
        return None, msg("crit.duration.unknown_answer")
    if low is None and high is None:
        return None, msg("crit.duration.unknown")
    if low is not None and months < low:
        return 2, msg("crit.duration.too_short", months=Months(months), min=Months(low))
    if high is not None and months > high:
        level = 2 if months <= 2 * high else 1
        return level, msg("crit.duration.too_long", months=Months(months), max=Months(high))
    multi_year = high is not None and high >= _num(params, "multi_year_months")
    return (5 if multi_year else 4), msg("crit.duration.fits", months=Months(months))


def criterion_participants(program: Program, ctx: Context, params: Params, _: Criterion) -> tuple[Level, Msg]:
    minimum = program.participants_min
    expected = ctx.answers.needs.participants
    if minimum is None:
        return None, msg("crit.participants.unknown")
    if minimum == 0:
        return 5, msg("crit.participants.none")
    if expected is None:
        return None, msg("crit.participants.unknown_answer", min=minimum)
    if expected >= 1.25 * minimum:
        level = 4
    elif expected >= minimum:
        level = 3
    else:
        level = 2 if expected >= _num(params, "near_share") * minimum else 1
    return level, msg("crit.participants.compare", min=minimum, expected=expected)


def criterion_partners(program: Program, ctx: Context, params: Params, _: Criterion) -> tuple[Level, Msg]:
    required, kind = program.partners.required_min, program.partners.kind
    res = ctx.answers.resources
    if required is None:
        return None, msg("crit.partners.unknown")
    if required == 0:
        return 5, msg("crit.partners.none")
    if kind is PartnerKind.TRANSNATIONAL:
        if res.transnational_partners is None:
            return None, msg("crit.partners.unknown_answer", required=required)
        key = (
            "crit.partners.transnational_ok"
            if res.transnational_partners
            else "crit.partners.transnational_missing"
        )
        return (3 if res.transnational_partners else 1), msg(key, required=required)
    if res.partners is None:
        return None, msg("crit.partners.unknown_answer", required=required)
    local = kind in (None, PartnerKind.LOCAL)
    if res.partners >= required:
        return (4 if local else 3), msg("crit.partners.enough", required=required, have=res.partners)
    return (2 if local else 1), msg("crit.partners.missing", required=required, have=res.partners)


def criterion_cost_types(program: Program, ctx: Context, params: Params, _: Criterion) -> tuple[Level, Msg]:
    needed = ctx.answers.needs.cost_types
    eligible = program.funding.eligible_costs
    if not needed:
        return None, msg("crit.costs.unknown_answer")
    if eligible is None:
        return None, msg("crit.costs.unknown")
    covered = [c for c in needed if c in eligible]
    missing = [c for c in needed if c not in eligible]
    level = 1 + round(4 * len(covered) / len(needed))
    if not missing:
        return level, msg("crit.costs.all")
    return level, msg("crit.costs.missing", missing=ctx.terms("cost_types", missing))


def criterion_start_rule(program: Program, ctx: Context, params: Params, _: Criterion) -> tuple[Level, Msg]:
    allowed = program.start_before_approval
    started = ctx.answers.timing.already_started
    if allowed is None:
        return None, msg("crit.start.unknown")
    if allowed:
        return 5, msg("crit.start.allowed")
    if started is None:
        return None, msg("crit.start.unknown_answer")
    return (1 if started else 3), msg("crit.start.started" if started else "crit.start.wait")


def criterion_curated(
    program: Program, ctx: Context, params: Params, criterion: Criterion
) -> tuple[Level, Msg]:
    rating = program.ratings.get(criterion.id)
    if rating is None:
        return None, msg("crit.curated.unknown")
    level = rating.level
    effort = ctx.answers.effort
    if params.get("effort_sensitive") and effort is not None:
        # A sponsor ready for more effort loses less by a heavy procedure, and vice versa.
        if effort is Effort.HIGH and level < 5:
            return level + 1, msg("crit.curated.effort_high", reason=rating.reason)
        if effort is Effort.LOW and level <= 3:
            return max(1, level - 1), msg("crit.curated.effort_low", reason=rating.reason)
    return level, msg("crit.curated.rated", reason=rating.reason)


CRITERIA: dict[CriterionKind, CriterionCheck] = {
    CriterionKind.OWN_SHARE: criterion_own_share,
    CriterionKind.LIQUIDITY: criterion_liquidity,
    CriterionKind.GRANT_SIZE: criterion_grant_size,
    CriterionKind.DEADLINE: criterion_deadline,
    CriterionKind.THEME_FIT: criterion_theme_fit,
    CriterionKind.DURATION: criterion_duration,
    CriterionKind.PARTICIPANTS: criterion_participants,
    CriterionKind.PARTNERS: criterion_partners,
    CriterionKind.COST_TYPES: criterion_cost_types,
    CriterionKind.START_RULE: criterion_start_rule,
    CriterionKind.CURATED: criterion_curated,
}


# --- score and rank ----------------------------------------------------------------------


def warnings_for(program: Program, today: dt.date, upcoming: dt.date | None) -> tuple[Msg, ...]:
    """Freshness: old data, ended programmes, passed deadlines."""
    found = []
    checked = max(source.checked for source in program.sources)
    if (today - checked).days > STALE_AFTER_DAYS:
        found.append(msg("warn.stale", date=checked))
    if program.status is ProgramStatus.ENDED or (program.valid_until and program.valid_until < today):
        found.append(msg("warn.ended"))
    elif program.deadlines.dates and upcoming is None and not program.deadlines.rolling:
        found.append(msg("warn.deadline_passed", date=max(program.deadlines.dates)))
    return tuple(found)


def band_for(score: float, rubric: Rubric) -> Band:
    """The highest band whose minimum the score reaches."""
    for band in sorted(rubric.bands, key=lambda b: -b.min_score):
        if score >= band.min_score:
            return band
    return rubric.bands[-1]  # unreachable: the rubric check demands a band from 0


def score_program(program: Program, ctx: Context) -> ProgramScore:
    """Apply every gate and criterion of the rubric to one programme."""
    rubric = ctx.rubric
    gates = tuple(GateResult(g, *GATES[g.kind](program, ctx)) for g in rubric.gates)
    low, high = rubric.scale.lowest, rubric.scale.highest
    results = []
    for criterion, check, params in ctx.criteria:
        level, reason = check(program, ctx, params, criterion)
        known = level is not None
        level = rubric.scale.neutral if level is None else max(low, min(high, level))
        points = criterion.weight * (level - low) / (high - low)
        results.append(CriterionResult(criterion, level, known, points, reason))
    score = round(sum(r.points for r in results) * 100 / ctx.total_weight, 1)
    confidence = round(sum(r.criterion.weight for r in results if r.known) * 100 / ctx.total_weight)
    outcomes = {g.outcome for g in gates}
    eligibility = (
        Outcome.NO if Outcome.NO in outcomes else Outcome.CHECK if Outcome.CHECK in outcomes else Outcome.YES
    )
    upcoming = next_deadline(program, ctx.today)
    return ProgramScore(
        program,
        gates,
        tuple(results),
        score,
        confidence,
        eligibility,
        band_for(score, rubric),
        warnings_for(program, ctx.today, upcoming),
        upcoming,
    )


def rank(programs: Iterable[Program], rubric: Rubric, answers: Answers, today: dt.date) -> list[ProgramScore]:
    """Score every programme and sort: eligible, then prüfen, then ineligible; by score."""
    ctx = Context.build(rubric, answers, today)
    with gc_paused():
        return sorted((score_program(p, ctx) for p in programs), key=lambda s: s.sort_key)
