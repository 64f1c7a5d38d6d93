from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fundmatch.catalogue import Catalogue, load_catalogue, resolve_paths
from fundmatch.models import Answers, Program
from fundmatch.scoring import Context, Outcome, ProgramScore, rank, score_program
from tests.helpers import DATA, ROOT, TODAY, answers, assert_golden


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(resolve_paths(DATA / "scoring", ROOT / "rubric.yaml", {}))


def score(catalogue: Catalogue, program_id: str, given_answers: Answers) -> ProgramScore:
    ctx = Context.build(catalogue.rubric, given_answers, TODAY)
    return score_program(catalogue.get(program_id), ctx)


def gate(result: ProgramScore, gate_id: str) -> tuple[Outcome, str]:
    found = next(g for g in result.gates if g.gate.id == gate_id)
    return found.outcome, found.reason.render("de")


def criterion(result: ProgramScore, criterion_id: str) -> tuple[int, bool, str]:
    found = next(c for c in result.criteria if c.criterion.id == criterion_id)
    return found.level, found.known, found.reason.render("de")


# --- gates -------------------------------------------------------------------------------


def test_small_fund_is_open_to_an_initiative_in_the_county(catalogue: Catalogue) -> None:
    result = score(catalogue, "kleinfonds", answers())
    assert result.eligibility is Outcome.YES
    assert gate(result, "foerdergebiet") == (
        Outcome.YES,
        "Ihr Standort liegt im Fördergebiet (Landkreis Northeim).",
    )


def test_region_gate_uses_the_hierarchy(catalogue: Catalogue) -> None:
    outside = score(catalogue, "kleinfonds", answers(organisation={"location": "lk-goettingen"}))
    assert gate(outside, "foerdergebiet")[0] is Outcome.NO
    unknown = score(catalogue, "kleinfonds", answers(organisation={"location": None}))
    assert gate(unknown, "foerdergebiet") == (Outcome.CHECK, "Ihr Standort ist nicht angegeben.")
    # A Land-wide answer cannot tell whether the town lies in a county programme's area.
    coarse = score(catalogue, "kleinfonds", answers(organisation={"location": "ni"}))
    assert gate(coarse, "foerdergebiet")[0] is Outcome.CHECK


def test_legal_form_and_status_gate(catalogue: Catalogue) -> None:
    result = score(catalogue, "grossprogramm", answers())
    assert gate(result, "antragsberechtigung") == (
        Outcome.NO,
        "Antragsberechtigt sind nur: Eingetragener Verein (e.V.), "
        "gGmbH oder andere gemeinnützige Gesellschaft.",
    )
    verein = answers(organisation={"legal_form": "verein", "statuses": None})
    assert gate(score(catalogue, "grossprogramm", verein), "antragsberechtigung")[0] is Outcome.CHECK
    verein = answers(organisation={"legal_form": "verein", "statuses": ["gemeinnuetzig"]})
    assert gate(score(catalogue, "grossprogramm", verein), "antragsberechtigung")[0] is Outcome.YES


def test_target_group_exclusion(catalogue: Catalogue) -> None:
    result = score(catalogue, "grossprogramm", answers())
    assert gate(result, "zielgruppe") == (Outcome.NO, "Nur für: Drittstaatsangehörige.")
    wider = answers(needs={"target_groups": ["frauen", "drittstaatsangehoerige"]})
    assert gate(score(catalogue, "grossprogramm", wider), "zielgruppe")[0] is Outcome.YES


def test_grant_range_counts_per_year_where_the_programme_does(catalogue: Catalogue) -> None:
    big = answers(budget={"total_eur": 500000, "requested_eur": 330000}, timing={"duration_months": 36})
    # 330.000 € over three years is 110.000 € a year: above the 100.000 € yearly minimum.
    assert gate(score(catalogue, "grossprogramm", big), "foerderrahmen")[0] is Outcome.YES
    small = score(catalogue, "grossprogramm", answers())
    assert gate(small, "foerderrahmen") == (
        Outcome.NO,
        "1.800 € je Jahr liegt unter dem Mindestbetrag von 100.000 € je Jahr.",
    )
    over = score(catalogue, "kleinfonds", answers(budget={"total_eur": 9000, "requested_eur": 3000}))
    assert gate(over, "foerderrahmen") == (Outcome.NO, "3.000 € liegt über dem Höchstbetrag von 2.500 €.")


