"""Turn a parsed YAML document into a model, or into located problems with hints.

Messages are keys of fundmatch.messages.validation; pydantic's errors are mapped to them by
error type, so that staff read every problem in their language."""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from fundmatch.errors import MAX_PROBLEMS_PER_FILE, UNSHOWN_LINE, Problem
from fundmatch.i18n import Grouped, Msg, msg
from fundmatch.meant import Vocabularies, allowed, closest_choice, did_you_mean
from fundmatch.messages import MESSAGES
from fundmatch.models import Model, field_names
from fundmatch.yamlio import Document, Loc, dotted

M = TypeVar("M", bound=Model)

# pydantic error type → message key and hints; ``ctx`` values fill the placeholders.
_BY_TYPE: dict[str, tuple[str, tuple[str, ...]]] = {
    "greater_than_equal": ("problem.ge", ()),
    "greater_than": ("problem.gt", ()),
    "less_than_equal": ("problem.le", ()),
    "less_than": ("problem.lt", ()),
    "finite_number": ("problem.finite", ("hint.plain_number",)),
    "float_parsing": ("problem.number", ("hint.number_or_null",)),
    "float_type": ("problem.number", ("hint.number_or_null",)),
    "int_parsing": ("problem.integer", ("hint.number_or_null",)),
    "int_type": ("problem.integer", ("hint.number_or_null",)),
    "int_parsing_size": ("problem.number_too_long", ("hint.plain_number",)),
    "int_from_float": ("problem.fraction", ("hint.whole_number",)),
    "string_type": ("problem.string", ("hint.quote",)),
    "list_type": ("problem.list", ("hint.list",)),
    "dict_type": ("problem.mapping", ()),
    "model_type": ("problem.mapping", ()),
    "model_attributes_type": ("problem.mapping", ()),
    "bool_parsing": ("problem.bool", ("hint.true_false",)),
    "bool_type": ("problem.bool", ("hint.true_false",)),
    "enum": ("problem.choice", ()),
    "literal_error": ("problem.choice", ()),
    "date_parsing": ("problem.date", ("hint.date_format",)),
    "date_type": ("problem.date", ("hint.date_format",)),
    "date_from_datetime_parsing": ("problem.date", ("hint.date_format",)),
    "date_from_datetime_inexact": ("problem.date", ("hint.date_format",)),
    "string_too_short": ("problem.too_short_text", ()),
    "too_short": ("problem.too_short_list", ()),
    "string_too_long": ("problem.too_long_text", ()),
}

# The messages of the cross-field rules in fundmatch.models, as message keys: the models
# raise plain ValueErrors, and their values are read back from the text.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (
            r"^(?P<low_field>\w+) \((?P<low>[^)]*)\) is greater than "
            r"(?P<high_field>\w+) \((?P<high>[^)]*)\)$",
            "problem.min_above_max",
        ),
        (
            r"^valid_until \((?P<until>[^)]*)\) is before valid_from \((?P<start>[^)]*)\)$",
            "problem.until_before_from",
        ),
        (r"^'(?P<value>.*)' is not a real day of the year", "problem.not_a_day"),
        (r"^requested_eur is greater than total_eur$", "problem.request_over_total"),
        (r"^levels must be consecutive", "problem.levels_consecutive"),
        (r"^neutral level (?P<level>\S+) is not one of the levels$", "problem.neutral_level"),
    )
)


def to_model(model: type[M], doc: Document) -> tuple[M | None, list[Problem]]:
    """Validate ``doc`` against ``model``; return the model or the problems, the parse's
    (``Document.problems``) among them."""
    if doc.problems and not isinstance(doc.data, dict):  # the whole file was refused (a tag)
        return None, list(doc.problems)
    if not isinstance(doc.data, dict):
        found = msg(f"found.{type(doc.data).__name__}" if doc.data is not None else "found.nothing")
        if found.key not in _FOUND:
            found = msg("found.str")
        hint = msg("hint.top_keys", name=next(iter(model.model_fields)))
        return None, [doc.problem((), msg("problem.not_mapping", found=found), hint)]
    # Said before validation: the model's errors at their places would only repeat them.
    misread = doc.problems + number_problems(model, doc)
    try:
        validated = model.model_validate(doc.data)
    except ValidationError as exc:
        taken = {p.path for p in misread}
        errors = [e for e in exc.errors(include_url=False) if not _follows_misread(e, taken)]
        # Beyond the cap only the count is shown, so hints (difflib) are not worked out there.
        shown = [_problem(model, doc, err) for err in errors[:MAX_PROBLEMS_PER_FILE]]
        hidden = [Problem(doc.file, UNSHOWN_LINE, 1, "", msg("problem.more", count=0))] * len(
            errors[MAX_PROBLEMS_PER_FILE:]
        )
        return None, misread + shown + hidden
    return (None, misread) if misread else (validated, [])


