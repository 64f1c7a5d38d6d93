"""The questionnaire as data, and the parsing of answers as people type them.

Pure: no terminal here (see fundmatch.prompting for the dialogue). Every question has an
id that is its path in the answers file ("budget.total_eur"), so a draft or a saved
answers file is an ordinary answers file.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from fundmatch.i18n import LANGUAGES, Eur, Msg, format_bool, format_date, format_eur, format_number, msg, t
from fundmatch.meant import named_by
from fundmatch.models import Answers, Effort, Experience, Region, Rubric, Text
from fundmatch.places import find_places
from fundmatch.schemas import editor_line
from fundmatch.typed import (
    AnswerError,
    ascii_number,
    parse_amount,
    parse_date,
    parse_integer,
    parse_number,
    parse_yesno,
)


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
    # A default worked out from the answers so far, where they allow one (else ``default``).
    derived: Callable[[dict[str, Any]], Any] | None = None


def _gap(data: dict[str, Any]) -> float | None:
    """What a financing plan shows as the gap (Fehlbedarf): the total less the own funds."""
    total, own = get_value(data, "budget.total_eur"), get_value(data, "resources.own_funds_eur")
    return float(total - own) if total is not None and own is not None and total > own else None


# The Leitfaden's five questions: Wer sind wir? Was haben wir? Was brauchen wir? Wie viel? Wann?
# Every question changes some result (tests/test_every_question_counts.py). Not asked, though
# the answers file may hold them: organisation.founded (no programme of the catalogue has a
# founding-age rule yet) and resources.partner_kinds (what it decides, partners abroad and
# their number, the partners questions already settle for every profile we test).
SECTIONS = ("who", "have", "need", "how_much", "when")

QUESTIONS: tuple[Question, ...] = (
    Question("organisation.name", "who", Kind.TEXT),
    Question("organisation.legal_form", "who", Kind.CHOICE, "legal_forms"),
    Question("organisation.statuses", "who", Kind.MULTI, "statuses", default=[]),
    Question("organisation.statuses_applied", "who", Kind.MULTI, "statuses", default=[]),
    Question("organisation.via_traeger", "who", Kind.YESNO),
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
    Question("budget.requested_eur", "how_much", Kind.AMOUNT, derived=_gap),
    Question("budget.positions", "how_much", Kind.NUMBER),
    Question("effort", "how_much", Kind.CHOICE, "effort", default="medium"),
    Question("timing.start", "when", Kind.DATE),
    Question("timing.duration_months", "when", Kind.INTEGER, default=12),
    Question("timing.already_started", "when", Kind.YESNO, default=False),
)

BY_ID = {q.id: q for q in QUESTIONS}


def first_default(question: Question, data: dict[str, Any]) -> Any:
    """What Enter means the first time a question is asked: the default worked out from the
    answers so far (the amount to request), else its default; "none" for a list."""
    if question.derived is not None and (derived := question.derived(data)) is not None:
        return derived
    return [] if question.kind is Kind.MULTI and question.default is None else question.default


def choices(
    question: Question, rubric: Rubric, data: dict[str, Any] | None = None
) -> list[tuple[str, Text | Msg]]:
    """The numbered choices of a choice question: (id, label). With the answers so far
    (``data``), the statuses only those the chosen legal form can hold (a private person is
    offered no Gemeinnützigkeit)."""
    if question.vocabulary == "experience":
        return [(e.value, msg(f"choice.experience.{e.value}")) for e in Experience]
    if question.vocabulary == "effort":
        return [(e.value, msg(f"choice.effort.{e.value}")) for e in Effort]
    assert question.vocabulary is not None
    terms = getattr(rubric.vocabularies, question.vocabulary)
    if question.vocabulary == "statuses" and data is not None:
        form = get_value(data, "organisation.legal_form")
        terms = [term for term in terms if rubric.vocabularies.can_hold(form, term.id)]
    return [(term.id, term.label) for term in terms]


def unheld_statuses(data: dict[str, Any], question: Question, rubric: Rubric) -> Msg | None:
    """Statuses the chosen legal form cannot hold (a private person is never gemeinnützig):
    the prompt does not offer them; a form with every status on one page says so."""
    if question.vocabulary != "statuses":
        return None
    vocabularies, form = rubric.vocabularies, get_value(data, "organisation.legal_form")
    chosen = get_value(data, question.id) or ()
    unheld = [
        t.label for t in vocabularies.statuses if t.id in chosen and not vocabularies.can_hold(form, t.id)
    ]
    if not unheld:
        return None
    label = next(f.label for f in vocabularies.legal_forms if f.id == form)
    return msg("ask.error.status_form", form=label, statuses=unheld)


# Words that join choices typed in one go ("Sprache und Bildung"): they name none.
CONNECTORS = frozenset({"und", "oder", "sowie", "and", "or", "&", "+"})
SHOWN_WORD = 40  # a word that names no choice is repeated in the message up to this length


def parse_choices(text: str, options: Sequence[tuple[str, Text | Msg | str]], *, several: bool) -> list[str]:
    """The chosen ids, in the order given: by comma or semicolon, each part a number as
    listed (``1,3,5``), an id, a label typed whole or begun (``Kinder und Jugendliche``,
    ``Eingetragener Verein``) or a word of one (``Verein``); a part that is none of these
    may be several of them (``1 3``, ``Sprache Bildung``)."""
    ids = [option_id for option_id, _ in options]
    labels = {option_id: _both(label) for option_id, label in options}
    refusal = msg("ask.error.choice" if several else "ask.error.one_choice", max=len(ids))
    chosen: list[str] = []
    for part in dict.fromkeys(p.strip() for p in re.split(r"[,;]+", text) if p.strip()):  # each once
        for one in _named(part, ids, labels, refusal):
            if one not in chosen:
                chosen.append(one)
    if not several and len(chosen) != 1:
        raise AnswerError(refusal)
    return chosen


def _named(part: str, ids: list[str], labels: dict[str, list[str]], refusal: Msg) -> list[str]:
    """The choices one part of an answer names: the part as one choice, else each of its
    words; the first word that names nothing is said in the message."""
    whole = _choice(part, ids, labels)
    if whole is not None:
        return [whole]
    found = []
    for word in [w for w in dict.fromkeys(part.split()) if w.casefold() not in CONNECTORS] or [part]:
        one = _choice(word, ids, labels)
        if one is None:
            shown = word if len(word) <= SHOWN_WORD else word[: SHOWN_WORD - 1] + "…"
            raise AnswerError(msg("ask.error.not_listed", word=shown, then=refusal))
        found.append(one)
    return found


def _choice(part: str, ids: list[str], labels: dict[str, list[str]]) -> str | None:
    """The one choice ``part`` names: its number, its id or its label."""
    number = ascii_number(part)
    if number is not None:
        return ids[number - 1] if 1 <= number <= len(ids) else None
    return part.casefold() if part.casefold() in ids else named_by(part, labels)


def _both(label: Text | Msg | str) -> list[str]:
    if isinstance(label, str):  # a programme's name
        return [label]
    return [label.render(lang) if isinstance(label, Msg) else label.get(lang) for lang in LANGUAGES]


def find_locations(text: str, rubric: Rubric) -> list[Region]:
    """Places that fit the typed text (towns first; near misses for a typo), for the location question."""
    return find_places(text, rubric.vocabularies.regions)


def parse(
    question: Question, text: str, lang: str, rubric: Rubric, data: dict[str, Any] | None = None
) -> Any:
    """The value of a typed answer (location and choices are handled by the dialogue); the
    choices as offered for the answers so far (``data``)."""
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
        chosen = parse_choices(text, choices(question, rubric, data), several=kind is Kind.MULTI)
        return chosen if kind is Kind.MULTI else chosen[0]
    return " ".join(text.split())


def check_answer(data: dict[str, Any], question: Question, value: Any, today: dt.date) -> Msg | None:
    """Why ``value`` cannot be the answer to ``question`` given the other answers, or None.

    The answers model decides (its bounds and cross-field rules, so nothing is copied here):
    an answer accepted at the prompt is one the model accepts at the end. One rule the model
    cannot know, because it needs today's date, is checked here as well."""
    trial = copy.deepcopy(data)
    set_value(trial, question.id, value)
    try:
        Answers.model_validate(trial)
    except ValidationError as exc:
        problem = _model_problem(exc, question, trial)
        if problem is not None:
            return problem
    return _start_problem(trial, question, today)


