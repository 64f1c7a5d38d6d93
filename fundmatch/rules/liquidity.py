"""Criterion: pre-financing — how the money is paid, and whether the sponsor can bridge it."""

from __future__ import annotations

from collections.abc import Iterable

from fundmatch.i18n import MonthCount, msg
from fundmatch.models import PaymentMode, Program
from fundmatch.rules.base import Change, Fact, Number, OpenFact, Params, Rule, Side, Verdict
from fundmatch.rules.context import Context


class LiquidityParams(Params):
    call_off_months: Number = 1.0  # months to bridge where money is called off as needed


def _duration(program: Program, ctx: Context) -> int:
    return ctx.answers.timing.duration_months or program.duration.max_months or 12


def check(program: Program, ctx: Context, params: LiquidityParams, item: object) -> Verdict:
    mode = program.funding.payment
    months = ctx.answers.resources.prefinance_months
    if mode is None:
        return Verdict(
            None,
            msg("crit.liquidity.unknown"),
            OpenFact("funding.payment", Side.PROGRAM, msg("open.payment")),
        )
    if mode is PaymentMode.ADVANCE:
        return Verdict(5, msg("crit.liquidity.advance"))
    if months is None:
        ask = msg("open.prefinance")
        return Verdict(
            None,
            msg("crit.liquidity.unknown_answer", mode=msg(f"payment.{mode.value}")),
            OpenFact("resources.prefinance_months", Side.SPONSOR, ask),
        )
    if mode is PaymentMode.CALL_OFF:
        level = 4 if months >= params.call_off_months else 3
        return Verdict(level, msg("crit.liquidity.call_off", months=MonthCount(months)))
    duration = _duration(program, ctx)
    if months >= duration:
        return Verdict(3, msg("crit.liquidity.reimbursement_ok", months=float(months), duration=duration))
    level = 2 if months >= duration / 2 else 1
    return Verdict(level, msg("crit.liquidity.reimbursement_short", months=float(months), duration=duration))


def suggest(program: Program, ctx: Context, params: LiquidityParams) -> Iterable[Change]:
    months = ctx.answers.resources.prefinance_months
    mode = program.funding.payment
    if months is None:
        return
    bridge: float
    if mode is PaymentMode.REIMBURSEMENT and months < _duration(program, ctx):
        bridge = _duration(program, ctx)
    elif mode is PaymentMode.CALL_OFF and months < params.call_off_months:
        bridge = params.call_off_months
    else:
        return
    yield Change(msg("impr.prefinance", months=bridge), {"resources": {"prefinance_months": bridge}})


RULE = Rule(
    "liquidity",
    "criterion",
    check,
    facts=(Fact("funding.payment"),),
    params=LiquidityParams,
    suggest=suggest,
    reads=frozenset({"resources.prefinance_months", "timing.duration_months"}),
    key=lambda program, _: (program.funding.payment, program.duration.max_months),
)
