"""Criterion: when the project may start — waiting for the approval delays small projects."""

from __future__ import annotations

from fundmatch.i18n import msg
from fundmatch.models import Program, StartRule
from fundmatch.rules.base import Fact, OpenFact, Rule, Side, Verdict
from fundmatch.rules.context import STARTED_READS, Context


def check(program: Program, ctx: Context, params: object, item: object) -> Verdict:
    rule = program.start_rule
    started = ctx.started
    if rule is None:
        return Verdict(
            None, msg("crit.start.unknown"), OpenFact("start_rule", Side.PROGRAM, msg("open.start_rule"))
        )
    if rule is StartRule.ANY_TIME:
        return Verdict(5, msg("crit.start.any_time"))
    if started is None:
        ask = msg("open.started")
        return Verdict(
            None, msg("crit.start.unknown_answer"), OpenFact("timing.already_started", Side.SPONSOR, ask)
        )
    if rule is StartRule.AFTER_SUBMISSION:
        return Verdict(
            2 if started else 4, msg("crit.start.submission_started" if started else "crit.start.submission")
        )
    return Verdict(1 if started else 3, msg("crit.start.started" if started else "crit.start.wait"))


RULE = Rule(
    "start_rule",
    "criterion",
    check,
    facts=(Fact("start_rule"),),
    reads=STARTED_READS,
    key=lambda program, _: program.start_rule,
)
