"""Gates and criteria on the test rubric: one behaviour per test, with the reason shown."""

from __future__ import annotations

import datetime as dt

import pytest

from fundmatch.catalogue import Catalogue
from fundmatch.models import (
    ApplicantRule,
    Applicants,
    FundingType,
    PartnerKind,
    PastAward,
    ProgramStatus,
    StartRule,
)
from fundmatch.rules import applicants
from fundmatch.scoring import Outcome, ProgramScore, rank, refusal
from tests.helpers import (
    DATA,
    TODAY,
    answers,
    assert_golden,
    changed,
    criterion,
    gate,
    score,
    small_catalogue,
)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return small_catalogue()


# --- applicants ----------------------------------------------------------------------------


def test_legal_form_and_status(catalogue: Catalogue) -> None:
    result = score(catalogue, "grossprogramm", answers())
    assert gate(result, "antragsberechtigung") == (
        Outcome.NO,
        "Antragsberechtigt sind nur: Eingetragener Verein (e.V.), "
        "gGmbH oder andere gemeinnützige Gesellschaft.",
    )
    unknown = answers(organisation={"legal_form": "verein", "statuses": None})
    assert gate(score(catalogue, "grossprogramm", unknown), "antragsberechtigung")[0] is Outcome.CHECK
    charitable = answers(organisation={"legal_form": "verein", "statuses": ["gemeinnuetzig"]})
    assert gate(score(catalogue, "grossprogramm", charitable), "antragsberechtigung") == (
        Outcome.YES,
        "Eingetragener Verein (e.V.) ist antragsberechtigt, mit Gemeinnützig (Freistellungsbescheid).",
    )
    plain = answers(organisation={"legal_form": "verein", "statuses": []})
    assert gate(score(catalogue, "grossprogramm", plain), "antragsberechtigung") == (
        Outcome.NO,
        "Erforderlich ist: Gemeinnützig (Freistellungsbescheid).",
    )


def test_charitable_status_applied_for_is_a_question_for_the_funder(catalogue: Catalogue) -> None:
    pending = answers(
        organisation={"legal_form": "verein", "statuses": [], "statuses_applied": ["gemeinnuetzig"]}
    )
    result = score(catalogue, "grossprogramm", pending)
    assert gate(result, "antragsberechtigung")[0] is Outcome.CHECK
    (question,) = [f for f in result.open_facts if f.fact == "applicants.statuses"]
    assert question.side == "program"
    assert (
        question.question.render("de")
        == "Genügt es, dass Gemeinnützig (Freistellungsbescheid) beantragt ist?"
    )


def test_status_required_only_of_private_bodies(catalogue: Catalogue) -> None:
    program = changed(
        catalogue.get("kleinfonds"),
        applicants=Applicants(
            rules=[
                ApplicantRule(legal_forms=["verein"], statuses=["gemeinnuetzig"]),
                ApplicantRule(legal_forms=["kommune"]),
            ]
        ),
    )
    town = answers(organisation={"legal_form": "kommune", "statuses": []})
    assert gate(score(catalogue, program, town), "antragsberechtigung")[0] is Outcome.YES
    club = answers(organisation={"legal_form": "verein", "statuses": []})
    assert gate(score(catalogue, program, club), "antragsberechtigung")[0] is Outcome.NO


def test_a_status_the_legal_form_cannot_hold_excludes_without_asking(catalogue: Catalogue) -> None:
    # A private person is never gemeinnützig (§ 51 AO): no question, and founding a Verein helps.
    program = changed(
        catalogue.get("kleinfonds"),
        applicants=Applicants(rules=[ApplicantRule(legal_forms=None, statuses=["gemeinnuetzig"])]),
    )
    person = answers(organisation={"legal_form": "privatperson", "statuses": None})
    result = score(catalogue, program, person)
    assert gate(result, "antragsberechtigung") == (
        Outcome.NO,
        "Verlangt ist Gemeinnützig (Freistellungsbescheid); als Privatperson können Sie das nicht haben.",
    )
    assert not [f for f in result.open_facts if f.fact == "organisation.statuses"]
    ctx = result.context
    advice = [change.message.key for change in applicants.suggest(program, ctx, None)]
    assert advice == ["impr.legal_form_charitable"]
    club = answers(organisation={"legal_form": "verein", "statuses": None})
    assert gate(score(catalogue, program, club), "antragsberechtigung")[0] is Outcome.CHECK


