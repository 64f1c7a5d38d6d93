"""The questionnaire as data, and the parsing of answers as people type them.

Pure: no terminal here (see fundmatch.prompting for the dialogue). Every question has an
id that is its path in the answers file ("budget.total_eur"), so a draft or a saved
answers file is an ordinary answers file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import yaml

from fundmatch.i18n import Eur, Msg, format_bool, format_date, format_eur, format_number, msg, t
from fundmatch.messages import MESSAGES
from fundmatch.models import Effort, Experience, Region, Rubric, Text
from fundmatch.places import find_places

SCHEMA_LINE = "# yaml-language-server: $schema=../schema/answers.schema.json"


class Kind(StrEnum):
    TEXT = "text"
    CHOICE = "choice"
    MULTI = "multi"
    AMOUNT = "amount"
    NUMBER = "number"
    INTEGER = "integer"
    DATE = "date"
    YESNO = "yesno"
    LOCATION = "location"


@dataclass(frozen=True)
class Question:
    id: str  # the path in the answers file, e.g. "budget.total_eur"
    section: str  # one of SECTIONS
    kind: Kind
    vocabulary: str | None = None  # rubric vocabulary, or "experience" / "effort"
    default: Any = None  # taken on an empty answer; None means "unbekannt"


# The Leitfaden's five questions: Wer sind wir? Was haben wir? Was brauchen wir? Wie viel? Wann?
SECTIONS = ("who", "have", "need", "how_much", "when")

QUESTIONS: tuple[Question, ...] = (
    Question("organisation.name", "who", Kind.TEXT),
    Question("organisation.legal_form", "who", Kind.CHOICE, "legal_forms"),
    Question("organisation.statuses", "who", Kind.MULTI, "statuses", default=[]),
    Question("organisation.location", "who", Kind.LOCATION),
    Question("organisation.paid_staff", "who", Kind.INTEGER, default=0),
    Question("organisation.volunteers", "who", Kind.INTEGER),
    Question("organisation.experience", "who", Kind.CHOICE, "experience", default="none"),
    Question("resources.own_funds_eur", "have", Kind.AMOUNT, default=0.0),
    Question("resources.volunteer_hours", "have", Kind.NUMBER, default=0.0),
    Question("resources.prefinance_months", "have", Kind.NUMBER, default=0.0),
    Question("resources.partners", "have", Kind.INTEGER, default=0),
    Question("resources.transnational_partners", "have", Kind.YESNO, default=False),
    Question("project.title", "need", Kind.TEXT),
    Question("project.summary", "need", Kind.TEXT),
    Question("needs.themes", "need", Kind.MULTI, "themes"),
    Question("needs.target_groups", "need", Kind.MULTI, "target_groups"),
    Question("needs.cost_types", "need", Kind.MULTI, "cost_types"),
    Question("needs.participants", "need", Kind.INTEGER),
    Question("budget.total_eur", "how_much", Kind.AMOUNT),
    Question("budget.requested_eur", "how_much", Kind.AMOUNT),
    Question("effort", "how_much", Kind.CHOICE, "effort", default="medium"),
    Question("timing.start", "when", Kind.DATE),
    Question("timing.duration_months", "when", Kind.INTEGER, default=12),
    Question("timing.already_started", "when", Kind.YESNO, default=False),
)

BY_ID = {q.id: q for q in QUESTIONS}


class AnswerError(ValueError):
    """An answer that cannot be used; ``message`` says why in the user's language."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.key)
        self.message = message


# --- reading the numbers, dates and words people type --------------------------------------

_CURRENCY = re.compile(r"(?i)^\s*(€|eur|euro)?\s*(?P<number>.*?)\s*(€|eur|euro)?\s*$")


# Whole euros, optionally grouped in thousands by "." or ",", then optionally up to two
# decimals after the other separator: 1500 · 1.500 · 1.500,50 · 1500.50 · 1,500.50 · 1500,5
_AMOUNT = re.compile(
    r"(?P<whole>\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*|\d+)(?:(?P<dec>[.,])(?P<cents>\d{1,2}))?"
)


