"""The report as GitHub-flavoured Markdown: for a wiki, a mail, or a pull request.

Every string from the catalogue or the answers passes through ``escape``: unescaped, a
``|`` moves cells into the wrong column, ``<b>`` passes through as raw HTML and ``*x*``
becomes emphasis (measured with markdown-it-py, see the ecosystem notes); a bare
``https://…`` or ``www.…`` or ``a@b.de`` becomes a link (GFM autolinks), a ``---`` a rule.
Control characters are shown as escapes (``\x1b``), so the file is safe to ``cat``.
"""

from __future__ import annotations

import re

from fundmatch.reports import BEST
from fundmatch.reports.document import Report
from fundmatch.reports.view import (
    Card,
    Column,
    Detail,
    Group,
    Item,
    Pair,
    Questions,
    Section,
    Summary,
    SummaryRow,
    Table,
    View,
    build_view,
)
from fundmatch.safetext import single_line

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&$@])")
# GFM turns these into links without any markup: the ``:`` of ``scheme://`` and the dot of
# ``www.`` are escaped, which stops the autolink but not the reading (``@`` is in _SPECIAL).
_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|(?<![^\s(*_~])(www)(\.)")
# At the start of a list item or paragraph, "- x", "+ x" and "1. x" would open a (nested)
# list, and "---", "===" a rule or a heading underline: escape the first character.
_LEADING_MARKER = re.compile(r"^(?:([-+=])|(\d{1,9})([.)])(?=\s|$))")


def escape(value: str) -> str:
    """``value`` as literal Markdown text on one line."""
    flat = _SPECIAL.sub(r"\\\1", single_line(value))
    flat = _AUTOLINK.sub(_escape_autolink, flat)
    return _LEADING_MARKER.sub(_escape_marker, flat)


def _escape_autolink(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\:"
    return match.group(2) + "\\."


def _escape_marker(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return match.group(2) + "\\" + match.group(3)


def render_markdown(
    report: Report, lang: str, top: int | None = None, *, best: int = BEST, everything: bool = False
) -> bytes:
    """The whole report (see ``build_view`` for ``top``, ``best`` and ``everything``)."""
    view = build_view(report, lang, top, best, everything)
    return markdown_text(view).encode("utf-8", "backslashreplace")


def markdown_text(view: View) -> str:
    blocks = [
        *_title(view),
        f"## {escape(view['best_title'])}",
        escape(view["best_intro"]),
        _pairs(view["terms"]),
        *(block for card in view["best"] for block in _card(card)),
        f"## {escape(view['ranking_title'])}",
        escape(view["counts"]),
        escape(view["order"]),
        _summary(view["summary"]),
        escape(view["left_out"]),
        f"## {escape(view['details_title'])}" if view["details"] else "",
        escape(view["details_note"]) if view["details"] else "",
        *(block for detail in view["details"] for block in _detail(detail)),
        f"## {escape(view['annex_title'])}" if view["annex"] else "",
        "\n".join(f"- {_item(item)}" for item in view["annex"]),
        f"## {escape(view['answers_title'])}",
        *(block for group in view["answers"] for block in _group(group)),
        *_legend(view),
        f"## {escape(view['basis_title'])}",
        _pairs(view["basis"]),
        escape(view["basis_note"]),
        "---",
        f"*{escape(view['disclaimer'])}*",
    ]
    return "\n\n".join(block for block in blocks if block) + "\n"


def _title(view: View) -> list[str]:
    kicker = escape(view["kicker"])
    byline = f"{kicker} · **{escape(view['subtitle'])}**" if view["subtitle"] else kicker
    return [
        f"# {escape(view['title'])}",
        byline,
        f"*{escape(view['summary_text'])}*" if view["summary_text"] else "",
        _pairs(view["meta"]),
    ]


def _card(card: Card) -> list[str]:
    status = f"{escape(card['eligibility'])} · {escape(card['score'])} · {escape(card['funder'])}"
    return [
        f"### {escape(card['heading'])}",
        f"**{status}**",
        escape(card["why"]),
        _pairs(card["facts"]),
        f"**{escape(card['open_title'])}:**",
        *(_questions(group) for group in card["open"]),
    ]


def _questions(group: Questions) -> str:
    lines = [escape(group["label"]), *(f"{n}. {escape(q)}" for n, q in enumerate(group["lines"], 1))]
    return "\n".join(lines)


def _pairs(pairs: list[Pair]) -> str:
    return "\n".join(f"- **{escape(p['label'])}:** {escape(p['value'])}" for p in pairs)


def _group(group: Group) -> list[str]:
    return [f"### {escape(group['title'])}", _pairs(group["pairs"])]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(columns: list[Column], rows: list[list[str]], footer: list[str] | None = None) -> str:
    lines = [
        _row([escape(c["title"]) for c in columns]),
        _row(["--:" if c["align"] == "right" else ":--" for c in columns]),
        *(_row([escape(cell) for cell in row]) for row in rows),
    ]
    if footer:
        lines.append(_row([f"**{escape(cell)}**" if cell else "" for cell in footer]))
    return "\n".join(lines)


def _table_of(table: Table, level: str = "####") -> list[str]:
    body = _table(table["columns"], table["rows"], table["footer"]) if table["rows"] else ""
    return [f"{level} {escape(table['title'])}", body, escape(table["note"])]


_SUMMARY_COLUMNS = ("rank", "name", "funder", "eligibility", "score", "grant", "own_share", "deadline")
_RIGHT = frozenset({"rank"})


def _summary(summary: Summary) -> str:
    columns: list[Column] = [
        {"title": summary["titles"][key], "align": "right" if key in _RIGHT else "left"}
        for key in _SUMMARY_COLUMNS
    ]
    table = _table(columns, [_summary_cells(row) for row in summary["rows"]])
    return table + (f"\n\n{escape(summary['note'])}" if summary["note"] else "")


def _summary_cells(row: SummaryRow) -> list[str]:
    name = row["name"] + (" ⚠" if row["warning"] else "")
    return [
        row["rank"],
        name,
        row["funder"],
        row["eligibility"],
        row["score"],
        row["grant"],
        row["own_share"],
        row["deadline"],
    ]


def _detail(detail: Detail) -> list[str]:
    funder: Pair = {"label": detail["funder_label"], "value": detail["funder"]}
    return [
        f"### {escape(detail['heading'])}",
        _pairs([funder, *detail["facts"]]),
        *_table_of(detail["gates"]),
        *_table_of(detail["criteria"]),
        *(block for section in detail["sections"] for block in _section(section)),
    ]


def _section(section: Section) -> list[str]:
    body = "\n".join(f"- {_item(item)}" for item in section["items"]) or escape(section["empty"])
    return [f"#### {escape(section['title'])}", body]


def _item(item: Item) -> str:
    label = f"**{escape(item['label'])}:** " if item["label"] else ""
    body = escape(item["text"])
    if item["url"]:
        body = f"[{body}](<{_destination(item['url'])}>)"
    suffix = f" ({escape(item['suffix'])})" if item["suffix"] else ""
    return label + body + suffix


def _destination(url: str) -> str:
    # Inside <…> a link target may hold anything but line breaks, < and >; backslashes
    # would still act as escapes, so percent-encode all three.
    return url.replace("\\", "%5C").replace("<", "%3C").replace(">", "%3E")


def _legend(view: View) -> list[str]:
    legend = view["legend"]
    return [
        f"## {escape(legend['title'])}",
        *_table_of(legend["levels"], "###"),
        *_table_of(legend["bands"], "###"),
        f"### {escape(legend['outcomes_title'])}",
        "\n".join(f"- {escape(line)}" for line in legend["outcomes"]),
        *(escape(note) for note in legend["notes"]),
    ]
