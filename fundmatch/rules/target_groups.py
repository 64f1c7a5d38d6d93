"""Gate: a programme only for certain target groups admits only projects for them."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from fundmatch.i18n import msg
from fundmatch.models import Program
from fundmatch.rules.base import Fact, OpenFact, Outcome, Rule, Side, Verdict
from fundmatch.rules.bits import bits
from fundmatch.rules.context import Context


def check(program: Program, ctx: Context, params: object, item: object) -> Verdict:
    if not program.target_groups_only:
        return Verdict(Outcome.YES, msg("gate.target.open"))
    wanted = ctx.answers.needs.target_groups
    groups = ctx.terms("target_groups", program.target_groups)
    if not wanted:
        return Verdict(
            Outcome.CHECK,
            msg("gate.target.unknown", groups=groups),
            OpenFact("needs.target_groups", Side.SPONSOR, msg("open.target_groups")),
        )
    if ctx.with_broader("target_groups", wanted) & set(program.target_groups):
        return Verdict(Outcome.YES, msg("gate.target.yes", groups=groups))
    # The project's group contains the programme's (young people up to 27 ⊃ children):
    # part of the project may fit.
    if set(wanted) & ctx.with_broader("target_groups", program.target_groups):
        ask = msg("open.target_part", groups=groups)
        return Verdict(
            Outcome.CHECK,
            msg("gate.target.partly", groups=groups),
            OpenFact("target_groups", Side.PROGRAM, ask),
        )
    return Verdict(Outcome.NO, msg("gate.target.no", groups=groups))


def narrow(keys: Sequence[int | None], ctx: Context, params: object) -> list[Hashable]:
    """Of each key: whether the programme names one of the project's groups or a broader
    one, and whether one of the project's groups or a narrower one (terms as bits)."""
    vocabulary, wanted = "target_groups", set(ctx.answers.needs.target_groups)
    broader = ctx.broader_bits(vocabulary, wanted)
    # Each term is among its own broader ones: the project's groups are counted here too.
    within = [term for term in ctx.labels[vocabulary] if ctx.with_broader(vocabulary, [term]) & wanted]
    narrower = bits(vocabulary, within)
    return [None if groups is None else (bool(groups & broader), bool(groups & narrower)) for groups in keys]


RULE = Rule(
    "target_groups",
    "gate",
    check,
    facts=(Fact("target_groups", "target_groups"),),
    reads=frozenset({"needs.target_groups"}),
    key=lambda program, _: (
        bits("target_groups", program.target_groups) if program.target_groups_only else None
    ),
    narrow=narrow,
)
