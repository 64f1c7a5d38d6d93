"""Gate: the Förderzweck — the project's themes overlap the programme's, or, for a programme
that is only for certain groups, the project's target groups overlap them.

Broader terms count (a programme for education funds language learning). A programme whose
purpose is bound to some of its themes (``themes_required``: a sports fund that also serves
integration) takes only projects with one of them. A programme's target groups alone are a
preference, not its purpose: they count in the theme fit.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from fundmatch.i18n import msg
from fundmatch.models import Program
from fundmatch.rules.base import Fact, OpenFact, Outcome, Rule, Side, Verdict
from fundmatch.rules.bits import bits
from fundmatch.rules.context import Context

EVERYONE = "alle"
ANY_THEME = "alle_themen"  # a programme not bound to a theme (any charitable purpose)
EVERYONE_BIT, ANY_THEME_BIT = bits("target_groups", [EVERYONE]), bits("themes", [ANY_THEME])


def check(program: Program, ctx: Context, params: object, item: object) -> Verdict:
    needs = ctx.answers.needs
    if not program.themes:
        ask = msg("open.themes")
        return Verdict(
            Outcome.CHECK, msg("gate.purpose.unknown_program"), OpenFact("themes", Side.PROGRAM, ask)
        )
    if not needs.themes and not needs.target_groups:
        return Verdict(
            Outcome.CHECK,
            msg("gate.purpose.unknown_answer"),
            OpenFact("needs.themes", Side.SPONSOR, msg("open.project_themes")),
        )
    required = program.themes_required
    if required and not ctx.with_broader("themes", needs.themes) & set(required):
        terms = ctx.terms("themes", required)
        bound = {
            "count": len(terms),
            "themes": msg("choices", items=terms[:-1], last=terms[-1]) if len(terms) > 1 else terms,
        }
        if not needs.themes:  # only target groups given: whether the project is of this kind
            ask = msg("open.themes_required", **bound)
            return Verdict(
                Outcome.CHECK,
                msg("gate.purpose.bound_unknown", **bound),
                OpenFact("needs.themes", Side.SPONSOR, ask),
            )
        return Verdict(Outcome.NO, msg("gate.purpose.bound", **bound))
    if ANY_THEME in program.themes:
        return Verdict(Outcome.YES, msg("gate.purpose.any"))
    themes = sorted(ctx.with_broader("themes", needs.themes) & set(program.themes))
    specific = [g for g in program.target_groups if g != EVERYONE] if program.target_groups_only else []
    groups = sorted(ctx.with_broader("target_groups", needs.target_groups) & set(specific))
    if themes or groups:
        shared = [*ctx.terms("themes", themes), *ctx.terms("target_groups", groups)]
        return Verdict(Outcome.YES, msg("gate.purpose.yes", shared=shared))
    funded = [*ctx.terms("themes", program.themes), *ctx.terms("target_groups", specific)]
    return Verdict(Outcome.NO, msg("gate.purpose.no", funded=funded))


def narrow(keys: Sequence[tuple[int, int, int | None]], ctx: Context, params: object) -> list[Hashable]:
    """Of each key: whether the programme names themes and is bound to some; and which of its
    themes, of its binding themes and of the groups it is only for the project names
    (itself or by a narrower term; terms as bits)."""
    needs = ctx.answers.needs
    wanted_themes = ctx.broader_bits("themes", needs.themes)
    wanted_groups = ctx.broader_bits("target_groups", needs.target_groups) & ~EVERYONE_BIT
    return [
        (
            bool(themes),
            bool(required),
            required & wanted_themes,
            bool(themes & ANY_THEME_BIT),
            themes & wanted_themes,
            (only_for or 0) & wanted_groups,
        )
        for themes, required, only_for in keys
    ]


RULE = Rule(
    "purpose",
    "gate",
    check,
    facts=(Fact("themes", "themes"), Fact("themes_required", "themes", counted=False)),
    reads=frozenset({"needs.themes", "needs.target_groups"}),
    key=lambda program, _: (
        bits("themes", program.themes),
        bits("themes", program.themes_required),
        bits("target_groups", program.target_groups) if program.target_groups_only else None,
    ),
    narrow=narrow,
)
