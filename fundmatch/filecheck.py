"""Each programme file checked on its own: read, validated, its vocabulary and ratings checked.

What one file holds does not depend on the others (``catalogue`` checks across files: ids
taken twice), so a large catalogue is checked by worker processes, one share of the files
each: parsing 10,000 files is three quarters of a first run, and the machine's other
cores would sit idle. A worker hands its programmes back as validated JSON, which the
caller validates once more (a worker is a copy of this process: nothing else writes it).
Small catalogues, and systems without ``fork`` (a worker would first import fundmatch
again), are checked here.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path

from fundmatch import rules
from fundmatch.errors import DataError, Problem, capped, display_path, problem
from fundmatch.i18n import msg
from fundmatch.meant import Vocabularies, did_you_mean
from fundmatch.models import Program, Rubric, field_names
from fundmatch.validation import to_model, vocabulary_problems
from fundmatch.yamlio import Document, Loc, read_yaml

# From this many files on, worker processes share the work (starting them costs ~20 ms).
PARALLEL_FROM = 400
# Each worker is handed the files in this many parts: slow parts are balanced out, and after
# Ctrl-C only the parts already handed out (a fraction of a second) are finished.
PARTS_PER_WORKER = 16


@dataclass(frozen=True)
class FileCheck:
    """One programme file, checked on its own: its programme (None if it cannot be read as
    one), its digest, its problems and where its id stands (for an id taken twice)."""

    path: Path
    file: str  # as problems name it
    program: Program | None = None
    digest: str = ""
    problems: tuple[Problem, ...] = ()
    id_at: tuple[int, int] = (1, 1)


@dataclass(frozen=True)
class _Setting:
    rubric: Rubric
    vocab: Vocabularies
    curated: frozenset[str]


def checked_files(
    files: Sequence[Path], rubric: Rubric, vocab: Vocabularies, curated: frozenset[str]
) -> list[FileCheck]:
    """Every file checked, in the order given."""
    setting = _Setting(rubric, vocab, curated)
    workers = _workers()
    if len(files) < PARALLEL_FROM or workers < 2:
        return [check_file(path, setting) for path in files]
    import multiprocessing

    context = multiprocessing.get_context("fork")
    size = max(1, len(files) // (workers * PARTS_PER_WORKER))
    pool = ProcessPoolExecutor(workers, context, initializer=_start_worker, initargs=(setting,))
    try:
        # Each programme is validated again here as its part comes back, while the workers go on.
        return [
            replace(check, program=Program.model_validate_json(data)) if data is not None else check
            for check, data in pool.map(_check_in_worker, files, chunksize=size)
        ]
    except BrokenProcessPool:  # a worker was killed (out of memory, say): check the files here
        return [check_file(path, setting) for path in files]
    finally:
        pool.shutdown(cancel_futures=True)  # after Ctrl-C, only the parts already begun finish


def check_file(path: Path, setting: _Setting) -> FileCheck:
    """One file: its programme, or its problems."""
    name = display_path(path)
    if links_outside(path):
        hint = msg("hint.copy_into_catalogue")
        return FileCheck(path, name, problems=(problem(name, 1, 1, "", "problem.outside_catalogue", hint),))
    try:
        doc = read_yaml(path)
    except DataError as exc:
        return FileCheck(path, name, problems=tuple(exc.problems))
    program, found = to_model(Program, doc)
    found = vocabulary_problems(doc, rules.program_vocabulary(), setting.vocab, found)
    if program is None:
        return FileCheck(path, doc.file, problems=tuple(capped(found)))
    found += _rating_problems(program, doc, setting.rubric, setting.curated)
    found += _evidence_problems(program, doc)
    if program.id != path.stem:
        hint = msg("hint.rename", id=program.id)
        found.append(doc.problem(("id",), msg("problem.id_mismatch", id=program.id), hint))
    return FileCheck(path, doc.file, program, doc.digest, tuple(found), doc.top_position("id"))


def links_outside(path: Path) -> bool:
    """Whether ``path`` is a symbolic link that leads out of its folder. Such a file is not
    read: its lines would be echoed in problems (a link to a password file, say)."""
    if not path.is_symlink():
        return False
    folder = os.path.realpath(path.parent)
    return os.path.commonpath([folder, os.path.realpath(path)]) != folder


def _rating_problems(
    program: Program, doc: Document, rubric: Rubric, curated: frozenset[str]
) -> list[Problem]:
    problems = []
    low, high = rubric.scale.lowest, rubric.scale.highest
    for criterion_id, rating in program.ratings.items():
        loc: Loc = ("ratings", criterion_id)
        if criterion_id not in curated:
            hint = msg("hint.curated", ids=", ".join(sorted(curated)))
            problems.append(doc.problem(loc, msg("problem.not_curated", id=criterion_id), hint, at_key=True))
        elif not low <= rating.level <= high:
            message = msg("problem.level_outside", level=rating.level, low=low, high=high)
            problems.append(doc.problem((*loc, "level"), message))
    return problems


def _evidence_problems(program: Program, doc: Document) -> list[Problem]:
    """An ``evidence`` entry must name a fact: a misspelt one would never be shown as cited."""
    problems = []
    for fact in program.evidence:
        if fact not in _fact_paths():
            message = msg("problem.unknown_fact", fact=fact)
            problems.append(
                doc.problem(("evidence", fact), message, did_you_mean(fact, _fact_paths()), at_key=True)
            )
    return problems


@functools.cache
def _fact_paths() -> tuple[str, ...]:
    """The facts of a programme: its fields and theirs (``funding.max_eur``)."""
    return tuple(
        path
        for name in field_names(Program, ())
        for path in (name, *(f"{name}.{part}" for part in field_names(Program, (name,))))
    )


def _workers() -> int:
    """Worker processes to use: one per core this process may run on, where ``fork`` is safe
    to use (Linux; macOS has it, but its system libraries may not survive it)."""
    if not sys.platform.startswith("linux"):
        return 1
    return len(os.sched_getaffinity(0))


_setting: _Setting | None = None  # a worker's rubric and vocabularies


def _start_worker(setting: _Setting) -> None:
    global _setting
    _setting = setting
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def _check_in_worker(path: Path) -> tuple[FileCheck, str | None]:
    assert _setting is not None, "a worker starts with its setting"
    check = check_file(path, _setting)
    if check.program is None:
        return check, None
    return replace(check, program=None), check.program.model_dump_json()
