"""Criterion: grant size — a high minimum shuts small projects out, a request far above the
maximum means the programme can pay only a part."""

from __future__ import annotations

from fundmatch.i18n import msg
from fundmatch.models import FundingType, Program, known_amount
from fundmatch.rules.base import Fact, Number, OpenFact, Params, Rule, Side, Verdict
from fundmatch.rules.context import Context
from fundmatch.rules.grant_range import limit_text, limits_for, limits_key, on_terms, requested_for
from fundmatch.rules.levels import level_by_steps


class GrantSizeParams(Params):
    floor_steps: tuple[Number, ...] = (2500.0, 10000.0, 50000.0, 100000.0)  # minimum grants for levels 5…2


def check(program: Program, ctx: Context, params: GrantSizeParams, item: object) -> Verdict:
    if program.funding.type is FundingType.PREIS:
        return Verdict(1, msg("crit.grant.prize"))
    low_limit, high_limit = limits_for(program, ctx.answers)
    low, high = known_amount(low_limit), known_amount(high_limit)
    requested = requested_for(program, ctx.answers)
    if requested is not None and high is not None and requested > high:
        # Always compared with a known maximum: twice the cap or more is part funding at best.
        level = 1 if requested > 2 * high else 2
        return Verdict(
            level,
            msg("crit.grant.above", max=on_terms(high, program), requested=on_terms(requested, program)),
        )
    if requested is not None and low is not None and requested < low:
        return Verdict(
            1, msg("crit.grant.below", min=on_terms(low, program), requested=on_terms(requested, program))
        )
    if low_limit is None:
        ask = (
            msg("open.min_amount")
            if requested is None
            else msg("open.min", requested=on_terms(requested, program))
        )
        open_fact = OpenFact("funding.min_eur", Side.PROGRAM, ask)
        if high is not None:
            return Verdict(None, msg("crit.grant.min_unknown", max=on_terms(high, program)), open_fact)
        return Verdict(None, msg("crit.grant.unknown"), open_fact)
    level = level_by_steps(low or 0.0, params.floor_steps)
    if low is None:
        return Verdict(level, msg("crit.grant.no_minimum", max=limit_text(high_limit, program)))
    return Verdict(
        level, msg("crit.grant.range", min=on_terms(low, program), max=limit_text(high_limit, program))
    )


RULE = Rule(
    "grant_size",
    "criterion",
    check,
    facts=(Fact("funding.type"), Fact("funding.per_year", counted=False)),
    params=GrantSizeParams,
    key=lambda program, _: (program.funding.type is FundingType.PREIS, limits_key(program)),
    reads=frozenset(
        {"budget.requested_eur", "budget.positions", "timing.duration_months", "organisation.legal_form"}
    ),
)
