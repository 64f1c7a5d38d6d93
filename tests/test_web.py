"""The web app through Starlette's TestClient: every page, validation at the field,
resuming, downloads, security headers, limits, and that the server stores nothing."""

from __future__ import annotations

import gc
import html
import json
import os
import re
import sys
import threading
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from web_helpers import (
    EXAMPLES,
    SECTIONS,
    TODAY,
    example,
    hidden_state,
    ranking_rows,
    same_answers,
    section_form,
)

from fundmatch.catalogue import load_catalogue, resolve_paths
from fundmatch.models import Answers
from fundmatch.questionnaire import QUESTIONS
from fundmatch.scoring import rank
from fundmatch.web.app import create_app
from fundmatch.web.core import Site
from fundmatch.web.security import MAX_BODY_BYTES

# Newer Starlette prefers the httpx2 package; httpx works with every version the extra allows.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
from starlette.testclient import TestClient  # noqa: E402


@pytest.fixture(scope="module")
def site() -> Site:
    return Site.load(today=TODAY)


@pytest.fixture(scope="module")
def client(site: Site) -> Iterator[TestClient]:
    with TestClient(create_app(site)) as test_client:
        yield test_client


def answer(client: TestClient, data: dict[str, Any], lang: str = "de") -> str:
    """Fill every section from ``data``; the state of the summary page."""
    state = "{}"
    for section in SECTIONS:
        form = section_form(data, section, lang) | {"state": state, "section": section, "lang": lang}
        page = client.post("/questions", data=form)
        assert page.status_code == 200, errors_in(page.text)
        state = hidden_state(page.text)
    return state


def errors_in(page: str) -> list[str]:
    return [
        html.unescape(re.sub("<[^>]+>", "", e)).strip()
        for e in re.findall(r'<p class="error"[^>]*>(.*?)</p>', page)
    ]


def post_section(client: TestClient, section: str, fields: dict[str, Any], state: str = "{}") -> Any:
    form = section_form({}, section, "de") | fields | {"state": state, "section": section}
    return client.post("/questions", data=form)


# --- pages --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
def test_start_page_offers_the_questionnaire_resuming_and_the_privacy_note(
    client: TestClient, lang: str
) -> None:
    page = client.get(f"/?lang={lang}")
    assert page.status_code == 200
    assert f'<html lang="{lang}">' in page.text
    assert page.headers["content-language"] == lang
    assert 'href="/questions?lang=' in page.text
    assert 'type="file"' in page.text and 'enctype="multipart/form-data"' in page.text
    assert ("Datenschutz" if lang == "de" else "Privacy") in page.text


def test_german_is_the_default_and_english_is_one_switch_away(client: TestClient) -> None:
    assert "Wer sind wir?" in client.get("/questions").text
    assert "Who are we?" in client.get("/questions?lang=en").text
    switched = client.post("/questions", data={"state": "{}", "section": "who", "switch_lang": "en"})
    assert "Who are we?" in switched.text and '<html lang="en">' in switched.text


@pytest.mark.parametrize("section", SECTIONS)
def test_every_section_shows_its_questions_with_labels_help_and_progress(
    client: TestClient, section: str
) -> None:
    page = client.get(f"/questions?section={section}").text
    number = SECTIONS.index(section) + 1
    assert f"Schritt {number} von {len(SECTIONS)}" in page
    assert 'aria-current="step"' in page
    for question in (q for q in QUESTIONS if q.section == section):
        dom_id = "q-" + question.id.replace(".", "-")
        assert f'name="{question.id}"' in page
        assert f'id="{dom_id}-help"' in page, f"no help beside {question.id}"
        labelled = (
            f'<label for="{dom_id}">' in page or f'aria-describedby="{dom_id}-help">\n    <legend>' in page
        )
        assert labelled, f"{question.id} has no label or legend"


def test_defaults_are_offered_as_the_command_line_offers_them(client: TestClient) -> None:
    page = client.get("/questions?section=who").text
    assert re.search(r'name="organisation.paid_staff" value="0"', page)
    assert re.search(r'name="organisation.experience" value="none" checked', page)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_filled_questionnaire_carries_exactly_the_examples_answers(client: TestClient, path: Path) -> None:
    data = example(path)
    state = answer(client, data)
    assert same_answers(json.loads(state), json.loads(json.dumps(data, default=str)))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_results_rank_as_the_core_does(client: TestClient, site: Site, path: Path) -> None:
    data = example(path)
    page = client.post("/results", data={"state": answer(client, data, "en"), "lang": "en"})
    assert page.status_code == 200
    expected = rank(site.catalogue.programs, site.catalogue.rubric, Answers.model_validate(data), TODAY)
    assert ranking_rows(page.text) == [(s.program.id, s.eligibility.value) for s in expected]
    assert "Your best chances" in page.text


