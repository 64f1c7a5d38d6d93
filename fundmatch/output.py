"""Writing output files safely: never half-written, never over an input, never a device.

``write_atomic`` writes a regular file through a temporary file beside it and a rename,
so an existing file is replaced whole or not at all, and the temporary file is removed
even when the process is stopped with SIGTERM. A symlink is written through to its
target (the link stays a link); a device or FIFO (``/dev/null``, ``/dev/stdout``, a
pipe) is written to as a stream and never replaced by a regular file.

``check_target`` refuses what should not be written at all: one of the run's own input
files (the answers, a programme file, the rubric) and, unless forced, a read-only file.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType

from fundmatch.errors import UsageError
from fundmatch.i18n import msg


def refuse_folder(path: Path | str) -> None:
    """UsageError if ``path`` is a folder: an output needs a file name (and a folder's name
    names no format)."""
    if Path(path).is_dir():
        raise UsageError(msg("output.is_folder", path=str(path)))


def check_target(path: Path, inputs: Iterable[Path] = (), *, force: bool = False) -> None:
    """UsageError if ``path`` is a folder, or if writing it would overwrite one of ``inputs``
    or, without ``force``, a read-only file."""
    path = Path(path)
    refuse_folder(path)
    try:
        info = path.stat()  # follows a symlink: what would really be overwritten
    except OSError:
        return  # nothing there yet (or not reachable: writing will say why)
    for given in inputs:
        with contextlib.suppress(OSError):
            if os.path.samestat(info, Path(given).stat()):
                raise UsageError(msg("output.is_input", path=str(path), input=str(given)))
    if stat.S_ISREG(info.st_mode) and not force and _read_only(path, info):
        raise UsageError(msg("output.read_only", path=str(path)))


def _read_only(path: Path, info: os.stat_result) -> bool:
    # Root may write anything; the file's mode still says it is meant to be kept.
    return not os.access(path, os.W_OK) or not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: atomically for a file, as a stream for a device or FIFO."""
    path = Path(path)
    if _is_stream(path):
        _write_stream(path, data)
        return
    # Through a symlink to its target: replacing the link by a file would cut it.
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    with _removed_on_sigterm() as temporary:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
        temporary.append(tmp)
        try:
            # mkstemp creates the file readable by its owner only; give it the usual permissions.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _is_stream(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode)


def _write_stream(path: Path, data: bytes) -> None:
    # No truncation or creation: the device stays what it is. A full device (``/dev/full``)
    # raises OSError ENOSPC, which the caller reports like any failed write.
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)


class _Terminated(SystemExit):
    """Raised from the SIGTERM handler, so cleanup runs; exits like a default SIGTERM."""


@contextlib.contextmanager
def _removed_on_sigterm() -> Iterator[list[str]]:
    """While active, SIGTERM removes the temporary files listed, then ends the process."""
    temporary: list[str] = []
    if threading.current_thread() is not threading.main_thread():
        yield temporary  # signal handlers can only be set in the main thread
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        for name in temporary:
            Path(name).unlink(missing_ok=True)
        raise _Terminated(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield temporary
    finally:
        signal.signal(signal.SIGTERM, previous)
