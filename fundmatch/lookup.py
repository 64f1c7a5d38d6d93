"""Find a programme by what a person types: its id, or a unique part of its name.

Case, umlauts (``ö``/``oe``), ``ß`` and punctuation do not matter. A miss suggests the
closest ids (difflib), so that ``fundmatch explain "Integration vor Ort"`` and a typo in an
id both lead somewhere.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from fundmatch.errors import UsageError
from fundmatch.i18n import msg

SUGGESTIONS = 3
CANDIDATES_SHOWN = 8  # of several programmes a query matches ("a" matches nearly all)
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


class Named(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...


@dataclass(frozen=True)
class Miss:
    """No single programme: the candidates (several matched) or the closest ids."""

    ambiguous: bool
    ids: list[str]


def fold(value: str) -> str:
    """``Förderung – Süd`` → ``foerderung sued``: lower case, umlauts spelled out, accents
    and punctuation dropped, blanks collapsed."""
    spelled = value.casefold().translate(_FOLD)
    plain = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def find(query: str, programmes: Sequence[Named]) -> str | Miss:
    """The id ``query`` names, or a ``Miss``."""
    if any(p.id == query for p in programmes):
        return query
    wanted = fold(query)
    if not wanted:
        return Miss(ambiguous=False, ids=[])
    by_id = [p.id for p in programmes if fold(p.id) == wanted]
    if len(by_id) == 1:
        return by_id[0]
    exact = [p.id for p in programmes if fold(p.name) == wanted]
    if len(exact) == 1:
        return exact[0]
    partial = [p.id for p in programmes if wanted in fold(p.name) or wanted in fold(p.id)]
    if len(partial) == 1:
        return partial[0]
    if partial:
        return Miss(ambiguous=True, ids=sorted(partial))
    # Names first, so that an id spelled like a name wins where both are close.
    folded = {fold(p.name): p.id for p in programmes} | {fold(p.id): p.id for p in programmes}
    close = difflib.get_close_matches(wanted, list(folded), n=SUGGESTIONS * 2, cutoff=0.5)
    return Miss(ambiguous=False, ids=list(dict.fromkeys(folded[c] for c in close))[:SUGGESTIONS])


def resolve(query: str, programmes: Sequence[Named]) -> str:
    """The id ``query`` names; a ``UsageError`` that lists the candidates otherwise."""
    found = find(query, programmes)
    if isinstance(found, str):
        return found
    if found.ambiguous:
        key = "lookup.ambiguous" if len(found.ids) <= CANDIDATES_SHOWN else "lookup.ambiguous_many"
        shown = ", ".join(found.ids[:CANDIDATES_SHOWN])
        raise UsageError(msg(key, query=query, count=len(found.ids), ids=shown))
    if found.ids:
        raise UsageError(msg("lookup.suggest", query=query, ids=", ".join(found.ids)))
    raise UsageError(msg("error.unknown_program", id=query))
