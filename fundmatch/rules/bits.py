"""Sets of terms as the bits of one number, for the keys the first pass keeps per programme
(``Rule.key``): a number of a few bytes instead of a frozenset of a few hundred, and an
intersection that is one ``&``. Each term of a vocabulary gets its bit when first met;
terms are the rubric's vocabulary ids, so the bits stay few (and the numbers small)."""

from __future__ import annotations

import threading
from collections.abc import Iterable

_bits: dict[str, dict[str, int]] = {}  # per vocabulary, each term's bit
_lock = threading.Lock()


def bits(vocabulary: str, terms: Iterable[str]) -> int:
    """Terms of a vocabulary (``themes``, ``regions`` …) as one number with a bit for each."""
    known = _bits.get(vocabulary) or _bits.setdefault(vocabulary, {})
    found = 0
    for term in terms:
        bit = known.get(term)
        if bit is None:
            with _lock:
                bit = known.setdefault(term, 1 << len(known))
        found |= bit
    return found
