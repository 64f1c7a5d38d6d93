"""Benchmarks for fundmatch (issues 10 and 16): start-up, the compiled catalogue cache, scoring,
``explain``, ``--top`` and peak memory, each set against a floor measured in the same run.

    python benchmarks/run.py              # full run (1,000 and 10,000 programmes), ~8 minutes;
                                          # writes its table into BENCHMARKS.md
    python benchmarks/run.py --quick      # 20 and 50 programmes, one run each, no verdicts:
                                          # checks that every benchmark still works (CI runs it)
    python benchmarks/run.py --profile    # also cProfile the in-process steps

Whole-process figures run fundmatch as the installed ``fundmatch`` script does (``SCRIPT``), as
fresh processes and take the median wall time; peak memory is the child's ``ru_maxrss``.
Floors, measured in the same run, because the shared machine's speed drifts by ±15 %:

- start-up: a bare ``python -c pass``;
- the catalogue: a process that only parses the same files with PyYAML's ``CSafeLoader``;
- ``explain`` and ``--top``: ``match`` on the same catalogue.

The children get a cache folder of their own (``XDG_CACHE_HOME``; Linux): *cold* runs start
without a cached catalogue (and write one), *warm* runs find it. Every child is stopped after
``--timeout`` seconds or above ``--memory-limit`` MB, so a slow command shows as "stopped"
instead of stalling the run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate  # noqa: E402

ANSWERS = ROOT / "examples" / "frauencafe-uslar.yaml"
TODAY = "2026-11-25"
MARK_START = "<!-- benchmarks/run.py: results start -->"
MARK_END = "<!-- benchmarks/run.py: results end -->"
PARSE_ONLY = (
    "import pathlib, sys, yaml\n"
    "data = [yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader)"
    " for p in sorted(pathlib.Path(sys.argv[1]).glob('*.yaml'))]\n"
)

# The libraries a `match` needs, doing nothing: typer parses one option (it builds a pydantic
# adapter per parameter), rich draws a table, PyYAML is there. fundmatch's own start-up is
# what `match` takes beyond this.
# The least a command on fundmatch's stack does: one option, a YAML file read into a pydantic
# model, one table printed. What this takes, fundmatch's own work cannot undercut.
LIBRARIES_ONLY = (
    "import pathlib, sys, pydantic, yaml, typer, rich.console, rich.table\n"
    "class Answers(pydantic.BaseModel, extra='allow'):\n"
    "    project: dict[str, str | None] = {}\n"
    "app = typer.Typer()\n"
    "@app.command()\n"
    "def main(answers: pathlib.Path = pathlib.Path()) -> None:\n"
    "    data = yaml.load(answers.read_bytes(), Loader=yaml.CSafeLoader)\n"
    "    title = Answers.model_validate(data).project.get('title') or ''\n"
    "    rich.console.Console().print(rich.table.Table(title))\n"
    "app(['--answers', sys.argv[1]], standalone_mode=False)\n"
)


@dataclass(frozen=True)
class Target:
    limit: float
    relative: bool  # True: at most ``limit`` × the floor; False: at most ``limit`` in the row's unit

    def text(self, unit: str) -> str:
        return f"≤ {self.limit:g} ×" if self.relative else f"≤ {self.limit:g} {unit}"


@dataclass
class Row:
    what: str
    value: float | None  # seconds, or MB for memory rows; None: the command did not finish
    unit: str  # "s" or "MB"
    floor: float | None = None
    floor_name: str = ""
    target: Target | None = None
    stopped: str = ""  # why there is no value ("stopped after 120 s")
    judged: bool = True  # False in --quick mode: figures only, no verdicts

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    @property
    def met(self) -> bool | None:
        if self.target is None or not self.judged:
            return None
        if self.value is None:
            return False
        measured = self.ratio if self.target.relative else self.value
        return measured is not None and measured <= self.target.limit

    def cells(self) -> list[str]:
        def fmt(v: float | None) -> str:
            if v is None:
                return "–"
            return f"{v:.3f} s" if self.unit == "s" else f"{v:.0f} MB"

        value = self.stopped if self.value is None else fmt(self.value)
        floor = f"{fmt(self.floor)} ({self.floor_name})" if self.floor is not None else "–"
        ratio = f"{self.ratio:.2f} ×" if self.ratio is not None else "–"
        target = self.target.text(self.unit) if self.target else "–"
        met = {True: "met", False: "**not met**", None: "–"}[self.met]
        return [self.what, value, floor, ratio, target, met]


def table(rows: Sequence[Row]) -> str:
    header = ["what", "measured", "floor", "ratio", "target", "met?"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


@dataclass(frozen=True)
class Plan:
    small: int
    large: int
    runs: int
    heavy_runs: int
    judged: bool


# --- running processes --------------------------------------------------------------------


@dataclass(frozen=True)
class Measured:
    seconds: float | None  # median wall time; None when a run was stopped
    peak_mb: float  # the largest peak resident set of the runs
    stopped: str = ""


class Runner:
    """Runs fresh processes with a private cache folder, a time limit and a memory limit."""

    def __init__(self, tmp: Path, timeout: float, memory_mb: int) -> None:
        self.cache_home = tmp / "xdg-cache"
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "COLUMNS": "120"}
        self.env["XDG_CACHE_HOME"] = str(self.cache_home)
        # PYTHONDONTWRITEBYTECODE would make every child compile fundmatch again (40 ms of a
        # bundled match); an installed fundmatch has its bytecode (see compile_bytecode).
        drop = (
            "FUNDMATCH_PROGRAMS",
            "FUNDMATCH_RUBRIC",
            "FUNDMATCH_LANG",
            "FUNDMATCH_NO_CACHE",
            "PYTHONDONTWRITEBYTECODE",
        )
        for var in drop:
            self.env.pop(var, None)

    def once(self, args: Sequence[str], *, expect: int = 0) -> tuple[float | None, float, str]:
        """One run: (wall seconds or None if stopped, peak resident set in MB, why stopped)."""
        limit = self.memory_mb * 1024 * 1024

        def cap_memory() -> None:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

        with tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            proc = subprocess.Popen(
                args, stdout=subprocess.DEVNULL, stderr=err, env=self.env, cwd=ROOT, preexec_fn=cap_memory
            )
            timer = threading.Timer(self.timeout, proc.kill)
            timer.start()
            try:
                _, status, usage = os.wait4(proc.pid, 0)
            finally:
                timer.cancel()
            elapsed = time.perf_counter() - start
            peak = usage.ru_maxrss / 1024  # Linux reports kilobytes
            proc.returncode = code = os.waitstatus_to_exitcode(status)
            if elapsed >= self.timeout and code < 0:
                return None, peak, f"stopped after {self.timeout:g} s"
            err.seek(0)
            message = err.read().decode(errors="replace")
            if code != expect and "MemoryError" in message:
                return None, peak, f"stopped above {self.memory_mb:,} MB"
            if code != expect:
                raise SystemExit(f"{' '.join(args)} exited with {code}:\n{message[-2000:]}")
        return elapsed, peak, ""

    def median(self, args: Sequence[str], runs: int, *, expect: int = 0, warm_up: bool = False) -> Measured:
        """Median time and largest peak over ``runs`` runs; the first stopped run ends it."""
        if warm_up:
            self.once(args, expect=expect)
        times, peaks = [], []
        for _ in range(runs):
            seconds, peak, stopped = self.once(args, expect=expect)
            peaks.append(peak)
            if seconds is None:
                return Measured(None, max(peaks), stopped)
            times.append(seconds)
        return Measured(statistics.median(times), max(peaks))

    def forget_catalogues(self) -> None:
        """A cold cache: no compiled catalogue (the signing key stays, as after any change)."""
        for entry in self.cache_home.glob("fundmatch/catalogue-*"):
            entry.unlink()

    def cold(self, args: Sequence[str], runs: int) -> Measured:
        times, peaks = [], []
        for _ in range(runs):
            self.forget_catalogues()
            seconds, peak, stopped = self.once(args)
            peaks.append(peak)
            if seconds is None:
                return Measured(None, max(peaks), stopped)
            times.append(seconds)
        self.check_cached()
        return Measured(statistics.median(times), max(peaks))

    def check_cached(self) -> None:
        if not list(self.cache_home.glob("fundmatch/catalogue-*.fmcache")):
            raise SystemExit("no compiled catalogue was written: warm figures would be cold ones")


def timed(
    what: str, measured: Measured, floor: tuple[float | None, str], target: Target | None, plan: Plan
) -> Row:
    """A time row from a measurement; a stopped command has no value, only the reason."""
    return Row(what, measured.seconds, "s", *floor, target, measured.stopped, plan.judged)


def peak(
    what: str, measured: Measured, floor: tuple[float | None, str], target: Target | None, plan: Plan
) -> Row:
    """A memory row; the peak of a stopped command is only a lower bound, so it gets no value."""
    if measured.seconds is None:
        stopped = f"≥ {measured.peak_mb:.0f} MB, {measured.stopped}"
        return Row(what, None, "MB", *floor, target, stopped, plan.judged)
    return Row(what, measured.peak_mb, "MB", *floor, target, judged=plan.judged)


# What the installed ``fundmatch`` script does (pip's wrapper), with this checkout's code:
# ``python -m fundmatch`` would add runpy (3 ms) that no user pays.
SCRIPT = "import sys; from fundmatch.cli import main; sys.argv[0] = 'fundmatch'; sys.exit(main())"


def fundmatch(*args: str) -> list[str]:
    return [sys.executable, "-c", SCRIPT, *args]


def match_args(folder: Path | None, *extra: str, before: Sequence[str] = ()) -> list[str]:
    """``match`` on ``folder`` (None: the bundled catalogue); ``before``: options before it."""
    where = ["--programs", str(folder)] if folder else []
    return fundmatch(*before, "match", "--answers", str(ANSWERS), "--date", TODAY, *where, *extra)


def median_call(func: Callable[[], object], runs: int, *, warm_up: bool = True) -> float:
    if warm_up:  # imports, caches
        func()
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def compile_bytecode() -> None:
    """Compile fundmatch's modules, as pip does when it installs the wheel."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "fundmatch")], check=True)