def test_results_say_when_the_location_is_missing(client: TestClient) -> None:
    data = example(EXAMPLES[0])
    known = client.post("/results", data={"state": answer(client, data)})
    data["organisation"]["location"] = None
    missing = client.post("/results", data={"state": answer(client, data)})
    assert missing.status_code == known.status_code == 200
    assert '<p class="warning">Ihr Ort fehlt:' in missing.text and "Ihr Ort fehlt" not in known.text


def test_results_equal_fundmatch_match_json(client: TestClient, runner: Any) -> None:
    from fundmatch.cli import app

    path = EXAMPLES[0]
    result = runner.invoke(
        app, ["match", "--answers", str(path), "--format", "json", "--date", TODAY.isoformat()]
    )
    cli = [(r["id"], r["eligibility"]) for r in json.loads(result.stdout)["results"]]
    page = client.post("/results", data={"state": answer(client, example(path))})
    assert ranking_rows(page.text) == cli


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_each_best_chance_names_its_biggest_hurdle_as_the_report_does(
    client: TestClient, site: Site, path: Path
) -> None:
    from fundmatch.reports.chances import hurdle_text
    from fundmatch.reports.document import build_report

    data = example(path)
    page = client.post("/results", data={"state": answer(client, data)}).text
    answers = Answers.model_validate(data)
    report = build_report(site.catalogue, answers, TODAY, advice=False)
    named = 0
    for result in report.results:
        start = page.find(f'<li class="card" data-program="{result.id}">')
        if start < 0 or result.details is None:
            continue
        card = page[start : page.index("</li>", start)]
        said = hurdle_text(result, "de")
        assert (html.escape(said, quote=False) in card) if said else ('class="hurdle"' not in card)
        named += bool(said)
    if path.stem == "migrationsberatung-northeim":  # 50 % own shares it cannot raise
        assert named


def test_best_chances_show_contact_deadline_and_open_questions(client: TestClient, site: Site) -> None:
    data = example(EXAMPLES[0])
    page = client.post("/results", data={"state": answer(client, data)}).text
    ranking = site.ranking(Answers.model_validate(data))
    first = next(s for s in ranking if s.band is not None and s.eligibility.value != "no")
    card = page[page.index(f'<li class="card" data-program="{first.program.id}">') :]
    card = card[: card.index("</li>")]
    assert html.escape(first.program.name, quote=False) in card
    assert "Nächste Frist" in card and "Ansprechstelle" in card
    if first.open_facts:
        assert html.escape(first.open_facts[0].question.render("de"), quote=False) in card


def test_explanation_shows_gates_points_reasons_sources_and_improvements(
    client: TestClient, site: Site
) -> None:
    data = example(EXAMPLES[1])
    state = answer(client, data)
    ranking = site.ranking(Answers.model_validate(data))
    wanted = ranking[0]
    page = client.post("/explain", data={"state": state, "program": wanted.program.id}).text
    assert f"<h1>{html.escape(wanted.program.name, quote=False)}</h1>" in page
    assert page.count('<th scope="row">') >= len(wanted.gates) + len(wanted.criteria)
    for result in wanted.criteria:
        assert html.escape(result.reason.render("de"), quote=False) in page
    assert html.escape(wanted.program.sources[0].url) in page
    assert "Was die Bewertung verbessern würde" in page


def test_comparison_sets_two_programmes_side_by_side(client: TestClient, site: Site) -> None:
    data = example(EXAMPLES[0])
    ranking = site.ranking(Answers.model_validate(data))
    left, right = ranking[0].program, ranking[-1].program
    page = client.post(
        "/compare", data={"state": answer(client, data), "left": left.id, "right": right.id}
    ).text
    assert html.escape(left.name, quote=False) in page and html.escape(right.name, quote=False) in page
    assert 'class="better"' in page


def test_unknown_programme_is_a_plain_404(client: TestClient) -> None:
    page = client.post("/explain", data={"state": "{}", "program": "gibt-es-nicht"})
    assert page.status_code == 404 and "gibt-es-nicht" in page.text


