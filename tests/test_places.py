"""Finding a town by what a sponsor types: part of the name, short forms, umlauts, typos."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from fundmatch.answers import load_answers
from fundmatch.catalogue import load_rubric
from fundmatch.cli import app
from fundmatch.models import Region
from fundmatch.places import find_places, fold, kreis_of, place_label, suggest_places
from tests.conftest import ROOT

RUBRIC, _ = load_rubric(ROOT / "rubric.yaml")
REGIONS = RUBRIC.vocabularies.regions


def ids(text: str) -> list[str]:
    return [r.id for r in find_places(text, REGIONS)]


def region(region_id: str) -> Region:
    return next(r for r in REGIONS if r.id == region_id)


def test_folding_ignores_case_umlauts_sharp_s_and_punctuation() -> None:
    assert fold("Hann. Münden") == fold("hann muenden") == "hann muenden"
    assert fold("Faßberg") == fold("FASSBERG")
    assert fold("Göttingen", loose=True) == fold("Gottingen", loose=True) == fold("Goettingen", loose=True)
    assert fold("Nörten") != fold("Norten")  # strictly, ö is oe: "nört" must not find Northeim


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        ("nört", "noerten-hardenberg"),
        ("noerten", "noerten-hardenberg"),
        ("Norten-Hardenberg", "noerten-hardenberg"),
        ("Göttingen", "goettingen"),
        ("goettingen", "goettingen"),
        ("Gottingen", "goettingen"),
        ("Osterode", "osterode-am-harz"),
        ("Hann. Münden", "hann-muenden"),
        ("Hann Muenden", "hann-muenden"),
        ("Hannoversch Münden", "hann-muenden"),
        ("Münden", "hann-muenden"),
        ("Bad Pyrmont", "bad-pyrmont"),
        ("Faßberg", "fassberg"),
        ("Fassberg", "fassberg"),
        ("usl", "uslar"),
        ("Lingen", "lingen-ems"),
    ],
)
def test_a_town_is_found_first(typed: str, town: str) -> None:
    assert ids(typed)[0] == town


def test_a_beginning_beats_a_name_that_only_contains_the_text() -> None:
    assert ids("usl") == ["uslar"]  # not Häuslingen
    assert "haeuslingen" in ids("häusl")


def test_the_exact_name_wins_over_longer_names() -> None:
    assert ids("Northeim") == ["northeim"]
    assert ids("Bad Pyrmont") == ["bad-pyrmont"]


def test_towns_come_before_their_samtgemeinde_and_landkreis() -> None:
    found = ids("Gött")
    assert found.index("goettingen") < found.index("lk-goettingen")
    found = ids("Radolfsh")
    assert found == ["sg-radolfshausen"]
    assert ids("Landkreis Göttingen") == ["lk-goettingen"]


@pytest.mark.parametrize(
    ("typo", "town"), [("Einbek", "einbeck"), ("Holzmindn", "holzminden"), ("Götingen", "goettingen")]
)
def test_a_typo_gets_the_nearest_names(typo: str, town: str) -> None:
    assert ids(typo)[0] == town
    assert suggest_places(typo, REGIONS)[0].id == town


@pytest.mark.parametrize(
    ("typed", "place"),
    [
        ("Stadt Northeim", "northeim"),
        ("Northeim (Stadt)", "northeim"),
        ("Gemeinde Kalefeld", "kalefeld"),
        ("Flecken Bovenden", "bovenden"),
        ("Samtgemeinde Gieboldehausen", "sg-gieboldehausen"),
        ("Stadt Osnabrück", "stadt-osnabrueck"),  # "Stadt" in the name itself is kept
    ],
)
def test_words_for_the_kind_of_place_around_its_name_are_left_out(typed: str, place: str) -> None:
    assert [r.id for r in find_places(typed, REGIONS)][:1] == [place]


def test_nothing_near_finds_nothing() -> None:
    assert ids("zzz") == []
    assert ids("   ") == []
    assert ids("Schwarzwaldhausen") == []


def test_equal_names_are_told_apart_by_their_landkreis() -> None:
    found = find_places("Neuenkirchen", REGIONS)
    labels = [place_label(r, REGIONS) for r in found]
    assert len(found) == 5
    assert "Neuenkirchen (Landkreis Stade)" in labels
    assert "Neuenkirchen (Landkreis Osnabrück)" in labels
    assert len(set(labels)) == 5
    assert place_label(region("burgdorf-region-hannover"), REGIONS) == "Burgdorf (Region Hannover)"
    assert place_label(region("uslar"), REGIONS) == "Uslar"


def test_kreis_of_walks_through_the_samtgemeinde() -> None:
    assert kreis_of(region("ebergoetzen"), REGIONS) == region("lk-goettingen")
    assert kreis_of(region("stadt-braunschweig"), REGIONS) == region("stadt-braunschweig")
    assert kreis_of(region("ni"), REGIONS) is None


# --- in the questionnaire -------------------------------------------------------------------


def _ask_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *typed: str) -> tuple[str, Path]:
    """Answer the first questions, then let the input end: the draft keeps the place."""
    monkeypatch.chdir(tmp_path)
    lines = ["Verein Test", "2", "", "", "", *typed]  # name, form, status, status applied, Träger
    result = CliRunner().invoke(app, ["match", "--date", "2026-12-01"], input="\n".join(lines) + "\n")
    assert result.exit_code == 1, result.output  # the input ended: a draft was saved
    return result.stdout, tmp_path / "fundmatch-entwurf.yaml"


def test_questionnaire_corrects_a_typo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stdout, draft = _ask_place(tmp_path, monkeypatch, "Einbek")
    assert "→ Einbeck (Landkreis Northeim)" in stdout
    assert load_answers(draft, RUBRIC).organisation.location == "einbeck"


def test_questionnaire_lists_equal_names_with_their_landkreis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stdout, draft = _ask_place(tmp_path, monkeypatch, "Neuenkirchen", "5")
    shown = [line.strip() for line in stdout.splitlines() if "Neuenkirchen (" in line]
    assert len(shown) >= 5
    fifth = next(line for line in shown if line.startswith("5)"))
    chosen = load_answers(draft, RUBRIC).organisation.location
    assert chosen is not None and chosen.startswith("neuenkirchen-")
    assert fifth == f"5) {place_label(region(chosen), REGIONS)}"


def test_questionnaire_finds_a_town_outside_northeim(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stdout, draft = _ask_place(tmp_path, monkeypatch, "Hannoversch Münden")
    assert "→ Hann. Münden (Landkreis Göttingen)" in stdout
    assert load_answers(draft, RUBRIC).organisation.location == "hann-muenden"
