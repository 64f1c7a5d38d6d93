"""A deadline calendar (iCalendar, RFC 5545) for the programmes a sponsor considers.

Per programme: an all-day event on each known deadline, one "Antrag vorbereiten" on the day
to start writing, and one on the earliest project start. UIDs are stable (programme, event
kind and, for deadlines, the date), so importing a newer export updates the same events; the
time stamp is the ranking's date, so the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from icalendar import Calendar, Event

from fundmatch.i18n import t
from fundmatch.models import Answers, Program
from fundmatch.plan import timeline

PRODID = "-//fundmatch//Fristenkalender//DE"
DOMAIN = "fundmatch"


def calendar(programs: Iterable[Program], answers: Answers, today: dt.date, lang: str) -> bytes:
    """The calendar for ``programs`` (in the order given) as iCalendar bytes."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", t("ics.name", lang))
    stamp = dt.datetime.combine(today, dt.time(0, 0), tzinfo=dt.UTC)
    for program in programs:
        plan = timeline(program, answers, today)
        dates = [d for d in program.deadlines.dates if d >= today]
        if plan.deadline and plan.deadline not in dates:
            dates.append(plan.deadline)
        for deadline in sorted(dates):
            cal.add_component(
                _event(
                    f"{program.id}-deadline-{deadline.isoformat()}",
                    deadline,
                    stamp,
                    t("ics.deadline", lang, name=program.name),
                    program,
                    lang,
                )
            )
        if plan.write_from:
            cal.add_component(
                _event(
                    f"{program.id}-prepare",
                    plan.write_from,
                    stamp,
                    t("ics.prepare", lang, name=program.name),
                    program,
                    lang,
                )
            )
        if plan.earliest_start:
            cal.add_component(
                _event(
                    f"{program.id}-start",
                    plan.earliest_start,
                    stamp,
                    t("ics.start", lang, name=program.name),
                    program,
                    lang,
                )
            )
    return bytes(cal.to_ical())


def _event(uid: str, day: dt.date, stamp: dt.datetime, summary: str, program: Program, lang: str) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", day)  # a date: an all-day event
    event.add("dtend", day + dt.timedelta(days=1) if day < dt.date.max else day)
    event.add("summary", summary)
    details = [program.funder]
    if program.contact:
        details.append(t("ics.contact", lang, contact=program.contact))
    event.add("description", "\n".join(details))
    if program.url:
        event.add("url", program.url)
    event.add("transp", "TRANSPARENT")
    return event
