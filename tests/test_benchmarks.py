"""The benchmark catalogue generator must keep producing valid, reproducible catalogues."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from fundmatch.catalogue import check_program_files, load_rubric, program_files
from tests.conftest import ROOT


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_catalogue_is_valid_and_deterministic(tmp_path: Path) -> None:
    generate = _generator().generate
    first = generate(40, tmp_path / "a")
    second = generate(40, tmp_path / "b")
    files = program_files(first)
    assert len(files) == 40
    assert [p.read_bytes() for p in files] == [p.read_bytes() for p in program_files(second)]
    rubric, _ = load_rubric(ROOT / "rubric.yaml")
    programs, _, problems = check_program_files(files, rubric)
    assert [str(p) for p in problems] == []
    assert len(programs) == 40
