"""A rule kind that lives only in the tests: is the funder's advice close by?

It proves that a new kind needs only its module, its messages and a rubric that names it."""

from __future__ import annotations

from fundmatch.i18n import msg
from fundmatch.models import Level, Program
from fundmatch.rules.base import Fact, OpenFact, Params, Rule, Side, Verdict
from fundmatch.rules.context import Context


class LocalContactParams(Params):
    far_level: int = 1  # the level of a programme run from Brussels


def check(program: Program, ctx: Context, params: LocalContactParams, item: object) -> Verdict:
    if program.contact is None:
        return Verdict(
            None,
            msg("crit.local_contact.unknown"),
            OpenFact("contact", Side.PROGRAM, msg("crit.local_contact.ask")),
        )
    if program.level is Level.EU:
        return Verdict(params.far_level, msg("crit.local_contact.far"))
    return Verdict(5 if program.level is Level.KOMMUNE else 3, msg("crit.local_contact.near"))


MESSAGES = {
    "crit.local_contact.unknown": {"de": "Kein Kontakt erfasst.", "en": "No contact recorded."},
    "crit.local_contact.ask": {"de": "Wen können wir fragen?", "en": "Whom can we ask?"},
    "crit.local_contact.far": {"de": "Beratung nur aus der Ferne.", "en": "Advice only from afar."},
    "crit.local_contact.near": {"de": "Beratung in der Nähe.", "en": "Advice nearby."},
}
RULE = Rule("local_contact", "criterion", check, facts=(Fact("contact"),), params=LocalContactParams)