def _model_problem(exc: ValidationError, question: Question, trial: dict[str, Any]) -> Msg | None:
    """The first of the model's complaints that concerns ``question``, in the user's words."""
    path = tuple(question.id.split("."))
    for error in exc.errors():
        loc = tuple(str(part) for part in error["loc"])
        if loc[: len(path)] == path:
            return _bound_message(question, error["type"], error.get("ctx") or {}) or msg(
                "ask.error.invalid", reason=error["msg"]
            )
        if loc == path[:-1] and path[0] == "budget":  # Budget's rule: the request within the total
            if question.id == "budget.total_eur":
                return msg(
                    "ask.error.total_below_requested", requested=Eur(get_value(trial, "budget.requested_eur"))
                )
            return msg("ask.error.requested_above_total", total=Eur(get_value(trial, "budget.total_eur")))
    return None


def _bound_message(question: Question, kind: str, ctx: dict[str, Any]) -> Msg | None:
    """ "At least …" / "at most …" with the model's own limit."""
    if kind.startswith("greater"):
        limit, key = ctx.get("ge", ctx.get("gt")), "ask.error.too_small"
    elif kind.startswith("less"):
        limit, key = ctx.get("le", ctx.get("lt")), "ask.error.too_large"
    else:
        return None
    if limit is None:
        return None
    return msg(key, limit=Eur(float(limit)) if question.kind is Kind.AMOUNT else limit)