def settle(started: float) -> None:
    """The cache is not written while an input is younger than its RACY_NS (2 s): wait it out."""
    time.sleep(max(0.0, started + 2.5 - time.time()))


# --- the benchmark ------------------------------------------------------------------------


def start_up(run: Runner, plan: Plan) -> list[Row]:
    bare = run.median([sys.executable, "-c", "pass"], plan.runs, warm_up=True)
    helped = run.median(fundmatch("--help"), plan.runs, warm_up=True)
    bundled = run.median(match_args(None), plan.runs, warm_up=True)  # the warm-up fills the cache
    run.check_cached()
    uncached = run.median(match_args(None, before=["--no-cache"]), plan.runs, warm_up=True)
    libraries = run.median([sys.executable, "-c", LIBRARIES_ONLY, str(ANSWERS)], plan.runs, warm_up=True)
    floor = (bare.seconds, "python -c pass")
    return [
        timed("`fundmatch --help`", helped, floor, Target(6, True), plan),
        timed("`match`, bundled catalogue, warm cache", bundled, floor, Target(12, True), plan),
        timed("`match`, bundled catalogue, `--no-cache`", uncached, floor, None, plan),
        timed(
            "the stack alone: typer, PyYAML, pydantic, rich (a YAML file into a model, one table)",
            libraries,
            floor,
            None,
            plan,
        ),
    ]


