"""What each command does, given its options already parsed (fundmatch.cli declares them).

Results go to stdout, messages to stderr. Errors are raised (fundmatch.errors) and turned
into messages and exit codes in one place, fundmatch.boundary; a command returns its exit
code only when it is not 0 without an error (``programs audit --strict``, failed checks).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

from fundmatch.catalogue import Catalogue, input_files, load_catalogue, resolve_paths
from fundmatch.console import make_console
from fundmatch.errors import UsageError, display_path
from fundmatch.formats import MatchFormat
from fundmatch.i18n import msg, t
from fundmatch.models import Answers

if TYPE_CHECKING:
    from fundmatch.reports.document import Report, Rows

# The terminal shows this many programmes unless --top says otherwise; reports list all.
DEFAULT_TOP = 10


def out() -> Console:
    return make_console()


def say(text: str) -> None:
    """A message for the user (not a result): stderr, never interpreted as markup, and a path
    or id in it never as a control sequence."""
    from fundmatch.safetext import visible

    make_console(stderr=True).print(visible(text, lines=True), markup=False, highlight=False, soft_wrap=True)


def load(programs: Path | None, rubric: Path | None, lang: str, *, announce: bool = True) -> Catalogue:
    paths = resolve_paths(programs, rubric)
    catalogue = load_catalogue(paths)
    if announce:
        say(
            t(
                "catalogue.read",
                lang,
                count=len(catalogue.programs),
                programs=display_path(paths.programs),
                origin=t(f"origin.{paths.programs_origin}", lang),
                rubric=display_path(paths.rubric),
                rubric_origin=t(f"origin.{paths.rubric_origin}", lang),
            )
        )
    return catalogue


# --- match, report, explain -------------------------------------------------------------


def _ranked(
    answers_path: Path | None,
    programs: Path | None,
    rubric: Path | None,
    lang: str,
    today: dt.date,
    top: int | None,
    explain: Sequence[str] = (),
    catalogue: Catalogue | None = None,
    *,
    only: frozenset[str] | None = None,
    rows: Rows = "all",
    advice: bool = True,
) -> tuple[Report, Catalogue]:
    """The report document and the catalogue it ranks (read unless given); ``only``,
    ``rows`` and ``advice`` say what it holds (see build_report)."""
    from fundmatch.answers import load_answers
    from fundmatch.reports.document import build_report

    if answers_path is None:
        raise UsageError(msg("error.answers_missing"))
    if catalogue is None:
        catalogue = load(programs, rubric, lang)
    answers = load_answers(answers_path, catalogue.rubric, {p.id for p in catalogue.programs})
    # The shortlist (--pick) is detailed like the best chances: page 1 shows it first.
    wanted = (*explain, *answers.shortlist)
    document = build_report(catalogue, answers, today, top, wanted, only=only, rows=rows, advice=advice)
    return document, catalogue


def match(
    answers: Path | None,
    top: int | None,
    fmt: MatchFormat,
    today: dt.date,
    resume: Path | None,
    save_answers: Path | None,
    output: Path | None,
    force: bool,
    programs: Path | None,
    rubric: Path | None,
    lang: str,
    pick: str | None = None,
    only: str | None = None,
) -> None:
    """Rank for an answers file, or ask the questions first (fundmatch.session)."""
    groups = _only(only, lang)
    shown = top or DEFAULT_TOP  # shown, and explained in full (improvements, robustness)
    if pick is not None and answers is not None:
        from fundmatch.plancommands import store_pick

        store_pick(answers, pick, programs, rubric, lang)
    to_stdout = output is not None and str(output) == "-"
    inputs: list[Path] = []

    def deliver(document: Report) -> None:
        if to_stdout:
            _write_report(document, Path("-"), fmt.value if fmt is MatchFormat.json else None, lang, shown)
            return
        if fmt is MatchFormat.json:
            from fundmatch.reports.json_ import json_parts

            _write_stdout(json_parts(document))
        else:
            _print_ranking(document, lang, shown, groups)
        if output is not None:
            _write_report(document, output, None, lang, shown, inputs, force)

    if answers is not None:
        # The terminal alone shows no improvements and only the shown programmes: a document
        # of just those costs a fraction at 10,000 programmes.
        view = fmt is MatchFormat.table and output is None
        document, catalogue = _ranked(
            answers,
            programs,
            rubric,
            lang,
            today,
            shown,
            only=groups if view else None,
            rows="shown" if view else "all",
            advice=not view,
        )
        if output is not None:  # listing 10,000 files costs 0.1 s: only where one is written
            inputs[:] = input_files(catalogue, answers)
        deliver(document)
        return
    data_on_stdout = fmt is MatchFormat.json or to_stdout
    _ask_then_rank(
        lang,
        today,
        shown,
        resume,
        save_answers,
        programs,
        rubric,
        deliver,
        # Offers only after a table: data on stdout is for a program, not a person.
        offers=not data_on_stdout,
        ask_for_report=output is None,
        prompts_to_stderr=data_on_stdout,
        pick=pick,
    )


def _ask_then_rank(
    lang: str,
    today: dt.date,
    shown: int,
    resume: Path | None,
    save_answers: Path | None,
    programs: Path | None,
    rubric: Path | None,
    deliver: Callable[[Report], None],
    *,
    offers: bool,
    ask_for_report: bool,
    prompts_to_stderr: bool,
    pick: str | None = None,
) -> None:
    from fundmatch.answers import load_answers
    from fundmatch.reports.document import build_report
    from fundmatch.session import check_save_target, interactive_match

    check_save_target(save_answers)
    catalogue = load(programs, rubric, lang, announce=False)
    resumed: Answers | None = None
    if resume is not None:  # every check of an answers file
        resumed = load_answers(resume, catalogue.rubric, {p.id for p in catalogue.programs})
    picked = None
    if pick is not None:
        from fundmatch.plancommands import parse_pick

        picked = parse_pick(pick, {p.id for p in catalogue.programs}, lang)

    def write_report(document: Report, path: Path) -> None:
        _write_report(document, path, None, lang, shown)

    interactive_match(
        catalogue.rubric,
        lang=lang,
        today=today,
        resume=resumed,
        resume_path=resume,
        save_to=save_answers,
        prompts=make_console(stderr=prompts_to_stderr),
        notes=make_console(stderr=True),
        rank=lambda given: build_report(catalogue, given, today, shown, given.shortlist),
        deliver=deliver,
        offers=offers,
        write_report=write_report if ask_for_report else None,
        shortlist=picked,
        pickable=lambda document: [(r.id, r.name) for r in document.results[:shown]],
    )


def _write_stdout(parts: Iterable[bytes]) -> None:
    import sys

    sys.stdout.flush()
    for data in parts:
        sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _only(value: str | None, lang: str) -> frozenset[str] | None:
    from fundmatch.reports.terminal_ranking import parse_only

    try:
        return parse_only(value)
    except ValueError as unknown:
        raise UsageError(msg("rank.only_unknown", word=str(unknown))) from None


def _print_ranking(document: Report, lang: str, shown: int, only: frozenset[str] | None = None) -> None:
    from fundmatch.reports.terminal import print_ranking

    hidden = print_ranking(out(), document, lang, shown, only)
    if hidden > 0:
        say(t("match.more", lang, count=hidden, total=hidden + shown))


def _write_report(
    document: Report,
    output: Path,
    fmt: str | None,
    lang: str,
    top: int | None,
    inputs: Sequence[Path] = (),
    force: bool = False,
    **choice: Any,  # best, everything: see reports.render
) -> None:
    from fundmatch.report_output import write_report

    note = write_report(document, output, fmt, lang, top, inputs, force=force, **choice)
    if note:
        say(note)


def report(
    answers: Path | None,
    output: Path | None,
    fmt: str | None,
    top: int,
    force: bool,
    today: dt.date,
    programs: Path | None,
    rubric: Path | None,
    lang: str,
    pick: str | None = None,
    best: int = 3,
    everything: bool = False,
) -> None:
    from fundmatch import plancommands
    from fundmatch.reports import Format

    if fmt is not None and fmt not in {f.value for f in Format}:
        raise UsageError(msg("error.unknown_format", format=fmt))
    if output is None:
        raise UsageError(msg("error.output_missing"))
    if pick is not None:
        plancommands.store_pick(answers, pick, programs, rubric, lang)
    if plancommands.wants_calendar(output, fmt):
        plancommands.calendar(answers, output, top, force, today, programs, rubric, lang)
        return
    from fundmatch.report_output import format_of

    # Markdown and PDF only count the programmes not open to the sponsor (unless --all).
    counted = format_of(output, fmt, lang) in (Format.MD, Format.PDF) and not everything
    document, catalogue = _ranked(
        answers, programs, rubric, lang, today, top, rows="open" if counted else "all"
    )
    inputs = input_files(catalogue, answers) if answers is not None else []
    _write_report(document, output, fmt, lang, top, inputs, force, best=best, everything=everything)


def explain(
    program_id: str,
    answers: Path | None,
    versus: str | None,
    today: dt.date,
    programs: Path | None,
    rubric: Path | None,
    lang: str,
) -> None:
    from fundmatch.lookup import resolve
    from fundmatch.reports.terminal import print_comparison, print_explanation

    catalogue = load(programs, rubric, lang)  # read once: 10,000 programmes take 200 MB
    program_id = resolve(program_id, catalogue.programs)  # an id or part of a name
    versus = None if versus is None else resolve(versus, catalogue.programs)
    if versus == program_id:  # "lagfa --vs lagfa-mikro": one programme, nothing to compare
        raise UsageError(msg("error.versus_itself", id=program_id))
    wanted = (program_id,) if versus is None else (program_id, versus)
    document, _ = _ranked(answers, programs, rubric, lang, today, 0, wanted, catalogue, rows="shown")
    for program in wanted:
        if document.result(program) is None:
            raise UsageError(msg("error.unknown_program", id=program))
    if versus is None:
        print_explanation(out(), document, program_id, lang)
    else:
        print_comparison(out(), document, program_id, versus, lang)


def web(
    host: str,
    port: int | None,
    no_browser: bool,
    today: dt.date | None,
    programs: Path | None,
    rubric: Path | None,
    lang: str,
) -> int:
    """Serve the questionnaire and the ranking as web pages (needs the ``web`` extra)."""
    try:
        from fundmatch.web.server import make_server, serve
    except ImportError:
        say(t("web.missing_extra", lang))
        return 2
    server = make_server(host, port, lang=lang, programs=programs, rubric=rubric, today=today)
    serve(server, lambda url: print(t("web.serving", lang, url=url), flush=True), open_browser=not no_browser)
    return 0
