"""What a programme would pay for this project, and what the sponsor pays itself: the money
lines of every card, report row and plan."""

from __future__ import annotations

from typing import Literal

from fundmatch.models import NOT_STATED, Answers, Budget, Program
from fundmatch.rules.grant_range import limits_for, spans
from fundmatch.rules.own_share import own_share_pct

GrantBasis = Literal["request", "capped", "rate", "up_to", "no_cap", "unknown"]


def grant_for(program: Program, answers: Answers) -> tuple[float | None, GrantBasis]:
    """The grant possible for this project: the request, up to the programme's maximum for
    this sponsor on the programme's terms (a yearly maximum for each year, a maximum per
    position for each position) and up to its share of the costs (the total less the own
    share), so that grant and own share never add up to more than the project costs."""
    request = answers.budget.requested_eur
    high = limits_for(program, answers)[1]
    if high is None:
        return None, "unknown"
    years, staff = spans(program, answers)
    caps: list[tuple[float, GrantBasis]] = []
    if high != NOT_STATED:
        caps.append((float(high) * years * staff, "capped"))
    own_share = own_share_for(own_share_pct(program), answers.budget)
    if own_share is not None and answers.budget.total_eur is not None:
        caps.append((answers.budget.total_eur - own_share, "rate"))
    lowest = min(caps, default=None)  # the smaller cap; of equal ones, the maximum
    if request is None:
        return (lowest[0], "up_to") if high != NOT_STATED and lowest else (None, "unknown")
    if lowest is None or request <= lowest[0]:
        return float(request), "no_cap" if high == NOT_STATED else "request"
    return lowest


def own_share_for(share_pct: float | None, budget: Budget) -> float | None:
    """The own share in euros: the total cost times the programme's own share."""
    if share_pct is None or budget.total_eur is None:
        return None
    return round(budget.total_eur * share_pct / 100, 2)
