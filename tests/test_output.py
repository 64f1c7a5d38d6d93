from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fundmatch.cli import app
from fundmatch.output import write_atomic
from tests.conftest import ROOT

EXAMPLE = str(ROOT / "examples" / "frauencafe-uslar.yaml")


def test_atomic_write_keeps_the_old_file_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bericht.md"
    target.write_text("alt")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        write_atomic(target, b"neu")
    assert target.read_text() == "alt"
    assert [p.name for p in tmp_path.iterdir()] == ["bericht.md"]  # no temporary file left


def test_atomic_write_gives_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "bericht.md"
    write_atomic(target, b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def report(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["report", "--answers", EXAMPLE, "--date", "2026-11-25", "--top", "2", *args])


def test_report_pdf_by_file_name(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "bericht.pdf"
    result = report(runner, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF-")
    assert f"Bericht geschrieben: {out} (pdf)" in result.stderr


def test_report_markdown_to_stdout(runner: CliRunner) -> None:
    result = report(runner, "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Frauen-Café „Miteinander“ mit Sprachtreff")


def test_pdf_to_stdout_and_unknown_suffix_are_usage_errors(runner: CliRunner, tmp_path: Path) -> None:
    result = report(runner, "-o", "-", "--format", "pdf")
    assert result.exit_code == 2
    assert "PDF kann nicht auf die Standardausgabe" in result.stderr
    result = report(runner, "-o", str(tmp_path / "bericht.docx"))
    assert result.exit_code == 2
    assert not (tmp_path / "bericht.docx").exists()


def test_failed_rendering_leaves_an_existing_file_alone(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "bericht.md"
    out.write_text("alter Bericht")

    def fail(*_: object) -> bytes:
        raise RuntimeError("renderer broke")

    monkeypatch.setattr("fundmatch.reports.render", fail)
    result = report(runner, "-o", str(out))
    assert result.exit_code != 0
    assert out.read_text() == "alter Bericht"


def test_match_writes_the_same_json_as_it_prints(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "ergebnis.json"
    args = ["match", "--answers", EXAMPLE, "--date", "2026-11-25", "--format", "json"]
    printed = runner.invoke(app, args)
    written = runner.invoke(app, [*args, "-o", str(out)])
    assert written.exit_code == 0, written.output
    assert out.read_text(encoding="utf-8") == printed.stdout


def test_table_needs_details_of_the_shown_programmes_only(tmp_path: Path) -> None:
    from fundmatch.answers import load_answers
    from fundmatch.catalogue import load_catalogue, resolve_paths
    from fundmatch.report import build_report

    catalogue = load_catalogue(resolve_paths(env={}))
    answers = load_answers(Path(EXAMPLE), catalogue.rubric)
    import datetime as dt

    lean = build_report(catalogue, answers, dt.date(2026, 11, 25), 3, complete=False)
    full = build_report(catalogue, answers, dt.date(2026, 11, 25), 3)
    assert [r["id"] for r in lean["results"]] == [r["id"] for r in full["results"]]
    assert lean["results"][:3] == full["results"][:3]
    assert lean["results"][3]["criteria"] == [] and full["results"][3]["criteria"]
