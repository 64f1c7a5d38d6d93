"""Sponsor profiles as an adviser sees them: expected states of named programmes and the
programmes that must (not) be in the top five. See tests/profiles/README.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from fundmatch.catalogue import Catalogue, load_catalogue, resolve_paths
from fundmatch.models import Answers
from fundmatch.scoring import ProgramScore, rank

PROFILES = sorted((Path(__file__).parent / "profiles").glob("*.yaml"))


@pytest.fixture(scope="module")
def bundled() -> Catalogue:
    return load_catalogue(resolve_paths(env={}))


def ranking_for(profile: dict[str, Any], catalogue: Catalogue) -> list[ProgramScore]:
    answers = Answers.model_validate(profile["answers"])
    return rank(catalogue.programs, catalogue.rubric, answers, profile["today"])


def test_there_are_enough_profiles() -> None:
    assert len(PROFILES) >= 10


@pytest.mark.parametrize("path", PROFILES, ids=[p.stem for p in PROFILES])
def test_profile(path: Path, bundled: Catalogue) -> None:
    profile = yaml.safe_load(path.read_text(encoding="utf-8"))
    expect = profile["expect"]
    ranking = ranking_for(profile, bundled)
    by_id = {s.program.id: s for s in ranking}
    top5 = [s.program.id for s in ranking[:5]]
    for program_id, state in expect.get("states", {}).items():
        assert by_id[program_id].eligibility.value == state, (
            program_id,
            [g.reason.render("de") for g in by_id[program_id].gates if g.outcome.value != "yes"],
        )
    for program_id in expect.get("top5", []):
        assert program_id in top5, (program_id, top5)
    for program_id in expect.get("not_top5", []):
        assert program_id not in top5, (program_id, top5)
    assert expect.get("states") or expect.get("top5"), "a profile must expect something"
