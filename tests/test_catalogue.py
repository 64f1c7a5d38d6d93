from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fundmatch.catalogue import (
    DataPaths,
    bundled_root,
    check_program_files,
    discover_catalogue,
    load_catalogue,
    load_rubric,
    new_program_file,
    program_files,
    resolve_paths,
)
from fundmatch.cli import app
from fundmatch.errors import DataError, UsageError
from fundmatch.models import Program
from tests.conftest import DATA, PROGRAM, ROOT


def test_options_beat_environment_which_beats_bundled(tmp_path: Path) -> None:
    env = {"FUNDMATCH_PROGRAMS": "/env/programs", "FUNDMATCH_RUBRIC": "/env/rubric.yaml"}
    assert resolve_paths(tmp_path, None, env).programs == tmp_path
    assert resolve_paths(tmp_path, None, env).programs_origin == "option"
    assert resolve_paths(None, None, env).programs == Path("/env/programs")
    assert resolve_paths(None, None, env).rubric_origin == "environment"
    bundled = resolve_paths(None, None, {})
    assert bundled.programs == bundled_root() / "programs"
    assert bundled.rubric_origin == "bundled"


def test_bundled_catalogue_loads_and_is_sorted_by_id() -> None:
    catalogue = load_catalogue(resolve_paths(env={}))
    ids = [p.id for p in catalogue.programs]
    assert ids == sorted(ids)
    assert len(ids) == len(list((ROOT / "programs").glob("*.yaml")))
    assert len(catalogue.fingerprint) == 16


def test_fingerprint_changes_with_content(program_dir: Path) -> None:
    paths = resolve_paths(program_dir, None, {})
    before = load_catalogue(paths).fingerprint
    assert load_catalogue(paths).fingerprint == before
    path = program_dir / "test-programm.yaml"
    path.write_text(path.read_text() + "summary: neu\n")
    assert load_catalogue(paths).fingerprint != before


def test_broken_programmes_give_one_located_line_each() -> None:
    rubric, _ = load_rubric(ROOT / "rubric.yaml")
    files = program_files(DATA / "broken_programs")
    _, _, problems = check_program_files(files, rubric)
    prefix = "tests/data/broken_programs/"
    assert [p.render(lang="en").removeprefix(str(DATA.parent.parent) + "/") for p in problems] == [
        prefix + "alias.yaml:10:1: target_groups: anchors and aliases are not allowed "
        "(write the value out; the anchor is on line 9)",
        prefix + "bad-date.yaml:9:14: valid_until: invalid date: '2027-02-30' (write dates as YYYY-MM-DD)",
        prefix + "bad-utf8.yaml:2:9: not valid UTF-8 (byte 0xfc) (save the file as UTF-8)",
        prefix + "dup-key.yaml:9:1: funder: duplicate key 'funder' (first defined on line 3) "
        "(keep only one of them)",
        prefix + "min-max.yaml:11:12: funding.max_eur: min_eur (5000) is greater than max_eur (1000)",
        prefix + "python-tag.yaml:9:10: summary: tag !!python/object:os.system is not allowed "
        "(remove the tag)",
        prefix + "unknown-key.yaml:9:1: fundng: unknown key 'fundng' (did you mean 'funding'?)",
        prefix + "unknown-term.yaml:9:10: themes[0]: 'integraton' is not in the themes vocabulary "
        "(did you mean 'integration'?)",
        prefix + "wrong-type.yaml:9:19: participants_min: Input should be a valid integer "
        "(write a number, or null when it is unknown)",
    ]


def test_duplicate_ids_and_file_names_are_reported(program_dir: Path) -> None:
    (program_dir / "zweites.yaml").write_text(PROGRAM.format(id="test-programm"))
    with pytest.raises(DataError) as info:
        load_catalogue(resolve_paths(program_dir, None, {}))
    messages = [f"{p.path}: {p.text('en')}" for p in info.value.problems]
    assert messages == [
        "id: id 'test-programm' does not match the file name "
        "(rename the file to test-programm.yaml or change the id)",
        f"id: id 'test-programm' is already used by {program_dir / 'test-programm.yaml'} "
        "(every programme needs its own id)",
    ]


