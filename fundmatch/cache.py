"""The compiled catalogue cache: a validated catalogue kept in the user's cache folder, so that
a run whose programme files, rubric and fundmatch are unchanged need not parse the YAML again.

Parsing and validating 10,000 programme files takes seconds; the catalogue changes a few times
a month. After a successful load the whole ``Catalogue`` is written as JSON, with its
programmes grouped per rule for ranking (``fundmatch.columns``); a later run whose *key*
matches reads that instead. The key covers everything the catalogue is made from:

- fundmatch's version and a stat of every file of the package (so an edited checkout never
  reads a cache made by other code or data), and pydantic's version (it reads the format);
- every programme file by name, size, modification and change time (ns) and inode; the
  rubric and any other data file of ``DataPaths`` by the same and a content hash. A content
  hash of 10,000 files costs 0.12 s (measured), a quarter of loading them from the cache, so
  the change time is used instead: every write, rename or ``touch`` sets it and no tool can
  set it back. What a stat cannot see is a file rewritten within the same clock tick after it
  was read; like git's "racily clean" files, a cache is therefore not written while any input
  is younger than ``RACY_NS``, and the next run writes it. (On Windows st_ctime is the
  creation time, so there the programme files are hashed too.)

Any difference, a missing or damaged file, or any error falls back to the YAML, silently.

Safety. The format is JSON, read back with pydantic's full validation (in Rust, about 0.35 s
for 10,000 programmes), so no cache file can run code or build an object that breaks a model's
rules; never pickle. Validation cannot repeat the cross-file checks (ids, vocabularies, rubric
weights), so each file is also signed with HMAC-SHA256 under a random key kept beside it
(``hmac-key``, mode 0600, in a folder of mode 0700): a cache copied from another user or
machine, or written by anyone without that key, is ignored. The key is only trusted while the
folder and the key belong to the user and nobody else can write or read them; otherwise the
cache stays off. (Whoever can write the user's own files can change the catalogue itself too.)
No fsync: a file torn by a crash fails its signature and is rebuilt.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import hmac
import json
import os
import stat
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from fundmatch.catalogue import Catalogue, DataPaths

NO_CACHE_ENV = "FUNDMATCH_NO_CACHE"
FORMAT = b"fundmatch-catalogue-cache 4\n"
KEY_FILE = "hmac-key"
KEY_BYTES = 32
MAX_ENTRIES = 8  # catalogues kept (one per programme folder and rubric); the oldest go first
RACY_NS = 2_000_000_000  # inputs changed less than this long ago are not cached yet
# Windows reports the creation time as st_ctime, which an edit does not move: hash there.
HASH_PROGRAMS = os.name == "nt"


def enabled(env: Mapping[str, str] = os.environ) -> bool:
    """Off when FUNDMATCH_NO_CACHE is set to anything but empty or 0 (``--no-cache`` sets it)."""
    return env.get(NO_CACHE_ENV, "") in ("", "0")


def cache_dir() -> Path:
    """The user's cache folder for fundmatch (``~/.cache/fundmatch`` on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("fundmatch", appauthor=False))


def cached_catalogue(paths: DataPaths, files: Sequence[Path], build: Callable[[], Catalogue]) -> Catalogue:
    """The catalogue from the cache when its key matches, else ``build()`` and store the result."""
    if not enabled():
        return build()
    folder = cache_dir()
    started = time.time_ns()
    try:
        key, newest = input_key(paths, files)
    except OSError:  # an input vanished or cannot be read: let the loader report it
        return build()
    entry = folder / f"catalogue-{_location(paths)}.fmcache"
    secret = _secret(folder, create=False)
    if secret is not None:
        found = read_entry(entry, key, secret, paths)
        if found is not None:
            return found
    catalogue = build()
    if newest < started - RACY_NS:
        secret = secret or _secret(folder, create=True)
        if secret is not None:
            write_entry(entry, key, secret, catalogue)
    return catalogue


# --- the key ------------------------------------------------------------------------------


