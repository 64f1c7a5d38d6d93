"""From the command line to a plan: ``fundmatch calendar``, ``fundmatch ask`` and ``--pick``."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner

from fundmatch.answers import load_answers
from fundmatch.catalogue import Catalogue, load_catalogue, resolve_paths
from fundmatch.cli import app
from fundmatch.errors import DataError
from fundmatch.plan import timeline
from fundmatch.plancommands import with_shortlist
from fundmatch.scoring import Outcome, rank
from tests.helpers import CAFE_DE, ROOT, typed

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
DAY = "2026-12-01"
TODAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def bundled() -> Catalogue:
    return load_catalogue(resolve_paths(env={}))


@pytest.fixture
def cafe(tmp_path: Path) -> Path:
    path = tmp_path / "antworten.yaml"
    shutil.copy(ROOT / "examples" / "frauencafe-uslar.yaml", path)
    return path


def top_ten(catalogue: Catalogue, example: Path) -> list[tuple[str, Outcome]]:
    answers = load_answers(example, catalogue.rubric)
    ranking = rank(catalogue.programs, catalogue.rubric, answers, TODAY)
    return [(s.program.id, s.eligibility) for s in ranking[:10] if s.band is not None]


# --- fundmatch calendar --------------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_calendar_holds_every_eligible_programme_and_follows_rfc_5545(
    runner: CliRunner, tmp_path: Path, bundled: Catalogue, example: Path
) -> None:
    out = tmp_path / "fristen.ics"
    result = runner.invoke(app, ["calendar", "--answers", str(example), "-o", str(out), "--date", DAY])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))
    for event in events:  # what calendar programs insist on
        assert event["DTSTAMP"].dt == dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert type(start) is dt.date and type(end) is dt.date and end > start
    answers = load_answers(example, bundled.rubric)
    for program_id, eligibility in top_ten(bundled, example):
        plan = timeline(bundled.get(program_id), answers, TODAY)
        if eligibility is Outcome.YES and (plan.deadline or plan.write_from):
            assert any(uid.startswith(f"{program_id}-") for uid in uids), program_id
    # A second export of the same input is the same file; to standard output as well.
    again = runner.invoke(app, ["calendar", "-a", str(example), "-o", str(tmp_path / "2.ics"), "--date", DAY])
    assert again.exit_code == 0 and (tmp_path / "2.ics").read_bytes() == data
    piped = runner.invoke(app, ["calendar", "-a", str(example), "-o", "-", "--date", DAY])
    assert piped.stdout_bytes == data


@pytest.mark.parametrize("name", ["fristen.txt", "fristen"])
def test_a_calendar_file_needs_the_ics_ending(runner: CliRunner, tmp_path: Path, name: str) -> None:
    """Calendar programs open .ics files: another name is refused before anything is ranked."""
    args = ["calendar", "-a", str(EXAMPLES[0]), "-o", str(tmp_path / name), "--date", DAY]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert f"ein Kalender wird als .ics-Datei geschrieben, z. B. {tmp_path / 'fristen.ics'}" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_bundled_examples_put_an_eligible_programme_in_the_calendar(
    runner: CliRunner, tmp_path: Path, bundled: Catalogue
) -> None:
    # Guards the test above against passing for want of eligible programmes with dates.
    found = 0
    for example in EXAMPLES:
        answers = load_answers(example, bundled.rubric)
        found += sum(
            1
            for program_id, eligibility in top_ten(bundled, example)
            if eligibility is Outcome.YES and timeline(bundled.get(program_id), answers, TODAY).write_from
        )
    assert found >= 1


def test_report_to_an_ics_file_writes_the_calendar(runner: CliRunner, tmp_path: Path, cafe: Path) -> None:
    by_report = tmp_path / "bericht.ics"
    result = runner.invoke(app, ["report", "-a", str(cafe), "-o", str(by_report), "--date", DAY])
    assert result.exit_code == 0, result.output
    direct = runner.invoke(app, ["calendar", "-a", str(cafe), "-o", "-", "--date", DAY])
    assert by_report.read_bytes() == direct.stdout_bytes
    assert b"BEGIN:VEVENT" in direct.stdout_bytes


def test_the_calendar_follows_the_shortlist(runner: CliRunner, tmp_path: Path, cafe: Path) -> None:
    with cafe.open("a", encoding="utf-8") as f:
        f.write("shortlist: [nds-integrationsfonds]\n")
    result = runner.invoke(app, ["calendar", "-a", str(cafe), "-o", "-", "--date", DAY])
    assert result.exit_code == 0, result.output
    uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(result.stdout_bytes).walk("VEVENT")}
    assert uids and all(uid.startswith("nds-integrationsfonds-") for uid in uids)


# --- fundmatch ask -------------------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_ask_names_an_open_question_and_the_contact_for_every_programme_to_check(
    runner: CliRunner, bundled: Catalogue, example: Path
) -> None:
    to_check = [pid for pid, eligibility in top_ten(bundled, example) if eligibility is Outcome.CHECK]
    assert to_check
    for program_id in to_check:
        program = bundled.get(program_id)
        result = runner.invoke(app, ["ask", program_id, "-a", str(example), "--date", DAY])
        assert result.exit_code == 0, result.output
        assert "\n1. " in result.stdout, program_id
        assert program.contact, f"{program_id} has no contact to write to"
        assert f"An: {program.contact}" in result.stdout


def test_ask_in_english_and_into_a_file(runner: CliRunner, tmp_path: Path, cafe: Path) -> None:
    out = tmp_path / "brief.txt"
    args = ["ask", "klosterkammer-hannover", "-a", str(cafe), "--date", DAY, "--lang", "en", "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("To: ") and "Before we apply" in text
    assert result.stdout == ""


def test_ask_for_a_mistyped_id_lists_close_ids(runner: CliRunner, cafe: Path) -> None:
    result = runner.invoke(app, ["ask", "lagfa-mikrofordrung", "-a", str(cafe)])
    assert result.exit_code == 2
    assert "Meinten Sie: lagfa-mikrofoerderung" in result.stderr
    # Part of a name is enough, as for explain.
    named = runner.invoke(app, ["ask", "Kleines Geld", "-a", str(cafe)])
    assert named.exit_code == 0, named.output
    assert "Mikroförderung ‚Kleines Geld, große Wirkung‘" in named.stdout


# --- the shortlist -------------------------------------------------------------------------


def test_with_shortlist_replaces_the_old_choice_and_keeps_the_rest() -> None:
    text = "# mein Kommentar\nproject: {title: X}\nshortlist:\n- a\n- b\neffort: low\n"
    assert with_shortlist(text, ["c", "d"]) == (
        "# mein Kommentar\nproject: {title: X}\neffort: low\nshortlist: [c, d]\n"
    )
    assert with_shortlist("shortlist: [a]\n", []) == ""


def test_pick_is_kept_in_the_answers_and_leads_page_one(
    runner: CliRunner, tmp_path: Path, cafe: Path, bundled: Catalogue
) -> None:
    ranked = [pid for pid, eligibility in top_ten(bundled, cafe) if eligibility is not Outcome.NO]
    later, first = ranked[4], ranked[0]  # one not among the best three, then the best
    report = tmp_path / "bericht.md"
    args = ["report", "-a", str(cafe), "-o", str(report), "--date", DAY, "--force"]
    result = runner.invoke(app, [*args, "--pick", f"{later},{first}"])
    assert result.exit_code == 0, result.output
    assert load_answers(cafe, bundled.rubric).shortlist == [later, first]
    assert cafe.read_text(encoding="utf-8").startswith("# yaml-language-server")  # comments kept
    text = report.read_text(encoding="utf-8")
    page_one = text.split("\n## ")[1]
    assert page_one.index(bundled.get(later).name) < page_one.index(bundled.get(first).name)
    # A re-run without --pick reproduces the same report.
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and report.read_text(encoding="utf-8") == text


def test_an_unknown_id_in_the_shortlist_is_located_with_a_hint(
    runner: CliRunner, cafe: Path, bundled: Catalogue
) -> None:
    with cafe.open("a", encoding="utf-8") as f:
        f.write("shortlist: [lagfa-mikrofoerdrung]\n")
    with pytest.raises(DataError) as caught:
        load_answers(cafe, bundled.rubric, {p.id for p in bundled.programs})
    (problem,) = caught.value.problems
    assert problem.line == len(cafe.read_text(encoding="utf-8").splitlines())
    rendered = problem.render(lang="de")
    assert "lagfa-mikrofoerdrung" in rendered and "meinten Sie 'lagfa-mikrofoerderung'" in rendered
    result = runner.invoke(app, ["report", "-a", str(cafe), "-o", "-"])
    assert result.exit_code != 0 and "meinten Sie 'lagfa-mikrofoerderung'" in result.stderr


def test_pick_refuses_an_unknown_id_before_changing_anything(runner: CliRunner, cafe: Path) -> None:
    before = cafe.read_bytes()
    result = runner.invoke(app, ["report", "-a", str(cafe), "-o", "-", "--pick", "klosterkammer"])
    assert result.exit_code == 2
    assert "„klosterkammer“" in result.stderr and "klosterkammer-hannover" in result.stderr
    assert cafe.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("organisation:\n  name: M\xfcnden e.V.\n".encode("latin-1"), "kein gültiges UTF-8"),
        (b"a: &x 1\nb: *x\n", "Anker und Verweise"),
    ],
)
def test_pick_leaves_an_answers_file_with_errors_as_it_is(
    runner: CliRunner, tmp_path: Path, content: bytes, problem: str
) -> None:
    answers = tmp_path / "antworten.yaml"
    answers.write_bytes(content)
    result = runner.invoke(app, ["match", "-a", str(answers), "--pick", "klosterkammer-hannover"])
    assert result.exit_code == 1, result.output
    assert problem in result.stderr and "interner Fehler" not in result.stderr
    assert answers.read_bytes() == content


def test_all_adds_the_annex_of_programmes_not_open(runner: CliRunner, cafe: Path) -> None:
    plain = runner.invoke(app, ["report", "-a", str(cafe), "-o", "-", "--date", DAY])
    full = runner.invoke(app, ["report", "-a", str(cafe), "-o", "-", "--date", DAY, "--all", "--best", "1"])
    annex = "Anhang: nicht antragsberechtigte Programme"
    assert annex not in plain.stdout and annex in full.stdout


def test_the_questionnaire_ends_with_a_choice_by_number(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bundled: Catalogue
) -> None:
    monkeypatch.chdir(tmp_path)
    saved = tmp_path / "gespeichert.yaml"
    lines = [*CAFE_DE, "9", "2,1", "", ""]  # 9: not in the list of three; then no report
    argv = ["match", "--date", "2026-11-25", "--top", "3", "--save-answers", str(saved)]
    result = runner.invoke(app, argv, input=typed(lines))
    assert result.exit_code == 0, result.output
    answers = load_answers(saved, bundled.rubric)
    ranking = rank(bundled.programs, bundled.rubric, answers, dt.date(2026, 11, 25))
    assert answers.shortlist == [ranking[1].program.id, ranking[0].program.id]
    assert "Bitte Nummern von 1 bis 3 eingeben" in result.output


def test_match_keeps_the_pick_in_the_answers_file(runner: CliRunner, cafe: Path, bundled: Catalogue) -> None:
    result = runner.invoke(app, ["match", "-a", str(cafe), "--pick", "klosterkammer-hannover", "--date", DAY])
    assert result.exit_code == 0, result.output
    assert load_answers(cafe, bundled.rubric).shortlist == ["klosterkammer-hannover"]
    cleared = runner.invoke(app, ["match", "-a", str(cafe), "--pick", "", "--date", DAY])
    assert cleared.exit_code == 0, cleared.output
    assert load_answers(cafe, bundled.rubric).shortlist == []


def test_a_pick_given_to_the_questionnaire_is_saved_without_asking(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bundled: Catalogue
) -> None:
    monkeypatch.chdir(tmp_path)
    saved = tmp_path / "gespeichert.yaml"
    argv = ["match", "--date", "2026-11-25", "--top", "3", "--save-answers", str(saved)]
    result = runner.invoke(app, [*argv, "--pick", "nds-integrationsfonds"], input=typed([*CAFE_DE, ""]))
    assert result.exit_code == 0, result.output
    assert "Programme für den Bericht wählen?" not in result.output
    assert load_answers(saved, bundled.rubric).shortlist == ["nds-integrationsfonds"]


def test_every_picked_programme_is_on_page_one(runner: CliRunner, cafe: Path, bundled: Catalogue) -> None:
    ranked = [pid for pid, eligibility in top_ten(bundled, cafe) if eligibility is not Outcome.NO][:5]
    args = ["report", "-a", str(cafe), "-o", "-", "--date", DAY, "--best", "2", "--pick", ",".join(ranked)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    page_one = result.stdout.split("\n## ")[1]
    assert all(f"### {bundled.get(pid).name}" in page_one for pid in ranked)