def test_ended_or_expired_programmes_are_ineligible(catalogue: Catalogue) -> None:
    program = catalogue.get("kleinfonds")
    ctx = Context.build(catalogue.rubric, answers(), TODAY)
    expired = program.model_copy(update={"valid_until": dt.date(2026, 6, 30)})
    result = score_program(expired, ctx)
    assert gate(result, "laufzeit_programm") == (Outcome.NO, "Das Programm lief bis 30.06.2026.")
    assert result.eligibility is Outcome.NO
    assert [w.render("de") for w in result.warnings] == ["Programm beendet."]


# --- criteria ----------------------------------------------------------------------------


def test_own_share_covered_by_volunteer_work(catalogue: Catalogue) -> None:
    result = score(catalogue, "kleinfonds", answers(resources={"own_funds_eur": 0, "volunteer_hours": 20}))
    assert criterion(result, "eigenanteil") == (
        4,
        True,
        "Eigenanteil 10 % = 200 €; Eigenmittel und Eigenleistung (300 €) reichen.",
    )
    short = score(catalogue, "kleinfonds", answers(resources={"own_funds_eur": 0, "volunteer_hours": 0}))
    assert criterion(short, "eigenanteil") == (2, True, "Eigenanteil 10 % = 200 €, verfügbar sind nur 0 €.")


def test_reimbursement_needs_pre_financing(catalogue: Catalogue) -> None:
    result = score(catalogue, "grossprogramm", answers(resources={"prefinance_months": 2}))
    assert criterion(result, "vorfinanzierung") == (
        1,
        True,
        "Erstattung nach Nachweis, aber Sie können nur 2 von 10 Monaten vorfinanzieren.",
    )


def test_deadline_too_late_for_the_planned_start(catalogue: Catalogue) -> None:
    result = score(catalogue, "grossprogramm", answers())
    assert criterion(result, "fristen") == (
        2,
        True,
        "Nächste Frist 30.06.2027: zu spät für den Start am 01.03.2027.",
    )


def test_unknown_facts_are_neutral_and_lower_confidence(catalogue: Catalogue) -> None:
    bare = Answers()
    result = score(catalogue, "kleinfonds", bare)
    assert criterion(result, "vorfinanzierung") == (
        3,
        False,
        "Auszahlung: Mittelabruf nach Bedarf; wie lange Sie vorfinanzieren können, ist nicht angegeben.",
    )
    assert result.confidence < score(catalogue, "kleinfonds", answers()).confidence


def test_scores_and_bands(catalogue: Catalogue) -> None:
    small = score(catalogue, "kleinfonds", answers())
    large = score(catalogue, "grossprogramm", answers())
    assert small.score == 89.8
    assert small.band.id == "sehr_gut"
    assert large.score == 13.0
    assert large.band.id == "ungeeignet"
    assert sum(c.points for c in small.criteria) == pytest.approx(small.score, abs=0.05)


def test_rank_orders_eligible_first(catalogue: Catalogue) -> None:
    ranking = rank(catalogue.programs, catalogue.rubric, answers(), TODAY)
    assert [s.program.id for s in ranking] == ["kleinfonds", "grossprogramm"]


# --- explanations: golden texts ----------------------------------------------------------


