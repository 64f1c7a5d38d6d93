"""The report laid out as localized plain text: what the Markdown and PDF renderers both draw.

Building this once keeps the two formats in step (same content, same order) and keeps all
wording and number formats in Python, so the typst template holds layout only. Nothing
here is escaped: every renderer escapes for its own syntax.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, TypedDict, cast

from fundmatch.i18n import format_bool, format_date, format_number, t
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
)

Align = Literal["left", "right"]

# The answers in the Leitfaden's order: (section, field, kind). The kind says how a value
# is formatted; a test checks that every field of the Answers model is listed here.
ANSWER_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("project", "title", "text"),
    ("project", "summary", "text"),
    ("organisation", "name", "text"),
    ("organisation", "legal_form", "text"),
    ("organisation", "statuses", "list"),
    ("organisation", "location", "text"),
    ("organisation", "paid_staff", "number"),
    ("organisation", "volunteers", "number"),
    ("organisation", "experience", "enum"),
    ("resources", "own_funds_eur", "eur"),
    ("resources", "volunteer_hours", "number"),
    ("resources", "prefinance_months", "number"),
    ("resources", "partners", "number"),
    ("resources", "transnational_partners", "bool"),
    ("resources", "effort", "enum"),  # top-level in the answers; asked with the resources
    ("needs", "themes", "list"),
    ("needs", "target_groups", "list"),
    ("needs", "cost_types", "list"),
    ("needs", "participants", "number"),
    ("budget", "total_eur", "eur"),
    ("budget", "requested_eur", "eur"),
    ("timing", "start", "date"),
    ("timing", "duration_months", "number"),
    ("timing", "already_started", "bool"),
)
TOP_LEVEL_ANSWERS = frozenset({"effort"})


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


def build_view(report: dict[str, Any], lang: str, top: int | None = None) -> View:
    """The whole report in ``lang``; detail sections for the first ``top`` programmes (all if None)."""
    results = report["results"]
    detailed = results if top is None else results[: max(top, 0)]
    answers = report["answers"]
    project = answers.get("project") or {}
    organisation = answers.get("organisation") or {}
    title = project.get("title") or organisation.get("name") or t("report.title_fallback", lang)
    # The organisation is the subtitle only when the project title took the title line.
    subtitle = (organisation.get("name") or "") if project.get("title") else ""
    view: View = {
        "lang": lang,
        "kicker": t("report.kicker", lang),
        "title": title,
        "subtitle": subtitle,
        "summary_text": project.get("summary") or "",
        "meta": [
            {"label": t("report.generated", lang), "value": iso_date(report["generated"], lang)},
            {"label": t("report.language", lang), "value": t("report.language_name", lang)},
            {"label": t("report.tool", lang), "value": f"fundmatch {report['fundmatch']}"},
        ],
        "basis_title": t("report.basis", lang),
        "basis": _basis(report, lang),
        "basis_note": t("report.fingerprint_why", lang),
        "answers_title": t("report.answers", lang),
        "answers": answer_groups(answers, lang, report.get("answer_labels", {})),
        "ranking_title": t("report.ranking", lang),
        "counts": _counts(results, lang),
        "order": t("report.order", lang),
        "details_note": (
            t("report.details_all", lang)
            if len(detailed) == len(results)
            else t("report.details_top", lang, top=len(detailed), count=len(results))
        ),
        "summary": _summary(results, {r["id"] for r in detailed}, lang),
        "details_title": t("report.details", lang),
        "details": [_detail(r, lang) for r in detailed],
        "legend": _legend(report["rubric"], lang),
        "disclaimer": t("report.disclaimer", lang),
        # typst fills in the numbers, so the placeholders pass through unchanged.
        "page_of": t("report.page_of", lang, page="{page}", total="{total}"),
    }
    return cast(View, _one_line(view))


def _one_line(value: Any) -> Any:
    """Every string on one line: a line break typed into a catalogue entry or an answer
    must not break a table row (Markdown) or start a new line in a cell (PDF)."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_one_line(item) for item in value]
    if isinstance(value, dict):
        return {key: _one_line(item) for key, item in value.items()}
    return value


def anchor(program_id: str) -> str:
    """The link target of a programme's detail section (ids are slugs, so this is safe)."""
    return f"programm-{program_id}"


def _basis(report: dict[str, Any], lang: str) -> list[Pair]:
    catalogue, rubric = report["catalogue"], report["rubric"]
    oldest, newest = catalogue["oldest_check"], catalogue["newest_check"]
    if oldest == newest:
        extent = t(
            "report.catalogue_value_one_date", lang, count=catalogue["programs"], date=iso_date(oldest, lang)
        )
    else:
        extent = t(
            "report.catalogue_value",
            lang,
            count=catalogue["programs"],
            oldest=iso_date(oldest, lang),
            newest=iso_date(newest, lang),
        )
    return [
        {"label": t("report.catalogue", lang), "value": extent},
        {"label": t("report.catalogue_fingerprint", lang), "value": catalogue["fingerprint"]},
        {
            "label": t("report.rubric", lang),
            "value": t(
                "report.rubric_value", lang, title=text(rubric["title"], lang), version=rubric["version"]
            ),
        },
        {"label": t("report.rubric_fingerprint", lang), "value": rubric["fingerprint"]},
    ]


