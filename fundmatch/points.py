"""Levels into points: a criterion's points for a level, an unknown fact's typical level, and
the score, confidence and eligibility of many programmes at once.

The score adds each criterion's points in the rubric's order, for every programme the same
additions; the figures of a ranking are worked out a criterion at a time over all programmes
(columns), since 10,000 programmes share a few levels per criterion.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from operator import add
from typing import NamedTuple

from fundmatch.models import Band, Criterion
from fundmatch.rules.base import Outcome
from fundmatch.rules.context import Context

Column = Sequence[int | None]  # one criterion's level for each programme (None: unknown)


class Figures(NamedTuple):
    """Figures of many programmes, a list each, in the programmes' order."""

    scores: list[float]
    confidences: list[float]  # share of the weights whose facts are known, 0–100
    eligibilities: list[Outcome]


def level_of(value: int | None, criterion: Criterion, ctx: Context) -> float:
    """The level a criterion counts with: an unknown fact's typical level, else the level
    within the scale."""
    scale = ctx.rubric.scale
    if value is None:
        return ctx.typical.get(criterion.id, scale.neutral)
    return max(scale.lowest, min(scale.highest, value))


def points_of(value: int | None, criterion: Criterion, ctx: Context) -> float:
    """Weight × normalised level, so the points of all criteria add up to the score."""
    scale = ctx.rubric.scale
    return (
        criterion.weight * (level_of(value, criterion, ctx) - scale.lowest) / (scale.highest - scale.lowest)
    )


class Points:
    """Each criterion's points per level in one context, as tables filled as levels are met:
    levels are few, and a lookup beats the arithmetic for 10,000 programmes."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.criteria = [criterion for criterion, _rule, _params in ctx.criteria]
        self.shares = [_Shares(criterion, ctx) for criterion in self.criteria]
        known = [_Known(criterion.weight) for criterion in self.criteria]  # nothing if unknown
        self.both = [_Both(shares, weights) for shares, weights in zip(self.shares, known, strict=True)]
        self.factor = 100 / ctx.total_weight
        self.bands = sorted(ctx.rubric.bands, key=lambda b: -b.min_score)
        self._band: dict[float, Band] = {}  # per score: scores are rounded, so few

    def figures(self, outcomes: Sequence[tuple[Outcome, ...]], levels: Sequence[Column]) -> Figures:
        """Each programme's score, confidence and eligibility: ``outcomes`` per programme,
        ``levels`` per criterion (a column with an entry per programme)."""
        sums = [0j] * len(outcomes)  # points and known weight of each programme (see _Both)
        for both, column in zip(self.both, levels, strict=True):
            sums = list(map(add, sums, map(both.__getitem__, column)))
        factor = self.factor
        no, check, yes = Outcome.NO, Outcome.CHECK, Outcome.YES
        return Figures(
            [round(both.real * factor, 1) for both in sums],
            [round(both.imag * factor) for both in sums],
            [no if no in row else check if check in row else yes for row in outcomes],
        )

    def score_range(self, levels: tuple[int | None, ...]) -> tuple[float, float]:
        """The score if every unknown fact turned out worst (no points), and if best (all)."""
        worst = best = 0.0
        for criterion, shares, value in zip(self.criteria, self.shares, levels, strict=True):
            if value is None:
                best += criterion.weight
            else:
                worst += shares[value]
                best += shares[value]
        return round(worst * self.factor, 1), round(best * self.factor, 1)

    def band(self, score: float) -> Band:
        if score not in self._band:
            self._band[score] = next((b for b in self.bands if score >= b.min_score), self.bands[-1])
        return self._band[score]


class _Shares(dict[int | None, float]):
    """One criterion's points per level, worked out when a level is first met."""

    def __init__(self, criterion: Criterion, ctx: Context) -> None:
        super().__init__()
        self.criterion, self.ctx = criterion, ctx

    def __missing__(self, level: int | None) -> float:
        share = self[level] = points_of(level, self.criterion, self.ctx)
        return share


class _Both(dict[int | None, complex]):
    """One criterion's points per level and its weight if known, as one complex number (the
    points its real part, the weight its imaginary part): one addition over all programmes
    adds both, and complex numbers add their parts apart, so the sums are exactly those of
    two separate additions — at half the work for 10,000 programmes."""

    def __init__(self, shares: _Shares, known: _Known) -> None:
        super().__init__()
        self.shares, self.known = shares, known

    def __missing__(self, level: int | None) -> complex:
        both = self[level] = complex(self.shares[level], self.known[level])
        return both


class _Known(dict[int | None, float]):
    """One criterion's weight for a known level, nothing for an unknown one."""

    def __init__(self, weight: float) -> None:
        super().__init__({None: 0.0})
        self.weight = weight

    def __missing__(self, level: int | None) -> float:
        weight = self[level] = self.weight
        return weight


def typical_levels(levels: Sequence[Column], ctx: Context) -> dict[str, float]:
    """The level an unknown fact earns, per criterion: the median level of the programmes
    that state the fact (for this sponsor), shrunk towards neutral with the weight of
    ``scale.unknown_prior`` programmes when above it — and never above the median, so a
    programme that knows less never outranks an otherwise equal one with a typical value.
    ``levels``: a column per criterion, in the rubric's order."""
    neutral, prior = ctx.rubric.scale.neutral, ctx.rubric.scale.unknown_prior
    typical = {}
    for (criterion, _rule, _params), column in zip(ctx.criteria, levels, strict=True):
        known = [value for value in column if value is not None]
        if not known:
            continue
        median = statistics.median_low(known)
        shrink = len(known) / (len(known) + prior)
        typical[criterion.id] = median if median <= neutral else neutral + shrink * (median - neutral)
    return typical
