"""Improvements come from the rules, are re-scored against the catalogue, and make sense."""

from __future__ import annotations

from pathlib import Path

import pytest

from fundmatch.answers import load_answers
from fundmatch.catalogue import Catalogue, load_catalogue, resolve_paths
from fundmatch.improvements import apply, candidate_changes, fields_of, improvements, robustness
from fundmatch.models import ApplicantRule, Applicants
from fundmatch.scoring import Context, Outcome, ProgramScore, rank, rerank, rescore, score_program
from tests.conftest import ROOT
from tests.helpers import TODAY, answers, changed, small_catalogue


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return small_catalogue()


def texts(catalogue: Catalogue, program: object, given: object) -> list[str]:
    ctx = Context.build(catalogue.rubric, given, TODAY)  # type: ignore[arg-type]
    return [c.message.render("de") for c in candidate_changes(program, ctx)]  # type: ignore[arg-type]


def test_a_smaller_request_on_the_programmes_yearly_terms(catalogue: Catalogue) -> None:
    big = answers(budget={"total_eur": 900000, "requested_eur": 600000}, timing={"duration_months": 36})
    assert "Nur 450.000\u00a0€ beantragen" in texts(catalogue, catalogue.get("grossprogramm"), big)


def test_a_project_far_bigger_than_the_programme_is_offered_part_funding(catalogue: Catalogue) -> None:
    big = answers(budget={"total_eur": 150000, "requested_eur": 135000})
    found = texts(catalogue, catalogue.get("kleinfonds"), big)
    assert (
        "Als Teilfinanzierung hier 2.500\u00a0€ beantragen, den Rest (132.500\u00a0€) aus anderen Quellen"
        in found
    )
    assert not any(text.startswith("Nur ") for text in found)  # never shrink by more than half


def test_an_initiative_is_told_to_found_a_charitable_verein_in_one_step(catalogue: Catalogue) -> None:
    found = texts(catalogue, catalogue.get("grossprogramm"), answers())
    assert (
        "Als Eingetragener Verein (e.V.) mit Gemeinnützigkeit beantragen "
        "(Verein gründen, Freistellungsbescheid beantragen)" in found
    )


def test_nothing_contradicts_the_sponsors_answers(catalogue: Catalogue) -> None:
    club = answers(organisation={"legal_form": "verein", "statuses": ["gemeinnuetzig"]})
    program = changed(
        catalogue.get("kleinfonds"), applicants=Applicants(rules=[ApplicantRule(legal_forms=["initiative"])])
    )
    ctx = Context.build(catalogue.rubric, club, TODAY)
    for change in candidate_changes(program, ctx):
        assert change.updates.get("organisation", {}).get("legal_form") in (None, "verein")


def test_a_traeger_is_suggested_where_the_programme_allows_one(catalogue: Catalogue) -> None:
    program = changed(
        catalogue.get("grossprogramm"),
        applicants=Applicants(rules=[ApplicantRule(legal_forms=["ggmbh"])], via_traeger=True),
    )
    club = answers(organisation={"legal_form": "verein", "statuses": ["gemeinnuetzig"]})
    assert (
        "Über einen gemeinnützigen Träger beantragen (z. B. Wohlfahrtsverband oder Verein vor Ort)"
        in texts(catalogue, program, club)
    )


def test_pairs_of_changes_to_different_answers(catalogue: Catalogue) -> None:
    poor = answers(resources={"own_funds_eur": 0, "volunteer_hours": 0, "prefinance_months": 0})
    ctx = Context.build(catalogue.rubric, poor, TODAY)
    changes = candidate_changes(catalogue.get("kleinfonds"), ctx)
    pair = next(c for c in changes if len([f for fields in c.updates.values() for f in fields]) == 2)
    assert " und " in pair.message.render("de")
    changed_answers = apply(poor, pair.updates)
    assert changed_answers.resources.own_funds_eur > 0 and changed_answers.resources.prefinance_months > 0


def test_improvements_are_re_scored_and_help(catalogue: Catalogue) -> None:
    given = answers(resources={"own_funds_eur": 0, "volunteer_hours": 0, "prefinance_months": 0})
    ranking = rank(catalogue.programs, catalogue.rubric, given, TODAY)
    found = improvements(ranking, top=2)
    every = [item for items in found.values() for item in items]
    assert every
    for item in every:
        assert item.gain > (0, 0, 0.0)
    only = improvements(ranking, top=["grossprogramm"])
    assert set(only) == {"grossprogramm"}
    opening = [i for i in only["grossprogramm"] if i.eligibility_after is not Outcome.NO]
    assert all(i.eligibility_before is Outcome.NO for i in opening)


def test_robustness_of_a_clear_leader_is_stable(catalogue: Catalogue) -> None:
    ranking = rank(catalogue.programs, catalogue.rubric, answers(), TODAY)
    steady = robustness(ranking, top=2)
    assert steady["kleinfonds"].stable
    assert (steady["kleinfonds"].best_rank, steady["kleinfonds"].worst_rank) == (1, 1)


def figures(ranking: list[ProgramScore]) -> list[tuple[object, ...]]:
    return [
        (s.program.id, s.score, s.score_low, s.score_high, s.confidence, s.eligibility, s.band, s.levels)
        for s in ranking
    ]


@pytest.mark.parametrize("example", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.stem)
def test_re_scoring_only_the_rules_a_change_touches_equals_a_full_scoring(example: Path) -> None:
    bundled = load_catalogue(resolve_paths(env={}))
    given = load_answers(example, bundled.rubric)
    ranking = rank(bundled.programs, bundled.rubric, given, TODAY)
    ctx = ranking[0].context
    changes = {repr(c.updates): c for s in ranking for c in candidate_changes(s.program, ctx)}
    assert changes
    for change in changes.values():
        changed = apply(given, change.updates)
        full = rank(bundled.programs, bundled.rubric, changed, TODAY)
        places = rerank(ranking, ctx.with_answers(changed), fields_of(change.updates))
        assert [place for place, _ in places] == list(range(1, len(full) + 1))
        assert figures([score for _, score in places]) == figures(full), change.message.render("de")
        alone = ctx.with_answers(changed)
        for before in ranking[:5]:  # one programme alone, against the catalogue as answered
            assert rescore(before, alone, fields_of(change.updates)) == score_program(before.program, alone)
        some = list(bundled.programs[:40])  # not the catalogue kept for its groups
        part = rank(some, bundled.rubric, given, TODAY)
        part_places = rerank(part, part[0].context.with_answers(changed), fields_of(change.updates))
        assert figures([s for _, s in part_places]) == figures(rank(some, bundled.rubric, changed, TODAY))
        wanted = {full[3].program.id, full[-1].program.id}
        assert rerank(ranking, ctx.with_answers(changed), fields_of(change.updates), wanted) == [
            (4, places[3][1]),
            (len(full), places[-1][1]),
        ]
