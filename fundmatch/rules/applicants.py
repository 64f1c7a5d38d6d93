"""Gate: may this sponsor apply — legal form, required statuses, age, or through a Träger."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

from fundmatch.i18n import msg
from fundmatch.models import ApplicantRule, Program
from fundmatch.rules.base import ELIGIBILITY_ORDER, Change, Fact, OpenFact, Outcome, Rule, Side, Verdict
from fundmatch.rules.bits import bits
from fundmatch.rules.context import Context

# A sponsor without a legal form can found a Verein; nobody is advised to become anything else.
FOUNDABLE = {"initiative": "verein", "privatperson": "verein"}
CHARITABLE = "gemeinnuetzig"


def matching_rules(program: Program, legal_form: str) -> list[ApplicantRule]:
    """The applicant rules that speak of this legal form (or leave the form open)."""
    return [r for r in program.applicants.rules or () if r.legal_forms is None or legal_form in r.legal_forms]


def check(program: Program, ctx: Context, params: object, item: object) -> Verdict:
    org = ctx.answers.organisation
    applicants = program.applicants
    if applicants.rules is None:
        ask = msg("open.applicants", form=ctx.terms("legal_forms", [org.legal_form or "verein"]))
        return Verdict(
            Outcome.CHECK, msg("gate.legal_form.unknown_program"), OpenFact("applicants", Side.PROGRAM, ask)
        )
    if org.legal_form is None:
        ask = msg("open.legal_form")
        return Verdict(
            Outcome.CHECK,
            msg("gate.legal_form.unknown_answer"),
            OpenFact("organisation.legal_form", Side.SPONSOR, ask),
        )
    rules = matching_rules(program, org.legal_form)
    allowed = ctx.terms("legal_forms", program.applicants.legal_forms or ())
    if not rules:
        if applicants.via_traeger and org.via_traeger:
            return Verdict(Outcome.YES, msg("gate.legal_form.via_traeger"))
        key = "gate.legal_form.no_traeger_possible" if applicants.via_traeger else "gate.legal_form.no"
        return Verdict(Outcome.NO, msg(key, allowed=allowed))
    verdicts = [_check_rule(rule, program, ctx) for rule in rules]
    return min(verdicts, key=lambda v: ELIGIBILITY_ORDER[v.value])


def _check_rule(rule: ApplicantRule, program: Program, ctx: Context) -> Verdict:
    org = ctx.answers.organisation
    form = ctx.terms("legal_forms", [org.legal_form or ""])
    can_hold = ctx.rubric.vocabularies.can_hold
    impossible = [s for s in rule.statuses if not can_hold(org.legal_form, s)]
    if impossible:  # a private person is never gemeinnützig: no need to ask
        required = ctx.terms("statuses", impossible)
        return Verdict(Outcome.NO, msg("gate.status_required.form", required=required, form=form))
    missing = [s for s in rule.statuses if s not in (org.statuses or ())]
    if missing and org.statuses is not None:
        if all(s in org.statuses_applied for s in missing):
            ask = msg("open.status_pending", required=ctx.terms("statuses", missing))
            return Verdict(
                Outcome.CHECK,
                msg("gate.status_required.pending", required=ctx.terms("statuses", missing)),
                OpenFact("applicants.statuses", Side.PROGRAM, ask),
            )
        return Verdict(Outcome.NO, msg("gate.status_required.no", required=ctx.terms("statuses", missing)))
    if rule.founded_years_min is not None:
        if org.founded is None:
            ask = msg("open.founded", years=rule.founded_years_min)
            return Verdict(
                Outcome.CHECK,
                msg("gate.founded.unknown", years=rule.founded_years_min),
                OpenFact("organisation.founded", Side.SPONSOR, ask),
            )
        if ctx.today.year - org.founded < rule.founded_years_min:
            return Verdict(Outcome.NO, msg("gate.founded.too_young", years=rule.founded_years_min))
    if missing:
        ask = msg("open.statuses", required=ctx.terms("statuses", missing))
        return Verdict(
            Outcome.CHECK,
            msg("gate.status_required.unknown", required=ctx.terms("statuses", missing)),
            OpenFact("organisation.statuses", Side.SPONSOR, ask),
        )
    if rule.legal_forms is None:
        ask = msg("open.applicants", form=form)
        return Verdict(
            Outcome.CHECK,
            msg("gate.legal_form.forms_open", form=form),
            OpenFact("applicants", Side.PROGRAM, ask),
        )
    if rule.statuses:
        return Verdict(
            Outcome.YES,
            msg("gate.legal_form.yes_with", form=form, statuses=ctx.terms("statuses", rule.statuses)),
        )
    return Verdict(Outcome.YES, msg("gate.legal_form.yes", form=form))


# An applicant rule as the gate reads it: its legal forms (None: not researched), the
# statuses it requires (both as bits), and the years the organisation must exist.
RuleKey = tuple[int | None, int, int | None]
ApplicantsKey = tuple[tuple[RuleKey, ...] | None, bool]  # the rules (None: not researched), via a Träger


def key(program: Program, item_id: str) -> ApplicantsKey:
    applicants = program.applicants
    rules = None
    if applicants.rules is not None:
        rules = tuple(
            (
                None if r.legal_forms is None else bits("legal_forms", r.legal_forms),
                bits("statuses", r.statuses),
                r.founded_years_min,
            )
            for r in applicants.rules
        )
    return rules, bool(applicants.via_traeger)


def narrow(keys: Sequence[ApplicantsKey], ctx: Context, params: object) -> list[Hashable]:
    """Of each key: the programme's applicant rules that speak of the sponsor's legal form."""
    form = ctx.answers.organisation.legal_form
    if form is None:
        return [rules is None for rules, _via_traeger in keys]
    form_bit = bits("legal_forms", [form])
    return [
        True
        if rules is None
        else (
            tuple(
                (forms is None, statuses, founded)
                for forms, statuses, founded in rules
                if forms is None or forms & form_bit
            ),
            via_traeger,
        )
        for rules, via_traeger in keys
    ]


def _open_to(program: Program, ctx: Context, legal_form: str) -> list[ApplicantRule]:
    """The applicant rules for this legal form whose statuses such a sponsor can hold."""
    return [
        rule
        for rule in matching_rules(program, legal_form)
        if all(ctx.rubric.vocabularies.can_hold(legal_form, status) for status in rule.statuses)
    ]


def suggest(program: Program, ctx: Context, params: object) -> Iterable[Change]:
    """Found a Verein (and obtain Gemeinnützigkeit where needed), obtain a missing status,
    or apply through a Träger — only what this sponsor could really do."""
    org = ctx.answers.organisation
    if program.applicants.rules is None or org.legal_form is None:
        return
    statuses = list(org.statuses or ())
    for rule in _open_to(program, ctx, org.legal_form):
        missing = [s for s in rule.statuses if s not in statuses and s not in org.statuses_applied]
        if missing and org.statuses is not None and set(missing) <= {CHARITABLE}:
            yield Change(
                msg("impr.status", status=ctx.terms("statuses", missing)),
                {"organisation": {"statuses": [*statuses, *missing]}},
            )
    target = FOUNDABLE.get(org.legal_form)
    if target is not None and not _open_to(program, ctx, org.legal_form):
        for rule in matching_rules(program, target):
            missing = [s for s in rule.statuses if s not in statuses]
            if not missing:
                yield Change(
                    msg("impr.legal_form", form=ctx.terms("legal_forms", [target])),
                    {"organisation": {"legal_form": target}},
                )
            elif set(missing) <= {CHARITABLE}:
                yield Change(
                    msg("impr.legal_form_charitable", form=ctx.terms("legal_forms", [target])),
                    {"organisation": {"legal_form": target, "statuses": [*statuses, *missing]}},
                )
    if program.applicants.via_traeger and not org.via_traeger and not matching_rules(program, org.legal_form):
        yield Change(msg("impr.via_traeger"), {"organisation": {"via_traeger": True}})


RULE = Rule(
    "applicants",
    "gate",
    check,
    facts=(
        Fact("applicants.rules"),
        Fact("applicants.rules.*.legal_forms", "legal_forms", counted=False),
        Fact("applicants.rules.*.statuses", "statuses", counted=False),
        Fact("applicants.via_traeger", counted=False),
    ),
    suggest=suggest,
    reads=frozenset({"organisation"}),
    key=key,
    narrow=narrow,
)
