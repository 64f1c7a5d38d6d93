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
from collections.abc import Collection, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import neg
from typing import Any, NamedTuple, Protocol, TypeVar

from fundmatch.columns import Compiled, compiled, in_kept_order
from fundmatch.gcpause import gc_paused
from fundmatch.i18n import Msg, msg
from fundmatch.models import Answers, Band, Criterion, Gate, Program, ProgramStatus, Rubric
from fundmatch.points import Figures, Points, level_of, points_of, typical_levels
from fundmatch.rules.base import ELIGIBILITY_ORDER, OpenFact, Outcome, Params, Rule, Verdict
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
    "Points",
    "ProgramScore",
    "biggest_hurdle",
    "earliest_start",
    "next_deadline",
    "rank",
    "rank_in",
    "refusal",
    "requested_for",
    "rerank",
    "rescore",
    "score_program",
]

STALE_AFTER_DAYS = 365
HURDLE_LEVEL = 1  # a known criterion at this level ("kaum nutzbar") can be the biggest hurdle


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

    @property
    def weight(self) -> float:
        return self.criterion.weight


class Rated(Protocol):
    """A criterion's result as any view holds it (``CriterionResult``, the report's rows)."""

    @property
    def known(self) -> bool: ...
    @property
    def level(self) -> int: ...
    @property
    def weight(self) -> float: ...
    @property
    def points(self) -> float: ...


R = TypeVar("R", bound=Rated)


def biggest_hurdle(criteria: Iterable[R]) -> R | None:
    """The known criterion at the lowest level that loses most points: what a board should
    see before it applies (a 50 % own share it cannot raise)."""
    hurdles = [c for c in criteria if c.known and c.level <= HURDLE_LEVEL]
    return max(hurdles, key=lambda c: c.weight - c.points, default=None)


def refusal(gates: Iterable[GateResult]) -> GateResult | None:
    """The *nein* to name for a programme: one that no change of the answers can lift (the
    funding area, the purpose, an ended programme) before one the sponsor could meet (found a
    Verein); of those, the first in the rubric's order."""
    from fundmatch.rules import rule_for  # the registry imports the rule modules
    from fundmatch.rules.base import no_suggestions

    refused = [g for g in gates if g.outcome is Outcome.NO]
    lasting = [g for g in refused if rule_for(g.gate.kind).suggest is no_suggestions]
    return next(iter(lasting or refused), None)


class Results(NamedTuple):
    """A programme's gates and criteria with their reasons: the second pass, built only for
    the programmes whose details are read."""

    gates: tuple[GateResult, ...]
    criteria: tuple[CriterionResult, ...]


@dataclass
class ProgramScore:
    """One programme's place in a ranking: the figures every programme gets at once, the
    gates and criteria with their reasons when first read.

    Not frozen, though nothing changes one: a frozen dataclass sets each field through
    ``object.__setattr__``, which makes building a ranking's 10,000 scores four times as
    costly (measured: 171 million instructions instead of 41)."""

    program: Program
    score: float
    confidence: float  # share of the weights whose facts are known, 0–100
    eligibility: Outcome
    band: Band | None  # None for an ended programme: it has no suitability to rate
    next_deadline: dt.date | None
    # The first pass, in the rubric's order: each gate's outcome, each criterion's level.
    outcomes: tuple[Outcome, ...] = field(repr=False, compare=False)
    levels: tuple[int | None, ...] = field(repr=False, compare=False)
    context: Context = field(repr=False, compare=False)
    points: Points = field(repr=False, compare=False)  # the context's points per level

    @property
    def sort_key(self) -> tuple[int, float, float, str]:
        (key,) = ranking_keys([self.eligibility], [self.score], [self.confidence], [self.program.id])
        return key

    @cached_property
    def score_range(self) -> tuple[float, float]:
        """The score if every unknown fact turned out worst, and if best (worked out when
        first read: a ranking sorts on the score alone)."""
        return self.points.score_range(self.levels)

    @property
    def score_low(self) -> float:
        return self.score_range[0]

    @property
    def score_high(self) -> float:
        return self.score_range[1]

    def results(self, open_only: bool = False) -> Results:
        """The gates and criteria with their reasons, worked out afresh (nothing is kept: a
        summary of every programme of a large catalogue reads them once). ``open_only``: only
        the gates that are not *ja* and the criteria whose fact is unknown — all a summary row
        shows (what blocks, what is open), at a fraction of the work."""
        ctx, program = self.context, self.program
        gates = [
            GateResult(gate, *rule.check(program, ctx, params, gate))
            for (gate, rule, params), outcome in zip(ctx.gates, self.outcomes, strict=True)
            if not open_only or outcome is not Outcome.YES
        ]
        verdicts = [
            (criterion, rule.check(program, ctx, params, criterion))
            for (criterion, rule, params), level in zip(ctx.criteria, self.levels, strict=True)
            if not open_only or level is None
        ]
        return Results(tuple(gates), tuple(criterion_results(verdicts, ctx)))

    @cached_property
    def gates_and_criteria(self) -> Results:
        """``results()``, kept once read."""
        return self.results()

    @property
    def gates(self) -> tuple[GateResult, ...]:
        return self.gates_and_criteria.gates

    @property
    def criteria(self) -> tuple[CriterionResult, ...]:
        return self.gates_and_criteria.criteria

    @property
    def warnings(self) -> tuple[Msg, ...]:
        return warnings_for(self.program, self.context.today, self.next_deadline)

    @property
    def open_facts(self) -> list[OpenFact]:
        return open_facts(self.gates_and_criteria)