def large_catalogue(run: Runner, plan: Plan, folder: Path) -> tuple[list[Row], list[Row]]:
    """Time rows and memory rows at the large size; also the parse-only floor."""
    n, label = plan.heavy_runs, f"{plan.large:,}"
    parse = run.median([sys.executable, "-c", PARSE_ONLY, str(folder)], n, warm_up=True)
    floor = (parse.seconds, "process: parse only")
    cold = run.cold(match_args(folder), n)
    warm = run.median(match_args(folder), n)
    validate = run.median(fundmatch("programs", "validate", str(folder)), n)
    explained = run.median(explain_args(folder), 1)
    times = [
        timed(
            f"`match` {label}, cold cache (parses, writes the cache)", cold, floor, Target(1.3, True), plan
        ),
        timed(f"`match` {label}, warm cache", warm, floor, Target(0.25, True), plan),
        timed(f"`explain ID` {label}, warm cache", explained, floor, Target(0.3, True), plan),
        timed(f"`programs validate` {label} (always the YAML)", validate, floor, None, plan),
    ]
    mem_floor = (parse.peak_mb, "process: parse only")
    at_most = Target(300, False)
    memory = [peak(f"peak memory, `match` {label} (table)", warm, mem_floor, at_most, plan)]
    for what, args in (
        ("`match --format json`", match_args(folder, "--format", "json")),
        ("`report` .pdf", report_args(folder, run.cache_home.parent / "bericht.pdf")),
        ("`report` .md", report_args(folder, run.cache_home.parent / "bericht.md")),
        ("`report` .csv", report_args(folder, run.cache_home.parent / "bericht.csv")),
    ):
        result = run.median(args, 1)
        took = f", took {result.seconds:.1f} s" if result.seconds is not None else ""
        memory.append(peak(f"peak memory, {what} {label}{took}", result, mem_floor, at_most, plan))
    memory.append(peak(f"peak memory, `explain ID` {label}", explained, mem_floor, None, plan))
    memory.append(peak(f"peak memory, `programs validate` {label}", validate, mem_floor, None, plan))
    return times, memory


