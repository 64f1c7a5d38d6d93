"""Find, load and cross-check the catalogue (``programs/``) and the rubric (``rubric.yaml``)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from fundmatch.errors import DataError, Problem, UsageError, capped, display_path
from fundmatch.gcpause import gc_paused
from fundmatch.i18n import msg
from fundmatch.models import DEFAULT_PARAMS, CriterionKind, Program, Region, RegionKind, Rubric
from fundmatch.validation import did_you_mean, to_model, vocabulary_problems
from fundmatch.yamlio import Document, Loc, read_yaml

PROGRAMS_ENV = "FUNDMATCH_PROGRAMS"
RUBRIC_ENV = "FUNDMATCH_RUBRIC"
YAML_SUFFIXES = (".yaml", ".yml")

# Which fields of a programme draw their ids from which vocabulary.
PROGRAM_VOCABULARY: tuple[tuple[Loc, str], ...] = (
    (("themes",), "themes"),
    (("target_groups",), "target_groups"),
    (("applicants", "legal_forms"), "legal_forms"),
    (("applicants", "statuses"), "statuses"),
    (("funding", "eligible_costs"), "cost_types"),
    (("regions",), "regions"),
)


def bundled_root() -> Path:
    """Where the bundled programmes and rubric live: inside the wheel, or the source tree."""
    packaged = Path(__file__).parent / "_data"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent


@dataclass(frozen=True)
class DataPaths:
    """The programme folder and rubric file in use, and where each choice came from."""

    programs: Path
    rubric: Path
    programs_origin: str  # "option", "environment" or "bundled"
    rubric_origin: str


def resolve_paths(
    programs: Path | None = None, rubric: Path | None = None, env: Mapping[str, str] = os.environ
) -> DataPaths:
    """Command-line options beat environment variables, which beat the bundled files."""

    def pick(option: Path | None, var: str, bundled: Path) -> tuple[Path, str]:
        if option is not None:
            return option, "option"
        if env.get(var):
            return Path(env[var]), "environment"
        return bundled, "bundled"

    root = bundled_root()
    programs_path, programs_origin = pick(programs, PROGRAMS_ENV, root / "programs")
    rubric_path, rubric_origin = pick(rubric, RUBRIC_ENV, root / "rubric.yaml")
    return DataPaths(programs_path, rubric_path, programs_origin, rubric_origin)


@dataclass(frozen=True)
class Catalogue:
    """Validated programmes and rubric, with content fingerprints for reproducibility."""

    programs: tuple[Program, ...]
    rubric: Rubric
    paths: DataPaths
    fingerprint: str
    rubric_fingerprint: str

    def get(self, program_id: str) -> Program:
        for program in self.programs:
            if program.id == program_id:
                return program
        raise UsageError(msg("error.unknown_program", id=program_id))


def program_files(directory: Path) -> list[Path]:
    """The YAML files of a programme folder, sorted by name; other files are ignored."""
    if not directory.is_dir():
        raise UsageError(msg("error.programs_not_found", path=display_path(directory)))
    # scandir knows each entry's type without a stat, and names sort faster than paths.
    with os.scandir(directory) as entries:
        names = sorted(e.name for e in entries if os.path.splitext(e.name)[1] in YAML_SUFFIXES and _file(e))
    return [directory / name for name in names]


def _file(entry: os.DirEntry[str]) -> bool:
    try:
        return not entry.is_dir()
    except OSError:  # a symlink loop, say: read_yaml names the problem
        return True


def load_rubric(path: Path) -> tuple[Rubric, str]:
    """Load and check the rubric; return it with its content fingerprint."""
    if not path.is_file():
        raise UsageError(msg("error.rubric_not_found", path=display_path(path)))
    doc = read_yaml(path)
    rubric, problems = to_model(Rubric, doc)
    if rubric is not None:
        problems = rubric_problems(rubric, doc)
    if problems or rubric is None:
        raise DataError(problems)
    return rubric, doc.digest


def load_catalogue(paths: DataPaths) -> Catalogue:
    """Load the rubric and every programme; raise one DataError with all problems found.
    An unchanged catalogue comes from the compiled cache (see fundmatch/cache.py)."""
    from fundmatch.cache import cached_catalogue

    files = program_files(paths.programs)
    return cached_catalogue(paths, files, lambda: _load_catalogue(paths, files))


def _load_catalogue(paths: DataPaths, files: list[Path]) -> Catalogue:
    rubric, rubric_digest = load_rubric(paths.rubric)
    programs, digests, problems = check_program_files(files, rubric)
    if problems:
        raise DataError(problems)
    ordered = tuple(sorted(programs, key=lambda p: p.id))
    return Catalogue(ordered, rubric, paths, _combine(digests), rubric_digest)


def check_program_files(
    files: Iterable[Path], rubric: Rubric
) -> tuple[list[Program], list[str], list[Problem]]:
    """Validate programme files against the rubric; collect problems instead of stopping."""
    with gc_paused():
        return _check_program_files(files, rubric)


def _check_program_files(
    files: Iterable[Path], rubric: Rubric
) -> tuple[list[Program], list[str], list[Problem]]:
    vocab = vocabularies(rubric)
    curated = {c.id for c in rubric.criteria if c.kind is CriterionKind.CURATED}
    programs: list[Program] = []
    digests: list[str] = []
    problems: list[Problem] = []
    first_file: dict[str, str] = {}
    for path in files:
        try:
            doc = read_yaml(path)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        program, found = to_model(Program, doc)
        found += vocabulary_problems(doc, PROGRAM_VOCABULARY, vocab, found)
        if program is None:
            problems.extend(capped(found))
            continue
        found += _rating_problems(program, doc, rubric, curated)
        if program.id != path.stem:
            hint = f"rename the file to {program.id}.yaml or change the id"
            found.append(doc.problem(("id",), f"id '{program.id}' does not match the file name", hint))
        if program.id in first_file:
            message = f"id '{program.id}' is already used by {first_file[program.id]}"
            found.append(doc.problem(("id",), message, "every programme needs its own id"))
        first_file.setdefault(program.id, doc.file)
        problems.extend(capped(found))
        if not found:
            programs.append(program)
            digests.append(f"{path.name}:{doc.digest}")
    return programs, digests, problems


def _rating_problems(program: Program, doc: Document, rubric: Rubric, curated: set[str]) -> list[Problem]:
    problems = []
    low, high = rubric.scale.lowest, rubric.scale.highest
    for criterion_id, rating in program.ratings.items():
        loc: Loc = ("ratings", criterion_id)
        if criterion_id not in curated:
            hint = f"rated criteria: {', '.join(sorted(curated))}"
            problems.append(
                doc.problem(loc, f"'{criterion_id}' is not a curated criterion", hint, at_key=True)
            )
        elif not low <= rating.level <= high:
            message = f"level {rating.level} is outside the scale {low}–{high}"
            problems.append(doc.problem((*loc, "level"), message))
    return problems


def vocabularies(rubric: Rubric) -> dict[str, set[str]]:
    """Every vocabulary of the rubric as a set of ids, by vocabulary name."""
    v = rubric.vocabularies
    terms = {
        "legal_forms": v.legal_forms,
        "statuses": v.statuses,
        "themes": v.themes,
        "target_groups": v.target_groups,
        "cost_types": v.cost_types,
    }
    result = {name: {t.id for t in items} for name, items in terms.items()}
    result["regions"] = {r.id for r in v.regions}
    return result


def rubric_problems(rubric: Rubric, doc: Document) -> list[Problem]:
    """Checks across the rubric that a schema cannot express."""
    problems: list[Problem] = []
    total = sum(c.weight for c in rubric.criteria)
    if abs(total - 100) > 1e-9:
        problems.append(
            doc.problem(("criteria",), f"weights sum to {total:g}, not 100", "adjust the weights")
        )
    levels = {lv.level for lv in rubric.scale.levels}
    for i, criterion in enumerate(rubric.criteria):
        missing = sorted(levels - set(criterion.anchors))
        extra = sorted(set(criterion.anchors) - levels)
        if missing or extra:
            detail = f"missing {missing}" if missing else f"not on the scale: {extra}"
            problems.append(
                doc.problem(("criteria", i, "anchors"), f"anchors must cover every level ({detail})")
            )
        allowed = DEFAULT_PARAMS[criterion.kind]
        for name, value in criterion.params.items():
            loc: Loc = ("criteria", i, "params", name)
            if name not in allowed:
                known = ", ".join(allowed) or "none"
                problems.append(
                    doc.problem(
                        loc,
                        f"unknown parameter '{name}' for kind {criterion.kind}",
                        f"known: {known}",
                        at_key=True,
                    )
                )
            elif not _same_kind(value, allowed[name]):
                problems.append(doc.problem(loc, f"parameter '{name}' must be like {allowed[name]!r}"))
    if not any(band.min_score == 0 for band in rubric.bands):
        problems.append(doc.problem(("bands",), "no band starts at 0", "add a band with min_score: 0"))
    problems += _duplicate_ids(doc, "criteria", [c.id for c in rubric.criteria])
    problems += _duplicate_ids(doc, "gates", [g.id for g in rubric.gates])
    problems += _duplicate_ids(doc, "bands", [b.id for b in rubric.bands])
    for name in ("legal_forms", "statuses", "themes", "target_groups", "cost_types", "regions"):
        items = getattr(rubric.vocabularies, name)
        problems += _duplicate_ids(doc, f"vocabularies.{name}", [t.id for t in items])
    for name in ("legal_forms", "statuses", "themes", "target_groups", "cost_types"):
        terms = getattr(rubric.vocabularies, name)
        ids = {term.id for term in terms}
        for i, term in enumerate(terms):
            for j, broader in enumerate(term.broader):
                if broader not in ids:
                    where: Loc = ("vocabularies", name, i, "broader", j)
                    problems.append(
                        doc.problem(where, f"unknown term '{broader}'", did_you_mean(broader, sorted(ids)))
                    )
    problems += _region_problems(rubric.vocabularies.regions, doc)
    return problems


def _same_kind(value: object, default: object) -> bool:
    """Whether a rubric parameter has the type of its default (a number, text, flag, list)."""

    def number(x: object) -> bool:
        return isinstance(x, int | float) and not isinstance(x, bool)

    if isinstance(default, list):
        return isinstance(value, list) and all(number(item) for item in value)
    if number(default):
        return number(value)
    return type(value) is type(default)


def _duplicate_ids(doc: Document, where: str, ids: list[str]) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    loc_base: Loc = tuple(where.split("."))
    for i, item in enumerate(ids):
        if item in seen:
            message = f"id '{item}' is used twice (first at {where}[{seen[item]}])"
            problems.append(doc.problem((*loc_base, i, "id"), message))
        seen.setdefault(item, i)
    return problems


def _region_problems(regions: list[Region], doc: Document) -> list[Problem]:
    by_id = {r.id: r for r in regions}
    problems = []
    for i, region in enumerate(regions):
        loc: Loc = ("vocabularies", "regions", i)
        if region.parent is not None and region.parent not in by_id:
            problems.append(doc.problem((*loc, "parent"), f"unknown parent region '{region.parent}'"))
        for j, member in enumerate(region.members):
            if member not in by_id:
                problems.append(doc.problem((*loc, "members", j), f"unknown member region '{member}'"))
        if region.kind is RegionKind.AREA and not region.members:
            problems.append(doc.problem(loc, f"named area '{region.id}' has no members"))
        seen: set[str] = set()
        parent = region.parent
        while parent in by_id and parent not in seen:
            if parent == region.id:
                problems.append(doc.problem((*loc, "parent"), f"region '{region.id}' is its own ancestor"))
                break
            seen.add(parent)
            parent = by_id[parent].parent
    return problems


def _combine(digests: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(digests)).encode()).hexdigest()[:16]