def test_a_traeger_may_apply_for_a_group_that_may_not(catalogue: Catalogue) -> None:
    program = changed(
        catalogue.get("grossprogramm"),
        applicants=Applicants(rules=[ApplicantRule(legal_forms=["verein"])], via_traeger=True),
    )
    alone = score(catalogue, program, answers())
    assert gate(alone, "antragsberechtigung")[1].endswith("Ein solcher Träger kann aber für Sie beantragen.")
    with_traeger = score(catalogue, program, answers(organisation={"via_traeger": True}))
    assert gate(with_traeger, "antragsberechtigung")[0] is Outcome.YES


def test_young_organisations_and_a_minimum_age(catalogue: Catalogue) -> None:
    program = changed(
        catalogue.get("kleinfonds"),
        applicants=Applicants(rules=[ApplicantRule(legal_forms=["initiative"], founded_years_min=2)]),
    )
    young = score(catalogue, program, answers(organisation={"founded": 2026}))
    assert gate(young, "antragsberechtigung") == (
        Outcome.NO,
        "Antragstellende müssen seit mindestens 2 Jahren bestehen.",
    )
    old = score(catalogue, program, answers(organisation={"founded": 2019}))
    assert gate(old, "antragsberechtigung")[0] is Outcome.YES
    assert gate(score(catalogue, program, answers()), "antragsberechtigung")[0] is Outcome.CHECK


def test_a_known_missing_status_excludes_even_when_legal_forms_are_unknown(catalogue: Catalogue) -> None:
    program = changed(
        catalogue.get("kleinfonds"),
        applicants=Applicants(rules=[ApplicantRule(legal_forms=None, statuses=["erwachsenenbildung"])]),
    )
    assert gate(score(catalogue, program, answers()), "antragsberechtigung") == (
        Outcome.NO,
        "Erforderlich ist: Anerkannte Einrichtung der Erwachsenenbildung.",
    )


def test_who_may_apply_not_researched_names_the_question(catalogue: Catalogue) -> None:
    program = changed(catalogue.get("kleinfonds"), applicants=Applicants())
    result = score(catalogue, program, answers())
    assert gate(result, "antragsberechtigung") == (
        Outcome.CHECK,
        "Wer antragsberechtigt ist, ist nicht erfasst.",
    )
    assert result.open_facts[0].question.render("de") == (
        "Können wir als Initiative ohne Rechtsform einen Antrag stellen, und wird Gemeinnützigkeit verlangt?"
    )
    assert result.open_facts[0].question.render("en") == (
        "Can we apply with our legal form (Informal initiative), and is charitable status required?"
    )


# --- region, status, target groups, purpose ------------------------------------------------


def test_region_gate_uses_the_hierarchy(catalogue: Catalogue) -> None:
    inside = score(catalogue, "kleinfonds", answers())
    assert gate(inside, "foerdergebiet") == (
        Outcome.YES,
        "Ihr Standort liegt im Fördergebiet (Landkreis Northeim).",
    )
    outside = score(catalogue, "kleinfonds", answers(organisation={"location": "lk-goettingen"}))
    assert gate(outside, "foerdergebiet")[0] is Outcome.NO
    unknown = score(catalogue, "kleinfonds", answers(organisation={"location": None}))
    assert gate(unknown, "foerdergebiet") == (Outcome.CHECK, "Ihr Standort ist nicht angegeben.")
    coarse = score(catalogue, "kleinfonds", answers(organisation={"location": "ni"}))
    assert gate(coarse, "foerdergebiet")[0] is Outcome.CHECK


