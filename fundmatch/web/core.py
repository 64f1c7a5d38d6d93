"""The web app's one door into fundmatch's core: catalogue, questions, checks, ranking,
explanations and downloads. Everything else in ``fundmatch.web`` talks to this module only,
so a change in the core (a typed report document, a new question) is met here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fundmatch.answers import ANSWERS_VOCABULARY
from fundmatch.catalogue import Catalogue, load_catalogue, resolve_paths, vocabularies
from fundmatch.errors import Problem
from fundmatch.improvements import Improvement, improvements
from fundmatch.models import Answers
from fundmatch.questionnaire import QUESTIONS, SECTIONS, Question, to_yaml
from fundmatch.scoring import ProgramScore, rank
from fundmatch.validation import to_model, vocabulary_problems
from fundmatch.yamlio import Document, parse_yaml

__all__ = [
    "QUESTIONS",
    "SECTIONS",
    "Catalogue",
    "Download",
    "Question",
    "Site",
    "answers_yaml",
    "check_answers",
    "download",
    "parse_upload",
]

# How many programmes the plan's first page and the calendar cover: the best chances.
BEST_CHANCES = 5


@dataclass
class Site:
    """What every request needs: the catalogue (read once at start) and today's date."""

    catalogue: Catalogue
    fixed_today: dt.date | None = None  # tests and `--date` fix "today" for reproducible pages

    @classmethod
    def load(
        cls, programs: Path | None = None, rubric: Path | None = None, today: dt.date | None = None
    ) -> Site:
        return cls(load_catalogue(resolve_paths(programs, rubric)), today)

    @property
    def today(self) -> dt.date:
        return self.fixed_today or dt.date.today()

    def ranking(self, answers: Answers) -> list[ProgramScore]:
        """The ranking for ``answers``: the same function as ``fundmatch match``."""
        return rank(self.catalogue.programs, self.catalogue.rubric, answers, self.today)

    def improvements(self, ranking: list[ProgramScore], program_id: str) -> list[Improvement]:
        """Small changes to the answers that would help ``program_id``, with their effect."""
        found = improvements(ranking, [program_id])
        return found.get(program_id, [])


def check_answers(data: Any, site: Site, name: str) -> tuple[Answers | None, list[Problem]]:
    """The checks of an answers file (model and vocabularies) applied to plain data."""
    return _check(Document(name, data), site)


def parse_upload(raw: bytes, name: str, site: Site) -> tuple[dict[str, Any], list[Problem]]:
    """An uploaded answers file or draft: its plain data, or the problems found in it."""
    from fundmatch.errors import DataError

    try:
        doc = parse_yaml(raw, name)
    except DataError as exc:
        return {}, exc.problems
    answers, problems = _check(doc, site)
    return (doc.data if answers is not None else {}), problems


def _check(doc: Document, site: Site) -> tuple[Answers | None, list[Problem]]:
    answers, problems = to_model(Answers, doc)
    problems = vocabulary_problems(doc, ANSWERS_VOCABULARY, vocabularies(site.catalogue.rubric), problems)
    return (answers if not problems else None), problems


def answers_yaml(answers: Answers, header: str = "") -> bytes:
    """The answers file as `fundmatch match --answers` reads it; only what was answered.
    Dates stay YAML dates (``start: 2027-03-01``), as in a file written by hand."""
    plain = answers.model_dump(mode="json", exclude_unset=True)
    return to_yaml(_with_dates(plain, answers.model_dump(exclude_unset=True)), header).encode()


def _with_dates(plain: Any, typed: Any) -> Any:
    if isinstance(plain, dict):
        return {key: _with_dates(value, typed[key]) for key, value in plain.items()}
    return typed if isinstance(typed, dt.date) else plain


@dataclass(frozen=True)
class Download:
    content: bytes
    media_type: str
    filename: str


# format → (media type, file suffix)
DOWNLOADS: dict[str, tuple[str, str]] = {
    "pdf": ("application/pdf", "pdf"),
    "md": ("text/markdown; charset=utf-8", "md"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "csv-excel": ("text/csv; charset=utf-8", "csv"),
    "ics": ("text/calendar; charset=utf-8", "ics"),
    "yaml": ("application/yaml; charset=utf-8", "yaml"),
}
FILE_NAMES = {
    "answers": {"de": "fundmatch-antworten", "en": "fundmatch-answers"},
    "draft": {"de": "fundmatch-entwurf", "en": "fundmatch-draft"},
    "calendar": {"de": "fundmatch-fristen", "en": "fundmatch-deadlines"},
    "report": {"de": "fundmatch-bericht", "en": "fundmatch-report"},
}
# Programmes explained in full in the PDF and Markdown, as `fundmatch report` does.
REPORT_TOP = 10


def download(fmt: str, site: Site, answers: Answers, lang: str, *, draft_header: str = "") -> Download:
    """A file for the sponsor, made in memory: nothing is written on the server.
    ``draft_header`` marks an answers file as an unfinished draft."""
    media_type, suffix = DOWNLOADS[fmt]
    if fmt == "yaml":
        stem = FILE_NAMES["draft" if draft_header else "answers"][lang]
        return Download(answers_yaml(answers, draft_header), media_type, f"{stem}.{suffix}")
    if fmt == "ics":
        from fundmatch.ics import calendar

        best = [s.program for s in best_chances(site.ranking(answers))]
        stem = FILE_NAMES["calendar"][lang]
        return Download(calendar(best, answers, site.today, lang), media_type, f"{stem}.{suffix}")
    stem = FILE_NAMES["report"][lang]
    from fundmatch.reports import Format, render
    from fundmatch.reports.document import build_report

    document = build_report(site.catalogue, answers, site.today, REPORT_TOP)
    return Download(render(document, Format(fmt), lang, REPORT_TOP), media_type, f"{stem}.{suffix}")


def best_chances(ranking: list[ProgramScore]) -> list[ProgramScore]:
    """The programmes worth a look first: not excluded, not ended, best first."""
    from fundmatch.rules.base import Outcome

    fitting = [s for s in ranking if s.eligibility is not Outcome.NO and s.band is not None]
    return fitting[:BEST_CHANCES]
