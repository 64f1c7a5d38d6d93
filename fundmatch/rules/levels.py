"""Small helpers that several criteria use to turn a number into a level."""

from __future__ import annotations

from collections.abc import Sequence


def level_by_steps(value: float, steps: Sequence[float], best: int = 5) -> int:
    """``best`` if value ≤ steps[0], one less for each further step passed, at least 1."""
    for i, step in enumerate(steps):
        if value <= step:
            return best - i
    return max(1, best - len(steps))