def test_summary_lists_every_answer_and_leads_back_to_any_step(client: TestClient) -> None:
    state = answer(client, example(EXAMPLES[0]))
    summary = client.post("/questions", data={"state": state, "go": "summary"}).text
    assert summary.count("<dt>") == len(QUESTIONS)
    assert "01.03.2027" in summary and "2.500\u00a0€" in summary  # German formats
    again = client.post("/questions", data={"state": state, "go": "edit:when"}).text
    assert "<h1>Wann?</h1>" in again
    assert 'value="01.03.2027"' in again  # the answer so far, as a German would type it
    back = post_section(
        client, "how_much", section_form(example(EXAMPLES[0]), "how_much", "de") | {"go": "back"}, state
    )
    assert "<h1>Was brauchen wir?</h1>" in back.text


# --- parsing and errors at the field --------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "lang", "expected"),
    [
        ("1.500,50 €", "de", 1500.5),
        ("1500", "de", 1500.0),
        ("€1,500.50", "en", 1500.5),
        ("2.500", "de", 2500.0),
    ],
)
def test_amounts_are_read_as_people_type_them(
    client: TestClient, typed: str, lang: str, expected: float
) -> None:
    page = post_section(client, "have", {"resources.own_funds_eur": typed, "lang": lang})
    assert page.status_code == 200
    assert json.loads(hidden_state(page.text))["resources"]["own_funds_eur"] == expected


@pytest.mark.parametrize("typed", ["1.3.27", "01.03.2027", "2027-03-01"])
def test_dates_are_read_in_german_and_iso_form(client: TestClient, typed: str) -> None:
    page = post_section(client, "when", {"timing.start": typed})
    assert json.loads(hidden_state(page.text))["timing"]["start"] == "2027-03-01"


def test_a_bad_value_is_named_at_its_field_and_nothing_is_taken(client: TestClient) -> None:
    page = post_section(client, "have", {"resources.own_funds_eur": "viel", "resources.partners": "2"})
    assert page.status_code == 422
    assert 'id="q-resources-own_funds_eur-error"' in page.text
    assert re.search(r'name="resources.own_funds_eur" value="viel"[^>]*aria-invalid="true"', page.text)
    assert "Bitte einen Betrag eingeben" in errors_in(page.text)[0]
    assert 'href="#q-resources-own_funds_eur"' in page.text  # the error summary links to the field
    assert json.loads(hidden_state(page.text)) == {}


def test_no_such_day_is_an_error(client: TestClient) -> None:
    page = post_section(client, "when", {"timing.start": "31.02.2027"})
    assert page.status_code == 422 and "31.02.2027" in errors_in(page.text)[0]


def test_request_above_total_is_an_error_at_the_request(client: TestClient) -> None:
    page = post_section(client, "how_much", {"budget.total_eur": "1.000", "budget.requested_eur": "2.000"})
    assert page.status_code == 422
    assert 'id="q-budget-requested_eur-error"' in page.text
    assert "Gesamtkosten" in errors_in(page.text)[0]


def test_model_limits_show_at_the_field(client: TestClient) -> None:
    page = post_section(client, "who", {"organisation.volunteers": "2000000"})
    assert page.status_code == 422 and 'id="q-organisation-volunteers-error"' in page.text


def test_choice_outside_the_list_is_refused(client: TestClient) -> None:
    page = post_section(client, "who", {"organisation.legal_form": "raumschiff"})
    assert page.status_code == 422 and 'id="q-organisation-legal_form-error"' in page.text


def test_a_status_the_legal_form_cannot_hold_is_an_error_at_the_status(client: TestClient) -> None:
    """The form lists every status beside the legal form (one page); the terminal offers a
    private person only what it can hold."""
    fields = {"organisation.legal_form": "privatperson", "organisation.statuses": ["gemeinnuetzig"]}
    page = post_section(client, "who", fields)
    assert page.status_code == 422 and 'id="q-organisation-statuses-error"' in page.text
    assert errors_in(page.text) == [
        "Fehler: Als Privatperson können Sie das nicht haben: Gemeinnützig (Freistellungsbescheid)."
    ]
    held = fields | {"organisation.statuses": ["junge_projektleitung"]}
    assert post_section(client, "who", held).status_code == 200
    assert post_section(client, "who", fields | {"organisation.legal_form": "verein"}).status_code == 200


