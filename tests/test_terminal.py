"""The terminal ranking and explain: grouped blocks that lead somewhere, wrapped at words
at every width from 60 to 200 columns, and a programme found by a part of its name."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from rich.console import Console
from typer.testing import CliRunner

from fundmatch.answers import load_answers
from fundmatch.catalogue import load_catalogue, resolve_paths
from fundmatch.cli import app
from fundmatch.errors import UsageError
from fundmatch.lookup import Miss, find, fold, resolve
from fundmatch.reports.document import Report, build_report
from fundmatch.reports.terminal import print_ranking
from fundmatch.reports.terminal_ranking import shown_results
from tests.helpers import DATA, ROOT, assert_golden

USLAR = str(ROOT / "examples" / "frauencafe-uslar.yaml")
ARGS = ["--answers", USLAR, "--date", "2026-12-01"]
WIDTHS = (60, 80, 100, 120, 160)
BOX = re.compile(r"[│┃┏┓┗┛┡┩└┘┌┐━─┳┻╇╈┼├┤┬┴]")


def invoke(runner: CliRunner, *args: str, columns: int = 200) -> str:
    result = runner.invoke(app, [*args], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    return result.stdout


def broken_words(narrow: str, wide: str, columns: int) -> list[str]:
    """Words of ``narrow`` that the wide output does not hold whole: pieces of a word split
    over two lines. Only a word longer than a line (a URL, a long id) may be folded."""

    def words(text: str) -> list[str]:  # a label in a block ends in ":", its column head not
        return [w.rstrip(":") for w in BOX.sub(" ", text).split()]

    whole = set(words(wide))
    too_long = [w for w in whole if len(w) > columns - 8]  # the line less the indent
    return [w for w in words(narrow) if w not in whole and not any(w in u for u in too_long)]


@pytest.fixture(scope="module")
def document() -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(app, ["match", *ARGS, "--format", "json"])
    return json.loads(result.stdout)


@pytest.mark.parametrize("columns", WIDTHS)
def test_match_matches_the_golden_file_at_each_width(runner: CliRunner, columns: int) -> None:
    shown = invoke(runner, "match", *ARGS, columns=columns)
    assert_golden(DATA / "golden" / f"match-uslar-{columns}.txt", shown)


@pytest.mark.parametrize("columns", WIDTHS)
def test_match_wraps_at_words_within_the_width(runner: CliRunner, columns: int) -> None:
    wide = invoke(runner, "match", *ARGS, columns=200)
    shown = invoke(runner, "match", *ARGS, columns=columns)
    assert max(len(line) for line in shown.splitlines()) <= columns
    assert not [line for line in shown.splitlines() if line != line.rstrip()]  # no trailing blanks
    assert broken_words(shown, wide, columns) == []


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_amount_keeps_its_unit_on_its_line(runner: CliRunner, columns: int) -> None:
    """Never "36.000" at the end of one line and "€" at the start of the next."""
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        shown = invoke(runner, "match", "--answers", str(example), "--date", "2026-11-25", columns=columns)
        assert re.search(r"\d\n *[€%]", shown) is None, example.name


def test_every_shown_programme_leads_somewhere(runner: CliRunner, document: dict) -> None:  # type: ignore[type-arg]
    shown = invoke(runner, "match", *ARGS, "--top", "14")
    flat = " ".join(shown.split())
    fourteen = json.loads(invoke(runner, "match", *ARGS, "--top", "14", "--format", "json"))["results"]
    assert flat.count("Größte Hürde:") == sum(
        any(c["known"] and c["level"] == 1 for c in r["details"]["criteria"])
        for r in fourteen[:14]
        if r["eligibility"] != "no"
    )
    for r in document["results"][:14]:
        assert f"{r['rank']}. " in shown
        assert r["id"] in flat
        if r["eligibility"] == "no":
            reason = " ".join(r["blocked_by"]["de"].split())
            assert f"({r['id']}): {reason}" in flat
            continue
        assert f"{r['score']:.0f} ({r['score_low']:.0f}–{r['score_high']:.0f}) Punkte" in flat
        if r["details"] and r["score_low"] != r["score_high"]:
            unknown = ", ".join(c["label"]["de"] for c in r["details"]["criteria"] if not c["known"])
            assert f"Die Spanne hängt ab von (Angaben offen): {unknown}" in flat
        criteria = r["details"]["criteria"] if r["details"] else []
        hurdles = [c for c in criteria if c["known"] and c["level"] == 1]
        if hurdles:  # the one that loses most points, with its reason
            worst = max(hurdles, key=lambda c: c["weight"] - c["points"])
            said = f"Größte Hürde: „{worst['label']['de']}“ – {worst['reason']['de'].rstrip('.')}."
            assert " ".join(said.split()) in flat
        if r["contact"]:
            assert " ".join(r["contact"].split()) in flat
        if r["url"]:
            assert f"Webseite: {r['url']}" in flat
    for r in document["results"][:10]:  # the plan's dates: the first ten (--top) have one
        plan = r["plan"]
        if plan["write_from"] and r["eligibility"] != "no":
            written = "{2}.{1}.{0}".format(*plan["write_from"].split("-"))
            assert f"mit dem Antrag beginnen: {written}" in flat
        for q in r["open_questions"]:
            if r["eligibility"] == "check" and q["decides_gate"]:
                assert " ".join(q["question"]["de"].split()) in flat


def test_groups_come_in_order_and_nein_can_be_hidden(runner: CliRunner, document: dict) -> None:  # type: ignore[type-arg]
    shown = invoke(runner, "match", *ARGS, "--top", "14")
    yes, check, no = (
        shown.index(h) for h in ("Antragsberechtigt (ja)", "Zu prüfen", "Nicht antragsberechtigt")
    )
    assert yes < check < no
    checks = sum(r["eligibility"] == "check" for r in document["results"][:14])
    assert f"Zu prüfen: {checks} Programme" in shown
    for only in ("ja,prüfen", "yes,check", "JA, Pruefen"):
        hidden = invoke(runner, "match", *ARGS, "--top", "14", "--only", only)
        assert "Nicht antragsberechtigt" not in hidden
        assert "Zu prüfen" in hidden
    english = invoke(runner, "match", *ARGS, "--only", "check", "--lang", "en")
    assert english.startswith("To check: ") and "Eligible (yes)" not in english
    wrong = runner.invoke(app, ["match", *ARGS, "--only", "vielleicht"])
    assert wrong.exit_code == 2 and "vielleicht" in wrong.output


def test_an_empty_group_and_an_empty_catalogue_are_told_apart(
    runner: CliRunner, program_dir: Path, tmp_path: Path
) -> None:
    nobody = invoke(runner, "match", *ARGS, "--only", "ja", "--programs", str(program_dir))  # one to check
    assert "Kein Programm in den gewählten Gruppen." in nobody
    (tmp_path / "empty").mkdir()
    empty = invoke(runner, "match", *ARGS, "--programs", str(tmp_path / "empty"))  # the wrong folder?
    assert "Der Katalog enthält kein Programm: Ist der Programmordner (--programs) der richtige?" in " ".join(
        empty.split()
    )


def test_a_missing_location_is_said_before_the_ranking(runner: CliRunner, tmp_path: Path) -> None:
    nowhere = tmp_path / "ohne-ort.yaml"
    nowhere.write_text(
        Path(USLAR).read_text(encoding="utf-8").replace("location: uslar", "location: null"), encoding="utf-8"
    )
    shown = invoke(runner, "match", "--answers", str(nowhere), "--date", "2026-12-01")
    assert " ".join(shown.split()).startswith("Ihr Ort fehlt: Ob Programme einzelner Landkreise")
    assert "Ihr Ort fehlt" not in invoke(runner, "match", *ARGS)


def test_programs_list_never_squeezes_the_programme_column(runner: CliRunner) -> None:
    wide = invoke(runner, "programs", "list", columns=200)
    for columns in (60, 80, 120, 160):
        shown = invoke(runner, "programs", "list", columns=columns)
        assert max(len(line) for line in shown.splitlines()) <= columns
        assert broken_words(shown, wide, columns) == [], columns


@pytest.mark.parametrize("columns", (60, 100))
@pytest.mark.parametrize("extra", [(), ("--vs", "lagfa-mikrofoerderung")])
def test_explain_wraps_at_words(runner: CliRunner, columns: int, extra: tuple[str, ...]) -> None:
    args = ["explain", "lotto-sport-integration-vor-ort", *ARGS, *extra]
    wide = invoke(runner, *args, columns=200)
    shown = invoke(runner, *args, columns=columns)
    assert max(len(line) for line in shown.splitlines()) <= columns
    assert broken_words(shown, wide, columns) == []


def test_explain_shows_the_range_and_the_open_questions_by_side(runner: CliRunner, document: dict) -> None:  # type: ignore[type-arg]
    r = next(r for r in document["results"] if r["eligibility"] == "check" and r["contact"])
    shown = " ".join(invoke(runner, "explain", r["id"], *ARGS).split())
    low, high = (f"{v:.1f}".replace(".", ",") for v in (r["score_low"], r["score_high"]))
    assert f"Spanne {low}–{high} Punkte" in shown
    contact = " ".join(r["contact"].split())
    assert f"Offen, beim Fördermittelgeber zu erfragen (Ansprechstelle: {contact}):" in shown
    deciding = next(q for q in r["open_questions"] if q["decides_gate"])
    assert f"{' '.join(deciding['question']['de'].split())} (entscheidet über „prüfen“)" in shown


@pytest.mark.parametrize(
    "query", ["Integration vor Ort", "integration VOR ort", "lotto-sport-integration-vor-ort"]
)
def test_explain_finds_a_programme_by_a_part_of_its_name(runner: CliRunner, query: str) -> None:
    shown = invoke(runner, "explain", query, *ARGS)
    assert re.match(r"\d+\. Integration vor Ort \(Niedersächsische", shown)


def test_explain_suggests_ids_for_a_miss(runner: CliRunner) -> None:
    typo = runner.invoke(app, ["explain", "lagfa-mikrofördrung", *ARGS])
    assert typo.exit_code == 2
    assert "Meinten Sie: lagfa-mikrofoerderung" in typo.output
    several = runner.invoke(app, ["explain", "Klosterkammer", *ARGS])
    assert several.exit_code == 2
    assert "klosterkammer-ehrenwert, klosterkammer-hannover" in several.output


class P:
    def __init__(self, id: str, name: str) -> None:
        self.id, self.name = id, name


PROGRAMMES = [
    P("kleinfonds", "Kleinförderung Süd"),
    P("grossprogramm", "Großes Programm"),
    P("fonds-nord", "Fonds Nord"),
]


def test_fold_ignores_case_umlauts_and_punctuation() -> None:
    assert fold("Großes  Förder-Programm!") == "grosses foerder programm"
    assert fold("Café") == "cafe"


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("kleinfonds", "kleinfonds"),
        ("KLEINFONDS", "kleinfonds"),
        ("kleinfoerderung sued", "kleinfonds"),
        ("großes", "grossprogramm"),
        ("Nord", "fonds-nord"),
    ],
)
def test_find_by_id_or_a_unique_part_of_the_name(query: str, found: str) -> None:
    assert find(query, PROGRAMMES) == found


def test_find_reports_several_or_the_closest() -> None:
    assert find("fonds", PROGRAMMES) == Miss(ambiguous=True, ids=["fonds-nord", "kleinfonds"])
    miss = find("grosprogram", PROGRAMMES)
    assert isinstance(miss, Miss) and not miss.ambiguous and miss.ids[0] == "grossprogramm"
    assert find("!!!", PROGRAMMES) == Miss(ambiguous=False, ids=[])


def test_a_query_that_matches_many_names_the_first_few_and_where_all_are() -> None:
    many = [SimpleNamespace(id=f"fonds-{i:02}", name=f"Fonds {i}") for i in range(20)]
    with pytest.raises(UsageError) as error:
        resolve("fonds", many)
    text = error.value.text("de")
    assert text.startswith("„fonds“ passt zu 20 Programmen, darunter fonds-00, fonds-01,")
    assert "fonds-07." in text and "fonds-08" not in text
    assert text.endswith("(alle IDs: fundmatch programs list).")
    with pytest.raises(UsageError) as few:
        resolve("fonds", many[:3])
    assert few.value.text("de") == (
        "„fonds“ passt zu 3 Programmen: fonds-00, fonds-01, fonds-02. Bitte die ID angeben."
    )


@pytest.mark.parametrize("only", [None, frozenset({"check"}), frozenset({"no"}), frozenset({"yes", "check"})])
@pytest.mark.parametrize("example", sorted((ROOT / "examples").glob("*.yaml")))
def test_the_terminal_view_prints_what_the_full_document_prints(
    example: Path, only: frozenset[str] | None
) -> None:
    """``match`` on the terminal builds rows only for the shown programmes and no advice;
    what it prints, and how many it says are left out, is what the full document gives."""
    catalogue = load_catalogue(resolve_paths(None, None, {}))
    answers = load_answers(example, catalogue.rubric, {p.id for p in catalogue.programs})
    today = dt.date(2026, 12, 1)
    full = build_report(catalogue, answers, today, 7, only=only)
    view = build_report(catalogue, answers, today, 7, only=only, rows="shown", advice=False)
    assert len(view.results) < len(full.results)
    assert view.counts == full.counts and sum(view.counts.values()) == len(catalogue.programs)

    def printed(document: Report) -> tuple[str, int]:
        console = Console(file=io.StringIO(), width=100, color_system=None)
        hidden = print_ranking(console, document, "de", 7, only)
        return console.file.getvalue(), hidden  # type: ignore[attr-defined]

    assert printed(view) == printed(full)
    # Every shown programme has its details, also when --only skips the first ones.
    assert all(r.details is not None and r.plan is not None for r in shown_results(view, 7, only))
