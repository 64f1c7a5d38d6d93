"""Criterion: does the project's duration fit the programme's (multi-year funding is best)."""

from __future__ import annotations

from collections.abc import Iterable

from fundmatch.i18n import MonthCount, msg
from fundmatch.models import Program
from fundmatch.rules.base import Change, Fact, Number, OpenFact, Params, Rule, Side, Verdict
from fundmatch.rules.context import Context


class DurationParams(Params):
    multi_year_months: Number = 24.0  # a programme allowing this many months counts as multi-year


def check(program: Program, ctx: Context, params: DurationParams, item: object) -> Verdict:
    months = ctx.answers.timing.duration_months
    low, high = program.duration.min_months, program.duration.max_months
    if months is None:
        ask = msg("open.duration_answer")
        return Verdict(
            None, msg("crit.duration.unknown_answer"), OpenFact("timing.duration_months", Side.SPONSOR, ask)
        )
    if low is None and high is None:
        return Verdict(
            None, msg("crit.duration.unknown"), OpenFact("duration", Side.PROGRAM, msg("open.duration"))
        )
    if low is not None and months < low:
        return Verdict(2, msg("crit.duration.too_short", months=MonthCount(months), min=MonthCount(low)))
    if high is not None and months > high:
        level = 2 if months <= 2 * high else 1
        return Verdict(level, msg("crit.duration.too_long", months=MonthCount(months), max=MonthCount(high)))
    multi_year = high is not None and high >= params.multi_year_months
    return Verdict(5 if multi_year else 4, msg("crit.duration.fits", months=MonthCount(months)))


def suggest(program: Program, ctx: Context, params: DurationParams) -> Iterable[Change]:
    longest, months = program.duration.max_months, ctx.answers.timing.duration_months
    if longest is not None and months is not None and months > longest:
        yield Change(msg("impr.shorter", months=longest), {"timing": {"duration_months": longest}})


RULE = Rule(
    "duration",
    "criterion",
    check,
    facts=(
        Fact(
            "duration",
            stated=lambda p: p.duration.min_months is not None or p.duration.max_months is not None,
        ),
    ),
    params=DurationParams,
    suggest=suggest,
    reads=frozenset({"timing.duration_months"}),
    key=lambda program, _: (program.duration.min_months, program.duration.max_months),
)