def test_missing_required_keys_and_sources(program_dir: Path) -> None:
    (program_dir / "leer.yaml").write_text("id: leer\nname: x\n")
    with pytest.raises(DataError) as info:
        load_catalogue(resolve_paths(program_dir, None, {}))
    assert [(p.line, p.path, p.message.render("en")) for p in info.value.problems] == [
        (1, "funder", "required key is missing"),
        (1, "level", "required key is missing"),
        (1, "sources", "required key is missing"),
        (1, "status", "required key is missing"),
    ]


def test_wrong_root_type(program_dir: Path) -> None:
    (program_dir / "liste.yaml").write_text("- a\n- b\n")
    with pytest.raises(DataError) as info:
        load_catalogue(resolve_paths(program_dir, None, {}))
    assert [p.message.render("en") for p in info.value.problems] == [
        "expected a mapping at the top level, found list"
    ]


def test_percentages_and_amounts_are_bounded(program_dir: Path) -> None:
    text = PROGRAM.format(id="test-programm") + (
        "funding:\n  rate_max_pct: 120\n  max_eur: -5\n  min_eur: .nan\n"
    )
    (program_dir / "test-programm.yaml").write_text(text)
    with pytest.raises(DataError) as info:
        load_catalogue(resolve_paths(program_dir, None, {}))
    assert [(p.path, p.message.render("en")) for p in info.value.problems] == [
        ("funding.rate_max_pct", "Input should be less than or equal to 100"),
        ("funding.max_eur", "Input should be greater than or equal to 0"),
        ("funding.min_eur", "Input should be a finite number"),
    ]


def test_rating_of_unknown_criterion_and_level_off_scale(program_dir: Path) -> None:
    text = PROGRAM.format(id="test-programm") + (
        "ratings:\n  antragsaufwand: {level: 7, reason: x}\n  eigenanteil: {level: 2, reason: y}\n"
    )
    (program_dir / "test-programm.yaml").write_text(text)
    with pytest.raises(DataError) as info:
        load_catalogue(resolve_paths(program_dir, None, {}))
    assert [(p.line, p.col, p.message.render("en")) for p in info.value.problems] == [
        (10, 27, "level 7 is outside the scale 1–5"),
        (11, 3, "'eigenanteil' is not a curated criterion"),
    ]


def test_evidence_must_name_a_fact_of_the_programme(program_dir: Path) -> None:
    """A misspelt fact would never show its source: it is named, with the fact meant."""
    evidence = (
        "evidence:\n  funding.max_eur: {source: 0}\n  fundng.min_eur: {source: 0}\n  deadlines: {source: 0}\n"
    )
    text = PROGRAM.format(id="test-programm") + evidence
    (program_dir / "test-programm.yaml").write_text(text)
    with pytest.raises(DataError) as info:
        load_catalogue(resolve_paths(program_dir, None, {}))
    (problem,) = info.value.problems
    assert (problem.line, problem.col) == (len(text.splitlines()) - 1, 3)
    assert (
        problem.message.render("en")
        == "'fundng.min_eur' is not a fact of a programme that a source can state"
    )
    assert [hint.render("en") for hint in problem.hints] == ["did you mean 'funding.min_eur'?"]


def test_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as info:
        load_catalogue(resolve_paths(tmp_path / "nope", None, {}))
    assert info.value.text("de") == f"Programmordner nicht gefunden: {tmp_path / 'nope'}"
    assert info.value.text("en") == f"programme folder not found: {tmp_path / 'nope'}"