def explain_args(folder: Path) -> list[str]:
    first = sorted(folder.glob("*.yaml"))[0].stem
    return fundmatch("explain", first, "--answers", str(ANSWERS), "--date", TODAY, "--programs", str(folder))


def report_args(folder: Path, out: Path) -> list[str]:
    return fundmatch(
        "report", "--answers", str(ANSWERS), "--date", TODAY, "--programs", str(folder), "-o", str(out)
    )


def small_catalogue(run: Runner, plan: Plan, folder: Path) -> list[Row]:
    """`explain` and `match --top N` against `match` on the same catalogue (issue 10)."""
    label = f"{plan.small:,}"
    matched = run.median(match_args(folder), plan.runs, warm_up=True)
    run.check_cached()
    # Medians of as many runs as their floor: a single run of a 2-second command drifts by 20 %.
    explained = run.median(explain_args(folder), plan.runs)
    top_all = run.median(match_args(folder, "--top", str(plan.small)), plan.runs)
    floor = (matched.seconds, f"`match` {label}")
    return [
        timed(f"`explain ID` {label}, warm cache", explained, floor, Target(1.5, True), plan),
        timed(
            f"`match --top {plan.small}` {label}",
            top_all,
            (floor[0], "`match --top 10`"),
            Target(3, True),
            plan,
        ),
    ]


def in_process(run: Runner, plan: Plan, folder: Path) -> list[Row]:
    """Inside one process: the cache's own share of a run, and `scoring.rank`."""
    os.environ["XDG_CACHE_HOME"] = str(run.cache_home)
    os.environ.pop("FUNDMATCH_NO_CACHE", None)
    import yaml

    from fundmatch.answers import load_answers
    from fundmatch.catalogue import load_catalogue, resolve_paths
    from fundmatch.scoring import rank

    files = sorted(folder.glob("*.yaml"))
    paths = resolve_paths(folder, None, {})

    def parse() -> object:
        return [yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader) for p in files]

    def cold() -> object:
        run.forget_catalogues()
        return load_catalogue(paths)

    floor = (median_call(parse, plan.heavy_runs, warm_up=False), "CSafeLoader parse, in-process")
    loaded_cold = median_call(cold, plan.heavy_runs, warm_up=False)
    run.check_cached()
    loaded_warm = median_call(lambda: load_catalogue(paths), plan.runs)
    catalogue = load_catalogue(paths)
    answers = load_answers(ANSWERS, catalogue.rubric)
    today = dt.date.fromisoformat(TODAY)
    ranked = median_call(
        lambda: rank(catalogue.programs, catalogue.rubric, answers, today), max(3, plan.runs)
    )
    # A new tuple of the same programmes is a catalogue not yet grouped (fundmatch/columns.py).
    first = median_call(
        lambda: rank((*catalogue.programs,), catalogue.rubric, answers, today), max(3, plan.runs)
    )
    label, j = f"{plan.large:,}", plan.judged
    return [
        Row(
            f"`load_catalogue` {label}, cold cache (in-process: parse, check, write)",
            loaded_cold,
            "s",
            *floor,
            judged=j,
        ),
        Row(f"`load_catalogue` {label}, warm cache (in-process)", loaded_warm, "s", *floor, judged=j),
        Row(
            f"`scoring.rank` {label}, first sponsor (groups the programmes by rule, in-process)",
            first,
            "s",
            judged=j,
        ),
        Row(
            f"`scoring.rank` {label}, a further sponsor (in-process)",
            ranked,
            "s",
            target=Target(0.1, False),
            judged=j,
        ),
    ]


def hostile(run: Runner, tmp: Path, plan: Plan) -> Row:
    """One file just under the size limit with 150,000 unknown keys: every one is reported."""
    folder = tmp / "hostile"
    folder.mkdir()
    keys = "".join(f"key{i}: 1\n" for i in range(150_000 if plan.judged else 1_000))
    (folder / "hostile.yaml").write_text(f"id: hostile\nname: x\n{keys}", encoding="utf-8")
    size = (folder / "hostile.yaml").stat().st_size / 1e6
    floor = run.median([sys.executable, "-c", PARSE_ONLY, str(folder)], plan.heavy_runs)
    took = run.median(fundmatch("programs", "validate", str(folder)), plan.heavy_runs, expect=1)
    what = f"`programs validate` 1 file of {size:.1f} MB with unknown keys"
    return timed(what, took, (floor.seconds, "process: parse only"), None, plan)