def _follows_misread(err: Any, misread: set[str]) -> bool:
    """An error already said by the parse or a misread number: at its place, or a
    cross-field check of a section holding one (``2.500`` read as 2.5 is below the amount
    requested — a consequence of the misreading, gone once the number is written plainly)."""
    path = dotted(tuple(err["loc"]))
    if path in misread:
        return True
    return err["type"] == "value_error" and any(not path or m.startswith(path + ".") for m in misread)


_FOUND = {"found.list", "found.str", "found.int", "found.float", "found.bool", "found.date", "found.nothing"}


def _problem(model: type[Model], doc: Document, err: Any) -> Problem:
    loc: Loc = tuple(err["loc"])
    kind = err["type"]
    if loc and loc[-1] == "[key]":  # pydantic's marker for a bad mapping key
        loc = loc[:-1]
        return doc.problem(loc, msg("problem.bad_key", name=loc[-1]), msg("hint.use_name"), at_key=True)
    if kind == "extra_forbidden":
        return _unknown_key(model, doc, loc)
    if kind == "missing":
        line, col = doc.position(loc[:-1])
        return Problem(doc.file, line, col, dotted(loc), msg("problem.missing"))
    message, hints = error_message(err)
    return doc.problem(loc, message, *hints)


def error_message(err: Any) -> tuple[Msg, tuple[Msg, ...]]:
    """The message and hints for one of pydantic's errors (``ValidationError.errors()``),
    by its type; for any model, including nested parameter models."""
    kind = err["type"]
    ctx = err.get("ctx", {})
    value = err.get("input")
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        hint = (
            "hint.https" if "http" in pattern else ("hint.ags" if r"\d{2,8}" in pattern else "hint.id_chars")
        )
        return msg("problem.pattern", value=value), (msg(hint),)
    if kind == "value_error":
        return _rule_message(str(err["msg"]).removeprefix("Value error, ")), ()
    if kind == "missing":
        return msg("problem.missing"), ()
    if value is None and kind in _BY_TYPE:  # a required field left null, as in the template
        if kind in ("enum", "literal_error"):
            choices = _choices(str(ctx.get("expected", "")))
            return msg("problem.null_required"), (msg("hint.one_of", choices=choices),)
        # How to write the value (a date); quotes mend text read as something else, not none.
        return msg("problem.null_required"), tuple(msg(h) for h in _BY_TYPE[kind][1] if h != "hint.quote")
    if kind in _BY_TYPE:
        key, hints = _BY_TYPE[kind]
        values = {
            "limit": _number_text(ctx.get("ge", ctx.get("gt", ctx.get("le", ctx.get("lt"))))),
            "choices": _choices(str(ctx.get("expected", ""))),
            "count": ctx.get("min_length", ctx.get("max_length", "")),
            "value": _number_text(value),
            "digits": len(str(value)) if isinstance(value, str) else "",
        }
        found = tuple(msg(h) for h in hints)
        number = german_number(value) if isinstance(value, str) and kind in _NUMBER_TYPES else None
        if number is not None:
            found = (msg("hint.no_units", number=number),)
        meant = _choice_meant(err, value) if key == "problem.choice" and isinstance(value, str) else None
        if meant is not None:
            found = (msg("hint.did_you_mean", word=meant),)
        day = german_date(value) if isinstance(value, str) and key == "problem.date" else None
        if day is not None:
            found = (msg("hint.iso_date", date=day),)
        return msg(key, **values), found
    return msg("problem.invalid", detail=str(err["msg"])), ()


def _choice_meant(err: Any, value: str) -> str | None:
    """The choice a value names in another case ("land": ``Land``) or by its label as the
    questionnaire shows it ("wenig": ``low``, from the message ``choice.effort.low``)."""
    field = next((part for part in reversed(err["loc"]) if isinstance(part, str)), "")
    typed = value.strip().casefold()
    choices: list[str] = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
    for choice in choices:
        labels = MESSAGES.get(f"choice.{field}.{choice}", {}).values()
        if typed in {choice.casefold(), *(label.casefold() for label in labels)}:
            return choice
    return None


def _choices(expected: str) -> object:
    """pydantic's "'a', 'b' or 'c'" with the "or" in the reader's language."""
    items, sep, last = expected.rpartition(" or ")
    return msg("choices", items=items, last=last) if sep else expected


_NUMBER_TYPES = {"float_parsing", "int_parsing"}


