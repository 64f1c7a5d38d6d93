"""Turn a parsed YAML document into a model, or into located problems with hints."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from pydantic import ValidationError

from fundmatch.errors import MAX_PROBLEMS_PER_FILE, UNSHOWN_LINE, Problem
from fundmatch.models import Model, field_names
from fundmatch.yamlio import Document, Loc, dotted

M = TypeVar("M", bound=Model)

# Hints for pydantic error types whose message alone does not say what to write.
_HINTS = {
    "date_from_datetime_parsing": "write dates as YYYY-MM-DD",
    "date_parsing": "write dates as YYYY-MM-DD",
    "date_type": "write dates as YYYY-MM-DD",
    "finite_number": "write a plain number",
    "int_from_float": "write a whole number",
    "string_type": "put the value in quotes",
    "bool_type": "write true or false",
}


def to_model(model: type[M], doc: Document) -> tuple[M | None, list[Problem]]:
    """Validate ``doc`` against ``model``; return the model or the problems."""
    if not isinstance(doc.data, dict):
        found = type(doc.data).__name__ if doc.data is not None else "nothing"
        hint = f"the file must hold keys such as '{next(iter(model.model_fields))}: ...'"
        return None, [doc.problem((), f"expected a mapping at the top level, found {found}", hint)]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        # Beyond the cap only the count is shown, so hints (difflib) are not worked out there.
        shown = [_problem(model, doc, err) for err in errors[:MAX_PROBLEMS_PER_FILE]]
        hidden = [Problem(doc.file, UNSHOWN_LINE, 1, "", "") for _ in errors[MAX_PROBLEMS_PER_FILE:]]
        return None, shown + hidden


def _problem(model: type[Model], doc: Document, err: Any) -> Problem:
    loc: Loc = tuple(err["loc"])
    kind = err["type"]
    if loc and loc[-1] == "[key]":  # pydantic's marker for a bad mapping key
        loc = loc[:-1]
        return doc.problem(loc, f"'{loc[-1]}' is not allowed as a key", "use a name", at_key=True)
    if kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = field_names(model, loc[:-1])
        return doc.problem(loc, f"unknown key '{key}'", did_you_mean(key, allowed), at_key=True)
    if kind == "missing":
        line, col = doc.position(loc[:-1])
        return Problem(doc.file, line, col, dotted(loc), "required key is missing")
    message = str(err["msg"]).removeprefix("Value error, ")
    hint = _HINTS.get(kind, "")
    if kind == "string_pattern_mismatch":
        pattern = str(err.get("ctx", {}).get("pattern", ""))
        hint = "start with https://" if "http" in pattern else "use lowercase letters, digits, - and _"
        message = f"'{err['input']}' is not allowed here"
    return doc.problem(loc, message, hint)


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """A hint naming the closest choice, or listing a few when none is close."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    shown = ", ".join(sorted(choices)[:8])
    more = ", …" if len(choices) > 8 else ""
    return f"allowed: {shown}{more}" if choices else ""


def values_at(data: Any, path: Loc) -> Iterator[tuple[Loc, str]]:
    """The ids found at ``path`` of parsed YAML: one for a text, each text of a list.

    Works on the raw data, so that vocabulary mistakes are reported even when the schema
    check of the same file failed.
    """
    for depth, part in enumerate(path):
        if part == "*":  # every item of a list
            for i, item in enumerate(data if isinstance(data, list) else []):
                yield from (
                    ((*path[:depth], i, *loc), value) for loc, value in values_at(item, path[depth + 1 :])
                )
            return
        data = data.get(part) if isinstance(data, dict) else None
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, list):
        yield from (((*path, i), value) for i, value in enumerate(data) if isinstance(value, str))


def vocabulary_problems(
    doc: Document,
    fields: Iterable[tuple[Loc, str]],
    vocab: dict[str, set[str]],
    already: Iterable[Problem] = (),
) -> list[Problem]:
    """Problems for every id in ``doc`` that is not in its vocabulary (with a hint),
    except where a problem in ``already`` points at the same value."""
    taken = {(p.line, p.col) for p in already}
    problems = []
    for path, name in fields:
        known = vocab[name]
        for loc, value in values_at(doc.data, path):
            if value not in known:
                hint = did_you_mean(value, sorted(known))
                problem = doc.problem(loc, f"'{value}' is not in the {name} vocabulary", hint)
                if (problem.line, problem.col) not in taken:
                    problems.append(problem)
    return problems
