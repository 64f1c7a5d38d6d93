"""The one place where everything that goes wrong becomes a message and an exit code.

0 ok · 1 data errors, the system refusing a read or write (a full disk), and the
questionnaire's input ending early · 2 usage errors ·
3 an internal error (a bug: the traceback goes to a crash file, never to the screen) ·
130 interrupted (Ctrl-C).

The questionnaire writes its draft after every answer, so by the time an error arrives here
nothing typed is lost (see fundmatch.session).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

import typer

from fundmatch import __version__

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130


def guarded(run: Callable[[], object], lang: Callable[[], str]) -> int:
    """Run the command line; return its exit code. ``lang`` names the user's language."""
    from fundmatch.errors import DataError, FundmatchError
    from fundmatch.gcpause import gc_paused

    try:
        # A command's run makes no garbage cycles worth the collector's scans: a tenth of a
        # bundled match, and the same peak memory at 10,000 programmes. (The web server,
        # which runs for days, turns it back on.)
        with gc_paused(freeze=False):
            result = run()
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort as exc:
        # The command line turns an end of input (EOFError) into Abort; Ctrl-C into Exit(130).
        return EXIT_DATA if isinstance(exc.__cause__, EOFError) else EXIT_INTERRUPTED
    except KeyboardInterrupt:
        _say("")
        return EXIT_INTERRUPTED
    except DataError as exc:
        from fundmatch.i18n import t

        for problem in exc.problems:
            _say(str(problem))
        _say(t("errors.count", lang(), count=len(exc.problems)))
        return EXIT_DATA
    except FundmatchError as exc:
        from fundmatch.i18n import t

        _say(t("error.prefix", lang(), message=exc.text(lang())))
        return exc.exit_code
    except OSError as exc:
        # The system refused something (a full disk, a closed pipe, no permission): not a bug.
        from fundmatch.errors import os_reason
        from fundmatch.i18n import t

        where = f" ({exc.filename})" if exc.filename else ""
        _say(t("error.prefix", lang(), message=os_reason(exc).render(lang()) + where))
        return EXIT_DATA
    except Exception as exc:
        show, code = getattr(exc, "show", None), getattr(exc, "exit_code", None)
        if callable(show) and isinstance(code, int):  # a usage error found by the option parser
            from fundmatch.clicktext import show_usage_error

            show_usage_error(exc, lang())
            return code
        _report_crash(exc, lang())
        return EXIT_INTERNAL
    return result if isinstance(result, int) else EXIT_OK


def configure_streams() -> None:
    """Never crash on a character the output encoding cannot show, nor on typed bytes that are
    not UTF-8.

    Windows Python writes redirected output as cp1252, and PYTHONIOENCODING may say latin-1 or
    ascii: such characters become escapes like ``\u1275``, so a name in Tigrinya still reads as
    the same name. Invalid input bytes arrive as lone surrogates (the questionnaire refuses
    those answers) instead of raising UnicodeDecodeError inside input().
    """
    streams = (
        (sys.stdout, "backslashreplace"),
        (sys.stderr, "backslashreplace"),
        (sys.stdin, "surrogateescape"),
    )
    for stream, errors in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            with contextlib.suppress(ValueError, OSError):  # a closed or odd stream stays as it is
                reconfigure(errors=errors)


def crash_folder() -> Path:
    """Where crash files go: the user's state folder (``~/.local/state/fundmatch`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_state_dir("fundmatch", appauthor=False))


def _report_crash(exc: BaseException, lang: str) -> None:
    from fundmatch.errors import os_reason
    from fundmatch.i18n import t

    try:
        path = write_crash_file(exc)
    except OSError as problem:
        _say(t("error.internal_unsaved", lang, reason=os_reason(problem)))
        return
    _say(t("error.internal", lang, path=path))


def write_crash_file(exc: BaseException) -> Path:
    """The traceback and what is needed to reproduce it, in a new file of the crash folder."""
    folder = crash_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}-{os.getpid()}.txt"
    details = "".join(traceback.format_exception(exc))
    header = f"fundmatch {__version__}, Python {sys.version.split()[0]}, {sys.platform}\nargv: {sys.argv}\n\n"
    path.write_text(header + details, encoding="utf-8", errors="backslashreplace")
    return path


def _say(line: str) -> None:
    from fundmatch.safetext import visible

    # A message may quote what the user typed or a file's name: never a control sequence.
    print(visible(line, lines=True), file=sys.stderr, flush=True)
