"""Criterion: the own share (Eigenanteil) — how much, and whether the sponsor can raise it.

The regular own share is scored; a programme's named exceptions are shown, not scored.
Volunteer hours count where the programme accepts them (Eigenleistung)."""

from __future__ import annotations

import math
from collections.abc import Iterable

from fundmatch.i18n import Eur, Pct, msg
from fundmatch.models import Program
from fundmatch.rules.base import Change, Fact, Number, OpenFact, Params, Rule, Side, Verdict, Whole
from fundmatch.rules.context import Context
from fundmatch.rules.levels import level_by_steps


class OwnShareParams(Params):
    share_steps: tuple[Number, ...] = (
        0.0,
        10.0,
        20.0,
        50.0,
    )  # own share % up to which levels 5, 4, 3, 2 hold
    volunteer_hour_eur: Number = 15.0  # value of one volunteer hour where in-kind work counts
    shortfall_penalty: Whole = 2  # levels lost when the sponsor cannot raise the share


def own_share_pct(program: Program) -> float | None:
    """The regular own share: stated, or derived from the highest regular funding rate."""
    funding = program.funding
    if funding.own_share_min_pct is not None:
        return funding.own_share_min_pct
    if funding.rate_max_pct is not None:
        return 100 - funding.rate_max_pct
    return None


def _in_kind(program: Program, ctx: Context, params: OwnShareParams) -> float:
    hours = ctx.answers.resources.volunteer_hours or 0
    return hours * params.volunteer_hour_eur if program.funding.in_kind_counts else 0.0


def check(program: Program, ctx: Context, params: OwnShareParams, item: object) -> Verdict:
    share = own_share_pct(program)
    if share is None:
        ask = msg("open.own_share")
        return Verdict(
            None, msg("crit.own_share.unknown"), OpenFact("funding.own_share_min_pct", Side.PROGRAM, ask)
        )
    if share == 0:
        return Verdict(5, msg("crit.own_share.none"))
    level = level_by_steps(share, params.share_steps)
    res = ctx.answers.resources
    total = ctx.answers.budget.total_eur
    if total is None or res.own_funds_eur is None:
        return Verdict(level, msg("crit.own_share.share", share=Pct(share)))
    required = total * share / 100
    in_kind = _in_kind(program, ctx, params)
    available = res.own_funds_eur + in_kind
    if available >= required:
        key = "crit.own_share.covered_in_kind" if in_kind else "crit.own_share.covered"
        return Verdict(level, msg(key, share=Pct(share), required=Eur(required), available=Eur(available)))
    level = max(1, level - params.shortfall_penalty)
    return Verdict(
        level,
        msg("crit.own_share.shortfall", share=Pct(share), required=Eur(required), available=Eur(available)),
    )


def suggest(program: Program, ctx: Context, params: OwnShareParams) -> Iterable[Change]:
    share = own_share_pct(program)
    res, total = ctx.answers.resources, ctx.answers.budget.total_eur
    if not share or total is None or res.own_funds_eur is None:
        return
    needed = math.ceil((total * share / 100 - _in_kind(program, ctx, params)) / 50) * 50  # up to 50 €
    if needed > res.own_funds_eur:
        yield Change(msg("impr.own_funds", amount=Eur(needed)), {"resources": {"own_funds_eur": needed}})


RULE = Rule(
    "own_share",
    "criterion",
    check,
    facts=(
        Fact("funding.own_share_min_pct", stated=lambda p: own_share_pct(p) is not None),
        Fact("funding.in_kind_counts", counted=False),
    ),
    params=OwnShareParams,
    suggest=suggest,
    reads=frozenset({"resources.own_funds_eur", "resources.volunteer_hours", "budget.total_eur"}),
    key=lambda program, _: (own_share_pct(program), bool(program.funding.in_kind_counts)),
)
