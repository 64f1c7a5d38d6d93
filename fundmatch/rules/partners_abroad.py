"""Gate: a programme that requires partners abroad (Erasmus+, CERV) is closed to a project
without any; local partners can usually be found and only cost points (see partners)."""

from __future__ import annotations

from fundmatch.i18n import msg
from fundmatch.models import PartnerKind, Program
from fundmatch.rules.base import Fact, OpenFact, Outcome, Rule, Side, Verdict
from fundmatch.rules.context import Context
from fundmatch.rules.partners import has_partners_abroad


def check(program: Program, ctx: Context, params: object, item: object) -> Verdict:
    required = program.partners.required_min
    if (
        program.partners.kind is not PartnerKind.TRANSNATIONAL
        or not isinstance(required, int)
        or not required
    ):
        return Verdict(Outcome.YES, msg("gate.partners.fine"))
    abroad = has_partners_abroad(ctx)
    if abroad is None:
        ask = msg("open.partners_abroad")
        return Verdict(
            Outcome.CHECK,
            msg("gate.partners.abroad_unknown", required=required),
            OpenFact("resources.partner_kinds", Side.SPONSOR, ask),
        )
    if abroad:
        return Verdict(Outcome.YES, msg("gate.partners.fine"))
    return Verdict(Outcome.NO, msg("gate.partners.abroad_missing", required=required))


RULE = Rule(
    "partners_abroad",
    "gate",
    check,
    facts=(Fact("partners.kind", counted=False),),
    reads=frozenset({"resources.partners", "resources.partner_kinds", "resources.transnational_partners"}),
    key=lambda program, _: (program.partners.kind, program.partners.required_min),
)
