"""What the staff commands do — programmes, the rubric, the answers template, the schemas —
given their options already parsed (fundmatch.cli declares them)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fundmatch.catalogue import describe_paths, load_rubric, resolve_paths
from fundmatch.commands import load, out, say
from fundmatch.console import make_console
from fundmatch.errors import DataError, Problem, UsageError, display_path
from fundmatch.formats import ProblemFormat
from fundmatch.i18n import msg, t

# --- programs ---------------------------------------------------------------------------


def programs_list(programs: Path | None, rubric: Path | None, lang: str) -> None:
    from fundmatch.facts import deadline_text, limit_text
    from fundmatch.i18n import format_date, format_pct
    from fundmatch.reports.terminal import print_table
    from fundmatch.rules.own_share import own_share_pct

    catalogue = load(programs, rubric, lang)
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
    print_table(out(), None, headers, rows, no_wrap=(0, 4, 5, 7))


def programs_show(program_id: str, programs: Path | None, rubric: Path | None, lang: str) -> None:
    from fundmatch.facts import program_facts
    from fundmatch.lookup import resolve
    from fundmatch.safetext import visible

    catalogue = load(programs, rubric, lang)
    program = catalogue.get(resolve(program_id, catalogue.programs))  # an id or part of a name
    console = out()
    console.print(visible(f"{program.name} [{program.id}]"), markup=False, soft_wrap=True)
    for label, value in program_facts(program, catalogue.rubric, lang):
        console.print(visible(f"  {label}: {value}"), markup=False, soft_wrap=True)


def programs_validate(
    paths: list[Path] | None, fmt: ProblemFormat, programs: Path | None, rubric: Path | None, lang: str
) -> int:
    from fundmatch.catalogue import check_program_files, program_files

    resolved = resolve_paths(programs, rubric)
    if not paths:
        say(describe_paths(resolved).render(lang))
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
        print_problems(problems, fmt, lang)
        say(t("errors.count", lang, count=len(problems)))
        return 1
    if fmt is ProblemFormat.json:
        print("[]")
    say(t("validate.ok", lang, count=len(files)))
    return 0


def print_problems(problems: Sequence[Problem], fmt: ProblemFormat, lang: str) -> None:
    """Problems as lines on stderr, or for tools as ``parsable`` lines or JSON on stdout."""
    if fmt is ProblemFormat.json:
        print(json.dumps([p.as_dict(lang) for p in problems], ensure_ascii=False, indent=2))
        return
    for p in problems:
        if fmt is ProblemFormat.parsable:
            print(p.render("error", lang))
        else:
            say(p.render(lang=lang))


_print_problems = print_problems


def programs_new(program_id: str, programs: Path | None, lang: str) -> None:
    from fundmatch.catalogue import new_program_file

    paths = resolve_paths(programs)
    say(describe_paths(paths).render(lang))
    path = new_program_file(program_id, paths)
    say(t("new.written", lang, path=display_path(path)))


def programs_audit(
    today: dt.date,
    strict: bool,
    fmt: str,
    online: bool,
    timeout: float,
    programs: Path | None,
    rubric: Path | None,
    lang: str,
) -> int:
    """What to do per programme: missing facts, conflicts, deadlines, stale checks, links."""
    from fundmatch.audit import audit, program_urls
    from fundmatch.auditreport import AuditFormat, link_problems, render

    if fmt not in {f.value for f in AuditFormat}:
        raise UsageError(msg("error.unknown_format", format=fmt))
    catalogue = load(programs, rubric, lang)
    report = audit(catalogue.programs, today)
    links = None
    if online:
        urls = [url for p in catalogue.programs for url in program_urls(p)]
        links = _check_links(urls, max(timeout, 0.1), lang)
    folder = catalogue.paths.programs
    text = render(report, AuditFormat(fmt), lang, lambda pid: _program_file(folder, pid), links)
    print(text, end="")
    dead_links = links is not None and any(link_problems(a, links) for a in report.programs)
    return 1 if strict and (report.needs_attention or dead_links) else 0


def _program_file(folder: Path, program_id: str) -> str:
    for suffix in (".yaml", ".yml"):
        if (folder / f"{program_id}{suffix}").is_file():
            return display_path(folder / f"{program_id}{suffix}")
    return display_path(folder / f"{program_id}.yaml")


def _check_links(urls: list[str], timeout: float, lang: str) -> Any:
    """Check the links (the one use of the network) with a progress bar on standard error."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from fundmatch.linkcheck import check_urls

    distinct = list(dict.fromkeys(urls))
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=make_console(stderr=True), transient=True) as bar:
        task = bar.add_task(t("audit.links.progress", lang), total=len(distinct))
        return check_urls(distinct, timeout, progress=lambda _: bar.advance(task))


# --- rubric -----------------------------------------------------------------------------


def rubric_show(rubric: Path | None, lang: str) -> None:
    from fundmatch.rubricview import rubric_text
    from fundmatch.safetext import visible

    paths = resolve_paths(rubric=rubric)
    say(describe_paths(paths).render(lang))
    scale, _ = load_rubric(paths.rubric)
    print(visible(rubric_text(scale, lang), lines=True), end="")


def rubric_validate(rubric: Path | None, lang: str) -> None:
    path = resolve_paths(rubric=rubric).rubric
    scale, _ = load_rubric(path)
    say(
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

    paths = resolve_paths(rubric=rubric)
    say(describe_paths(paths).render(lang))
    scale, _ = load_rubric(paths.rubric)
    print(template(scale, lang, Path.cwd()), end="")  # most often redirected into a file here


def schema(names: list[str], write: Path | None, lang: str) -> None:
    from fundmatch.schemas import schema_text, write_schemas

    if write is not None:
        for path in write_schemas(write):
            say(t("schema.written", lang, path=path))
        return
    for item in names:
        print(schema_text(item), end="")
