"""Find, load and cross-check the catalogue (``programs/``) and the rubric (``rubric.yaml``)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from fundmatch import rules
from fundmatch.errors import DataError, Problem, UsageError, capped, display_path, os_reason
from fundmatch.gcpause import gc_paused
from fundmatch.i18n import Msg, msg
from fundmatch.meant import Vocabularies, did_you_mean
from fundmatch.models import Program, Rubric, Term
from fundmatch.regions import (
    REGIONS_FOLDER,
    InYaml,
    PlacedRegion,
    load_region_files,
    region_problems,
    with_regions,
)
from fundmatch.validation import error_message, to_model
from fundmatch.yamlio import YAML_SUFFIXES, Document, Loc, read_yaml

PROGRAMS_ENV = "FUNDMATCH_PROGRAMS"
RUBRIC_ENV = "FUNDMATCH_RUBRIC"
CURATED = "curated"  # the criterion kind whose levels programmes state under ratings:


def bundled_root() -> Path:
    """Where the bundled programmes and rubric live: inside the wheel, or the source tree."""
    packaged = Path(__file__).parent / "_data"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent


@dataclass(frozen=True)
class DataPaths:
    """The programme folder and rubric file in use, and where each choice came from."""

    programs: Path
    rubric: Path
    programs_origin: str  # "option", "environment", "discovered" or "bundled"
    rubric_origin: str


def discover_catalogue(start: Path | None = None) -> Path | None:
    """The nearest folder, from ``start`` (the working directory) upwards, that holds a
    catalogue (``rubric.yaml`` and ``programs/``), like git and ruff find their configuration.

    Staff edit the files of a checkout; an installed fundmatch must read those, not the
    copy inside site-packages."""
    here = Path(os.path.abspath(start if start is not None else Path.cwd()))
    for folder in (here, *here.parents):
        if (folder / "rubric.yaml").is_file() and (folder / "programs").is_dir():
            return folder
    return None


def resolve_paths(
    programs: Path | None = None,
    rubric: Path | None = None,
    env: Mapping[str, str] = os.environ,
    start: Path | None = None,
) -> DataPaths:
    """Which catalogue to read. Command-line options beat environment variables, which beat
    a catalogue found in the working directory or one of its parents (``start``), which
    beats the bundled files. The programme folder and the rubric are chosen separately."""
    found = discover_catalogue(start)
    root = bundled_root()
    # A checkout is both found and bundled (editable install): call it bundled then.
    discovered = found if found is not None and found.resolve() != root.resolve() else None

    def pick(option: Path | None, var: str, name: str) -> tuple[Path, str]:
        if option is not None:
            return option, "option"
        if env.get(var):
            return Path(env[var]), "environment"
        if discovered is not None:
            return discovered / name, "discovered"
        return root / name, "bundled"

    programs_path, programs_origin = pick(programs, PROGRAMS_ENV, "programs")
    rubric_path, rubric_origin = pick(rubric, RUBRIC_ENV, "rubric.yaml")
    return DataPaths(programs_path, rubric_path, programs_origin, rubric_origin)


def describe_paths(paths: DataPaths) -> Msg:
    """The status line naming the programme folder and rubric in use, and why."""
    return msg(
        "catalogue.paths",
        programs=display_path(paths.programs),
        origin=msg(f"origin.{paths.programs_origin}"),
        rubric=display_path(paths.rubric),
        rubric_origin=msg(f"origin.{paths.rubric_origin}"),
    )


def new_program_file(program_id: str, paths: DataPaths) -> Path:
    """Write ``<program_id>.yaml`` from the template into the programme folder in use;
    never over an existing file, and never into the copy installed with fundmatch."""
    from pydantic import TypeAdapter, ValidationError

    from fundmatch.models import Id
    from fundmatch.programfile import program_template

    try:
        TypeAdapter(Id).validate_python(program_id)
    except ValidationError:
        raise UsageError(msg("new.bad_id", id=program_id)) from None
    installed = Path(__file__).parent / "_data"
    if os.path.abspath(paths.programs).startswith(os.path.abspath(installed) + os.sep):
        raise UsageError(msg("new.not_in_package"))
    path = paths.programs / f"{program_id}.yaml"
    try:
        with path.open("x", encoding="utf-8") as out:
            out.write(program_template(program_id, paths.programs))
    except FileExistsError:
        raise UsageError(msg("new.exists", path=display_path(path))) from None
    except OSError as exc:
        raise UsageError(msg("new.cannot_write", path=display_path(path), reason=os_reason(exc))) from None
    return path


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


def input_files(catalogue: Catalogue, *others: Path) -> list[Path]:
    """Every file a run reads (``others``, the rubric, the programmes): an output file must
    not overwrite one of them."""
    return [*others, catalogue.paths.rubric, *program_files(catalogue.paths.programs)]


def _file(entry: os.DirEntry[str]) -> bool:
    try:
        return not entry.is_dir()
    except OSError:  # a symlink loop, say: read_yaml names the problem
        return True


def load_rubric(path: Path) -> tuple[Rubric, str]:
    """Load and check the rubric; return it with its content fingerprint."""
    if not path.exists():  # anything else that is no plain file, read_yaml names
        raise UsageError(msg("error.rubric_not_found", path=display_path(path)))
    doc = read_yaml(path)
    rubric, problems = to_model(Rubric, doc)
    if rubric is not None:
        rubric, region_problems, digest = _merge_region_files(rubric, doc, path)
        problems = rubric_problems(rubric, doc) + region_problems
    if problems or rubric is None:
        raise DataError(problems)
    return rubric, digest


def _merge_region_files(rubric: Rubric, doc: Document, path: Path) -> tuple[Rubric, list[Problem], str]:
    """Add the regions of ``regions/`` beside the rubric; check all regions together."""
    rubric_regions = rubric.vocabularies.regions
    folder = path.parent / REGIONS_FOLDER
    if not folder.is_dir() and not rubric_regions:  # a rubric copied on its own still knows every town
        folder = bundled_root() / REGIONS_FOLDER
    files = load_region_files(folder)
    own = [PlacedRegion(r, InYaml(doc, ("vocabularies", "regions", i))) for i, r in enumerate(rubric_regions)]
    merged = with_regions(rubric, [entry.region for entry in files.regions])
    digest = _combine([f"rubric:{doc.digest}", *files.digests]) if files.digests else doc.digest
    return merged, files.problems + region_problems([*own, *files.regions]), digest


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
    # Only a catalogue not in the cache is checked file by file: a warm run need not import
    # the checks (nor their worker pool).
    from fundmatch.filecheck import checked_files

    curated = frozenset(c.id for c in rubric.criteria if c.kind == CURATED)
    programs: list[Program] = []
    digests: list[str] = []
    problems: list[Problem] = []
    first_file: dict[str, str] = {}
    for check in checked_files(list(files), rubric, vocabularies(rubric), curated):
        program, found = check.program, list(check.problems)
        if program is None:
            problems.extend(found)
            continue
        if program.id in first_file:
            message = msg("problem.id_taken", id=program.id, file=first_file[program.id])
            found.append(Problem(check.file, *check.id_at, "id", message, (msg("hint.own_id"),)))
        first_file.setdefault(program.id, check.file)
        problems.extend(capped(found))
        if not found:
            programs.append(program)
            digests.append(f"{check.path.name}:{check.digest}")
    return programs, digests, problems


def vocabularies(rubric: Rubric) -> Vocabularies:
    """Every vocabulary of the rubric by name: each id with its names (its labels; a region's
    name and other names), so a hint can find "Niedersachsen" or "Begegnung" in them."""
    v = rubric.vocabularies
    terms: dict[str, Sequence[Term]] = {
        "legal_forms": v.legal_forms,
        "statuses": v.statuses,
        "themes": v.themes,
        "target_groups": v.target_groups,
        "cost_types": v.cost_types,
        "partner_kinds": v.partner_kinds,
    }
    result: Vocabularies = {
        name: {t.id: (t.label.de, t.label.en) for t in items} for name, items in terms.items()
    }
    result["regions"] = {r.id: (r.name, *r.aliases) for r in v.regions}
    return result


def rubric_problems(rubric: Rubric, doc: Document) -> list[Problem]:
    """Checks across the rubric that a schema cannot express."""
    problems: list[Problem] = []
    total = sum(c.weight for c in rubric.criteria)
    if abs(total - 100) > 1e-9:
        message = msg("problem.weights_sum", total=f"{total:g}")
        problems.append(doc.problem(("criteria",), message, msg("hint.adjust_weights")))
    levels = {lv.level for lv in rubric.scale.levels}
    for i, criterion in enumerate(rubric.criteria):
        missing = sorted(levels - set(criterion.anchors))
        extra = sorted(set(criterion.anchors) - levels)
        if missing or extra:
            message = (
                msg("problem.anchors_missing", levels=str(missing))
                if missing
                else msg("problem.anchors_extra", levels=str(extra))
            )
            problems.append(doc.problem(("criteria", i, "anchors"), message))
    problems += _kind_problems(rubric, doc)
    if not any(band.min_score == 0 for band in rubric.bands):
        problems.append(doc.problem(("bands",), msg("problem.no_band_zero"), msg("hint.add_band")))
    problems += _duplicate_ids(doc, "criteria", [c.id for c in rubric.criteria])
    problems += _duplicate_ids(doc, "gates", [g.id for g in rubric.gates])
    problems += _duplicate_ids(doc, "bands", [b.id for b in rubric.bands])
    for name in (
        "legal_forms",
        "statuses",
        "themes",
        "target_groups",
        "cost_types",
        "partner_kinds",
    ):
        items = getattr(rubric.vocabularies, name)
        problems += _duplicate_ids(doc, f"vocabularies.{name}", [t.id for t in items])
    for name in ("legal_forms", "statuses", "themes", "target_groups", "cost_types", "partner_kinds"):
        terms = getattr(rubric.vocabularies, name)
        ids = {term.id for term in terms}
        for i, term in enumerate(terms):
            for j, broader in enumerate(term.broader):
                if broader not in ids:
                    where: Loc = ("vocabularies", name, i, "broader", j)
                    message = msg("problem.unknown_term", term=broader)
                    problems.append(doc.problem(where, message, did_you_mean(broader, sorted(ids))))
    statuses = sorted(term.id for term in rubric.vocabularies.statuses)
    for i, form in enumerate(rubric.vocabularies.legal_forms):
        for j, status in enumerate(form.statuses or ()):
            if status not in statuses:
                where = ("vocabularies", "legal_forms", i, "statuses", j)
                message = msg("problem.unknown_term", term=status)
                problems.append(doc.problem(where, message, did_you_mean(status, statuses)))
    return problems


def _kind_problems(rubric: Rubric, doc: Document) -> list[Problem]:
    """Every gate and criterion names a registered kind of its type, with valid parameters."""
    problems: list[Problem] = []
    entries = [("gates", i, g.kind, g.params) for i, g in enumerate(rubric.gates)]
    entries += [("criteria", i, c.kind, c.params) for i, c in enumerate(rubric.criteria)]
    for section, i, kind, params in entries:
        type_ = "gate" if section == "gates" else "criterion"
        known = rules.kinds(type_)
        if kind not in known:
            hint = did_you_mean(kind, known) or msg("hint.known", names=", ".join(known))
            message = msg("problem.unknown_kind", kind=kind, type=msg(f"kind.{type_}"))
            problems.append(doc.problem((section, i, "kind"), message, hint))
            continue
        model = rules.rule_for(kind).params
        try:
            model.model_validate(params)
        except ValidationError as exc:
            for error in exc.errors():
                loc: Loc = (section, i, "params", *error["loc"])
                if error["type"] == "extra_forbidden":
                    message = msg("problem.unknown_param_for_kind", name=str(error["loc"][-1]), kind=kind)
                    names = msg("hint.known", names=", ".join(model.model_fields) or msg("known.none"))
                    problems.append(doc.problem(loc, message, names, at_key=True))
                else:
                    # The hints speak of programme facts ("or null when unknown"); a parameter
                    # always needs a value, so its message stands alone.
                    problems.append(doc.problem(loc, error_message(error)[0]))
    return problems


def _duplicate_ids(doc: Document, where: str, ids: list[str]) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    loc_base: Loc = tuple(where.split("."))
    for i, item in enumerate(ids):
        if item in seen:
            message = msg("problem.id_twice", id=item, where=f"{where}[{seen[item]}]")
            problems.append(doc.problem((*loc_base, i, "id"), message))
        seen.setdefault(item, i)
    return problems


def _combine(digests: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(digests)).encode()).hexdigest()[:16]
