"""The report laid out as localized plain text: what the Markdown and PDF renderers both draw.

Building this once keeps the two formats in step (same content, same order) and keeps all
wording and number formats in Python, so the typst template holds layout only. Nothing
here is escaped: every renderer escapes for its own syntax.
"""

from __future__ import annotations

from typing import cast

from fundmatch.i18n import format_eur, format_number, quote, t
from fundmatch.models import Budget
from fundmatch.reports import BEST
from fundmatch.reports.answerview import ANSWER_FIELDS, TOP_LEVEL_ANSWERS, answer_groups
from fundmatch.reports.chances import (
    card,
    chances,
    deadline_text,
    grant_text,
    location_note,
    own_share_text,
    score_range,
    split_questions,
)
from fundmatch.reports.common import (
    band_text,
    day,
    improvement,
    outcome,
    points,
    robustness,
    text,
)
from fundmatch.reports.document import Details, Report, Result, RubricInfo
from fundmatch.reports.layout import (
    Card,
    Column,
    Detail,
    Group,
    Item,
    Legend,
    Pair,
    Questions,
    Section,
    Summary,
    SummaryRow,
    Table,
    View,
)
from fundmatch.safetext import single_line, web_url

__all__ = [
    "ANSWER_FIELDS",
    "TOP_LEVEL_ANSWERS",
    "Card",
    "Column",
    "Detail",
    "Group",
    "Item",
    "Pair",
    "Section",
    "Summary",
]
__all__ += ["Questions", "SummaryRow", "Table", "View", "anchor", "answer_groups", "build_view"]


def build_view(
    report: Report, lang: str, top: int | None = None, best: int = BEST, everything: bool = False
) -> View:
    """The whole report in ``lang``: page 1 with the ``best`` chances, the table of the
    eligible and to-check programmes, details for the best chances (no more than ``top``),
    and with ``everything`` an annex of the programmes that are not open to the sponsor.

    The details follow page 1, so ``best`` sets how many there are; ``top`` only lowers
    it (the CLI's ``--top`` for the terminal must not turn a six-page report into twenty)."""
    results = report.results
    listed = chances(results, report.answers.shortlist)  # the sponsor's choice first
    with_details = [r for r in listed if r.details is not None]
    detailed = with_details[: max(min(best, best if top is None else top), 0)]
    shown = {r.id for r in detailed}
    budget = report.answers.budget
    project, organisation = report.answers.project, report.answers.organisation
    title = project.title or organisation.name or t("report.title_fallback", lang)
    # The organisation is the subtitle only when the project title took the title line.
    subtitle = (organisation.name or "") if project.title else ""
    # Without ``everything`` the document may hold no rows for the programmes left out.
    left = [r for r in results if r.id not in {c.id for c in listed}] if everything else []
    left_out = sum(report.counts.values()) - len(listed)
    top_cards = listed[: max(best, 0)]
    view: View = {
        "lang": lang,
        "kicker": t("report.kicker", lang),
        "title": title,
        "subtitle": subtitle,
        "summary_text": project.summary or "",
        "meta": [
            {"label": t("report.generated", lang), "value": day(report.generated, lang)},
            {"label": t("plan.budget", lang), "value": _budget(report, lang)},
        ],
        "best_title": t("plan.best", lang),
        "best_intro": _best_intro(report, len(top_cards), lang),
        "best": [card(r, budget, lang, anchor(r.id) if r.id in shown else None) for r in top_cards],
        "terms": [
            {"label": t(f"plan.term.{key}", lang), "value": t(f"plan.term.{key}.means", lang)}
            for key in ("yes", "check", "score")
        ],
        "ranking_title": t("plan.ranking", lang),
        "counts": t("report.counts", lang, **{group.value: n for group, n in report.counts.items()}),
        "order": t("plan.order", lang),
        "summary": _summary(listed, shown, budget, lang),
        "left_out": _left_out(left_out, lang) if not everything else "",
        "details_title": t("report.details", lang),
        "details_note": _details_note([r for r in top_cards if r.id not in shown], lang),
        "details": [_detail(r, r.details, lang) for r in detailed if r.details is not None],
        "annex_title": t("plan.annex", lang) if everything and left else "",
        "annex": [_item(f"{r.name}: {_not_open(r, lang)}") for r in left] if everything else [],
        "answers_title": t("report.answers", lang),
        "answers": answer_groups(report.answers, lang, report.answer_labels),
        "legend": _legend(report.rubric, lang),
        "basis_title": t("report.basis", lang),
        "basis": _basis(report, lang),
        "basis_note": t("report.fingerprint_why", lang),
        "disclaimer": t("report.disclaimer", lang),
        # typst fills in the numbers, so the placeholders pass through unchanged.
        "page_of": t("report.page_of", lang, page="{page}", total="{total}"),
    }
    return cast(View, one_line(view))


