"""The ranking as one typed, versioned document: what every renderer reads.

Built once per run; ``--format json`` is its ``model_dump(mode="json")``. Texts carry both
languages, so a document filed today can be rendered in either language later. Every
programme gets a summary row; only the programmes shown (``top``) or explained get their
details (gates, criteria, sources, improvements, robustness), so a large catalogue costs
no more than the details a reader sees. A document for a view that shows fewer rows goes
further (``Rows``): Markdown and PDF only count the programmes not open to the sponsor,
``explain`` and the terminal show only their own; the terminal shows no advice either
(improvements, robustness).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import asdict
from typing import Literal

from fundmatch import __version__
from fundmatch.catalogue import Catalogue
from fundmatch.gcpause import gc_paused
from fundmatch.improvements import Improvement, Robustness, improvements, robustness
from fundmatch.letter import funder_questions
from fundmatch.models import Answers, NotStated, Term
from fundmatch.money import GrantBasis, grant_for, own_share_for
from fundmatch.plan import timeline
from fundmatch.reports.parts import Bilingual, Part, bilingual, shared
from fundmatch.rules.base import OpenFact, Side
from fundmatch.rules.own_share import own_share_pct
from fundmatch.scoring import GateResult, Outcome, ProgramScore, open_facts, rank, refusal

FORMAT_NAME = "fundmatch-ranking"
# 2: details only for the shown or explained programmes, under ``details``.
# 3: score ranges, open questions, no band for ended programmes, limits "not_stated".
# 4: a plan for the shown programmes (amounts in euros, dates, contact, funder questions).
# 5: ``counts``, the programmes per eligibility.
# 6: ``plan.late``, the planned start cannot be kept for this programme.
FORMAT_VERSION = 7

# Whose summary rows a document holds besides the shown and explained programmes: every
# programme's (JSON, CSV), the ja and prüfen ones' (Markdown and PDF count the others), or
# no other (the terminal, explain).
Rows = Literal["all", "open", "shown"]


class CatalogueInfo(Part):
    programs: int
    fingerprint: str
    oldest_check: dt.date | None
    newest_check: dt.date | None


class ScaleEntry(Part):
    level: int
    label: Bilingual


class BandInfo(Part):
    id: str
    min_score: float
    label: Bilingual


class RubricInfo(Part):
    version: str
    title: Bilingual
    fingerprint: str
    scale: list[ScaleEntry]
    bands: list[BandInfo]


class BandRef(Part):
    id: str
    label: Bilingual


class GateRow(Part):
    id: str
    label: Bilingual
    outcome: Outcome
    reason: Bilingual


class CriterionRow(Part):
    id: str
    label: Bilingual
    weight: float
    level: int
    level_label: Bilingual
    known: bool
    points: float
    reason: Bilingual
    anchor: Bilingual


class Evidence(Part):
    url: str
    title: str | None
    date: dt.date | None
    checked: dt.date | None


class ImprovementRow(Part):
    change: Bilingual
    score_before: float
    score_after: float
    rank_before: int
    rank_after: int
    eligibility_before: Outcome
    eligibility_after: Outcome
    band_before: str | None  # None: an ended programme has no band
    band_after: str | None


class RobustnessInfo(Part):
    stable: bool
    best_rank: int
    worst_rank: int
    same_share: float


class Details(Part):
    """What only a shown or explained programme needs."""

    gates: list[GateRow]
    criteria: list[CriterionRow]
    evidence: list[Evidence]
    documents: list[str]
    notes: list[str]
    conflicts: list[str]
    improvements: list[ImprovementRow]
    robustness: RobustnessInfo | None


class OpenQuestion(Part):
    """A fact that keeps a gate at *prüfen* or leaves points open, and whom it concerns."""

    fact: str
    side: Side  # program: ask the funder; sponsor: answer it yourself
    question: Bilingual
    decides_gate: bool


class Plan(Part):
    """What applying would mean for this project: money, dates, whom to ask, what to send."""

    own_share_eur: float | None  # total cost × the programme's own share, if both are known
    deadline: dt.date | None
    rolling: bool
    submit_by: dt.date | None
    write_from: dt.date | None
    earliest_start: dt.date | None
    late: bool  # the planned start comes too soon for this programme (plan.Timeline)
    contact: str | None
    documents: list[str]
    funder_questions: list[OpenQuestion]  # what ``fundmatch ask`` sends the funder


class Result(Part):
    """One programme's summary row, with its details when it is shown or explained."""

    rank: int
    id: str
    name: str
    funder: str
    level: str
    url: str | None
    contact: str | None
    score: float
    score_low: float  # the score if every unknown fact turned out worst …
    score_high: float  # … and best
    band: BandRef | None  # None for an ended programme
    eligibility: Outcome
    confidence: float
    open_questions: list[OpenQuestion]
    max_eur: float | NotStated | None
    own_share_pct: float | None
    grant_eur: float | None  # the amount possible for this project (see grant_basis)
    # request: the request fits; capped: the maximum (on the programme's terms: per year, per
    # position), below the request; rate: the programme's share of the costs, below the
    # request; up_to: no request given, the most possible; no_cap: the request, the guideline
    # names no maximum; unknown: the maximum is not known.
    grant_basis: GrantBasis
    next_deadline: dt.date | None
    rolling: bool
    warnings: list[Bilingual]
    details: Details | None
    plan: Plan | None = None  # like the details, only for shown or explained programmes
    # Why the programme is not open to the sponsor: the first gate it fails (every programme).
    blocked_by: Bilingual | None = None


