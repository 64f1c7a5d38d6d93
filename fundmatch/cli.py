"""The ``fundmatch`` command line: options, output, and the one place errors become exit codes.

Exit codes: 0 ok, 1 data errors (or problems found), 2 usage errors, 130 interrupted.
Only typer and the help texts (plain dicts) are imported at module level so that ``--help``
stays fast; everything else is imported inside the commands.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from fundmatch import __version__
from fundmatch.messages.helptext import MESSAGES as HELP

if TYPE_CHECKING:
    from fundmatch.catalogue import Catalogue
    from fundmatch.errors import Problem
    from fundmatch.models import Answers
    from fundmatch.reports.document import Report


def _help_lang(argv: list[str]) -> str:
    """The language of --help: ``--lang`` on the command line, else FUNDMATCH_LANG, else de.

    Help texts are fixed when the commands are defined, before options are parsed, so this
    peeks at the command line once.
    """
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1].lower() == "en" else "de"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1].lower() == "en" else "de"
    return "en" if os.environ.get("FUNDMATCH_LANG", "").lower() == "en" else "de"


_HELP_LANG = _help_lang(sys.argv)


def _h(key: str) -> str:
    return HELP[f"help.{key}"][_HELP_LANG]


app = typer.Typer(
    help=_h("app"),
    rich_markup_mode=None,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
programs_app = typer.Typer(help=_h("programs"), no_args_is_help=True)
rubric_app = typer.Typer(help=_h("rubric"), no_args_is_help=True)
app.add_typer(programs_app, name="programs")
app.add_typer(rubric_app, name="rubric")

ProgramsOpt = Annotated[
    Path | None,
    typer.Option(
        "--programs",
        help=_h("opt.programs"),
        file_okay=False,
    ),
]
RubricOpt = Annotated[
    Path | None,
    typer.Option(
        "--rubric",
        help=_h("opt.rubric"),
        dir_okay=False,
    ),
]
LangOpt = Annotated[
    str | None,
    typer.Option("--lang", help=_h("opt.lang"), metavar="de|en"),
]


AnswersOpt = Annotated[
    Path | None,
    typer.Option(
        "--answers",
        "-a",
        help=_h("opt.answers"),
        dir_okay=False,
    ),
]
DateOpt = Annotated[
    str | None,
    typer.Option("--date", help=_h("opt.date"), metavar="YYYY-MM-DD"),
]


OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help=_h("opt.output"),
    ),
]
ForceOpt = Annotated[bool, typer.Option("--force", help=_h("opt.force"))]


# The terminal shows this many programmes unless --top says otherwise; reports list all.
DEFAULT_TOP = 10


class MatchFormat(StrEnum):
    table = "table"
    json = "json"


class ProblemFormat(StrEnum):
    text = "text"
    parsable = "parsable"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"fundmatch {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=_h("opt.version"))
    ] = False,
) -> None:
    """fundmatch: Förderprogramme für kleine Träger der Integrationsarbeit finden und bewerten."""


# --- output and the error boundary ------------------------------------------------------


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _lang(lang: str | None) -> str:
    from fundmatch.i18n import LANGUAGES, resolve_lang

    if lang is not None and lang.lower() not in LANGUAGES:
        raise typer.BadParameter(f"'{lang}' is not one of: de, en", param_hint="'--lang'")
    return resolve_lang(lang)


@contextmanager
def _reported(lang: str) -> Iterator[None]:
    """Turn fundmatch's errors into messages on stderr and documented exit codes."""
    from fundmatch.errors import DataError, FundmatchError
    from fundmatch.i18n import t

    try:
        yield
    except DataError as exc:
        _print_problems(exc.problems, ProblemFormat.text, lang)
        _err(t("errors.count", lang, count=len(exc.problems)))
        raise typer.Exit(1) from None
    except FundmatchError as exc:
        _err(t("error.prefix", lang, message=exc.text(lang)))
        raise typer.Exit(exc.exit_code) from None


def _print_problems(problems: list[Problem], fmt: ProblemFormat, lang: str) -> None:
    if fmt is ProblemFormat.json:
        import json

        typer.echo(json.dumps([p.as_dict(lang) for p in problems], ensure_ascii=False, indent=2))
        return
    for p in problems:
        if fmt is ProblemFormat.parsable:
            typer.echo(p.render("error", lang))
        else:
            _err(p.render(lang=lang))


