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
    note: str  # said below the table: what its marks mean


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
    score: str  # with its range: "54 (41–68)"
    eligibility: str
    eligibility_id: str
    grant: str  # possible for this project
    own_share: str  # in euros for this project
    deadline: str
    warning: bool
    anchor: str | None  # set when the programme has a detail section


class Summary(TypedDict):
    titles: dict[str, str]
    rows: list[SummaryRow]
    note: str  # said below the rows, when some were left out


class Questions(TypedDict):
    label: str  # whom to ask: the funder, or the sponsor itself
    lines: list[str]


class Card(TypedDict):
    """One of the best chances on page 1: what a board decides on."""

    anchor: str | None
    heading: str
    funder: str
    eligibility: str
    eligibility_id: str
    score: str
    why: str
    facts: list[Pair]
    open_title: str
    open: list[Questions]  # what is still open, by whom it is answered


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
    best_title: str
    best_intro: str
    best: list[Card]
    terms: list[Pair]  # the words page 1 uses, explained where they first appear
    ranking_title: str
    counts: str
    order: str
    summary: Summary
    left_out: str  # how many programmes are not listed, and how to list them
    details_title: str
    details_note: str
    details: list[Detail]
    annex_title: str
    annex: list[Item]  # the not eligible programmes, each with its reason (only on request)
    answers_title: str
    answers: list[Group]
    legend: Legend
    basis_title: str
    basis: list[Pair]
    basis_note: str
    disclaimer: str
    page_of: str