def _not_open(r: Result, lang: str) -> str:
    """Why a programme is left out: the gate it fails, or that it has ended."""
    if r.blocked_by is not None:
        return text(r.blocked_by, lang)
    return band_text(r, lang) if r.band is None else outcome(r.eligibility, lang)


def _best_intro(report: Report, count: int, lang: str) -> str:
    """The line above the best chances: how they were chosen, and that a location is missing."""
    picked = len(report.answers.shortlist)
    if picked:
        intro = t(
            "plan.best_intro_picked_one" if picked == 1 else "plan.best_intro_picked", lang, count=picked
        )
    elif count == 0:
        intro = t("plan.best_none", lang)
    else:
        intro = t("plan.best_intro_one", lang) if count == 1 else t("plan.best_intro", lang, count=count)
    return " ".join(part for part in (intro, location_note(report.answers, lang)) if part)


def _left_out(count: int, lang: str) -> str:
    """How many programmes the report leaves out, in one line: the annex names them."""
    if count == 0:
        return ""
    return t("plan.left_out_one", lang) if count == 1 else t("plan.left_out", lang, count=count)


def _budget(report: Report, lang: str) -> str:
    budget = report.answers.budget
    return t(
        "plan.budget_value",
        lang,
        total=format_eur(budget.total_eur, lang),
        requested=format_eur(budget.requested_eur, lang),
    )


def one_line(value: object) -> object:
    """Every string on one line: a line break typed into a catalogue entry or an answer
    must not break a table row (Markdown) or start a new line in a cell (PDF)."""
    if isinstance(value, str):
        return single_line(value)  # a lone CR is shown, not taken for a space
    if isinstance(value, list):
        return [one_line(item) for item in value]
    if isinstance(value, dict):
        return {key: one_line(item) for key, item in value.items()}
    return value


def anchor(program_id: str) -> str:
    """The link target of a programme's detail section (ids are slugs, so this is safe)."""
    return f"programm-{program_id}"


def _basis(report: Report, lang: str) -> list[Pair]:
    catalogue, rubric = report.catalogue, report.rubric
    oldest, newest = catalogue.oldest_check, catalogue.newest_check
    if oldest == newest:
        extent = t("report.catalogue_value_one_date", lang, count=catalogue.programs, date=day(oldest, lang))
    else:
        extent = t(
            "report.catalogue_value",
            lang,
            count=catalogue.programs,
            oldest=day(oldest, lang),
            newest=day(newest, lang),
        )
    return [
        {"label": t("report.catalogue", lang), "value": extent},
        {"label": t("report.catalogue_fingerprint", lang), "value": catalogue.fingerprint},
        {
            "label": t("report.rubric", lang),
            "value": t("report.rubric_value", lang, title=text(rubric.title, lang), version=rubric.version),
        },
        {"label": t("report.rubric_fingerprint", lang), "value": rubric.fingerprint},
    ]