def test_town_is_found_from_part_of_its_name(client: TestClient) -> None:
    page = post_section(client, "who", {"organisation.location": "usla"})
    assert json.loads(hidden_state(page.text))["organisation"]["location"] == "uslar"


def test_several_matching_towns_are_offered_to_pick(client: TestClient) -> None:
    page = post_section(client, "who", {"organisation.location": "north"})
    assert page.status_code == 422
    assert 'name="organisation.location.pick" value="northeim"' in page.text
    assert 'name="organisation.location.pick" value="lk-northeim"' in page.text
    picked = post_section(
        client, "who", {"organisation.location": "north", "organisation.location.pick": "northeim"}
    )
    assert json.loads(hidden_state(picked.text))["organisation"]["location"] == "northeim"


def test_a_region_from_an_answers_file_survives_a_correction(client: TestClient) -> None:
    """An answers file may name any region, also one the town search does not offer."""
    draft = b"organisation:\n  location: leader-harzweserland\n"
    page = client.post("/resume", files={"answers_file": ("entwurf.yaml", draft)})
    assert 'value="LEADER-Region Harzweserland"' in page.text
    again = post_section(
        client, "who", {"organisation.location": "LEADER-Region Harzweserland"}, hidden_state(page.text)
    )
    assert json.loads(hidden_state(again.text))["organisation"]["location"] == "leader-harzweserland"


def test_unknown_town_is_an_error(client: TestClient) -> None:
    page = post_section(client, "who", {"organisation.location": "Atlantis"})
    assert page.status_code == 422 and "Kein Ort gefunden" in errors_in(page.text)[0]


def test_output_is_escaped(client: TestClient) -> None:
    evil = '<script>alert("x")</script>'
    data = example(EXAMPLES[0])
    data["organisation"]["name"] = evil
    state = answer(client, data)
    for page in (
        client.post("/questions", data={"state": state, "go": "summary"}).text,
        client.post("/results", data={"state": state}).text,
        post_section(client, "when", {"timing.start": evil}).text,
    ):
        assert evil not in page
        assert "&lt;script&gt;" in page


# --- the state travels in the page, and is checked every time ---------------------------


@pytest.mark.parametrize(
    "state",
    [
        "not json",
        "[1, 2]",
        '{"organisation": {"location": "mars"}}',
        '{"budget": {"total_eur": -5}}',
        '{"surprise": true}',
        '{"organisation": {"name": "' + "x" * 70_000 + '"}}',
    ],
    ids=["not-json", "not-a-mapping", "unknown-town", "negative", "unknown-key", "too-large"],
)
@pytest.mark.parametrize("route", ["/questions", "/results", "/download"])
def test_a_tampered_state_is_refused(client: TestClient, state: str, route: str) -> None:
    page = client.post(route, data={"state": state, "fmt": "yaml"})
    assert page.status_code == 400
    assert "Antworten nicht lesbar" in page.text


def test_oversized_requests_are_refused_before_parsing(client: TestClient) -> None:
    page = client.post("/questions", data={"state": "{}", "filler": "x" * (MAX_BODY_BYTES + 1)})
    assert page.status_code == 413
    upload = client.post("/resume", files={"answers_file": ("big.yaml", b"a: 1\n" * MAX_BODY_BYTES)})
    assert upload.status_code == 413