def _load(programs: Path | None, rubric: Path | None, lang: str, *, announce: bool = True) -> Catalogue:
    from fundmatch.catalogue import load_catalogue, resolve_paths
    from fundmatch.errors import display_path
    from fundmatch.i18n import t

    paths = resolve_paths(programs, rubric)
    catalogue = load_catalogue(paths)
    if announce:
        message = t(
            "catalogue.read",
            lang,
            count=len(catalogue.programs),
            programs=display_path(paths.programs),
            origin=t(f"origin.{paths.programs_origin}", lang),
            rubric=display_path(paths.rubric),
            rubric_origin=t(f"origin.{paths.rubric_origin}", lang),
        )
        _err(message)
    return catalogue


def _table(
    title: str | None, columns: list[str], rows: list[list[str]], no_wrap: tuple[int, ...] = ()
) -> None:
    from fundmatch.reports.terminal import print_table

    print_table(_console(), title, columns, rows, no_wrap)


# --- programs ---------------------------------------------------------------------------


@programs_app.command("list", help=_h("cmd.programs_list"))
def programs_list(programs: ProgramsOpt = None, rubric: RubricOpt = None, lang: LangOpt = None) -> None:
    """List the programmes of the catalogue as a table."""
    from fundmatch.facts import deadline_text, limit_text
    from fundmatch.i18n import format_date, format_pct, t
    from fundmatch.rules.own_share import own_share_pct

    lang = _lang(lang)
    with _reported(lang):
        catalogue = _load(programs, rubric, lang)
        rows = [
            [
                p.id,
                p.name,
                p.level.value,
                t(f"status.{p.status.value}", lang),
                limit_text(p.funding.max_eur, lang),
                format_pct(own_share_pct(p), lang),
                deadline_text(p.deadlines, lang),
                format_date(max(s.checked for s in p.sources), lang),
            ]
            for p in catalogue.programs
        ]
        columns = ["id", "name", "level", "status", "max", "own_share"]
        headers = [t(f"col.{c}", lang) for c in columns] + [t("show.deadlines", lang), t("col.checked", lang)]
        _table(None, headers, rows, no_wrap=(0, 4, 5, 7))


@programs_app.command("show", help=_h("cmd.programs_show"))
def programs_show(
    program_id: Annotated[str, typer.Argument(metavar="ID", help=_h("opt.program_id"))],
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> None:
    """Show every fact of one programme, with its sources."""
    from fundmatch.facts import program_facts
    from fundmatch.safetext import visible

    lang = _lang(lang)
    with _reported(lang):
        catalogue = _load(programs, rubric, lang)
        program = catalogue.get(program_id)
        lines = [f"{program.name} [{program.id}]"]
        lines += [f"  {label}: {value}" for label, value in program_facts(program, catalogue.rubric, lang)]
        typer.echo("\n".join(visible(line) for line in lines))


@programs_app.command("validate", help=_h("cmd.programs_validate"))
def programs_validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help=_h("opt.paths")),
    ] = None,
    fmt: Annotated[
        ProblemFormat, typer.Option("--format", help=_h("opt.problem_format"))
    ] = ProblemFormat.text,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> None:
    """Check programme files strictly; print every problem as file:line:col (exit 1 if any)."""
    from fundmatch.catalogue import (
        check_program_files,
        describe_paths,
        load_rubric,
        program_files,
        resolve_paths,
    )
    from fundmatch.errors import DataError, UsageError
    from fundmatch.i18n import msg, t

    lang = _lang(lang)
    with _reported(lang):
        resolved = resolve_paths(programs, rubric)
        if not paths:
            _err(describe_paths(resolved).render(lang))
        files: list[Path] = []
        for path in paths or [resolved.programs]:
            if path.is_dir():
                files += program_files(path)
            elif path.is_file():
                files.append(path)
            else:
                raise UsageError(msg("error.no_such_path", path=path))
        try:
            rubric_model, _ = load_rubric(resolved.rubric)
        except DataError as exc:
            problems = exc.problems
        else:
            _, _, problems = check_program_files(files, rubric_model)
        if problems:
            _print_problems(problems, fmt, lang)
            _err(t("errors.count", lang, count=len(problems)))
            raise typer.Exit(1)
        if fmt is ProblemFormat.json:
            typer.echo("[]")
        _err(t("validate.ok", lang, count=len(files)))