def _number_text(value: object) -> object:
    """Numbers as a reader writes them: ``0`` rather than ``0.0``; 1e12 in full, grouped
    from ten thousand on (``1.000.000.000.000``; a year stays 1800)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int | float) and abs(value) >= 10_000:
        return Grouped(value)
    return value if value is not None else ""


def _rule_message(text: str) -> Msg:
    for pattern, key in _RULES:
        found = pattern.match(text)
        if found:
            return msg(key, **found.groupdict())
    return msg("problem.invalid", detail=text)


def _unknown_key(model: type[Model], doc: Document, loc: Loc) -> Problem:
    """An unknown key, with a hint on indentation when the key belongs to the mapping above
    or to a neighbouring mapping, else the closest allowed key."""
    key = str(loc[-1])
    parent = _mapping_of(loc)
    line, _ = doc.position(loc, at_key=True)
    message = msg("problem.unknown_key", name=key)
    # Indented too far: a key of the mapping one level up.
    if parent and key in field_names(model, _mapping_of(parent)):
        return doc.problem(loc, message, msg("hint.indent_out", name=key, line=line), at_key=True)
    # Not indented enough (a key of a sibling mapping: ``own_share_min_pct`` under ``funding``),
    # or under the wrong mapping (a key of a sibling of the parent).
    for level in (parent, _mapping_of(parent)) if parent else (parent,):
        owners = [s for s in field_names(model, level) if key in field_names(model, (*level, s))]
        if owners:
            return doc.problem(loc, message, _belongs_under(doc, (*level, owners[0]), key, line), at_key=True)
    return doc.problem(loc, message, did_you_mean(key, field_names(model, parent)), at_key=True)


def _belongs_under(doc: Document, owner: Loc, key: str, line: int) -> Msg:
    name = str(owner[-1])
    if doc.node(owner) is None:  # the section is not in the file yet
        return msg("hint.indent_new", name=key, owner=name)
    owner_line, _ = doc.position(owner, at_key=True)
    return msg("hint.indent_under", name=key, owner=name, owner_line=owner_line, line=line)


def _mapping_of(loc: Loc) -> Loc:
    """The location of the mapping that holds the key at ``loc`` (list indexes skipped)."""
    parent = loc[:-1]
    while parent and isinstance(parent[-1], int):
        parent = parent[:-1]
    return parent


# --- numbers that do not mean what they say -----------------------------------------------

# "5.000 €", "1.500,50 EUR", "20 %", "3000 Euro": a number in German notation with a unit.
_GERMAN_NUMBER = re.compile(
    r"^\s*(?P<number>[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|[-+]?\d+(?:,\d+)?|[-+]?\d+\.\d+)\s*"
    r"(?:€|eur|euro|%|prozent|,-)?\s*$",
    re.IGNORECASE,
)


def german_date(text: str) -> str | None:
    """The ISO date a person meant by a German one ("01.03.2027", "1.3.27"), or None."""
    from fundmatch.typed import AnswerError, parse_date

    if "." not in text or len(text) > 12:
        return None
    try:
        return parse_date(text).isoformat()
    except AnswerError:
        return None


def german_number(text: str) -> str | None:
    """The plain number a person meant by ``text`` ("5.000 €" → "5000"), or None."""
    found = _GERMAN_NUMBER.match(text) if len(text) < 40 else None
    if found is None:
        return None
    number = found["number"]
    if re.fullmatch(r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?", number):  # 2,500: thousands, as at the prompt
        number = number.replace(",", "")
    elif "," in number or re.fullmatch(r"[-+]?\d{1,3}(?:\.\d{3})+", number):
        number = number.replace(".", "").replace(",", ".")
    return number.removesuffix(".0") if number.endswith(".0") else number


def number_problems(model: type[BaseModel], doc: Document) -> list[Problem]:
    """Values of number fields that YAML (or pydantic) would read as another number than the
    one written: ``2.500`` (2.5), ``0500`` (octal 320), ``41:40`` (2500), ``no`` (0)."""
    problems = []
    for loc, value in _number_values(model, doc.data, ()):
        raw = doc.odd_numbers.get(loc)
        if raw is None and isinstance(value, str):
            raw = value
        elif raw is None and not isinstance(value, bool):
            continue
        problems.append(_odd_number(doc, loc, value, raw if raw is not None else str(value)))
    return [p for p in problems if p is not None]


def _odd_number(doc: Document, loc: Loc, value: object, raw: str) -> Problem | None:
    text = raw.strip()
    if re.fullmatch(r"[-+]?\d+\.\d{3}", text):  # exactly three decimals: a thousands point?
        read = float(text)
        hints = [msg("hint.write_number", number=text.replace(".", ""))]
        decimal = text.rstrip("0").removesuffix(".")
        if decimal != text:  # 2.500 may also mean 2.5
            hints.append(msg("hint.or_decimal", read=read, number=decimal))
        return doc.problem(loc, msg("problem.thousands_dot", value=text, read=read), *hints)
    if isinstance(value, bool) or text.lower() in {"yes", "no", "on", "off", "true", "false"}:
        return doc.problem(loc, msg("problem.word_for_number", value=text), msg("hint.number_or_null"))
    if isinstance(value, str):
        return None  # pydantic reads it or refuses it with a hint
    if ":" in text:
        return doc.problem(
            loc, msg("problem.sexagesimal", value=text, read=value), msg("hint.number_or_null")
        )
    if re.fullmatch(r"[-+]?0\d+", text):
        plain = str(int(text.lstrip("+-0") or "0"))
        return doc.problem(
            loc, msg("problem.leading_zero", value=text, read=value), msg("hint.write_number", number=plain)
        )
    return None


# Where a model holds numbers, worked out once per model: NUMBER, a mapping of field names
# to plans, or a list or dict of a plan ("list"/"dict", plan). None: no numbers below.
_NUMBER = "number"
_Plan = Any


def _number_values(model: Any, data: Any, loc: Loc) -> Iterator[tuple[Loc, Any]]:
    """Every value in ``data`` that ``model`` declares an int or float, with its location."""
    plan = _plan(model)
    if plan is not None:
        yield from _walk(plan, data, loc)


def _walk(plan: _Plan, data: Any, loc: Loc) -> Iterator[tuple[Loc, Any]]:
    if plan == _NUMBER:
        if data is not None:
            yield loc, data
    elif isinstance(plan, dict):
        if isinstance(data, dict):
            for name, inner in plan.items():
                if name in data:
                    yield from _walk(inner, data[name], (*loc, name))
    elif plan[0] == "list" and isinstance(data, list):
        for i, item in enumerate(data):
            yield from _walk(plan[1], item, (*loc, i))
    elif plan[0] == "dict" and isinstance(data, dict):
        for key, item in data.items():
            yield from _walk(plan[1], item, (*loc, key))


@functools.cache
def _plan(annotation: Any) -> _Plan | None:
    inner = unwrap_annotation(annotation)
    if inner in (int, float):
        return _NUMBER
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        fields = {name: _plan(typing.cast(Any, info.annotation)) for name, info in inner.model_fields.items()}
        found = {name: plan for name, plan in fields.items() if plan is not None}
        return found or None
    origin, args = typing.get_origin(inner), typing.get_args(inner)
    if origin is list and args:
        item = _plan(args[0])
        return ("list", item) if item is not None else None
    if origin is dict and len(args) == 2:
        value = _plan(args[1])
        return ("dict", value) if value is not None else None
    return None


def unwrap_annotation(annotation: Any) -> Any:
    """``Annotated[float, …] | None`` → ``float``; other types as they are."""
    while True:
        if typing.get_origin(annotation) is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
            # None and "not_stated" (a Literal) stand beside the number they may replace.
            rest = [
                a
                for a in typing.get_args(annotation)
                if a is not type(None) and typing.get_origin(a) is not typing.Literal
            ]
            if len(rest) != 1:
                return annotation
            annotation = rest[0]
        else:
            return annotation


# --- vocabularies ---------------------------------------------------------------------------


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
    vocab: Vocabularies,
    already: Iterable[Problem] = (),
) -> list[Problem]:
    """``already`` and a problem for every id in ``doc`` that is not in its vocabulary, with
    a hint. Where ``already`` says the value is no id at all (``Frauen``), that problem gets
    the hint instead when it names an id (``meinten Sie 'frauen'?``). Only the first
    ``MAX_PROBLEMS_PER_FILE`` of a field get a hint: no more are ever shown (errors.capped),
    and a pasted list of 60,000 wrong terms is answered at once."""
    problems = list(already)
    taken = {(p.line, p.col): i for i, p in enumerate(problems)}
    for path, name in fields:
        known = vocab[name]
        choices = sorted(known)
        unknown = [(loc, value) for loc, value in values_at(doc.data, path) if value not in known]
        for count, (loc, value) in enumerate(unknown):
            hinted = count < MAX_PROBLEMS_PER_FILE
            meant = closest_choice(value, choices, known) if hinted else None
            named = msg("hint.did_you_mean", word=meant) if meant else None
            hint = named or (allowed(choices) if hinted else None)
            problem = doc.problem(loc, msg("problem.not_in_vocabulary", value=value, vocabulary=name), hint)
            at = taken.get((problem.line, problem.col))
            if at is None:
                problems.append(problem)
            elif named and problems[at].message.key == "problem.pattern":
                problems[at] = dataclasses.replace(problems[at], hints=(named,))
    return problems