class Report(Part):
    format: Literal["fundmatch-ranking"] = "fundmatch-ranking"
    version: Literal[7] = 7  # FORMAT_VERSION
    generated: dt.date
    fundmatch: str
    catalogue: CatalogueInfo
    rubric: RubricInfo
    answers: Answers
    # Labels of the vocabulary ids in the answers, by field ("needs.themes" → id → label).
    answer_labels: dict[str, dict[str, Bilingual]]
    counts: dict[Outcome, int]  # the ranked programmes per eligibility
    results: list[Result]

    def result(self, program_id: str) -> Result | None:
        return next((r for r in self.results if r.id == program_id), None)

    @property
    def detailed(self) -> list[Result]:
        return [r for r in self.results if r.details is not None]


# The document is thousands of parts without reference cycles: the cycle collector's scans
# of the growing heap took a third of building 1,000 programmes' details (see gcpause).
@gc_paused()
def build_report(
    catalogue: Catalogue,
    answers: Answers,
    today: dt.date,
    top: int | None = None,
    explain: Collection[str] = (),
    *,
    only: Collection[str] | None = None,
    rows: Rows = "all",
    advice: bool = True,
) -> Report:
    """Rank the catalogue for ``answers``; details for the first ``top`` programmes (all if
    None) of the eligibility groups ``only`` (all if None) and for the programmes named in
    ``explain``; summary rows as ``rows`` says; ``advice=False`` leaves out the improvements
    and robustness (the terminal's ranking shows neither)."""
    ranking = rank(catalogue.programs, catalogue.rubric, answers, today)
    chosen = [(place, s) for place, s in enumerate(ranking, start=1) if only is None or s.eligibility in only]
    shown = len(ranking) if top is None else max(top, 0)
    detailed = {s.program.id: place for place, s in chosen[:shown]}
    detailed |= {s.program.id: place for place, s in enumerate(ranking, start=1) if s.program.id in explain}
    better = improvements(ranking, list(detailed)) if advice else {}
    steady: dict[str, Robustness | None] = dict(robustness(ranking, shown)) if advice else {}
    for program_id, place in detailed.items():
        if advice and program_id not in steady and ranking[place - 1].eligibility is not Outcome.NO:
            steady[program_id] = _robustness_below_top(ranking, place)
    checked = [max(s.checked for s in p.sources) for p in catalogue.programs]
    rubric = catalogue.rubric
    return Report(
        generated=today,
        fundmatch=__version__,
        catalogue=CatalogueInfo(
            programs=len(catalogue.programs),
            fingerprint=catalogue.fingerprint,
            oldest_check=min(checked, default=None),
            newest_check=max(checked, default=None),
        ),
        rubric=RubricInfo(
            version=rubric.version,
            title=bilingual(rubric.title),
            fingerprint=catalogue.rubric_fingerprint[:16],
            scale=[ScaleEntry(level=lv.level, label=bilingual(lv.label)) for lv in rubric.scale.levels],
            bands=[BandInfo(id=b.id, min_score=b.min_score, label=bilingual(b.label)) for b in rubric.bands],
        ),
        answers=answers,
        answer_labels=_answer_labels(answers, catalogue),
        counts={group: sum(s.eligibility is group for s in ranking) for group in Outcome},
        results=[
            _result(
                position,
                score,
                answers,
                _details(score, better.get(score.program.id, []), steady.get(score.program.id), catalogue)
                if score.program.id in detailed
                else None,
                _plan(score, answers, today) if score.program.id in detailed else None,
            )
            for position, score in enumerate(ranking, start=1)
            if rows == "all"
            or score.program.id in detailed
            or (rows == "open" and score.eligibility is not Outcome.NO)
        ],
    )


def _robustness_below_top(ranking: Sequence[ProgramScore], place: int) -> Robustness | None:
    """Robustness of a programme below the shown ones: its neighbours (20 above, 20 below)
    are re-ranked, as for the top, and the ranks moved back to the whole ranking."""
    start = max(place - 21, 0)
    found = robustness(ranking[start:], place - start).get(ranking[place - 1].program.id)
    if found is None:
        return None
    return Robustness(found.rank + start, found.best_rank + start, found.worst_rank + start, found.same_share)


