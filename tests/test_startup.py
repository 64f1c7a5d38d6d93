"""Start-up: ``--help`` and the bundled ``match`` import only what they use (issue 16, part 4).
How long they take is measured by benchmarks/run.py, not here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Runs the command line in a fresh interpreter and prints the modules it imported.
_RUN = """\
import contextlib, io, json, sys
from fundmatch.cli import main
sys.argv = ["fundmatch", *json.loads(sys.argv[1])]
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        main()
    except SystemExit:
        pass
print(json.dumps(sorted(sys.modules)))
"""


def _imported(*args: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", _RUN, json.dumps(args)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return set(json.loads(out.stdout))


def test_help_loads_only_the_help_texts() -> None:
    imported = _imported("--help")
    assert "fundmatch.messages.helptext" in imported
    unused = {
        "pydantic",
        "yaml",
        "rich",
        "platformdirs",
        "fundmatch.models",
        "fundmatch.catalogue",
        "fundmatch.cache",
        "fundmatch.scoring",
        "fundmatch.report",
        "fundmatch.messages.cli",  # the other message areas are merged on first use
        "fundmatch.messages.scoring",
        "fundmatch.messages.report",
        "fundmatch.messages.questions",
    }
    assert imported & unused == set()


def test_match_leaves_out_what_it_does_not_use() -> None:
    imported = _imported("match", "--answers", "examples/frauencafe-uslar.yaml", "--date", "2026-11-25")
    assert {"fundmatch.scoring", "fundmatch.reports.terminal"} <= imported  # it did run
    unused = {
        "typst",
        "fundmatch.reports.pdf",
        "fundmatch.reports.markdown",
        "fundmatch.reports.csv_",
        "fundmatch.questionnaire",
        "fundmatch.prompting",
        "fundmatch.audit",
        "fundmatch.schemas",
        "rich._emoji_codes",  # 2 ms: the consoles do not replace ":name:" codes
    }
    assert imported & unused == set()


def test_a_warm_match_does_not_import_the_file_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checks of each programme file (and their worker pool) are for a catalogue not in
    the cache; a warm run reads the cache instead."""
    monkeypatch.delenv("FUNDMATCH_NO_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # platformdirs' cache folder on Linux
    args = ("match", "--answers", "examples/frauencafe-uslar.yaml", "--date", "2026-11-25")
    assert {"fundmatch.filecheck", "concurrent.futures"} <= _imported(*args)  # cold: files checked
    assert {"fundmatch.filecheck", "concurrent.futures"} & _imported(*args) == set()
