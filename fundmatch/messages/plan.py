"""The plan: the deadline calendar and the letter to a funder."""

MESSAGES: dict[str, dict[str, str]] = {
    "error.calendar_suffix": {
        "de": "{path}: ein Kalender wird als .ics-Datei geschrieben, z. B. {meant} (oder - für die Standardausgabe)",
        "en": "{path}: a calendar is written as an .ics file, e.g. {meant} (or - for standard output)",
    },
    "ics.name": {"de": "Förderfristen (fundmatch)", "en": "Funding deadlines (fundmatch)"},
    "ics.deadline": {"de": "Antragsfrist: {name}", "en": "Application deadline: {name}"},
    "ics.prepare": {"de": "Antrag vorbereiten: {name}", "en": "Start the application: {name}"},
    "ics.start": {"de": "Frühester Projektbeginn: {name}", "en": "Earliest project start: {name}"},
    "ics.contact": {"de": "Kontakt: {contact}", "en": "Contact: {contact}"},
    "letter.to": {"de": "An: {contact}", "en": "To: {contact}"},
    "letter.subject": {
        "de": "Betreff: Anfrage zu {program} für unser Projekt {title}",
        "en": "Subject: Question about {program} for our project {title}",
    },
    "letter.greeting": {"de": "Sehr geehrte Damen und Herren,", "en": "Dear Sir or Madam,"},
    "letter.subject_untitled": {
        "de": "Betreff: Anfrage zu {program}",
        "en": "Subject: Question about {program}",
    },
    "letter.we": {"de": "eine Gruppe", "en": "a group"},  # when the answers name none
    # "wir sind" + name, then the legal form and the place where they are known.
    "letter.who": {"de": "wir sind {name}{form}{place}.", "en": "we are {name}{form}{place}."},
    "letter.place": {"de": " aus {place}", "en": " from {place}"},
    "letter.what": {
        "de": "Wir planen das Projekt {title}: {summary}",
        "en": "We are planning the project {title}: {summary}",
    },
    "letter.what_untitled": {
        "de": "Wir planen ein Projekt: {summary}",
        "en": "We are planning a project: {summary}",
    },
    "letter.what_short": {
        "de": "Wir planen das Projekt {title}.",
        "en": "We are planning the project {title}.",
    },
    # When the project runs and what it costs, each said only where the answers know it.
    "letter.start_and_duration": {
        "de": "Beginn am {start}, Dauer {duration}.",
        "en": "It starts on {start} and runs for {duration}.",
    },
    "letter.start": {"de": "Beginn am {start}.", "en": "It starts on {start}."},
    "letter.duration": {"de": "Dauer: {duration}.", "en": "It runs for {duration}."},
    "letter.total_and_request": {
        "de": "Gesamtkosten {total}, davon möchten wir {requested} beantragen.",
        "en": "Total costs {total}, of which we would like to request {requested}.",
    },
    "letter.total": {"de": "Gesamtkosten {total}.", "en": "Total costs {total}."},
    "letter.request": {
        "de": "Wir möchten {requested} beantragen.",
        "en": "We would like to request {requested}.",
    },
    "letter.questions": {
        "de": "Bevor wir einen Antrag stellen, möchten wir gern Folgendes klären:",
        "en": "Before we apply, we would like to clarify the following:",
    },
    "letter.no_questions": {
        "de": "Nach den uns vorliegenden Informationen sind alle Voraussetzungen bekannt; wir würden uns über einen kurzen Hinweis freuen, ob unser Vorhaben passt.",
        "en": "As far as we know, all conditions are clear; we would be glad to hear briefly whether our project fits.",
    },
    "letter.thanks": {
        "de": "Vielen Dank für Ihre Antwort.",
        "en": "Thank you very much for your reply.",
    },
    "letter.regards": {"de": "Mit freundlichen Grüßen", "en": "Kind regards"},
    # --- fundmatch calendar, fundmatch ask, the shortlist -----------------------------------
    "calendar.written": {
        "de": "Fristenkalender geschrieben: {path} ({count} Programme, {events} Termine)",
        "en": "Deadline calendar written: {path} ({count} programmes, {events} events)",
    },
    "calendar.none": {
        "de": "Kein ausgewähltes oder passendes Programm hat eine bekannte Frist; der Kalender ist leer.",
        "en": "No chosen or fitting programme has a known deadline; the calendar is empty.",
    },
    "ask.written": {"de": "Anschreiben geschrieben: {path}", "en": "Letter written: {path}"},
    "pick.unknown": {
        "de": "--pick: unbekannte Programm-ID „{id}“{hint}",
        "en": "--pick: unknown programme id '{id}'{hint}",
    },
    "pick.hint": {"de": " – meinten Sie „{close}“?", "en": " – did you mean '{close}'?"},
    "pick.saved": {
        "de": "Auswahl für den Bericht in {path} gespeichert: {ids}",
        "en": "Choice for the report saved in {path}: {ids}",
    },
    "pick.cleared": {
        "de": "Auswahl für den Bericht in {path} gelöscht.",
        "en": "Choice for the report removed from {path}.",
    },
    "pick.prompt": {
        "de": "Programme für den Bericht wählen? Nummern aus der Liste, z. B. 1,3 (Enter = keine Auswahl)",
        "en": "Choose programmes for the report? Numbers from the list, e.g. 1,3 (Enter = no choice)",
    },
    "pick.bad_number": {
        "de": "Bitte Nummern von 1 bis {max} eingeben, z. B. 1,3, oder Enter für keine Auswahl.",
        "en": "Please enter numbers from 1 to {max}, e.g. 1,3, or Enter for no choice.",
    },
    "pick.chosen": {"de": "Gewählt für den Bericht: {names}", "en": "Chosen for the report: {names}"},
    "problem.unknown_shortlist": {
        "de": "„{value}“ ist kein Programm des Katalogs",
        "en": "'{value}' is not a programme of the catalogue",
    },
    "report.calendar_apart": {
        "de": "Einen Fristenkalender schreibt: fundmatch calendar --answers DATEI -o fristen.ics",
        "en": "To write a deadline calendar: fundmatch calendar --answers FILE -o deadlines.ics",
    },
    "plan.best_intro_picked": {
        "de": "Zuerst die {count} von Ihnen gewählten Programme, dann die, zu denen Ihr Vorhaben am besten passt.",
        "en": "First the {count} programmes you chose, then those your project fits best.",
    },
    "plan.best_intro_picked_one": {
        "de": "Zuerst das von Ihnen gewählte Programm, dann die, zu denen Ihr Vorhaben am besten passt.",
        "en": "First the programme you chose, then those your project fits best.",
    },
    "answers.shortlist": {"de": "Gewählt für den Bericht", "en": "Chosen for the report"},
}
