"""Checks of the bundled catalogue itself: sourced, complete ratings, honest dates."""

from __future__ import annotations

import datetime as dt

import pytest

from fundmatch.catalogue import Catalogue, load_catalogue, resolve_paths
from fundmatch.models import Answers, Program
from tests.helpers import score


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(resolve_paths(env={}))


def test_catalogue_is_large_enough(catalogue: Catalogue) -> None:
    assert len(catalogue.programs) >= 35


def has_facts(program: Program) -> bool:
    f = program.funding
    amounts = (f.min_eur, f.max_eur, f.rate_max_pct, f.own_share_min_pct)
    return any(v is not None for v in amounts) or bool(program.deadlines.dates or program.deadlines.yearly)


def test_every_programme_is_sourced_and_checked(catalogue: Catalogue) -> None:
    today = dt.date.today()
    for program in catalogue.programs:
        assert program.sources, program.id
        for source in program.sources:
            assert source.url.startswith(("https://", "http://")), program.id
            assert source.checked <= today, f"{program.id}: checked in the future"
            if source.date is not None:
                assert source.date <= source.checked, f"{program.id}: source dated after it was checked"
        if has_facts(program):
            assert any(s.checked for s in program.sources), program.id


def test_every_programme_is_rated_on_every_curated_criterion(catalogue: Catalogue) -> None:
    curated = {c.id for c in catalogue.rubric.criteria if c.kind == "curated"}
    for program in catalogue.programs:
        assert set(program.ratings) == curated, program.id


def test_ended_programmes_stay_in_the_catalogue(catalogue: Catalogue) -> None:
    ended = [p.id for p in catalogue.programs if p.status.value == "ended"]
    assert "bule-500-landinitiativen" in ended


def test_northeim_towns_are_in_the_region_vocabulary(catalogue: Catalogue) -> None:
    regions = {r.id: r for r in catalogue.rubric.vocabularies.regions}
    towns = [r for r in regions.values() if r.parent == "lk-northeim"]
    assert len(towns) == 11
    assert all(r.ags and r.ags.startswith("03155") and len(r.ags) == 8 for r in towns)
    assert regions["leader-harzweserland"].members == ["lk-northeim"]


def test_every_known_gate_fact_names_its_source(catalogue: Catalogue) -> None:
    from fundmatch.audit import known_facts, unevidenced

    for program in catalogue.programs:
        assert unevidenced(program, known_facts(program)) == [], program.id
        for evidence in program.evidence.values():
            assert evidence.source < len(program.sources), program.id


def test_an_informal_initiative_holds_no_status_of_a_legal_person(catalogue: Catalogue) -> None:
    """No juristische Person: no recognised adult-education institution (NEBG § 3), no
    foundation; every other status stays possible, so only these two are ruled out."""
    vocabularies = catalogue.rubric.vocabularies
    ruled_out = {s.id for s in vocabularies.statuses if not vocabularies.can_hold("initiative", s.id)}
    assert ruled_out == {"erwachsenenbildung", "buergerstiftung"}
    # Language courses for recognised institutions only; the statuses are not given, yet the
    # initiative cannot hold the one required.
    initiative = Answers.model_validate({"organisation": {"legal_form": "initiative"}})
    assert score(catalogue, "nds-sprachkurse-gefluechtete", initiative).eligibility.value == "no"