def _summary(results: list[Result], detailed: set[str], budget: Budget, lang: str) -> Summary:
    titles = {
        "rank": t("col.rank", lang),
        "program_funder": t("col.program_funder", lang),
        "name": t("col.name", lang),
        "funder": t("col.funder", lang),
        "score": t("plan.col.score", lang),
        "eligibility": t("plan.col.eligible", lang),
        "grant": t("plan.col.grant", lang),
        "own_share": t("plan.col.own_share", lang),
        "deadline": t("plan.col.deadline", lang),
    }
    rows: list[SummaryRow] = [
        {
            "rank": str(r.rank),
            "name": r.name,
            "funder": r.funder,
            "score": score_range(r, lang),
            "eligibility": outcome(r.eligibility, lang),
            "eligibility_id": r.eligibility.value,
            "grant": grant_text(r, lang, short=True),
            "own_share": own_share_text(r, budget, lang, short=True),
            "deadline": deadline_text(r, lang, short=True),
            "warning": bool(r.warnings),
            "anchor": anchor(r.id) if r.id in detailed else None,
        }
        for r in results
    ]
    return {"titles": titles, "rows": rows, "note": ""}


def _details_note(undetailed: list[Result], lang: str) -> str:
    """What the details' columns mean, and which best chances have no details here."""
    note = t("plan.details_note", lang)
    if not undetailed:
        return note
    names = ", ".join(quote(r.name, lang) for r in undetailed)
    return f"{note} {t('plan.details_fewer', lang, names=names)}"


def _detail(r: Result, details: Details, lang: str) -> Detail:
    facts: list[Pair] = [
        {"label": t("plan.col.score", lang), "value": score_range(r, lang)},
        {"label": t("col.band", lang), "value": band_text(r, lang)},
        {"label": t("col.eligible", lang), "value": outcome(r.eligibility, lang)},
        {
            "label": t("report.col.confidence", lang),
            "value": t("report.confidence_value", lang, confidence=r.confidence),
        },
    ]
    if r.plan is not None and r.plan.earliest_start is not None:
        facts.append({"label": t("plan.earliest_start", lang), "value": day(r.plan.earliest_start, lang)})
    if details.robustness is not None:
        facts.append({"label": t("plan.robustness", lang), "value": robustness(r, lang)})
    return {
        "anchor": anchor(r.id),
        "heading": f"{r.rank}. {r.name}",
        "funder_label": t("report.funder", lang),
        "funder": r.funder,
        "eligibility_id": r.eligibility.value,
        "facts": facts,
        "gates": _gates(details, lang),
        "criteria": _criteria(r, details, lang),
        "sections": _sections(r, details, lang),
    }


def _table(
    title: str, columns: list[Column], rows: list[list[str]], footer: list[str] | None = None, note: str = ""
) -> Table:
    return {
        "title": title,
        "columns": columns,
        "rows": rows,
        "footer": footer,
        "outcome_column": None,
        "outcome_ids": [],
        "note": note,
    }


def _gates(details: Details, lang: str) -> Table:
    # The gates passed say little a board needs; those to check or failed say everything.
    shown = [g for g in details.gates if g.outcome != "yes"]
    table = _table(
        t("plan.gates", lang),
        [
            {"title": t("col.gate", lang), "align": "left"},
            {"title": t("col.outcome", lang), "align": "left"},
            {"title": t("col.reason", lang), "align": "left"},
        ],
        [[text(g.label, lang), outcome(g.outcome, lang), text(g.reason, lang)] for g in shown],
        note=t("plan.gates_passed", lang, count=len(details.gates) - len(shown), total=len(details.gates)),
    )
    table["outcome_column"] = 1
    table["outcome_ids"] = [g.outcome.value for g in shown]
    return table


