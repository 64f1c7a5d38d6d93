"""Criterion: how well the project's themes and target groups match the programme's
(broader terms count: a programme for education funds language learning)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from fundmatch.i18n import msg
from fundmatch.models import Program
from fundmatch.rules.base import Fact, Number, OpenFact, Params, Rule, Side, Verdict
from fundmatch.rules.bits import bits
from fundmatch.rules.context import Context
from fundmatch.rules.purpose import ANY_THEME, ANY_THEME_BIT, EVERYONE, EVERYONE_BIT


class ThemeFitParams(Params):
    theme_share: Number = 0.6  # share of the themes in the fit; the target groups have the rest
    open_target_fit: Number = 0.75  # fit of a programme open to every group (or every theme)


def check(program: Program, ctx: Context, params: ThemeFitParams, item: object) -> Verdict:
    needs = ctx.answers.needs
    if not needs.themes and not needs.target_groups:
        ask = msg("open.project_themes")
        return Verdict(None, msg("crit.fit.unknown"), OpenFact("needs.themes", Side.SPONSOR, ask))
    offered = set(program.themes)
    shared_themes = [t for t in needs.themes if ctx.with_broader("themes", [t]) & offered]
    open_themes = ANY_THEME in offered
    groups = set(program.target_groups)
    shared_groups = [g for g in needs.target_groups if ctx.with_broader("target_groups", [g]) & groups]
    theme_fit = len(shared_themes) / len(needs.themes) if needs.themes else None
    if open_themes and needs.themes:  # open to every purpose: good, but not a named focus
        theme_fit = max(theme_fit or 0.0, params.open_target_fit)
    group_fit = None
    if needs.target_groups:
        group_fit = len(shared_groups) / len(needs.target_groups)
        if not groups or EVERYONE in groups:  # open to every group: never less than that
            group_fit = max(group_fit, params.open_target_fit)
    if theme_fit is None:
        combined = group_fit or 0.0
    elif group_fit is None:
        combined = theme_fit
    else:
        combined = params.theme_share * theme_fit + (1 - params.theme_share) * group_fit
    themes = ctx.terms("themes", shared_themes) if shared_themes else [msg("none")]
    shown_groups = ctx.terms("target_groups", shared_groups) if shared_groups else [msg("none")]
    return Verdict(1 + round(4 * combined), msg("crit.fit.overlap", themes=themes, groups=shown_groups))


def narrow(keys: Sequence[tuple[int, int]], ctx: Context, params: object) -> list[Hashable]:
    """Of each key: the programme's themes and groups that the project's (or broader ones)
    name, whether it is open to every theme, and to every group (terms as bits)."""
    needs = ctx.answers.needs
    wanted_themes = ctx.broader_bits("themes", needs.themes)
    wanted_groups = ctx.broader_bits("target_groups", needs.target_groups)
    return [
        (
            themes & wanted_themes,
            bool(themes & ANY_THEME_BIT),
            groups & wanted_groups,
            not groups or bool(groups & EVERYONE_BIT),
        )
        for themes, groups in keys
    ]


RULE = Rule(
    "theme_fit",
    "criterion",
    check,
    facts=(Fact("target_groups", "target_groups"),),
    params=ThemeFitParams,
    reads=frozenset({"needs.themes", "needs.target_groups"}),
    key=lambda program, _: (bits("themes", program.themes), bits("target_groups", program.target_groups)),
    narrow=narrow,
)
