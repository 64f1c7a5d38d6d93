"""The compiled catalogue cache: a change to any input is always seen, a damaged or foreign
cache is ignored, and the switches turn it off."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import json
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import fundmatch
from fundmatch import cache, catalogue, columns
from fundmatch.answers import load_answers
from fundmatch.catalogue import Catalogue, DataPaths, load_catalogue, resolve_paths
from fundmatch.cli import app
from fundmatch.errors import DataError
from fundmatch.scoring import rank
from tests.conftest import PROGRAM, ROOT

ANSWERS = ROOT / "examples" / "frauencafe-uslar.yaml"
READ_YAML = catalogue._load_catalogue  # the loader behind the cache, before any spy


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The cache on, in a private folder; inputs count as settled at once (see ``_settle``)."""
    folder = tmp_path / "cache" / "fundmatch"
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    monkeypatch.setattr(cache, "cache_dir", lambda: folder)
    monkeypatch.setattr(cache, "RACY_NS", 0)
    return folder


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Records every load that read the YAML files (rather than the cache)."""
    seen: list[Path] = []

    def spy(paths: DataPaths, files: list[Path]) -> Catalogue:
        seen.append(paths.programs)
        return READ_YAML(paths, files)

    monkeypatch.setattr(catalogue, "_load_catalogue", spy)
    return seen


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    """Three valid programmes and a copy of the bundled rubric."""
    folder = tmp_path / "programs"
    folder.mkdir()
    for name in ("alpha", "beta", "gamma"):
        (folder / f"{name}.yaml").write_text(PROGRAM.format(id=name), encoding="utf-8")
    rubric = tmp_path / "rubric.yaml"
    shutil.copyfile(ROOT / "rubric.yaml", rubric)
    _settle()
    return resolve_paths(folder, rubric, {})


def _settle() -> None:
    # The file system's clock ticks coarsely (a few ms): a file changed in the same tick as
    # the cache was written would keep its change time. Production code guards against that
    # with RACY_NS; the tests set it to 0 and wait out the tick instead.
    time.sleep(0.05)


def _uncached(paths: DataPaths) -> Catalogue:
    return READ_YAML(paths, catalogue.program_files(paths.programs))


def _assert_same(found: Catalogue, expected: Catalogue) -> None:
    assert found.programs == expected.programs
    assert found.rubric == expected.rubric
    assert (found.fingerprint, found.rubric_fingerprint) == (
        expected.fingerprint,
        expected.rubric_fingerprint,
    )
    assert found.paths == expected.paths


def _entry(folder: Path) -> Path:
    (entry,) = folder.glob("catalogue-*.fmcache")
    return entry


def test_an_unchanged_catalogue_comes_from_the_cache(
    cache_folder: Path, builds: list[Path], paths: DataPaths
) -> None:
    first = load_catalogue(paths)
    second = load_catalogue(paths)
    assert len(builds) == 1
    _assert_same(second, first)
    assert second.programs is not first.programs  # really read back, not kept in memory


def test_the_cached_bundled_catalogue_equals_the_yaml(cache_folder: Path, builds: list[Path]) -> None:
    bundled = resolve_paths(env={})
    load_catalogue(bundled)
    _assert_same(load_catalogue(bundled), _uncached(bundled))
    assert len(builds) == 1


def test_the_cache_is_private_and_signed(cache_folder: Path, paths: DataPaths) -> None:
    load_catalogue(paths)
    assert cache_folder.stat().st_mode & 0o777 == 0o700
    assert (cache_folder / cache.KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert _entry(cache_folder).stat().st_mode & 0o777 == 0o600
    assert _entry(cache_folder).read_bytes().startswith(cache.FORMAT)


def _edit_same_size(paths: DataPaths) -> None:
    # Same length and the old modification time: only the change time and the content differ.
    path = paths.programs / "beta.yaml"
    info = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Testprogramm", "Testprogrann"), encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size


def _add(paths: DataPaths) -> None:
    (paths.programs / "delta.yaml").write_text(PROGRAM.format(id="delta"), encoding="utf-8")


def _remove(paths: DataPaths) -> None:
    (paths.programs / "gamma.yaml").unlink()


def _rename_suffix(paths: DataPaths) -> None:
    (paths.programs / "gamma.yaml").rename(paths.programs / "gamma.yml")


def _edit_rubric(paths: DataPaths) -> None:
    text = paths.rubric.read_text(encoding="utf-8")
    version = text.split("version:", 1)[1].split("\n", 1)[0]
    paths.rubric.write_text(text.replace(f"version:{version}", "version: cache-test", 1), encoding="utf-8")


def _touch(paths: DataPaths) -> None:
    os.utime(paths.programs / "alpha.yaml")


@pytest.mark.parametrize(
    "change", [_edit_same_size, _add, _remove, _rename_suffix, _edit_rubric, _touch], ids=lambda f: f.__name__
)
def test_any_change_is_seen(
    cache_folder: Path, builds: list[Path], paths: DataPaths, change: Callable[[DataPaths], None]
) -> None:
    before = load_catalogue(paths)
    _settle()
    change(paths)
    after = load_catalogue(paths)
    assert len(builds) == 2
    _assert_same(after, _uncached(paths))
    if change is not _touch:  # a touch changes nothing but the time, and is still not trusted
        assert (after.programs, after.rubric, after.fingerprint) != (
            before.programs,
            before.rubric,
            before.fingerprint,
        )
    load_catalogue(paths)
    assert len(builds) == 2, "the changed catalogue is cached in turn"


def test_a_file_renamed_to_another_id_fails_as_without_cache(
    cache_folder: Path, builds: list[Path], paths: DataPaths
) -> None:
    load_catalogue(paths)
    _settle()
    (paths.programs / "gamma.yaml").rename(paths.programs / "epsilon.yaml")
    with pytest.raises(DataError, match="passt nicht zum Dateinamen"):
        load_catalogue(paths)


def test_another_fundmatch_version_reads_the_yaml(
    cache_folder: Path, builds: list[Path], paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_catalogue(paths)
    monkeypatch.setattr(fundmatch, "__version__", "99.0.0")
    load_catalogue(paths)
    assert len(builds) == 2


def _truncate(entry: Path) -> None:
    entry.write_bytes(entry.read_bytes()[:-100])


def _flip_a_byte(entry: Path) -> None:
    raw = bytearray(entry.read_bytes())
    raw[-50] ^= 0x01
    entry.write_bytes(bytes(raw))


def _garbage(entry: Path) -> None:
    entry.write_bytes(b"\x00\xff not a cache")


def _empty(entry: Path) -> None:
    entry.write_bytes(b"")


@pytest.mark.parametrize("damage", [_truncate, _flip_a_byte, _garbage, _empty], ids=lambda f: f.__name__)
def test_a_damaged_cache_is_ignored_and_rebuilt(
    cache_folder: Path, builds: list[Path], paths: DataPaths, damage: Callable[[Path], None]
) -> None:
    load_catalogue(paths)
    damage(_entry(cache_folder))
    _assert_same(load_catalogue(paths), _uncached(paths))
    load_catalogue(paths)
    assert len(builds) == 2, "read the YAML once more, then the rewritten cache"


def test_a_cache_signed_with_another_key_is_ignored(
    cache_folder: Path, builds: list[Path], paths: DataPaths, tmp_path: Path
) -> None:
    load_catalogue(paths)
    foreign = _entry(cache_folder).read_bytes()
    # Another user's cache: the same inputs, the same code, but their own signing key.
    shutil.rmtree(cache_folder)
    load_catalogue(paths)
    _entry(cache_folder).write_bytes(foreign)
    load_catalogue(paths)
    assert len(builds) == 3


def _sign_again(folder: Path, header: bytes, key: bytes, payload: bytes) -> None:
    """Write ``payload`` into the cache entry, signed with the user's own key."""
    secret = (folder / cache.KEY_FILE).read_bytes()
    signature = hmac.new(secret, key + payload, hashlib.sha256).hexdigest().encode()
    _entry(folder).write_bytes(b"\n".join((header, key, signature, payload)))


