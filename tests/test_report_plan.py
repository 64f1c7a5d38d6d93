"""The report a board decides on: page 1 with the best chances, at most six pages, in
English throughout, and the same questions for the funder as ``fundmatch ask``."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pypdf
import pytest
import yaml

from fundmatch.answers import load_answers
from fundmatch.catalogue import Catalogue, load_catalogue, resolve_paths
from fundmatch.letter import funder_questions
from fundmatch.models import Answers, Budget, Program, Timing
from fundmatch.money import grant_for, own_share_for
from fundmatch.reports import Format, pdf, render
from fundmatch.reports.chances import chances, grant_text, own_share_text
from fundmatch.reports.document import Report, build_report
from fundmatch.reports.pdf import MAX_PAGES, page_count
from fundmatch.reports.view import build_view
from fundmatch.scoring import rank
from tests.conftest import ROOT

DAY = dt.date(2026, 12, 1)
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
CLI_TOP = 10  # what ``fundmatch report`` passes by default


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(resolve_paths(env={}))


def _report(catalogue: Catalogue, example: Path) -> Report:
    return build_report(catalogue, load_answers(example, catalogue.rubric), DAY, CLI_TOP)


def _pages(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(data)).pages]


# --- amounts for this project ----------------------------------------------------------------


def _program(catalogue: Catalogue, **funding: object) -> Program:
    """A bundled programme with these funding facts, no applicant rules of its own (their
    limits would count first) and no own share unless given."""
    base = catalogue.get("lagfa-mikrofoerderung")
    plain = {"per_year": None, "per_position": False, "own_share_min_pct": None, "rate_max_pct": None}
    return base.model_copy(
        update={
            "funding": base.funding.model_copy(update={**plain, **funding}),
            "applicants": base.applicants.model_copy(update={"rules": None}),
        }
    )


@pytest.mark.parametrize(
    ("maximum", "requested", "expected"),
    [
        (2500.0, 2300.0, (2300.0, "request")),
        (2500.0, 3000.0, (2500.0, "capped")),
        (2500.0, None, (2500.0, "up_to")),
        ("not_stated", 2300.0, (2300.0, "no_cap")),
        ("not_stated", None, (None, "unknown")),
        (None, 2300.0, (None, "unknown")),
    ],
)
def test_the_grant_is_the_request_up_to_the_maximum(
    catalogue: Catalogue,
    maximum: float | str | None,
    requested: float | None,
    expected: tuple[float | None, str],
) -> None:
    answers = Answers(budget=Budget(requested_eur=requested))
    assert grant_for(_program(catalogue, max_eur=maximum), answers) == expected


def test_a_yearly_maximum_counts_for_every_year_and_position(catalogue: Catalogue) -> None:
    # The Migrationsberatung's kind of limit: 60.000 € a year for a full position.
    program = _program(catalogue, max_eur=60000.0, per_year=True, per_position=True)
    three_years = Timing(duration_months=36)
    full = Answers(budget=Budget(requested_eur=150000, positions=1), timing=three_years)
    assert grant_for(program, full) == (150000.0, "request")
    half = Answers(budget=Budget(requested_eur=150000, positions=0.5), timing=three_years)
    assert grant_for(program, half) == (90000.0, "capped")


def test_the_grant_leaves_the_own_share_to_the_sponsor(catalogue: Catalogue) -> None:
    large = Answers(budget=Budget(total_eur=180000, requested_eur=150000))
    assert grant_for(_program(catalogue, max_eur="not_stated", own_share_min_pct=20.0), large) == (
        144000.0,
        "rate",
    )
    assert grant_for(_program(catalogue, max_eur=100000.0, own_share_min_pct=20.0), large) == (
        100000.0,
        "capped",
    )
    small = Answers(budget=Budget(total_eur=1500, requested_eur=1500))
    assert grant_for(_program(catalogue, max_eur=3000.0, rate_max_pct=50.0), small) == (750.0, "rate")


def test_the_own_share_is_the_total_times_the_rate() -> None:
    assert own_share_for(20.0, Budget(total_eur=2500)) == 500.0
    assert own_share_for(None, Budget(total_eur=2500)) is None
    assert own_share_for(20.0, Budget()) is None


# --- page 1 and the page count -------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_page_one_names_the_best_three_with_money_dates_and_contact(
    catalogue: Catalogue, example: Path, lang: str
) -> None:
    report = _report(catalogue, example)
    pages = _pages(render(report, Format.PDF, lang, CLI_TOP))
    assert len(pages) <= MAX_PAGES, f"{example.stem}: {len(pages)} pages"
    first = " ".join(pages[0].replace("\xad", "-").split())  # typst writes hyphens as U+00AD
    best = chances(report.results)[:3]
    assert len(best) == 3 and all(r.eligibility in ("yes", "check") for r in best)
    budget = report.answers.budget
    for result in best:
        assert result.plan is not None  # the shown programmes carry their plan
        for needle in (
            result.name,
            grant_text(result, lang),
            own_share_text(result, budget, lang),
            result.contact or "",
        ):
            assert " ".join(needle.split())[:40] in first, (result.id, needle)
    deadline = "jederzeit" if lang == "de" else "any time"
    assert deadline in first or re.search(r"\d{2}\.\d{2}\.\d{4}|\d{4}-\d{2}-\d{2}", first)
    # The data basis (fingerprints) is at the end, not on page 1.
    assert report.catalogue.fingerprint not in first
    assert report.catalogue.fingerprint in pages[-1]


PROFILES = sorted((ROOT / "tests" / "profiles").glob("*.yaml"))


def _answers_file(tmp_path: Path, answers: dict[str, object]) -> Path:
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    return path


def test_the_page_count_is_read_as_pypdf_reads_it(catalogue: Catalogue) -> None:
    data = render(_report(catalogue, EXAMPLES[0]), Format.PDF, "de", CLI_TOP)
    assert page_count(data) == len(pypdf.PdfReader(io.BytesIO(data)).pages) > 1


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.stem)
def test_every_profile_keeps_to_six_pages(catalogue: Catalogue, profile: Path, tmp_path: Path) -> None:
    answers = yaml.safe_load(profile.read_text(encoding="utf-8"))["answers"]
    report = _report(catalogue, _answers_file(tmp_path, answers))
    assert page_count(render(report, Format.PDF, "de", CLI_TOP)) <= MAX_PAGES


def test_a_long_report_gives_fewer_details_and_says_which(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = _report(catalogue, EXAMPLES[0])
    pages = page_count(render(report, Format.PDF, "de", CLI_TOP))
    best = [card["heading"] for card in build_view(report, "de", CLI_TOP)["best"]]
    monkeypatch.setattr(pdf, "MAX_PAGES", pages - 1)  # one page too long now
    fitted = render(report, Format.PDF, "de", CLI_TOP)
    assert page_count(fitted) <= pages - 1
    text = " ".join(_pages(fitted))
    assert f"1. {best[0]}" in text and f"3. {best[2]}" not in text
    note = text.split("Damit der Bericht kurz bleibt, ohne Einzelheiten: ")[1].split("(alles dazu")[0]
    assert best[2].split()[0] in note and best[0].split()[0] not in note
    # Asked for more best chances than the default, the sponsor gets all their details.
    more = " ".join(_pages(render(report, Format.PDF, "de", CLI_TOP, best=4)))
    assert f"3. {best[2]}" in more and "Damit der Bericht kurz bleibt" not in more


def test_ended_and_not_eligible_programmes_never_are_a_best_chance(catalogue: Catalogue) -> None:
    for example in EXAMPLES:
        listed = chances(_report(catalogue, example).results)
        assert all(r.eligibility != "no" and r.band is not None for r in listed)
        order = [("yes", "check").index(r.eligibility) for r in listed]
        assert order == sorted(order)  # eligible first, then those to check


def test_best_sets_how_many_chances_page_one_shows(catalogue: Catalogue) -> None:
    report = _report(catalogue, EXAMPLES[0])
    assert len(build_view(report, "de", CLI_TOP, best=2)["best"]) == 2
    assert len(build_view(report, "de", CLI_TOP, best=5)["best"]) == 5
    assert len(build_view(report, "de", CLI_TOP)["details"]) == 3


def test_staff_notes_stay_out_and_sources_are_listed_once(catalogue: Catalogue) -> None:
    report = _report(catalogue, EXAMPLES[0])
    text = render(report, Format.MD, "de", CLI_TOP).decode("utf-8")
    assert "Stand unbekannt" not in text
    assert "Hinweise aus dem Katalog" not in text
    for detail in build_view(report, "de", CLI_TOP)["details"]:
        sources = next(s for s in detail["sections"] if s["title"] == "Quellen")
        urls = [item["url"] for item in sources["items"]]
        assert len(urls) == len(set(urls))


# --- the questions for the funder (item 5 of issue 14) ---------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_details_of_every_programme_to_check_hold_the_letters_questions(
    catalogue: Catalogue, example: Path
) -> None:
    answers = load_answers(example, catalogue.rubric)
    report = build_report(catalogue, answers, DAY, CLI_TOP)
    scores = {s.program.id: s for s in rank(catalogue.programs, catalogue.rubric, answers, DAY)}
    view = build_view(report, "de", CLI_TOP, best=CLI_TOP)
    checked = 0
    for detail in view["details"]:
        program_id = detail["anchor"].removeprefix("programm-")
        if detail["eligibility_id"] != "check":
            continue
        asked = [f.question.render("de") for f in funder_questions(scores[program_id])]
        section = next(s for s in detail["sections"] if s["title"] == "Fragen an den Fördermittelgeber")
        assert [item["text"] for item in section["items"]] == asked
        checked += 1
    assert checked > 0


# --- English throughout ------------------------------------------------------------------------


def test_every_curated_rating_has_english_text(catalogue: Catalogue) -> None:
    missing = [
        f"{p.id}: {criterion}"
        for p in catalogue.programs
        for criterion, rating in p.ratings.items()
        if not rating.reason_en or rating.reason_en == rating.reason
    ]
    assert not missing


def test_the_english_report_shows_the_english_ratings(catalogue: Catalogue) -> None:
    report = _report(catalogue, EXAMPLES[0])
    assert "(rating in German)" not in render(report, Format.MD, "en", CLI_TOP).decode("utf-8")
    programs = {p.id: p for p in catalogue.programs}
    view = build_view(report, "en", CLI_TOP)
    assert view["details"]
    for detail in view["details"]:
        ratings = programs[detail["anchor"].removeprefix("programm-")].ratings
        reasons = {row[0]: row[-1] for row in detail["criteria"]["rows"]}
        labels = {c.id: c.label.en for c in catalogue.rubric.criteria}
        for criterion, rating in ratings.items():
            reason = reasons[labels[criterion]]
            assert rating.reason_en and reason.startswith(" ".join(rating.reason_en.split())), reason
            assert rating.reason not in reason


# --- why it fits, and what stands in the way ---------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_biggest_hurdle_is_the_known_level_one_criterion_that_loses_most(
    catalogue: Catalogue, example: Path
) -> None:
    from fundmatch.reports.chances import why_fits
    from fundmatch.reports.common import text

    for result in _report(catalogue, example).results:
        if result.details is None:
            continue
        hurdles = [c for c in result.details.criteria if c.known and c.level == 1]
        said = why_fits(result, "en")
        if not hurdles:
            assert "Biggest hurdle" not in said
            continue
        worst = max(hurdles, key=lambda c: c.weight - c.points)
        assert (
            f"Biggest hurdle: “{text(worst.label, 'en')}” – {text(worst.reason, 'en').rstrip('.')}." in said
        )


def test_a_shortfall_in_the_own_share_is_named_on_page_one(catalogue: Catalogue) -> None:
    # A sponsor with 25,000 € for a 50 % own share of 150,000 €: the card says so.
    report = _report(catalogue, ROOT / "examples" / "migrationsberatung-northeim.yaml")
    markdown = render(report, Format.MD, "de").decode()
    assert (
        "Größte Hürde: „Eigenanteil und Kofinanzierung“ – Eigenanteil 50\u00a0% = 75.000\u00a0€" in markdown
    )


def test_a_card_says_when_the_planned_start_cannot_be_kept(catalogue: Catalogue, tmp_path: Path) -> None:
    from fundmatch.reports.chances import deadline_text
    from fundmatch.reports.common import day

    text = (ROOT / "examples" / "frauencafe-uslar.yaml").read_text(encoding="utf-8")
    soon = tmp_path / "soon.yaml"
    soon.write_text(text.replace("start: 2027-03-01", "start: 2027-01-15"), encoding="utf-8")
    report = build_report(catalogue, load_answers(soon, catalogue.rubric), DAY, len(catalogue.programs))
    fixed = [r for r in report.results if r.plan is not None and r.plan.deadline and not r.rolling]
    late = [r for r in fixed if r.plan is not None and r.plan.late]
    assert late, "a fixed deadline after 15.01.2027 is in the bundled catalogue"
    for result in late:
        assert result.plan is not None and result.plan.earliest_start is not None
        assert result.plan.earliest_start > dt.date(2027, 1, 15)
        assert deadline_text(result, "de") == (
            f"{day(result.plan.deadline, 'de')}; für Ihren geplanten Beginn zu spät, "
            f"Beginn frühestens {day(result.plan.earliest_start, 'de')}"
        )
        assert deadline_text(result, "de", short=True) == day(result.plan.deadline, "de")
    on_time = [r for r in fixed if r.plan is not None and not r.plan.late]
    assert all(deadline_text(r, "de") == day(r.plan.deadline, "de") for r in on_time if r.plan)


def test_a_missing_location_is_said_above_the_best_chances(catalogue: Catalogue, tmp_path: Path) -> None:
    answers = yaml.safe_load((ROOT / "examples" / "frauencafe-uslar.yaml").read_text(encoding="utf-8"))
    answers["organisation"]["location"] = None
    report = _report(catalogue, _answers_file(tmp_path, answers))
    note = "Ihr Ort fehlt: Ob Programme einzelner Landkreise, Städte und Regionen für Sie gelten"
    assert note in build_view(report, "de", CLI_TOP)["best_intro"]
    assert "Your location is missing" in build_view(report, "en", CLI_TOP)["best_intro"]
    assert "Ihr Ort fehlt" not in build_view(_report(catalogue, EXAMPLES[0]), "de", CLI_TOP)["best_intro"]
