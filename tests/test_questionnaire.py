from __future__ import annotations

import builtins
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fundmatch.answers import load_answers
from fundmatch.catalogue import load_rubric
from fundmatch.cli import app
from fundmatch.questionnaire import BY_ID, choices, find_locations, parse_choices, template, to_yaml
from fundmatch.typed import AnswerError, parse_amount, parse_date, parse_integer, parse_number, parse_yesno
from tests.helpers import CAFE_DE, ROOT, typed

RUBRIC, _ = load_rubric(ROOT / "rubric.yaml")
EXAMPLE = ROOT / "examples" / "frauencafe-uslar.yaml"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1500", 1500.0),
        ("1.500", 1500.0),
        ("1.500,50 €", 1500.5),
        ("1500.50", 1500.5),
        ("1,500.50", 1500.5),
        ("1500,5", 1500.5),
        ("2.000.000 EUR", 2_000_000.0),
        ("0", 0.0),
        ("3.000,- €", 3000.0),  # whole euros, as a German invoice writes them
        ("3000,--", 3000.0),
        ("ca. 2.500 €", 2500.0),  # an estimate is what the questions ask for
        ("rund 2500", 2500.0),
        ("~2500", 2500.0),
    ],
)
def test_amounts_as_people_type_them(text: str, value: float) -> None:
    assert parse_amount(text) == value


@pytest.mark.parametrize("text", ["", "abc", "-5", "1.500,505", "1..5", "5 Euro 20", "1,6.2"])
def test_impossible_amounts_are_refused(text: str) -> None:
    with pytest.raises(AnswerError) as info:
        parse_amount(text)
    assert (
        info.value.message.render("de") == "Bitte einen Betrag eingeben, z. B. 1500, 1.500 oder 1.500,50 €."
    )


def test_dates_as_people_type_them() -> None:
    expected = dt.date(2027, 3, 1)
    assert parse_date("01.03.2027") == expected
    assert parse_date("1.3.27") == expected
    assert parse_date("2027-03-01") == expected
    with pytest.raises(AnswerError) as info:
        parse_date("31.02.2027")
    assert info.value.message.render("de") == "Den Tag 31.02.2027 gibt es nicht."
    with pytest.raises(AnswerError):
        parse_date("März")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1. März 2027", dt.date(2027, 3, 1)),
        ("15 June 2027", dt.date(2027, 6, 15)),
        ("März 2027", dt.date(2027, 3, 1)),  # a month alone: its first day, the earliest start
        ("Sept. 2027", dt.date(2027, 9, 1)),
        ("Jänner 2028", dt.date(2028, 1, 1)),
        ("03/2027", dt.date(2027, 3, 1)),
    ],
)
def test_dates_with_month_names_or_a_month_alone(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["Marmelade 2027", "Ma 2027", "13/2027", "31. Februar 2027", "März"])
def test_no_month_or_no_such_day_is_refused(text: str) -> None:
    with pytest.raises(AnswerError):
        parse_date(text)


def test_an_estimate_of_a_count() -> None:
    assert parse_integer("etwa 12") == 12
    assert parse_number("ca. 2,5") == 2.5
    with pytest.raises(AnswerError):
        parse_integer("ca.")


def test_yes_and_no_per_language() -> None:
    assert parse_yesno("j", "de") is True
    assert parse_yesno("Nein", "de") is False
    assert parse_yesno("y", "en") is True
    with pytest.raises(AnswerError):
        parse_yesno("j", "en")


def test_choices_by_number_or_id() -> None:
    options = [("a", "A"), ("b", "B"), ("c", "C")]
    assert parse_choices("1,3", options, several=True) == ["a", "c"]
    assert parse_choices("3 1 3", options, several=True) == ["c", "a"]
    assert parse_choices("b", options, several=False) == ["b"]
    with pytest.raises(AnswerError):
        parse_choices("4", options, several=True)
    with pytest.raises(AnswerError):
        parse_choices("1,2", options, several=False)