def test_a_signed_cache_that_breaks_the_models_is_ignored(
    cache_folder: Path, builds: list[Path], paths: DataPaths
) -> None:
    # Defence in depth: even a correctly signed file is validated like any input.
    load_catalogue(paths)
    header, key, _, shell, groups, first, rest = _entry(cache_folder).read_bytes().split(b"\n", 6)
    program = json.loads(first)
    program["funding"]["max_eur"] = -5
    _sign_again(cache_folder, header, key, b"\n".join((shell, groups, json.dumps(program).encode(), rest)))
    _assert_same(load_catalogue(paths), _uncached(paths))
    assert len(builds) == 2


@pytest.mark.parametrize(
    "forge",
    [
        lambda group_of: group_of[:-1],
        lambda group_of: [-1] * len(group_of),
        lambda group_of: [2] * len(group_of),
    ],
    ids=["one-short", "negative", "not-numbered-as-met"],
)
def test_signed_groups_that_do_not_fit_the_programmes_are_ignored(
    cache_folder: Path, builds: list[Path], paths: DataPaths, forge: Callable[[list[int]], list[int]]
) -> None:
    load_catalogue(paths)
    header, key, _, shell, groups, rest = _entry(cache_folder).read_bytes().split(b"\n", 5)
    forged = {name: forge(group_of) for name, group_of in json.loads(groups).items()}
    _sign_again(cache_folder, header, key, b"\n".join((shell, json.dumps(forged).encode(), rest)))
    _assert_same(load_catalogue(paths), _uncached(paths))
    assert len(builds) == 2


