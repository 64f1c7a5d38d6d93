"""The region files in ``regions/`` next to the rubric, and the checks across all regions.

About a thousand Gemeinden, Samtgemeinden and Kreise do not belong in the rubric that staff edit
every day: ``regions/niedersachsen.tsv`` is generated from the Gemeindeverzeichnis of Destatis
(``scripts/regions_from_destatis.py``) and ``regions/areas.yaml`` holds the named areas such as
LEADER regions, edited by hand. Both are merged into the rubric's region vocabulary when the
rubric is loaded, so the rest of fundmatch sees one list.

The generated file is a tab-separated table, not YAML: composing YAML nodes for a thousand
regions took about 100 ms on every run, the table takes a few. Its problems are located by line
and column all the same.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from pydantic import ValidationError

from fundmatch.errors import DataError, Problem, display_path, os_reason
from fundmatch.i18n import Msg, msg
from fundmatch.models import Region, RegionFile, RegionKind, Rubric
from fundmatch.validation import error_message, to_model
from fundmatch.yamlio import YAML_SUFFIXES, Document, Loc, dotted, read_yaml

REGIONS_FOLDER = "regions"
TABLE_SUFFIX = ".tsv"
# The columns of a region table; aliases are separated by "|", empty cells mean "none".
COLUMNS = ("id", "name", "kind", "parent", "ags", "ars", "aliases")


class Where(Protocol):
    """Where a region was written, so that a problem with one of its fields names file:line:col."""

    def problem(self, field: tuple[str | int, ...], message: Msg) -> Problem: ...

    def line(self, seen_from: str) -> str: ...


@dataclass(frozen=True)
class InYaml:
    doc: Document
    loc: Loc

    def problem(self, field: tuple[str | int, ...], message: Msg) -> Problem:
        return self.doc.problem((*self.loc, *field), message)

    def line(self, seen_from: str) -> str:
        """Where this is, as told in a problem of the file ``seen_from``."""
        if seen_from == self.doc.file:
            return dotted(self.loc)
        return f"{self.doc.file}:{self.doc.position(self.loc)[0]}"


@dataclass(frozen=True)
class InTable:
    file: str
    row: int
    text: str  # the row itself: the column of a cell is worked out only for a problem

    def problem(self, field: tuple[str | int, ...], message: Msg) -> Problem:
        name = str(field[0]) if field else ""
        col = 1
        if name in COLUMNS:
            cells = self.text.split("\t")
            col += sum(len(cell) + 1 for cell in cells[: COLUMNS.index(name)])
        return Problem(self.file, self.row, col, name, message)

    def line(self, seen_from: str) -> str:
        return f"line {self.row}" if seen_from == self.file else f"{self.file}:{self.row}"


@dataclass(frozen=True)
class PlacedRegion:
    """A region with the file and position it came from."""

    region: Region
    where: Where


@dataclass(frozen=True)
class RegionFiles:
    regions: list[PlacedRegion]
    problems: list[Problem]
    digests: list[str]  # "name:digest" per file, for the rubric's fingerprint


def load_region_files(folder: Path) -> RegionFiles:
    """Every region file (YAML or table) in ``folder``, in name order; no folder means no files."""
    if not folder.is_dir():
        return RegionFiles([], [], [])
    placed: list[PlacedRegion] = []
    problems: list[Problem] = []
    digests: list[str] = []
    suffixes = (*YAML_SUFFIXES, TABLE_SUFFIX)
    for path in sorted(p for p in folder.iterdir() if p.suffix in suffixes and p.is_file()):
        try:
            found, file_problems, digest = (read_table if path.suffix == TABLE_SUFFIX else _read_yaml)(path)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        placed.extend(found)
        problems.extend(file_problems)
        digests.append(f"{path.name}:{digest}")
    return RegionFiles(placed, problems, digests)


def _read_yaml(path: Path) -> tuple[list[PlacedRegion], list[Problem], str]:
    doc = read_yaml(path)
    model, problems = to_model(RegionFile, doc)
    regions = model.regions if model is not None else []
    return [PlacedRegion(r, InYaml(doc, ("regions", i))) for i, r in enumerate(regions)], problems, doc.digest


def read_table(path: Path) -> tuple[list[PlacedRegion], list[Problem], str]:
    """A tab-separated region table: '#' comment lines, a header row naming COLUMNS, one region a row."""
    name = display_path(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        unread = Problem(name, 1, 1, "", msg("problem.cannot_read", reason=os_reason(exc)))
        raise DataError([unread]) from None
    except UnicodeDecodeError:
        raise DataError(
            [Problem(name, 1, 1, "", msg("problem.table_not_utf8"), (msg("hint.save_utf8"),))]
        ) from None
    placed: list[PlacedRegion] = []
    problems: list[Problem] = []
    header = False
    for row, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header:
            if tuple(cells) != COLUMNS:
                hint = msg("hint.table_header", columns=" ".join(COLUMNS))
                problems.append(Problem(name, row, 1, "", msg("problem.table_header"), (hint,)))
                break
            header = True
            continue
        where = InTable(name, row, line)
        if len(cells) != len(COLUMNS):
            message = msg("problem.table_cells", expected=len(COLUMNS), found=len(cells))
            problems.append(Problem(name, row, 1, "", message))
            continue
        data: dict[str, object] = {k: v for k, v in zip(COLUMNS, cells, strict=True) if v}
        if "aliases" in data:
            data["aliases"] = str(data["aliases"]).split("|")
        try:
            placed.append(PlacedRegion(Region.model_validate(data), where))
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                field = tuple(err["loc"][:1])
                if err["type"] == "missing":
                    problems.append(where.problem(field, msg("problem.table_empty_cell")))
                else:
                    problems.append(where.problem(field, error_message(err)[0]))
    return placed, problems, hashlib.sha256(raw).hexdigest()


def with_regions(rubric: Rubric, extra: list[Region]) -> Rubric:
    """The rubric with ``extra`` regions appended to its region vocabulary."""
    if not extra:
        return rubric
    vocabularies = rubric.vocabularies.model_copy(update={"regions": [*rubric.vocabularies.regions, *extra]})
    return rubric.model_copy(update={"vocabularies": vocabularies})


def region_problems(placed: list[PlacedRegion]) -> list[Problem]:
    """Ids unique, parents and members known, no cycles, keys that start with their parents' keys."""
    first: dict[str, PlacedRegion] = {}
    problems: list[Problem] = []
    for entry in placed:
        region_id = entry.region.id
        if region_id in first:
            problem = entry.where.problem(("id",), msg("problem.id_twice", id=region_id, where=""))
            message = msg("problem.id_twice", id=region_id, where=first[region_id].where.line(problem.file))
            problems.append(replace(problem, message=message))
        first.setdefault(region_id, entry)
    by_id = {r_id: entry.region for r_id, entry in first.items()}
    for entry in placed:
        problems += _reference_problems(entry, by_id)
        problems += _key_problems(entry, by_id)
    return problems


