"""Benchmarks for fundmatch: start-up, the bundled catalogue, and catalogues of 1,000 and
10,000 synthetic programmes. Prints a Markdown table (paste it into BENCHMARKS.md).

    python benchmarks/run.py              # full run, a few minutes
    python benchmarks/run.py --quick      # fewer repetitions, for a first look
    python benchmarks/run.py --profile    # also cProfile the in-process steps at 10,000

Whole-process figures run fundmatch as a fresh process (``python -m fundmatch ...``, the
same code as the ``fundmatch`` script) and take the median wall time of several runs.
Each figure is set against a floor measured in the same run on the same machine:

- start-up: a bare ``python -c pass``;
- loading: parsing the same files with ``yaml.load(..., Loader=yaml.CSafeLoader)`` and
  nothing else (in-process; as a whole process for the command-line figures);
- memory: the peak resident set of a process holding the same files parsed that way.

Run it from anywhere with the Python that has fundmatch's dependencies; it puts the
repository on ``PYTHONPATH`` for its child processes.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate  # noqa: E402

ANSWERS = ROOT / "examples" / "frauencafe-uslar.yaml"
TODAY = "2026-11-25"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "COLUMNS": "120"}
for _var in ("FUNDMATCH_PROGRAMS", "FUNDMATCH_RUBRIC", "FUNDMATCH_LANG"):
    ENV.pop(_var, None)
PARSE_ONLY = (
    "import pathlib, sys, yaml\n"
    "data = [yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader)"
    " for p in sorted(pathlib.Path(sys.argv[1]).glob('*.yaml'))]\n"
)


@dataclass
class Row:
    what: str
    value: float | None  # seconds, or MB for memory rows
    unit: str  # "s" or "MB"
    floor: float | None = None
    floor_name: str = ""
    target: str = ""  # e.g. "≤ 0.15 s" or "≤ 1.3 × floor"
    met: bool | None = None
    ratio: float | None = None  # when not simply value / floor

    def cells(self) -> list[str]:
        def fmt(v: float | None) -> str:
            if v is None:
                return "–"
            return f"{v:.3f} s" if self.unit == "s" else f"{v:.0f} MB"

        ratio = self.ratio or (self.value / self.floor if self.value and self.floor else None)
        shown = f"{ratio:.2f} ×" if ratio else "–"
        floor = f"{fmt(self.floor)} ({self.floor_name})" if self.floor is not None else "–"
        met = {True: "met", False: "**not met**", None: "–"}[self.met]
        return [self.what, fmt(self.value), floor, shown, self.target or "–", met]


# --- measuring ----------------------------------------------------------------------------


def run_process(args: Sequence[str], *, expect: int = 0) -> tuple[float, float]:
    """Run a fresh process; return (wall seconds, peak resident set in MB)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err, env=ENV, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != expect:
            err.seek(0)
            message = err.read().decode(errors="replace")[-2000:]
            raise SystemExit(f"{' '.join(args)} exited with {proc.returncode}:\n{message}")
    return elapsed, usage.ru_maxrss / 1024  # Linux reports kilobytes