def parse_amount(text: str) -> float:
    """``1500``, ``1.500``, ``1.500,50 €``, ``1500.50``, ``1,500.50`` → euros."""
    match = _CURRENCY.match(text)
    number = _AMOUNT.fullmatch(match.group("number").replace(" ", "")) if match else None
    if number is None or (number["sep"] and number["sep"] == number["dec"]):
        raise AnswerError(msg("ask.error.amount"))
    whole = number["whole"].replace(".", "").replace(",", "")
    return float(f"{whole}.{number['cents'] or 0}")


def parse_number(text: str) -> float:
    """A non-negative number, with a decimal comma or point."""
    raw = text.strip().replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        raise AnswerError(msg("ask.error.number")) from None
    if not value >= 0 or value == float("inf"):
        raise AnswerError(msg("ask.error.number"))
    return value


def parse_integer(text: str) -> int:
    raw = text.strip().replace(".", "")
    if not raw.isdigit():
        raise AnswerError(msg("ask.error.integer"))
    return int(raw)


def parse_date(text: str) -> dt.date:
    """``01.03.2027``, ``1.3.27`` or ``2027-03-01``."""
    raw = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            return dt.date.fromisoformat(raw)
        match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})", raw)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        raise AnswerError(msg("ask.error.no_such_date", text=raw)) from None
    raise AnswerError(msg("ask.error.date"))


_YES = {"de": {"j", "ja", "y", "yes"}, "en": {"y", "yes"}}
_NO = {"de": {"n", "nein", "no"}, "en": {"n", "no"}}


def parse_yesno(text: str, lang: str) -> bool:
    word = text.strip().lower()
    if word in _YES[lang]:
        return True
    if word in _NO[lang]:
        return False
    raise AnswerError(msg("ask.error.yesno"))


def choices(question: Question, rubric: Rubric) -> list[tuple[str, Text | Msg]]:
    """The numbered choices of a choice question: (id, label)."""
    if question.vocabulary == "experience":
        return [(e.value, msg(f"choice.experience.{e.value}")) for e in Experience]
    if question.vocabulary == "effort":
        return [(e.value, msg(f"choice.effort.{e.value}")) for e in Effort]
    assert question.vocabulary is not None
    return [(term.id, term.label) for term in getattr(rubric.vocabularies, question.vocabulary)]


def parse_choices(text: str, options: list[tuple[str, Any]], *, several: bool) -> list[str]:
    """``2`` or ``1,3,5`` (numbers as listed) or ids → the chosen ids, in the order given."""
    parts = [p for p in re.split(r"[,;\s]+", text.strip()) if p]
    ids = [option_id for option_id, _ in options]
    chosen: list[str] = []
    for part in parts:
        if part.isdigit() and 1 <= int(part) <= len(ids):
            picked = ids[int(part) - 1]
        elif part in ids:
            picked = part
        else:
            raise AnswerError(msg("ask.error.choice" if several else "ask.error.one_choice", max=len(ids)))
        if picked not in chosen:
            chosen.append(picked)
    if not several and len(chosen) != 1:
        raise AnswerError(msg("ask.error.one_choice", max=len(ids)))
    return chosen


def find_locations(text: str, rubric: Rubric) -> list[Region]:
    """Places that fit the typed text (towns first; near misses for a typo), for the location question."""
    return find_places(text, rubric.vocabularies.regions)


def parse(question: Question, text: str, lang: str, rubric: Rubric) -> Any:
    """The value of a typed answer (location and choices are handled by the dialogue)."""
    kind = question.kind
    if kind is Kind.AMOUNT:
        return parse_amount(text)
    if kind is Kind.NUMBER:
        return parse_number(text)
    if kind is Kind.INTEGER:
        return parse_integer(text)
    if kind is Kind.DATE:
        return parse_date(text)
    if kind is Kind.YESNO:
        return parse_yesno(text, lang)
    if kind in (Kind.CHOICE, Kind.MULTI):
        chosen = parse_choices(text, choices(question, rubric), several=kind is Kind.MULTI)
        return chosen if kind is Kind.MULTI else chosen[0]
    return " ".join(text.split())


def check_consistency(data: dict[str, Any], question: Question) -> Msg | None:
    """Cross-question checks that make a re-ask necessary."""
    if question.id == "budget.requested_eur":
        total = get_value(data, "budget.total_eur")
        requested = get_value(data, "budget.requested_eur")
        if total is not None and requested is not None and requested > total:
            return msg("ask.error.requested_above_total", total=Eur(total))
    return None