def test_ended_or_expired_programmes_are_ineligible_and_have_no_band(catalogue: Catalogue) -> None:
    expired = changed(catalogue.get("kleinfonds"), valid_until=dt.date(2026, 6, 30))
    result = score(catalogue, expired, answers())
    assert gate(result, "laufzeit_programm") == (Outcome.NO, "Das Programm lief bis 30.06.2026.")
    assert [w.render("de") for w in result.warnings] == ["Programm beendet."]
    ended = score(catalogue, changed(catalogue.get("kleinfonds"), status=ProgramStatus.ENDED), answers())
    assert ended.band is None
    assert result.band is not None  # expired but not yet marked ended: staff must update it


def test_a_project_that_starts_after_the_guideline_ends_asks_for_its_successor(catalogue: Catalogue) -> None:
    program = changed(catalogue.get("kleinfonds"), valid_until=dt.date(2026, 12, 31))
    result = score(catalogue, program, answers())
    assert gate(result, "laufzeit_programm") == (
        Outcome.CHECK,
        "Die Förderrichtlinie gilt bis 31.12.2026, Ihr Projekt beginnt am 01.03.2027.",
    )
    assert result.open_facts[0].question.render("de") == (
        "Die Richtlinie endet am 31.12.2026: Gibt es eine Nachfolgeregelung, und ab wann?"
    )


def test_target_groups_include_narrower_ones(catalogue: Catalogue) -> None:
    assert gate(score(catalogue, "grossprogramm", answers()), "zielgruppe") == (
        Outcome.NO,
        "Nur für: Drittstaatsangehörige.",
    )
    refugees = answers(needs={"target_groups": ["gefluechtete"]})
    assert gate(score(catalogue, "grossprogramm", refugees), "zielgruppe")[0] is Outcome.YES
    women = answers(needs={"target_groups": ["gefluechtete_frauen"]})
    assert gate(score(catalogue, "grossprogramm", women), "zielgruppe")[0] is Outcome.YES


def test_purpose_gate(catalogue: Catalogue) -> None:
    sport = answers(needs={"themes": ["sport"], "target_groups": ["kinder_jugendliche"]})
    assert gate(score(catalogue, "kleinfonds", sport), "foerderzweck") == (
        Outcome.NO,
        "Gefördert wird anderes: Integration und Teilhabe Zugewanderter, Sprache und Sprachförderung, "
        "Gesellschaftlicher Zusammenhalt und Begegnung.",
    )
    # Target groups are a programme's purpose only where it admits nobody else.
    women = answers(needs={"themes": ["sport"], "target_groups": ["frauen"]})
    assert gate(score(catalogue, "kleinfonds", women), "foerderzweck")[0] is Outcome.NO
    only_women = changed(catalogue.get("kleinfonds"), target_groups_only=True)
    assert gate(score(catalogue, only_women, women), "foerderzweck") == (
        Outcome.YES,
        "Passt zum Förderzweck: Frauen und Mädchen.",
    )
    # A programme for education funds language learning (a broader term).
    program = changed(catalogue.get("kleinfonds"), themes=["bildung"], target_groups=["alle"])
    language = answers(needs={"themes": ["sprache"], "target_groups": []})
    assert gate(score(catalogue, program, language), "foerderzweck")[0] is Outcome.YES
    open_to_all = changed(program, themes=["alle_themen"])
    sport = answers(needs={"themes": ["sport"], "target_groups": []})
    assert gate(score(catalogue, open_to_all, sport), "foerderzweck") == (
        Outcome.YES,
        "Gefördert werden Projekte zu allen gemeinnützigen Zwecken.",
    )
    unknown = changed(program, themes=[])
    assert gate(score(catalogue, unknown, language), "foerderzweck")[0] is Outcome.CHECK


