"""Gate: is the sponsor's location in the programme's funding area (Gemeinde ⊂ Landkreis ⊂ Land,
and named areas by their members)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from fundmatch.i18n import msg
from fundmatch.models import Program
from fundmatch.rules.base import Fact, OpenFact, Outcome, Rule, Side, Verdict
from fundmatch.rules.bits import bits
from fundmatch.rules.context import Context


def check(program: Program, ctx: Context, params: object, item: object) -> Verdict:
    if program.regions is None:
        ask = msg("open.regions", place=ctx.region_names.get(ctx.answers.organisation.location or "", "—"))
        return Verdict(
            Outcome.CHECK, msg("gate.region.unknown_program"), OpenFact("regions", Side.PROGRAM, ask)
        )
    if ctx.answers.organisation.location is None:
        return Verdict(
            Outcome.CHECK,
            msg("gate.region.unknown_answer"),
            OpenFact("organisation.location", Side.SPONSOR, msg("open.location")),
        )
    areas = [ctx.region_names.get(r, r) for r in program.regions]
    if set(program.regions) & ctx.location_regions:
        return Verdict(Outcome.YES, msg("gate.region.yes", areas=areas))
    if set(program.regions) & ctx.location_inner:
        ask = msg("open.region_part", areas=areas)
        return Verdict(
            Outcome.CHECK, msg("gate.region.partly", areas=areas), OpenFact("regions", Side.SPONSOR, ask)
        )
    return Verdict(Outcome.NO, msg("gate.region.no", areas=areas))


def narrow(keys: Sequence[int | None], ctx: Context, params: object) -> list[Hashable]:
    """Of each key: whether the funding area holds the sponsor's location, or lies inside it
    (regions as bits)."""
    around, inside = ctx.location_bits
    return [None if regions is None else (bool(regions & around), bool(regions & inside)) for regions in keys]


RULE = Rule(
    "region",
    "gate",
    check,
    facts=(Fact("regions", "regions"),),
    reads=frozenset({"organisation.location"}),
    key=lambda program, _: None if program.regions is None else bits("regions", program.regions),
    narrow=narrow,
)
