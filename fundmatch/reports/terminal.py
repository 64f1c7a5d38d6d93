"""The ranking, explanations and catalogue tables on the terminal (rich).

Every string from the catalogue, the rubric or the answers reaches rich as a ``Text``
made by ``safetext.rich_text``: never parsed as markup or emoji codes, control characters
shown as escapes. Markup is used only in fundmatch's own strings.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rich.console import Console
from rich.markup import escape
from rich.style import Style
from rich.table import Table
from rich.text import Text

from fundmatch.i18n import t
from fundmatch.reports.common import (
    band_text,
    day,
    improvement,
    outcome,
    points,
    robustness,
    text,
    unknowns,
)
from fundmatch.reports.document import Report, Result
from fundmatch.safetext import visible, web_url


def rich_text(value: str, style: str = "", *, lines: bool = False) -> Text:
    """``value`` as a rich ``Text``: shown as typed (controls made visible), never parsed as
    markup or emoji codes. The one way catalogue and answers text reaches rich."""
    return Text(visible(value, lines=lines), style=style)


def escape_markup(value: str) -> str:
    """``value`` for a string where rich parses markup: visible, and ``[`` escaped."""
    return escape(visible(value))


def web_link(url: str | None, label: str | None = None) -> Text:
    """A ``Text`` that links to ``url`` when it is a web address (else plain text)."""
    shown = rich_text(label if label is not None else url or "")
    target = web_url(url)
    if target is not None:
        shown.stylize(Style(link=target))
    return shown


# Below this width the catalogue tables (programs list, audit, rubric) become blocks.
LIST_TABLE_MIN_WIDTH = 100


# A width this small is a misreading (``COLUMNS=0``), not a terminal: rich would print
# nothing at all. Such a console gets the classic 80 columns.
NARROWEST = 20


def _fit(console: Console) -> Console:
    if console.width < NARROWEST:
        console.width = 80
    return console


def print_ranking(
    console: Console, report: Report, lang: str, top: int | None, only: Collection[str] | None = None
) -> int:
    """The ranking as blocks grouped by eligibility (``terminal_ranking``); returns how many
    programmes of the groups asked for were not shown."""
    from fundmatch.reports.terminal_ranking import print_ranking_blocks

    return print_ranking_blocks(_fit(console), report, lang, top, only)


def print_lines(console: Console, lines: Sequence[str]) -> None:
    """Lines of text as they are: no markup, no highlighting, controls made visible."""
    _fit(console)
    for line in lines:
        console.print(rich_text(line), soft_wrap=True, highlight=False)


def print_table(
    console: Console,
    title: str | None,
    columns: list[str],
    rows: list[list[str]],
    no_wrap: tuple[int, ...] = (),
) -> None:
    """A table of catalogue text, or on a narrow terminal one block of ``label: value``
    lines per row; columns listed in ``no_wrap`` (ids, amounts, dates) are never broken.
    A cell may hold several lines."""
    _fit(console)
    if console.width < LIST_TABLE_MIN_WIDTH:
        for row in rows:
            console.print(rich_text(row[0]), soft_wrap=True)
            for label, value in zip(columns[1:], row[1:], strict=True):
                if value:
                    shown = visible(value, lines=True).replace("\n", "\n      ")
                    console.print(Text(f"   {visible(label)}: {shown}"), soft_wrap=True)
            console.print()
        return
    table = Table(title=None if title is None else rich_text(title), show_lines=False, header_style="bold")
    for i, column in enumerate(columns):
        table.add_column(rich_text(column), overflow="fold", no_wrap=i in no_wrap)
    for row in rows:
        table.add_row(*(rich_text(cell, lines=True) for cell in row))
    console.print(table)


def print_explanation(console: Console, report: Report, program_id: str, lang: str) -> None:
    """Everything behind one programme's place: gates, criteria, improvements, what to check."""
    _fit(console)
    r = _result(report, program_id)
    details = r.details
    heading = Text.assemble(rich_text(f"{r.rank}. {r.name}", style="bold"), " (", rich_text(r.funder), ")")
    console.print(heading)
    summary = t(
        "explain.summary",
        lang,
        score=points(r.score, lang),
        band=band_text(r, lang),
        eligible=outcome(r.eligibility, lang),
        confidence=r.confidence,
    )
    print_lines(console, [summary])
    if details is None:  # the document was built without this programme's details
        return
    gates = Table(title=t("explain.gates", lang), header_style="bold", title_justify="left")
    gates.add_column(t("col.gate", lang))
    gates.add_column(t("col.outcome", lang))
    gates.add_column(t("col.reason", lang), overflow="fold")
    for g in details.gates:
        gates.add_row(
            rich_text(text(g.label, lang)), outcome(g.outcome, lang), rich_text(text(g.reason, lang))
        )
    console.print(gates)
    criteria = Table(title=t("explain.criteria", lang), header_style="bold", title_justify="left")
    for key, justify in (
        ("col.criterion", "left"),
        ("col.weight", "right"),
        ("col.scale_level", "left"),
        ("col.points", "right"),
        ("col.reason", "left"),
    ):
        criteria.add_column(t(key, lang), justify=justify, overflow="fold")  # type: ignore[arg-type]
    for c in details.criteria:
        level = f"{c.level} {text(c.level_label, lang)}" + ("" if c.known else " (?)")
        criteria.add_row(
            rich_text(text(c.label, lang)),
            f"{c.weight:g}",
            rich_text(level),
            points(c.points, lang),
            rich_text(text(c.reason, lang)),
        )
    console.print(criteria)
    _section(console, t("explain.improvements", lang), [improvement(i, lang) for i in details.improvements])
    if details.robustness:
        console.print(Text.assemble((f"{t('explain.robustness', lang)}:", "bold"), " ", robustness(r, lang)))
    _section(console, t("explain.warnings", lang), [text(w, lang) for w in r.warnings])
    _section(console, t("explain.to_check", lang), unknowns(r, lang))
    evidence = [
        Text.assemble(
            web_link(e.url),
            " ("
            + t("explain.evidence_dates", lang, date=day(e.date, lang), checked=day(e.checked, lang))
            + ")",
        )
        for e in details.evidence
    ]
    _section(console, t("explain.evidence", lang), evidence)
    print_lines(console, [t("report.disclaimer", lang)])


def print_comparison(console: Console, report: Report, first: str, second: str, lang: str) -> None:
    """Why ``first`` stands below or above ``second``: criterion by criterion."""
    _fit(console)
    a, b = _result(report, first), _result(report, second)
    print_lines(console, [t("explain.compare", lang, a=a.name, rank_a=a.rank, b=b.name, rank_b=b.rank)])
    if a.eligibility != b.eligibility:
        print_lines(
            console,
            [
                t(
                    "explain.compare_eligibility",
                    lang,
                    a=outcome(a.eligibility, lang),
                    b=outcome(b.eligibility, lang),
                )
            ],
        )
    table = Table(header_style="bold")
    table.add_column(t("col.criterion", lang))
    table.add_column(rich_text(a.id), justify="right")
    table.add_column(rich_text(b.id), justify="right")
    table.add_column("Δ", justify="right")
    pairs = zip(a.details.criteria if a.details else [], b.details.criteria if b.details else [], strict=True)
    for ca, cb in sorted(pairs, key=lambda pair: -abs(pair[0].points - pair[1].points)):
        diff = ca.points - cb.points
        table.add_row(
            rich_text(text(ca.label, lang)),
            points(ca.points, lang),
            points(cb.points, lang),
            ("+" if diff > 0 else "") + points(diff, lang),
        )
    table.add_row(t("col.score", lang), points(a.score, lang), points(b.score, lang), "")
    console.print(table)


def _result(report: Report, program_id: str) -> Result:
    found = report.result(program_id)
    if found is None:
        raise KeyError(program_id)
    return found


def _section(console: Console, title: str, lines: Sequence[str | Text]) -> None:
    if not lines:
        return
    console.print(Text(f"{title}:", style="bold"))
    for line in lines:
        console.print(
            Text.assemble("  • ", rich_text(line) if isinstance(line, str) else line), highlight=False
        )
