"""What would raise a programme's score, and whether its rank holds when the weights move.

Improvements are never hand-written: each candidate change to the answers is re-scored
against the whole catalogue, so "Rang 5 → 2" is what the ranking would really show.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from fundmatch.facts import own_share_pct
from fundmatch.gcpause import gc_paused
from fundmatch.i18n import Eur, Msg, msg
from fundmatch.models import (
    DEFAULT_PARAMS,
    Answers,
    Band,
    CriterionKind,
    PartnerKind,
    PaymentMode,
    Program,
    Rubric,
)
from fundmatch.scoring import (
    ELIGIBILITY_ORDER,
    Context,
    Outcome,
    ProgramScore,
    earliest_start,
    next_deadline,
    requested_for,
    score_program,
)

# Legal forms to suggest, most accessible first (founding a Verein is the usual step).
LEGAL_FORM_PREFERENCE = ("verein", "ggmbh", "stiftung", "kirchengemeinde", "initiative")


@dataclass(frozen=True)
class Improvement:
    change: Msg
    score_before: float
    score_after: float
    rank_before: int
    rank_after: int
    eligibility_before: Outcome
    eligibility_after: Outcome
    band_before: Band
    band_after: Band

    @property
    def gain(self) -> tuple[int, int, float]:
        """Opening a gate counts most, then places gained, then points."""
        opened = ELIGIBILITY_ORDER[self.eligibility_before] - ELIGIBILITY_ORDER[self.eligibility_after]
        return (opened, self.rank_before - self.rank_after, self.score_after - self.score_before)


@dataclass(frozen=True)
class Robustness:
    rank: int
    best_rank: int
    worst_rank: int
    same_share: float  # share of weight variations that keep the rank

    @property
    def stable(self) -> bool:
        return self.same_share >= 0.9


def _update(answers: Answers, section: str, **changes: Any) -> Answers:
    part = getattr(answers, section)
    return answers.model_copy(update={section: part.model_copy(update=changes)})


def _criterion_params(rubric: Rubric, kind: CriterionKind) -> dict[str, Any]:
    for criterion in rubric.criteria:
        if criterion.kind is kind:
            return {**DEFAULT_PARAMS[kind], **criterion.params}
    return dict(DEFAULT_PARAMS[kind])


def candidate_changes(
    program: Program, answers: Answers, rubric: Rubric, today: dt.date
) -> list[tuple[Msg, Answers]]:
    """Small, concrete changes to the answers that could help this programme."""
    changes: list[tuple[Msg, Answers]] = []
    org, res, budget, timing = answers.organisation, answers.resources, answers.budget, answers.timing
    forms = program.applicants.legal_forms
    if forms and org.legal_form is not None and org.legal_form not in forms:
        for form in LEGAL_FORM_PREFERENCE:
            if form in forms:
                label = {t.id: t.label for t in rubric.vocabularies.legal_forms}[form]
                changes.append(
                    (msg("impr.legal_form", form=label), _update(answers, "organisation", legal_form=form))
                )
                break
    missing = [s for s in program.applicants.statuses if org.statuses is not None and s not in org.statuses]
    if missing:
        labels = {t.id: t.label for t in rubric.vocabularies.statuses}
        statuses = [*(org.statuses or []), *missing]
        changes.append(
            (
                msg("impr.status", status=[labels[s] for s in missing]),
                _update(answers, "organisation", statuses=statuses),
            )
        )
    share = own_share_pct(program)
    if share and budget.total_eur is not None and res.own_funds_eur is not None:
        params = _criterion_params(rubric, CriterionKind.OWN_SHARE)
        in_kind = (
            (res.volunteer_hours or 0) * params["volunteer_hour_eur"] if program.funding.in_kind_counts else 0
        )
        needed = math.ceil((budget.total_eur * share / 100 - in_kind) / 50) * 50  # round up to 50 €
        if needed > res.own_funds_eur:
            changes.append(
                (
                    msg("impr.own_funds", amount=Eur(needed)),
                    _update(answers, "resources", own_funds_eur=needed),
                )
            )
    payment = program.funding.payment
    months = res.prefinance_months
    if payment is PaymentMode.REIMBURSEMENT and months is not None:
        duration = timing.duration_months or program.duration.max_months or 12
        if months < duration:
            changes.append(
                (
                    msg("impr.prefinance", months=duration),
                    _update(answers, "resources", prefinance_months=duration),
                )
            )
    elif payment is PaymentMode.CALL_OFF and months is not None and months < 1:
        changes.append((msg("impr.prefinance", months=1), _update(answers, "resources", prefinance_months=1)))
    required = program.partners.required_min
    if required:
        if program.partners.kind is PartnerKind.TRANSNATIONAL and res.transnational_partners is False:
            changes.append(
                (msg("impr.transnational"), _update(answers, "resources", transnational_partners=True))
            )
        elif res.partners is not None and res.partners < required:
            changes.append(
                (msg("impr.partners", count=required), _update(answers, "resources", partners=required))
            )
    # Compared on the programme's terms (per year where its limits are yearly).
    requested, high = requested_for(program, answers), program.funding.max_eur
    if requested and high is not None and requested > high and budget.requested_eur:
        smaller = math.floor(budget.requested_eur * high / requested)
        changes.append(
            (
                msg("impr.smaller_request", amount=Eur(smaller)),
                _update(answers, "budget", requested_eur=smaller),
            )
        )
    upcoming = next_deadline(program, today)
    if upcoming is not None and timing.start is not None and not program.deadlines.rolling:
        earliest = earliest_start(program, upcoming, _criterion_params(rubric, CriterionKind.DEADLINE))
        if earliest > timing.start:
            changes.append(
                (msg("impr.later_start", date=earliest), _update(answers, "timing", start=earliest))
            )
    longest = program.duration.max_months
    if longest is not None and timing.duration_months is not None and timing.duration_months > longest:
        changes.append(
            (msg("impr.shorter", months=longest), _update(answers, "timing", duration_months=longest))
        )
    return changes


def improvements(
    ranking: Sequence[ProgramScore],
    programs: Sequence[Program],
    rubric: Rubric,
    answers: Answers,
    today: dt.date,
    top: int,
    per_program: int = 3,
    only: Collection[str] | None = None,
) -> dict[str, list[Improvement]]:
    """For each of the ``top`` programmes (those in ``only`` if given), the changes that
    help it most, re-scored."""
    rescored: dict[str, dict[str, tuple[int, ProgramScore]]] = {}  # change → id → (rank, score)
    result: dict[str, list[Improvement]] = {}
    # Only the top programmes' places are read back: keeping whole re-rankings of a large
    # catalogue would cost memory for nothing.
    chosen = [(p, s) for p, s in enumerate(ranking[:top], start=1) if only is None or s.program.id in only]
    wanted = {s.program.id for _, s in chosen}
    for position, before in chosen:
        found = []
        for change, changed in candidate_changes(before.program, answers, rubric, today):
            key = repr((change.key, sorted(change.values.items(), key=lambda kv: kv[0])))
            if key not in rescored:
                rescored[key] = places(programs, rubric, changed, today, wanted)
            new_rank, after = rescored[key][before.program.id]
            improvement = Improvement(
                change,
                before.score,
                after.score,
                position,
                new_rank,
                before.eligibility,
                after.eligibility,
                before.band,
                after.band,
            )
            if improvement.gain > (0, 0, 0.0):
                found.append(improvement)
        found.sort(key=lambda imp: imp.gain, reverse=True)
        result[before.program.id] = found[:per_program]
    return result


def places(
    programs: Sequence[Program], rubric: Rubric, answers: Answers, today: dt.date, wanted: set[str]
) -> dict[str, tuple[int, ProgramScore]]:
    """Rank and score of the ``wanted`` programmes if the whole catalogue were ranked for
    ``answers``. Only sort keys are kept for the others, so a large catalogue's re-ranking
    costs time but no memory."""
    ctx = Context.build(rubric, answers, today)
    keys = []
    kept = {}
    with gc_paused():
        for program in programs:
            result = score_program(program, ctx)
            keys.append(result.sort_key)
            if program.id in wanted:
                kept[program.id] = result
    keys.sort()
    return {pid: (bisect.bisect_left(keys, result.sort_key) + 1, result) for pid, result in kept.items()}


def robustness(
    ranking: Sequence[ProgramScore],
    top: int,
    samples: int = 200,
    spread: float = 0.2,
    seed: int = 42,
) -> dict[str, Robustness]:
    """Ranks of the ``top`` programmes when every weight moves by up to ±``spread``.

    Only the first ``top + 20`` programmes are re-ranked: a programme further down cannot
    pass a top one when no weight moves by more than a fifth.
    """
    pool = list(ranking[: top + 20])
    if not pool:
        return {}
    weights = [r.criterion.weight for r in pool[0].criteria]
    shares = [[r.points / r.criterion.weight for r in s.criteria] for s in pool]
    tiers = [ELIGIBILITY_ORDER[s.eligibility] for s in pool]
    rng = random.Random(seed)
    seen: list[list[int]] = [[] for _ in pool[:top]]
    for _ in range(samples):
        moved = [w * rng.uniform(1 - spread, 1 + spread) for w in weights]
        total = sum(moved)
        scores = [sum(w * s for w, s in zip(moved, row, strict=True)) / total for row in shares]
        order = sorted(
            range(len(pool)),
            key=lambda i: (tiers[i], -round(scores[i] * 100, 1), -pool[i].confidence, pool[i].program.id),
        )
        position = {index: place for place, index in enumerate(order, start=1)}
        for i in range(len(seen)):
            seen[i].append(position[i])
    return {
        pool[i].program.id: Robustness(
            i + 1, min(ranks), max(ranks), sum(r == i + 1 for r in ranks) / samples
        )
        for i, ranks in enumerate(seen)
    }
