"""A new programme file: a commented template with every field of the model.

Generated from ``fundmatch.models.Program``, so that it never lags behind the schema. Unknown
facts are ``null``; what staff must fill in is ``null`` with a TODO comment, so that the
file fails validation exactly there until it is done.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from fundmatch.models import Program
from fundmatch.schemas import editor_line
from fundmatch.validation import unwrap_annotation

TODO = "TODO"

# Which lists take their ids from which vocabulary of rubric.yaml.
_VOCABULARY = {
    "partner_kinds": "partner_kinds",
    "themes": "themes",
    "themes_required": "themes",
    "target_groups": "target_groups",
    "legal_forms": "legal_forms",
    "statuses": "statuses",
    "eligible_costs": "cost_types",
    "regions": "regions",
}

# What each field means, in German for the staff who write these files (the model's own
# descriptions, in English, go into the JSON schema); tests/test_catalogue.py keeps the two
# lists of fields equal.
GERMAN = {
    "target_groups": "Gruppen, für die das Programm da ist.",
    "target_groups_only": "Nur Projekte für diese Zielgruppen sind förderfähig.",
    "themes_required": "Ein Projekt muss eines dieser Themen haben: der Förderzweck ist daran gebunden "
    "(ein Sportfonds, ein Kulturfonds); die übrigen Themen sind, wozu ein solches Projekt auch "
    "beitragen darf. [] = jedes der Themen.",
    "applicants.rules": "Wer beantragen darf, eine Regel je Möglichkeit; null = nicht recherchiert.",
    "applicants.via_traeger": "Andere können über einen antragsberechtigten Träger beantragen "
    "(Trägerschaft).",
    "regions": "Wo Antragstellende ihren Sitz haben dürfen; null = unbekannt.",
    "funding.rate_max_pct": "Höchste reguläre Förderquote.",
    "funding.own_share_min_pct": "Der reguläre Eigenanteil; Ausnahmen stehen darunter.",
    "funding.own_share_exceptions": "Genannte Ausnahmen vom regulären Eigenanteil (gezeigt, nicht bewertet).",
    "funding.in_kind_counts": "Ehrenamtliche Arbeit zählt zum Eigenanteil (Eigenleistung).",
    "funding.min_eur": "Mindestbetrag; not_stated = die Richtlinie nennt keinen.",
    "funding.max_eur": "Höchstbetrag; not_stated = die Richtlinie nennt keinen.",
    "funding.max_total_eur": "Höchste Gesamtkosten eines Projekts, wo das Programm eine Grenze setzt.",
    "funding.per_year": "min_eur und max_eur gelten je Projektjahr (z. B. AMIF, BAMF).",
    "funding.per_position": "min_eur und max_eur gelten je Vollzeitstelle.",
    "deadlines.rolling": "Anträge jederzeit.",
    "deadlines.dates": "Feste Fristen.",
    "deadlines.yearly": "Fristen in jedem Jahr, als MM-TT.",
    "deadlines.decision_weeks": "Wochen von einer Frist bis zum frühesten Projektbeginn, wenn die "
    "Quelle es sagt.",
    "participants_min": "Mindestzahl der Teilnehmenden; not_stated = die Richtlinie nennt keine.",
    "partners.required_min": "Verlangte Partner; not_stated = die Richtlinie nennt keine solche Pflicht.",
    "start_rule": "Wann ein Projekt beginnen darf.",
    "past_awards": "In früheren Jahren bewilligte Förderungen.",
    "documents": "Für den Antrag üblicherweise nötige Unterlagen.",
    "notes": "Was Mitarbeitende oder Antragstellende wissen sollten.",
    "conflicts": "Angaben, in denen sich die Quellen widersprechen, ungeklärt festgehalten (das Feld "
    "bleibt null).",
    "sources.date": "Das eigene Datum der Quelle; null = undatiert.",
    "sources.checked": "Wann die Quelle zuletzt geprüft wurde.",
    "evidence": "Je Angabe (z. B. funding.max_eur): die Quelle, die sie nennt.",
}

_HEADER = """\
# Neues Förderprogramm. Schreiben Sie nur, was eine Quelle sagt: Unbekanntes bleibt null
# (wird als "unbekannt" gezeigt und nie als Null oder Nein gelesen). Zahlen ohne Einheit
# und ohne Tausenderpunkt (5000, nicht 5.000 €), Daten als JJJJ-MM-TT. Felder mit TODO
# müssen ausgefüllt werden. Prüfen mit: fundmatch programs validate
"""


def program_template(program_id: str, folder: Path | None = None) -> str:
    """The text of a new programme file ``<program_id>.yaml`` in ``folder``."""
    lines = [editor_line("program", folder) + _HEADER.rstrip("\n")]
    lines += _fields(Program, 0, {"id": program_id})
    return "\n".join(lines) + "\n"


def described_fields(model: type[BaseModel] = Program, prefix: str = "") -> list[str]:
    """The dotted paths of the template's fields that the model describes."""
    found = []
    for name, info in model.model_fields.items():
        inner, path = unwrap_annotation(info.annotation), prefix + name
        found += [path] if info.description else []
        nested = _nested(inner, info)
        found += described_fields(nested, path + ".") if nested else []
    return found


