"""The questionnaire as HTML form fields: what each field shows, and how a submitted section
becomes answers, with an error at every field that cannot be used.

The questions, their order, help texts and parsers are the command line's
(``fundmatch.questionnaire``): one source. The answers so far travel in the page as a
hidden ``state`` field (JSON of the answers file's data), never on the server; every
request checks that state again with the answers file's models and vocabularies.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from fundmatch.i18n import Msg, format_date, format_eur, format_number, msg, t
from fundmatch.models import Region, RegionKind, Rubric
from fundmatch.questionnaire import (
    Kind,
    Question,
    check_answer,
    choices,
    find_locations,
    first_default,
    get_value,
    has_value,
    parse,
    set_value,
    unheld_statuses,
)
from fundmatch.typed import AnswerError
from fundmatch.web.core import QUESTIONS, SECTIONS, Site, check_answers

# The state field may not grow past this (a full answers file is about 1 KB).
MAX_STATE_CHARS = 64_000
# Longest text answer taken (a title, a summary of a few sentences).
MAX_TEXT_CHARS = 2_000
# At most this many places are offered when a typed name matches several (as the CLI).
MAX_PLACES = 15
PICK_SUFFIX = ".pick"  # the radio group offered for an ambiguous place name


class StateError(ValueError):
    """The hidden state is not a valid answers file: tampered with, or from another version."""


def encode_state(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=_iso)


def _iso(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def decode_state(text: str, site: Site) -> dict[str, Any]:
    """The answers carried by the page, checked like an answers file."""
    if not text:
        return {}
    if len(text) > MAX_STATE_CHARS:
        raise StateError("state too large")
    try:
        data = json.loads(text)
    except ValueError:
        raise StateError("state is not JSON") from None
    if not isinstance(data, dict):
        raise StateError("state is not a mapping")
    _, problems = check_answers(data, site, "state")
    if problems:
        raise StateError("; ".join(str(p) for p in problems[:3]))
    return data


def section_questions(section: str) -> list[Question]:
    return [q for q in QUESTIONS if q.section == section]


def first_open_section(data: dict[str, Any]) -> str | None:
    """The first section with a question not answered yet (None: all answered)."""
    for section in SECTIONS:
        if any(not has_value(data, q.id) for q in section_questions(section)):
            return section
    return None


# --- what a field shows -------------------------------------------------------------------


@dataclass
class Option:
    value: str
    label: str
    checked: bool


@dataclass
class Field:
    """One question as the template draws it."""

    question: Question
    name: str
    dom_id: str
    label: str
    help: str
    more: str
    text: str = ""  # the value of a text input
    options: list[Option] = field(default_factory=list)
    error: str = ""
    input_mode: str = "text"
    autocomplete: str = "off"

    @property
    def kind(self) -> str:
        return self.question.kind.value


_INPUT_MODES = {Kind.AMOUNT: "decimal", Kind.NUMBER: "decimal", Kind.INTEGER: "numeric"}
# The one-line help of these kinds tells how to type them in a terminal; the form shows
# checkboxes or radio buttons instead.
_TERMINAL_HELP = (Kind.MULTI, Kind.YESNO)


def build_fields(
    section: str,
    data: dict[str, Any],
    lang: str,
    rubric: Rubric,
    typed: dict[str, Any] | None = None,
    errors: dict[str, Msg] | None = None,
    places: dict[str, list[Region]] | None = None,
) -> list[Field]:
    """The fields of ``section``: what was typed (after an error) or else the answer so far,
    or else the question's default, exactly as the command line offers it."""
    fields = []
    for question in section_questions(section):
        answered = has_value(data, question.id)
        value = get_value(data, question.id) if answered else first_default(question, data)
        entry = Field(
            question=question,
            name=question.id,
            dom_id="q-" + question.id.replace(".", "-"),
            label=t(f"q.{question.id}", lang),
            help=t("web.help.multi", lang)
            if question.kind in _TERMINAL_HELP
            else t(f"help.{question.id}", lang),
            more=t(f"more.{question.id}", lang),
            input_mode=_INPUT_MODES.get(question.kind, "text"),
            autocomplete="organization" if question.id == "organisation.name" else "off",
        )
        if question.kind is Kind.YESNO:
            entry.help = ""
        raw = (typed or {}).get(question.id)
        if question.kind in (Kind.CHOICE, Kind.MULTI, Kind.YESNO):
            picked = _picked(question, value, raw, typed is not None)
            entry.options = [
                Option(option_id, label, option_id in picked)
                for option_id, label in _options(question, lang, rubric)
            ]
        else:
            entry.text = raw if isinstance(raw, str) else input_text(question, value, lang, rubric)
        if places and question.id in places:
            entry.options = [Option(r.id, place_label(r, rubric), False) for r in places[question.id]]
        if errors and question.id in errors:
            entry.error = errors[question.id].render(lang)
        fields.append(entry)
    return fields


def _options(question: Question, lang: str, rubric: Rubric) -> list[tuple[str, str]]:
    if question.kind is Kind.YESNO:
        found = [("yes", t("yes", lang)), ("no", t("no", lang))]
    else:
        found = [
            (option_id, label.render(lang) if isinstance(label, Msg) else label.get(lang))
            for option_id, label in choices(question, rubric)
        ]
    if question.kind is not Kind.MULTI:  # a single choice may stay open, as Enter does in the CLI
        found.append(("", t("unknown", lang)))
    return found