def test_choices_by_a_word_of_their_label_in_either_language() -> None:
    legal_forms = choices(BY_ID["organisation.legal_form"], RUBRIC)
    assert parse_choices("Verein", legal_forms, several=False) == ["verein"]
    assert parse_choices("Eingetragener Verein", legal_forms, several=False) == ["verein"]
    assert parse_choices("Kirche", legal_forms, several=False) == ["kirchengemeinde"]
    assert parse_choices("foundation", legal_forms, several=False) == ["stiftung"]
    themes = choices(BY_ID["needs.themes"], RUBRIC)
    picked = parse_choices("Sprache, Begegnung; 11", themes, several=True)
    assert picked == ["sprache", "zusammenhalt", "sport"]
    groups = choices(BY_ID["needs.target_groups"], RUBRIC)
    assert parse_choices("Frauen", groups, several=True) == ["frauen"]  # the id, though two labels say so
    # An equal word beats a beginning, the label that begins with it a later word, the label
    # that is the word one that goes on.
    assert parse_choices("refugees, women", groups, several=True) == ["gefluechtete", "frauen"]
    assert parse_choices("Geflüchtete", groups, several=True) == ["gefluechtete"]
    statuses = choices(BY_ID["organisation.statuses"], RUBRIC)
    assert parse_choices("non-profit", statuses, several=True) == ["gemeinnuetzig"]  # "profit" names it
    with pytest.raises(AnswerError):  # "oder" is in three labels: no guess
        parse_choices("oder", legal_forms, several=False)
    with pytest.raises(AnswerError):  # too short to name anything
        parse_choices("e.V.", legal_forms, several=False)


def test_choices_by_a_label_typed_whole_or_begun() -> None:
    """A label copied from the list is that choice, not its words one by one."""
    groups = choices(BY_ID["needs.target_groups"], RUBRIC)
    assert parse_choices("Kinder und Jugendliche", groups, several=True) == ["kinder_jugendliche"]
    assert parse_choices("Frauen und Mädchen", groups, several=True) == ["frauen"]
    assert parse_choices("Geflüchtete Frauen", groups, several=True) == ["gefluechtete_frauen"]
    assert parse_choices("Kinder & Jugendliche, Ältere", groups, several=True) == [
        "kinder_jugendliche",
        "aeltere",
    ]
    themes = choices(BY_ID["needs.themes"], RUBRIC)
    # Without commas, or joined by "und": each word its choice.
    assert parse_choices("Sprache und Bildung", themes, several=True) == ["sprache", "bildung"]
    assert parse_choices("Sprache Bildung", themes, several=True) == ["sprache", "bildung"]


def test_a_word_that_names_no_choice_is_named_in_the_message() -> None:
    groups = choices(BY_ID["needs.target_groups"], RUBRIC)
    with pytest.raises(AnswerError) as refused:
        parse_choices("Kinder, Eltern", groups, several=True)
    assert refused.value.message.render("de") == (
        "„Eltern“ steht nicht in der Liste. Bitte Nummern von 1 bis 14 eingeben, mehrere mit Komma."
    )
    with pytest.raises(AnswerError) as refused:
        parse_choices("x" * 5000, groups, several=True)
    assert len(refused.value.message.render("en")) < 120  # a long paste is not echoed whole