def test_a_catalogue_from_the_cache_is_ranked_without_grouping_again(
    cache_folder: Path, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    yaml_read = _uncached(paths)
    answers = load_answers(ANSWERS, yaml_read.rubric)
    today = dt.date(2026, 12, 1)
    expected = [
        (s.program.id, s.score, s.eligibility)
        for s in rank(yaml_read.programs, yaml_read.rubric, answers, today)
    ]
    load_catalogue(paths)  # writes the cache, with the groups

    def group_again(*args: object) -> None:
        raise AssertionError("grouped again")

    monkeypatch.setattr(columns, "_group", group_again)
    cached = load_catalogue(paths)
    ranked = rank(cached.programs, cached.rubric, answers, today)
    assert [(s.program.id, s.score, s.eligibility) for s in ranked] == expected


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.parametrize("target", ["entry", "key"])
def test_a_fifo_in_place_of_a_cache_file_is_ignored_without_waiting(
    cache_folder: Path, builds: list[Path], paths: DataPaths, target: str
) -> None:
    load_catalogue(paths)
    fifo = _entry(cache_folder) if target == "entry" else cache_folder / cache.KEY_FILE
    fifo.unlink()
    os.mkfifo(fifo, 0o600)
    found: list[Catalogue] = []
    # In a thread, so that a regression fails the test instead of hanging the run.
    worker = threading.Thread(target=lambda: found.append(load_catalogue(paths)), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert found, "opening the FIFO waited for a writer"
    _assert_same(found[0], _uncached(paths))
    assert len(builds) == 2


@pytest.mark.parametrize("target", ["key", "folder"])
def test_a_key_others_could_read_or_replace_turns_the_cache_off(
    cache_folder: Path, builds: list[Path], paths: DataPaths, target: str
) -> None:
    load_catalogue(paths)
    if target == "key":
        (cache_folder / cache.KEY_FILE).chmod(0o644)
    else:
        cache_folder.chmod(0o777)
    load_catalogue(paths)
    load_catalogue(paths)
    assert len(builds) == 3


def test_a_cache_folder_that_cannot_be_made_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, builds: list[Path], paths: DataPaths
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    monkeypatch.setattr(cache, "cache_dir", lambda: blocker / "fundmatch")
    monkeypatch.setattr(cache, "RACY_NS", 0)
    _assert_same(load_catalogue(paths), _uncached(paths))
    load_catalogue(paths)
    assert len(builds) == 2


def test_inputs_changed_just_now_are_not_cached_yet(
    cache_folder: Path, builds: list[Path], paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "RACY_NS", 60 * 10**9)  # "just now": within a minute
    load_catalogue(paths)
    load_catalogue(paths)
    assert len(builds) == 2
    assert not list(cache_folder.glob("catalogue-*"))


def test_every_data_file_of_the_paths_is_part_of_the_key(
    cache_folder: Path, builds: list[Path], paths: DataPaths, tmp_path: Path
) -> None:
    @dataclasses.dataclass(frozen=True)
    class WithRegions(DataPaths):
        regions: Path

    regions = tmp_path / "regions.yaml"
    regions.write_text("regions: []\n", encoding="utf-8")
    _settle()
    extended = WithRegions(**dataclasses.asdict(paths), regions=regions)
    load_catalogue(extended)
    load_catalogue(extended)
    assert len(builds) == 1
    regions.write_text("regions: [x]\n", encoding="utf-8")
    load_catalogue(extended)
    assert len(builds) == 2


def test_old_entries_are_pruned(
    cache_folder: Path, paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    for n in range(3):
        folder = tmp_path / f"programs-{n}"
        shutil.copytree(paths.programs, folder)
        _settle()
        load_catalogue(resolve_paths(folder, paths.rubric, {}))
    assert len(list(cache_folder.glob("catalogue-*.fmcache"))) == 2


def test_the_environment_variable_turns_the_cache_off(
    cache_folder: Path, builds: list[Path], paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    load_catalogue(paths)
    load_catalogue(paths)
    assert len(builds) == 2
    assert not cache_folder.exists()


@pytest.mark.parametrize(("value", "on"), [("", True), ("0", True), ("1", False), ("yes", False)])
def test_which_values_turn_it_off(value: str, on: bool) -> None:
    assert cache.enabled({cache.NO_CACHE_ENV: value}) is on


def _match(runner: CliRunner, *options: str) -> str:
    args = [*options, "match", "--answers", str(ANSWERS), "--date", "2026-11-25", "--format", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_no_cache_option_and_the_same_ranking_either_way(
    cache_folder: Path, builds: list[Path], runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    # --no-cache sets the variable for the run; monkeypatch restores it afterwards.
    monkeypatch.setenv(cache.NO_CACHE_ENV, "")
    warm_up = _match(runner)
    cached = _match(runner)
    assert len(builds) == 1
    uncached = _match(runner, "--no-cache")
    assert len(builds) == 2
    assert cached == uncached == warm_up


def test_programs_validate_always_reads_the_yaml(
    cache_folder: Path, runner: CliRunner, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> Catalogue:
        raise AssertionError("programs validate must not use the cache")

    monkeypatch.setattr(cache, "cached_catalogue", refuse)
    (paths.programs / "beta.yaml").write_text("id: beta\n", encoding="utf-8")
    args = ["programs", "validate", "--programs", str(paths.programs), "--rubric", str(paths.rubric)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "beta.yaml" in result.stderr


@pytest.mark.parametrize("hashed", [True, False])
def test_where_a_stat_cannot_tell_the_content_hash_does(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch, hashed: bool
) -> None:
    # As on Windows, where st_ctime is the creation time: pretend every stat stays the same.
    monkeypatch.setattr(cache, "_stat_line", lambda path, name: (name.encode(), 0))
    monkeypatch.setattr(cache, "HASH_PROGRAMS", hashed)
    files = catalogue.program_files(paths.programs)
    before, _ = cache.input_key(paths, files)
    _edit_same_size(paths)
    after, _ = cache.input_key(paths, files)
    assert (before != after) is hashed


def test_every_file_of_the_package_but_bytecode_is_part_of_the_key(
    paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "package"
    (package / "__pycache__").mkdir(parents=True)
    (package / "cache.py").write_text("# code\n", encoding="utf-8")
    (package / "regions.yaml").write_text("regions: []\n", encoding="utf-8")
    monkeypatch.setattr(cache, "__file__", str(package / "cache.py"))
    files = catalogue.program_files(paths.programs)

    def key() -> bytes:
        return cache.input_key(paths, files)[0]

    first = key()
    (package / "__pycache__" / "cache.cpython-311.pyc").write_bytes(b"bytecode")
    assert key() == first
    (package / "regions.yaml").write_text("regions: [a]\n", encoding="utf-8")
    assert key() != first