def ranking_keys(
    eligibilities: Iterable[Outcome],
    scores: Iterable[float],
    confidences: Iterable[float],
    program_ids: Iterable[str],
) -> Iterator[tuple[int, float, float, str]]:
    """The order of a ranking, a key per programme from columns of its figures: eligible
    before prüfen before ineligible; then score, confidence, id."""
    order = map(ELIGIBILITY_ORDER.__getitem__, eligibilities)
    return zip(order, map(neg, scores), map(neg, confidences), program_ids, strict=True)


def open_facts(results: Results) -> list[OpenFact]:
    """What is still open: the facts behind every *prüfen* gate, then the unknown facts that
    decide most points, heaviest first."""
    found = [g.open for g in results.gates if g.outcome is Outcome.CHECK and g.open is not None]
    unknown = sorted(
        (c for c in results.criteria if not c.known and c.open), key=lambda c: -c.criterion.weight
    )
    found += [c.open for c in unknown if c.open is not None]
    return list({fact.fact: fact for fact in found}.values())


def criterion_results(verdicts: Sequence[tuple[Criterion, Verdict]], ctx: Context) -> list[CriterionResult]:
    """Each criterion's level and points, an unknown fact at its typical level."""
    return [
        CriterionResult(
            criterion,
            round(level_of(verdict.value, criterion, ctx)),
            verdict.value is not None,
            points_of(verdict.value, criterion, ctx),
            verdict.reason,
            verdict.open,
        )
        for criterion, verdict in verdicts
    ]


def score_program(program: Program, ctx: Context) -> ProgramScore:
    """Apply every gate and criterion of the rubric to one programme."""
    (score,) = _scores(_first_pass([program], ctx), Points(ctx))
    return score


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


def rank(programs: Iterable[Program], rubric: Rubric, answers: Answers, today: dt.date) -> list[ProgramScore]:
    """Score every programme and sort: eligible, then prüfen, then ineligible; by score."""
    return rank_in(programs, Context.build(rubric, answers, today))


def rank_in(programs: Iterable[Program], ctx: Context) -> list[ProgramScore]:
    """``rank`` in a given context; its typical levels are set from these programmes."""
    with gc_paused():  # a score per programme; see gcpause
        listed = programs if isinstance(programs, Sequence) else list(programs)
        first = _first_pass(listed, ctx)
        ctx.typical = typical_levels(first.levels, ctx)
        points = Points(ctx)
        figures = points.figures([outcomes for _, outcomes, _, _ in first.rows], first.levels)
        scores = _scores(first, points, figures)
        ids = [program.id for program in listed]
        order = _ranked_order(figures.eligibilities, figures.scores, figures.confidences, ids)
        return [scores[index] for index in order]


def rescore(
    before: ProgramScore, ctx: Context, changed: Collection[str], points: Points | None = None
) -> ProgramScore:
    """``before`` scored again for changed answers (``ctx``, whose typical levels are kept),
    running only the gates and criteria that read one of the ``changed`` answers; pass the
    ``points`` of ``ctx`` when scoring many programmes in it."""
    (score,) = _scores(
        _first_pass([before.program], ctx, [before], frozenset(changed)), points or Points(ctx)
    )
    return score


def rerank(
    ranking: Iterable[ProgramScore],
    ctx: Context,
    changed: Collection[str],
    wanted: Collection[str] | None = None,
) -> list[tuple[int, ProgramScore]]:
    """The places of the ``wanted`` programmes (all if None) when ``ranking`` is ranked for
    changed answers (``ctx``): only the gates and criteria that read one of the ``changed``
    answers (``section.field``) run again, the others keep their outcomes and levels; a
    programme the change leaves as it was is returned as it was (its reasons are those of
    the earlier answers), the others get a new ProgramScore — the same places and figures as
    ``rank_in``, at a fraction of its work."""
    before = list(ranking)
    programs: Sequence[Program] = [score.program for score in before]
    kept = in_kept_order(programs)
    if kept is not None:  # the ranked catalogue, put back in its order: its groups serve
        programs, order = kept
        before = [before[index] for index in order]
    first = _first_pass(programs, ctx, before, frozenset(changed))
    ctx.typical = typical_levels(first.levels, ctx)
    # A programme whose outcomes and levels did not change keeps its score (its figures,
    # unless an unknown fact's typical level moved, are the same); the others are scored.
    same_typical = bool(before) and ctx.typical == before[0].context.typical
    moved = [
        index
        for index, (old, (_program, outcomes, levels, _upcoming)) in enumerate(
            zip(before, first.rows, strict=True)
        )
        if not (same_typical and outcomes == old.outcomes and levels == old.levels)
    ]
    after = dict(zip(moved, _scores(first.only(moved), Points(ctx)), strict=True))
    scores = [after.get(index, old) for index, old in enumerate(before)]
    order = _ranked_order(
        [s.eligibility for s in scores],
        [s.score for s in scores],
        [s.confidence for s in scores],
        [s.program.id for s in scores],
    )
    return [
        (place, scores[index])
        for place, index in enumerate(order, start=1)
        if wanted is None or scores[index].program.id in wanted
    ]