# --- the answers as a nested mapping --------------------------------------------------------


def has_value(data: dict[str, Any], question_id: str) -> bool:
    """Whether the question was answered (an answer of "unbekannt" counts as answered)."""
    *parents, leaf = question_id.split(".")
    for part in parents:
        data = data.get(part) or {}
    return leaf in data


def get_value(data: dict[str, Any], question_id: str) -> Any:
    *parents, leaf = question_id.split(".")
    for part in parents:
        data = data.get(part) or {}
    return data.get(leaf)


def set_value(data: dict[str, Any], question_id: str, value: Any) -> None:
    *parents, leaf = question_id.split(".")
    for part in parents:
        data = data.setdefault(part, {})
    data[leaf] = value


def display(question: Question, value: Any, lang: str, rubric: Rubric) -> str:
    """An answer as the user would read it back."""
    if value is None:
        return t("unknown", lang)
    kind = question.kind
    if kind is Kind.AMOUNT:
        return format_eur(value, lang)
    if kind is Kind.DATE:
        return format_date(value, lang)
    if kind is Kind.YESNO:
        return format_bool(value, lang)
    if kind is Kind.NUMBER:
        return format_number(float(value), lang)
    if kind is Kind.LOCATION:
        names = {r.id: r.name for r in rubric.vocabularies.regions}
        return names.get(value, str(value))
    if kind in (Kind.CHOICE, Kind.MULTI):
        labels = dict(choices(question, rubric))
        ids = value if isinstance(value, list) else [value]
        if not ids:
            return t("none", lang)
        return ", ".join(_label(labels.get(i), lang) or i for i in ids)
    return str(value)


def _label(label: Text | Msg | None, lang: str) -> str:
    if label is None:
        return ""
    return label.render(lang) if isinstance(label, Msg) else label.get(lang)


def to_yaml(data: dict[str, Any], header: str = "") -> str:
    """An answers file: the editor schema line, an optional comment, then the answers."""
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False)
    comment = "".join(f"# {line}\n" for line in header.splitlines())
    return f"{SCHEMA_LINE}\n{comment}{body}"


def template(rubric: Rubric, lang: str) -> str:
    """A commented answers file to fill in by hand, every question with its help."""
    lines = [SCHEMA_LINE, "# " + t("template.intro", lang), ""]
    current: dict[str, Any] = {}
    for section in SECTIONS:
        lines.append(f"# === {t(f'section.{section}', lang)} ===")
        for question in (q for q in QUESTIONS if q.section == section):
            lines.append(f"# {t(f'q.{question.id}', lang)}")
            # In a file some typing formats of the prompt are refused (1.500, 01.03.2027, j):
            # the template shows the file's formats (keys template.file.*, template.format.*).
            help_key = f"template.file.{question.id}"
            lines.append(f"#   {t(help_key if help_key in MESSAGES else f'help.{question.id}', lang)}")
            if f"template.format.{question.kind}" in MESSAGES:
                lines.append(f"#   {t(f'template.format.{question.kind}', lang)}")
            if question.kind in (Kind.CHOICE, Kind.MULTI):
                options = ", ".join(f"{i} = {_label(label, lang)}" for i, label in choices(question, rubric))
                lines.append(f"#   {t('template.choices', lang)}: {options}")
            if question.kind is Kind.LOCATION:
                lines.append(f"#   {t('template.location', lang)}")
            empty: Any = [] if question.kind is Kind.MULTI else None
            value = question.default if question.default is not None else empty
            *parents, leaf = question.id.split(".")
            indent = "  " * len(parents)
            for depth, part in enumerate(parents):
                if get_value(current, ".".join(parents[: depth + 1])) is None:
                    lines.append("  " * depth + f"{part}:")
                    set_value(current, ".".join(parents[: depth + 1]), {})
            lines.append(f"{indent}{leaf}: {_yaml_scalar(value)}")
        lines.append("")
    return "\n".join(lines)


def _yaml_scalar(value: Any) -> str:
    dumped = str(yaml.safe_dump(value, default_flow_style=True, allow_unicode=True)).strip()
    return dumped.removesuffix("\n...").removesuffix("...").strip()
