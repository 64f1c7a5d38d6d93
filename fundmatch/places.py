"""Find a town by what a person types: part of its name, a usual short form, or a near miss.

"Nörten", "noerten" and "Norten" find Nörten-Hardenberg; "Osterode" finds Osterode am Harz,
"Hannoversch Münden" finds Hann. Münden (an alias in the region data), and "Einbek" is answered
with Einbeck when nothing else fits. Equal names (five Gemeinden are called Neuenkirchen) are told
apart by their Landkreis in ``place_label``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from fundmatch.models import Region, RegionKind

# The kinds a sponsor can be located in, towns first.
PLACE_ORDER = {
    RegionKind.GEMEINDE: 0,
    RegionKind.KREISFREIE_STADT: 1,
    RegionKind.SAMTGEMEINDE: 2,
    RegionKind.LANDKREIS: 3,
    RegionKind.LAND: 4,
}
KREIS_KINDS = (RegionKind.LANDKREIS, RegionKind.KREISFREIE_STADT)
TYPO_CUTOFF = 0.8  # difflib ratio; "einbek" ~ "einbeck" is 0.92, unrelated names stay below
# Words people put around a place's name that the name lacks: "Stadt Northeim", "Gemeinde
# Kalefeld", "Northeim (Stadt)". Tried without them only when the whole text finds nothing.
KIND_WORDS = frozenset({"stadt", "gemeinde", "flecken", "samtgemeinde", "einheitsgemeinde", "kreisstadt"})


def fold(text: str, *, loose: bool = False) -> str:
    """A spelling key: no case, umlauts as ae/oe/ue, ß as ss, punctuation as space.

    ``loose`` also writes ae/oe/ue as a/o/u, so "Gottingen" finds Göttingen; it is tried only when
    the strict key finds nothing, because "nört" should find Nörten and not Northeim."""
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    if loose:
        text = text.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@dataclass(frozen=True)
class _Place:
    region: Region
    strict: tuple[str, ...]  # the folded name and aliases
    loose: tuple[str, ...]

    def keys(self, loose: bool) -> tuple[str, ...]:
        return self.loose if loose else self.strict


def _places(regions: Sequence[Region]) -> list[_Place]:
    places = []
    for region in regions:
        if region.kind in PLACE_ORDER:
            names = (region.name, *region.aliases)
            strict = tuple(fold(name) for name in names)
            places.append(_Place(region, strict, tuple(fold(name, loose=True) for name in names)))
    return places


def _ordered(found: list[_Place]) -> list[Region]:
    found = sorted(found, key=lambda p: (PLACE_ORDER[p.region.kind], p.strict[0], p.region.id))
    return [p.region for p in found]


def _is(key: str, wanted: str) -> bool:
    return key == wanted


def _starts(key: str, wanted: str) -> bool:
    """The name or one of its words begins with ``wanted`` ("Osterode", "Münden")."""
    return f" {key}".find(f" {wanted}") >= 0


def _contains(key: str, wanted: str) -> bool:
    return wanted in key


def find_places(text: str, regions: Sequence[Region]) -> list[Region]:
    """The places that fit ``text`` best: the same name, else names or words that start with it,
    else names that contain it (each spelled strictly, then loosely), else the names closest to
    it (a typo). Towns come first."""
    if not fold(text):
        return []
    places = _places(regions)
    typed_id = text.strip().lower()
    by_id = [p for p in places if p.region.id == typed_id]
    if by_id:
        return _ordered(by_id)
    for test in (_is, _starts, _contains):
        for loose in (False, True):
            wanted = fold(text, loose=loose)
            found = [p for p in places if any(test(key, wanted) for key in p.keys(loose))]
            if found:
                return _ordered(found)
    bare = " ".join(word for word in fold(text).split() if word not in KIND_WORDS)
    if bare and bare != fold(text):
        return find_places(bare, regions)
    return suggest_places(text, regions)


def suggest_places(text: str, regions: Sequence[Region], limit: int = 5) -> list[Region]:
    """The places whose names are closest to ``text``, for a typo such as "Einbek"."""
    wanted = fold(text, loose=True)
    by_key: dict[str, list[_Place]] = {}
    for place in _places(regions):
        for key in place.loose:
            by_key.setdefault(key, []).append(place)
    close = difflib.get_close_matches(wanted, list(by_key), n=limit, cutoff=TYPO_CUTOFF)
    seen: dict[str, Region] = {}
    for key in close:  # closest first, as difflib ranks them
        for place in sorted(by_key[key], key=lambda p: PLACE_ORDER[p.region.kind]):
            seen.setdefault(place.region.id, place.region)
    return list(seen.values())[:limit]


def place_label(region: Region, regions: Sequence[Region]) -> str:
    """The name, with its Landkreis when another place has the same name: "Neuenkirchen (Landkreis Stade)"."""
    names = Counter(r.name for r in regions if r.kind in PLACE_ORDER)
    if names[region.name] < 2:
        return region.name
    kreis = kreis_of(region, regions)
    return f"{region.name} ({kreis.name})" if kreis is not None and kreis.id != region.id else region.name


def kreis_of(region: Region, regions: Sequence[Region]) -> Region | None:
    """The Landkreis or kreisfreie Stadt a region lies in (itself if it is one)."""
    by_id = {r.id: r for r in regions}
    current: Region | None = region
    seen: set[str] = set()
    while current is not None and current.id not in seen:
        if current.kind in KREIS_KINDS:
            return current
        seen.add(current.id)
        current = by_id.get(current.parent or "")
    return None