def explanation(result: ProgramScore, lang: str) -> str:
    lines = [f"{result.program.id}: {result.score} ({result.band.label.get(lang)})"]
    lines += [
        f"  {g.gate.label.get(lang)}: {g.outcome.value} – {g.reason.render(lang)}" for g in result.gates
    ]
    lines += [
        f"  {c.criterion.label.get(lang)}: {c.level}{'' if c.known else '?'} – {c.reason.render(lang)}"
        for c in result.criteria
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_explanation_texts_match_the_golden_files(catalogue: Catalogue, lang: str) -> None:
    ranking = rank(catalogue.programs, catalogue.rubric, answers(), TODAY)
    text = "".join(explanation(result, lang) for result in ranking)
    assert_golden(DATA / "golden" / f"explanations.{lang}.txt", text)


# --- properties --------------------------------------------------------------------------

resources = st.fixed_dictionaries(
    {
        "own_funds_eur": st.floats(0, 50000),
        "volunteer_hours": st.floats(0, 2000),
        "prefinance_months": st.floats(0, 48),
        "partners": st.integers(0, 10),
    }
)


@pytest.fixture(scope="module")
def bundled() -> Catalogue:
    return load_catalogue(resolve_paths(env={}))


@settings(max_examples=60, deadline=None)
@given(res=resources, extra=st.floats(0, 20000), months=st.floats(0, 24), partners=st.integers(0, 5))
def test_more_means_never_lower_scores(
    bundled: Catalogue, res: dict[str, Any], extra: float, months: float, partners: int
) -> None:
    before = answers(resources=res)
    richer = answers(
        resources={
            **res,
            "own_funds_eur": res["own_funds_eur"] + extra,
            "prefinance_months": res["prefinance_months"] + months,
            "partners": res["partners"] + partners,
        }
    )
    ctx_before = Context.build(bundled.rubric, before, TODAY)
    ctx_after = Context.build(bundled.rubric, richer, TODAY)
    for program in bundled.programs:
        low = score_program(program, ctx_before)
        high = score_program(program, ctx_after)
        assert 0 <= low.score <= 100
        assert 0 <= low.confidence <= 100
        assert high.score >= low.score, program.id


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 10_000), res=resources)
def test_ranking_is_deterministic_and_independent_of_file_order(
    bundled: Catalogue, seed: int, res: dict[str, Any]
) -> None:
    given_answers = answers(resources=res)
    programs: list[Program] = list(bundled.programs)
    first = [s.program.id for s in rank(programs, bundled.rubric, given_answers, TODAY)]
    random.Random(seed).shuffle(programs)
    second = [s.program.id for s in rank(programs, bundled.rubric, given_answers, TODAY)]
    assert first == second


def test_target_groups_include_narrower_ones(catalogue: Catalogue) -> None:
    refugees = answers(needs={"target_groups": ["gefluechtete"]})
    # Refugees in Germany are third-country nationals, so a programme only for those admits them.
    assert gate(score(catalogue, "grossprogramm", refugees), "zielgruppe")[0] is Outcome.YES
    program = catalogue.get("grossprogramm").model_copy(update={"target_groups": ["kinder_jugendliche"]})
    ctx = Context.build(catalogue.rubric, answers(needs={"target_groups": ["junge_menschen"]}), TODAY)
    assert gate(score_program(program, ctx), "zielgruppe") == (
        Outcome.CHECK,
        "Nur für: Kinder und Jugendliche (bis 18); das trifft auf einen Teil Ihrer Zielgruppe zu.",
    )


def test_a_known_missing_status_excludes_even_when_legal_forms_are_unknown(catalogue: Catalogue) -> None:
    from fundmatch.models import Applicants

    program = catalogue.get("kleinfonds").model_copy(
        update={"applicants": Applicants(legal_forms=None, statuses=["erwachsenenbildung"])}
    )
    ctx = Context.build(catalogue.rubric, answers(), TODAY)
    assert gate(score_program(program, ctx), "antragsberechtigung") == (
        Outcome.NO,
        "Erforderlich ist: Anerkannte Einrichtung der Erwachsenenbildung.",
    )


def test_a_prize_does_not_fit_a_planned_project(catalogue: Catalogue) -> None:
    from fundmatch.models import FundingType

    program = catalogue.get("kleinfonds")
    prize = program.model_copy(
        update={"funding": program.funding.model_copy(update={"type": FundingType.PREIS})}
    )
    ctx = Context.build(catalogue.rubric, answers(), TODAY)
    assert criterion(score_program(prize, ctx), "foerdersumme") == (
        1,
        True,
        "Ein Preis würdigt bestehendes Engagement; er finanziert kein geplantes Projekt.",
    )