def test_a_purpose_bound_to_a_theme_takes_only_projects_with_it(catalogue: Catalogue) -> None:
    """A sports fund that also serves integration is no fund for a language café."""
    sports_fund = changed(
        catalogue.get("kleinfonds"), themes=["sport", "integration"], themes_required=["sport"]
    )
    cafe = answers(needs={"themes": ["integration", "sprache"]})
    assert gate(score(catalogue, sports_fund, cafe), "foerderzweck") == (
        Outcome.NO,
        "Gefördert werden nur Projekte zum Thema Sport; Ihr Projekt nennt es nicht.",
    )
    football = answers(needs={"themes": ["sport", "integration"]})
    assert gate(score(catalogue, sports_fund, football), "foerderzweck")[0] is Outcome.YES
    # Only target groups given: whether the project is a sports project is asked.
    groups_only = answers(needs={"themes": [], "target_groups": ["frauen"]})
    outcome, reason = gate(score(catalogue, sports_fund, groups_only), "foerderzweck")
    assert outcome is Outcome.CHECK and "Sport" in reason
    culture_fund = changed(sports_fund, themes_required=["kultur", "sport"])
    assert gate(score(catalogue, culture_fund, cafe), "foerderzweck") == (
        Outcome.NO,
        "Gefördert werden nur Projekte zu den Themen Kultur und Soziokultur oder Sport; "
        "Ihr Projekt nennt keines davon.",
    )
    # Without the binding, the shared theme suffices, as before.
    assert (
        gate(score(catalogue, changed(sports_fund, themes_required=[]), cafe), "foerderzweck")[0]
        is Outcome.YES
    )


def test_a_started_project_where_the_programme_waits_for_approval(catalogue: Catalogue) -> None:
    started = answers(timing={"already_started": True, "start": "2026-09-01"})
    assert gate(score(catalogue, "kleinfonds", started), "projektbeginn")[0] is Outcome.NO
    program = changed(catalogue.get("kleinfonds"), start_rule=StartRule.AFTER_SUBMISSION)
    assert gate(score(catalogue, program, started), "projektbeginn")[0] is Outcome.CHECK
    assert criterion(score(catalogue, program, started), "massnahmebeginn")[0] == 2
    anytime = changed(program, start_rule=StartRule.ANY_TIME)
    assert gate(score(catalogue, anytime, started), "projektbeginn")[0] is Outcome.YES


def test_a_prize_is_no_money_for_a_planned_project(catalogue: Catalogue) -> None:
    prize = changed(catalogue.get("kleinfonds"), funding__type=FundingType.PREIS)
    assert gate(score(catalogue, prize, answers()), "foerderart") == (
        Outcome.NO,
        "Ein Preis würdigt bestehendes Engagement; ein geplantes Projekt lässt sich damit nicht finanzieren.",
    )
    running = answers(timing={"already_started": True, "start": "2026-09-01"})
    assert gate(score(catalogue, prize, running), "foerderart")[0] is Outcome.YES
    assert gate(score(catalogue, "kleinfonds", answers()), "foerderart")[0] is Outcome.YES


def test_a_start_still_to_come_says_the_project_has_not_begun(catalogue: Catalogue) -> None:
    # A file that gives a future start and leaves "already started" out: not begun, so a
    # prize is no money for it and waiting for the approval costs nothing yet.
    prize = changed(catalogue.get("kleinfonds"), funding__type=FundingType.PREIS)
    ahead = answers(timing={"already_started": None, "start": "2027-03-01"})
    assert gate(score(catalogue, prize, ahead), "foerderart")[0] is Outcome.NO
    waits = changed(catalogue.get("kleinfonds"), start_rule=StartRule.AFTER_APPROVAL)
    assert criterion(score(catalogue, waits, ahead), "massnahmebeginn")[:2] == (3, True)
    # A start that has come (or none at all) does not tell: asked, as before.
    for unclear in ({"start": "2026-11-01"}, {"start": None}):
        unsure = answers(timing={"already_started": None, **unclear})
        assert gate(score(catalogue, prize, unsure), "foerderart")[0] is Outcome.CHECK
        assert criterion(score(catalogue, waits, unsure), "massnahmebeginn")[1] is False
    # What the file says wins over the date.
    running = answers(timing={"already_started": True, "start": "2027-03-01"})
    assert gate(score(catalogue, prize, running), "foerderart")[0] is Outcome.YES


