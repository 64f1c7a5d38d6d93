"""The shapes of the report view (``reports.view``): plain localized text, ready to draw.

Markdown reads these as typed dicts; the PDF template receives them as JSON.
"""

from __future__ import annotations

from typing import Literal, TypedDict

Align = Literal["left", "right"]


class Pair(TypedDict):
    label: str
    value: str


class Column(TypedDict):
    title: str
    align: Align


class Table(TypedDict):
    title: str
    columns: list[Column]
    rows: list[list[str]]
    footer: list[str] | None
    # The PDF shows column ``outcome_column`` as a coloured yes/check/no mark, from the ids.
    outcome_column: int | None
    outcome_ids: list[str]


class Item(TypedDict):
    """One bullet: ``label: text (suffix)``, where ``text`` links to ``url`` if there is one."""

    label: str
    text: str
    url: str | None
    suffix: str


class Section(TypedDict):
    title: str
    items: list[Item]
    empty: str  # said instead of the items when there are none


class Group(TypedDict):
    title: str
    pairs: list[Pair]


class SummaryRow(TypedDict):
    rank: str
    name: str
    funder: str
    band: str
    score: str
    eligibility: str
    eligibility_id: str
    max: str
    own_share: str
    deadline: str
    warning: bool
    anchor: str | None  # set when the programme has a detail section


class Summary(TypedDict):
    titles: dict[str, str]
    rows: list[SummaryRow]
    note: str  # said below the rows, when some were left out


class Detail(TypedDict):
    anchor: str
    heading: str
    funder_label: str
    funder: str
    eligibility_id: str
    facts: list[Pair]
    gates: Table
    criteria: Table
    sections: list[Section]


class Legend(TypedDict):
    title: str
    levels: Table
    bands: Table
    outcomes_title: str
    outcomes: list[str]
    notes: list[str]


class View(TypedDict):
    lang: str
    kicker: str
    title: str
    subtitle: str
    summary_text: str
    meta: list[Pair]
    basis_title: str
    basis: list[Pair]
    basis_note: str
    answers_title: str
    answers: list[Group]
    ranking_title: str
    counts: str
    order: str
    details_note: str
    summary: Summary
    details_title: str
    details: list[Detail]
    legend: Legend
    disclaimer: str
    page_of: str