def median_process(
    args: Sequence[str], runs: int, *, expect: int = 0, warm_up: bool = True
) -> tuple[float, float]:
    """Median wall time and largest peak memory over ``runs`` runs, after one warm-up run."""
    if warm_up:
        run_process(args, expect=expect)
    results = [run_process(args, expect=expect) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def median_call(func: Callable[[], object], runs: int, *, warm_up: bool = True) -> float:
    if warm_up:  # imports, page cache
        func()
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fundmatch(*args: str) -> list[str]:
    return [sys.executable, "-m", "fundmatch", *args]


# --- the benchmark ------------------------------------------------------------------------


def whole_process(folders: dict[int, Path], runs: int, heavy_runs: int) -> tuple[list[Row], list[Row]]:
    """Timings of fresh processes, and the peak memory of the largest catalogue's runs."""
    rows, memory = [], []
    bare, _ = median_process([sys.executable, "-c", "pass"], runs)
    help_time, _ = median_process(fundmatch("--help"), runs)
    rows.append(
        Row("`fundmatch --help`", help_time, "s", bare, "python -c pass", "≤ 0.15 s", help_time <= 0.15)
    )
    match_args = ["match", "--answers", str(ANSWERS), "--date", TODAY]
    bundled, _ = median_process(fundmatch(*match_args), runs)
    what = "`match` frauencafe-uslar, bundled catalogue"
    rows.append(Row(what, bundled, "s", bare, "python -c pass", "≤ 0.4 s", bundled <= 0.4))
    for count, folder in folders.items():
        # The 10,000 runs take long; the parse-only run before them warms the page cache.
        n, warm = (heavy_runs, False) if count >= 10_000 else (runs, True)
        floor, floor_mb = median_process([sys.executable, "-c", PARSE_ONLY, str(folder)], n, warm_up=warm)
        validate, validate_mb = median_process(
            fundmatch("programs", "validate", str(folder)), n, warm_up=warm
        )
        rows.append(Row(f"`programs validate` {count:,}", validate, "s", floor, "process: parse only"))
        matched, matched_mb = median_process(
            fundmatch(*match_args, "--programs", str(folder)), n, warm_up=warm
        )
        rows.append(Row(f"`match` {count:,}", matched, "s", floor, "process: parse only"))
        if count >= 10_000:
            for what, value in (("`match`", matched_mb), ("`programs validate`", validate_mb)):
                memory.append(
                    Row(
                        f"peak memory, {what} {count:,}",
                        value,
                        "MB",
                        floor_mb,
                        "process: parse only",
                        "≤ 300 MB",
                        value <= 300,
                    )
                )
    return rows, memory


def hostile(tmp: Path, runs: int) -> Row:
    """One file just under the size limit with 150,000 unknown keys: every one is reported."""
    folder = tmp / "hostile"
    folder.mkdir()
    keys = "".join(f"key{i}: 1\n" for i in range(150_000))
    (folder / "hostile.yaml").write_text(f"id: hostile\nname: x\n{keys}", encoding="utf-8")
    size = (folder / "hostile.yaml").stat().st_size / 1e6
    floor, _ = median_process([sys.executable, "-c", PARSE_ONLY, str(folder)], runs)
    took, _ = median_process(fundmatch("programs", "validate", str(folder)), runs, expect=1)
    what = f"`programs validate` 1 file, {size:.1f} MB, 150,000 unknown keys"
    return Row(what, took, "s", floor, "process: parse only")


def in_process(folder: Path, runs: int) -> list[Row]:
    import yaml

    from fundmatch.answers import load_answers
    from fundmatch.catalogue import check_program_files, load_rubric, program_files
    from fundmatch.scoring import rank

    files = program_files(folder)
    count = len(files)
    rubric, _ = load_rubric(ROOT / "rubric.yaml")

    def parse() -> object:
        return [yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader) for p in files]

    def validate() -> object:
        programs, _, problems = check_program_files(files, rubric)
        assert not problems and len(programs) == count
        return programs

    # Alternate the two, so that drifting machine load hits both alike; the ratio is the
    # median of the per-pair ratios.
    parse()
    validate()
    pairs = [
        (median_call(parse, 1, warm_up=False), median_call(validate, 1, warm_up=False)) for _ in range(runs)
    ]
    floor = statistics.median(p for p, _ in pairs)
    loading = statistics.median(v for _, v in pairs)
    ratio = statistics.median(v / p for p, v in pairs)
    programs = validate()
    answers = load_answers(ANSWERS, rubric)
    today = dt.date.fromisoformat(TODAY)
    scoring = median_call(lambda: rank(programs, rubric, answers, today), runs)
    return [
        Row(
            f"load + validate {count:,} (in-process, {runs} alternating pairs)",
            loading,
            "s",
            floor,
            "CSafeLoader parse",
            "≤ 1.3 × floor",
            ratio <= 1.3,
            ratio=ratio,
        ),
        Row(f"`scoring.rank` {count:,}, one applicant", scoring, "s", target="≤ 0.2 s", met=scoring <= 0.2),
    ]


def library_memory(folder: Path, floor: Row) -> Row:
    """Peak memory of a process that only loads the catalogue and ranks it (no report)."""
    count = len(list(folder.glob("*.yaml")))
    library = (
        "import datetime, sys\n"
        "from pathlib import Path\n"
        "from fundmatch.answers import load_answers\n"
        "from fundmatch.catalogue import load_catalogue, resolve_paths\n"
        "from fundmatch.scoring import rank\n"
        "catalogue = load_catalogue(resolve_paths(Path(sys.argv[1]), None, {}))\n"
        "answers = load_answers(Path(sys.argv[2]), catalogue.rubric)\n"
        "rank(catalogue.programs, catalogue.rubric, answers, datetime.date(2026, 11, 25))\n"
    )
    _, loaded = run_process([sys.executable, "-c", library, str(folder), str(ANSWERS)])
    what = f"peak memory, load + rank {count:,} (library)"
    return Row(what, loaded, "MB", floor.floor, floor.floor_name, "≤ 300 MB", loaded <= 300)


