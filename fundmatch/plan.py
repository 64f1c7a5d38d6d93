"""From a ranking to a plan: when to start writing, when to submit, when the project can start.

No funding database we know derives the lead time from the programme's own rules; here it is:
a fixed deadline, or for applications at any time the planned start less the programme's
decision time, minus the writing time its application effort needs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fundmatch.models import Answers, Program
from fundmatch.rules.deadline import earliest_start, next_deadline

# Weeks to write an application, by the application-effort rating (5 = an informal letter,
# 1 = a multi-stage procedure with a portal); unrated: the middle.
WRITING_WEEKS = {5: 1, 4: 2, 3: 4, 2: 6, 1: 8}
EFFORT_RATING = "antragsaufwand"
DEFAULT_DECISION_DAYS = 56  # the rubric's default where a programme names no decision time


@dataclass(frozen=True)
class Timeline:
    deadline: dt.date | None  # the next fixed deadline; None for applications at any time
    submit_by: dt.date | None  # when the application must be in (for the planned start)
    write_from: dt.date | None  # when to start writing (never before today)
    earliest_start: dt.date | None  # the earliest project start the programme's rules allow
    rolling: bool
    # The planned start cannot be kept: before the earliest start a fixed deadline allows, or
    # (any time) too soon for the programme's decision time.
    late: bool = False


def writing_weeks(program: Program) -> int:
    rating = program.ratings.get(EFFORT_RATING)
    return WRITING_WEEKS.get(rating.level, 4) if rating else 4


def timeline(program: Program, answers: Answers, today: dt.date) -> Timeline:
    """The dates that matter for applying to ``program`` with this project."""
    writing = dt.timedelta(weeks=writing_weeks(program))
    decision = dt.timedelta(
        weeks=program.deadlines.decision_weeks
        if program.deadlines.decision_weeks is not None
        else DEFAULT_DECISION_DAYS / 7
    )
    deadline = next_deadline(program, today)
    rolling = bool(program.deadlines.rolling)
    start = answers.timing.start
    if deadline is not None and not rolling:
        submit_by: dt.date | None = deadline
        earliest: dt.date | None = earliest_start(program, deadline, DEFAULT_DECISION_DAYS)
    elif rolling:
        submit_by = _shift(start, -decision) if start else None
        earliest = None
    else:
        return Timeline(None, None, None, None, rolling)
    write_from = max(today, _shift(submit_by, -writing)) if submit_by else today
    if rolling:  # written from then on, decided after the programme's decision time
        earliest = _shift(write_from, writing + decision)
        late = submit_by is not None and submit_by < write_from
    else:
        late = start is not None and earliest is not None and start < earliest
    return Timeline(deadline if not rolling else None, submit_by, write_from, earliest, rolling, late)


def _shift(day: dt.date, delta: dt.timedelta) -> dt.date:
    try:
        return day + delta
    except OverflowError:  # beyond the calendar's ends
        return dt.date.max if delta > dt.timedelta(0) else dt.date.min