def test_a_body_without_length_is_cut_off_at_the_limit(client: TestClient) -> None:
    chunks = iter([b"state=" + b"x" * (MAX_BODY_BYTES // 2), b"x" * (MAX_BODY_BYTES // 2 + 10)])
    page = client.post(
        "/questions", content=chunks, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert page.status_code == 413


# --- resuming -----------------------------------------------------------------------------


def test_resume_from_a_complete_answers_file_leads_to_the_summary(client: TestClient) -> None:
    path = EXAMPLES[2]
    page = client.post("/resume", files={"answers_file": (path.name, path.read_bytes())})
    assert page.status_code == 200 and "Ihre Antworten" in page.text
    assert same_answers(
        json.loads(hidden_state(page.text)), json.loads(json.dumps(example(path), default=str))
    )


def test_resume_from_a_draft_continues_at_the_first_open_step(client: TestClient) -> None:
    draft = b"organisation:\n  name: Verein\n  legal_form: verein\n"
    page = client.post("/resume", files={"answers_file": ("entwurf.yaml", draft)})
    assert "<h1>Wer sind wir?</h1>" in page.text
    assert 'value="Verein"' in page.text


def test_resume_from_the_browsers_draft(client: TestClient) -> None:
    state = answer(client, example(EXAMPLES[0]))
    page = client.post("/resume", data={"state": state})
    assert page.status_code == 200 and "Auswertung anzeigen" in page.text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"organisation: [unclosed\n", "entwurf.yaml:"),
        (b"organisation:\n  legal_form: raumschiff\n", "raumschiff"),
        (b"budget:\n  total_eur: viel\n", "budget.total_eur"),
    ],
)
def test_a_broken_upload_is_explained_at_the_upload_field(
    client: TestClient, content: bytes, expected: str
) -> None:
    page = client.post("/resume", files={"answers_file": ("entwurf.yaml", content)})
    assert page.status_code == 422
    assert 'id="answers-file-error"' in page.text and expected in html.unescape(page.text)


def test_resume_without_a_file_asks_for_one(client: TestClient) -> None:
    page = client.post("/resume", data={"lang": "en"})
    assert page.status_code == 422 and "Please choose a file." in page.text


# --- downloads ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "start", "name"),
    [
        ("pdf", b"%PDF", "fundmatch-bericht.pdf"),
        ("md", b"#", "fundmatch-bericht.md"),
        ("csv", b"", "fundmatch-bericht.csv"),
        ("ics", b"BEGIN:VCALENDAR", "fundmatch-fristen.ics"),
        ("yaml", b"project:", "fundmatch-antworten.yaml"),  # no schema line: saved who knows where
    ],
)
def test_downloads(client: TestClient, fmt: str, start: bytes, name: str) -> None:
    if fmt == "ics":
        needs_calendar_messages()
    state = answer(client, example(EXAMPLES[0]))
    made = client.post("/download", data={"state": state, "fmt": fmt})
    assert made.status_code == 200
    assert made.headers["content-disposition"] == f'attachment; filename="{name}"'
    assert made.content.startswith(start) and len(made.content) > 100


def needs_calendar_messages() -> None:
    from fundmatch.messages import MESSAGES

    if "ics.name" not in MESSAGES:
        pytest.skip("the calendar's messages (fundmatch/messages/plan.py) are not on this branch yet")


def test_downloaded_answers_file_is_the_examples_answers(client: TestClient, site: Site) -> None:
    data = example(EXAMPLES[1])
    made = client.post("/download", data={"state": answer(client, data), "fmt": "yaml"})
    assert same_answers(yaml.safe_load(made.content), data)


def test_a_draft_can_be_downloaded_from_any_step(client: TestClient) -> None:
    made = post_section(client, "who", {"organisation.name": "Café", "go": "save"})
    assert made.headers["content-disposition"] == 'attachment; filename="fundmatch-entwurf.yaml"'
    text = made.content.decode()
    assert "fundmatch-Entwurf" in text and yaml.safe_load(text)["organisation"]["name"] == "Café"


def test_unknown_download_format_is_refused(client: TestClient) -> None:
    assert client.post("/download", data={"state": "{}", "fmt": "exe"}).status_code == 400


# --- security headers, scripts and privacy -------------------------------------------------


def every_page(client: TestClient) -> list[Any]:
    state = answer(client, example(EXAMPLES[0]))
    return [
        client.get("/"),
        client.get("/questions"),
        post_section(client, "have", {"resources.own_funds_eur": "viel"}),
        client.post("/questions", data={"state": state, "go": "summary"}),
        client.post("/results", data={"state": state}),
        client.post("/explain", data={"state": state, "program": "pfd-landkreis-northeim"}),
        client.post(
            "/compare",
            data={"state": state, "left": "pfd-landkreis-northeim", "right": "integration-durch-sport"},
        ),
        client.post("/results", data={"state": "kaputt"}),
        client.post("/download", data={"state": state, "fmt": "md"}),
        client.get("/static/style.css"),
    ]


def test_security_headers_on_every_response(client: TestClient) -> None:
    for response in every_page(client):
        headers = response.headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "style-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-content-type-options"] == "nosniff"
        if not str(response.url).endswith(".css"):
            assert headers["cache-control"] == "no-store", response.url
        assert "set-cookie" not in headers


def test_pages_have_no_inline_scripts_or_styles(client: TestClient) -> None:
    for response in every_page(client):
        if "text/html" not in response.headers["content-type"]:
            continue
        page = response.text
        assert not re.search(r"<script(?![^>]*\bsrc=)", page), response.url
        assert "<style" not in page and " style=" not in page and " on" + "click=" not in page