def _start_problem(data: dict[str, Any], question: Question, today: dt.date) -> Msg | None:
    """A project that has not started cannot have started in the past."""
    if question.id not in ("timing.start", "timing.already_started"):
        return None
    start = get_value(data, "timing.start")
    if isinstance(start, str):  # as the web form and an answers file carry it
        start = dt.date.fromisoformat(start)
    if start is None or get_value(data, "timing.already_started") is not False or start >= today:
        return None
    if question.id == "timing.start":
        return msg("ask.error.start_in_past", today=today)
    return msg("ask.error.started_in_past", start=start, today=today)


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


def from_answers(answers: Answers) -> dict[str, Any]:
    """The answers that were given (in a draft or a saved file) as the questionnaire's mapping,
    with typed values: dates as dates, choices as their ids."""
    given = answers.model_dump(exclude_unset=True)
    data: dict[str, Any] = {}
    for question in QUESTIONS:
        if has_value(given, question.id):
            value = get_value(given, question.id)
            if isinstance(value, Enum):
                value = value.value
            set_value(data, question.id, value)
    return data


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


def to_yaml(data: dict[str, Any], header: str = "", folder: Path | None = None) -> str:
    """An answers file to be written into ``folder`` (None: not known): the editor's schema
    line where it holds, an optional comment, then the answers."""
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False)
    comment = "".join(f"# {line}\n" for line in header.splitlines())
    return editor_line("answers", folder) + comment + body


_FILE_FORMATS = (Kind.AMOUNT, Kind.NUMBER, Kind.INTEGER, Kind.DATE, Kind.YESNO)


def template(rubric: Rubric, lang: str, folder: Path | None = None) -> str:
    """A commented answers file to fill in by hand: every question with what it means and, for
    numbers, dates and yes/no, the way to write it in a file (which is not the way to type it at
    the prompt: ``2500``, not ``2.500``; ``2027-03-01``, not ``01.03.2027``; ``false``, not ``n``)."""
    lines = [editor_line("answers", folder) + "# " + t("template.intro", lang), ""]
    current: dict[str, Any] = {}
    for section in SECTIONS:
        lines.append(f"# === {t(f'section.{section}', lang)} ===")
        for question in (q for q in QUESTIONS if q.section == section):
            lines.append(f"# {t(f'q.{question.id}', lang)}")
            lines.append(f"#   {t(f'more.{question.id}', lang)}")
            if question.kind in _FILE_FORMATS:
                lines.append(f"#   {t(f'template.format.{question.kind.value}', lang)}")
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