def input_key(paths: DataPaths, files: Sequence[Path]) -> tuple[bytes, int]:
    """The key of everything the catalogue is built from, and the newest change (ns) among
    those files."""
    import pydantic

    from fundmatch import __version__

    digest = hashlib.sha256()
    digest.update(f"fundmatch {__version__}\npydantic {pydantic.VERSION}\n".encode())
    digest.update(_code_identity())
    newest = 0
    for field in dataclasses.fields(paths):
        value = getattr(paths, field.name)
        if isinstance(value, Path) and value.is_file():  # the rubric, region data …
            line, changed = _stat_line(value, os.path.abspath(value))
            digest.update(line + hashlib.sha256(value.read_bytes()).digest())
            newest = max(newest, changed)
    digest.update(f"programs\0{os.path.abspath(paths.programs)}\n".encode())
    for path in files:
        line, changed = _stat_line(path, path.name)
        digest.update(line)
        if HASH_PROGRAMS:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        newest = max(newest, changed)
    return digest.hexdigest().encode(), newest


def _stat_line(path: Path, name: str) -> tuple[bytes, int]:
    info = os.stat(path)
    line = f"{name}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ctime_ns}\0{info.st_ino}\n"
    return line.encode(), max(info.st_mtime_ns, info.st_ctime_ns)


def _code_identity() -> bytes:
    """Name, size and modification time of every file of the fundmatch package: its code,
    and any data it brings along (a few dozen files)."""
    package = Path(__file__).parent
    lines = []
    for folder, dirs, names in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            info = os.stat(os.path.join(folder, name))
            where = os.path.relpath(os.path.join(folder, name), package)
            lines.append(f"{where}\0{info.st_size}\0{info.st_mtime_ns}\n")
    return "".join(lines).encode()


def _location(paths: DataPaths) -> str:
    """One cache entry per programme folder and rubric, so two catalogues do not evict each other."""
    where = f"{os.path.abspath(paths.programs)}\0{os.path.abspath(paths.rubric)}"
    return hashlib.sha256(where.encode()).hexdigest()[:20]


# --- one entry: FORMAT, key, signature, JSON lines ----------------------------------------


def read_entry(entry: Path, key: bytes, secret: bytes, paths: DataPaths) -> Catalogue | None:
    """The catalogue in ``entry`` if it was made for ``key`` and signed with ``secret``."""
    from fundmatch.gcpause import gc_paused

    header = FORMAT + key + b"\n"
    try:
        # Read in parts, so that the payload (30 MB at 10,000 programmes) is never copied.
        with _open_regular(entry) as handle:
            if handle.read(len(header)) != header:
                return None
            line = handle.readline(128)
            payload = handle.read()
    except OSError:
        return None
    if not line.endswith(b"\n") or not hmac.compare_digest(line[:-1], _sign(secret, key, payload)):
        return None
    try:
        with gc_paused():  # validating makes ~10 objects per programme value; see gcpause
            return _parse(payload, paths)
    except ValueError:  # pydantic's ValidationError: a format this code does not read
        return None


def _parse(payload: bytes, paths: DataPaths) -> Catalogue:
    """The catalogue's other fields on the first line, the programmes' groups per rule on the
    second (``fundmatch.columns``), then one programme a line.

    One line at a time keeps pydantic's parsed JSON small: validating all 30 MB at once
    left the process 55 MB larger at 10,000 programmes, and was no faster. Each field is
    validated by its own type, so no validator is built twice (models build theirs on
    first use).
    """
    from fundmatch.catalogue import Catalogue
    from fundmatch.columns import remember
    from fundmatch.models import Program

    end = payload.find(b"\n")
    first = json.loads(payload[:end] if end >= 0 else payload)
    fields = _fields()
    if not isinstance(first, dict) or first.keys() != fields.keys():
        raise ValueError("not the fields of this Catalogue")
    values = {name: _adapter(hint).validate_python(first[name]) for name, hint in fields.items()}
    start, end = end + 1, payload.find(b"\n", end + 1)
    groups = _adapter(dict[str, list[int]]).validate_json(payload[start:] if end < 0 else payload[start:end])
    programs = []
    while 0 <= end < len(payload):
        start, end = end + 1, payload.find(b"\n", end + 1)
        line = payload[start:] if end < 0 else payload[start:end]
        programs.append(Program.model_validate_json(line))
    # The paths (and where each came from) are this run's; the rest is the catalogue cached.
    catalogue = Catalogue(**values, programs=tuple(programs), paths=paths)
    remember(catalogue.programs, groups)  # ValueError for groups of other programmes
    return catalogue


