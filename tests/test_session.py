"""Issue 12's reproductions for the questionnaire session and the command line, as regression
tests: nothing a sponsor types is lost, and no input or output encoding crashes fundmatch."""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from fundmatch.answers import load_answers
from fundmatch.catalogue import load_rubric
from fundmatch.cli import app
from fundmatch.typed import AnswerError, clean_typed, parse_amount, parse_integer, parse_number
from tests.helpers import CAFE_DE, ROOT, typed

RUBRIC, _ = load_rubric(ROOT / "rubric.yaml")
EXAMPLE = ROOT / "examples" / "frauencafe-uslar.yaml"
DATE = ["--date", "2026-11-25"]
# Index of each question in CAFE_DE (and its number in the summary is index + 1).
TOTAL, REQUESTED, START, DURATION, STARTED = 20, 21, 24, 25, 26


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test in its own working folder, with its own data and state folders."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state-home"))


def ask(runner: CliRunner, lines: list[str], *args: str) -> Any:
    return runner.invoke(app, ["match", *DATE, "--top", "3", *args], input=typed(lines))


def draft_data(path: Path = Path("fundmatch-entwurf.yaml")) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def replaced(index: int, *answers: str) -> list[str]:
    """CAFE_DE with the answer at ``index`` replaced by ``answers`` (tried in turn)."""
    return [*CAFE_DE[:index], *answers, *CAFE_DE[index + 1 :]]


# --- every check of the answers model happens at the prompt ---------------------------------


def test_lowering_the_total_below_the_request_at_the_summary_is_asked_again(runner: CliRunner) -> None:
    saved = Path("saved.yaml")
    lines = [*CAFE_DE[:-1], str(TOTAL + 1), "1.500", "3.000", ""]
    result = ask(runner, lines, "--save-answers", str(saved))
    assert result.exit_code == 0, result.output
    assert "Die Gesamtkosten können nicht niedriger sein als die beantragte Fördersumme (2.300\u00a0€)." in (
        result.stdout
    )
    assert load_answers(saved, RUBRIC).budget.total_eur == 3000


@pytest.mark.parametrize(
    ("index", "wrong", "message"),
    [
        (DURATION, "0", "Bitte mindestens 1 eingeben."),
        (DURATION, "601", "Bitte höchstens 600 eingeben."),
        (12, "5000", "Bitte höchstens 1000 eingeben."),  # partners
        (11, "700", "Bitte höchstens 600 eingeben."),  # months of pre-financing
        (TOTAL, "2000000000000", "Bitte höchstens 1.000.000.000.000\u00a0€ eingeben."),
    ],
)
def test_answers_out_of_the_models_bounds_are_asked_again(
    runner: CliRunner, index: int, wrong: str, message: str
) -> None:
    saved = Path("saved.yaml")
    result = ask(runner, replaced(index, wrong, CAFE_DE[index]), "--save-answers", str(saved))
    assert result.exit_code == 0, result.output
    assert message in result.stdout
    assert load_answers(saved, RUBRIC) == load_answers(EXAMPLE, RUBRIC)


def test_a_past_start_of_a_project_not_yet_started_is_asked_again(runner: CliRunner) -> None:
    saved = Path("saved.yaml")
    lines = replaced(STARTED, "n", "j")
    lines[START] = "01.09.2026"
    result = ask(runner, lines, "--save-answers", str(saved))
    assert result.exit_code == 0, result.output
    assert "Der Projektbeginn 01.09.2026 liegt vor dem 25.11.2026" in result.stdout
    assert load_answers(saved, RUBRIC).timing.already_started is True


def test_a_rejected_answer_never_reaches_the_draft(runner: CliRunner) -> None:
    lines = [*CAFE_DE[:TOTAL], "2000", "3000"]  # then the input ends
    result = ask(runner, lines)
    assert result.exit_code == 1
    budget = draft_data()["budget"]
    assert budget == {"total_eur": 2000.0}
    assert load_answers(Path("fundmatch-entwurf.yaml"), RUBRIC).budget.requested_eur is None