def _reference_problems(entry: PlacedRegion, by_id: dict[str, Region]) -> list[Problem]:
    region, where = entry.region, entry.where
    problems = []
    if region.parent is not None and region.parent not in by_id:
        problems.append(where.problem(("parent",), msg("problem.unknown_parent", region=region.parent)))
    for j, member in enumerate(region.members):
        if member not in by_id:
            problems.append(where.problem(("members", j), msg("problem.unknown_member", region=member)))
    if region.kind is RegionKind.AREA and not region.members:
        problems.append(where.problem((), msg("problem.area_no_members", region=region.id)))
    seen: set[str] = set()
    parent = region.parent
    while parent in by_id and parent not in seen:
        if parent == region.id:
            problems.append(where.problem(("parent",), msg("problem.own_ancestor", region=region.id)))
            break
        seen.add(parent)
        parent = by_id[parent].parent
    return problems


def _key_problems(entry: PlacedRegion, by_id: dict[str, Region]) -> list[Problem]:
    """A Gemeinde's AGS starts with its Kreis's AGS; so does its ARS (Amtlicher Regionalschlüssel)."""
    problems = []
    for field in ("ags", "ars"):
        key = getattr(entry.region, field)
        ancestor = _nearest_with(field, entry.region, by_id)
        if key is None or ancestor is None:
            continue
        outer = getattr(ancestor, field)
        if not key.startswith(outer) or key == outer:
            message = msg("problem.key_not_nested", field=field, value=key, outer=outer, region=ancestor.id)
            problems.append(entry.where.problem((field,), message))
    return problems


def _nearest_with(field: str, region: Region, by_id: dict[str, Region]) -> Region | None:
    seen: set[str] = set()
    parent = region.parent
    while parent is not None and parent in by_id and parent not in seen:
        seen.add(parent)
        if getattr(by_id[parent], field) is not None:
            return by_id[parent]
        parent = by_id[parent].parent
    return None