def test_required_partners_abroad(catalogue: Catalogue) -> None:
    program = changed(catalogue.get("grossprogramm"), partners__kind=PartnerKind.TRANSNATIONAL)
    none = answers(resources={"transnational_partners": False})
    assert gate(score(catalogue, program, none), "auslandspartner") == (
        Outcome.NO,
        "Verlangt werden Partner im Ausland (2); Sie haben keine angegeben.",
    )
    abroad = answers(resources={"partner_kinds": ["ausland"]})
    assert gate(score(catalogue, program, abroad), "auslandspartner")[0] is Outcome.YES
    assert gate(score(catalogue, program, answers()), "auslandspartner")[0] is Outcome.CHECK
    assert gate(score(catalogue, "grossprogramm", none), "auslandspartner")[0] is Outcome.YES  # a network


# --- grant range and size ------------------------------------------------------------------


def test_grant_range_counts_per_year_where_the_programme_does(catalogue: Catalogue) -> None:
    big = answers(budget={"total_eur": 500000, "requested_eur": 330000}, timing={"duration_months": 36})
    assert gate(score(catalogue, "grossprogramm", big), "foerderrahmen")[0] is Outcome.YES
    assert gate(score(catalogue, "grossprogramm", answers()), "foerderrahmen") == (
        Outcome.NO,
        "1.800\u00a0€ je Jahr liegt unter dem Mindestbetrag von 100.000\u00a0€ je Jahr.",
    )
    over = score(catalogue, "kleinfonds", answers(budget={"total_eur": 9000, "requested_eur": 3000}))
    assert gate(over, "foerderrahmen") == (
        Outcome.NO,
        "3.000\u00a0€ liegt über dem Höchstbetrag von 2.500\u00a0€.",
    )


def test_a_ceiling_on_the_total_cost_excludes_a_larger_project(catalogue: Catalogue) -> None:
    program = changed(catalogue.get("kleinfonds"), funding__max_total_eur=10000)
    within = answers(budget={"total_eur": 10000, "requested_eur": 2000})
    assert gate(score(catalogue, program, within), "foerderrahmen")[0] is Outcome.YES
    larger = answers(budget={"total_eur": 12000, "requested_eur": 2000})  # the request alone fits
    assert gate(score(catalogue, program, larger), "foerderrahmen") == (
        Outcome.NO,
        "Die Gesamtkosten von 12.000\u00a0€ liegen über der Obergrenze des Programms "
        "von 10.000\u00a0€ je Projekt.",
    )
    no_total = answers(budget={"total_eur": None, "requested_eur": 2000})  # no total: the request decides
    assert gate(score(catalogue, program, no_total), "foerderrahmen")[0] is Outcome.YES


def test_limits_per_staff_position(catalogue: Catalogue) -> None:
    program = changed(catalogue.get("grossprogramm"), funding__per_position=True)
    half = answers(
        budget={"total_eur": 200000, "requested_eur": 120000, "positions": 0.5},
        timing={"duration_months": 24},
    )
    # 120.000 € over two years is 60.000 € a year, for half a position 120.000 € per full position.
    assert gate(score(catalogue, program, half), "foerderrahmen")[0] is Outcome.YES


def test_a_limit_the_guideline_does_not_state_is_no_obstacle(catalogue: Catalogue) -> None:
    program = changed(
        catalogue.get("kleinfonds"), funding__min_eur="not_stated", funding__max_eur="not_stated"
    )
    assert gate(score(catalogue, program, answers()), "foerderrahmen")[0] is Outcome.YES
    open_max = changed(program, funding__max_eur=None)
    result = score(catalogue, open_max, answers())
    assert gate(result, "foerderrahmen")[0] is Outcome.CHECK
    assert result.open_facts[0].fact == "funding.max_eur"