def write_entry(entry: Path, key: bytes, secret: bytes, catalogue: Catalogue) -> None:
    """Write ``catalogue`` under ``key`` atomically; a cache that cannot be written is no error."""
    import tempfile

    from fundmatch.columns import compiled

    shell = {
        name: _adapter(hint).dump_python(getattr(catalogue, name), mode="json")
        for name, hint in _fields().items()
    }
    groups = compiled(catalogue.programs).group_table(catalogue.rubric)
    lines = [
        json.dumps(shell, ensure_ascii=False).encode(),
        json.dumps(groups).encode(),
        *(p.model_dump_json().encode() for p in catalogue.programs),
    ]
    payload = b"\n".join(lines)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".catalogue-", suffix=".tmp", dir=entry.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in (FORMAT, key, b"\n", _sign(secret, key, payload), b"\n", payload):
                handle.write(part)
        os.replace(tmp, entry)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return
    _prune(entry.parent)


def _sign(secret: bytes, key: bytes, payload: bytes) -> bytes:
    mac = hmac.new(secret, key, hashlib.sha256)
    mac.update(payload)
    return mac.hexdigest().encode()


def _prune(folder: Path) -> None:
    entries = []
    for path in folder.glob("catalogue-*.fmcache"):
        try:
            entries.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    for _, path in sorted(entries, reverse=True)[MAX_ENTRIES:]:
        path.unlink(missing_ok=True)


@functools.cache
def _fields() -> dict[str, Any]:
    """The catalogue's fields besides its programmes and paths, with their types."""
    from typing import get_type_hints

    from fundmatch.catalogue import Catalogue

    hints = get_type_hints(Catalogue)
    return {
        f.name: hints[f.name] for f in dataclasses.fields(Catalogue) if f.name not in ("programs", "paths")
    }


@functools.cache
def _adapter(hint: Any) -> TypeAdapter[Any]:
    from pydantic import TypeAdapter

    return TypeAdapter(hint)


# --- the signing key ----------------------------------------------------------------------


def _secret(folder: Path, *, create: bool) -> bytes | None:
    """The user's signing key, made on first use; None where it cannot be trusted or made."""
    try:
        if create:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(os.stat(folder), directory=True):
            return None
        path = folder / KEY_FILE
        if create and not path.exists():
            _create_key(path)
        with _open_regular(path, follow=False) as handle:
            if not _private(os.fstat(handle.fileno()), directory=False):
                return None
            key = handle.read(KEY_BYTES + 1)
    except OSError:
        return None
    return key if len(key) == KEY_BYTES else None


def _create_key(path: Path) -> None:
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=".hmac-key-", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(os.urandom(KEY_BYTES))  # what secrets.token_bytes does
        # link, unlike rename, never replaces: of two processes starting at once, one key wins.
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        Path(tmp).unlink(missing_ok=True)


def _open_regular(path: Path, *, follow: bool = True) -> BinaryIO:
    """``path`` opened for reading; OSError unless it is a regular file. Opening never
    blocks: a FIFO put in place of a cache file would otherwise wait for a writer forever."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | (0 if follow else getattr(os, "O_NOFOLLOW", 0))
    fd = os.open(path, flags)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(f"not a regular file: {path}")
    return os.fdopen(fd, "rb")


def _private(info: os.stat_result, *, directory: bool) -> bool:
    """Owned by this user, and nobody else may write it (nor read it, for the key)."""
    if not hasattr(os, "getuid"):  # Windows: the profile folder is private by its ACL
        return True
    others = 0o022 if directory else 0o077
    kind = stat.S_ISDIR if directory else stat.S_ISREG
    return kind(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & others
