"""Criterion: a level that staff rate from the sources (application effort, reporting …).

For the effort-sensitive ones the sponsor's capacity moves the level by one: how much effort
it can carry, its experience with applications, and its people (paid staff, or enough
volunteers). A heavy procedure weighs more on a small first-time group, less on an
experienced one with staff."""

from __future__ import annotations

from fundmatch.i18n import msg
from fundmatch.models import Answers, Effort, Experience, Program
from fundmatch.rules.base import Fact, Flag, OpenFact, Params, Rule, Side, Verdict, Whole
from fundmatch.rules.context import Context


class CuratedParams(Params):
    effort_sensitive: Flag = False  # the sponsor's capacity moves the level by one
    few_volunteers: Whole = 3  # without paid staff, fewer volunteers than this is little capacity


def capacity(answers: Answers, params: CuratedParams) -> int:
    """−1, 0 or +1: what the sponsor can carry, from effort, experience, staff and volunteers."""
    org = answers.organisation
    signals = [
        {Effort.LOW: -1, Effort.HIGH: 1}.get(answers.effort, 0) if answers.effort else 0,
        {Experience.NONE: -1, Experience.EXPERIENCED: 1}.get(org.experience, 0) if org.experience else 0,
    ]
    if org.paid_staff:
        signals.append(1)
    elif org.paid_staff == 0 and org.volunteers is not None and org.volunteers < params.few_volunteers:
        signals.append(-1)
    total = sum(signals)
    return max(-1, min(1, total))


def check(program: Program, ctx: Context, params: CuratedParams, item: object) -> Verdict:
    criterion_id = getattr(item, "id", "")
    rating = program.ratings.get(criterion_id)
    if rating is None:
        ask = msg("open.rating")
        return Verdict(
            None, msg("crit.curated.unknown"), OpenFact(f"ratings.{criterion_id}", Side.PROGRAM, ask)
        )
    level = rating.level
    if params.effort_sensitive:
        moved = capacity(ctx.answers, params)
        if moved > 0 and level < 5:
            return Verdict(level + 1, msg("crit.curated.capacity_high", reason=rating.text))
        if moved < 0 and level <= 3:
            return Verdict(max(1, level - 1), msg("crit.curated.capacity_low", reason=rating.text))
    return Verdict(level, msg("crit.curated.rated", reason=rating.text))


RULE = Rule(
    "curated",
    "criterion",
    check,
    facts=(Fact("ratings", stated=lambda p: bool(p.ratings)),),
    params=CuratedParams,
    reads=frozenset(
        {"organisation.experience", "organisation.paid_staff", "organisation.volunteers", "effort"}
    ),
    key=lambda program, criterion_id: (
        rating.level if (rating := program.ratings.get(criterion_id)) is not None else None
    ),
)
