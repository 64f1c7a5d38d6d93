"""What the results, explanation and comparison pages show, as localized plain text.

Built from the ranking itself (``ProgramScore``), so the pages show exactly what
``fundmatch match`` and ``fundmatch explain`` compute. Nothing is escaped here: the
templates escape everything (autoescape).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fundmatch.facts import limit_text
from fundmatch.i18n import format_date, format_number, format_pct, t
from fundmatch.improvements import Improvement
from fundmatch.models import Rubric
from fundmatch.reports.chances import hurdle_sentence
from fundmatch.rules.base import Outcome, Side
from fundmatch.rules.own_share import own_share_pct
from fundmatch.scoring import ProgramScore, biggest_hurdle


def points(value: float, lang: str) -> str:
    number = f"{value:.1f}"
    return number.replace(".", ",") if lang == "de" else number


@dataclass
class Row:
    """One programme in the ranking."""

    rank: int
    id: str
    name: str
    funder: str
    band: str
    band_id: str
    score: str
    score_range: str
    eligibility: str  # yes / check / no
    eligibility_label: str
    max_grant: str
    own_share: str
    deadline: str
    confidence: str
    contact: str
    url: str
    open_questions: list[tuple[str, str]] = field(default_factory=list)  # (whom to ask, question)
    warnings: list[str] = field(default_factory=list)
    hurdle: str = ""  # the biggest hurdle, as the report and `match` name it


def row(position: int, score: ProgramScore, lang: str) -> Row:
    program = score.program
    band_id = score.band.id if score.band else "ended"
    return Row(
        rank=position,
        id=program.id,
        name=program.name,
        funder=program.funder,
        band=score.band.label.get(lang) if score.band else t("band.ended", lang),
        band_id=band_id,
        score=points(score.score, lang),
        score_range=f"{points(score.score_low, lang)}–{points(score.score_high, lang)}",
        eligibility=score.eligibility.value,
        eligibility_label=t(f"outcome.{score.eligibility.value}", lang),
        max_grant=limit_text(program.funding.max_eur, lang),
        own_share=format_pct(own_share_pct(program), lang),
        deadline=deadline_text(score, lang),
        confidence=format_pct(score.confidence, lang),
        contact=program.contact or "",
        url=program.url or "",
        open_questions=[
            (t(f"web.side.{fact.side.value}", lang), fact.question.render(lang)) for fact in score.open_facts
        ],
        warnings=[w.render(lang) for w in score.warnings],
        hurdle=hurdle_text(score, lang),
    )


def hurdle_text(score: ProgramScore, lang: str) -> str:
    worst = biggest_hurdle(score.criteria)
    return hurdle_sentence(worst.criterion.label.get(lang), worst.reason.render(lang), lang) if worst else ""


def deadline_text(score: ProgramScore, lang: str) -> str:
    if score.program.deadlines.rolling:
        return t("deadline.rolling", lang)
    return format_date(score.next_deadline, lang)


def rows(ranking: list[ProgramScore], lang: str) -> list[Row]:
    return [row(i, s, lang) for i, s in enumerate(ranking, start=1)]


# --- one programme explained ---------------------------------------------------------------


@dataclass
class GateLine:
    label: str
    outcome: str
    outcome_label: str
    reason: str


@dataclass
class CriterionLine:
    id: str
    label: str
    weight: str
    level: str
    level_label: str
    points: str
    known: bool
    reason: str


@dataclass
class Source:
    title: str
    url: str
    date: str
    checked: str


@dataclass
class Explanation:
    row: Row
    summary: str
    gates: list[GateLine]
    criteria: list[CriterionLine]
    total: str
    sources: list[Source]
    improvements: list[str]
    notes: list[str]
    documents: list[str]
    conflicts: list[str]


def explanation(
    position: int, score: ProgramScore, better: list[Improvement], rubric: Rubric, lang: str
) -> Explanation:
    program = score.program
    return Explanation(
        row=row(position, score, lang),
        summary=program.summary or "",
        gates=[
            GateLine(
                g.gate.label.get(lang),
                g.outcome.value,
                t(f"outcome.{g.outcome.value}", lang),
                g.reason.render(lang),
            )
            for g in score.gates
        ],
        criteria=criterion_lines(score, rubric, lang),
        total=points(score.score, lang),
        sources=[
            Source(
                s.title or s.url,
                s.url,
                format_date(s.date, lang) if s.date else t("web.undated", lang),
                format_date(s.checked, lang),
            )
            for s in program.sources
        ],
        improvements=[improvement_text(i, lang) for i in better],
        notes=list(program.notes),
        documents=list(program.documents),
        conflicts=list(program.conflicts),
    )


def criterion_lines(score: ProgramScore, rubric: Rubric, lang: str) -> list[CriterionLine]:
    return [
        CriterionLine(
            id=c.criterion.id,
            label=c.criterion.label.get(lang),
            weight=format_number(float(c.criterion.weight), lang),
            level=str(c.level),
            level_label=rubric.scale.label(c.level).get(lang),
            points=points(c.points, lang),
            known=c.known,
            reason=c.reason.render(lang),
        )
        for c in score.criteria
    ]


def improvement_text(item: Improvement, lang: str) -> str:
    """``Eigenmittel auf 1.200 € erhöhen: +7,0 Punkte, Rang 2 → 1`` (as the CLI says it)."""
    gained = item.score_after - item.score_before
    effect = t(
        "impr.effect",
        lang,
        points=("+" if gained >= 0 else "−") + points(abs(gained), lang),
        before=item.rank_before,
        after=item.rank_after,
    )
    if item.eligibility_after is not item.eligibility_before:
        effect += "; " + t(
            "impr.opens",
            lang,
            before=t(f"outcome.{item.eligibility_before.value}", lang),
            after=t(f"outcome.{item.eligibility_after.value}", lang),
        )
    return f"{item.change.render(lang)}: {effect}"


# --- two programmes side by side ----------------------------------------------------------


@dataclass
class CompareLine:
    label: str
    left: str
    right: str
    left_better: bool
    right_better: bool


def comparison(left: ProgramScore, right: ProgramScore, rubric: Rubric, lang: str) -> list[CompareLine]:
    """Gates and criteria of two programmes, line by line; the better side marked."""
    lines = []
    order = {Outcome.YES: 0, Outcome.CHECK: 1, Outcome.NO: 2}
    for a, b in zip(left.gates, right.gates, strict=True):
        lines.append(
            CompareLine(
                a.gate.label.get(lang),
                t(f"outcome.{a.outcome.value}", lang),
                t(f"outcome.{b.outcome.value}", lang),
                order[a.outcome] < order[b.outcome],
                order[b.outcome] < order[a.outcome],
            )
        )
    for ca, cb in zip(left.criteria, right.criteria, strict=True):
        lines.append(
            CompareLine(
                t(
                    "web.compare.criterion",
                    lang,
                    label=ca.criterion.label.get(lang),
                    weight=format_number(float(ca.criterion.weight), lang),
                ),
                t("web.compare.points", lang, points=points(ca.points, lang), level=ca.level),
                t("web.compare.points", lang, points=points(cb.points, lang), level=cb.level),
                ca.points > cb.points + 1e-9,
                cb.points > ca.points + 1e-9,
            )
        )
    return lines


def side_label(side: Side, lang: str) -> str:
    return t(f"web.side.{side.value}", lang)