@programs_app.command("new", help=_h("cmd.programs_new"))
def programs_new(
    program_id: Annotated[str, typer.Argument(metavar="ID", help=_h("opt.new_id"))],
    programs: ProgramsOpt = None,
    lang: LangOpt = None,
) -> None:
    """Write a new programme file from the commented template."""
    from fundmatch.catalogue import describe_paths, new_program_file, resolve_paths
    from fundmatch.errors import display_path
    from fundmatch.i18n import t

    lang = _lang(lang)
    with _reported(lang):
        paths = resolve_paths(programs)
        _err(describe_paths(paths).render(lang))
        path = new_program_file(program_id, paths)
        _err(t("new.written", lang, path=display_path(path)))


@programs_app.command("audit", help=_h("cmd.programs_audit"))
def programs_audit(
    date: DateOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help=_h("opt.strict"))] = False,
    fmt: Annotated[
        str, typer.Option("--format", help=_h("opt.audit_format"), metavar="text|json|csv")
    ] = "text",
    online: Annotated[bool, typer.Option("--online", help=_h("opt.online"))] = False,
    timeout: Annotated[float, typer.Option("--timeout", help=_h("opt.timeout"), metavar="SEK")] = 10.0,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> None:
    """What to do per programme: missing facts, conflicts, deadlines, stale checks, links."""
    from fundmatch.audit import audit, program_urls
    from fundmatch.auditreport import AuditFormat, link_problems, render
    from fundmatch.errors import UsageError
    from fundmatch.i18n import msg

    lang = _lang(lang)
    today = _today(date)
    with _reported(lang):
        if fmt not in {f.value for f in AuditFormat}:
            raise UsageError(msg("error.unknown_format", format=fmt))
        catalogue = _load(programs, rubric, lang)
        report = audit(catalogue.programs, today)
        links = None
        if online:
            urls = [url for p in catalogue.programs for url in program_urls(p)]
            links = _check_links(urls, max(timeout, 0.1), lang)
        folder = catalogue.paths.programs
        typer.echo(
            render(report, AuditFormat(fmt), lang, lambda pid: _program_file(folder, pid), links), nl=False
        )
        dead_links = links is not None and any(link_problems(a, links) for a in report.programs)
        if strict and (report.needs_attention or dead_links):
            raise typer.Exit(1)


def _program_file(folder: Path, program_id: str) -> str:
    from fundmatch.errors import display_path

    for suffix in (".yaml", ".yml"):
        if (folder / f"{program_id}{suffix}").is_file():
            return display_path(folder / f"{program_id}{suffix}")
    return display_path(folder / f"{program_id}.yaml")


