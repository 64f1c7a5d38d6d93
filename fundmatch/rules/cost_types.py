"""Criterion: are the costs the project needs eligible (staff, fees, rent …)?"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from fundmatch.i18n import msg
from fundmatch.models import Program
from fundmatch.rules.base import Fact, OpenFact, Rule, Side, Verdict
from fundmatch.rules.bits import bits
from fundmatch.rules.context import Context


def check(program: Program, ctx: Context, params: object, item: object) -> Verdict:
    needed = ctx.answers.needs.cost_types
    eligible = program.funding.eligible_costs
    if not needed:
        ask = msg("open.cost_types_answer")
        return Verdict(
            None, msg("crit.costs.unknown_answer"), OpenFact("needs.cost_types", Side.SPONSOR, ask)
        )
    if eligible is None:
        ask = msg("open.cost_types", costs=ctx.terms("cost_types", needed))
        return Verdict(None, msg("crit.costs.unknown"), OpenFact("funding.eligible_costs", Side.PROGRAM, ask))
    covered = [c for c in needed if c in eligible]
    missing = [c for c in needed if c not in eligible]
    level = 1 + round(4 * len(covered) / len(needed))
    if not missing:
        return Verdict(level, msg("crit.costs.all"))
    return Verdict(level, msg("crit.costs.missing", missing=ctx.terms("cost_types", missing)))


def narrow(keys: Sequence[int | None], ctx: Context, params: object) -> list[Hashable]:
    """Of each key: the needed costs the programme names as eligible (terms as bits)."""
    needed = bits("cost_types", ctx.answers.needs.cost_types)
    return [None if eligible is None else eligible & needed for eligible in keys]


RULE = Rule(
    "cost_types",
    "criterion",
    check,
    facts=(Fact("funding.eligible_costs", "cost_types"),),
    reads=frozenset({"needs.cost_types"}),
    key=lambda program, _: (
        None if program.funding.eligible_costs is None else bits("cost_types", program.funding.eligible_costs)
    ),
    narrow=narrow,
)
