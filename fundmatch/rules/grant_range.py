"""Gate: does the requested amount fit the programme's minimum and maximum grant, and the
project's total cost the programme's ceiling (a micro-grant for projects up to 10.000 €)?

Amounts are compared on the programme's terms: per year or per staff position where its
limits are. A limit that the guideline does not state (``not_stated``) is no obstacle; where
neither limit is stated, the grants a source reports for past years say what is usual.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from fundmatch.i18n import Eur, msg
from fundmatch.models import NOT_STATED, Answers, Limit, Program, known_amount
from fundmatch.rules.applicants import matching_rules
from fundmatch.rules.base import Change, Fact, OpenFact, Outcome, Rule, Side, Verdict
from fundmatch.rules.context import Context


def spans(program: Program, answers: Answers) -> tuple[float, float]:
    """The project in the programme's units: its years where the limits are yearly, its
    positions where they are per position (1 otherwise)."""
    months, positions = answers.timing.duration_months, answers.budget.positions
    years = max(1.0, months / 12) if program.funding.per_year and months else 1.0
    staff = positions if program.funding.per_position and positions else 1
    return years, staff


def requested_for(program: Program, answers: Answers) -> float | None:
    """The requested amount on the programme's terms: per year, per position where its limits are."""
    requested = answers.budget.requested_eur
    if requested is None:
        return None
    years, staff = spans(program, answers)
    return requested / years / staff


def limits_for(program: Program, answers: Answers) -> tuple[Limit, Limit]:
    """The minimum and maximum grant for this sponsor: its applicant rule's, else the programme's."""
    low, high = program.funding.min_eur, program.funding.max_eur
    form = answers.organisation.legal_form
    for rule in matching_rules(program, form) if form else ():
        low = rule.min_eur if rule.min_eur is not None else low
        high = rule.max_eur if rule.max_eur is not None else high
    return low, high


def limits_key(program: Program) -> Hashable:
    """What ``limits_for`` and ``requested_for`` read of a programme: the limits, on which
    terms, and the applicant rules that set limits of their own."""
    funding = program.funding
    own_limits = tuple(
        (None if rule.legal_forms is None else tuple(rule.legal_forms), rule.min_eur, rule.max_eur)
        for rule in program.applicants.rules or ()
        if rule.min_eur is not None or rule.max_eur is not None
    )
    return funding.min_eur, funding.max_eur, bool(funding.per_year), bool(funding.per_position), own_limits


def on_terms(value: float | None, program: Program) -> object:
    """An amount as the programme states it: ``100.000 € je Jahr`` where limits are yearly."""
    if value is None:
        return Eur(None)
    funding = program.funding
    if funding.per_position:
        key = "amount.per_year_and_position" if funding.per_year else "amount.per_position"
        return msg(key, amount=Eur(value))
    return msg("amount.per_year", amount=Eur(value)) if funding.per_year else Eur(value)


def check(program: Program, ctx: Context, params: object, item: object) -> Verdict:
    total, ceiling = ctx.answers.budget.total_eur, program.funding.max_total_eur
    if total is not None and ceiling is not None and total > ceiling:
        return Verdict(Outcome.NO, msg("gate.grant.total_above", total=Eur(total), ceiling=Eur(ceiling)))
    requested = requested_for(program, ctx.answers)
    low, high = limits_for(program, ctx.answers)
    if requested is None:
        return Verdict(
            Outcome.CHECK,
            msg("gate.grant.unknown_answer"),
            OpenFact("budget.requested_eur", Side.SPONSOR, msg("open.requested")),
        )
    shown = on_terms(requested, program)
    low_eur, high_eur = known_amount(low), known_amount(high)
    if low_eur is not None and requested < low_eur:
        return Verdict(Outcome.NO, msg("gate.grant.below", requested=shown, min=on_terms(low_eur, program)))
    if high_eur is not None and requested > high_eur:
        return Verdict(Outcome.NO, msg("gate.grant.above", requested=shown, max=on_terms(high_eur, program)))
    if low is None or high is None:
        fact = "funding.min_eur" if low is None else "funding.max_eur"
        ask = msg("open.min" if low is None else "open.max", requested=shown)
        return Verdict(
            Outcome.CHECK,
            msg("gate.grant.unknown_program", min=limit_text(low, program), max=limit_text(high, program)),
            OpenFact(fact, Side.PROGRAM, ask),
        )
    if low == NOT_STATED and high == NOT_STATED and program.past_awards:
        largest = max((a.max_eur for a in program.past_awards if a.max_eur is not None), default=None)
        if largest is not None and requested > largest:
            ask = msg("open.above_awards", requested=shown)
            return Verdict(
                Outcome.CHECK,
                msg("gate.grant.above_awards", requested=shown, largest=Eur(largest)),
                OpenFact("funding.max_eur", Side.PROGRAM, ask),
            )
        return Verdict(Outcome.YES, msg("gate.grant.awards", requested=shown, largest=Eur(largest)))
    return Verdict(
        Outcome.YES,
        msg("gate.grant.yes", requested=shown, min=limit_text(low, program), max=limit_text(high, program)),
    )


def limit_text(value: Limit, program: Program) -> object:
    return msg("limit.not_stated") if value == NOT_STATED else on_terms(known_amount(value), program)


def suggest(program: Program, ctx: Context, params: object) -> Iterable[Change]:
    """Above the maximum: ask for the maximum. Where the project is more than twice as big,
    that is part funding — the rest of the budget comes from elsewhere, the project stays."""
    budget = ctx.answers.budget
    requested = requested_for(program, ctx.answers)
    high = known_amount(limits_for(program, ctx.answers)[1])
    if requested is None or high is None or requested <= high or not budget.requested_eur:
        return
    allowed = int(budget.requested_eur * high / requested)  # back on the sponsor's terms
    rest = budget.requested_eur - allowed
    if allowed * 2 >= budget.requested_eur:
        yield Change(
            msg("impr.smaller_request", amount=Eur(allowed)),
            {"budget": {"requested_eur": allowed}},
            this_application_only=True,
        )
    else:
        yield Change(
            msg("impr.part_funding", amount=Eur(allowed), rest=Eur(rest)),
            {"budget": {"requested_eur": allowed}},
            this_application_only=True,
        )


RULE = Rule(
    "grant_range",
    "gate",
    check,
    facts=(Fact("funding.min_eur"), Fact("funding.max_eur"), Fact("funding.max_total_eur", counted=False)),
    suggest=suggest,
    key=lambda program, _: (
        limits_key(program),
        program.funding.max_total_eur,
        tuple(award.max_eur for award in program.past_awards),
    ),
    reads=frozenset(
        {
            "budget.requested_eur",
            "budget.total_eur",
            "budget.positions",
            "timing.duration_months",
            "organisation.legal_form",
        }
    ),
)
