"""What each command does, given its options already parsed (fundmatch.cli declares them).

Results go to stdout, messages to stderr. Errors are raised (fundmatch.errors) and turned
into messages and exit codes in one place, fundmatch.boundary; a command returns its exit
code only when it is not 0 without an error (``programs audit --strict``, failed checks).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rich.console import Console

from fundmatch.catalogue import Catalogue, load_catalogue, load_rubric, resolve_paths
from fundmatch.console import make_console
from fundmatch.errors import DataError, Problem, UsageError, display_path
from fundmatch.formats import MatchFormat, ProblemFormat
from fundmatch.i18n import msg, t
from fundmatch.models import Answers

# The terminal shows this many programmes unless --top says otherwise; reports list all.
DEFAULT_TOP = 10


def _out() -> Console:
    return make_console()


def _say(text: str) -> None:
    """A message for the user (not a result): stderr, never interpreted as markup."""
    make_console(stderr=True).print(text, markup=False, highlight=False, soft_wrap=True)


def _load(programs: Path | None, rubric: Path | None, lang: str, *, announce: bool = True) -> Catalogue:
    paths = resolve_paths(programs, rubric)
    catalogue = load_catalogue(paths)
    if announce:
        _say(
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


# --- programs ---------------------------------------------------------------------------


def programs_list(programs: Path | None, rubric: Path | None, lang: str) -> None:
    from fundmatch.facts import deadline_text, own_share_pct
    from fundmatch.i18n import format_date, format_eur, format_pct
    from fundmatch.reports.terminal import print_table

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
    print_table(_out(), headers, rows, no_wrap=(0, 4, 5, 7))


def programs_show(program_id: str, programs: Path | None, rubric: Path | None, lang: str) -> None:
    from fundmatch.facts import program_facts

    catalogue = _load(programs, rubric, lang, announce=False)
    program = catalogue.get(program_id)
    out = _out()
    out.print(f"{program.name} [{program.id}]", markup=False, soft_wrap=True)
    for label, value in program_facts(program, catalogue.rubric, lang):
        out.print(f"  {label}: {value}", markup=False, soft_wrap=True)


def programs_validate(
    paths: list[Path] | None, fmt: ProblemFormat, programs: Path | None, rubric: Path | None, lang: str
) -> int:
    from fundmatch.catalogue import check_program_files, program_files

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
        _say(t("errors.count", lang, count=len(problems)))
        return 1
    if fmt is ProblemFormat.json:
        print("[]")
    _say(t("validate.ok", lang, count=len(files)))
    return 0


def _print_problems(problems: list[Problem], fmt: ProblemFormat) -> None:
    if fmt is ProblemFormat.json:
        print(json.dumps([asdict(p) for p in problems], ensure_ascii=False, indent=2))
        return
    for p in problems:
        if fmt is ProblemFormat.parsable:
            print(p.render("error"))
        else:
            _say(str(p))


def programs_audit(
    today: dt.date, strict: bool, programs: Path | None, rubric: Path | None, lang: str
) -> int:
    from fundmatch.audit import audit
    from fundmatch.i18n import format_date
    from fundmatch.reports.terminal import print_table

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
    out = _out()
    print_table(out, [t(h, lang) for h in headers], rows, no_wrap=(0, 1, 2))
    out.print(report.summary().render(lang), markup=False, soft_wrap=True)
    return 1 if strict and report.needs_attention else 0


# --- rubric -----------------------------------------------------------------------------


def rubric_show(rubric: Path | None, lang: str) -> None:
    from fundmatch.reports.terminal import print_table

    scale, _ = load_rubric(resolve_paths(rubric=rubric).rubric)
    out = _out()
    out.print(f"{scale.title.get(lang)} (Version {scale.version})", markup=False, soft_wrap=True)
    levels = " · ".join(f"{lv.level} = {lv.label.get(lang)}" for lv in scale.scale.levels)
    out.print(levels, markup=False, soft_wrap=True)
    gates = [[g.label.get(lang), g.kind.value] for g in scale.gates]
    print_table(out, [t("col.gate", lang), t("col.kind", lang)], gates)
    rows = [
        [
            c.label.get(lang),
            f"{c.weight:g}",
            c.kind.value,
            "\n".join(f"{level}: {c.anchors[level].get(lang)}" for level in sorted(c.anchors)),
        ]
        for c in scale.criteria
    ]
    headers = [t("col.criterion", lang), t("col.weight", lang), t("col.kind", lang), t("col.anchors", lang)]
    print_table(out, headers, rows)
    bands = [[b.label.get(lang), f"{b.min_score:g}"] for b in scale.bands]
    print_table(out, [t("col.band", lang), t("col.from_score", lang)], bands)


def rubric_validate(rubric: Path | None, lang: str) -> None:
    path = resolve_paths(rubric=rubric).rubric
    scale, _ = load_rubric(path)
    _say(
        t(
            "validate.rubric_ok",
            lang,
            path=display_path(path),
            criteria=len(scale.criteria),
            gates=len(scale.gates),
        )
    )


def questions(rubric: Path | None, lang: str) -> None:
    from fundmatch.questionnaire import template

    scale, _ = load_rubric(resolve_paths(rubric=rubric).rubric)
    print(template(scale, lang), end="")


def schema(names: list[str], write: Path | None, lang: str) -> None:
    from fundmatch.schemas import schema_text, write_schemas

    if write is not None:
        for path in write_schemas(write):
            _say(t("schema.written", lang, path=path))
        return
    for item in names:
        print(schema_text(item), end="")


# --- match, report, explain -------------------------------------------------------------


def _ranked(
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
    from fundmatch.report import build_report

    if answers_path is None:
        raise UsageError(msg("error.answers_missing"))
    catalogue = _load(programs, rubric, lang)
    answers = load_answers(answers_path, catalogue.rubric)
    return build_report(catalogue, answers, today, top, complete=complete)


def match(
    answers: Path | None,
    top: int | None,
    fmt: MatchFormat,
    today: dt.date,
    resume: Path | None,
    save_answers: Path | None,
    output: Path | None,
    programs: Path | None,
    rubric: Path | None,
    lang: str,
) -> None:
    """Rank for an answers file, or ask the questions first (fundmatch.session)."""
    shown = top or DEFAULT_TOP  # shown, and explained in full (improvements, robustness)
    to_stdout = output is not None and str(output) == "-"

    def deliver(document: dict[str, Any]) -> None:
        if to_stdout:
            _write_report(document, Path("-"), fmt.value if fmt is MatchFormat.json else None, lang, shown)
            return
        if fmt is MatchFormat.json:
            print(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            _print_ranking(document, lang, shown)
        if output is not None:
            _write_report(document, output, None, lang, shown)

    if answers is not None:
        # A table needs the details of the shown programmes only; data and files get all.
        complete = fmt is MatchFormat.json or output is not None
        deliver(_ranked(answers, programs, rubric, lang, today, shown, complete=complete))
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
    )


def _ask_then_rank(
    lang: str,
    today: dt.date,
    shown: int,
    resume: Path | None,
    save_answers: Path | None,
    programs: Path | None,
    rubric: Path | None,
    deliver: Callable[[dict[str, Any]], None],
    *,
    offers: bool,
    ask_for_report: bool,
    prompts_to_stderr: bool,
) -> None:
    from fundmatch.answers import load_answers
    from fundmatch.report import build_report
    from fundmatch.session import check_save_target, interactive_match

    check_save_target(save_answers)
    catalogue = _load(programs, rubric, lang, announce=False)
    resumed: Answers | None = None
    if resume is not None:
        resumed = load_answers(resume, catalogue.rubric)  # every check of an answers file

    def write_report(document: dict[str, Any], path: Path) -> None:
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
        rank=lambda given: build_report(catalogue, given, today, shown),
        deliver=deliver,
        offers=offers,
        write_report=write_report if ask_for_report else None,
    )


def _print_ranking(document: dict[str, Any], lang: str, shown: int) -> None:
    from fundmatch.reports.terminal import print_ranking

    print_ranking(_out(), document, lang, shown)
    hidden = len(document["results"]) - shown
    if hidden > 0:
        _say(t("match.more", lang, count=hidden, total=len(document["results"])))


def _write_report(
    document: dict[str, Any], output: Path, fmt: str | None, lang: str, top: int | None
) -> None:
    from fundmatch.report_output import write_report

    note = write_report(document, output, fmt, lang, top)
    if note:
        _say(note)


def report(
    answers: Path | None,
    output: Path | None,
    fmt: str | None,
    top: int,
    today: dt.date,
    programs: Path | None,
    rubric: Path | None,
    lang: str,
) -> None:
    from fundmatch.reports import Format

    if fmt is not None and fmt not in {f.value for f in Format}:
        raise UsageError(msg("error.unknown_format", format=fmt))
    if output is None:
        raise UsageError(msg("error.output_missing"))
    document = _ranked(answers, programs, rubric, lang, today, top)
    _write_report(document, output, fmt, lang, top)


def explain(
    program_id: str,
    answers: Path | None,
    versus: str | None,
    today: dt.date,
    programs: Path | None,
    rubric: Path | None,
    lang: str,
) -> None:
    from fundmatch.reports.terminal import print_comparison, print_explanation

    document = _ranked(answers, programs, rubric, lang, today, None)
    ids = {r["id"] for r in document["results"]}
    for wanted in (program_id, versus):
        if wanted is not None and wanted not in ids:
            raise UsageError(msg("error.unknown_program", id=wanted))
    if versus is None:
        print_explanation(_out(), document, program_id, lang)
    else:
        print_comparison(_out(), document, program_id, versus, lang)