def test_places_from_part_of_the_name() -> None:
    assert [r.id for r in find_locations("nört", RUBRIC)] == ["noerten-hardenberg"]
    assert [r.id for r in find_locations("noerten", RUBRIC)] == ["noerten-hardenberg"]
    assert [r.id for r in find_locations("Northeim", RUBRIC)] == ["northeim"]
    assert find_locations("zzz", RUBRIC) == []
    several = [r.id for r in find_locations("bad", RUBRIC)]
    assert {"bad-gandersheim", "bad-pyrmont"} <= set(several)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_template_is_a_valid_answers_file(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "antworten.yaml"
    path.write_text(template(RUBRIC, lang), encoding="utf-8")
    answers = load_answers(path, RUBRIC)
    assert answers.organisation.location is None
    assert answers.timing.duration_months == 12
    assert ("# " + ("Rechtsform" if lang == "de" else "Legal form")) in path.read_text(encoding="utf-8")


def test_questions_command_prints_the_template(runner: CliRunner) -> None:
    result = runner.invoke(app, ["questions"])
    assert result.exit_code == 0
    assert result.stdout == template(RUBRIC, "de")
    assert "=== Wer sind wir? ===" in result.stdout


def test_every_question_has_text_in_both_languages() -> None:
    from fundmatch.messages import MESSAGES

    for question_id in BY_ID:
        for prefix in ("q", "help", "more"):
            assert set(MESSAGES[f"{prefix}.{question_id}"]) == {"de", "en"}


def run_questionnaire(runner: CliRunner, tmp_path: Path, lines: list[str], *args: str):  # type: ignore[no-untyped-def]
    saved = tmp_path / "gespeichert.yaml"
    argv = ["match", "--date", "2026-11-25", "--top", "3", "--save-answers", str(saved), *args]
    return runner.invoke(app, argv, input=typed(lines)), saved


def test_happy_path_in_german_gives_the_example_answers(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result, saved = run_questionnaire(runner, tmp_path, CAFE_DE)
    assert result.exit_code == 0, result.output
    assert "Schritt 1 von 5: Wer sind wir?" in result.stdout
    assert "→ Uslar (Landkreis Northeim)" in result.stdout
    assert "1. Integration vor Ort" in result.stdout or "1. " in result.stdout
    assert load_answers(saved, RUBRIC) == load_answers(EXAMPLE, RUBRIC)


def test_happy_path_in_english(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    lines = [("y" if line == "n" else line) for line in CAFE_DE]
    lines[13], lines[26] = "n", "n"  # no partners abroad, not started
    result, saved = run_questionnaire(runner, tmp_path, lines, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "Step 1 of 5: Who are we?" in result.stdout
    assert "Everything on one programme: fundmatch explain ID" in result.stdout
    assert load_answers(saved, RUBRIC) == load_answers(EXAMPLE, RUBRIC)


def test_every_kind_of_invalid_input_is_asked_again(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    wrong_first = {
        1: "99",  # legal form: no such number
        4: "vielleicht",  # a Träger would apply: neither yes nor no
        5: "zzz",  # location: no such place
        9: "zweihundert",  # own funds
        10: "viel",  # volunteer hours
        13: "vielleicht",  # partners abroad: neither yes nor no
        21: "3.000",  # requested above the total of 2.500 €: asked again
        22: "0",  # staff positions: more than none
        24: "30.02.2027",  # no such day
    }
    lines = [
        line
        for i, answer in enumerate(CAFE_DE)
        for line in ([wrong_first[i]] if i in wrong_first else []) + [answer]
    ]
    result, saved = run_questionnaire(runner, tmp_path, lines)
    assert result.exit_code == 0, result.output
    for message in (
        "Bitte genau eine Nummer von 1 bis 10 eingeben.",
        "Kein Ort gefunden. Bitte einen Teil des Namens eingeben, z. B. „Einbeck“.",
        "Bitte einen Betrag eingeben, z. B. 1500, 1.500 oder 1.500,50 €.",
        "Bitte eine Zahl ab 0 eingeben, z. B. 3 oder 2,5.",
        "Bitte j (ja) oder n (nein) eingeben.",
        "Die Fördersumme kann nicht höher sein als die Gesamtkosten (2.500\u00a0€).",
        "Den Tag 30.02.2027 gibt es nicht.",
    ):
        assert message in result.stdout, message
    assert load_answers(saved, RUBRIC) == load_answers(EXAMPLE, RUBRIC)


def test_enter_at_the_request_takes_the_total_less_the_own_funds(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    lines = list(CAFE_DE)
    lines[21] = ""  # the request: Enter (the example asks 2.500 € − 200 € own funds)
    result, saved = run_questionnaire(runner, tmp_path, lines)
    assert result.exit_code == 0, result.output
    assert "Beantragte Fördersumme (€) [Enter = 2.300\u00a0€]" in result.stdout
    assert load_answers(saved, RUBRIC) == load_answers(EXAMPLE, RUBRIC)
    # Own funds that cover the total: nothing to propose, Enter leaves the request unknown.
    lines[9] = "2.500"
    result, saved = run_questionnaire(runner, tmp_path, lines)
    assert "Beantragte Fördersumme (€) [Enter = unbekannt]" in result.stdout
    assert load_answers(saved, RUBRIC).budget.requested_eur is None


def test_choices_typed_as_words_are_echoed_with_what_they_were_taken_for(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    lines = list(CAFE_DE)
    lines[1] = "Initiative"  # the legal form, by the word of its label
    lines[17] = "Frauen, Geflüchtete, zugewanderte"  # the target groups, by words and an id
    result, saved = run_questionnaire(runner, tmp_path, lines)
    assert result.exit_code == 0, result.output
    assert "→ Initiative ohne Rechtsform\n" in result.stdout
    assert "→ Frauen und Mädchen, Geflüchtete, Menschen mit Einwanderungsgeschichte\n" in result.stdout
    assert result.stdout.count("→ ") == 3  # the place, and the two answers typed as words
    assert load_answers(saved, RUBRIC) == load_answers(EXAMPLE, RUBRIC)


def test_help_on_question_mark(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    lines = ["?", *CAFE_DE]
    result, _ = run_questionnaire(runner, tmp_path, lines)
    assert "Der Name wird nirgends hin geschickt" in result.stdout


def test_correcting_an_answer_in_the_summary(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    lines = [*CAFE_DE[:-1], "26", "8", ""]  # change the duration to 8 months
    result, saved = run_questionnaire(runner, tmp_path, lines)
    assert result.exit_code == 0, result.output
    assert load_answers(saved, RUBRIC).timing.duration_months == 8


def test_end_of_input_writes_a_draft_and_resume_finishes_it(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["match", "--date", "2026-11-25"], input=typed(CAFE_DE[:10]))
    assert result.exit_code == 1
    draft = tmp_path / "fundmatch-entwurf.yaml"
    assert f"Weitermachen mit: fundmatch match --resume {draft.name}" in result.stderr
    assert "Traceback" not in result.output
    result, saved = run_questionnaire(runner, tmp_path, CAFE_DE[10:], "--resume", str(draft))
    assert result.exit_code == 0, result.output
    assert "Entwurf geladen: 10 von 27 Fragen beantwortet." in result.stderr
    assert load_answers(saved, RUBRIC) == load_answers(EXAMPLE, RUBRIC)
    single = runner.invoke(
        app, ["match", "--answers", str(EXAMPLE), "--date", "2026-11-25", "--format", "json"]
    )
    resumed = runner.invoke(
        app, ["match", "--answers", str(saved), "--date", "2026-11-25", "--format", "json"]
    )
    assert resumed.stdout == single.stdout


def test_ctrl_c_saves_a_draft_and_exits_130(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    answers = iter(CAFE_DE[:7])

    def typing() -> str:
        try:
            return next(answers)
        except StopIteration:
            raise KeyboardInterrupt from None

    monkeypatch.setattr(builtins, "input", lambda *_: typing())
    (tmp_path / "fundmatch-entwurf.yaml").write_text("# an older draft stays untouched\n")
    result = runner.invoke(app, ["match"])
    assert result.exit_code == 130
    draft = tmp_path / "fundmatch-entwurf-2.yaml"
    assert draft.is_file()
    assert load_answers(draft, RUBRIC).organisation.location == "uslar"


def test_piped_run_prints_no_escape_codes(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS")}
    env["TERM"] = "xterm-256color"
    out = subprocess.run(
        [sys.executable, "-m", "fundmatch", "match", "--date", "2026-11-25", "--top", "3"],
        input=typed(CAFE_DE) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout + out.stderr
    assert "Ansprechstelle:" in out.stdout


def test_saving_offer_asks_again_after_a_bad_file_name(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    lines = [*CAFE_DE, "", "gibt/es/nicht/antworten.yaml", "antworten.yaml", ""]  # "": no choice
    result = runner.invoke(app, ["match", "--date", "2026-11-25", "--top", "3"], input=typed(lines))
    assert result.exit_code == 0, result.output
    assert "Kann gibt/es/nicht/antworten.yaml nicht schreiben" in result.stderr
    assert load_answers(tmp_path / "antworten.yaml", RUBRIC) == load_answers(EXAMPLE, RUBRIC)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_template_offers_only_formats_the_file_loader_accepts(lang: str) -> None:
    text = template(RUBRIC, lang)
    for typed_only in ("2.500", "1.500", "01.03.2027", "1.3.27", "j = ja", "y = yes"):
        assert typed_only not in text, typed_only
    assert "2027-03-01" in text
    assert "true" in text


def test_the_schema_line_only_where_the_schema_is(tmp_path: Path) -> None:
    # Beside the checkout's schema/ (examples/) an editor finds it; elsewhere the line would
    # name a file that is not there, so it is left out.
    line = "# yaml-language-server: $schema=../schema/answers.schema.json\n"
    assert template(RUBRIC, "de", ROOT / "examples").startswith(line)
    assert to_yaml({"effort": "low"}, folder=ROOT / "examples") == f"{line}effort: low\n"
    for folder in (tmp_path, None):
        assert not template(RUBRIC, "de", folder).startswith("# yaml-language-server")
        assert to_yaml({"effort": "low"}, "Entwurf", folder) == "# Entwurf\neffort: low\n"
