from __future__ import annotations

import gc
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from fundmatch import __version__
from fundmatch.cli import app
from fundmatch.schemas import schema_text
from tests.conftest import DATA, ROOT


def test_a_run_pauses_the_cycle_collector_and_restores_it(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fundmatch import staffcommands

    seen: list[bool] = []

    def load(*args: object, **kwargs: object) -> None:
        seen.append(gc.isenabled())
        raise typer.Exit(0)

    monkeypatch.setattr(staffcommands, "load", load)
    for before in (True, False):
        (gc.enable if before else gc.disable)()
        assert runner.invoke(app, ["programs", "list"]).exit_code == 0
        assert gc.isenabled() is before
    gc.enable()
    assert seen == [False, False]


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"fundmatch {__version__}\n"


def test_help_and_version_do_not_import_heavy_modules() -> None:
    code = (
        "import sys\n"
        "from fundmatch.cli import main\n"
        "for args in (['--help'], ['--version']):\n"
        "    sys.argv = ['fundmatch', *args]\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = {'pydantic', 'yaml', 'typst', 'rich'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_runs_without_a_separately_installed_click() -> None:
    # A plain install has only the click typer vendors; click itself comes with the web extra.
    code = (
        "import sys\n"
        "sys.modules['click'] = None  # importing click now fails, as in a plain install\n"
        "from fundmatch.cli import main\n"
        "sys.argv = ['fundmatch', '--lang', 'de', '--help']\n"
        "main()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Aufruf: ")


def test_programs_list_names_the_catalogue(runner: CliRunner) -> None:
    result = runner.invoke(app, ["programs", "list"])
    assert result.exit_code == 0, result.output
    assert "(mitgeliefert)" in result.stderr
    assert "lotto-sport-integration-vor-ort" in result.stdout
    assert "3.000\u00a0€" in result.stdout


def test_programs_list_from_option_and_environment(runner: CliRunner, program_dir: Path) -> None:
    result = runner.invoke(app, ["programs", "list", "--programs", str(program_dir)])
    assert "Katalog: 1 Programm aus " in result.stderr
    assert "(Option)" in result.stderr
    assert "test-programm" in result.stdout
    result = runner.invoke(
        app, ["programs", "list", "--lang", "en"], env={"FUNDMATCH_PROGRAMS": str(program_dir)}
    )
    assert "Catalogue: 1 programme from " in result.stderr
    assert "(environment variable)" in result.stderr


def test_programs_show(runner: CliRunner) -> None:
    result = runner.invoke(app, ["programs", "show", "lotto-sport-integration-vor-ort"])
    assert result.exit_code == 0, result.output
    assert "Höchstbetrag: 3.000\u00a0€" in result.stdout
    assert "Mindestbetrag: unbekannt" in result.stdout
    assert "Quellen: [1] https://www.lotto-sport-stiftung.de/aktuelles/integration-vor-ort/" in result.stdout


def test_programs_show_names_the_funding_type_and_a_bound_purpose_in_words(runner: CliRunner) -> None:
    shown = runner.invoke(app, ["programs", "show", "lotto-sport-sport-vor-ort"]).stdout
    assert "Finanzierungsart: Anteilfinanzierung\n" in shown
    # The bound purpose cites its own evidence (the LSB's applicants clause, source 1), not
    # the themes' (source 2).
    lsb = runner.invoke(app, ["programs", "show", "lsb-integration-im-und-durch-sport"]).stdout
    assert "Nur Projekte zum Thema: Sport [1]\n" in lsb
    assert re.search(r"Themen: Sport, .* \[2\]\n", lsb)
    english = runner.invoke(app, ["--lang", "en", "programs", "show", "lotto-sport-sport-vor-ort"]).stdout
    assert "Funding type: share of the costs\n" in english


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_funding_type_has_a_name(lang: str) -> None:
    from fundmatch.i18n import t
    from fundmatch.models import FundingType

    names = [t(f"funding_type.{kind.value}", lang) for kind in FundingType]
    assert len(set(names)) == len(FundingType)


def test_programs_show_unknown_id_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["programs", "show", "gibtsnicht"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0].startswith("Katalog: ")  # which catalogue was read
    assert (
        result.stderr.splitlines()[1]
        == "Fehler: unbekannte Programm-ID „gibtsnicht“ (alle IDs: fundmatch programs list)"
    )


def test_programs_show_finds_a_programme_as_explain_does(runner: CliRunner) -> None:
    # One lookup for explain, ask and programs show: part of a name, or the closest ids.
    named = runner.invoke(app, ["programs", "show", "Kleines Geld"])
    assert named.exit_code == 0, named.output
    assert named.stdout.startswith("Mikroförderung „Kleines Geld, große Wirkung“ [lagfa-mikrofoerderung]")
    typo = runner.invoke(app, ["programs", "show", "klosterkamer"])
    assert typo.exit_code == 2
    assert "Kein Programm „klosterkamer“. Meinten Sie: klosterkammer-hannover" in typo.stderr


def test_validate_bundled_catalogue(runner: CliRunner) -> None:
    result = runner.invoke(app, ["programs", "validate"])
    assert result.exit_code == 0, result.output
    assert "keine Fehler" in result.stderr


def test_validate_broken_folder_text_and_parsable(runner: CliRunner) -> None:
    folder = str(DATA / "broken_programs")
    result = runner.invoke(app, ["programs", "validate", folder])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 10
    assert lines[-1] == "9 Fehler gefunden."
    assert "Traceback" not in result.output
    result = runner.invoke(app, ["programs", "validate", folder, "--format", "parsable"])
    assert result.exit_code == 1
    assert any(
        line.endswith(
            "wrong-type.yaml:9:19: [error] participants_min: muss eine ganze Zahl sein "
            "(schreiben Sie eine Zahl, oder null, wenn sie unbekannt ist)"
        )
        for line in result.stdout.splitlines()
    )


def test_validate_json(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["programs", "validate", str(DATA / "broken_programs" / "min-max.yaml"), "--format", "json"]
    )
    assert result.exit_code == 1
    [problem] = json.loads(result.stdout)
    assert problem["line"] == 11
    assert problem["path"] == "funding.max_eur"
    assert problem["message"] == "min_eur (5000) ist größer als max_eur (1000)"


def test_validate_missing_path_is_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["programs", "validate", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2


def test_rubric_show_and_validate(runner: CliRunner) -> None:
    result = runner.invoke(app, ["rubric", "show"])
    assert result.exit_code == 0, result.output
    assert "Eigenanteil und Kofinanzierung" in result.stdout
    assert "5 = sehr gut nutzbar" in result.stdout
    result = runner.invoke(app, ["rubric", "show", "--lang", "en"])
    assert "Own share and co-financing" in result.stdout
    result = runner.invoke(app, ["rubric", "validate"])
    assert result.exit_code == 0
    assert "14 Kriterien" in result.stderr


def test_bad_language_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["rubric", "show", "--lang", "fr"])
    assert result.exit_code == 2


def test_shipped_schemas_are_current() -> None:
    for name in ("program", "rubric", "answers"):
        shipped = (ROOT / "schema" / f"{name}.schema.json").read_text(encoding="utf-8")
        assert shipped == schema_text(name), "run: fundmatch schema --write schema"


def test_yaml_files_point_editors_at_the_schema() -> None:
    files = [ROOT / "rubric.yaml", *sorted((ROOT / "programs").glob("*.yaml"))]
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        target = (path.parent / first.split("$schema=")[1]).resolve()
        assert target.is_file(), path


def test_schema_command_prints_json(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["schema", "answers"])
    assert json.loads(result.stdout)["title"] == "Answers"
    result = runner.invoke(app, ["schema", "--write", str(tmp_path)])
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "answers.schema.json",
        "program.schema.json",
        "rubric.schema.json",
    ]


def _commands(group: Any, prefix: str = "") -> list[tuple[str, Any]]:
    found = []
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        if hasattr(command, "commands"):
            found += _commands(command, f"{full} ")
        else:
            found.append((full, command))
    return found


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = _commands(typer.main.get_command(app))
    assert commands
    for name, command in commands:
        assert command.help, name
        assert f"fundmatch {name}" in readme, name


# rich draws on the terminal: only the commands, the dialogue and session, the consoles and the
# terminal renderer. typer: only the command line and its error boundary.
RICH_ALLOWED = {
    "cli.py",
    "commands.py",
    "staffcommands.py",
    "console.py",
    "prompting.py",
    "session.py",
    "terminal.py",
    "terminal_ranking.py",
}
TYPER_ALLOWED = {"cli.py", "boundary.py", "clicktext.py"}


def test_core_modules_never_import_the_cli_libraries() -> None:
    import ast

    for path in sorted((ROOT / "fundmatch").rglob("*.py")):
        if path.name in TYPER_ALLOWED:
            continue
        banned = {"typer", "click"} | (set() if path.name in RICH_ALLOWED else {"rich"})
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in banned, f"{path.name} imports {name}"


EINBECK = str(ROOT / "examples" / "integrationsfussball-einbeck.yaml")


def test_match_shows_blocks_at_every_width(runner: CliRunner) -> None:
    args = ["match", "--answers", EINBECK, "--date", "2026-11-25", "--top", "3"]
    for columns in ("200", "80"):
        shown = runner.invoke(app, args, env={"COLUMNS": columns})
        assert shown.exit_code == 0, shown.output
        assert shown.stdout.startswith("Antragsberechtigt (ja): ")
        assert "\n 1. LSB-Richtlinie zur Förderung der Integration im und durch Sport" in shown.stdout
        assert "ID: lsb-integration-im-und-durch-sport" in shown.stdout


def test_explain_answers_why_and_compares(runner: CliRunner) -> None:
    base = ["--answers", EINBECK, "--date", "2026-11-25"]
    result = runner.invoke(app, ["explain", "amif", *base])
    assert result.exit_code == 0, result.output
    assert "4.500\u00a0€ je Jahr liegt unter dem Mindestbetrag von 100.000\u00a0€ je Jahr." in result.stdout
    assert "Bitte prüfen:" in result.stdout
    assert "Ohne Gewähr" in result.stdout
    result = runner.invoke(app, ["explain", "lsb-integration-im-und-durch-sport", "--vs", "amif", *base])
    assert result.exit_code == 0, result.output
    assert "im Vergleich zu" in result.stdout
    assert (
        "Antragsberechtigung: ja gegenüber nein" in result.stdout
    )  # a member club; AMIF misses on several gates
    result = runner.invoke(app, ["explain", "gibtsnicht", *base])
    assert result.exit_code == 2
    itself = runner.invoke(app, ["explain", "amif", "--vs", "AMIF", *base])  # a name's part, too
    assert itself.exit_code == 2
    assert "--vs nennt dasselbe Programm (amif); bitte ein anderes zum Vergleich angeben" in itself.stderr


def test_missing_answers_and_bad_date_are_usage_errors(runner: CliRunner) -> None:
    assert runner.invoke(app, ["explain", "amif"]).exit_code == 2
    assert runner.invoke(app, ["match", "--answers", EINBECK, "--date", "2026-13-01"]).exit_code == 2


def test_help_follows_the_language() -> None:
    from fundmatch.cli import _peek_lang

    assert _peek_lang(["fundmatch", "match", "--help"]) == "de"
    assert _peek_lang(["fundmatch", "match", "--lang", "en", "--help"]) == "en"
    assert _peek_lang(["fundmatch", "--lang=en"]) == "en"
    out = subprocess.run(
        [sys.executable, "-m", "fundmatch", "match", "--help", "--lang", "en"], capture_output=True, text=True
    )
    assert "Rank the programmes for your project." in out.stdout


def test_narrow_terminals_get_blocks_instead_of_tables(runner: CliRunner) -> None:
    result = runner.invoke(app, ["programs", "list"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert "lotto-sport-integration-vor-ort\n    Programm: Integration vor Ort\n" in result.stdout
    assert "┃" not in result.stdout


def test_the_command_line_only_declares_commands() -> None:
    """cli.py draws no tables and runs no questionnaire: it imports neither rich nor the
    dialogue, and stays small."""
    import ast

    source = (ROOT / "fundmatch" / "cli.py").read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
    assert not {m for m in imported if m.split(".")[0] == "rich"}
    assert not imported & {"fundmatch.prompting", "fundmatch.session", "fundmatch.reports.terminal"}
    assert len(source.splitlines()) <= 450  # no module in fundmatch/ is longer


ENGLISH_CLICK_WORDS = ("Usage:", "Options:", "Show this message", "[default", "<file>", "<path>", "<dir>")
ENGLISH_CLICK_WORDS += ("<int", "<list", "Error:", "Try '", "Possible options")


def _command_paths(group: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [path]
    for name, command in getattr(group, "commands", {}).items():
        found += _command_paths(command, (*path, name))
    return found


def test_german_help_and_usage_errors_have_no_english_click_words() -> None:
    import typer.main

    root = typer.main.get_command(app)
    for path in _command_paths(root):
        out = subprocess.run(
            [sys.executable, "-m", "fundmatch", *path, "--help"], capture_output=True, text=True
        )
        assert out.returncode == 0, (path, out.stderr)
        assert not [w for w in ENGLISH_CLICK_WORDS if w in out.stdout], (path, out.stdout)
    out = subprocess.run(
        [sys.executable, "-m", "fundmatch", "match", "--formt"], capture_output=True, text=True
    )
    assert out.returncode == 2
    assert "Fehler: Unbekannte Option: --formt (mögliche Optionen: " in out.stderr
    assert not [w for w in ENGLISH_CLICK_WORDS if w in out.stderr], out.stderr
    english = subprocess.run(
        [sys.executable, "-m", "fundmatch", "--lang", "en", "match", "--bogus"],
        capture_output=True,
        text=True,
    )
    assert "Error: No such option: --bogus" in english.stderr


def test_english_errors_for_option_values_without_pydantics_prefix() -> None:
    result = CliRunner().invoke(app, ["match", "--lang", "en", "--format", "xml"])
    assert result.exit_code == 2
    assert "Error: Invalid value for '--format': 'xml' is not one of 'table', 'json'." in result.output
    empty = CliRunner().invoke(app, ["match", "--lang", "en", "--answers", ""])
    assert "Error: Invalid value for '--answers' / '-a': empty; please give a file name." in empty.output


@pytest.mark.parametrize(
    ("args", "german"),
    [
        (["--answers", "{tmp}"], "Ungültiger Wert für --answers: „{tmp}“ ist ein Ordner, keine Datei."),
        (["--programs", "{file}"], "Ungültiger Wert für --programs: „{file}“ ist eine Datei, kein Ordner."),
        (["--output", ""], "Ungültiger Wert für --output: leer; bitte einen Dateinamen angeben."),
        (["--top", "0"], "Ungültiger Wert für --top: mindestens 1 angeben"),
        (["--format", "xml"], "Ungültiger Wert für --format: „xml“ ist keiner der Werte „table“, „json“."),
    ],
)
def test_german_errors_for_option_values(args: list[str], german: str, tmp_path: Path) -> None:
    file = tmp_path / "file.yaml"
    file.write_text("x: 1\n", encoding="utf-8")
    filled = [a.format(tmp=tmp_path, file=file) for a in args]
    result = CliRunner().invoke(app, ["match", *filled])
    assert result.exit_code == 2
    assert "Fehler: " + german.format(tmp=tmp_path, file=file) in result.output
    assert not [w for w in ENGLISH_CLICK_WORDS if w in result.output], result.output


def test_an_answers_file_that_is_no_plain_file_is_named_as_such() -> None:
    result = CliRunner().invoke(app, ["match", "--answers", "/dev/null"])
    assert result.exit_code == 1
    assert "/dev/null:1:1: keine normale Datei" in result.output
    assert "nicht gefunden" not in result.output


def test_no_module_is_longer_than_450_lines() -> None:
    for path in (ROOT / "fundmatch").rglob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 450, path.name
