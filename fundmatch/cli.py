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
    no_cache: Annotated[bool, typer.Option("--no-cache", help=_h("opt.no_cache"))] = False,
) -> None:
    """fundmatch: Förderprogramme für kleine Träger der Integrationsarbeit finden und bewerten."""
    if no_cache:  # one switch for the whole run: fundmatch.cache reads the variable
        os.environ["FUNDMATCH_NO_CACHE"] = "1"


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
        _print_problems(exc.problems, ProblemFormat.text)
        _err(t("errors.count", lang, count=len(exc.problems)))
        raise typer.Exit(1) from None
    except FundmatchError as exc:
        _err(t("error.prefix", lang, message=exc.text(lang)))
        raise typer.Exit(exc.exit_code) from None


def _print_problems(problems: list[Problem], fmt: ProblemFormat) -> None:
    if fmt is ProblemFormat.json:
        import json
        from dataclasses import asdict

        typer.echo(json.dumps([asdict(p) for p in problems], ensure_ascii=False, indent=2))
        return
    for p in problems:
        if fmt is ProblemFormat.parsable:
            typer.echo(p.render("error"))
        else:
            _err(str(p))


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


# Below this width a many-column table breaks words apart; blocks of "label: value" lines
# read better there, and also for screen readers.
TABLE_MIN_WIDTH = 100


def _table(
    title: str | None, columns: list[str], rows: list[list[str]], no_wrap: tuple[int, ...] = ()
) -> None:
    """Print a table, or on a narrow terminal one block per row; columns listed in
    ``no_wrap`` (ids, amounts, dates) are never broken."""
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=False, highlight=False, emoji=False)
    if console.width < TABLE_MIN_WIDTH:
        for row in rows:
            console.print(row[0], markup=False, soft_wrap=True)
            for label, value in zip(columns[1:], row[1:], strict=True):
                if value:
                    shown = value.replace("\n", "\n      ")
                    console.print(f"   {label}: {shown}", markup=False, soft_wrap=True)
            console.print()
        return
    table = Table(title=title, show_lines=False, header_style="bold")
    for i, column in enumerate(columns):
        table.add_column(column, overflow="fold", no_wrap=i in no_wrap)
    for row in rows:
        table.add_row(*row)
    console.print(table)


# --- programs ---------------------------------------------------------------------------


@programs_app.command("list", help=_h("cmd.programs_list"))
def programs_list(programs: ProgramsOpt = None, rubric: RubricOpt = None, lang: LangOpt = None) -> None:
    """List the programmes of the catalogue as a table."""
    from fundmatch.facts import deadline_text, own_share_pct
    from fundmatch.i18n import format_date, format_eur, format_pct, t

    lang = _lang(lang)
    with _reported(lang):
        catalogue = _load(programs, rubric, lang)
        rows = [
            [
                p.id,
                p.name,
                p.level.value,
                t(f"status.{p.status.value}", lang),
                format_eur(p.funding.max_eur, lang),
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

    lang = _lang(lang)
    with _reported(lang):
        catalogue = _load(programs, rubric, lang, announce=False)
        program = catalogue.get(program_id)
        typer.echo(f"{program.name} [{program.id}]")
        for label, value in program_facts(program, catalogue.rubric, lang):
            typer.echo(f"  {label}: {value}")


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
    from fundmatch.catalogue import check_program_files, load_rubric, program_files, resolve_paths
    from fundmatch.errors import DataError, UsageError
    from fundmatch.i18n import msg, t

    lang = _lang(lang)
    with _reported(lang):
        resolved = resolve_paths(programs, rubric)
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
            _print_problems(problems, fmt)
            _err(t("errors.count", lang, count=len(problems)))
            raise typer.Exit(1)
        if fmt is ProblemFormat.json:
            typer.echo("[]")
        _err(t("validate.ok", lang, count=len(files)))


@programs_app.command("audit", help=_h("cmd.programs_audit"))
def programs_audit(
    date: DateOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help=_h("opt.strict"))] = False,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> None:
    """Data quality per programme: completeness, age of the check, ended, deadlines soon, URLs."""
    from fundmatch.audit import audit
    from fundmatch.i18n import format_date, t

    lang = _lang(lang)
    today = _today(date)
    with _reported(lang):
        catalogue = _load(programs, rubric, lang)
        report = audit(catalogue.programs, today)
        rows = [
            [
                a.program.id,
                f"{round(a.completeness * 100)} %",
                format_date(a.last_checked, lang) + (f" ({t('audit.ended', lang)})" if a.ended else ""),
                ", ".join(format_date(d, lang) for d in a.soon),
                str(len(a.program.conflicts)),
                "\n".join(f.render(lang) for f in a.findings),
            ]
            for a in report.programs
        ]
        headers = ["col.id", "col.completeness", "col.checked", "col.soon", "col.conflicts", "col.findings"]
        _table(None, [t(h, lang) for h in headers], rows, no_wrap=(0, 1, 2))
        typer.echo(report.summary().render(lang))
        if strict and report.needs_attention:
            raise typer.Exit(1)


# --- rubric -----------------------------------------------------------------------------


@rubric_app.command("show", help=_h("cmd.rubric_show"))
def rubric_show(rubric: RubricOpt = None, lang: LangOpt = None) -> None:
    """Show the Bewertungsskala: gates, weighted criteria with their levels, and bands."""
    from fundmatch.catalogue import load_rubric, resolve_paths
    from fundmatch.i18n import t

    lang = _lang(lang)
    with _reported(lang):
        scale, _ = load_rubric(resolve_paths(rubric=rubric).rubric)
        typer.echo(f"{scale.title.get(lang)} (Version {scale.version})")
        levels = " · ".join(f"{lv.level} = {lv.label.get(lang)}" for lv in scale.scale.levels)
        typer.echo(levels)
        _table(
            None,
            [t("col.gate", lang), t("col.kind", lang)],
            [[g.label.get(lang), g.kind.value] for g in scale.gates],
        )
        rows = [
            [
                c.label.get(lang),
                f"{c.weight:g}",
                c.kind.value,
                "\n".join(f"{level}: {c.anchors[level].get(lang)}" for level in sorted(c.anchors)),
            ]
            for c in scale.criteria
        ]
        headers = [
            t("col.criterion", lang),
            t("col.weight", lang),
            t("col.kind", lang),
            t("col.anchors", lang),
        ]
        _table(None, headers, rows)
        bands = [[b.label.get(lang), f"{b.min_score:g}"] for b in scale.bands]
        _table(None, [t("col.band", lang), t("col.from_score", lang)], bands)


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
    complete: bool = True,
) -> dict[str, Any]:
    from fundmatch.answers import load_answers
    from fundmatch.errors import UsageError
    from fundmatch.i18n import msg
    from fundmatch.report import build_report

    if answers_path is None:
        raise UsageError(msg("error.answers_missing"))
    catalogue = _load(programs, rubric, lang)
    answers = load_answers(answers_path, catalogue.rubric)
    return build_report(catalogue, answers, today, top, complete=complete)


