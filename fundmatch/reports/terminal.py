"""The ranking and the explanation of one programme on the terminal (rich)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from fundmatch.i18n import t
from fundmatch.reports.common import (
    amount,
    deadline,
    improvement,
    iso_date,
    outcome,
    points,
    robustness,
    share,
    text,
    unknowns,
    why,
)


def ranking_table(report: dict[str, Any], lang: str, top: int | None) -> Table:
    """Rank, programme, band, score, eligibility, max grant, own share, deadline, why."""
    table = Table(header_style="bold", show_lines=True)
    for key, justify in (
        ("col.rank", "right"),
        ("col.program_funder", "left"),
        ("col.band", "left"),
        ("col.score", "right"),
        ("col.eligible", "left"),
        ("col.max", "right"),
        ("col.own_share", "right"),
        ("col.next_deadline", "left"),
        ("col.why", "left"),
    ):
        table.add_column(t(key, lang), justify=justify, overflow="fold")  # type: ignore[arg-type]
    results = report["results"] if top is None else report["results"][:top]
    for r in results:
        marks = " ⚠" if r["warnings"] else ""
        table.add_row(
            str(r["rank"]),
            f"{r['name']}{marks}\n[dim]{r['funder']}[/dim]",
            text(r["band"]["label"], lang),
            points(r["score"], lang),
            outcome(r["eligibility"], lang),
            amount(r["max_eur"], lang),
            share(r["own_share_pct"], lang),
            deadline(r, lang),
            why(r, lang),
        )
    return table


# Below this width a many-column table (the ranking has nine) breaks words apart; blocks of
# lines read better there, and also for screen readers. The one threshold for every table.
TABLE_MIN_WIDTH = 120


def ranking_list(report: dict[str, Any], lang: str, top: int | None) -> list[str]:
    """The ranking as short blocks of lines, one block per programme."""
    lines = []
    results = report["results"] if top is None else report["results"][:top]
    for r in results:
        lines += [
            f"{r['rank']}. {r['name']} – {r['funder']}" + (" ⚠" if r["warnings"] else ""),
            "   "
            + t(
                "match.line_score",
                lang,
                band=text(r["band"]["label"], lang),
                score=points(r["score"], lang),
                eligible=outcome(r["eligibility"], lang),
            ),
            "   "
            + t(
                "match.line_money",
                lang,
                max=amount(r["max_eur"], lang),
                share=share(r["own_share_pct"], lang),
                deadline=deadline(r, lang),
            ),
            "   " + t("match.line_why", lang, why=why(r, lang)),
            "",
        ]
    return lines


def print_ranking(console: Console, report: dict[str, Any], lang: str, top: int | None) -> None:
    if console.width >= TABLE_MIN_WIDTH:
        console.print(ranking_table(report, lang, top))
    else:
        for line in ranking_list(report, lang, top):
            console.print(line, markup=False, highlight=False, soft_wrap=True)
    console.print(t("match.legend", lang), markup=False, highlight=False, soft_wrap=True)


def print_explanation(console: Console, report: dict[str, Any], program_id: str, lang: str) -> None:
    """Everything behind one programme's place: gates, criteria, improvements, what to check."""
    r = next(item for item in report["results"] if item["id"] == program_id)
    console.print(f"[bold]{r['rank']}. {r['name']}[/bold] ({r['funder']})")
    console.print(
        t(
            "explain.summary",
            lang,
            score=points(r["score"], lang),
            band=text(r["band"]["label"], lang),
            eligible=outcome(r["eligibility"], lang),
            confidence=r["confidence"],
        )
    )
    gates = Table(title=t("explain.gates", lang), header_style="bold", title_justify="left")
    gates.add_column(t("col.gate", lang))
    gates.add_column(t("col.outcome", lang))
    gates.add_column(t("col.reason", lang), overflow="fold")
    for g in r["gates"]:
        gates.add_row(text(g["label"], lang), outcome(g["outcome"], lang), text(g["reason"], lang))
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
    for c in r["criteria"]:
        level = f"{c['level']} {text(c['level_label'], lang)}" + ("" if c["known"] else " (?)")
        criteria.add_row(
            text(c["label"], lang),
            f"{c['weight']:g}",
            level,
            points(c["points"], lang),
            text(c["reason"], lang),
        )
    console.print(criteria)
    _section(
        console, t("explain.improvements", lang), [improvement(i, lang) for i in r["improvements"] or []]
    )
    if r["robustness"]:
        console.print(f"[bold]{t('explain.robustness', lang)}:[/bold] {robustness(r, lang)}")
    _section(console, t("explain.warnings", lang), [text(w, lang) for w in r["warnings"]])
    _section(console, t("explain.to_check", lang), unknowns(r, lang))
    evidence = [
        f"{e['url']} ("
        + t(
            "explain.evidence_dates",
            lang,
            date=iso_date(e["date"], lang),
            checked=iso_date(e["checked"], lang),
        )
        + ")"
        for e in r["evidence"]
    ]
    _section(console, t("explain.evidence", lang), evidence)
    console.print(t("report.disclaimer", lang))


def print_comparison(console: Console, report: dict[str, Any], first: str, second: str, lang: str) -> None:
    """Why ``first`` stands below or above ``second``: criterion by criterion."""
    a = next(item for item in report["results"] if item["id"] == first)
    b = next(item for item in report["results"] if item["id"] == second)
    console.print(t("explain.compare", lang, a=a["name"], rank_a=a["rank"], b=b["name"], rank_b=b["rank"]))
    if a["eligibility"] != b["eligibility"]:
        console.print(
            t(
                "explain.compare_eligibility",
                lang,
                a=outcome(a["eligibility"], lang),
                b=outcome(b["eligibility"], lang),
            )
        )
    table = Table(header_style="bold")
    table.add_column(t("col.criterion", lang))
    table.add_column(a["id"], justify="right")
    table.add_column(b["id"], justify="right")
    table.add_column("Δ", justify="right")
    rows = sorted(
        zip(a["criteria"], b["criteria"], strict=True),
        key=lambda pair: -abs(pair[0]["points"] - pair[1]["points"]),
    )
    for ca, cb in rows:
        diff = ca["points"] - cb["points"]
        table.add_row(
            text(ca["label"], lang),
            points(ca["points"], lang),
            points(cb["points"], lang),
            ("+" if diff > 0 else "") + points(diff, lang),
        )
    table.add_row(t("col.score", lang), points(a["score"], lang), points(b["score"], lang), "")
    console.print(table)


def _section(console: Console, title: str, lines: list[str]) -> None:
    if not lines:
        return
    console.print(f"[bold]{title}:[/bold]")
    for line in lines:
        console.print(f"  • {line}", highlight=False)


def print_table(
    console: Console, columns: list[str], rows: list[list[str]], no_wrap: tuple[int, ...] = ()
) -> None:
    """Print a table, or below TABLE_MIN_WIDTH one block of "label: value" lines per row;
    columns listed in ``no_wrap`` (ids, amounts, dates) are never broken."""
    if console.width < TABLE_MIN_WIDTH:
        for row in rows:
            console.print(row[0], markup=False, soft_wrap=True)
            for label, value in zip(columns[1:], row[1:], strict=True):
                if value:
                    shown = value.replace("\n", "\n      ")
                    console.print(f"   {label}: {shown}", markup=False, soft_wrap=True)
            console.print()
        return
    table = Table(show_lines=False, header_style="bold")
    for i, column in enumerate(columns):
        table.add_column(column, overflow="fold", no_wrap=i in no_wrap)
    for row in rows:
        table.add_row(*(escape(cell) for cell in row))
    console.print(table)
