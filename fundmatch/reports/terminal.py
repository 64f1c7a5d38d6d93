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
from fundmatch.rules.base import Side
from fundmatch.safetext import visible, web_url, words


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


# A column that wraps gets at least this many characters; a table that cannot give them
# to every such column becomes blocks of lines (programs list, explain).
WRAPPED_MIN = 14
BLOCK_INDENT = 4
BULLET_INDENT = 4  # "  • " and the wrapped rest under the text


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
    """Lines of text as they are (no markup, no highlighting, controls made visible),
    wrapped at words."""
    _fit(console)
    for line in lines:
        print_wrapped(console, rich_text(line))


def print_wrapped(console: Console, body: Text, prefix: str = "", indent: int = 0) -> None:
    """``body`` wrapped at words (only a word wider than the line is folded), without
    trailing blanks; ``prefix`` (a rank, a bullet) stands right-aligned in the ``indent``
    of the first line, every continuation under the text."""
    print_together(console, wrapped(console, body, prefix, indent))


def wrapped(console: Console, body: Text, prefix: str = "", indent: int = 0) -> list[Text]:
    """The lines ``print_wrapped`` prints."""
    width = max(console.width - indent, 10)
    fits = "\n" not in body.plain and "\t" not in body.plain and body.cell_len <= width
    parts = [body.copy()] if fits else body.wrap(console, width, overflow="fold")  # wrap is slow
    lines = []
    for i, part in enumerate(parts):
        part.rstrip()
        lead = (prefix if i == 0 else "").rjust(indent - 1) + " " if indent else ""
        lines.append(Text.assemble(lead, part))
    return lines


def print_together(console: Console, lines: Sequence[Text]) -> None:
    """Lines in one print: each of rich's prints costs more than wrapping a line."""
    if lines:
        console.print(Text("\n").join(lines), highlight=False, soft_wrap=True)


