from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fundmatch.cli import app
from fundmatch.output import write_atomic
from tests.conftest import ROOT

EXAMPLE = str(ROOT / "examples" / "frauencafe-uslar.yaml")
TODAY = date(2026, 11, 25)


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


def test_the_systems_refusals_read_in_the_readers_language(runner: CliRunner, tmp_path: Path) -> None:
    import errno

    from fundmatch.errors import os_reason

    assert os_reason(OSError(errno.ENOSPC, "No space left on device")).render("de") == (
        "kein Platz mehr auf dem Datenträger"
    )
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")).render("en") == "permission denied"
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")).render("de") == (
        "Invalid cross-device link"  # a rare reason: the system's words
    )
    assert os_reason(OSError()).render("de") == "OSError"
    result = report(runner, "--output", str(tmp_path / "fehlt" / "bericht.pdf"))
    assert result.exit_code == 2
    assert "bericht.pdf nicht schreiben: Datei oder Ordner nicht vorhanden" in result.stderr


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


@pytest.mark.parametrize(
    "command",
    [
        ["match"],
        ["report"],
        ["report", "--format", "pdf"],
        ["calendar"],
        ["ask", "lagfa-mikrofoerderung"],
    ],
)
def test_a_folder_as_output_is_named_as_such(runner: CliRunner, tmp_path: Path, command: list[str]) -> None:
    # Not "unknown file extension" (a folder's name has none), nor a failure after ranking.
    result = runner.invoke(app, [*command, "--answers", EXAMPLE, "--date", "2026-11-25", "-o", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert f"Ungültiger Wert für --output: „{tmp_path}“ ist ein Ordner, keine Datei." in result.stderr
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_a_file_name_without_extension_asks_for_one(runner: CliRunner, tmp_path: Path) -> None:
    result = report(runner, "-o", str(tmp_path / "bericht"))
    assert result.exit_code == 2
    assert "bericht hat keine Dateiendung, die das Format nennt; möglich sind: .csv" in result.stderr
    assert "(oder --format)" in result.stderr


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


def test_details_only_for_the_shown_programmes() -> None:
    from fundmatch.answers import load_answers
    from fundmatch.catalogue import load_catalogue, resolve_paths
    from fundmatch.reports.document import build_report

    catalogue = load_catalogue(resolve_paths(env={}))
    answers = load_answers(Path(EXAMPLE), catalogue.rubric)
    lean = build_report(catalogue, answers, TODAY, 3)
    full = build_report(catalogue, answers, TODAY)
    assert [r.id for r in lean.results] == [r.id for r in full.results]
    assert lean.results[:3] == full.results[:3]
    assert lean.results[3].details is None and full.results[3].details is not None
    assert len(lean.detailed) == 3


def test_an_explained_programme_gets_details_with_its_true_ranks() -> None:
    from fundmatch.answers import load_answers
    from fundmatch.catalogue import load_catalogue, resolve_paths
    from fundmatch.reports.document import build_report

    catalogue = load_catalogue(resolve_paths(env={}))
    # Hann. Münden: 24 programmes in the race, so the last of them is far down.
    answers = load_answers(ROOT / "examples" / "willkommenscafe-hann-muenden.yaml", catalogue.rubric)
    full = build_report(catalogue, answers, TODAY)
    target = [r for r in full.results if r.eligibility != "no"][-1]  # far down, but in the race
    assert target.rank > 10
    one = build_report(catalogue, answers, TODAY, 0, explain=[target.id])
    assert [r.id for r in one.detailed] == [target.id]
    found = one.result(target.id)
    assert found is not None and found.details is not None and target.details is not None
    # The same improvements as when every programme is explained: ranks are absolute.
    assert found.details.improvements == target.details.improvements
    assert found.details.gates == target.details.gates
    assert found.details.robustness is not None
    assert found.details.robustness.best_rank <= target.rank <= found.details.robustness.worst_rank
    # A nein programme has no place to hold: no robustness, explained or not.
    refused = [r for r in full.results if r.eligibility == "no"]
    assert refused and all(r.details is not None and r.details.robustness is None for r in refused)


# --- safe targets ---------------------------------------------------------------------------


def test_the_answers_file_is_never_the_report(runner: CliRunner, tmp_path: Path) -> None:
    answers = tmp_path / "antworten.yaml"
    shutil.copy(EXAMPLE, answers)
    before = answers.read_bytes()
    for name in ("antworten.yaml",):
        result = runner.invoke(
            app,
            [
                "report",
                "--answers",
                str(answers),
                "--date",
                "2026-11-25",
                "--format",
                "md",
                "-o",
                str(tmp_path / name),
            ],
        )
        assert result.exit_code == 2, result.output
        assert "Eingabedatei" in result.stderr
    assert answers.read_bytes() == before


def test_a_programme_or_rubric_file_is_never_the_report(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "programs"
    shutil.copytree(ROOT / "tests" / "data" / "scoring", folder)
    rubric = tmp_path / "rubric.yaml"
    shutil.copy(ROOT / "rubric.yaml", rubric)
    link = tmp_path / "link.md"
    for target in [*sorted(folder.glob("*.yaml"))[:1], rubric]:
        before = target.read_bytes()
        link.unlink(missing_ok=True)
        link.symlink_to(target)  # also through a symlink: the file behind it counts
        for out in (target, link):
            result = report(
                runner, "--programs", str(folder), "--rubric", str(rubric), "--format", "md", "-o", str(out)
            )
            assert result.exit_code == 2, result.output
            assert target.read_bytes() == before
        # match writes its report beside the ranking on the terminal: the same guard
        given = ["--answers", str(EXAMPLE), "--programs", str(folder), "--rubric", str(rubric)]
        matched = runner.invoke(app, ["match", *given, "-o", str(link)])
        assert matched.exit_code == 2, matched.output
        assert "Eingabedatei" in matched.stderr and target.read_bytes() == before


def test_a_symlink_is_written_through_to_its_target(runner: CliRunner, tmp_path: Path) -> None:
    real = tmp_path / "ablage" / "bericht.md"
    real.parent.mkdir()
    real.write_text("alt")
    link = tmp_path / "bericht.md"
    link.symlink_to(real)
    result = report(runner, "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("# Frauen-Café")
    assert [p.name for p in real.parent.iterdir()] == ["bericht.md"]


def test_a_read_only_file_needs_force(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "bericht.md"
    out.write_text("alt")
    out.chmod(0o444)
    result = report(runner, "-o", str(out))
    assert result.exit_code == 2
    assert "schreibgeschützt" in result.stderr and "--force" in result.stderr
    assert out.read_text() == "alt"
    result = report(runner, "-o", str(out), "--force")
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# Frauen-Café")


def test_a_device_is_written_as_a_stream_and_never_replaced(runner: CliRunner) -> None:
    result = report(runner, "-o", "/dev/null", "--format", "md")
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_device_is_a_clear_error(runner: CliRunner) -> None:
    result = report(runner, "-o", "/dev/full", "--format", "md")
    assert result.exit_code == 2
    assert "/dev/full" in result.stderr and "Traceback" not in result.output
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_fifo_is_written_as_a_stream(tmp_path: Path) -> None:
    fifo = tmp_path / "rohr"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, b"# Bericht\n")
    reader.join(5)
    assert received == [b"# Bericht\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_sigterm_while_writing_leaves_no_temporary_file(tmp_path: Path) -> None:
    # A child process writes a large file through a pipe it cannot finish (fsync is
    # replaced by a wait), and is stopped with SIGTERM.
    script = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "import fundmatch.output as out\n"
        "def slow(fd):\n"
        "    print('writing', flush=True); time.sleep(30)\n"
        "os.fsync = slow\n"
        "out.write_atomic(Path(sys.argv[1]), b'x' * 1000)\n"
    )
    target = tmp_path / "bericht.md"
    child = subprocess.Popen([sys.executable, "-c", script, str(target)], stdout=subprocess.PIPE, cwd=ROOT)
    assert child.stdout is not None
    assert child.stdout.readline() == b"writing\n"
    assert any(p.name.endswith(".tmp") for p in tmp_path.iterdir())  # the test can fail
    child.send_signal(signal.SIGTERM)
    assert child.wait(10) == 128 + signal.SIGTERM
    assert list(tmp_path.iterdir()) == []


def test_match_json_to_stdout_is_json(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["match", "--answers", EXAMPLE, "--date", "2026-11-25", "--format", "json", "-o", "-"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["format"] == "fundmatch-ranking"
