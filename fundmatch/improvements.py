"""What would raise a programme's result, and whether its rank holds when the weights move.

Improvements come from the rules themselves (each rule module suggests the changes to the
answers that would help it); here they are combined in pairs, re-scored, and the best are
re-ranked against the whole catalogue, so "Rang 5 → 2" is what the ranking would really show.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from operator import mul
from typing import Any, NamedTuple

from fundmatch.i18n import Msg, msg
from fundmatch.models import Answers, Band, Program
from fundmatch.rules.base import Change
from fundmatch.scoring import ELIGIBILITY_ORDER, Context, Outcome, Points, ProgramScore, rerank, rescore


@dataclass(frozen=True)
class Improvement:
    change: Msg
    score_before: float
    score_after: float
    rank_before: int
    rank_after: int
    eligibility_before: Outcome
    eligibility_after: Outcome
    band_before: Band | None
    band_after: Band | None

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


def apply(answers: Answers, updates: dict[str, dict[str, Any]]) -> Answers:
    """The answers with a change's updates (section → fields) made."""
    changed = {
        section: getattr(answers, section).model_copy(update=fields) for section, fields in updates.items()
    }
    return answers.model_copy(update=changed)


def fields_of(updates: dict[str, dict[str, Any]]) -> list[str]:
    """The answers a change touches, as ``section.field``."""
    return [f"{section}.{name}" for section, fields in updates.items() for name in fields]


def suggestions(program: Program, ctx: Context) -> list[Change]:
    """Every change a rule suggests for this programme, each once."""
    singles: dict[str, Change] = {}
    for _entry, rule, params in [*ctx.gates, *ctx.criteria]:
        for change in rule.suggest(program, ctx, params):
            singles.setdefault(_key(change.updates), change)
    return list(singles.values())


def paired(changes: Sequence[Change]) -> list[Change]:
    """Every pair of the changes that touches different answers (found a Verein *and* raise
    the own funds)."""
    found = []
    for first, second in combinations(changes, 2):
        fields_first = {(s, f) for s, fields in first.updates.items() for f in fields}
        fields_second = {(s, f) for s, fields in second.updates.items() for f in fields}
        if fields_first & fields_second:
            continue
        merged: dict[str, dict[str, Any]] = {}
        for section, fields in [*first.updates.items(), *second.updates.items()]:
            merged.setdefault(section, {}).update(fields)
        message = msg("impr.both", first=first.message, second=second.message)
        found.append(Change(message, merged, first.this_application_only or second.this_application_only))
    return found


def candidate_changes(program: Program, ctx: Context) -> list[Change]:
    """The rules' suggestions for this programme and their pairs."""
    singles = suggestions(program, ctx)
    return singles + paired(singles)


def _key(updates: dict[str, dict[str, Any]]) -> str:
    return repr(sorted((section, sorted(fields.items())) for section, fields in updates.items()))


# Pairs are formed of the best few single changes only: they are what a pair can build on.
PAIRED_SINGLES = 4
# At most this many changes are re-ranked against the whole catalogue per report (the shown
# programmes come first); a rank after a change beyond them is estimated against the other
# programmes as answered, so a long --top costs little more than a short one.
MAX_RERANKINGS = 16


class _Rerank(NamedTuple):
    rank: int
    score: float
    eligibility: Outcome
    band: Band | None