def _check_links(urls: list[str], timeout: float, lang: str) -> Any:
    """Check the links with a progress bar on standard error."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from fundmatch.i18n import t
    from fundmatch.linkcheck import check_urls

    distinct = list(dict.fromkeys(urls))
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(t("audit.links.progress", lang), total=len(distinct))
        return check_urls(distinct, timeout, progress=lambda _: bar.advance(task))


# --- rubric -----------------------------------------------------------------------------


@rubric_app.command("show", help=_h("cmd.rubric_show"))
def rubric_show(rubric: RubricOpt = None, lang: LangOpt = None) -> None:
    """Show the Bewertungsskala: gates, weighted criteria with their levels, and bands."""
    from fundmatch.catalogue import describe_paths, load_rubric, resolve_paths
    from fundmatch.rubricview import rubric_text
    from fundmatch.safetext import visible

    lang = _lang(lang)
    with _reported(lang):
        paths = resolve_paths(rubric=rubric)
        _err(describe_paths(paths).render(lang))
        scale, _ = load_rubric(paths.rubric)
        typer.echo(visible(rubric_text(scale, lang), lines=True), nl=False)


@rubric_app.command("validate", help=_h("cmd.rubric_validate"))
def rubric_validate(rubric: RubricOpt = None, lang: LangOpt = None) -> None:
    """Check the rubric: schema, weights summing to 100, anchors, parameters, regions."""
    from fundmatch.catalogue import load_rubric, resolve_paths
    from fundmatch.errors import display_path
    from fundmatch.i18n import t

    lang = _lang(lang)
    with _reported(lang):
        path = resolve_paths(rubric=rubric).rubric
        scale, _ = load_rubric(path)
        _err(
            t(
                "validate.rubric_ok",
                lang,
                path=display_path(path),
                criteria=len(scale.criteria),
                gates=len(scale.gates),
            )
        )


# --- match and explain ------------------------------------------------------------------


def _today(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date like 2027-03-01", param_hint="'--date'") from None


def _report(
    answers_path: Path | None,
    programs: Path | None,
    rubric: Path | None,
    lang: str,
    today: dt.date,
    top: int | None,
    *,
    explain: tuple[str, ...] = (),
) -> tuple[Report, list[Path]]:
    """The report document, and the input files an output file must not overwrite."""
    from fundmatch.answers import load_answers
    from fundmatch.catalogue import program_files
    from fundmatch.errors import UsageError
    from fundmatch.i18n import msg
    from fundmatch.reports.document import build_report

    if answers_path is None:
        raise UsageError(msg("error.answers_missing"))
    catalogue = _load(programs, rubric, lang)
    answers = load_answers(answers_path, catalogue.rubric)
    inputs = [answers_path, catalogue.paths.rubric, *program_files(catalogue.paths.programs)]
    return build_report(catalogue, answers, today, top, explain), inputs


def _console() -> Any:
    from rich.console import Console

    return Console(highlight=False)


@app.command(help=_h("cmd.match"))
def match(
    answers: AnswersOpt = None,
    top: Annotated[int | None, typer.Option("--top", min=1, help=_h("opt.top"))] = None,
    fmt: Annotated[MatchFormat, typer.Option("--format", help=_h("opt.match_format"))] = MatchFormat.table,
    date: DateOpt = None,
    resume: Annotated[
        Path | None,
        typer.Option("--resume", help=_h("opt.resume"), dir_okay=False),
    ] = None,
    save_answers: Annotated[
        Path | None,
        typer.Option("--save-answers", help=_h("opt.save_answers"), dir_okay=False),
    ] = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> None:
    """Rank the programmes for your project. Without --answers, asks the questions first."""
    from fundmatch.i18n import t
    from fundmatch.reports.json_ import render_json
    from fundmatch.reports.terminal import print_ranking

    lang = _lang(lang)
    today = _today(date)
    with _reported(lang):
        shown = top or DEFAULT_TOP  # shown, and explained in full (improvements, robustness)
        inputs: list[Path] = []
        if answers is not None:
            document, inputs = _report(answers, programs, rubric, lang, today, shown)
        else:
            catalogue = _load(programs, rubric, lang, announce=False)
            given = _questionnaire(catalogue, lang, resume, save_answers)
            from fundmatch.reports.document import build_report

            document = build_report(catalogue, given, today, shown)
        if output is not None and str(output) == "-":
            _write_report(document, output, "json" if fmt is MatchFormat.json else None, lang, shown)
            return
        if fmt is MatchFormat.json:
            sys.stdout.flush()
            sys.stdout.buffer.write(render_json(document, lang))
            sys.stdout.flush()
        else:
            print_ranking(_console(), document, lang, shown)
            hidden = len(document.results) - shown
            if hidden > 0:
                _err(t("match.more", lang, count=hidden, total=len(document.results)))
        if output is not None:
            _write_report(document, output, None, lang, shown, inputs, force)
        if answers is None and fmt is MatchFormat.table:
            _offer_to_keep(
                document, lang, ask_to_save=save_answers is None, ask_for_report=output is None, top=shown
            )


def _questionnaire(catalogue: Catalogue, lang: str, resume: Path | None, save_to: Path | None) -> Answers:
    """Ask the questions (continuing a draft), then save the answers if asked to."""
    from fundmatch.answers import load_answers
    from fundmatch.i18n import t
    from fundmatch.output import write_atomic
    from fundmatch.prompting import Dialogue
    from fundmatch.questionnaire import QUESTIONS, has_value, to_yaml
    from fundmatch.yamlio import read_yaml

    data: dict[str, Any] = {}
    if resume is not None:
        load_answers(resume, catalogue.rubric)  # every check of an answers file, with locations
        data = read_yaml(resume).data
        done = sum(has_value(data, q.id) for q in QUESTIONS)
        _err(t("ask.resumed", lang, count=done, total=len(QUESTIONS)))
    dialogue = Dialogue(catalogue.rubric, lang, _console())
    try:
        dialogue.run(data)
        dialogue.review(data)
    except (KeyboardInterrupt, EOFError) as stop:
        draft = resume or _free_path(Path("fundmatch-entwurf.yaml"))
        write_atomic(draft, to_yaml(data, t("draft.header", lang)).encode())
        typer.echo("", err=True)
        _err(t("ask.draft_saved", lang, path=draft))
        raise typer.Exit(130 if isinstance(stop, KeyboardInterrupt) else 1) from None
    from fundmatch.models import Answers

    given = Answers.model_validate(data)
    if save_to is not None:
        write_atomic(save_to, to_yaml(given.model_dump(mode="json")).encode())
        _err(t("ask.saved", lang, path=save_to))
    return given


def _offer_to_keep(
    report: Report, lang: str, *, ask_to_save: bool, ask_for_report: bool, top: int | None
) -> None:
    """After an interactive run: offer to keep the answers and a report (end of input: no)."""
    from fundmatch.errors import FundmatchError
    from fundmatch.i18n import t
    from fundmatch.output import write_atomic
    from fundmatch.questionnaire import to_yaml

    def save_answers(path: Path) -> None:
        try:
            write_atomic(path, to_yaml(report.answers.model_dump(mode="json")).encode())
        except OSError as exc:
            raise FundmatchError(
                t("report.cannot_write", lang, path=path, reason=exc.strerror or exc)
            ) from None
        _err(t("ask.saved", lang, path=path))

    offers = [("ask.save", save_answers)] if ask_to_save else []
    if ask_for_report:
        offers.append(("ask.report", lambda path: _write_report(report, path, None, lang, top)))
    try:
        for prompt, act in offers:
            # Asked again after a failure (a folder that does not exist, say): the sponsor's
            # answers must not be lost to a typo in a file name.
            while name := _ask(t(prompt, lang)):
                try:
                    act(Path(name))
                    break
                except FundmatchError as exc:
                    _err(t("error.prefix", lang, message=exc.text(lang)))
    except EOFError:
        typer.echo("")


def _ask(prompt: str) -> str:
    typer.echo(prompt + ": ", nl=False)
    return input().strip()


def _write_report(
    report: Report,
    output: Path,
    fmt: str | None,
    lang: str,
    top: int | None,
    inputs: list[Path] | None = None,
    force: bool = False,
) -> None:
    """Render first, then write atomically; ``-`` sends text formats to stdout."""
    from fundmatch.errors import UsageError
    from fundmatch.i18n import t
    from fundmatch.output import check_target, write_atomic
    from fundmatch.reports import Format, format_for_path, render

    to_stdout = str(output) == "-"
    chosen = Format(fmt) if fmt else (Format.MD if to_stdout else format_for_path(output, lang))
    if to_stdout and chosen is Format.PDF:
        raise UsageError(t("report.pdf_not_to_stdout", lang))
    if not to_stdout:
        check_target(output, inputs or [], force=force)
    data = render(report, chosen, lang, top)
    if to_stdout:
        sys.stdout.buffer.write(data) if hasattr(sys.stdout, "buffer") else typer.echo(
            data.decode(), nl=False
        )
        sys.stdout.flush()
        return
    try:
        write_atomic(output, data)
    except OSError as exc:
        raise UsageError(t("report.cannot_write", lang, path=output, reason=exc.strerror or exc)) from None
    _err(t("report.written", lang, path=output, format=chosen.value))


@app.command(help=_h("cmd.report"))
def report(
    answers: AnswersOpt = None,
    output: OutputOpt = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help=_h("opt.report_format"),
            metavar="FORMAT",
        ),
    ] = None,
    top: Annotated[
        int,
        typer.Option("--top", min=1, help=_h("opt.report_top")),
    ] = 10,
    force: ForceOpt = False,
    date: DateOpt = None,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> None:
    """Write a report a board can file: PDF, Markdown, JSON or CSV."""
    from fundmatch.errors import UsageError
    from fundmatch.i18n import msg
    from fundmatch.reports import Format

    lang = _lang(lang)
    today = _today(date)
    with _reported(lang):
        if fmt is not None and fmt not in {f.value for f in Format}:
            raise UsageError(msg("error.unknown_format", format=fmt))
        if output is None:
            raise UsageError(msg("error.output_missing"))
        document, inputs = _report(answers, programs, rubric, lang, today, top)
        _write_report(document, output, fmt, lang, top, inputs, force)


def _free_path(path: Path) -> Path:
    """``path``, or ``name-2.yaml``, ``name-3.yaml``… if it exists: never overwrite a draft."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


