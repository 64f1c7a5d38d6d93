"""Every answer the questionnaire asks changes at least one result for some programme of the
bundled catalogue — or the question should go (names and descriptions only label the report)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from fundmatch.catalogue import Catalogue, load_catalogue, resolve_paths
from fundmatch.models import Answers
from fundmatch.questionnaire import QUESTIONS, Kind, Question
from fundmatch.scoring import Context, score_program

LABELS_ONLY = {"organisation.name", "project.title", "project.summary"}
PROFILES = sorted((Path(__file__).parent / "profiles").glob("*.yaml"))
NUMBERS = [0, 1, 2, 3, 5, 12, 25, 100, 1000, 5000, 50000, 500000]


@pytest.fixture(scope="module")
def bundled() -> Catalogue:
    return load_catalogue(resolve_paths(env={}))


def candidates(question: Question, catalogue: Catalogue) -> list[Any]:
    v = catalogue.rubric.vocabularies
    if question.kind in (Kind.CHOICE, Kind.MULTI):
        name = question.vocabulary or ""
        ids = (
            [t.id for t in getattr(v, name)]
            if hasattr(v, name)
            else {"experience": ["none", "some", "experienced"], "effort": ["low", "medium", "high"]}[name]
        )
        return [[i] for i in ids] + [[]] if question.kind is Kind.MULTI else ids
    if question.kind is Kind.LOCATION:
        return [r.id for r in v.regions]
    if question.kind is Kind.YESNO:
        return [False, True]
    if question.kind is Kind.DATE:
        return [dt.date(2027, 1, 15), dt.date(2027, 6, 1), dt.date(2028, 3, 1)]
    return NUMBERS


def results(catalogue: Catalogue, answers: Answers, today: dt.date) -> list[tuple[str, float]]:
    ctx = Context.build(catalogue.rubric, answers, today)
    return [(s.eligibility.value, s.score) for s in (score_program(p, ctx) for p in catalogue.programs)]


def variant(base: dict[str, Any], question: Question, value: Any) -> Answers | None:
    data = {section: dict(fields) if isinstance(fields, dict) else fields for section, fields in base.items()}
    *path, field = question.id.split(".")
    target = data
    for part in path:
        target = target.setdefault(part, {})
    target[field] = value
    try:
        return Answers.model_validate(data)
    except ValueError:  # e.g. a request above the total: not a valid answer set
        return None


@pytest.mark.parametrize("question", [q for q in QUESTIONS if q.id not in LABELS_ONLY], ids=lambda q: q.id)
def test_the_answer_changes_some_result(question: Question, bundled: Catalogue) -> None:
    for path in PROFILES:
        profile = yaml.safe_load(path.read_text(encoding="utf-8"))
        seen = set()
        for value in candidates(question, bundled):
            answers = variant(profile["answers"], question, value)
            if answers is not None:
                seen.add(tuple(results(bundled, answers, profile["today"])))
            if len(seen) > 1:
                return
    pytest.fail(f"no answer to {question.id} changes any result: ask it no more, or use it")
