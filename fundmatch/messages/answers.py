"""What the questionnaire says when an answer cannot be taken (terminal and web form)."""

MESSAGES: dict[str, dict[str, str]] = {
    "ask.error.location": {
        "de": "Kein Ort gefunden. Bitte einen Teil des Namens eingeben, z. B. „Einbeck“.",
        "en": "No place found. Please type part of the name, e.g. 'Einbeck'.",
    },
    "ask.error.amount": {
        "de": "Bitte einen Betrag eingeben, z. B. 1500, 1.500 oder 1.500,50 €.",
        "en": "Please enter an amount, e.g. 1500, 1,500 or 1500.50.",
    },
    "ask.error.number": {
        "de": "Bitte eine Zahl ab 0 eingeben, z. B. 3 oder 2,5.",
        "en": "Please enter a number from 0, e.g. 3 or 2.5.",
    },
    "ask.error.integer": {
        "de": "Bitte eine ganze Zahl eingeben, z. B. 12.",
        "en": "Please enter a whole number, e.g. 12.",
    },
    "ask.error.date": {
        "de": "Bitte ein Datum eingeben, z. B. 01.03.2027, 1.3.27 oder 2027-03-01.",
        "en": "Please enter a date, e.g. 2027-03-01, 01.03.2027 or 1.3.27.",
    },
    "ask.error.no_such_date": {
        "de": "Den Tag {text} gibt es nicht.",
        "en": "There is no such day as {text}.",
    },
    "ask.error.date_range": {
        "de": "Bitte ein Datum zwischen {first} und {last} eingeben.",
        "en": "Please enter a date between {first} and {last}.",
    },
    "ask.error.yesno": {
        "de": "Bitte j (ja) oder n (nein) eingeben.",
        "en": "Please enter y (yes) or n (no).",
    },
    "ask.error.not_listed": {
        "de": "„{word}“ steht nicht in der Liste. {then}",
        "en": "'{word}' is not in the list. {then}",
    },
    "ask.error.choice": {
        "de": "Bitte Nummern von 1 bis {max} eingeben, mehrere mit Komma.",
        "en": "Please enter numbers from 1 to {max}, several with commas.",
    },
    "ask.error.status_form": {
        "de": "Als {form} können Sie das nicht haben: {statuses}.",
        "en": "Your legal form ({form}) cannot have: {statuses}.",
    },
    "ask.error.one_choice": {
        "de": "Bitte genau eine Nummer von 1 bis {max} eingeben.",
        "en": "Please enter exactly one number from 1 to {max}.",
    },
    "ask.error.requested_above_total": {
        "de": "Die Fördersumme kann nicht höher sein als die Gesamtkosten ({total}).",
        "en": "The amount requested cannot exceed the total cost ({total}).",
    },
    "ask.error.total_below_requested": {
        "de": "Die Gesamtkosten können nicht niedriger sein als die beantragte Fördersumme ({requested}).",
        "en": "The total cost cannot be lower than the amount requested ({requested}).",
    },
    "ask.error.too_small": {
        "de": "Bitte mindestens {limit} eingeben.",
        "en": "Please enter at least {limit}.",
    },
    "ask.error.too_large": {"de": "Bitte höchstens {limit} eingeben.", "en": "Please enter at most {limit}."},
    "ask.error.too_long": {
        "de": "Diese Zahl hat zu viele Stellen.",
        "en": "This number has too many digits.",
    },
    "ask.error.invalid": {
        "de": "Diese Antwort passt nicht ({reason}).",
        "en": "This answer does not fit ({reason}).",
    },
    "ask.error.encoding": {
        "de": "Die Eingabe enthielt Zeichen, die nicht gelesen werden können (kein UTF-8). Bitte noch einmal eingeben.",
        "en": "The input held characters that cannot be read (not UTF-8). Please type it again.",
    },
    "ask.error.start_in_past": {
        "de": "Laut Ihrer Antwort hat das Projekt noch nicht begonnen; der Beginn kann dann nicht vor dem {today} liegen.",
        "en": "According to your answer the project has not started, so it cannot start before {today}.",
    },
    "ask.error.started_in_past": {
        "de": "Der Projektbeginn {start} liegt vor dem {today}: dann hat das Projekt schon begonnen (j). "
        "Sonst bitte in der Übersicht den Beginn ändern.",
        "en": "The start {start} lies before {today}, so the project has already started (y). "
        "Otherwise change the start in the summary.",
    },
    "ask.error.correct": {
        "de": "Bitte eine Nummer von 1 bis {max} eingeben oder Enter drücken.",
        "en": "Please enter a number from 1 to {max} or press Enter.",
    },
}