def _console() -> Any:
    from rich.console import Console

    return Console(highlight=False, emoji=False)  # ":name:" in data stays text


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
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> None:
    """Rank the programmes for your project. Without --answers, asks the questions first."""
    import json

    from fundmatch.i18n import t
    from fundmatch.reports.terminal import print_ranking

    lang = _lang(lang)
    today = _today(date)
    with _reported(lang):
        shown = top or DEFAULT_TOP  # shown, and explained in full (improvements, robustness)
        # A table needs the details of the shown programmes only; data and files get all.
        complete = fmt is MatchFormat.json or output is not None or answers is None
        if answers is not None:
            document = _report(answers, programs, rubric, lang, today, shown, complete=complete)
        else:
            catalogue = _load(programs, rubric, lang, announce=False)
            given = _questionnaire(catalogue, lang, resume, save_answers)
            from fundmatch.report import build_report

            document = build_report(catalogue, given, today, shown)
        if output is not None and str(output) == "-":
            _write_report(document, output, None, lang, shown)
            return
        if fmt is MatchFormat.json:
            typer.echo(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            print_ranking(_console(), document, lang, shown)
            hidden = len(document["results"]) - shown
            if hidden > 0:
                _err(t("match.more", lang, count=hidden, total=len(document["results"])))
        if output is not None:
            _write_report(document, output, None, lang, shown)
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
    report: dict[str, Any], lang: str, *, ask_to_save: bool, ask_for_report: bool, top: int | None
) -> None:
    """After an interactive run: offer to keep the answers and a report (end of input: no)."""
    from fundmatch.errors import FundmatchError
    from fundmatch.i18n import t
    from fundmatch.output import write_atomic
    from fundmatch.questionnaire import to_yaml

    def save_answers(path: Path) -> None:
        try:
            write_atomic(path, to_yaml(report["answers"]).encode())
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


def _write_report(report: dict[str, Any], output: Path, fmt: str | None, lang: str, top: int | None) -> None:
    """Render first, then write atomically; ``-`` sends text formats to stdout."""
    from fundmatch.errors import UsageError
    from fundmatch.i18n import t
    from fundmatch.output import write_atomic
    from fundmatch.reports import Format, format_for_path, render

    to_stdout = str(output) == "-"
    chosen = Format(fmt) if fmt else (Format.MD if to_stdout else format_for_path(output, lang))
    if to_stdout and chosen is Format.PDF:
        raise UsageError(t("report.pdf_not_to_stdout", lang))
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
        document = _report(answers, programs, rubric, lang, today, top)
        _write_report(document, output, fmt, lang, top)


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
    from fundmatch.catalogue import load_rubric, resolve_paths
    from fundmatch.questionnaire import template

    lang = _lang(lang)
    with _reported(lang):
        scale, _ = load_rubric(resolve_paths(rubric=rubric).rubric)
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
        report = _report(answers, programs, rubric, lang, today, None)
        ids = {r["id"] for r in report["results"]}
        for wanted in (program_id, versus):
            if wanted is not None and wanted not in ids:
                raise UsageError(msg("error.unknown_program", id=wanted))
        console = _console()
        if versus is None:
            print_explanation(console, report, program_id, lang)
        else:
            print_comparison(console, report, program_id, versus, lang)


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
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover - click turns most of these into Abort
        sys.exit(130)
