"""The ``fundmatch`` command line: its commands and options, nothing else.

What a command does is in fundmatch.commands; errors become messages and exit codes in one
place, fundmatch.boundary, which wraps every run (the console script and the tests alike).
Only typer, the help texts (plain dicts) and the boundary are imported at module level so
that ``--help`` stays fast; everything else is imported inside the commands. No ``from
__future__ import annotations`` here: typer reads the annotations at every start, and
evaluating them from strings took 6 of the 14 ms ``--help`` spends after its imports.
"""

import datetime as dt
import functools
import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from fundmatch import __version__
from fundmatch.boundary import configure_streams, guarded
from fundmatch.clicktext import install as install_click_texts
from fundmatch.formats import MatchFormat, ProblemFormat
from fundmatch.messages.helptext import MESSAGES as HELP

LANGUAGES = ("de", "en")  # as fundmatch.i18n.LANGUAGES, which is too heavy to import here


def _peek_lang(argv: Sequence[str]) -> str:
    """The language from ``--lang`` anywhere on the command line, else FUNDMATCH_LANG, else de.

    Help texts are fixed when the commands are defined, and the boundary's messages may be
    needed before options are parsed, so both peek at the command line."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1].lower() == "en" else "de"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1].lower() == "en" else "de"
    return "en" if os.environ.get("FUNDMATCH_LANG", "").lower() == "en" else "de"


_HELP_LANG = _peek_lang(sys.argv)
# The language of this run: peeked at the start, then set from the parsed --lang.
_run_lang = _HELP_LANG
# --lang given before the command (`fundmatch --lang en match`), set by the group's callback.
_global_lang: str | None = None


def _h(key: str) -> str:
    return HELP[f"help.{key}"][_HELP_LANG]


# Metavars in the help's language (click would show <file>, <path>, <int range>).
FILE = "DATEI" if _HELP_LANG == "de" else "FILE"
FOLDER = "ORDNER" if _HELP_LANG == "de" else "DIR"
DATE = "TT.MM.JJJJ" if _HELP_LANG == "de" else "YYYY-MM-DD"
install_click_texts(lambda: _run_lang)


class _Guarded(TyperGroup):
    """The command group, run inside fundmatch's one error boundary."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        global _run_lang
        argv = list(sys.argv[1:] if args is None else args)
        _run_lang = _peek_lang(argv)
        configure_streams()
        code = guarded(
            lambda: super(_Guarded, self).main(
                argv, prog_name, complete_var, False, windows_expand_args, **extra
            ),
            lambda: _run_lang,
        )
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    cls=_Guarded,
    help=_h("app"),
    rich_markup_mode=None,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
programs_app = typer.Typer(help=_h("programs"), no_args_is_help=True, rich_markup_mode=None)
rubric_app = typer.Typer(help=_h("rubric"), no_args_is_help=True, rich_markup_mode=None)
app.add_typer(programs_app, name="programs")
app.add_typer(rubric_app, name="rubric")


# --- option parsers: a wrong value is a usage error in the user's language ---------------------


def _parse_lang(value: str) -> str:
    if value.lower() not in LANGUAGES:
        from fundmatch.i18n import t

        raise typer.BadParameter(t("error.bad_lang", _run_lang, value=value))
    return value.lower()


def _parse_date(value: str) -> dt.date:
    """``2027-03-01``, ``01.03.2027`` or ``1.3.27``, as at the questionnaire's prompt."""
    from fundmatch.i18n import t
    from fundmatch.typed import AnswerError, parse_date

    try:
        # Any real date: staff may look far ahead; only the questionnaire bounds the years.
        return parse_date(value, years=(dt.MINYEAR, dt.MAXYEAR))
    except AnswerError as exc:
        reason = exc.message.render(_run_lang)
        raise typer.BadParameter(t("error.bad_date", _run_lang, value=value, reason=reason)) from None


def _lang(lang: str | None) -> str:
    """The language of this command: its --lang, the one before the command, or the default."""
    global _run_lang
    from fundmatch.i18n import resolve_lang

    _run_lang = resolve_lang(lang or _global_lang)
    return _run_lang


def _today(date: dt.date | None) -> dt.date:
    return date or dt.date.today()


# --- options shared by many commands, declared once ------------------------------------------