def profile(folder: Path) -> None:
    """cProfile of loading and ranking, top functions."""
    import cProfile
    import io
    import pstats

    from fundmatch.answers import load_answers
    from fundmatch.catalogue import load_catalogue, resolve_paths
    from fundmatch.scoring import rank

    paths = resolve_paths(folder, None, {})
    catalogue = load_catalogue(paths)
    answers = load_answers(ANSWERS, catalogue.rubric)
    today = dt.date.fromisoformat(TODAY)
    for title, step in (
        ("load_catalogue (warm cache)", lambda: load_catalogue(paths)),
        ("scoring.rank", lambda: rank(catalogue.programs, catalogue.rubric, answers, today)),
    ):
        profiler = cProfile.Profile()
        profiler.runcall(step)
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(20)
        print(f"\n### cProfile: {title}\n\n```\n{out.getvalue().strip()}\n```")


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


def commit() -> str:
    """The commit measured, and whether the tree differs from it."""
    git = ["git", "-C", str(ROOT)]
    try:
        head = subprocess.run([*git, "log", "-1", "--format=%h %s"], capture_output=True, text=True)
        status = subprocess.run(
            [*git, "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True
        )
    except OSError:  # no git
        return "unknown"
    dirty = " with uncommitted changes" if status.stdout.strip() else ""
    return (head.stdout.strip() or "unknown") + dirty


def write_results(path: Path, block: str) -> None:
    """Put ``block`` between the result markers of ``path`` (the prose around it stays)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    start, end = text.find(MARK_START), text.find(MARK_END)
    if start < 0 or end < start:
        text = f"# Benchmarks\n\n{MARK_START}\n{MARK_END}\n{text}"
        start, end = text.find(MARK_START), text.find(MARK_END)
    new = text[: start + len(MARK_START)] + "\n" + block.strip() + "\n" + text[end:]
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="runs per quick figure (median); default 7")
    parser.add_argument(
        "--heavy-runs", type=int, default=2, help="runs per figure at the large size; default 2"
    )
    parser.add_argument("--quick", action="store_true", help="20 and 50 programmes, one run, no verdicts")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a child is stopped")
    parser.add_argument("--memory-limit", type=int, default=4096, help="MB of address space per child")
    parser.add_argument("--write", type=Path, default=ROOT / "BENCHMARKS.md", help="file to put the table in")
    parser.add_argument("--no-write", action="store_true", help="only print the table")
    parser.add_argument("--profile", action="store_true", help="also print cProfile hot spots")
    args = parser.parse_args(argv)
    if args.quick:
        plan = Plan(small=20, large=50, runs=1, heavy_runs=1, judged=False)
    else:
        plan = Plan(small=1_000, large=10_000, runs=args.runs, heavy_runs=args.heavy_runs, judged=True)

    began = time.time()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="fundmatch-bench-") as name:
        tmp = Path(name)
        run = Runner(tmp, args.timeout, args.memory_limit)
        compile_bytecode()
        started = time.time()
        small = generate(plan.small, tmp / "small")
        large = generate(plan.large, tmp / "large")
        settle(started)
        rows = start_up(run, plan)
        times, memory = large_catalogue(run, plan, large)
        rows += times
        rows += in_process(run, plan, large)
        rows += small_catalogue(run, plan, small)
        rows += memory
        rows.append(hostile(run, tmp, plan))
        if args.profile:
            profile(large)
        shutil.rmtree(run.cache_home, ignore_errors=True)

    took = (time.time() - began) / 60
    mode = "--quick" if args.quick else f"medians of {plan.runs} runs ({plan.heavy_runs} at {plan.large:,})"
    block = (
        f"Run on {dt.datetime.fromtimestamp(began, dt.UTC):%Y-%m-%d %H:%M} UTC, commit `{commit()}`, "
        f"{mode}, {took:.1f} minutes; load average {load:.1f} at the start, "
        f"{os.getloadavg()[0]:.1f} at the end.\n\nMachine: {machine()}.\n\n{table(rows)}\n"
    )
    print(block)
    if not args.quick and not args.no_write:
        write_results(args.write, block)
        print(f"written into {args.write}")


if __name__ == "__main__":
    main()