def _criteria(r: Result, details: Details, lang: str) -> Table:
    rows = [
        [
            text(c.label, lang),
            format_number(c.weight, lang),
            f"{c.level}" + ("" if c.known else " (?)"),
            points(c.points, lang),
            text(c.reason, lang),
        ]
        for c in details.criteria
    ]
    total_weight = sum(c.weight for c in details.criteria)
    return _table(
        t("explain.criteria", lang),
        [
            {"title": t("col.criterion", lang), "align": "left"},
            {"title": t("col.weight", lang), "align": "right"},
            {"title": t("col.scale_level", lang), "align": "left"},
            {"title": t("col.points", lang), "align": "right"},
            {"title": t("col.reason", lang), "align": "left"},
        ],
        rows,
        # The score is the points' sum scaled to 100; with weights summing to 100 they agree.
        [t("report.total", lang), format_number(total_weight, lang), "", points(r.score, lang), ""],
        note=t("plan.criteria_note", lang),
    )


def _item(text_: str, label: str = "", url: str | None = None, suffix: str = "") -> Item:
    # Only web links become links: a report file may come from elsewhere, and a
    # ``javascript:`` or ``file:`` target must never be clickable in a filed document.
    return {"label": label, "text": text_, "url": web_url(url), "suffix": suffix}


def _sections(r: Result, details: Details, lang: str) -> list[Section]:
    """Open questions first (the funder's exactly as ``fundmatch ask`` sends them), then
    what would raise the score, warnings, contact and documents, and the sources once
    each. Staff notes stay out: they are for whoever keeps the catalogue."""
    funder, yours = split_questions(r)
    seen: set[str] = set()
    sources = []
    for e in details.evidence:
        if e.url in seen:
            continue
        seen.add(e.url)
        dated = t("plan.source_date", lang, date=day(e.date, lang)) if e.date else ""
        sources.append(_item(e.title or e.url, url=e.url, suffix=dated))
    steps = [
        _item(r.url or t("report.not_recorded", lang), label=t("report.website", lang), url=r.url),
        _item(r.contact or t("report.not_recorded", lang), label=t("report.contact", lang)),
        _item(
            "; ".join(details.documents) or t("report.not_recorded", lang), label=t("report.documents", lang)
        ),
    ]
    sections = [
        Section(
            title=t("plan.ask_title", lang), items=[_item(text(q.question, lang)) for q in funder], empty=""
        ),
        Section(
            title=t("plan.yours_title", lang), items=[_item(text(q.question, lang)) for q in yours], empty=""
        ),
        Section(
            title=t("explain.improvements", lang),
            items=[_item(improvement(i, lang)) for i in details.improvements],
            empty="",
        ),
        Section(
            title=t("explain.warnings", lang), items=[_item(text(w, lang)) for w in r.warnings], empty=""
        ),
        Section(title=t("report.next_steps", lang), items=steps, empty=""),
        Section(title=t("explain.evidence", lang), items=sources, empty=t("report.not_recorded", lang)),
    ]
    # Empty lists say nothing a board needs: leave them out.
    return [s for s in sections if s["items"] or s["empty"]]


def _legend(rubric: RubricInfo, lang: str) -> Legend:
    levels = _table(
        t("report.legend_levels", lang),
        [
            {"title": t("col.scale_level", lang), "align": "right"},
            {"title": t("report.legend_meaning", lang), "align": "left"},
        ],
        [[str(s.level), text(s.label, lang)] for s in rubric.scale],
    )
    bands = _table(
        t("report.legend_bands", lang),
        [{"title": t("col.score", lang), "align": "left"}, {"title": t("col.band", lang), "align": "left"}],
        [[t("report.band_from", lang, score=b.min_score), text(b.label, lang)] for b in rubric.bands],
    )
    return {
        "title": t("report.legend", lang),
        "levels": levels,
        "bands": bands,
        # ja and prüfen are explained on page 1, (?) below each criteria table; nein here.
        "outcomes_title": t("report.legend_outcomes", lang),
        "outcomes": [t("report.legend_no", lang)],
        "notes": [t("report.legend_points", lang)],
    }
