"""The plan: lead times from the programme's rules, the calendar and the funder letter."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from fundmatch.catalogue import Catalogue, load_catalogue, resolve_paths
from fundmatch.ics import calendar
from fundmatch.letter import funder_questions, letter
from fundmatch.models import Answers, Deadlines
from fundmatch.plan import timeline
from fundmatch.scoring import Outcome, rank
from tests.helpers import TODAY, answers, changed, small_catalogue


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return small_catalogue()


def test_a_fixed_deadline_sets_the_writing_start_by_the_application_effort(catalogue: Catalogue) -> None:
    plan = timeline(catalogue.get("grossprogramm"), answers(), TODAY)
    assert plan.deadline == plan.submit_by == dt.date(2027, 6, 30)
    assert plan.write_from == dt.date(2027, 6, 30) - dt.timedelta(weeks=8)  # a heavy procedure
    assert plan.earliest_start == dt.date(2027, 6, 30) + dt.timedelta(weeks=26)


def test_a_start_before_a_fixed_deadlines_decision_is_late(catalogue: Catalogue) -> None:
    program = catalogue.get("grossprogramm")  # deadline 30.06.2027, decided 26 weeks later
    early = timeline(program, answers(timing={"start": "2027-03-01"}), TODAY)
    assert early.late and early.earliest_start == dt.date(2027, 12, 29)
    assert not timeline(program, answers(timing={"start": "2028-01-01"}), TODAY).late
    assert not timeline(program, answers(timing={"start": None}), TODAY).late


def test_applications_at_any_time_are_timed_back_from_the_planned_start(catalogue: Catalogue) -> None:
    program = changed(catalogue.get("kleinfonds"), deadlines=Deadlines(rolling=True, decision_weeks=4))
    plan = timeline(program, answers(), TODAY)  # start 01.03.2027, a one-page form
    assert plan.submit_by == dt.date(2027, 3, 1) - dt.timedelta(weeks=4)
    assert plan.write_from == plan.submit_by - dt.timedelta(weeks=1)
    assert plan.earliest_start == dt.date(2027, 3, 1)
    rushed = timeline(program, answers(timing={"start": "2026-12-10"}), TODAY)
    assert rushed.write_from == TODAY
    assert rushed.earliest_start == TODAY + dt.timedelta(weeks=5)  # later than planned: say so
    assert rushed.late and not plan.late


def test_the_calendar_parses_and_is_reproducible(catalogue: Catalogue) -> None:
    programs = list(catalogue.programs)
    first = calendar(programs, answers(), TODAY, "de")
    assert first == calendar(programs, answers(), TODAY, "de")
    parsed = icalendar.Calendar.from_ical(first)
    events = list(parsed.walk("VEVENT"))
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))
    for event in events:
        assert event["DTSTAMP"].dt == dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
        assert isinstance(event["DTSTART"].dt, dt.date) and not isinstance(event["DTSTART"].dt, dt.datetime)
    summaries = {str(e["SUMMARY"]) for e in events}
    assert "Antragsfrist: Großprogramm Beispiel" in summaries
    assert "Antrag vorbereiten: Großprogramm Beispiel" in summaries
    # A later export with a moved start keeps the same UIDs, so calendars update.
    moved = icalendar.Calendar.from_ical(
        calendar(programs, answers(timing={"start": "2027-05-01"}), TODAY, "de")
    )
    assert {str(e["UID"]) for e in moved.walk("VEVENT")} >= {u for u in uids if "deadline" not in u}


def test_the_letter_asks_what_keeps_the_programme_open(catalogue: Catalogue) -> None:
    program = changed(catalogue.get("kleinfonds"), funding__max_eur=None, funding__payment=None)
    ranking = rank([program, catalogue.get("grossprogramm")], catalogue.rubric, answers(), TODAY)
    result = next(s for s in ranking if s.program.id == "kleinfonds")
    assert result.eligibility is Outcome.CHECK
    questions = [q.fact for q in funder_questions(result)]
    assert questions[0] == "funding.max_eur"
    text = letter(result, answers(project={"title": "Frauen-Café"}), catalogue.rubric, "de")
    assert text.startswith("An: Testgeber Kreis, Fachdienst Integration\n")
    assert "1. Gibt es einen Höchstbetrag, und ist 1.800\u00a0€ förderfähig?" in text
    assert "2. Wird die Förderung im Voraus oder erst nach Nachweis ausgezahlt?" in text
    english = letter(result, answers(project={"title": "Women's café"}), catalogue.rubric, "en")
    assert "1. Is there a maximum grant, and can €1,800 be funded?" in english


def test_the_letter_quotes_names_that_hold_quotes_with_the_inner_marks(catalogue: Catalogue) -> None:
    program = changed(catalogue.get("kleinfonds"), name="Mikroförderung „Kleines Geld“")
    result = rank([program], catalogue.rubric, answers(), TODAY)[0]
    text = letter(result, answers(project={"title": 'Café "Miteinander"'}), catalogue.rubric, "de")
    assert (
        "Betreff: Anfrage zu „Mikroförderung ‚Kleines Geld‘“ für unser Projekt „Café ‚Miteinander‘“\n" in text
    )
    english = letter(result, answers(project={"title": "Café “Together”"}), catalogue.rubric, "en")
    assert (
        "Subject: Question about “Mikroförderung ‘Kleines Geld’” for our project “Café ‘Together’”\n"
        in english
    )


def test_the_letter_says_only_what_the_answers_know(catalogue: Catalogue) -> None:
    """No "Beginn am None", "unbekannt" or "0 Monate" in a letter to a funder: what the
    answers leave open is left out."""
    result = rank([catalogue.get("kleinfonds")], catalogue.rubric, answers(), TODAY)[0]
    sparse = answers(
        organisation={"location": None, "name": None},
        budget={"total_eur": None},
        timing={"start": None, "duration_months": None},
    )
    text = letter(result, sparse, catalogue.rubric, "de")
    assert (
        "wir sind eine Gruppe (Initiative ohne Rechtsform).\nWir möchten 1.800\u00a0€ beantragen.\n" in text
    )
    assert "Betreff: Anfrage zu „Kleinfonds Beispiel“\n" in text
    for absent in ("None", "unbekannt", "0 Monate", "Projekt „", "aus "):
        assert absent not in text
    full = letter(
        result, answers(organisation={"name": "Café e.V."}, project={"title": "Café"}), catalogue.rubric, "de"
    )
    assert (
        "wir sind Café e.V. (Initiative ohne Rechtsform) aus Uslar.\nWir planen das Projekt „Café“.\n" in full
    )
    assert (
        "Beginn am 01.03.2027, Dauer 10 Monate. "
        "Gesamtkosten 2.000\u00a0€, davon möchten wir 1.800\u00a0€ beantragen.\n" in full
    )
    assert full.endswith("Mit freundlichen Grüßen\nCafé e.V.\n")


@pytest.mark.parametrize("given", [Answers(), answers()], ids=["nothing answered", "an initiative"])
def test_no_question_to_a_funder_names_an_unknown_value(given: Answers) -> None:
    """ "ist unbekannt förderfähig?" asks nothing: a question is about what is known."""
    bundled = load_catalogue(resolve_paths(env={}))
    for score in rank(bundled.programs, bundled.rubric, given, TODAY):
        for fact in score.open_facts:
            for lang, unknown in (("de", "unbekannt"), ("en", "unknown")):
                question = fact.question.render(lang)
                assert unknown not in question and "None" not in question, (score.program.id, question)