def test_past_awards_stand_in_for_a_range_the_guideline_leaves_open(catalogue: Catalogue) -> None:
    program = changed(
        catalogue.get("kleinfonds"),
        funding__min_eur="not_stated",
        funding__max_eur="not_stated",
        past_awards=[PastAward(year=2025, count=12, min_eur=300, max_eur=1500, source=0)],
    )
    assert gate(score(catalogue, program, answers()), "foerderrahmen") == (
        Outcome.CHECK,
        "Die Richtlinie nennt keinen Förderrahmen, "
        "aber 1.800\u00a0€ ist mehr als jede bisherige Förderung (bis 1.500\u00a0€).",
    )
    small = answers(budget={"total_eur": 1500, "requested_eur": 1000})
    assert gate(score(catalogue, program, small), "foerderrahmen")[0] is Outcome.YES


def test_a_request_above_the_maximum_is_always_compared(catalogue: Catalogue) -> None:
    program = changed(catalogue.get("kleinfonds"), funding__min_eur=None)
    far = score(catalogue, program, answers(budget={"total_eur": 150000, "requested_eur": 135000}))
    assert criterion(far, "foerdersumme")[:2] == (1, True)
    near = score(catalogue, program, answers(budget={"total_eur": 4000, "requested_eur": 3000}))
    assert criterion(near, "foerdersumme")[:2] == (2, True)


def test_a_prize_does_not_fit_a_planned_project(catalogue: Catalogue) -> None:
    prize = changed(catalogue.get("kleinfonds"), funding__type=FundingType.PREIS)
    assert criterion(score(catalogue, prize, answers()), "foerdersumme") == (
        1,
        True,
        "Ein Preis würdigt bestehendes Engagement; er finanziert kein geplantes Projekt.",
    )


# --- other criteria --------------------------------------------------------------------------


def test_own_share_covered_by_volunteer_work(catalogue: Catalogue) -> None:
    result = score(catalogue, "kleinfonds", answers(resources={"own_funds_eur": 0, "volunteer_hours": 20}))
    assert criterion(result, "eigenanteil") == (
        4,
        True,
        "Eigenanteil 10\u00a0% = 200\u00a0€; Eigenmittel und Eigenleistung (300\u00a0€) reichen.",
    )
    short = score(catalogue, "kleinfonds", answers(resources={"own_funds_eur": 0, "volunteer_hours": 0}))
    assert criterion(short, "eigenanteil") == (
        2,
        True,
        "Eigenanteil 10\u00a0% = 200\u00a0€, verfügbar sind nur 0\u00a0€.",
    )


def test_reimbursement_needs_pre_financing(catalogue: Catalogue) -> None:
    result = score(catalogue, "grossprogramm", answers(resources={"prefinance_months": 2}))
    assert criterion(result, "vorfinanzierung") == (
        1,
        True,
        "Erstattung nach Nachweis, aber Sie können nur 2 von 10 Monaten vorfinanzieren.",
    )


def test_deadline_too_late_for_the_planned_start(catalogue: Catalogue) -> None:
    assert criterion(score(catalogue, "grossprogramm", answers()), "fristen") == (
        2,
        True,
        "Nächste Frist 30.06.2027: zu spät für den Start am 01.03.2027.",
    )


def test_a_programme_open_to_everyone_fits_no_worse_for_naming_one_group_too(catalogue: Catalogue) -> None:
    """Naming one of the project's groups besides everyone must not lower the group fit below
    that of a programme open to everyone."""
    project = answers(
        needs={"themes": ["integration"], "target_groups": ["frauen", "gefluechtete", "aeltere"]}
    )
    program = changed(catalogue.get("kleinfonds"), themes=["integration"], target_groups_only=False)
    fit = {}
    for groups in (("alle",), ("alle", "frauen"), ("frauen",)):
        result = score(catalogue, changed(program, target_groups=list(groups)), project)
        fit[groups] = criterion(result, "passung")[0]
    assert fit[("alle", "frauen")] == fit[("alle",)] == 5
    assert fit[("frauen",)] == 4  # one of three groups, and not open to the others


