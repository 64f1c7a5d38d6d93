from __future__ import annotations

from pathlib import Path

from fundmatch.answers import load_answers
from fundmatch.catalogue import load_catalogue, resolve_paths
from fundmatch.explain import candidate_changes, improvements, places, robustness
from fundmatch.scoring import rank
from tests.helpers import DATA, ROOT, TODAY, answers

BUNDLED = load_catalogue(resolve_paths(env={}))
CAFE = load_answers(ROOT / "examples" / "frauencafe-uslar.yaml", BUNDLED.rubric)


def test_places_agree_with_a_full_ranking() -> None:
    ranking = rank(BUNDLED.programs, BUNDLED.rubric, CAFE, TODAY)
    wanted = {s.program.id for s in ranking[:5]} | {ranking[-1].program.id}
    found = places(list(BUNDLED.programs), BUNDLED.rubric, CAFE, TODAY, wanted)
    expected = {s.program.id: i for i, s in enumerate(ranking, start=1) if s.program.id in wanted}
    assert {pid: place for pid, (place, _) in found.items()} == expected


def test_improvements_are_re_scored_and_help() -> None:
    ranking = rank(BUNDLED.programs, BUNDLED.rubric, CAFE, TODAY)
    found = improvements(ranking, BUNDLED.programs, BUNDLED.rubric, CAFE, TODAY, top=10)
    assert set(found) == {s.program.id for s in ranking[:10]}
    every = [item for items in found.values() for item in items]
    assert every, "some change helps some programme"
    for item in every:
        assert item.gain > (0, 0, 0.0)
        assert item.score_after >= item.score_before or item.eligibility_after != item.eligibility_before


def test_a_smaller_request_on_the_programmes_yearly_terms() -> None:
    catalogue = load_catalogue(resolve_paths(DATA / "scoring", ROOT / "rubric.yaml", {}))
    program = catalogue.get("grossprogramm")  # at most 150.000 € a year
    big = answers(budget={"total_eur": 900000, "requested_eur": 600000}, timing={"duration_months": 36})
    texts = [change.render("de") for change, _ in candidate_changes(program, big, catalogue.rubric, TODAY)]
    assert "Nur 450.000 € beantragen" in texts  # 150.000 € a year for three years


def test_robustness_of_a_clear_leader_is_stable(tmp_path: Path) -> None:
    catalogue = load_catalogue(resolve_paths(DATA / "scoring", ROOT / "rubric.yaml", {}))
    ranking = rank(catalogue.programs, catalogue.rubric, answers(), TODAY)
    steady = robustness(ranking, top=2)
    assert steady["kleinfonds"].stable
    assert (steady["kleinfonds"].best_rank, steady["kleinfonds"].worst_rank) == (1, 1)
