"""Shared test helpers: a small catalogue on the test rubric and a sponsor's answers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fundmatch.catalogue import Catalogue, load_catalogue, resolve_paths
from fundmatch.models import Answers, Program
from fundmatch.scoring import Context, Outcome, ProgramScore, score_program
from tests.conftest import DATA

TODAY = dt.date(2026, 11, 25)
TEST_RUBRIC = DATA / "rubric.yaml"


def small_catalogue() -> Catalogue:
    """The two test programmes (kleinfonds, grossprogramm) on the test rubric."""
    return load_catalogue(resolve_paths(DATA / "scoring", TEST_RUBRIC, {}))


def answers(**sections: dict[str, Any]) -> Answers:
    """Answers of a small initiative in Uslar, with sections overridden."""
    base: dict[str, Any] = {
        "organisation": {"legal_form": "initiative", "statuses": [], "location": "uslar"},
        "resources": {"own_funds_eur": 200, "volunteer_hours": 20, "prefinance_months": 1, "partners": 0},
        "needs": {
            "themes": ["integration", "sprache"],
            "target_groups": ["frauen"],
            "cost_types": ["honorare", "sachkosten"],
            "participants": 12,
        },
        "budget": {"total_eur": 2000, "requested_eur": 1800},
        "timing": {"start": "2027-03-01", "duration_months": 10, "already_started": False},
    }
    for name, values in sections.items():
        base[name] = {**base.get(name, {}), **values}
    return Answers.model_validate(base)


def score(catalogue: Catalogue, program: str | Program, given: Answers) -> ProgramScore:
    """One programme scored alone (unknown facts at the neutral level)."""
    ctx = Context.build(catalogue.rubric, given, TODAY)
    return score_program(catalogue.get(program) if isinstance(program, str) else program, ctx)


def gate(result: ProgramScore, gate_id: str) -> tuple[Outcome, str]:
    found = next(g for g in result.gates if g.gate.id == gate_id)
    return found.outcome, found.reason.render("de")


def criterion(result: ProgramScore, criterion_id: str) -> tuple[int, bool, str]:
    found = next(c for c in result.criteria if c.criterion.id == criterion_id)
    return found.level, found.known, found.reason.render("de")


def changed(program: Program, **updates: Any) -> Program:
    """A programme with top-level fields or ``section__field`` values replaced."""
    top: dict[str, Any] = {}
    for name, value in updates.items():
        if "__" in name:
            section, field = name.split("__")
            part = top.get(section, getattr(program, section))
            top[section] = part.model_copy(update={field: value})
        else:
            top[name] = value
    return program.model_copy(update=top)
