"""Shared by the web tests: an answers file as the text a sponsor types into each section."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Any

import yaml

from fundmatch.questionnaire import QUESTIONS, SECTIONS, Kind, get_value, has_value

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
TODAY = dt.date(2026, 11, 25)


def example(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def typed(question_id: str, value: Any, lang: str) -> Any:
    """The form value a person enters for ``value``, in German or English conventions."""
    kind = next(q for q in QUESTIONS if q.id == question_id).kind
    if value is None:
        return [] if kind is Kind.MULTI else ""
    if kind is Kind.YESNO:
        return "yes" if value else "no"
    if kind is Kind.AMOUNT:
        whole = f"{float(value):,.2f}"
        return whole.replace(",", "X").replace(".", ",").replace("X", ".") + " €" if lang == "de" else whole
    if kind is Kind.NUMBER:
        return str(value).replace(".", ",") if lang == "de" else str(value)
    if kind is Kind.DATE:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        return day.strftime("%-d.%-m.%y") if lang == "de" else day.isoformat()
    return value


def section_form(data: dict[str, Any], section: str, lang: str) -> dict[str, Any]:
    """The fields of one section, filled from an answers file (unanswered: left empty)."""
    form: dict[str, Any] = {}
    for question in (q for q in QUESTIONS if q.section == section):
        value = get_value(data, question.id) if has_value(data, question.id) else None
        form[question.id] = typed(question.id, value, lang)
    return form


def same_answers(left: dict[str, Any], right: dict[str, Any]) -> bool:
    """Equal answers files: several choices are a set (the form lists them in its order)."""

    def norm(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: norm(v) for k, v in value.items()}
        return sorted(value) if isinstance(value, list) else value

    return bool(norm(left) == norm(right))


def hidden_state(page: str) -> str:
    found = re.search(r'name="state" value="([^"]*)"', page)
    assert found, "the page carries no state"
    return html.unescape(found.group(1))


def ranking_rows(page: str) -> list[tuple[str, str]]:
    """(programme id, eligibility) of every row of the results table, in order."""
    return re.findall(r'<tr data-program="([^"]+)" data-eligibility="([^"]+)">', page)


__all__ = [
    "EXAMPLES",
    "SECTIONS",
    "TODAY",
    "example",
    "hidden_state",
    "ranking_rows",
    "section_form",
    "typed",
]