def _ranked_order(
    eligibilities: list[Outcome], scores: list[float], confidences: list[float], program_ids: list[str]
) -> list[int]:
    """The programmes' indexes in the order of a ranking (``ranking_keys``), from columns."""
    keys = list(ranking_keys(eligibilities, scores, confidences, program_ids))
    return sorted(range(len(keys)), key=keys.__getitem__)


Row = tuple[Program, tuple[Outcome, ...], tuple[int | None, ...], dt.date | None]


class FirstPass(NamedTuple):
    """Each programme's outcomes and levels: ``rows`` (programme, outcomes, levels, next
    deadline), and the levels as ``levels``, a column per criterion."""

    rows: list[Row]
    levels: list[list[int | None]]

    def only(self, indexes: Sequence[int]) -> FirstPass:
        """The pass of these programmes alone."""
        return FirstPass(
            [self.rows[i] for i in indexes], [[column[i] for i in indexes] for column in self.levels]
        )


def _scores(first: FirstPass, points: Points, figures: Figures | None = None) -> list[ProgramScore]:
    """A ProgramScore for each programme of the first pass, in its order (``figures``: theirs,
    if worked out already)."""
    ctx, ended = points.ctx, ProgramStatus.ENDED
    if figures is None:
        figures = points.figures([outcomes for _, outcomes, _, _ in first.rows], first.levels)
    return [
        ProgramScore(
            program,
            score,
            confidence,
            eligibility,
            None if program.status is ended else points.band(score),  # an ended one has no suitability
            upcoming,
            outcomes,
            levels,
            ctx,
            points,
        )
        for (program, outcomes, levels, upcoming), score, confidence, eligibility in zip(
            first.rows, *figures, strict=True
        )
    ]


def _first_pass(
    programs: Sequence[Program],
    ctx: Context,
    before: Sequence[ProgramScore] = (),
    changed: frozenset[str] | None = None,
) -> FirstPass:
    """Each programme's outcomes and levels (the first pass), rule by rule: a rule with a key
    checks one programme of each group (``fundmatch.columns``).

    Only outcomes and levels are kept (the reasons of a large catalogue would fill the
    memory); reasons are built again only for the programmes whose details are read. With
    ``before`` (these programmes' earlier scores) and ``changed``, only the rules that read a
    changed answer run; the others keep their earlier outcomes and levels."""
    table = compiled(programs)
    gates, criteria = ctx.reading(changed)
    run_gates, run_criteria = {i for i, *_ in gates}, {i for i, *_ in criteria}
    with gc_paused():
        outcomes = [
            _values(table, ctx, rule, params, gate) if i in run_gates else [s.outcomes[i] for s in before]
            for i, (gate, rule, params) in enumerate(ctx.gates)
        ]
        levels = [
            _values(table, ctx, rule, params, criterion)
            if i in run_criteria
            else [s.levels[i] for s in before]
            for i, (criterion, rule, params) in enumerate(ctx.criteria)
        ]
        upcoming = [s.next_deadline for s in before] if before else table.deadlines(ctx.today)
        rows = list(zip(programs, _rows(outcomes, programs), _rows(levels, programs), upcoming, strict=True))
        return FirstPass(rows, levels)


def _values(table: Compiled, ctx: Context, rule: Rule, params: Params, item: Gate | Criterion) -> list[Any]:
    """One gate's outcome or one criterion's level for every programme of ``table``."""

    def value(program: Program) -> Any:
        return rule.check(program, ctx, params, item).value

    def narrow(keys: Sequence[Hashable]) -> list[Hashable]:
        assert rule.narrow is not None
        return rule.narrow(keys, ctx, params)

    return table.values(rule, item.id, value, narrow if rule.narrow else None, ctx.today)


def _rows(columns: list[list[Any]], programs: Sequence[Program]) -> list[tuple[Any, ...]]:
    """Columns (one per rule) turned into rows (one per programme)."""
    return list(zip(*columns, strict=True)) if columns else [()] * len(programs)
