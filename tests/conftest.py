from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.helpers import DATA, PROGRAM, REGOLDEN_ENV, ROOT

__all__ = ["DATA", "PROGRAM", "ROOT"]  # still importable from here by older test modules


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regold", action="store_true", help=f"regenerate every golden file (= {REGOLDEN_ENV}=1)"
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--regold"):
        os.environ[REGOLDEN_ENV] = "1"


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # Stable output: no colour, a wide terminal, no user environment leaking in.
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    for var in ("FUNDMATCH_PROGRAMS", "FUNDMATCH_RUBRIC", "FUNDMATCH_LANG"):
        monkeypatch.delenv(var, raising=False)
    # No catalogue cache in the user's folder; tests/test_cache.py turns it on in a tmp folder.
    monkeypatch.setenv("FUNDMATCH_NO_CACHE", "1")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def program_dir(tmp_path: Path) -> Path:
    """A programme folder with one valid programme, ``test-programm``."""
    folder = tmp_path / "programs"
    folder.mkdir()
    (folder / "test-programm.yaml").write_text(PROGRAM.format(id="test-programm"), encoding="utf-8")
    return folder