def test_partner_kinds_count_as_partners(catalogue: Catalogue) -> None:
    none = score(catalogue, "grossprogramm", answers(resources={"partners": None}))
    kinds = score(
        catalogue,
        "grossprogramm",
        answers(resources={"partners": None, "partner_kinds": ["schule", "kommune"]}),
    )
    assert criterion(none, "kooperation")[1] is False
    assert criterion(kinds, "kooperation")[:2] == (3, True)


def test_capacity_moves_effort_ratings(catalogue: Catalogue) -> None:
    program = changed(catalogue.get("grossprogramm"))
    first_timers = answers(organisation={"experience": "none", "paid_staff": 0, "volunteers": 2})
    staffed = answers(organisation={"experience": "experienced", "paid_staff": 2, "volunteers": 10})
    rated = program.ratings["antragsaufwand"].level
    assert rated <= 3
    assert criterion(score(catalogue, program, first_timers), "antragsaufwand")[0] == max(1, rated - 1)
    assert criterion(score(catalogue, program, staffed), "antragsaufwand")[0] == rated + 1


def test_sum_of_points_is_the_score_and_ranges_enclose_it(catalogue: Catalogue) -> None:
    for program_id in ("kleinfonds", "grossprogramm"):
        result = score(catalogue, program_id, answers())
        assert sum(c.points for c in result.criteria) == pytest.approx(result.score, abs=0.051)
        assert result.score_low <= result.score <= result.score_high


def test_rank_orders_eligible_first(catalogue: Catalogue) -> None:
    ranking = rank(catalogue.programs, catalogue.rubric, answers(), TODAY)
    assert [s.program.id for s in ranking] == ["kleinfonds", "grossprogramm"]
    assert ranking[0].eligibility is Outcome.YES


# --- explanations: golden texts, read once for sense in both languages ---------------------


def explanation(result: ProgramScore, lang: str) -> str:
    band = result.band.label.get(lang) if result.band else "—"
    lines = [f"{result.program.id}: {result.score} ({result.score_low}–{result.score_high}, {band})"]
    lines += [
        f"  {g.gate.label.get(lang)}: {g.outcome.value} – {g.reason.render(lang)}" for g in result.gates
    ]
    lines += [
        f"  {c.criterion.label.get(lang)}: {c.level}{'' if c.known else '?'} – {c.reason.render(lang)}"
        for c in result.criteria
    ]
    lines += [f"  ? {fact.side.value}: {fact.question.render(lang)}" for fact in result.open_facts]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_explanation_texts_match_the_golden_files(catalogue: Catalogue, lang: str) -> None:
    ranking = rank(catalogue.programs, catalogue.rubric, answers(), TODAY)
    text = "".join(explanation(result, lang) for result in ranking)
    assert_golden(DATA / "golden" / f"explanations.{lang}.txt", text)


def test_the_refusal_named_is_one_no_change_of_the_answers_lifts(catalogue: Catalogue) -> None:
    """A programme in another county that also wants a Verein: the county is the reason to
    name, not the legal form a group could still take on."""
    elsewhere = changed(
        catalogue.get("kleinfonds"),
        regions=["lk-goettingen"],
        applicants=Applicants(rules=[ApplicantRule(legal_forms=["verein"])]),
    )
    result = score(catalogue, elsewhere, answers())  # an initiative in Uslar
    refused = [g.gate.kind for g in result.gates if g.outcome is Outcome.NO]
    assert refused[0] == "applicants" and "region" in refused  # the rubric asks who first
    named = refusal(result.gates)
    assert named is not None and named.gate.kind == "region"
    only_form = changed(elsewhere, regions=["lk-northeim"])
    named = refusal(score(catalogue, only_form, answers()).gates)
    assert named is not None and named.gate.kind == "applicants"  # the only one: named
    assert refusal(score(catalogue, "kleinfonds", answers()).gates) is None