ProgramsOpt = Annotated[
    Path | None, typer.Option("--programs", help=_h("opt.programs"), file_okay=False, metavar=FOLDER)
]
RubricOpt = Annotated[
    Path | None, typer.Option("--rubric", help=_h("opt.rubric"), dir_okay=False, metavar=FILE)
]
LangOpt = Annotated[
    str | None, typer.Option("--lang", help=_h("opt.lang"), metavar="de|en", parser=_parse_lang)
]
AnswersOpt = Annotated[
    Path | None, typer.Option("--answers", "-a", help=_h("opt.answers"), dir_okay=False, metavar=FILE)
]
DateOpt = Annotated[
    dt.date | None, typer.Option("--date", help=_h("opt.date"), metavar=DATE, parser=_parse_date)
]
# Every --output: a folder (or '', the current one) is refused before any question or ranking.
_output_option = functools.partial(typer.Option, "--output", "-o", dir_okay=False, metavar=FILE)
OutputOpt = Annotated[Path | None, _output_option(help=_h("opt.output"))]
ForceOpt = Annotated[bool, typer.Option("--force", help=_h("opt.force"))]
ProgramIdArg = Annotated[str, typer.Argument(metavar="ID", help=_h("opt.program_id"))]
PickOpt = Annotated[str | None, typer.Option("--pick", metavar="ID,ID,…", help=_h("opt.pick"))]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"fundmatch {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=_h("opt.version"))
    ] = False,
    lang: LangOpt = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help=_h("opt.no_cache"))] = False,
) -> None:
    """fundmatch: Förderprogramme für kleine Träger der Integrationsarbeit finden und bewerten."""
    global _global_lang
    _global_lang = lang  # `fundmatch --lang en match …` as well as `fundmatch match --lang en …`
    if no_cache:  # one switch for the whole run: fundmatch.cache reads the variable
        os.environ["FUNDMATCH_NO_CACHE"] = "1"


# --- programs ---------------------------------------------------------------------------


@programs_app.command("list", help=_h("cmd.programs_list"))
def programs_list(programs: ProgramsOpt = None, rubric: RubricOpt = None, lang: LangOpt = None) -> None:
    from fundmatch import staffcommands

    staffcommands.programs_list(programs, rubric, _lang(lang))


@programs_app.command("show", help=_h("cmd.programs_show"))
def programs_show(
    program_id: ProgramIdArg, programs: ProgramsOpt = None, rubric: RubricOpt = None, lang: LangOpt = None
) -> None:
    from fundmatch import staffcommands

    staffcommands.programs_show(program_id, programs, rubric, _lang(lang))


@programs_app.command("validate", help=_h("cmd.programs_validate"))
def programs_validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help=_h("opt.paths"), metavar="PFADE…" if _HELP_LANG == "de" else "PATHS…"),
    ] = None,
    fmt: Annotated[
        ProblemFormat, typer.Option("--format", help=_h("opt.problem_format"))
    ] = ProblemFormat.text,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> int:
    from fundmatch import staffcommands

    return staffcommands.programs_validate(paths, fmt, programs, rubric, _lang(lang))


@programs_app.command("new", help=_h("cmd.programs_new"))
def programs_new(
    program_id: Annotated[str, typer.Argument(metavar="ID", help=_h("opt.new_id"))],
    programs: ProgramsOpt = None,
    lang: LangOpt = None,
) -> None:
    from fundmatch import staffcommands

    staffcommands.programs_new(program_id, programs, _lang(lang))


@programs_app.command("audit", help=_h("cmd.programs_audit"))
def programs_audit(
    date: DateOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help=_h("opt.strict"))] = False,
    fmt: Annotated[
        str, typer.Option("--format", help=_h("opt.audit_format"), metavar="text|json|csv")
    ] = "text",
    online: Annotated[bool, typer.Option("--online", help=_h("opt.online"))] = False,
    timeout: Annotated[
        float,
        typer.Option("--timeout", help=_h("opt.timeout"), metavar="SEK" if _HELP_LANG == "de" else "SEC"),
    ] = 10.0,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> int:
    from fundmatch import staffcommands

    return staffcommands.programs_audit(
        _today(date), strict, fmt, online, timeout, programs, rubric, _lang(lang)
    )


# --- rubric -----------------------------------------------------------------------------


@rubric_app.command("show", help=_h("cmd.rubric_show"))
def rubric_show(rubric: RubricOpt = None, lang: LangOpt = None) -> None:
    from fundmatch import staffcommands

    staffcommands.rubric_show(rubric, _lang(lang))


@rubric_app.command("validate", help=_h("cmd.rubric_validate"))
def rubric_validate(rubric: RubricOpt = None, lang: LangOpt = None) -> None:
    from fundmatch import staffcommands

    staffcommands.rubric_validate(rubric, _lang(lang))


# --- match, report, explain, questions ----------------------------------------------------