def test_a_correction_offers_the_current_answer_and_enter_keeps_it(runner: CliRunner) -> None:
    saved = Path("saved.yaml")
    lines = [*CAFE_DE[:-1], str(DURATION + 1), "", ""]
    result = ask(runner, lines, "--save-answers", str(saved))
    assert result.exit_code == 0, result.output
    assert "Laufzeit in Monaten [Enter = 10]:" in result.stdout
    assert load_answers(saved, RUBRIC).timing.duration_months == 10


# --- what the keyboard and the terminal deliver ---------------------------------------------


@pytest.mark.parametrize("text", ["²", "³", "١٢", "１２", "1" * 5000, "12½"])
def test_odd_digits_and_huge_numbers_are_refused_with_a_message(text: str) -> None:
    for parse in (parse_integer, parse_number, parse_amount):
        with pytest.raises(AnswerError):
            parse(text)


def test_odd_digits_at_the_prompt_are_asked_again(runner: CliRunner) -> None:
    saved = Path("saved.yaml")
    result = ask(runner, replaced(6, "²", "٣", "9" * 5000, "0"), "--save-answers", str(saved))
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Bitte eine ganze Zahl eingeben, z. B. 12.") == 2
    assert "Diese Zahl hat zu viele Stellen." in result.stdout
    assert load_answers(saved, RUBRIC) == load_answers(EXAMPLE, RUBRIC)


@pytest.mark.parametrize(
    ("typed_text", "kept"),
    [
        ("Nähgrupe\x1b[D\x1b[Dp", "Nähgrupep"),  # arrow keys without line editing
        ("Café\x1bOA", "Café"),  # an arrow key in application mode
        ("GOOD NAME\rEVIL", "GOOD NAMEEVIL"),
        ("\x1b]8;;https://evil.example\x07Portal\x1b]8;;\x07", "Portal"),  # OSC 8 link
        ("\x1b]52;c;ZXZpbA==\x07x", "x"),  # OSC 52: the clipboard
        ("a\x07b\x08c\x85d\x9b2Je", "abcde"),  # BEL, BS, NEL, CSI as one C1 character
        ("\u202eevil\u202c name", "evil name"),  # right-to-left override
        ("ሰላም 你好 สวัสดี 👩‍👩‍👧", "ሰላም 你好 สวัสดี 👩‍👩‍👧"),  # scripts and emoji stay
    ],
)
def test_escape_sequences_and_control_characters_never_enter_an_answer(typed_text: str, kept: str) -> None:
    assert clean_typed(typed_text) == kept


def test_arrow_keys_in_a_name_leave_a_clean_draft(runner: CliRunner) -> None:
    result = ask(runner, ["Nähgrupe\x1b[D\x1b[Dp", "2"])
    assert result.exit_code == 1
    assert draft_data()["organisation"]["name"] == "Nähgrupep"


def _run(args: list[str], stdin: bytes = b"", **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if k not in ("FUNDMATCH_LANG",)}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "fundmatch", *args],
        input=stdin,
        capture_output=True,
        env=environment,
        check=False,
    )


def test_invalid_utf8_typed_is_asked_again_and_never_stored() -> None:
    out = _run(["match", *DATE], b"Caf\xe9\nCaf\xc3\xa9\n")
    assert out.returncode == 1
    assert b"kein UTF-8" in out.stdout
    assert b"Traceback" not in out.stderr
    assert draft_data()["organisation"]["name"] == "Café"
    load_answers(Path("fundmatch-entwurf.yaml"), RUBRIC)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "ascii"])
def test_output_encodings_that_cannot_show_a_character_never_crash(encoding: str) -> None:
    env = {"PYTHONIOENCODING": encoding, "COLUMNS": "200"}
    cafe = str(EXAMPLE)
    for args in (
        ["match", "--answers", cafe, *DATE, "--top", "3"],
        ["explain", "lotto-sport-integration-vor-ort", "--answers", cafe, *DATE],
        ["programs", "show", "lotto-sport-integration-vor-ort"],
        ["questions"],
    ):
        out = _run(args, **env)
        assert out.returncode == 0, (args, out.stderr)
        assert b"Traceback" not in out.stderr
    # ASCII answers (the input is read in that encoding too); the location prints "→ Uslar".
    interactive = _run(["match", *DATE], typed(["Frauen-Cafe", *CAFE_DE[1:6]]).encode(), **env)
    assert interactive.returncode == 1, interactive.stderr
    assert b"Traceback" not in interactive.stderr
    assert draft_data()["organisation"]["location"] == "uslar"


