"""Gate: does the programme take applications — not ended, in its period, not closed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence

from fundmatch.i18n import msg
from fundmatch.models import Program, ProgramStatus
from fundmatch.rules.base import Fact, OpenFact, Outcome, Rule, Side, Verdict
from fundmatch.rules.context import Context


def check(program: Program, ctx: Context, params: object, item: object) -> Verdict:
    if program.status is ProgramStatus.ENDED:
        return Verdict(Outcome.NO, msg("gate.status.ended"))
    if program.valid_until is not None and program.valid_until < ctx.today:
        return Verdict(Outcome.NO, msg("gate.status.expired", date=program.valid_until))
    if program.valid_from is not None and program.valid_from > ctx.today:
        ask = msg("open.not_yet", date=program.valid_from)
        return Verdict(
            Outcome.CHECK,
            msg("gate.status.not_yet", date=program.valid_from),
            OpenFact("status", Side.PROGRAM, ask),
        )
    start = ctx.answers.timing.start
    if program.valid_until is not None and start is not None and start > program.valid_until:
        # Guidelines are often renewed; whether this one is, only the funder can say.
        ask = msg("open.successor", date=program.valid_until)
        return Verdict(
            Outcome.CHECK,
            msg("gate.status.ends_before_start", date=program.valid_until, start=start),
            OpenFact("valid_until", Side.PROGRAM, ask),
        )
    if program.status is ProgramStatus.CLOSED:
        return Verdict(
            Outcome.CHECK, msg("gate.status.closed"), OpenFact("status", Side.PROGRAM, msg("open.next_call"))
        )
    return Verdict(Outcome.YES, msg("gate.status.open"))


def narrow(
    keys: Sequence[tuple[ProgramStatus, dt.date | None, dt.date | None]], ctx: Context, params: object
) -> list[Hashable]:
    """Of each key: the status, and which of the programme's dates today and the planned
    start have passed."""
    today, start = ctx.today, ctx.answers.timing.start
    return [
        (
            status,
            valid_from is not None and valid_from > today,
            valid_until is not None and valid_until < today,
            valid_until is not None and start is not None and start > valid_until,
        )
        for status, valid_from, valid_until in keys
    ]


RULE = Rule(
    "status",
    "gate",
    check,
    facts=(Fact("status"), Fact("valid_until", counted=False)),
    reads=frozenset({"timing.start"}),
    key=lambda program, _: (program.status, program.valid_from, program.valid_until),
    narrow=narrow,
)