@app.command(help=_h("cmd.match"))
def match(
    answers: AnswersOpt = None,
    top: Annotated[int | None, typer.Option("--top", min=1, help=_h("opt.top"), metavar="N")] = None,
    fmt: Annotated[MatchFormat, typer.Option("--format", help=_h("opt.match_format"))] = MatchFormat.table,
    date: DateOpt = None,
    resume: Annotated[
        Path | None, typer.Option("--resume", help=_h("opt.resume"), dir_okay=False, metavar=FILE)
    ] = None,
    save_answers: Annotated[
        Path | None, typer.Option("--save-answers", help=_h("opt.save_answers"), dir_okay=False, metavar=FILE)
    ] = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
    pick: PickOpt = None,
    only: Annotated[str | None, typer.Option("--only", help=_h("opt.only"), metavar="ja,prüfen")] = None,
) -> None:
    from fundmatch import commands

    commands.match(
        answers,
        top,
        fmt,
        _today(date),
        resume,
        save_answers,
        output,
        force,
        programs,
        rubric,
        _lang(lang),
        pick=pick,
        only=only,
    )


@app.command(help=_h("cmd.report"))
def report(
    answers: AnswersOpt = None,
    output: OutputOpt = None,
    fmt: Annotated[
        str | None, typer.Option("--format", help=_h("opt.report_format"), metavar="FORMAT")
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, help=_h("opt.report_top"), metavar="N")] = 10,
    force: ForceOpt = False,
    date: DateOpt = None,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
    pick: PickOpt = None,
    best: Annotated[int, typer.Option("--best", min=0, help=_h("opt.best"))] = 3,
    everything: Annotated[bool, typer.Option("--all", help=_h("opt.all"))] = False,
) -> None:
    from fundmatch import commands

    commands.report(
        answers,
        output,
        fmt,
        top,
        force,
        _today(date),
        programs,
        rubric,
        _lang(lang),
        pick=pick,
        best=best,
        everything=everything,
    )


@app.command(help=_h("cmd.calendar"))
def calendar(
    answers: AnswersOpt = None,
    output: Annotated[Path | None, _output_option(help=_h("opt.calendar_output"))] = None,
    top: Annotated[int, typer.Option("--top", min=1, help=_h("opt.calendar_top"))] = 10,
    force: ForceOpt = False,
    date: DateOpt = None,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> None:
    from fundmatch import plancommands

    plancommands.calendar(answers, output, top, force, _today(date), programs, rubric, _lang(lang))


@app.command(help=_h("cmd.ask"))
def ask(
    program_id: Annotated[str, typer.Argument(metavar="ID", help=_h("opt.ask_id"))],
    answers: AnswersOpt = None,
    output: Annotated[Path | None, _output_option(help=_h("opt.ask_output"))] = None,
    force: ForceOpt = False,
    date: DateOpt = None,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> None:
    from fundmatch import plancommands

    plancommands.ask(program_id, answers, output, force, _today(date), programs, rubric, _lang(lang))


@app.command(help=_h("cmd.questions"))
def questions(lang: LangOpt = None, rubric: RubricOpt = None) -> None:
    from fundmatch import staffcommands

    staffcommands.questions(rubric, _lang(lang))


@app.command(help=_h("cmd.explain"))
def explain(
    program_id: Annotated[str, typer.Argument(metavar="ID", help=_h("opt.explain_id"))],
    answers: AnswersOpt = None,
    versus: Annotated[str | None, typer.Option("--vs", metavar="ID", help=_h("opt.versus"))] = None,
    date: DateOpt = None,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> None:
    from fundmatch import commands

    commands.explain(program_id, answers, versus, _today(date), programs, rubric, _lang(lang))


@app.command(help=_h("cmd.web"))
def web(
    host: Annotated[str, typer.Option("--host", help=_h("opt.web_host"))] = "127.0.0.1",
    port: Annotated[
        int | None, typer.Option("--port", min=1, max=65535, help=_h("opt.web_port"), metavar="PORT")
    ] = None,
    no_browser: Annotated[bool, typer.Option("--no-browser", help=_h("opt.web_no_browser"))] = False,
    date: DateOpt = None,
    programs: ProgramsOpt = None,
    rubric: RubricOpt = None,
    lang: LangOpt = None,
) -> int:
    from fundmatch import commands

    return commands.web(host, port, no_browser, date, programs, rubric, _lang(lang))


# --- schema -----------------------------------------------------------------------------


class SchemaName(StrEnum):
    program = "program"
    rubric = "rubric"
    answers = "answers"


@app.command(help=_h("cmd.schema"))
def schema(
    name: Annotated[SchemaName | None, typer.Argument(help=_h("opt.schema_name"))] = None,
    write: Annotated[
        Path | None, typer.Option("--write", help=_h("opt.schema_write"), file_okay=False, metavar=FOLDER)
    ] = None,
    lang: LangOpt = None,
) -> None:
    from fundmatch import staffcommands

    names = [name.value] if name else [s.value for s in SchemaName]
    staffcommands.schema(names, write, _lang(lang))


def main() -> None:
    """Console-script entry point: runs the commands inside the error boundary (see _Guarded)."""
    app()