def answer_groups(
    answers: dict[str, Any], lang: str, labels: dict[str, dict[str, dict[str, str]]] | None = None
) -> list[Group]:
    """The answers as labelled values, grouped by the Leitfaden's questions; vocabulary ids
    are shown by their labels where the report carries them."""
    groups: dict[str, list[Pair]] = {}
    for section, field, kind in ANSWER_FIELDS:
        value = answers.get(field) if field in TOP_LEVEL_ANSWERS else (answers.get(section) or {}).get(field)
        names = (labels or {}).get(f"{section}.{field}", {})
        if names and isinstance(value, list):
            value = [names[v][lang] if v in names else v for v in value]
        elif names and value in names:
            value = names[value][lang]
        key = f"answers.{field}" if field in TOP_LEVEL_ANSWERS else f"answers.{section}.{field}"
        groups.setdefault(section, []).append(
            {"label": t(key, lang), "value": _answer_value(field, kind, value, lang)}
        )
    return [{"title": t(f"answers.section.{name}", lang), "pairs": pairs} for name, pairs in groups.items()]


def _answer_value(field: str, kind: str, value: Any, lang: str) -> str:
    # An empty list means "none", an absent value "not given": the scoring treats them apart.
    if kind == "list" and value is not None:
        return ", ".join(str(v) for v in value) or t("none", lang)
    if value is None or value == "":
        return t("answers.not_given", lang)
    if kind == "eur":
        return amount(value, lang)
    if kind == "date":
        return format_date(dt.date.fromisoformat(value), lang)
    if kind == "bool":
        return format_bool(value, lang)
    if kind == "number":
        return format_number(float(value), lang)
    if kind == "enum":
        return t(f"answers.{field}.{value}", lang)
    return str(value)


def _counts(results: list[dict[str, Any]], lang: str) -> str:
    found = {key: sum(r["eligibility"] == key for r in results) for key in ("yes", "check", "no")}
    return t("report.counts", lang, **found)


def _summary(results: list[dict[str, Any]], detailed: set[str], lang: str) -> Summary:
    titles = {
        "rank": t("col.rank", lang),
        "name": t("col.name", lang),
        "funder": t("col.funder", lang),
        "program_funder": t("col.program_funder", lang),
        "band": t("col.band", lang),
        "score": t("col.score", lang),
        "eligibility": t("col.eligible", lang),
        "max": t("col.max", lang),
        "own_share": t("col.own_share", lang),
        "deadline": t("col.next_deadline", lang),
    }
    rows: list[SummaryRow] = [
        {
            "rank": str(r["rank"]),
            "name": r["name"],
            "funder": r["funder"],
            "band": text(r["band"]["label"], lang),
            "score": points(r["score"], lang),
            "eligibility": outcome(r["eligibility"], lang),
            "eligibility_id": r["eligibility"],
            "max": amount(r["max_eur"], lang),
            "own_share": share(r["own_share_pct"], lang),
            "deadline": deadline(r, lang),
            "warning": bool(r["warnings"]),
            "anchor": anchor(r["id"]) if r["id"] in detailed else None,
        }
        for r in results
    ]
    return {"titles": titles, "rows": rows}


def _detail(r: dict[str, Any], lang: str) -> Detail:
    steady = robustness(r, lang) if r["robustness"] is not None else t("report.not_computed", lang)
    facts: list[Pair] = [
        {"label": t("col.score", lang), "value": points(r["score"], lang)},
        {"label": t("col.band", lang), "value": text(r["band"]["label"], lang)},
        {"label": t("col.eligible", lang), "value": outcome(r["eligibility"], lang)},
        {
            "label": t("report.col.confidence", lang),
            "value": t("report.confidence_value", lang, confidence=r["confidence"]),
        },
        {"label": t("col.max", lang), "value": amount(r["max_eur"], lang)},
        {"label": t("col.own_share", lang), "value": share(r["own_share_pct"], lang)},
        {"label": t("col.next_deadline", lang), "value": deadline(r, lang)},
        {"label": t("explain.robustness", lang), "value": steady},
    ]
    return {
        "anchor": anchor(r["id"]),
        "heading": f"{r['rank']}. {r['name']}",
        "funder_label": t("report.funder", lang),
        "funder": r["funder"],
        "eligibility_id": r["eligibility"],
        "facts": facts,
        "gates": _gates(r, lang),
        "criteria": _criteria(r, lang),
        "sections": _sections(r, lang),
    }


