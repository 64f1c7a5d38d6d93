"""Gates, criteria and ranking: the Bewertungsskala applied to one sponsor's answers.

Each gate and criterion kind is a rule module in ``fundmatch.rules``; this module runs them
and turns their levels into points. An unknown fact is not rewarded: it earns the level the
catalogue's programmes typically reach on that criterion for this sponsor (the median of the
known levels), never more, pulled towards the neutral level in proportion to how few
programmes state the fact (see ``typical_levels``). Beside every score stands the range it
could still take once the unknown facts are known.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from fundmatch.gcpause import gc_paused
from fundmatch.i18n import Msg, msg
from fundmatch.models import Answers, Band, Criterion, Gate, Program, ProgramStatus, Rubric
from fundmatch.rules.base import ELIGIBILITY_ORDER, OpenFact, Outcome, Verdict
from fundmatch.rules.context import Context
from fundmatch.rules.deadline import earliest_start, next_deadline
from fundmatch.rules.grant_range import requested_for

__all__ = [
    "ELIGIBILITY_ORDER",
    "STALE_AFTER_DAYS",
    "Context",
    "CriterionResult",
    "GateResult",
    "Outcome",
    "ProgramScore",
    "earliest_start",
    "next_deadline",
    "rank",
    "requested_for",
    "score_program",
]

STALE_AFTER_DAYS = 365


class GateResult(NamedTuple):
    gate: Gate
    outcome: Outcome
    reason: Msg
    open: OpenFact | None = None


class CriterionResult(NamedTuple):
    criterion: Criterion
    level: int  # for an unknown fact: the typical level, rounded
    known: bool
    points: float  # weight × normalised level, so the points of all criteria add up to the score
    reason: Msg
    open: OpenFact | None = None


@dataclass(frozen=True)
class ProgramScore:
    program: Program
    gates: tuple[GateResult, ...]
    criteria: tuple[CriterionResult, ...]
    score: float
    score_low: float  # the score if every unknown fact turned out worst
    score_high: float  # … and best
    confidence: float  # share of the weights whose facts are known, 0–100
    eligibility: Outcome
    band: Band | None  # None for an ended programme: it has no suitability to rate
    warnings: tuple[Msg, ...]
    next_deadline: dt.date | None

    @property
    def sort_key(self) -> tuple[int, float, float, str]:
        """Eligible before prüfen before ineligible; then score, confidence, id."""
        return (ELIGIBILITY_ORDER[self.eligibility], -self.score, -self.confidence, self.program.id)

    @property
    def open_facts(self) -> list[OpenFact]:
        """What is still open: the facts behind every *prüfen* gate, then the unknown facts
        that decide most points, heaviest first."""
        found = [g.open for g in self.gates if g.outcome is Outcome.CHECK and g.open is not None]
        unknown = sorted(
            (c for c in self.criteria if not c.known and c.open), key=lambda c: -c.criterion.weight
        )
        found += [c.open for c in unknown if c.open is not None]
        return list({fact.fact: fact for fact in found}.values())


def evaluate(program: Program, ctx: Context) -> tuple[list[GateResult], list[tuple[Criterion, Verdict]]]:
    """First pass: every gate's outcome and every criterion's verdict (unknown stays None)."""
    gates = [GateResult(gate, *rule.check(program, ctx, params, gate)) for gate, rule, params in ctx.gates]
    verdicts = [
        (criterion, rule.check(program, ctx, params, criterion)) for criterion, rule, params in ctx.criteria
    ]
    return gates, verdicts


def finish(
    program: Program, ctx: Context, gates: list[GateResult], verdicts: list[tuple[Criterion, Verdict]]
) -> ProgramScore:
    """Second pass: points with unknown facts at their typical level, the range, the band."""
    scale = ctx.rubric.scale
    low, high, neutral = scale.lowest, scale.highest, scale.neutral
    span = high - low
    results = []
    worst = best = 0.0
    for criterion, verdict in verdicts:
        known = verdict.value is not None
        if known:
            level: float = max(low, min(high, verdict.value))
            worst += criterion.weight * (level - low) / span
            best += criterion.weight * (level - low) / span
        else:
            level = ctx.typical.get(criterion.id, neutral)
            best += criterion.weight
        points = criterion.weight * (level - low) / span
        results.append(CriterionResult(criterion, round(level), known, points, verdict.reason, verdict.open))
    factor = 100 / ctx.total_weight
    score = round(sum(r.points for r in results) * factor, 1)
    confidence = round(sum(r.criterion.weight for r in results if r.known) * factor)
    outcomes = {g.outcome for g in gates}
    eligibility = (
        Outcome.NO if Outcome.NO in outcomes else Outcome.CHECK if Outcome.CHECK in outcomes else Outcome.YES
    )
    upcoming = next_deadline(program, ctx.today)
    ended = program.status is ProgramStatus.ENDED
    return ProgramScore(
        program,
        tuple(gates),
        tuple(results),
        score,
        round(worst * factor, 1),
        round(best * factor, 1),
        confidence,
        eligibility,
        None if ended else band_for(score, ctx.rubric),
        warnings_for(program, ctx.today, upcoming),
        upcoming,
    )


def score_program(program: Program, ctx: Context) -> ProgramScore:
    """Apply every gate and criterion of the rubric to one programme."""
    return finish(program, ctx, *evaluate(program, ctx))


def typical_levels(
    verdicts: Iterable[Sequence[tuple[Criterion, Verdict]]], rubric: Rubric
) -> dict[str, float]:
    """The level an unknown fact earns, per criterion: the median level of the programmes
    that state the fact (for this sponsor), shrunk towards neutral with the weight of
    ``scale.unknown_prior`` programmes when above it — and never above the median, so a
    programme that knows less never outranks an otherwise equal one with a typical value."""
    levels: dict[str, list[int]] = {}
    for row in verdicts:
        for criterion, verdict in row:
            if verdict.value is not None:
                levels.setdefault(criterion.id, []).append(verdict.value)
    neutral, prior = rubric.scale.neutral, rubric.scale.unknown_prior
    typical = {}
    for criterion_id, known in levels.items():
        median = statistics.median_low(known)
        shrink = len(known) / (len(known) + prior)
        typical[criterion_id] = median if median <= neutral else neutral + shrink * (median - neutral)
    return typical


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


def context(programs: Sequence[Program], rubric: Rubric, answers: Answers, today: dt.date) -> Context:
    """A ranking's context, with the typical levels of this catalogue for these answers."""
    ctx = Context.build(rubric, answers, today)
    with gc_paused():
        ctx.typical = typical_levels((evaluate(p, ctx)[1] for p in programs), rubric)
    return ctx


def rank(programs: Iterable[Program], rubric: Rubric, answers: Answers, today: dt.date) -> list[ProgramScore]:
    """Score every programme and sort: eligible, then prüfen, then ineligible; by score."""
    ctx = Context.build(rubric, answers, today)
    with gc_paused():
        first = [(p, *evaluate(p, ctx)) for p in programs]
        ctx.typical = typical_levels((verdicts for _, _, verdicts in first), rubric)
        return sorted(
            (finish(p, ctx, gates, verdicts) for p, gates, verdicts in first), key=lambda s: s.sort_key
        )