def _picked(question: Question, value: Any, raw: Any, submitted: bool) -> set[str]:
    if submitted:
        return set(raw) if isinstance(raw, list) else {raw or ""}
    if question.kind is Kind.YESNO:
        return {"" if value is None else "yes" if value else "no"}
    if question.kind is Kind.MULTI:
        return set(value or [])
    return {value or ""}


def input_text(question: Question, value: Any, lang: str, rubric: Rubric) -> str:
    """An answer as the text the sponsor would type for it (parsed back to the same value)."""
    if value is None:
        return ""
    kind = question.kind
    if kind is Kind.AMOUNT:
        return format_eur(float(value), lang)
    if kind is Kind.NUMBER:
        return format_number(float(value), lang)
    if kind is Kind.DATE:
        return format_date(dt.date.fromisoformat(str(value)), lang)
    if kind is Kind.LOCATION:
        names = {r.id: r.name for r in rubric.vocabularies.regions}
        return names.get(str(value), str(value))
    return str(value)


# The places the town question accepts (as ``find_locations``): no Bund, no LEADER areas.
PLACE_KINDS = (RegionKind.GEMEINDE, RegionKind.KREISFREIE_STADT, RegionKind.LANDKREIS, RegionKind.LAND)


def place_names(rubric: Rubric) -> list[str]:
    """Names the browser may suggest while the town is typed (a datalist: no script)."""
    return sorted((r.name for r in rubric.vocabularies.regions if r.kind in PLACE_KINDS), key=str.casefold)


def place_label(region: Region, rubric: Rubric) -> str:
    names = {r.id: r.name for r in rubric.vocabularies.regions}
    parent = names.get(region.parent or "")
    return f"{region.name} ({parent})" if parent else region.name


# --- reading a submitted section ----------------------------------------------------------


@dataclass
class Submitted:
    data: dict[str, Any]  # the answers with this section's values (only if no errors)
    typed: dict[str, Any]  # what was submitted, to show again beside an error
    errors: dict[str, Msg]
    places: dict[str, list[Region]]  # several places match: offered to pick


def read_section(
    section: str, form: dict[str, Any], data: dict[str, Any], lang: str, site: Site
) -> Submitted:
    """Parse every field of ``section``; errors stay at their field, the answers unchanged."""
    rubric = site.catalogue.rubric
    merged = json.loads(encode_state(data))  # a deep copy
    typed: dict[str, Any] = {}
    errors: dict[str, Msg] = {}
    places: dict[str, list[Region]] = {}
    for question in section_questions(section):
        raw = form.get(question.id, [] if question.kind is Kind.MULTI else "")
        typed[question.id] = raw
        try:
            if question.kind is Kind.LOCATION:
                value = _read_place(str(raw), form.get(question.id + PICK_SUFFIX), rubric, places, question)
            else:
                value = read_value(question, raw, lang, rubric)
        except AnswerError as exc:
            errors[question.id] = exc.message
            continue
        set_value(merged, question.id, value.isoformat() if isinstance(value, dt.date) else value)
        problem = check_answer(merged, question, get_value(merged, question.id), site.today)
        problem = problem or unheld_statuses(merged, question, rubric)
        if problem is not None:
            errors[question.id] = problem
    if not errors:
        _, problems = check_answers(merged, site, "form")
        for found in problems:  # limits of the models, e.g. more than a million participants
            target = found.path if found.path in typed else _nearest(found.path, typed)
            errors.setdefault(target, msg("web.error.invalid", detail=found.message))
    return Submitted(merged if not errors else data, typed, errors, places)


def _nearest(path: str, typed: dict[str, Any]) -> str:
    matches = [q for q in typed if path.startswith(q)]
    return matches[0] if matches else next(iter(typed))


def read_value(question: Question, raw: Any, lang: str, rubric: Rubric) -> Any:
    """One field's value; an empty field means "unbekannt" (or "keine" for several choices)."""
    kind = question.kind
    if kind is Kind.MULTI:
        picked = [str(v) for v in raw] if isinstance(raw, list) else [str(raw)] if raw else []
        return parse(question, ",".join(picked), lang, rubric) if picked else []
    text = str(raw).strip()
    if not text:
        return None
    if kind is Kind.YESNO:
        if text not in ("yes", "no"):
            raise AnswerError(msg("ask.error.yesno"))
        return text == "yes"
    if kind is Kind.CHOICE:
        ids = [option_id for option_id, _ in choices(question, rubric)]
        if text not in ids:
            raise AnswerError(msg("ask.error.one_choice", max=len(ids)))
        return text
    if kind is Kind.TEXT and len(text) > MAX_TEXT_CHARS:
        raise AnswerError(msg("web.error.too_long", max=MAX_TEXT_CHARS))
    return parse(question, text, lang, rubric)


def _read_place(
    typed: str, pick: Any, rubric: Rubric, places: dict[str, list[Region]], question: Question
) -> str | None:
    """The town from part of its name; several matches are offered to pick from."""
    text = typed.strip()
    if not text:
        return None
    found = find_locations(text, rubric)[:MAX_PLACES]
    if isinstance(pick, str) and pick in {r.id for r in found}:
        return pick
    if len(found) == 1:
        return found[0].id
    for region in rubric.vocabularies.regions:
        # A place's name as shown again from an answers file (any region the file may name),
        # or its full label as the list of places offers it.
        if text in (region.name, place_label(region, rubric)):
            return region.id
    if not found:
        raise AnswerError(msg("ask.error.location"))
    places[question.id] = found
    raise AnswerError(msg("web.error.location_pick", count=len(found)))