def _gates(r: dict[str, Any], lang: str) -> Table:
    return {
        "title": t("explain.gates", lang),
        "columns": [
            {"title": t("col.gate", lang), "align": "left"},
            {"title": t("col.outcome", lang), "align": "left"},
            {"title": t("col.reason", lang), "align": "left"},
        ],
        "rows": [
            [text(g["label"], lang), outcome(g["outcome"], lang), text(g["reason"], lang)] for g in r["gates"]
        ],
        "footer": None,
        "outcome_column": 1,
        "outcome_ids": [g["outcome"] for g in r["gates"]],
    }


def _criteria(r: dict[str, Any], lang: str) -> Table:
    rows = [
        [
            text(c["label"], lang),
            format_number(float(c["weight"]), lang),
            f"{c['level']} {text(c['level_label'], lang)}" + ("" if c["known"] else " (?)"),
            points(c["points"], lang),
            text(c["reason"], lang),
        ]
        for c in r["criteria"]
    ]
    total_weight = sum(float(c["weight"]) for c in r["criteria"])
    return {
        "title": t("explain.criteria", lang),
        "columns": [
            {"title": t("col.criterion", lang), "align": "left"},
            {"title": t("col.weight", lang), "align": "right"},
            {"title": t("col.scale_level", lang), "align": "left"},
            {"title": t("col.points", lang), "align": "right"},
            {"title": t("col.reason", lang), "align": "left"},
        ],
        "rows": rows,
        # The score is the points' sum scaled to 100; with weights summing to 100 they agree.
        "footer": [
            t("report.total", lang),
            format_number(total_weight, lang),
            "",
            points(r["score"], lang),
            "",
        ],
        "outcome_column": None,
        "outcome_ids": [],
    }


def _item(text_: str, label: str = "", url: str | None = None, suffix: str = "") -> Item:
    return {"label": label, "text": text_, "url": _safe_url(url), "suffix": suffix}


def _safe_url(url: str | None) -> str | None:
    # Only web links become links: a report file may come from elsewhere, and a
    # ``javascript:`` or ``file:`` target must never be clickable in a filed document.
    if url and url.startswith(("https://", "http://")) and not any(ch.isspace() for ch in url):
        return url
    return None


def _sections(r: dict[str, Any], lang: str) -> list[Section]:
    if r["improvements"] is None:
        better = Section(
            title=t("explain.improvements", lang), items=[], empty=t("report.not_computed", lang)
        )
    else:
        better = Section(
            title=t("explain.improvements", lang),
            items=[_item(improvement(i, lang)) for i in r["improvements"]],
            empty=t("report.no_improvements", lang),
        )
    evidence = [
        _item(
            e["title"] or e["url"],
            url=e["url"],
            suffix=t(
                "explain.evidence_dates",
                lang,
                date=iso_date(e["date"], lang),
                checked=iso_date(e["checked"], lang),
            ),
        )
        for e in r["evidence"]
    ]
    steps = [
        _item(r["url"] or t("report.not_recorded", lang), label=t("report.website", lang), url=r["url"]),
        _item(r["contact"] or t("report.not_recorded", lang), label=t("report.contact", lang)),
        _item(
            ", ".join(r["documents"]) or t("report.not_recorded", lang),
            label=t("report.documents", lang),
        ),
    ]
    sections = [
        better,
        Section(
            title=t("explain.warnings", lang), items=[_item(text(w, lang)) for w in r["warnings"]], empty=""
        ),
        Section(title=t("explain.to_check", lang), items=[_item(u) for u in unknowns(r, lang)], empty=""),
        Section(title=t("report.notes", lang), items=[_item(n) for n in r["notes"]], empty=""),
        Section(title=t("explain.evidence", lang), items=evidence, empty=t("report.not_recorded", lang)),
        Section(title=t("report.next_steps", lang), items=steps, empty=""),
    ]
    # Empty warning, check and note lists say nothing a board needs: leave them out.
    return [s for s in sections if s["items"] or s["empty"]]


def _legend(rubric: dict[str, Any], lang: str) -> Legend:
    meaning = t("report.legend_meaning", lang)
    return {
        "title": t("report.legend", lang),
        "levels": {
            "title": t("report.legend_levels", lang),
            "columns": [
                {"title": t("col.scale_level", lang), "align": "right"},
                {"title": meaning, "align": "left"},
            ],
            "rows": [[str(s["level"]), text(s["label"], lang)] for s in rubric["scale"]],
            "footer": None,
            "outcome_column": None,
            "outcome_ids": [],
        },
        "bands": {
            "title": t("report.legend_bands", lang),
            "columns": [
                {"title": t("col.score", lang), "align": "left"},
                {"title": t("col.band", lang), "align": "left"},
            ],
            "rows": [
                [t("report.band_from", lang, score=float(b["min_score"])), text(b["label"], lang)]
                for b in rubric["bands"]
            ],
            "footer": None,
            "outcome_column": None,
            "outcome_ids": [],
        },
        "outcomes_title": t("report.legend_outcomes", lang),
        "outcomes": [t(f"report.legend_{key}", lang) for key in ("yes", "check", "no")],
        "notes": [t("report.legend_points", lang), t("report.legend_unknown", lang)],
    }
