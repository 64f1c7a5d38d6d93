"""The benchmarks must keep working: the catalogue generator stays valid and reproducible, and
the runner's verdicts, limits and BENCHMARKS.md writing do what they say. (The figures
themselves come from ``python benchmarks/run.py``; CI runs its ``--quick`` mode.)"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from fundmatch.catalogue import check_program_files, load_rubric, program_files
from tests.conftest import ROOT


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _load("run")


def test_generated_catalogue_is_valid_and_deterministic(tmp_path: Path) -> None:
    generate = _load("generate").generate
    first = generate(40, tmp_path / "a")
    second = generate(40, tmp_path / "b")
    files = program_files(first)
    assert len(files) == 40
    assert [p.read_bytes() for p in files] == [p.read_bytes() for p in program_files(second)]
    rubric, _ = load_rubric(ROOT / "rubric.yaml")
    programs, _, problems = check_program_files(files, rubric)
    assert [str(p) for p in problems] == []
    assert len(programs) == 40


def test_verdicts_against_relative_and_absolute_targets(bench: ModuleType) -> None:
    Row, Target = bench.Row, bench.Target
    assert Row("a", 0.5, "s", 0.1, "floor", Target(6, True)).met is True
    assert Row("b", 0.7, "s", 0.1, "floor", Target(6, True)).met is False
    assert Row("c", 280, "MB", 130, "floor", Target(300, False)).met is True
    assert Row("d", 320, "MB", None, "", Target(300, False)).met is False
    assert Row("e", 0.7, "s", 0.1, "floor").met is None  # no target, no verdict
    stopped = Row("f", None, "s", 5.0, "floor", Target(0.3, True), "stopped after 120 s")
    assert stopped.met is False
    assert stopped.cells()[1] == "stopped after 120 s"
    assert Row("g", 9.0, "s", 1.0, "floor", Target(0.3, True), judged=False).met is None


def test_table_cells(bench: ModuleType) -> None:
    row = bench.Row("`match` 10,000, warm cache", 1.234, "s", 4.936, "parse", bench.Target(0.25, True))
    assert row.cells()[1:] == ["1.234 s", "4.936 s (parse)", "0.25 ×", "≤ 0.25 ×", "met"]
    memory = bench.Row("peak", 412.4, "MB", 130.0, "parse", bench.Target(300, False))
    assert memory.cells()[1:] == ["412 MB", "130 MB (parse)", "3.17 ×", "≤ 300 MB", "**not met**"]


def test_results_go_between_the_markers(bench: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(f"# B\n\nprose before\n\n{bench.MARK_START}\nold\n{bench.MARK_END}\n\nprose after\n")
    bench.write_results(path, "| new |")
    text = path.read_text()
    assert "old" not in text
    assert text == f"# B\n\nprose before\n\n{bench.MARK_START}\n| new |\n{bench.MARK_END}\n\nprose after\n"
    bench.write_results(path, "| newer |")
    assert "| new |" not in path.read_text() and path.read_text().count(bench.MARK_START) == 1


def test_results_without_markers_keep_the_text(bench: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "BENCHMARKS.md"
    path.write_text("hand-written notes\n")
    bench.write_results(path, "| t |")
    text = path.read_text()
    assert text.index(bench.MARK_START) < text.index("| t |") < text.index(bench.MARK_END)
    assert text.endswith("hand-written notes\n")


def test_a_slow_child_is_stopped_and_reported(bench: ModuleType, tmp_path: Path) -> None:
    runner = bench.Runner(tmp_path, timeout=0.5, memory_mb=4096)
    measured = runner.median([sys.executable, "-c", "import time; time.sleep(30)"], 3)
    assert measured.seconds is None
    assert measured.stopped == "stopped after 0.5 s"


def test_a_child_over_the_memory_limit_is_reported(bench: ModuleType, tmp_path: Path) -> None:
    runner = bench.Runner(tmp_path, timeout=60, memory_mb=300)
    measured = runner.median([sys.executable, "-c", "x = bytearray(600 * 1024 * 1024)"], 1)
    assert measured.seconds is None
    assert measured.stopped == "stopped above 300 MB"


def test_a_failing_child_ends_the_run(bench: ModuleType, tmp_path: Path) -> None:
    runner = bench.Runner(tmp_path, timeout=60, memory_mb=4096)
    with pytest.raises(SystemExit, match="exited with 3"):
        runner.once([sys.executable, "-c", "raise SystemExit(3)"])


def test_warm_figures_need_a_written_cache(bench: ModuleType, tmp_path: Path) -> None:
    runner = bench.Runner(tmp_path, timeout=60, memory_mb=4096)
    with pytest.raises(SystemExit, match="no compiled catalogue"):
        runner.check_cached()
