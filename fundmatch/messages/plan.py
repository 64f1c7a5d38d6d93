"""The plan: the deadline calendar and the letter to a funder."""

MESSAGES: dict[str, dict[str, str]] = {
    "ics.name": {"de": "Förderfristen (fundmatch)", "en": "Funding deadlines (fundmatch)"},
    "ics.deadline": {"de": "Antragsfrist: {name}", "en": "Application deadline: {name}"},
    "ics.prepare": {"de": "Antrag vorbereiten: {name}", "en": "Start the application: {name}"},
    "ics.start": {"de": "Frühester Projektbeginn: {name}", "en": "Earliest project start: {name}"},
    "ics.contact": {"de": "Kontakt: {contact}", "en": "Contact: {contact}"},
    "letter.to": {"de": "An: {contact}", "en": "To: {contact}"},
    "letter.subject": {
        "de": "Betreff: Anfrage zu „{program}“ für unser Projekt „{title}“",
        "en": "Subject: Question about “{program}” for our project “{title}”",
    },
    "letter.greeting": {"de": "Sehr geehrte Damen und Herren,", "en": "Dear Sir or Madam,"},
    "letter.we": {"de": "Unsere Gruppe", "en": "Our group"},
    "letter.our_project": {"de": "unser Projekt", "en": "our project"},
    "letter.who": {
        "de": "wir sind {name} ({form}) aus {place}.",
        "en": "we are {name} ({form}) from {place}.",
    },
    "letter.what": {
        "de": "Wir planen das Projekt „{title}“: {summary}",
        "en": "We are planning the project “{title}”: {summary}",
    },
    "letter.when": {
        "de": "Beginn am {start}, Dauer {duration}; Gesamtkosten {total}, davon möchten wir {requested} beantragen.",
        "en": "It starts on {start} and runs for {duration}; total costs {total}, of which we would like to request {requested}.",
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
}
