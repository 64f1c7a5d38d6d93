"""What ``fundmatch calendar`` and ``fundmatch ask`` do, and the shortlist (``--pick``).

From a ranking to a plan: the deadline calendar (fundmatch.ics) for the chosen programmes or
the fitting ones near the top, the letter to a funder (fundmatch.letter), and the sponsor's
choice of programmes, kept in the answers file so that a re-run gives the same report.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sys
from collections.abc import Collection, Sequence
from pathlib import Path

from fundmatch.catalogue import Catalogue
from fundmatch.errors import UsageError, display_path, os_reason
from fundmatch.i18n import msg, t
from fundmatch.lookup import resolve
from fundmatch.models import Answers, Program
from fundmatch.output import check_target, write_atomic
from fundmatch.plan import timeline
from fundmatch.scoring import Outcome, rank

# Without a shortlist the calendar covers the fitting programmes among the best this many.
CALENDAR_TOP = 10
OPEN = (Outcome.YES, Outcome.CHECK)


def _inputs(
    answers_path: Path | None, programs: Path | None, rubric: Path | None, lang: str
) -> tuple[Catalogue, Answers, list[Path]]:
    """The catalogue (announced on stderr), the answers, and the files an output must not overwrite."""
    from fundmatch.answers import load_answers
    from fundmatch.catalogue import input_files
    from fundmatch.commands import load as _load

    if answers_path is None:
        raise UsageError(msg("error.answers_missing"))
    catalogue = _load(programs, rubric, lang)
    answers = load_answers(answers_path, catalogue.rubric, {p.id for p in catalogue.programs})
    return catalogue, answers, input_files(catalogue, answers_path)


def _say(text: str) -> None:
    from fundmatch.commands import say

    say(text)


# --- the shortlist ------------------------------------------------------------------------


def parse_pick(text: str, program_ids: Collection[str], lang: str) -> list[str]:
    """``a,b c`` → the ids in the order given, each once; an unknown id is a usage error
    with the closest id as a hint."""
    chosen: list[str] = []
    for part in (p for p in re.split(r"[,;\s]+", text.strip()) if p):
        if part not in program_ids:
            close = difflib.get_close_matches(part, sorted(program_ids), n=1, cutoff=0.6)
            hint = t("pick.hint", lang, close=close[0]) if close else ""
            raise UsageError(t("pick.unknown", lang, id=part, hint=hint))
        if part not in chosen:
            chosen.append(part)
    return chosen


def with_shortlist(text: str, ids: Sequence[str]) -> str:
    """The answers file ``text`` with its ``shortlist`` replaced by ``ids`` (removed if
    empty); everything else, comments included, stays as the sponsor wrote it."""
    kept: list[str] = []
    in_shortlist = False
    for line in text.splitlines(keepends=True):
        if re.match(r"shortlist\s*:", line):
            in_shortlist = True
            continue
        if in_shortlist and line.strip() and line.startswith((" ", "\t", "-")):
            continue  # an item of the old block list
        in_shortlist = False
        kept.append(line)
    body = "".join(kept)
    if body and not body.endswith("\n"):
        body += "\n"
    if ids:  # ids are lowercase words with hyphens: safe in a YAML flow list
        body += f"shortlist: [{', '.join(ids)}]\n"
    return body


def store_pick(
    answers_path: Path | None, pick: str, programs: Path | None, rubric: Path | None, lang: str
) -> None:
    """Check ``--pick`` against the catalogue and keep it in the answers file."""
    from fundmatch.answers import load_answers
    from fundmatch.commands import load as _load

    if answers_path is None:
        raise UsageError(msg("error.answers_missing"))
    if not answers_path.exists():  # anything else that is no plain file, load_answers names
        raise UsageError(msg("error.answers_not_found", path=display_path(answers_path)))
    catalogue = _load(programs, rubric, lang, announce=False)
    ids = parse_pick(pick, {p.id for p in catalogue.programs}, lang)
    # A file with errors stays as it is, and its problems are named (the pick replaces any
    # shortlist, so an old id in it is no error here).
    load_answers(answers_path, catalogue.rubric)
    text = answers_path.read_text(encoding="utf-8")
    try:
        write_atomic(answers_path, with_shortlist(text, ids).encode("utf-8"))
    except OSError as exc:
        raise UsageError(
            t("report.cannot_write", lang, path=display_path(answers_path), reason=os_reason(exc))
        ) from None
    path = display_path(answers_path)
    _say(t("pick.saved", lang, path=path, ids=", ".join(ids)) if ids else t("pick.cleared", lang, path=path))


# --- fundmatch calendar -----------------------------------------------------------------------


def calendar_programs(catalogue: Catalogue, answers: Answers, today: dt.date, top: int) -> list[Program]:
    """The shortlisted programmes, or else the eligible and to-check ones among the best
    ``top`` (never ended ones) that have a date to put in a calendar."""
    if answers.shortlist:
        return [catalogue.get(program_id) for program_id in answers.shortlist]
    ranking = rank(catalogue.programs, catalogue.rubric, answers, today)
    fitting = [s.program for s in ranking[:top] if s.eligibility in OPEN and s.band is not None]
    return [p for p in fitting if _has_dates(p, answers, today)]


def _has_dates(program: Program, answers: Answers, today: dt.date) -> bool:
    plan = timeline(program, answers, today)
    return any((plan.deadline, plan.write_from, plan.earliest_start))


def wants_calendar(output: Path | None, fmt: str | None) -> bool:
    """Whether ``report`` was asked for a calendar (``--format ics`` or ``-o x.ics``)."""
    from fundmatch.reports import CALENDAR

    if fmt is not None:
        return fmt == CALENDAR.value
    return output is not None and _names_a_calendar(output)


def _names_a_calendar(path: Path) -> bool:
    """Whether the file name's ending is the calendar's (reports.SUFFIXES: ``.ics``)."""
    from fundmatch.reports import CALENDAR, SUFFIXES

    return SUFFIXES.get(path.suffix.lower()) is CALENDAR


def calendar(
    answers_path: Path | None,
    output: Path | None,
    top: int,
    force: bool,
    today: dt.date,
    programs: Path | None,
    rubric: Path | None,
    lang: str,
) -> None:
    """Write the deadline calendar to ``output`` (``-``: standard output)."""
    from fundmatch.ics import calendar as make_calendar

    if output is None:
        raise UsageError(msg("error.output_missing"))
    to_stdout = str(output) == "-"
    if not to_stdout and not _names_a_calendar(output):  # calendar programs open .ics files only
        raise UsageError(
            msg("error.calendar_suffix", path=str(output), meant=str(output.with_suffix(".ics")))
        )
    catalogue, answers, inputs = _inputs(answers_path, programs, rubric, lang)
    if not to_stdout:
        check_target(output, inputs, force=force)
    chosen = calendar_programs(catalogue, answers, today, top)
    data = make_calendar(chosen, answers, today, lang)
    _deliver(data, output, lang)
    if not to_stdout:
        events = data.count(b"BEGIN:VEVENT")
        _say(t("calendar.written", lang, path=display_path(output), count=len(chosen), events=events))
    if not chosen:
        _say(t("calendar.none", lang))


def _deliver(data: bytes, output: Path, lang: str) -> None:
    if str(output) == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        write_atomic(output, data)
    except OSError as exc:
        raise UsageError(
            t("report.cannot_write", lang, path=display_path(output), reason=os_reason(exc))
        ) from None


# --- fundmatch ask ----------------------------------------------------------------------------


def ask(
    wanted: str,
    answers_path: Path | None,
    output: Path | None,
    force: bool,
    today: dt.date,
    programs: Path | None,
    rubric: Path | None,
    lang: str,
) -> None:
    """The letter to the funder of one programme: printed, or written to ``output``."""
    from fundmatch.letter import letter

    catalogue, answers, inputs = _inputs(answers_path, programs, rubric, lang)
    chosen = resolve(wanted, catalogue.programs)  # an id or part of a name
    ranking = rank(catalogue.programs, catalogue.rubric, answers, today)
    score = next(s for s in ranking if s.program.id == chosen)
    text = letter(score, answers, catalogue.rubric, lang)
    if output is None or str(output) == "-":
        from fundmatch.safetext import visible

        _deliver(visible(text, lines=True).encode("utf-8"), Path("-"), lang)
        return
    data = text.encode("utf-8")
    check_target(output, inputs, force=force)
    _deliver(data, output, lang)
    _say(t("ask.written", lang, path=display_path(output)))