def _column_widths(
    columns: list[str], rows: list[list[str]], no_wrap: tuple[int, ...], width: int
) -> list[int] | None:
    """Widths that break no word, or None if the table cannot have them at ``width``.

    An unbroken column gets its widest cell; a wrapping column at least ``WRAPPED_MIN``
    (or its widest cell, if narrower) and never less than its longest word; the room left
    goes to the wrapping columns in proportion to what they could still use. Given
    explicitly, because rich would otherwise squeeze a column to a few characters."""
    widest, least = [], []
    for i, column in enumerate(columns):
        cells = [visible(cell, lines=True) for cell in [column, *(row[i] for row in rows)]]
        longest = max((len(line) for cell in cells for line in cell.split("\n")), default=0)
        longest_word = max((len(word) for cell in cells for word in words(cell)), default=0)
        widest.append(longest)
        least.append(longest if i in no_wrap else max(min(longest, WRAPPED_MIN), longest_word))
    room = width - (3 * len(columns) + 1) - sum(least)  # borders and padding
    if room < 0:
        return None
    wanted = [w - m for w, m in zip(widest, least, strict=True)]
    if sum(wanted) <= room:
        return widest
    return [m + room * extra // sum(wanted) for m, extra in zip(least, wanted, strict=True)]


def print_table(
    console: Console,
    title: str | None,
    columns: list[str],
    rows: list[list[str]],
    no_wrap: tuple[int, ...] = (),
    right: tuple[int, ...] = (),
) -> None:
    """A table of catalogue text, or where it would not fit without breaking words, one
    block of ``label: value`` lines per row; columns listed in ``no_wrap`` (ids, amounts,
    dates) are never broken. A cell may hold several lines."""
    _fit(console)
    if title is not None:
        console.print(rich_text(title, style="bold"), soft_wrap=True)
    widths = _column_widths(columns, rows, no_wrap, console.width)
    if widths is None:
        for row in rows:
            print_wrapped(console, rich_text(row[0], style="bold"))
            for label, value in zip(columns[1:], row[1:], strict=True):
                if value:
                    line = Text.assemble((f"{visible(label)}: ", "dim"), rich_text(value))
                    for part in line.split("\n"):
                        print_wrapped(console, part, "", BLOCK_INDENT)
            console.print()
        return
    table = Table(show_lines=False, header_style="bold")
    for i, column in enumerate(columns):
        table.add_column(
            rich_text(column),
            no_wrap=i in no_wrap,
            width=widths[i],
            justify="right" if i in right else "left",
        )
    for row in rows:
        table.add_row(*(rich_text(cell, lines=True) for cell in row))
    console.print(table)


def print_explanation(console: Console, report: Report, program_id: str, lang: str) -> None:
    """Everything behind one programme's place: gates, criteria, improvements, what to check."""
    _fit(console)
    r = _result(report, program_id)
    details = r.details
    heading = Text.assemble(rich_text(f"{r.rank}. {r.name}", style="bold"), " (", rich_text(r.funder), ")")
    print_wrapped(console, heading)
    summary = t(
        "explain.summary",
        lang,
        score=points(r.score, lang),
        band=band_text(r, lang),
        eligible=outcome(r.eligibility, lang),
        confidence=r.confidence,
    )
    print_lines(console, [summary, *_range(r, lang)])
    if details is None:  # the document was built without this programme's details
        return
    print_table(
        console,
        t("explain.gates", lang),
        [t(key, lang) for key in ("col.gate", "col.outcome", "col.reason")],
        [[text(g.label, lang), outcome(g.outcome, lang), text(g.reason, lang)] for g in details.gates],
        no_wrap=(1,),
    )
    print_table(
        console,
        t("explain.criteria", lang),
        [t(f"col.{key}", lang) for key in ("criterion", "weight", "scale_level", "points", "reason")],
        [
            [
                text(c.label, lang),
                f"{c.weight:g}",
                f"{c.level} {text(c.level_label, lang)}" + ("" if c.known else " (?)"),
                points(c.points, lang),
                text(c.reason, lang),
            ]
            for c in details.criteria
        ],
        no_wrap=(1, 3),
    )
    _section(console, t("explain.improvements", lang), [improvement(i, lang) for i in details.improvements])
    if details.robustness:
        console.print(Text.assemble((f"{t('explain.robustness', lang)}:", "bold"), " ", robustness(r, lang)))
    _section(console, t("explain.warnings", lang), [text(w, lang) for w in r.warnings])
    _section(console, t("explain.to_check", lang), unknowns(r, lang))
    _print_questions(console, r, lang)
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
    pairs = zip(a.details.criteria if a.details else [], b.details.criteria if b.details else [], strict=True)
    rows = []
    for ca, cb in sorted(pairs, key=lambda pair: -abs(pair[0].points - pair[1].points)):
        diff = ca.points - cb.points
        rows.append(
            [
                text(ca.label, lang),
                points(ca.points, lang),
                points(cb.points, lang),
                ("+" if diff > 0 else "") + points(diff, lang),
            ]
        )
    rows.append([t("col.score", lang), points(a.score, lang), points(b.score, lang), ""])
    columns = [t("col.criterion", lang), a.id, b.id, "Δ"]
    print_table(console, None, columns, rows, no_wrap=(1, 2, 3), right=(1, 2, 3))


def _range(r: Result, lang: str) -> list[str]:
    """The span the score can still take, while facts are open."""
    if r.score_low == r.score_high:
        return []
    return [t("explain.range", lang, low=points(r.score_low, lang), high=points(r.score_high, lang))]


def _print_questions(console: Console, r: Result, lang: str) -> None:
    """The open facts as questions: those for the funder (and whom to ask), then the
    sponsor's own; each says whether it decides *prüfen* or only moves the score."""
    contact = r.contact or t("report.not_recorded", lang)
    for side, title in (
        (Side.PROGRAM, t("explain.ask_funder", lang, contact=contact)),
        (Side.SPONSOR, t("explain.ask_yourself", lang)),
    ):
        asked = sorted((q for q in r.open_questions if q.side is side), key=lambda q: not q.decides_gate)
        effect = {True: t("explain.decides_gate", lang), False: t("explain.decides_score", lang)}
        lines = [f"{text(q.question, lang)} ({effect[q.decides_gate]})" for q in asked]
        _section(console, title, lines)


def _result(report: Report, program_id: str) -> Result:
    found = report.result(program_id)
    if found is None:
        raise KeyError(program_id)
    return found


def _section(console: Console, title: str, lines: Sequence[str | Text]) -> None:
    if not lines:
        return
    print_wrapped(console, rich_text(f"{title}:", style="bold"))
    for line in lines:
        print_wrapped(console, rich_text(line) if isinstance(line, str) else line, "•", BULLET_INDENT)