def broken_rubric(tmp_path: Path, old: str, new: str) -> Path:
    text = (ROOT / "rubric.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "rubric.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_rubric_weights_must_sum_to_100(tmp_path: Path) -> None:
    path = broken_rubric(tmp_path, "    weight: 14\n", "    weight: 15\n")
    with pytest.raises(DataError) as info:
        load_rubric(path)
    assert [(p.path, p.message.render("en")) for p in info.value.problems] == [
        ("criteria", "weights sum to 101, not 100")
    ]


def test_rubric_unknown_kind_and_parameter(tmp_path: Path) -> None:
    path = broken_rubric(tmp_path, "kind: own_share", "kind: own_shares")
    with pytest.raises(DataError) as info:
        load_rubric(path)
    assert info.value.problems[0].path == "criteria[0].kind"
    assert info.value.problems[0].message.render("en") == "unknown criterion kind 'own_shares'"
    path = broken_rubric(tmp_path, "      volunteer_hour_eur: 15", "      volunteer_hour: 15")
    with pytest.raises(DataError) as info:
        load_rubric(path)
    assert [(p.path, p.message.render("en")) for p in info.value.problems] == [
        ("criteria[0].params.volunteer_hour", "unknown parameter 'volunteer_hour' for kind own_share")
    ]


def test_rubric_broader_terms_must_exist(tmp_path: Path) -> None:
    path = broken_rubric(tmp_path, "broader: [zugewanderte]", "broader: [zugewandert]")
    with pytest.raises(DataError) as info:
        load_rubric(path)
    assert [(p.message.render("en"), p.hints[0].render("en")) for p in info.value.problems] == [
        ("unknown term 'zugewandert'", "did you mean 'zugewanderte'?")
    ]


def test_problems_per_file_are_capped_with_a_count(program_dir: Path) -> None:
    keys = "".join(f"extra{i}: 1\n" for i in range(250))
    (program_dir / "test-programm.yaml").write_text(PROGRAM.format(id="test-programm") + keys)
    with pytest.raises(DataError) as info:
        load_catalogue(resolve_paths(program_dir, None, {}))
    problems = info.value.problems
    assert len(problems) == 101
    assert problems[0].message.render("en") == "unknown key 'extra0'"
    assert problems[-1].message.render("en") == "… and 150 more problems in this file"
    assert problems[-1].line == problems[-2].line


def test_capping_keeps_the_order_of_a_full_sort_with_many_problems_at_one_place() -> None:
    import random

    from fundmatch.errors import MAX_PROBLEMS_PER_FILE, capped, problem

    rng = random.Random(7)
    problems = [  # few places, so that the cut falls among problems at one place
        problem(
            f"f{rng.randrange(2)}.yaml",
            rng.randrange(3),
            rng.randrange(2),
            "",
            "problem.pattern",
            value=str(i),
        )
        for i in range(3 * MAX_PROBLEMS_PER_FILE)
    ]
    for name in ("f0.yaml", "f1.yaml"):
        mine = sorted(p for p in problems if p.file == name)
        shown = [p for p in capped(problems) if p.file == name]
        assert shown[:-1] == mine[:MAX_PROBLEMS_PER_FILE]  # exactly the first, in order
        hidden = mine[MAX_PROBLEMS_PER_FILE]
        assert (shown[-1].line, shown[-1].col) == (hidden.line, hidden.col)
        assert (
            shown[-1].message.render("en")
            == f"… and {len(mine) - MAX_PROBLEMS_PER_FILE} more problems in this file"
        )


def test_every_shown_vocabulary_problem_of_a_long_list_keeps_its_hint(tmp_path: Path) -> None:
    from fundmatch.answers import load_answers
    from fundmatch.catalogue import load_rubric
    from fundmatch.errors import MAX_PROBLEMS_PER_FILE

    answers = tmp_path / "answers.yaml"
    answers.write_text("needs:\n  themes: [" + ", ".join(["begegnung"] * 300) + "]\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_answers(answers, load_rubric(ROOT / "rubric.yaml")[0])
    shown = caught.value.problems
    assert len(shown) == MAX_PROBLEMS_PER_FILE + 1
    assert all(p.text("de").endswith("(meinten Sie 'zusammenhalt'?)") for p in shown[:-1])
    assert shown[-1].text("de") == "… und 200 weitere Fehler in dieser Datei"


# --- discovery and new programme files ----------------------------------------------------


def _catalogue_folder(root: Path) -> Path:
    """A copy of a catalogue (rubric and one programme) at ``root``."""
    (root / "programs").mkdir(parents=True)
    (root / "rubric.yaml").write_text((ROOT / "rubric.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (root / "programs" / "test-programm.yaml").write_text(PROGRAM.format(id="test-programm"))
    return root


def test_catalogue_is_discovered_from_a_subfolder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _catalogue_folder(tmp_path / "katalog")
    deeper = root / "programs" / "notizen" / "2027"
    deeper.mkdir(parents=True)
    monkeypatch.chdir(deeper)
    found = resolve_paths(env={})
    assert (found.programs, found.rubric) == (root / "programs", root / "rubric.yaml")
    assert (found.programs_origin, found.rubric_origin) == ("discovered", "discovered")
    # Options, then environment variables, still come first.
    env = {"FUNDMATCH_PROGRAMS": "/env/programs"}
    assert resolve_paths(tmp_path, None, env).programs_origin == "option"
    assert resolve_paths(None, None, env).programs == Path("/env/programs")
    assert resolve_paths(None, None, env).rubric_origin == "discovered"


def test_a_folder_without_rubric_is_not_a_catalogue(tmp_path: Path) -> None:
    (tmp_path / "programs").mkdir()
    assert discover_catalogue(tmp_path) is None
    (tmp_path / "rubric.yaml").write_text("version: x\n")
    assert discover_catalogue(tmp_path / "programs") == tmp_path


def test_installed_fundmatch_validates_the_checkout_it_runs_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    """After ``pip install .`` the bundled copy lives in site-packages; a broken file added to
    the checkout's programs/ must still be found by a plain ``programs validate``."""
    installed = _catalogue_folder(tmp_path / "site-packages" / "fundmatch" / "_data")
    monkeypatch.setattr("fundmatch.catalogue.bundled_root", lambda: installed)
    checkout = _catalogue_folder(tmp_path / "checkout")
    (checkout / "programs" / "test-stiftung.yaml").write_text("id: test-stiftung\nname: [\n")
    monkeypatch.chdir(checkout)
    result = runner.invoke(app, ["programs", "validate"])
    assert result.exit_code == 1
    assert "programs/test-stiftung.yaml:2:" in result.stderr
    assert result.stderr.splitlines()[0].startswith("Katalog: programs (gefunden")
    monkeypatch.chdir(tmp_path)  # outside the checkout: the installed copy, which is valid
    result = runner.invoke(app, ["programs", "validate"])
    assert result.exit_code == 0, result.output
    assert "(mitgeliefert)" in result.stderr.splitlines()[0]


def test_new_programme_file_fails_only_where_staff_must_fill_in(tmp_path: Path) -> None:
    paths = resolve_paths(_catalogue_folder(tmp_path) / "programs", ROOT / "rubric.yaml", {})
    path = new_program_file("neue-stiftung", paths)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Neues Förderprogramm.")  # no schema/ beside this catalogue: no editor line
    rubric, _ = load_rubric(ROOT / "rubric.yaml")
    _, _, problems = check_program_files([path], rubric)
    todo_lines = [i for i, line in enumerate(text.splitlines(), 1) if line.endswith("# TODO")]
    assert sorted(p.line for p in problems) == todo_lines
    assert [p.path for p in problems] == [
        "name",
        "funder",
        "level",
        "status",
        "sources[0].url",
        "sources[0].checked",
    ]
    # What to write there: the choices of a list, a date's form; no quotes for a missing text.
    said = {p.path: p.render(lang="de").partition(f"{p.path}: ")[2] for p in problems}
    assert said["name"] == "darf nicht null sein: hier ist eine Angabe nötig"
    assert said["status"].endswith("(eines davon: 'open', 'closed' oder 'ended')")
    assert said["sources[0].checked"].endswith("(Datum als JJJJ-MM-TT schreiben, z. B. 2027-03-01)")
    filled = (
        text.replace("name: null  # TODO", "name: Neue Stiftung")
        .replace("funder: null  # TODO", "funder: Stiftung X")
        .replace("level: null  # TODO", "level: Stiftung")
        .replace("status: null  # TODO", "status: open")
        .replace("url: null  # TODO", "url: https://stiftung.example.de")
        .replace("checked: null  # TODO", "checked: 2026-11-01")
    )
    path.write_text(filled, encoding="utf-8")
    programs, _, problems = check_program_files([path], rubric)
    assert problems == []
    # Every field of the model is in the template, so the template follows the schema.
    assert programs[0].model_dump(exclude_unset=True).keys() == Program.model_fields.keys()


def test_the_new_programme_file_explains_every_described_field_in_german() -> None:
    from fundmatch.programfile import GERMAN, described_fields, program_template

    assert sorted(described_fields()) == sorted(GERMAN)  # a new field needs its German text
    text = program_template("neue-stiftung")
    assert all(GERMAN[path] in text for path in GERMAN)
    # The model's English descriptions stay in the JSON schema.
    assert "Groups the programme is for" not in text and "Highest grant" not in text
    maximum = "Betrag in Euro als Zahl, z. B. 5000 – Höchstbetrag; not_stated = die Richtlinie nennt keinen."
    assert f"  # {maximum}\n  max_eur: null\n" in text


def test_a_new_programme_file_in_the_checkout_points_editors_at_the_schema() -> None:
    from fundmatch.programfile import program_template

    line = "# yaml-language-server: $schema=../schema/program.schema.json\n# Neues Förderprogramm."
    assert program_template("neue-stiftung", ROOT / "programs").startswith(line)


def test_new_programme_file_never_overwrites(tmp_path: Path) -> None:
    paths = resolve_paths(_catalogue_folder(tmp_path) / "programs", None, {})
    with pytest.raises(UsageError) as info:
        new_program_file("test-programm", paths)
    assert "gibt es schon" in info.value.text("de")
    with pytest.raises(UsageError):
        new_program_file("Bad Id", paths)


def test_new_programme_file_is_never_written_into_the_installed_copy() -> None:
    import fundmatch.catalogue

    installed = Path(fundmatch.catalogue.__file__).parent / "_data" / "programs"
    paths = DataPaths(installed, installed.parent / "rubric.yaml", "bundled", "bundled")
    with pytest.raises(UsageError) as info:
        new_program_file("neu", paths)
    assert "Katalogordner" in info.value.text("de")
    assert not (installed / "neu.yaml").exists()


def test_worker_processes_check_a_large_catalogue_as_one_process_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above filecheck.PARALLEL_FROM files, worker processes check the files: the same
    programmes, digests and problems, in the same order (ids taken twice across files too),
    also for every broken programme file of the invalid corpus."""
    from fundmatch import filecheck

    folder = tmp_path / "programs"
    shutil.copytree(ROOT / "programs", folder)
    for broken in program_files(DATA / "broken_programs"):
        shutil.copy(broken, folder / broken.name)
    for case in sorted((DATA / "invalid").glob("program-*/programs")):
        for item in case.iterdir():  # links as links; a socket cannot be copied
            if item.is_symlink() or item.is_file():
                with contextlib.suppress(PermissionError):  # unreadable unless run as root
                    shutil.copy2(item, folder / f"{case.parent.name}--{item.name}", follow_symlinks=False)
    first = sorted(folder.glob("*.yaml"))[0]
    (folder / "zz-copy.yaml").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")  # id taken
    (folder / "zz-outside.yaml").symlink_to(ROOT / "rubric.yaml")
    rubric, _ = load_rubric(ROOT / "rubric.yaml")
    files = program_files(folder)
    alone = check_program_files(files, rubric)
    assert len(alone[0]) == len(list((ROOT / "programs").glob("*.yaml")))
    assert {"problem.id_taken", "problem.id_mismatch", "problem.outside_catalogue", "problem.alias"} <= {
        p.message.key for p in alone[2]
    }
    monkeypatch.setattr(filecheck, "PARALLEL_FROM", 1)
    monkeypatch.setattr(filecheck, "_workers", lambda: 2)
    shared = check_program_files(files, rubric)
    assert shared[:2] == alone[:2]
    # Rendered: a problem about a NaN holds the value, and NaN never equals itself.
    assert [str(p) for p in shared[2]] == [str(p) for p in alone[2]]


def test_a_word_of_a_compound_id_is_suggested() -> None:
    from fundmatch.meant import did_you_mean

    groups = ["frauen", "gefluechtete_frauen", "kinder_jugendliche", "junge_menschen", "aeltere"]
    assert did_you_mean("kinder", groups).render("de") == "meinten Sie 'kinder_jugendliche'?"
    assert did_you_mean("Jugendliche", groups).render("en") == "did you mean 'kinder_jugendliche'?"
    assert did_you_mean("zzz", groups).render("en").startswith("allowed: aeltere, frauen")


def test_an_id_inside_a_longer_word_is_suggested() -> None:
    from fundmatch.meant import did_you_mean

    forms = ["initiative", "verein", "stiftung", "kirchengemeinde"]
    assert did_you_mean("eingetragener_verein", forms).render("de") == "meinten Sie 'verein'?"
    assert did_you_mean("Gemeinnütziger Verein", forms).render("de") == "meinten Sie 'verein'?"


def test_a_name_typed_whole_wins_over_a_similar_id() -> None:
    from fundmatch.catalogue import load_rubric, vocabularies
    from fundmatch.meant import closest_choice

    regions = vocabularies(load_rubric(ROOT / "rubric.yaml")[0])["regions"]
    ids = sorted(regions)
    assert closest_choice("Niedersachsen", ids, regions) == "ni"  # not the town niederlangen
    assert closest_choice("Landkreis Northeim", ids, regions) == "lk-northeim"
    assert closest_choice("Nörten-Hardenberg", ids, regions) == "noerten-hardenberg"
    assert closest_choice("northeim", ids, regions) == "northeim"  # an id stays itself


def test_a_small_vocabulary_is_listed_whole_a_large_one_cut() -> None:
    from fundmatch.meant import ALLOWED_SHOWN, did_you_mean

    small = [f"id{i:02}" for i in range(ALLOWED_SHOWN)]
    assert did_you_mean("zzz", small).render("de") == "erlaubt: " + ", ".join(small)
    large = [f"id{i:02}" for i in range(ALLOWED_SHOWN + 1)]
    listed = did_you_mean("zzz", large).render("de")
    assert listed.endswith(f"id{ALLOWED_SHOWN - 2:02}, …") and f"id{ALLOWED_SHOWN - 1:02}" not in listed


def test_answers_in_a_sponsors_own_words_get_the_id_they_meant(tmp_path: Path) -> None:
    from fundmatch.answers import load_answers
    from fundmatch.catalogue import load_rubric

    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "organisation:\n  legal_form: Kirche\n  location: Kalefeld\n"
        "needs:\n  themes: [begegnung, Sprachkurs, "
        + "begegnung_" * 10
        + "]\n  target_groups: [Frauen, zzz]\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        load_answers(answers, load_rubric(ROOT / "rubric.yaml")[0])
    said = {p.path: (p.message.key, [h.render("de") for h in p.hints]) for p in caught.value.problems}
    # An id that breaks the id pattern gets one problem at its place, now with the id meant.
    assert said["organisation.legal_form"] == ("problem.pattern", ["meinten Sie 'kirchengemeinde'?"])
    assert said["organisation.location"] == ("problem.pattern", ["meinten Sie 'kalefeld'?"])
    assert said["needs.target_groups[0]"] == ("problem.pattern", ["meinten Sie 'frauen'?"])
    # A word of a label ("Gesellschaftlicher Zusammenhalt und Begegnung") names its id.
    assert said["needs.themes[0]"] == ("problem.not_in_vocabulary", ["meinten Sie 'zusammenhalt'?"])
    assert said["needs.themes[1]"] == ("problem.pattern", ["meinten Sie 'sprache'?"])
    # A value far too long is only that, whatever words it holds.
    assert said["needs.themes[2]"] == ("problem.too_long_text", [])
    # Nothing close: a plain unknown id lists the vocabulary.
    assert said["needs.target_groups[1]"][1][0].startswith("erlaubt: ")
    assert len(caught.value.problems) == len(said)
