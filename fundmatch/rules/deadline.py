"""Criterion: deadlines — applications at any time, frequent dates, or one that comes too late
for the planned start."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from fundmatch.i18n import msg
from fundmatch.models import Program, ProgramStatus
from fundmatch.rules.base import Change, Fact, Number, OpenFact, Params, Rule, Side, Verdict
from fundmatch.rules.context import Context


class DeadlineParams(Params):
    decision_days: Number = (
        56.0  # days from a deadline to the earliest start, where the programme does not say
    )
    frequent_per_year: Number = 3.0  # deadlines a year from which a programme counts as frequent


def next_deadline(program: Program, today: dt.date) -> dt.date | None:
    """The next fixed or yearly deadline on or after ``today``."""
    upcoming = [d for d in program.deadlines.dates if d >= today]
    for month_day in program.deadlines.yearly:
        month, day = (int(x) for x in month_day.split("-"))
        for year in (today.year, today.year + 1, today.year + 2):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:  # 29 February in a common year, or beyond year 9999
                continue
            if candidate >= today:
                upcoming.append(candidate)
                break
    return min(upcoming, default=None)


def earliest_start(program: Program, deadline: dt.date, decision_days: float) -> dt.date:
    """The earliest start after a deadline: the programme's own lead time, else the rubric's."""
    weeks = program.deadlines.decision_weeks
    days = weeks * 7 if weeks is not None else decision_days
    try:
        return deadline + dt.timedelta(days=days)
    except OverflowError:  # a deadline at the end of the calendar
        return dt.date.max


def check(program: Program, ctx: Context, params: DeadlineParams, item: object) -> Verdict:
    if program.status is ProgramStatus.ENDED:
        return Verdict(1, msg("crit.deadline.ended"))
    if program.deadlines.rolling:
        return Verdict(5, msg("crit.deadline.rolling"))
    upcoming = next_deadline(program, ctx.today)
    if upcoming is None:
        if program.status is ProgramStatus.CLOSED or program.deadlines.dates:
            return Verdict(1, msg("crit.deadline.none_open"))
        ask = msg("open.deadline")
        return Verdict(None, msg("crit.deadline.unknown"), OpenFact("deadlines", Side.PROGRAM, ask))
    horizon = (
        ctx.today + dt.timedelta(days=365)
        if ctx.today < dt.date.max - dt.timedelta(days=365)
        else dt.date.max
    )
    per_year = len(program.deadlines.yearly) + sum(ctx.today <= d < horizon for d in program.deadlines.dates)
    level = 4 if per_year >= params.frequent_per_year else 3
    start = ctx.answers.timing.start
    if start is not None and earliest_start(program, upcoming, params.decision_days) > start:
        return Verdict(2, msg("crit.deadline.too_late", deadline=upcoming, start=start))
    return Verdict(level, msg("crit.deadline.reachable", deadline=upcoming, count=per_year))


def suggest(program: Program, ctx: Context, params: DeadlineParams) -> Iterable[Change]:
    upcoming = next_deadline(program, ctx.today)
    start = ctx.answers.timing.start
    if upcoming is None or start is None or program.deadlines.rolling:
        return
    earliest = earliest_start(program, upcoming, params.decision_days)
    if earliest > start:
        yield Change(msg("impr.later_start", date=earliest), {"timing": {"start": earliest}})


RULE = Rule(
    "deadline",
    "criterion",
    check,
    facts=(
        Fact(
            "deadlines",
            stated=lambda p: p.deadlines.rolling is not None or bool(p.deadlines.dates or p.deadlines.yearly),
        ),
        Fact("deadlines.decision_weeks", counted=False),
    ),
    params=DeadlineParams,
    suggest=suggest,
    reads=frozenset({"timing.start"}),
    key=lambda program, _: (
        program.status,
        program.deadlines.rolling,
        tuple(program.deadlines.dates),
        tuple(program.deadlines.yearly),
        program.deadlines.decision_weeks,
    ),
)