def _answer_labels(answers: Answers, catalogue: Catalogue) -> dict[str, dict[str, Bilingual]]:
    v = catalogue.rubric.vocabularies
    org, needs = answers.organisation, answers.needs
    fields: dict[str, tuple[list[str], Sequence[Term]]] = {
        "organisation.legal_form": ([org.legal_form] if org.legal_form else [], v.legal_forms),
        "organisation.statuses": (org.statuses or [], v.statuses),
        "organisation.statuses_applied": (org.statuses_applied, v.statuses),
        "resources.partner_kinds": (answers.resources.partner_kinds, v.partner_kinds),
        "needs.themes": (needs.themes, v.themes),
        "needs.target_groups": (needs.target_groups, v.target_groups),
        "needs.cost_types": (needs.cost_types, v.cost_types),
    }
    labels = {
        field: {term.id: bilingual(term.label) for term in terms if term.id in ids}
        for field, (ids, terms) in fields.items()
    }
    region = next((r for r in v.regions if r.id == org.location), None)
    labels["organisation.location"] = (
        {region.id: Bilingual(de=region.name, en=region.name)} if region is not None else {}
    )
    return labels


def _result(
    position: int,
    score: ProgramScore,
    answers: Answers,
    details: Details | None,
    plan: Plan | None,
) -> Result:
    program = score.program
    grant, basis = grant_for(program, answers)
    found = score.results(open_only=True) if details is None else score.gates_and_criteria
    return Result(
        rank=position,
        id=program.id,
        name=program.name,
        funder=program.funder,
        level=program.level.value,
        url=program.url,
        contact=program.contact,
        score=score.score,
        score_low=score.score_low,
        score_high=score.score_high,
        band=shared(BandRef(id=score.band.id, label=bilingual(score.band.label))) if score.band else None,
        eligibility=score.eligibility,
        confidence=score.confidence,
        open_questions=_questions(found.gates, open_facts(found)),
        max_eur=program.funding.max_eur,
        own_share_pct=own_share_pct(program),
        grant_eur=grant,
        grant_basis=basis,
        next_deadline=score.next_deadline,
        rolling=bool(program.deadlines.rolling),
        warnings=[bilingual(w) for w in score.warnings],
        details=details,
        plan=plan,
        blocked_by=bilingual(refused.reason) if (refused := refusal(found.gates)) else None,
    )


def _plan(score: ProgramScore, answers: Answers, today: dt.date) -> Plan:
    program = score.program
    return Plan(
        own_share_eur=own_share_for(own_share_pct(program), answers.budget),
        **asdict(timeline(program, answers, today)),  # the dates, as plan.Timeline has them
        contact=program.contact,
        documents=list(program.documents),
        funder_questions=_questions(score.gates, funder_questions(score)),
    )


def _details(
    score: ProgramScore, better: Sequence[Improvement], steady: Robustness | None, catalogue: Catalogue
) -> Details:
    program = score.program
    scale = catalogue.rubric.scale
    return Details(
        gates=[
            GateRow(
                id=g.gate.id, label=bilingual(g.gate.label), outcome=g.outcome, reason=bilingual(g.reason)
            )
            for g in score.gates
        ],
        criteria=[
            CriterionRow(
                id=c.criterion.id,
                label=bilingual(c.criterion.label),
                weight=c.criterion.weight,
                level=c.level,
                level_label=bilingual(scale.label(c.level)),
                known=c.known,
                points=round(c.points, 2),
                reason=bilingual(c.reason),
                anchor=bilingual(c.criterion.anchors[c.level]),
            )
            for c in score.criteria
        ],
        evidence=[
            Evidence(url=s.url, title=s.title, date=s.date, checked=s.checked) for s in program.sources
        ],
        documents=list(program.documents),
        notes=list(program.notes),
        conflicts=list(program.conflicts),
        improvements=[_improvement(i) for i in better],
        robustness=None
        if steady is None
        else RobustnessInfo(
            stable=steady.stable,
            best_rank=steady.best_rank,
            worst_rank=steady.worst_rank,
            same_share=round(steady.same_share, 3),
        ),
    )


def _questions(gates: Sequence[GateResult], facts: Sequence[OpenFact]) -> list[OpenQuestion]:
    checked = {g.open.fact for g in gates if g.open is not None and g.outcome is Outcome.CHECK}
    return [
        shared(
            OpenQuestion(
                fact=f.fact, side=f.side, question=bilingual(f.question), decides_gate=f.fact in checked
            )
        )
        for f in facts
    ]


def _improvement(item: Improvement) -> ImprovementRow:
    return ImprovementRow(
        change=bilingual(item.change),
        score_before=item.score_before,
        score_after=item.score_after,
        rank_before=item.rank_before,
        rank_after=item.rank_after,
        eligibility_before=item.eligibility_before,
        eligibility_after=item.eligibility_after,
        band_before=item.band_before.id if item.band_before else None,
        band_after=item.band_after.id if item.band_after else None,
    )
