"""A sponsor's answers file: strictly loaded and checked against the rubric's vocabularies."""

from __future__ import annotations

from pathlib import Path

from fundmatch.catalogue import vocabularies
from fundmatch.errors import DataError, UsageError, display_path
from fundmatch.i18n import msg
from fundmatch.models import Answers, Rubric
from fundmatch.validation import to_model, vocabulary_problems
from fundmatch.yamlio import Loc, read_yaml

ANSWERS_VOCABULARY: tuple[tuple[Loc, str], ...] = (
    (("organisation", "legal_form"), "legal_forms"),
    (("organisation", "statuses"), "statuses"),
    (("organisation", "location"), "regions"),
    (("needs", "themes"), "themes"),
    (("needs", "target_groups"), "target_groups"),
    (("needs", "cost_types"), "cost_types"),
)


def load_answers(path: Path, rubric: Rubric) -> Answers:
    """Load an answers file; raise DataError with every problem found."""
    if not path.is_file():
        raise UsageError(msg("error.answers_not_found", path=display_path(path)))
    doc = read_yaml(path)
    answers, problems = to_model(Answers, doc)
    problems += vocabulary_problems(doc, ANSWERS_VOCABULARY, vocabularies(rubric), problems)
    if problems or answers is None:
        raise DataError(problems)
    return answers
