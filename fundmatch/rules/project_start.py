"""Gate: a project that has already started can only be funded where the programme allows it."""

from __future__ import annotations

from fundmatch.i18n import msg
from fundmatch.models import Program, StartRule
from fundmatch.rules.base import Fact, OpenFact, Outcome, Rule, Side, Verdict
from fundmatch.rules.context import STARTED_READS, Context


def check(program: Program, ctx: Context, params: object, item: object) -> Verdict:
    started = ctx.started
    rule = program.start_rule
    if not started or rule is StartRule.ANY_TIME:
        return Verdict(Outcome.YES, msg("gate.start.fine"))
    if rule is None:
        return Verdict(
            Outcome.CHECK,
            msg("gate.start.unknown_program"),
            OpenFact("start_rule", Side.PROGRAM, msg("open.start_rule")),
        )
    if rule is StartRule.AFTER_SUBMISSION:
        ask = msg("open.started_costs")
        return Verdict(
            Outcome.CHECK, msg("gate.start.after_submission"), OpenFact("start_rule", Side.PROGRAM, ask)
        )
    return Verdict(Outcome.NO, msg("gate.start.after_approval"))


RULE = Rule(
    "project_start",
    "gate",
    check,
    facts=(Fact("start_rule"),),
    reads=STARTED_READS,
    key=lambda program, _: program.start_rule,
)