def _nested(inner: Any, info: FieldInfo) -> type[BaseModel] | None:
    """The model whose fields the template writes out below this one: a section, or the
    item of a required list (sources)."""
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return inner
    if typing.get_origin(inner) is list and info.is_required():
        return _item_model(inner)
    return None


def _fields(model: type[BaseModel], indent: int, given: dict[str, str], prefix: str = "") -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for name, info in model.model_fields.items():
        inner = unwrap_annotation(info.annotation)
        comment = _comment(prefix + name, inner)
        if comment:
            lines.append(f"{pad}# {comment}")
        if name in given:
            lines.append(f"{pad}{name}: {given[name]}")
        elif isinstance(inner, type) and issubclass(inner, BaseModel):
            lines.append(f"{pad}{name}:")
            lines += _fields(inner, indent + 2, {}, f"{prefix}{name}.")
        elif (item := _nested(inner, info)) is not None:
            # A required list (sources) gets one item to fill in; optional ones start empty.
            lines.append(f"{pad}{name}:")
            item_lines = _fields(item, indent + 4, {}, f"{prefix}{name}.")
            # The first key of the item carries the list's dash.
            first = next(i for i, line in enumerate(item_lines) if not line.lstrip().startswith("#"))
            item_lines[first] = f"{pad}  - {item_lines[first].lstrip()}"
            lines += item_lines
        else:
            lines.append(f"{pad}{name}: {_value(info)}")
    return lines


def _item_model(annotation: Any) -> type[BaseModel] | None:
    args = typing.get_args(annotation)
    inner = unwrap_annotation(args[0]) if args else None
    return inner if isinstance(inner, type) and issubclass(inner, BaseModel) else None


def _value(info: FieldInfo) -> str:
    if info.is_required():
        return f"null  # {TODO}"
    default = info.default if info.default is not PydanticUndefined else None
    if default is None:
        return "null"
    if isinstance(default, bool):
        return "true" if default else "false"
    if isinstance(default, list):
        return "[]"
    if isinstance(default, dict):
        return "{}"
    return str(default)


def _comment(path: str, inner: Any) -> str:
    """How to write the value, then what it means (both in German)."""
    kind = _kind(path.rpartition(".")[2], inner)
    return " – ".join(part for part in (kind, GERMAN.get(path, "")) if part)


def _kind(name: str, inner: Any) -> str:
    if name in _VOCABULARY:
        return f"Liste von IDs aus rubric.yaml (vocabularies.{_VOCABULARY[name]})"
    if name == "ratings":
        return (
            "Bewertungen durch Mitarbeitende, je Kriterium {level: 1–5, reason: Begründung};"
            " die Kriterien zeigt: fundmatch rubric show"
        )
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        return "eines von: " + ", ".join(str(member.value) for member in inner)
    if inner is float and name.endswith("_eur"):
        return "Betrag in Euro als Zahl, z. B. 5000"
    if inner is float and name.endswith("_pct"):
        return "Prozent als Zahl, z. B. 20"
    if inner is int:
        return "ganze Zahl"
    if inner is bool:
        return "true (ja), false (nein) oder null (unbekannt)"
    if inner is dt.date:
        return "Datum JJJJ-MM-TT"
    if typing.get_origin(inner) is list:
        if _item_model(inner) is not None:
            return "Liste; jeder Eintrag beginnt mit '- '"
        item = unwrap_annotation(typing.get_args(inner)[0])
        return "Liste von Daten JJJJ-MM-TT" if item is dt.date else "Liste von Texten"
    if name.endswith("url"):
        return "Adresse, beginnt mit https://"
    return "Text" if inner is str else ""