def improvements(
    ranking: Sequence[ProgramScore],
    top: int | Sequence[str],
    per_program: int = 3,
) -> dict[str, list[Improvement]]:
    """For the ``top`` programmes (a count, or the ids to explain), the changes that help
    each most. Candidates are first scored for the programme alone; the best are re-ranked
    against the catalogue (a re-ranking is shared by every programme that suggests the same
    change), so "Rang 5 → 2" is what the ranking would show."""
    if not ranking:
        return {}
    ctx = ranking[0].context  # the ranking's own, with this catalogue's typical levels
    answers = ctx.answers
    wanted = list(ranking[:top]) if isinstance(top, int) else [s for s in ranking if s.program.id in top]
    wanted_ids = {s.program.id for s in wanted}
    positions = {s.program.id: i for i, s in enumerate(ranking, start=1)}
    keys = [s.sort_key for s in ranking]
    contexts: dict[str, tuple[Context, Points]] = {}  # per change: its context and points
    rerankings: dict[str, dict[str, _Rerank]] = {}

    def quick(before: ProgramScore, change: Change) -> ProgramScore:
        """The programme alone for changed answers, against the catalogue as answered."""
        key = _key(change.updates)
        if key not in contexts:
            alone = ctx.with_answers(apply(answers, change.updates))
            contexts[key] = (alone, Points(alone))
        alone, points = contexts[key]
        return rescore(before, alone, fields_of(change.updates), points)

    def estimated(before: ProgramScore, after: ProgramScore) -> _Rerank:
        """The place among the other programmes as answered (``keys`` holds ``before``'s own)."""
        place = bisect.bisect_left(keys, after.sort_key) + 1
        if before.sort_key < after.sort_key:
            place -= 1
        return _Rerank(place, after.score, after.eligibility, after.band)

    result: dict[str, list[Improvement]] = {}
    for before in wanted:
        tried = [(change, quick(before, change)) for change in suggestions(before.program, ctx)]
        tried.sort(key=lambda item: _quick_gain(before, item[1]), reverse=True)
        singles = [change for change, _ in tried[:PAIRED_SINGLES]]
        tried += [(change, quick(before, change)) for change in paired(singles)]
        helpful = [item for item in tried if _quick_gain(before, item[1]) > (0, 0.0)]
        helpful.sort(key=lambda item: _quick_gain(before, item[1]), reverse=True)
        found = []
        for change, quick_after in helpful[: per_program * 2]:
            key = _key(change.updates)
            if change.this_application_only or (key not in rerankings and len(rerankings) >= MAX_RERANKINGS):
                # Only this programme is asked for less (the others still face the full
                # plan), or the re-ranking budget is spent: placed among the others as answered.
                after = estimated(before, quick_after)
            else:
                if key not in rerankings:
                    changed_ctx = ctx.with_answers(apply(answers, change.updates))
                    places = rerank(ranking, changed_ctx, fields_of(change.updates), wanted_ids)
                    rerankings[key] = {
                        s.program.id: _Rerank(place, s.score, s.eligibility, s.band) for place, s in places
                    }
                after = rerankings[key][before.program.id]
            found.append(
                Improvement(
                    change.message,
                    before.score,
                    after.score,
                    positions[before.program.id],
                    after.rank,
                    before.eligibility,
                    after.eligibility,
                    before.band,
                    after.band,
                )
            )
        found = [imp for imp in found if imp.gain > (0, 0, 0.0)]
        found.sort(key=lambda imp: imp.gain, reverse=True)
        result[before.program.id] = found[:per_program]
    return result


def _quick_gain(before: ProgramScore, after: ProgramScore) -> tuple[int, float]:
    opened = ELIGIBILITY_ORDER[before.eligibility] - ELIGIBILITY_ORDER[after.eligibility]
    return (opened, after.score - before.score)


def robustness(
    ranking: Sequence[ProgramScore],
    top: int,
    samples: int = 200,
    spread: float = 0.2,
    seed: int = 42,
) -> dict[str, Robustness]:
    """Ranks of the ``top`` programmes when every weight moves by up to ±``spread``.

    Only the first ``top + 20`` programmes are re-ranked: a programme further down cannot
    pass a top one when no weight moves by more than a fifth. A *nein* programme has no
    place to hold (weights never move a programme across ja, prüfen and nein): it gets none.
    """
    pool = [s for s in ranking[: top + 20] if s.eligibility is not Outcome.NO]
    if not pool:
        return {}
    weights = [r.criterion.weight for r in pool[0].criteria]
    shares = [[r.points / r.criterion.weight for r in s.criteria] for s in pool]
    tiers = [ELIGIBILITY_ORDER[s.eligibility] for s in pool]
    # Ties on the score go by confidence, then id: their order, as one number per programme.
    by_tie = sorted(range(len(pool)), key=lambda i: (-pool[i].confidence, pool[i].program.id))
    tie = [0] * len(pool)
    for rank, index in enumerate(by_tie):
        tie[index] = rank
    rng = random.Random(seed)
    seen: list[list[int]] = [[] for _ in pool[:top]]
    for _ in range(samples):
        moved = [w * rng.uniform(1 - spread, 1 + spread) for w in weights]
        total = sum(moved)
        scores = [-round(sum(map(mul, moved, row)) / total * 100, 1) for row in shares]
        for place, (_tier, _score, rank) in enumerate(sorted(zip(tiers, scores, tie, strict=True)), start=1):
            index = by_tie[rank]
            if index < top:
                seen[index].append(place)
    return {
        pool[i].program.id: Robustness(
            i + 1, min(ranks), max(ranks), sum(r == i + 1 for r in ranks) / samples
        )
        for i, ranks in enumerate(seen)
    }
