"""Gate: a prize honours work already done; a planned project cannot be financed by one.

A project that is already running may compete for a prize."""

from __future__ import annotations

from fundmatch.i18n import msg
from fundmatch.models import FundingType, Program
from fundmatch.rules.base import Fact, OpenFact, Outcome, Rule, Side, Verdict
from fundmatch.rules.context import STARTED_READS, Context


def check(program: Program, ctx: Context, params: object, item: object) -> Verdict:
    if program.funding.type is not FundingType.PREIS:
        return Verdict(Outcome.YES, msg("gate.prize.not_a_prize"))
    started = ctx.started
    if started is None:
        ask = msg("open.started")
        return Verdict(
            Outcome.CHECK,
            msg("gate.prize.unknown_answer"),
            OpenFact("timing.already_started", Side.SPONSOR, ask),
        )
    if started:
        return Verdict(Outcome.YES, msg("gate.prize.running"))
    return Verdict(Outcome.NO, msg("gate.prize.planned"))


RULE = Rule(
    "prize",
    "gate",
    check,
    facts=(Fact("funding.type"),),
    reads=STARTED_READS,
    key=lambda program, _: program.funding.type is FundingType.PREIS,
)