def tracemalloc_breakdown(folder: Path) -> str:
    """Python-level peak allocations of loading and ranking (tracemalloc; slow, run once)."""
    from fundmatch.answers import load_answers
    from fundmatch.catalogue import load_catalogue, resolve_paths
    from fundmatch.scoring import rank

    tracemalloc.start()
    catalogue = load_catalogue(resolve_paths(folder, ROOT / "rubric.yaml", {}))
    _, peak_load = tracemalloc.get_traced_memory()
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    answers = load_answers(ANSWERS, catalogue.rubric)
    ranking = rank(catalogue.programs, catalogue.rubric, answers, dt.date.fromisoformat(TODAY))
    _, peak_rank = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del ranking
    mb = 1024 * 1024
    return (
        f"tracemalloc: loading peak {peak_load / mb:.0f} MB, catalogue held {held / mb:.0f} MB, "
        f"ranking peak {peak_rank / mb:.0f} MB"
    )


def report_rows(folder: Path, out: Path, runs: int) -> list[Row]:
    """A 50-programme report as PDF and as Markdown, each against the same `match`."""
    base = ["--answers", str(ANSWERS), "--date", TODAY, "--programs", str(folder)]
    matched, _ = median_process(fundmatch("match", *base), runs)
    rows = []
    for suffix, target in (("pdf", 0.5), ("md", None)):
        written, _ = median_process(fundmatch("report", *base, "-o", str(out / f"bericht.{suffix}")), runs)
        extra = written - matched
        rows.append(
            Row(
                f"`report` 50 programmes, .{suffix} (time beyond the same `match`)",
                extra,
                "s",
                matched,
                "`match` 50",
                f"≤ {target} s more" if target else "–",
                extra <= target if target else None,
            )
        )
    return rows


def profile(folder: Path) -> None:
    """cProfile of loading, ranking and the whole `match` command, top functions."""
    import contextlib

    from fundmatch.answers import load_answers
    from fundmatch.catalogue import load_catalogue, resolve_paths
    from fundmatch.cli import app
    from fundmatch.scoring import rank

    rubric = ROOT / "rubric.yaml"
    paths = resolve_paths(folder, rubric, {})
    today = dt.date.fromisoformat(TODAY)
    catalogue = load_catalogue(paths)
    answers = load_answers(ANSWERS, catalogue.rubric)
    args = ["match", "--answers", str(ANSWERS), "--date", TODAY, "--programs", str(folder)]

    def match() -> None:
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            app([*args, "--rubric", str(rubric)], standalone_mode=False)

    steps: list[tuple[str, Callable[[], object]]] = [
        ("load_catalogue", lambda: load_catalogue(paths)),
        ("scoring.rank", lambda: rank(catalogue.programs, catalogue.rubric, answers, today)),
        ("the `match` command in-process", match),
    ]
    for title, step in steps:
        profiler = cProfile.Profile()
        profiler.runcall(step)
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        total = stats.total_tt  # type: ignore[attr-defined]
        print(f"\n### cProfile: {title} ({total:.2f} s under the profiler)\n\n```")
        for order in ("tottime", "cumulative"):
            out.seek(0)
            out.truncate()
            stats.sort_stats(order).print_stats(15)
            print("\n".join(out.getvalue().splitlines()[6:]).rstrip())
        print("```")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import pydantic
    import yaml

    return (
        f"{cpu}, {os.cpu_count()} CPUs; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; pydantic {pydantic.VERSION}; PyYAML {yaml.__version__} "
        f"(libyaml {'yes' if getattr(yaml, '__with_libyaml__', False) else 'no'})"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (median); default 7")
    parser.add_argument("--heavy-runs", type=int, default=3, help="runs of 10,000-programme commands")
    parser.add_argument("--quick", action="store_true", help="3 runs, 1 heavy run")
    parser.add_argument("--profile", action="store_true", help="also print cProfile hot spots at 10,000")
    args = parser.parse_args(argv)
    runs, heavy = (3, 1) if args.quick else (args.runs, args.heavy_runs)

    with tempfile.TemporaryDirectory(prefix="fundmatch-bench-") as tmp:
        folders = {n: generate(n, Path(tmp) / str(n)) for n in (50, 1_000, 10_000)}
        print(f"Machine: {machine()}")
        print(f"Runs: median of {runs} (10,000 programmes: {heavy}) after one warm-up run\n")
        rows, memory = whole_process({n: f for n, f in folders.items() if n >= 1_000}, runs, heavy)
        rows += report_rows(folders[50], Path(tmp), runs)
        rows += in_process(folders[10_000], max(5, heavy))
        rows += [*memory, library_memory(folders[10_000], memory[0])]
        rows.append(hostile(Path(tmp), heavy))
        header = ["what", "median", "floor", "ratio", "target", "result"]
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" for _ in header) + "|")
        for row in rows:
            print("| " + " | ".join(row.cells()) + " |")
        print()
        print(tracemalloc_breakdown(folders[10_000]))
        if args.profile:
            profile(folders[10_000])


if __name__ == "__main__":
    main()
