"""The sponsor's answers as labelled values, grouped by the Leitfaden's questions."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from fundmatch.i18n import format_bool, format_date, format_number, t
from fundmatch.models import Answers
from fundmatch.reports.common import amount
from fundmatch.reports.layout import Group, Pair
from fundmatch.reports.parts import Bilingual

# The answers in the Leitfaden's order: (section, field, kind). The kind says how a value
# is formatted; a test checks that every field of the Answers model is listed here.
ANSWER_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("project", "title", "text"),
    ("project", "summary", "text"),
    ("organisation", "name", "text"),
    ("organisation", "legal_form", "text"),
    ("organisation", "statuses", "list"),
    ("organisation", "statuses_applied", "list"),
    ("organisation", "founded", "year"),
    ("organisation", "via_traeger", "bool"),
    ("organisation", "location", "text"),
    ("organisation", "paid_staff", "number"),
    ("organisation", "volunteers", "number"),
    ("organisation", "experience", "enum"),
    ("resources", "own_funds_eur", "eur"),
    ("resources", "volunteer_hours", "number"),
    ("resources", "prefinance_months", "number"),
    ("resources", "partners", "number"),
    ("resources", "partner_kinds", "list"),
    ("resources", "transnational_partners", "bool"),
    ("resources", "effort", "enum"),  # top-level in the answers; asked with the resources
    ("needs", "themes", "list"),
    ("needs", "target_groups", "list"),
    ("needs", "cost_types", "list"),
    ("needs", "participants", "number"),
    ("budget", "total_eur", "eur"),
    ("budget", "requested_eur", "eur"),
    ("budget", "positions", "number"),
    ("timing", "start", "date"),
    ("timing", "duration_months", "number"),
    ("timing", "already_started", "bool"),
    ("timing", "shortlist", "list"),  # top-level in the answers: the programmes chosen (--pick)
)
TOP_LEVEL_ANSWERS = frozenset({"effort", "shortlist"})
# Shown only when given: no choice is not an answer the board needs to read.
OPTIONAL_ROWS = frozenset({"shortlist"})


AnswerValue = str | int | float | bool | dt.date | list[str] | None


def answer_groups(
    answers: Answers, lang: str, labels: dict[str, dict[str, Bilingual]] | None = None
) -> list[Group]:
    """The answers as labelled values, grouped by the Leitfaden's questions; vocabulary ids
    are shown by their labels where the report carries them."""
    groups: dict[str, list[Pair]] = {}
    for section, field, kind in ANSWER_FIELDS:
        part = answers if field in TOP_LEVEL_ANSWERS else getattr(answers, section)
        value: AnswerValue = getattr(part, field)
        if field in OPTIONAL_ROWS and not value:
            continue
        if isinstance(value, Enum):
            value = str(value.value)
        names = (labels or {}).get(f"{section}.{field}", {})
        if names and isinstance(value, list):
            value = [names[v].get(lang) if v in names else v for v in value]
        elif names and isinstance(value, str) and value in names:
            value = names[value].get(lang)
        key = f"answers.{field}" if field in TOP_LEVEL_ANSWERS else f"answers.{section}.{field}"
        groups.setdefault(section, []).append(
            {"label": t(key, lang), "value": _answer_value(field, kind, value, lang)}
        )
    return [{"title": t(f"answers.section.{name}", lang), "pairs": pairs} for name, pairs in groups.items()]


def _answer_value(field: str, kind: str, value: AnswerValue, lang: str) -> str:
    # An empty list means "none", an absent value "not given": the scoring treats them apart.
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or t("none", lang)
    if value is None or value == "":
        return t("answers.not_given", lang)
    if kind == "eur" and isinstance(value, int | float):
        return amount(value, lang)
    if kind == "date" and isinstance(value, dt.date):
        return format_date(value, lang)
    if kind == "bool" and isinstance(value, bool):
        return format_bool(value, lang)
    if kind == "number" and isinstance(value, int | float):
        return format_number(float(value), lang)
    if kind == "enum":
        return t(f"answers.{field}.{value}", lang)
    return str(value)