# --- drafts and saved answers ---------------------------------------------------------------


def test_resume_reads_a_saved_answers_file(runner: CliRunner) -> None:
    saved = Path("saved.yaml")
    assert ask(runner, CAFE_DE, "--save-answers", str(saved)).exit_code == 0
    assert "start: 2027-03-01\n" in saved.read_text(encoding="utf-8")  # a date, not a quoted string
    saved.write_text(saved.read_text(encoding="utf-8").replace("start: 2027-03-01", "start: '2027-03-01'"))
    again = Path("again.yaml")
    result = ask(runner, [""], "--resume", str(saved), "--save-answers", str(again))
    assert result.exit_code == 0, result.output
    assert "Entwurf geladen: 27 von 27 Fragen beantwortet." in result.stderr
    assert load_answers(again, RUBRIC) == load_answers(EXAMPLE, RUBRIC)


def test_saving_answers_into_a_missing_folder_is_refused_before_any_question(runner: CliRunner) -> None:
    result = ask(runner, CAFE_DE, "--save-answers", "gibt/es/nicht.yaml")
    assert result.exit_code == 2
    assert "Ordner nicht gefunden: gibt/es" in result.stderr
    assert "Schritt 1 von 5" not in result.stdout


def test_a_failed_save_keeps_the_draft(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    import fundmatch.session

    original = fundmatch.session.write_atomic

    def refuse_saved(path: Path, data: bytes) -> None:
        if Path(path).name == "saved.yaml":
            raise PermissionError(13, "Permission denied")
        original(path, data)

    monkeypatch.setattr(fundmatch.session, "write_atomic", refuse_saved)
    result = ask(runner, [*CAFE_DE, ""], "--save-answers", "saved.yaml")
    assert result.exit_code == 0, result.output
    assert "Die Antworten konnten nicht in saved.yaml gespeichert werden: keine Berechtigung" in result.stderr
    assert "Ihre Antworten bleiben im Entwurf fundmatch-entwurf.yaml" in result.stderr
    assert load_answers(Path("fundmatch-entwurf.yaml"), RUBRIC) == load_answers(EXAMPLE, RUBRIC)


def test_a_draft_goes_to_the_data_folder_when_the_working_folder_is_read_only(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fundmatch.session

    original = fundmatch.session.write_atomic

    def read_only_here(path: Path, data: bytes) -> None:
        if Path(path).resolve().parent == tmp_path:
            raise PermissionError(13, "Permission denied")
        original(path, data)

    monkeypatch.setattr(fundmatch.session, "write_atomic", read_only_here)
    result = ask(runner, CAFE_DE[:3])
    assert result.exit_code == 1
    draft = tmp_path / "data-home" / "fundmatch" / "fundmatch-entwurf.yaml"
    assert result.stderr.count("gespeichert in: ") == 1  # the path is shown once
    assert "data-home/fundmatch/fundmatch-entwurf.yaml" in result.stderr
    assert draft_data(draft)["organisation"]["legal_form"] == "initiative"


def test_the_draft_is_removed_once_the_answers_are_saved(runner: CliRunner) -> None:
    result = ask(runner, CAFE_DE, "--save-answers", "saved.yaml")
    assert result.exit_code == 0, result.output
    assert not Path("fundmatch-entwurf.yaml").exists()
    assert Path("saved.yaml").is_file()


def _typing(lines: list[str], then: type[BaseException]) -> Iterator[str]:
    yield from lines
    raise then


@pytest.mark.parametrize("stop", [KeyboardInterrupt, EOFError])
def test_ctrl_c_or_end_of_input_at_the_final_offers_keeps_the_draft(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, stop: type[BaseException]
) -> None:
    lines = _typing(CAFE_DE, stop)
    monkeypatch.setattr(builtins, "input", lambda *_: next(lines))
    result = runner.invoke(app, ["match", *DATE, "--top", "3"])
    assert result.exit_code == (130 if stop is KeyboardInterrupt else 0), result.output
    assert "Traceback" not in result.output
    assert load_answers(Path("fundmatch-entwurf.yaml"), RUBRIC) == load_answers(EXAMPLE, RUBRIC)


def test_ctrl_c_while_the_ranking_is_computed_keeps_the_draft(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("fundmatch.reports.document.build_report", interrupted)
    result = ask(runner, CAFE_DE)
    assert result.exit_code == 130
    assert "Weitermachen mit: fundmatch match --resume fundmatch-entwurf.yaml" in result.stderr
    assert load_answers(Path("fundmatch-entwurf.yaml"), RUBRIC) == load_answers(EXAMPLE, RUBRIC)


# --- the error boundary -----------------------------------------------------------------------


def _broken_renderer(*_: object, **__: object) -> None:
    raise RuntimeError("renderer broke")


def test_a_bug_exits_3_with_one_line_and_a_crash_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("fundmatch.reports.terminal.print_ranking", _broken_renderer)
    result = runner.invoke(app, ["match", "--answers", str(EXAMPLE), *DATE])
    assert result.exit_code == 3
    [line] = [line for line in result.stderr.splitlines() if not line.startswith("Katalog:")]
    assert line.startswith("interner Fehler, Details in ")
    crash = Path(line.removeprefix("interner Fehler, Details in "))
    assert crash.parent == tmp_path / "state-home" / "fundmatch"
    assert "RuntimeError: renderer broke" in crash.read_text(encoding="utf-8")
    assert "Traceback" not in result.output


def test_a_bug_after_the_questions_keeps_the_draft_and_says_so(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("fundmatch.reports.terminal.print_ranking", _broken_renderer)
    result = ask(runner, CAFE_DE, "--lang", "en")
    assert result.exit_code == 3
    assert "Your answers stay in the draft fundmatch-entwurf.yaml" in result.stderr
    assert "internal error, details in " in result.stderr
    assert "Traceback" not in result.output
    assert load_answers(Path("fundmatch-entwurf.yaml"), RUBRIC) == load_answers(EXAMPLE, RUBRIC)


def test_the_console_script_reports_a_bug_without_a_traceback(tmp_path: Path) -> None:
    code = (
        "import sys, fundmatch.reports.terminal as t\n"
        "def boom(*a, **k): raise ValueError('boom')\n"
        "t.print_ranking = boom\n"
        "from fundmatch.cli import main\n"
        f"sys.argv = ['fundmatch', 'match', '--answers', {str(EXAMPLE)!r}, '--date', '2026-11-25']\n"
        "main()\n"
    )
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert out.returncode == 3
    assert "Traceback" not in out.stderr
    assert out.stderr.splitlines()[-1].startswith("interner Fehler, Details in ")
    assert len(list((tmp_path / "state" / "fundmatch").glob("crash-*.txt"))) == 1


def test_ctrl_c_outside_the_questionnaire_exits_130(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("fundmatch.reports.document.build_report", interrupted)
    result = runner.invoke(app, ["match", "--answers", str(EXAMPLE), *DATE])
    assert result.exit_code == 130
    assert "Traceback" not in result.output


# --- small ones ---------------------------------------------------------------------------


def test_columns_zero_still_prints_the_ranking(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["match", "--answers", str(EXAMPLE), *DATE, "--top", "3"], env={"COLUMNS": "0"}
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Antragsberechtigt (ja): 1 Programm\n\n 1. ")
    assert "Ansprechstelle: " in result.stdout


def test_json_to_stdout_with_dash_output(runner: CliRunner) -> None:
    args = ["match", "--answers", str(EXAMPLE), *DATE, "--format", "json"]
    dashed = runner.invoke(app, [*args, "-o", "-"])
    assert dashed.exit_code == 0, dashed.output
    assert json.loads(dashed.stdout)["results"]
    plain = runner.invoke(app, args)
    assert json.loads(dashed.stdout) == json.loads(plain.stdout)


def test_interactive_json_keeps_the_prompts_out_of_stdout(runner: CliRunner) -> None:
    result = ask(runner, CAFE_DE, "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["answers"]["organisation"]["location"] == "uslar"
    assert "Schritt 1 von 5: Wer sind wir?" in result.stderr


def test_lang_before_or_after_the_command(runner: CliRunner) -> None:
    args = ["--answers", str(EXAMPLE), *DATE, "--top", "1"]
    before = runner.invoke(app, ["--lang", "en", "match", *args])
    after = runner.invoke(app, ["match", *args, "--lang", "en"])
    assert before.exit_code == after.exit_code == 0
    assert before.stdout == after.stdout
    assert "Eligible (yes): 1 programme" in before.stdout
    out = _run(["--lang", "en", "--help"])
    assert b"find and rate funding programmes" in out.stdout


@pytest.mark.parametrize("date", ["25.11.2026", "25.11.26", "2026-11-25"])
def test_dates_as_germans_write_them_everywhere(runner: CliRunner, date: str) -> None:
    reference = runner.invoke(app, ["match", "--answers", str(EXAMPLE), *DATE, "--format", "json"])
    result = runner.invoke(app, ["match", "--answers", str(EXAMPLE), "--date", date, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stdout == reference.stdout
    audit = runner.invoke(app, ["programs", "audit", "--date", date])
    assert audit.exit_code == 0, audit.output


@pytest.mark.parametrize(
    ("date", "reason"),
    [
        ("30.02.2027", "Den Tag 30.02.2027 gibt es nicht."),
        ("März", "Bitte ein Datum eingeben, z. B. 01.03.2027, 1.3.27 oder 2027-03-01."),
    ],
)
def test_a_bad_date_is_a_usage_error_in_the_users_language(runner: CliRunner, date: str, reason: str) -> None:
    for command in (["match", "--answers", str(EXAMPLE)], ["programs", "audit"]):
        result = runner.invoke(app, [*command, "--date", date])
        assert result.exit_code == 2
        assert f"„{date}“: {reason}" in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_an_error_message_not_a_crash(tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:
        out = subprocess.run(
            [sys.executable, "-m", "fundmatch", "questions"],
            stdout=full,
            stderr=subprocess.PIPE,
            env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")},
            check=False,
        )
    assert out.returncode == 1
    assert out.stderr.decode().splitlines()[-1:] == [
        "Fehler: kein Platz mehr auf dem Datenträger"
    ]  # after the catalogue line
    assert not (tmp_path / "state").exists()


def test_stopping_before_the_first_answer_says_there_is_no_draft(runner: CliRunner) -> None:
    result = runner.invoke(app, ["match", *DATE], input="")
    assert result.exit_code == 1
    assert "Abgebrochen, bevor eine Frage beantwortet war; es gibt keinen Entwurf." in result.stderr
    assert not Path("fundmatch-entwurf.yaml").exists()


def test_the_project_start_lies_between_1900_and_2199(runner: CliRunner) -> None:
    saved = Path("saved.yaml")
    result = ask(
        runner, replaced(START, "9999-11-15", "01.03.0202", CAFE_DE[START]), "--save-answers", str(saved)
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Bitte ein Datum zwischen 1900 und 2199 eingeben.") == 2
    assert load_answers(saved, RUBRIC) == load_answers(EXAMPLE, RUBRIC)


def test_a_private_person_is_offered_only_the_statuses_a_person_can_hold(runner: CliRunner) -> None:
    lines = [CAFE_DE[0], "1", "1", *CAFE_DE[3:]]  # Privatperson; status 1 of those offered
    result = ask(runner, lines)
    assert result.exit_code == 0, result.output
    assert " 1) Projekt von jungen Menschen geleitet" in result.output
    assert "Bundesweiter Dachverband" not in result.output  # an organisation's status
    assert draft_data()["organisation"]["statuses"] == ["junge_projektleitung"]
