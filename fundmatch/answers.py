"""A sponsor's answers file: strictly loaded and checked against the rubric's vocabularies."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from fundmatch.catalogue import vocabularies
from fundmatch.errors import DataError, Problem, UsageError, display_path
from fundmatch.i18n import msg
from fundmatch.meant import did_you_mean
from fundmatch.models import Answers, Rubric
from fundmatch.validation import to_model, values_at, vocabulary_problems
from fundmatch.yamlio import Document, Loc, read_yaml

ANSWERS_VOCABULARY: tuple[tuple[Loc, str], ...] = (
    (("organisation", "legal_form"), "legal_forms"),
    (("organisation", "statuses"), "statuses"),
    (("organisation", "statuses_applied"), "statuses"),
    (("organisation", "location"), "regions"),
    (("needs", "themes"), "themes"),
    (("needs", "target_groups"), "target_groups"),
    (("needs", "cost_types"), "cost_types"),
    (("resources", "partner_kinds"), "partner_kinds"),
)


def load_answers(path: Path, rubric: Rubric, program_ids: Collection[str] | None = None) -> Answers:
    """Load an answers file; raise DataError with every problem found. With ``program_ids``
    (the catalogue's), the shortlist may name only those."""
    if not path.exists():  # anything else that is no plain file, read_yaml names
        raise UsageError(msg("error.answers_not_found", path=display_path(path)))
    doc = read_yaml(path)
    answers, problems = to_model(Answers, doc)
    problems = vocabulary_problems(doc, ANSWERS_VOCABULARY, vocabularies(rubric), problems)
    if program_ids is not None:
        problems += shortlist_problems(doc, program_ids)
    if problems or answers is None:
        raise DataError(problems)
    return answers


def shortlist_problems(doc: Document, program_ids: Collection[str]) -> list[Problem]:
    """A located problem, with the closest id as a hint, for each shortlisted id that is not
    a programme of the catalogue (a programme may have been renamed or removed since)."""
    known = sorted(program_ids)
    return [
        doc.problem(loc, msg("problem.unknown_shortlist", value=value), did_you_mean(value, known))
        for loc, value in values_at(doc.data, ("shortlist",))
        if value not in program_ids
    ]
