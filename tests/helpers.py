"""Constants and helpers shared by the test modules (test modules never import each other)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from fundmatch.catalogue import Catalogue, load_catalogue, resolve_paths
from fundmatch.models import Answers, Program
from fundmatch.scoring import Context, Outcome, ProgramScore, score_program

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
TODAY = dt.date(2026, 11, 25)
TEST_RUBRIC = DATA / "rubric.yaml"

PROGRAM = """\
id: {id}
name: Testprogramm
funder: Testgeber
level: Land
status: open
sources:
  - url: https://example.org/richtlinie
    checked: 2026-11-01
"""

# The one switch that regenerates every golden file: FUNDMATCH_REGOLDEN=1, or pytest --regold.
REGOLDEN_ENV = "FUNDMATCH_REGOLDEN"


def regolding() -> bool:
    """Whether this run writes the golden files instead of comparing with them."""
    return os.environ.get(REGOLDEN_ENV, "") not in ("", "0")


def assert_golden(path: Path, text: str) -> None:
    """``text`` equals the golden file ``path`` (written first when regolding)."""
    if regolding():
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"review, then {REGOLDEN_ENV}=1 pytest (or --regold)"


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


def small_catalogue() -> Catalogue:
    """The two test programmes (kleinfonds, grossprogramm) on the test rubric."""
    return load_catalogue(resolve_paths(DATA / "scoring", TEST_RUBRIC, {}))


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


# The answers of examples/frauencafe-uslar.yaml, as a sponsor would type them.
CAFE_DE = [
    "Initiative Frauen-Café Uslar",
    "2",
    "",
    "",  # status applied for: none
    "",  # a Träger would apply for us: unknown
    "usl",
    "0",
    "6",
    "1",
    "200",
    "100",
    "0",
    "1",
    "n",
    "Frauen-Café „Miteinander“ mit Sprachtreff",
    "Wöchentliches Café mit Kinderbetreuung, Deutsch-Übungsrunden und Ausflügen.",
    "1,6,2",
    "7,2,1",
    "2,3,8,4",
    "12",
    "2.500",
    "2.300",
    "",  # staff positions: none
    "1",
    "01.03.2027",
    "10",
    "n",
    "",  # review: no corrections
]


def typed(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"
