"""Criterion: a participant minimum that a village project may not reach."""

from __future__ import annotations

from fundmatch.i18n import msg
from fundmatch.models import NOT_STATED, Program
from fundmatch.rules.base import Fact, Number, OpenFact, Params, Rule, Side, Verdict
from fundmatch.rules.context import Context


class ParticipantsParams(Params):
    near_share: Number = 0.75  # share of the minimum that still counts as near


def check(program: Program, ctx: Context, params: ParticipantsParams, item: object) -> Verdict:
    minimum = program.participants_min
    expected = ctx.answers.needs.participants
    if minimum is None:
        ask = msg("open.participants_min")
        return Verdict(
            None, msg("crit.participants.unknown"), OpenFact("participants_min", Side.PROGRAM, ask)
        )
    if minimum == 0 or minimum == NOT_STATED:
        return Verdict(5, msg("crit.participants.none"))
    if expected is None:
        ask = msg("open.participants")
        return Verdict(
            None,
            msg("crit.participants.unknown_answer", min=minimum),
            OpenFact("needs.participants", Side.SPONSOR, ask),
        )
    assert isinstance(minimum, int)
    if expected >= 1.25 * minimum:
        level = 4
    elif expected >= minimum:
        level = 3
    else:
        level = 2 if expected >= params.near_share * minimum else 1
    return Verdict(level, msg("crit.participants.compare", min=minimum, expected=expected))


RULE = Rule(
    "participants",
    "criterion",
    check,
    facts=(Fact("participants_min"),),
    params=ParticipantsParams,
    reads=frozenset({"needs.participants"}),
    key=lambda program, _: program.participants_min,
)
