"""Sets of terms as the bits of one number, for the keys the first pass keeps per programme
(``Rule.key``): a number of a few bytes instead of a frozenset of a few hundred, and an
intersection that is one ``&``. Each term gets its bit when first met; terms are the
rubric's vocabulary ids, so the bits stay few."""

from __future__ import annotations

import threading
from collections.abc import Iterable

_bit: dict[str, int] = {}
_lock = threading.Lock()


def bits(terms: Iterable[str]) -> int:
    """The terms as one number with a bit for each (0 for none)."""
    found = 0
    for term in terms:
        bit = _bit.get(term)
        if bit is None:
            with _lock:
                bit = _bit.setdefault(term, 1 << len(_bit))
        found |= bit
    return found