@app.command(help=_h("cmd.questions"))
def questions(lang: LangOpt = None, rubric: RubricOpt = None) -> None:
    """Print a commented answers template to fill in by hand (then: match --answers FILE)."""
    from fundmatch.catalogue import describe_paths, load_rubric, resolve_paths
    from fundmatch.questionnaire import template

    lang = _lang(lang)
    with _reported(lang):
        paths = resolve_paths(rubric=rubric)
        _err(describe_paths(paths).render(lang))
        scale, _ = load_rubric(paths.rubric)
        typer.echo(template(scale, lang), nl=False)


@app.command(help=_h("cmd.explain"))
def explain(
    program_id: Annotated[str, typer.Argument(metavar="ID", help=_h("opt.explain_id"))],
    answers: AnswersOpt = None,
    versus: Annotated[
        str | None,
        typer.Option("--vs", metavar="ID", help=_h("opt.versus")),
    ] = None,
    date: DateOpt = None,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> None:
    """Explain one programme's score: gates, points per criterion, evidence, improvements."""
    from fundmatch.errors import UsageError
    from fundmatch.i18n import msg
    from fundmatch.reports.terminal import print_comparison, print_explanation

    lang = _lang(lang)
    today = _today(date)
    with _reported(lang):
        wanted_ids = (program_id,) if versus is None else (program_id, versus)
        report, _ = _report(answers, programs, rubric, lang, today, 0, explain=wanted_ids)
        for wanted in wanted_ids:
            if report.result(wanted) is None:
                raise UsageError(msg("error.unknown_program", id=wanted))
        console = _console()
        if versus is None:
            print_explanation(console, report, program_id, lang)
        else:
            print_comparison(console, report, program_id, versus, lang)


@app.command(help=_h("cmd.web"))
def web(
    host: Annotated[str, typer.Option("--host", help=_h("opt.web_host"))] = "127.0.0.1",
    port: Annotated[int | None, typer.Option("--port", min=1, max=65535, help=_h("opt.web_port"))] = None,
    no_browser: Annotated[bool, typer.Option("--no-browser", help=_h("opt.web_no_browser"))] = False,
    date: DateOpt = None,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> None:
    """Serve the questionnaire and the ranking as web pages (needs the ``web`` extra)."""
    from fundmatch.i18n import t

    lang = _lang(lang)
    try:
        from fundmatch.web.server import make_server, serve
    except ImportError:
        _err(t("web.missing_extra", lang))
        raise typer.Exit(2) from None
    with _reported(lang):
        server = make_server(
            host, port, lang=lang, programs=programs, rubric=rubric, today=_today(date) if date else None
        )
    serve(server, lambda url: typer.echo(t("web.serving", lang, url=url)), open_browser=not no_browser)


# --- schema -----------------------------------------------------------------------------


class SchemaName(StrEnum):
    program = "program"
    rubric = "rubric"
    answers = "answers"


@app.command(help=_h("cmd.schema"))
def schema(
    name: Annotated[SchemaName | None, typer.Argument(help=_h("opt.schema_name"))] = None,
    write: Annotated[
        Path | None, typer.Option("--write", help=_h("opt.schema_write"), file_okay=False)
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Print or write the JSON Schemas of programme, rubric and answers files."""
    from fundmatch.i18n import t
    from fundmatch.schemas import schema_text, write_schemas

    lang = _lang(lang)
    if write is not None:
        for path in write_schemas(write):
            _err(t("schema.written", lang, path=path))
        return
    names = [name.value] if name else [s.value for s in SchemaName]
    for item in names:
        typer.echo(schema_text(item), nl=False)


def main() -> None:
    """Console-script entry point."""
    from fundmatch.safetext import tolerate_encoding

    tolerate_encoding(sys.stdout, sys.stderr)
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover - click turns most of these into Abort
        sys.exit(130)
