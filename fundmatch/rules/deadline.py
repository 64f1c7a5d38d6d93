"""Criterion: deadlines — applications at any time, frequent dates, or one that comes too late
for the planned start."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Sequence

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
    return _next(program.deadlines.dates, program.deadlines.yearly, today)


def _next(dates: Sequence[dt.date], yearly: Sequence[str], today: dt.date) -> dt.date | None:
    upcoming = [d for d in dates if d >= today]
    for month_day in yearly:
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
    return _start_after(deadline, program.deadlines.decision_weeks, decision_days)


def _start_after(deadline: dt.date, weeks: float | None, decision_days: float) -> dt.date:
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
    per_year = _per_year(program.deadlines.dates, program.deadlines.yearly, ctx.today)
    level = 4 if per_year >= params.frequent_per_year else 3
    start = ctx.answers.timing.start
    if start is not None and earliest_start(program, upcoming, params.decision_days) > start:
        return Verdict(2, msg("crit.deadline.too_late", deadline=upcoming, start=start))
    return Verdict(level, msg("crit.deadline.reachable", deadline=upcoming, count=per_year))


def _per_year(dates: Sequence[dt.date], yearly: Sequence[str], today: dt.date) -> int:
    """The deadlines in the coming year: every yearly one, and the dates before the horizon."""
    horizon = today + dt.timedelta(days=365) if today < dt.date.max - dt.timedelta(days=365) else dt.date.max
    return len(yearly) + sum(today <= d < horizon for d in dates)


# The deadlines as a programme states them (status, rolling, dates, yearly dates, weeks to a
# decision), and as they stand on a day (the next date and how many come in the year).
DeadlineKey = tuple[ProgramStatus, bool | None, tuple[dt.date, ...], tuple[str, ...], float | None]
Dated = tuple[ProgramStatus, bool | None, dt.date | None, int, float | None, bool]


def key(program: Program, item_id: str) -> DeadlineKey:
    deadlines = program.deadlines
    return (
        program.status,
        deadlines.rolling,
        tuple(deadlines.dates),
        tuple(deadlines.yearly),
        deadlines.decision_weeks,
    )


def on_date(key: DeadlineKey, today: dt.date) -> Dated:
    """What the check reads of the deadlines on ``today``: the next one and how many come
    in the year, not every date."""
    status, rolling, dates, yearly, decision_weeks = key
    return (
        status,
        rolling,
        _next(dates, yearly, today),
        _per_year(dates, yearly, today),
        decision_weeks,
        bool(dates),
    )


def narrow(keys: Sequence[Dated], ctx: Context, params: DeadlineParams) -> list[Hashable]:
    """Of each key (what it means on the day): whether the next deadline is known, frequent,
    and too late for the planned start."""
    start, frequent, decision_days = ctx.answers.timing.start, params.frequent_per_year, params.decision_days
    return [
        (
            status,
            bool(rolling),
            upcoming is None,
            has_dates,
            per_year >= frequent,
            upcoming is not None
            and start is not None
            and _start_after(upcoming, decision_weeks, decision_days) > start,
        )
        for status, rolling, upcoming, per_year, decision_weeks, has_dates in keys
    ]


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
    key=key,
    on_date=on_date,
    narrow=narrow,
)
