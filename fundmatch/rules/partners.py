"""Criterion: required partners — local ones are easy to find, a network or partners abroad less so."""

from __future__ import annotations

from collections.abc import Iterable

from fundmatch.i18n import msg
from fundmatch.models import NOT_STATED, PartnerKind, Program
from fundmatch.rules.base import Change, Fact, OpenFact, Rule, Side, Verdict
from fundmatch.rules.context import Context

ABROAD = "ausland"  # the partner kind that meets a transnational requirement


def has_partners_abroad(ctx: Context) -> bool | None:
    res = ctx.answers.resources
    if ABROAD in res.partner_kinds:
        return True
    return res.transnational_partners


def _count(ctx: Context) -> int | None:
    """Partners the project has: as counted, or at least one per kind named."""
    res = ctx.answers.resources
    if res.partners is None and not res.partner_kinds:
        return None
    return max(res.partners or 0, len(res.partner_kinds))


def check(program: Program, ctx: Context, params: object, item: object) -> Verdict:
    required, kind = program.partners.required_min, program.partners.kind
    if required is None:
        return Verdict(
            None, msg("crit.partners.unknown"), OpenFact("partners", Side.PROGRAM, msg("open.partners_rule"))
        )
    if required == 0 or required == NOT_STATED:
        return Verdict(5, msg("crit.partners.none"))
    ask = msg("open.partners")
    assert isinstance(required, int)
    if kind is PartnerKind.TRANSNATIONAL:
        abroad = has_partners_abroad(ctx)
        if abroad is None:
            return Verdict(
                None,
                msg("crit.partners.unknown_answer", required=required),
                OpenFact("resources.partners", Side.SPONSOR, ask),
            )
        key = "crit.partners.transnational_ok" if abroad else "crit.partners.transnational_missing"
        return Verdict(3 if abroad else 1, msg(key, required=required))
    have = _count(ctx)
    if have is None:
        return Verdict(
            None,
            msg("crit.partners.unknown_answer", required=required),
            OpenFact("resources.partners", Side.SPONSOR, ask),
        )
    local = kind in (None, PartnerKind.LOCAL)
    if have >= required:
        return Verdict(4 if local else 3, msg("crit.partners.enough", required=required, have=have))
    return Verdict(2 if local else 1, msg("crit.partners.missing", required=required, have=have))


def suggest(program: Program, ctx: Context, params: object) -> Iterable[Change]:
    required = program.partners.required_min
    if not isinstance(required, int) or not required:
        return
    if program.partners.kind is PartnerKind.TRANSNATIONAL:
        if has_partners_abroad(ctx) is False:
            yield Change(msg("impr.transnational"), {"resources": {"transnational_partners": True}})
        return
    have = _count(ctx)
    if have is not None and have < required:
        yield Change(msg("impr.partners", count=required), {"resources": {"partners": required}})


RULE = Rule(
    "partners",
    "criterion",
    check,
    facts=(Fact("partners.required_min"), Fact("partners.kind", counted=False)),
    suggest=suggest,
    reads=frozenset({"resources.partners", "resources.partner_kinds", "resources.transnational_partners"}),
    key=lambda program, _: (program.partners.kind, program.partners.required_min),
)