def test_links_to_funders_send_no_referrer(client: TestClient) -> None:
    page = client.post("/results", data={"state": answer(client, example(EXAMPLES[0]))}).text
    external = re.findall(r'<a href="https?://[^"]+"[^>]*>', page)
    assert external and all('rel="noreferrer noopener"' in link for link in external)


def test_the_server_writes_nothing(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page, upload and download, watched two ways: Python's audit events for any file
    opened for writing, and the working and temporary folders before and after."""
    work, temp = tmp_path / "work", tmp_path / "tmp"
    work.mkdir()
    temp.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("TMPDIR", str(temp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    written: list[str] = []
    WRITE_WATCH.append(written)
    try:
        with TestClient(create_app(site)) as fresh:
            every_page(fresh)
            from fundmatch.messages import MESSAGES

            for fmt in ("pdf", "csv", "ics", "yaml") if "ics.name" in MESSAGES else ("pdf", "csv", "yaml"):
                fresh.post("/download", data={"state": answer(fresh, example(EXAMPLES[0])), "fmt": fmt})
            fresh.post("/resume", files={"answers_file": ("a.yaml", EXAMPLES[0].read_bytes())})
    finally:
        WRITE_WATCH.remove(written)
    assert written == []
    assert list(work.iterdir()) == [] and list(temp.iterdir()) == []


WRITE_WATCH: list[list[str]] = []
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not WRITE_WATCH or event != "open":
        return
    path, mode, flags = args
    writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or bool(flags & _WRITE_FLAGS)
    if writing and not str(path).startswith("/dev/"):
        for watch in WRITE_WATCH:
            watch.append(str(path))


sys.addaudithook(_audit)  # stays for the session, but records only while a test watches


# --- the command ---------------------------------------------------------------------------


def test_fundmatch_web_serves_on_localhost_and_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    from fundmatch.web import server as web_server

    opened: list[str] = []
    monkeypatch.setattr(web_server.webbrowser, "open", opened.append)
    made = web_server.make_server(today=TODAY)
    assert made.config.host == "127.0.0.1" and made.config.port > 0
    seen: list[str] = []

    def announce(url: str) -> None:
        seen.append(url)
        with urllib.request.urlopen(url, timeout=10) as answer_page:
            seen.append(answer_page.read().decode())
        collecting.append(gc.isenabled())
        made.should_exit = True  # what Ctrl-C does

    # `fundmatch web` runs inside the command line's run, which pauses the cycle collector;
    # a server lives on, so it collects again.
    collecting: list[bool] = []
    gc.disable()
    thread = threading.Thread(target=web_server.serve, args=(made, announce, True))
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive()
    assert seen[0] == f"http://127.0.0.1:{made.config.port}/" and opened == [seen[0]]
    assert "Passende Förderprogramme finden" in seen[1]
    assert collecting == [True] and gc.isenabled()


def test_fundmatch_web_command_passes_its_options(runner: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from fundmatch.cli import app
    from fundmatch.web import server as web_server

    calls: dict[str, Any] = {}

    def fake_make(host: str, port: int | None, **options: Any) -> str:
        calls.update(host=host, port=port, **options)
        return "server"

    def fake_serve(server: str, announce: Any, open_browser: bool) -> None:
        calls.update(server=server, open_browser=open_browser)
        announce("http://127.0.0.1:8765/")

    monkeypatch.setattr(web_server, "make_server", fake_make)
    monkeypatch.setattr(web_server, "serve", fake_serve)
    result = runner.invoke(app, ["web", "--port", "8765", "--no-browser", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert calls["host"] == "127.0.0.1" and calls["port"] == 8765 and calls["lang"] == "en"
    assert calls["open_browser"] is False
    assert "http://127.0.0.1:8765/" in result.output


def test_catalogue_with_errors_stops_fundmatch_web(runner: Any, tmp_path: Path) -> None:
    from fundmatch.cli import app

    broken = tmp_path / "programs"
    broken.mkdir()
    (broken / "x.yaml").write_text("id: x\n", encoding="utf-8")
    result = runner.invoke(app, ["web", "--programs", str(broken), "--no-browser"])
    assert result.exit_code == 1


def test_site_reads_the_same_catalogue_as_the_cli() -> None:
    assert Site.load().catalogue.fingerprint == load_catalogue(resolve_paths()).fingerprint
