"""The questionnaire: sections, questions, one-line help, longer help (``?``), choices (its
errors: ``answers``)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- sections (the Leitfaden's five questions) ------------------------------------------
    "section.who": {"de": "Wer sind wir?", "en": "Who are we?"},
    "section.have": {"de": "Was haben wir?", "en": "What do we have?"},
    "section.need": {"de": "Was brauchen wir?", "en": "What do we need?"},
    "section.how_much": {"de": "Wie viel?", "en": "How much?"},
    "section.when": {"de": "Wann?", "en": "When?"},
    # --- questions, one-line help, longer help ----------------------------------------------
    "q.organisation.name": {
        "de": "Name Ihrer Organisation oder Gruppe",
        "en": "Name of your organisation or group",
    },
    "help.organisation.name": {"de": "Erscheint nur im Bericht.", "en": "Only shown in the report."},
    "more.organisation.name": {
        "de": "Der Name wird nirgends hin geschickt; er steht nur auf Ihrem Bericht. Leer lassen geht auch.",
        "en": "The name is not sent anywhere; it only appears on your report. You may leave it empty.",
    },
    "q.organisation.legal_form": {"de": "Rechtsform", "en": "Legal form"},
    "help.organisation.legal_form": {
        "de": "Viele Programme fördern nur bestimmte Rechtsformen.",
        "en": "Many programmes fund only certain legal forms.",
    },
    "more.organisation.legal_form": {
        "de": "Eine Initiative ohne Rechtsform kann oft über einen Partner (z. B. einen Verein) beantragen. "
        "Ein eingetragener Verein steht im Vereinsregister (e.V.).",
        "en": "An informal initiative can often apply through a partner (e.g. a Verein). "
        "A registered association is listed in the register of associations (e.V.).",
    },
    "q.organisation.statuses": {"de": "Welcher Status trifft zu?", "en": "Which status applies?"},
    "help.organisation.statuses": {
        "de": "Mehrere mit Komma, z. B. 1,3; Enter = keiner.",
        "en": "Several with commas, e.g. 1,3; Enter = none.",
    },
    "more.organisation.statuses": {
        "de": "Gemeinnützig sind Sie, wenn das Finanzamt es mit einem Freistellungsbescheid bestätigt hat. "
        "Als Migrantenorganisation gilt meist ein Verein, den überwiegend Menschen mit "
        "Einwanderungsgeschichte tragen (was genau gilt, sagt die Richtlinie). Manche Programme "
        "verlangen zusätzlich z. B. die Mitgliedschaft im LandesSportBund.",
        "en": "You are non-profit (gemeinnützig) if the tax office confirmed it with an exemption notice "
        "(Freistellungsbescheid). A migrant organisation is usually an association run mostly by people "
        "with an immigration history (the guideline says what exactly counts). Some programmes also "
        "require e.g. membership of the state sports federation.",
    },
    "q.organisation.statuses_applied": {
        "de": "Welchen Status haben Sie beantragt?",
        "en": "Which status have you applied for?",
    },
    "help.organisation.statuses_applied": {
        "de": "Beantragt, aber noch nicht bestätigt; mehrere mit Komma; Enter = keiner.",
        "en": "Applied for, not yet confirmed; several with commas; Enter = none.",
    },
    "more.organisation.statuses_applied": {
        "de": "Ist z. B. die Gemeinnützigkeit beim Finanzamt beantragt, aber noch kein Bescheid da, "
        "prüft fundmatch Programme mit dieser Voraussetzung, statt sie auszuschließen.",
        "en": "If, say, non-profit status has been applied for at the tax office but not yet confirmed, "
        "fundmatch marks programmes requiring it as to check instead of excluding them.",
    },
    "q.organisation.via_traeger": {
        "de": "Würde ein gemeinnütziger Träger für Sie beantragen?",
        "en": "Would a charitable sponsor (Träger) apply for you?",
    },
    "help.organisation.via_traeger": {
        "de": "Z. B. ein Verein oder Wohlfahrtsverband, der das Projekt trägt; j/n, Enter = unbekannt.",
        "en": "E.g. an association or welfare organisation that carries the project; y/n, Enter = unknown.",
    },
    "more.organisation.via_traeger": {
        "de": "Manche Programme fördern Gruppen ohne eigene Antragsberechtigung, wenn ein "
        "gemeinnütziger Träger den Antrag stellt und das Geld verwaltet (Trägerschaft).",
        "en": "Some programmes fund groups that cannot apply themselves when a charitable sponsor "
        "submits the application and manages the money (Trägerschaft).",
    },
    "q.organisation.location": {"de": "Ort (Gemeinde oder Stadt)", "en": "Location (municipality or town)"},
    "help.organisation.location": {
        "de": "Einen Teil des Namens tippen, z. B. „Nörten“ oder „uslar“.",
        "en": "Type part of the name, e.g. 'Nörten' or 'uslar'.",
    },
    "more.organisation.location": {
        "de": "Aus dem Ort ergibt sich, welche Landkreis-, Landes- und LEADER-Programme für Sie offen sind. "
        "Gemeinden im Landkreis Northeim und alle Landkreise Niedersachsens sind bekannt.",
        "en": "Your town decides which county, state and LEADER programmes are open to you. "
        "Municipalities in Landkreis Northeim and all counties of Lower Saxony are known.",
    },
    "q.organisation.paid_staff": {"de": "Wie viele bezahlte Mitarbeitende?", "en": "How many paid staff?"},
    "help.organisation.paid_staff": {"de": "Personen, nicht Stellen.", "en": "People, not positions."},
    "more.organisation.paid_staff": {
        "de": "Hilft einzuschätzen, wie viel Antrags- und Abrechnungsaufwand Sie tragen können.",
        "en": "Helps to judge how much application and reporting effort you can carry.",
    },
    "q.organisation.volunteers": {
        "de": "Wie viele Ehrenamtliche machen mit?",
        "en": "How many volunteers take part?",
    },
    "help.organisation.volunteers": {"de": "Ungefähr genügt.", "en": "Roughly is enough."},
    "more.organisation.volunteers": {
        "de": "Ehrenamtliche Arbeit kann bei manchen Programmen als Eigenleistung zählen.",
        "en": "Volunteer work can count as own contribution in some programmes.",
    },
    "q.organisation.experience": {"de": "Erfahrung mit Fördermitteln", "en": "Experience with funding"},
    "help.organisation.experience": {
        "de": "Haben Sie schon Anträge gestellt und abgerechnet?",
        "en": "Have you applied for and accounted for grants before?",
    },
    "more.organisation.experience": {
        "de": "„Einige“ heißt: ein oder zwei Förderungen mit Verwendungsnachweis.",
        "en": "'Some' means one or two grants including the final report (Verwendungsnachweis).",
    },
    "q.resources.own_funds_eur": {
        "de": "Eigenmittel für das Projekt (€)",
        "en": "Own funds for the project (€)",
    },
    "help.resources.own_funds_eur": {
        "de": "Geld, das Sie selbst einbringen können, z. B. 1.500 oder 1.500,50.",
        "en": "Money you can put in yourselves, e.g. 1,500 or 1500.50.",
    },
    "more.resources.own_funds_eur": {
        "de": "Dazu zählen Rücklagen, Spenden und Sponsoring. Viele Programme verlangen einen Eigenanteil.",
        "en": "This includes reserves, donations and sponsoring. Many programmes require an own share.",
    },
    "q.resources.volunteer_hours": {
        "de": "Ehrenamtliche Stunden im Projekt",
        "en": "Volunteer hours in the project",
    },
    "help.resources.volunteer_hours": {
        "de": "Können bei manchen Programmen als Eigenleistung zählen.",
        "en": "May count as own contribution in some programmes.",
    },
    "more.resources.volunteer_hours": {
        "de": "Die Skala rechnet mit 15 € je Stunde, wo ein Programm Eigenleistung anerkennt; "
        "der tatsächliche Satz steht in der Richtlinie.",
        "en": "The scale counts 15 € an hour where a programme accepts volunteer work; "
        "the actual rate is in the guideline.",
    },
    "q.resources.prefinance_months": {
        "de": "Wie viele Monate können Sie Kosten vorfinanzieren?",
        "en": "For how many months can you pre-finance costs?",
    },
    "help.resources.prefinance_months": {
        "de": "Bis das Fördergeld kommt; 0 = gar nicht.",
        "en": "Until the grant arrives; 0 = not at all.",
    },
    "more.resources.prefinance_months": {
        "de": "Manche Programme zahlen erst nach Nachweis der Ausgaben (Erstattung). "
        "Dann müssen Sie die Kosten so lange selbst tragen.",
        "en": "Some programmes pay only after proof of spending (reimbursement). "
        "You must carry the costs until then.",
    },
    "q.resources.partners": {
        "de": "Wie viele Kooperationspartner haben Sie?",
        "en": "How many partners do you have?",
    },
    "help.resources.partners": {
        "de": "Z. B. Schule, VHS, Verein, Kirchengemeinde.",
        "en": "E.g. school, adult education centre, club, congregation.",
    },
    "more.resources.partners": {
        "de": "Manche Programme verlangen ein Bündnis mehrerer Partner.",
        "en": "Some programmes require an alliance of several partners.",
    },
    "q.resources.transnational_partners": {
        "de": "Haben Sie Partner im Ausland?",
        "en": "Do you have partners abroad?",
    },
    "help.resources.transnational_partners": {
        "de": "Nötig z. B. für Erasmus+ und Städtepartnerschaften.",
        "en": "Needed e.g. for Erasmus+ and town twinning.",
    },
    "more.resources.transnational_partners": {
        "de": "Gemeint sind Organisationen in anderen Ländern, mit denen Sie ein Projekt planen.",
        "en": "Organisations in other countries with whom you plan a project.",
    },
    "q.project.title": {"de": "Titel des Projekts", "en": "Project title"},
    "help.project.title": {"de": "Kurz, erscheint im Bericht.", "en": "Short; appears in the report."},
    "more.project.title": {"de": "Ein Arbeitstitel genügt.", "en": "A working title is enough."},
    "q.project.summary": {"de": "Worum geht es? (ein Satz)", "en": "What is it about? (one sentence)"},
    "help.project.summary": {"de": "Erscheint im Bericht.", "en": "Appears in the report."},
    "more.project.summary": {
        "de": "Z. B. „Wöchentliches Café mit Deutsch-Übungsrunden für Frauen“.",
        "en": "E.g. 'Weekly café with German practice for women'.",
    },
    "q.needs.themes": {"de": "Themen des Projekts", "en": "Themes of the project"},
    "help.needs.themes": {"de": "Mehrere mit Komma, z. B. 1,3,5.", "en": "Several with commas, e.g. 1,3,5."},
    "more.needs.themes": {
        "de": "Die Themen werden mit den Förderzwecken der Programme verglichen.",
        "en": "The themes are compared with the programmes' purposes.",
    },
    "q.needs.target_groups": {"de": "Zielgruppen", "en": "Target groups"},
    "help.needs.target_groups": {
        "de": "Mehrere mit Komma, z. B. 1,3.",
        "en": "Several with commas, e.g. 1,3.",
    },
    "more.needs.target_groups": {
        "de": "Manche Programme sind nur für bestimmte Gruppen offen, z. B. Drittstaatsangehörige.",
        "en": "Some programmes are open only to certain groups, e.g. third-country nationals.",
    },
    "q.needs.cost_types": {"de": "Welche Kosten haben Sie?", "en": "Which costs do you have?"},
    "help.needs.cost_types": {"de": "Mehrere mit Komma, z. B. 2,3.", "en": "Several with commas, e.g. 2,3."},
    "more.needs.cost_types": {
        "de": "Nicht jedes Programm fördert jede Kostenart, z. B. oft keine Personalkosten.",
        "en": "Not every programme funds every cost type; staff costs are often excluded.",
    },
    "q.needs.participants": {
        "de": "Wie viele Teilnehmende erwarten Sie?",
        "en": "How many participants do you expect?",
    },
    "help.needs.participants": {"de": "Ungefähr genügt.", "en": "Roughly is enough."},
    "more.needs.participants": {
        "de": "Manche Programme verlangen eine Mindestzahl, die auf dem Land schwer zu erreichen ist.",
        "en": "Some programmes require a minimum that is hard to reach in rural areas.",
    },
    "q.budget.total_eur": {"de": "Gesamtkosten des Projekts (€)", "en": "Total cost of the project (€)"},
    "help.budget.total_eur": {"de": "Z. B. 2.500 oder 2.500,00.", "en": "E.g. 2,500 or 2500.00."},
    "more.budget.total_eur": {
        "de": "Alle Ausgaben zusammen, auch der Teil, den Sie selbst tragen.",
        "en": "All expenses together, including the part you pay yourselves.",
    },
    "q.budget.requested_eur": {"de": "Beantragte Fördersumme (€)", "en": "Amount to request (€)"},
    "help.budget.requested_eur": {
        "de": "Höchstens die Gesamtkosten; meist die Gesamtkosten minus Ihre Eigenmittel.",
        "en": "At most the total cost; usually the total cost less your own funds.",
    },
    "more.budget.requested_eur": {
        "de": "Viele Programme haben einen Mindest- und einen Höchstbetrag.",
        "en": "Many programmes have a minimum and a maximum grant.",
    },
    "q.budget.positions": {
        "de": "Bezahlte Stellen im Projekt (Vollzeitstellen)",
        "en": "Paid staff positions in the project (full-time equivalents)",
    },
    "help.budget.positions": {
        "de": "Z. B. 0,5 für eine halbe Stelle; Enter = keine oder unbekannt.",
        "en": "E.g. 0.5 for a half-time post; Enter = none or unknown.",
    },
    "more.budget.positions": {
        "de": "Manche Programme begrenzen die Förderung je Stelle; dann zählt der Betrag pro Stelle.",
        "en": "Some programmes cap the grant per staff position; then the amount per position counts.",
    },
    "q.effort": {
        "de": "Wie viel Aufwand für Antrag und Abrechnung können Sie tragen?",
        "en": "How much effort for application and reporting can you carry?",
    },
    "help.effort": {"de": "Ehrlich geschätzt.", "en": "An honest estimate."},
    "more.effort": {
        "de": "Wenig: ein kurzer Antrag am Abend. Viel: mehrstufige Verfahren, Portale, Zwischenberichte.",
        "en": "Little: a short application in an evening. A lot: multi-stage procedures, portals, interim reports.",
    },
    "q.timing.start": {"de": "Geplanter Projektbeginn", "en": "Planned start"},
    "help.timing.start": {
        "de": "Z. B. 01.03.2027, 1.3.27 oder März 2027 (dann der 1. des Monats).",
        "en": "E.g. 2027-03-01, 1.3.27 or March 2027 (then the 1st of the month).",
    },
    "more.timing.start": {
        "de": "Viele Programme haben feste Fristen; manche fördern nur Projekte, die noch nicht begonnen haben.",
        "en": "Many programmes have fixed deadlines; some fund only projects not yet started.",
    },
    "q.timing.duration_months": {"de": "Laufzeit in Monaten", "en": "Duration in months"},
    "help.timing.duration_months": {"de": "Eine ganze Zahl, z. B. 12.", "en": "A whole number, e.g. 12."},
    "more.timing.duration_months": {
        "de": "Wie lange das Projekt laufen soll.",
        "en": "How long the project is meant to run.",
    },
    "q.timing.already_started": {
        "de": "Hat das Projekt schon begonnen?",
        "en": "Has the project already started?",
    },
    "help.timing.already_started": {"de": "j = ja, n = nein.", "en": "y = yes, n = no."},
    "more.timing.already_started": {
        "de": "Die meisten Programme fördern nur Projekte, die bei Antragstellung noch nicht begonnen haben.",
        "en": "Most programmes fund only projects that have not started when applying.",
    },
    # --- choices ---------------------------------------------------------------------------
    "choice.experience.none": {"de": "keine", "en": "none"},
    "choice.experience.some": {"de": "einige", "en": "some"},
    "choice.experience.experienced": {"de": "viel", "en": "a lot"},
    "choice.effort.low": {"de": "wenig", "en": "little"},
    "choice.effort.medium": {"de": "mittel", "en": "medium"},
    "choice.effort.high": {"de": "viel", "en": "a lot"},
    # --- dialogue --------------------------------------------------------------------------
    "ask.intro": {
        "de": "fundmatch fragt nach Ihrem Projekt, in fünf Schritten. Zu jeder Frage: ? = Hilfe, "
        "Enter = Vorgabe in [Klammern]. Abbrechen mit Strg+C – Ihre Antworten werden als Entwurf gespeichert.",
        "en": "fundmatch asks about your project in five steps. At every question: ? = help, "
        "Enter = the default in [brackets]. Stop with Ctrl+C – your answers are saved as a draft.",
    },
    "ask.section": {"de": "Schritt {number} von 5: {title}", "en": "Step {number} of 5: {title}"},
    "ask.default_unknown": {"de": "Enter = unbekannt", "en": "Enter = unknown"},
    "ask.default_none": {"de": "Enter = keine", "en": "Enter = none"},
    "ask.default": {"de": "Enter = {value}", "en": "Enter = {value}"},
    "ask.location_found": {"de": "→ {name} ({parent})", "en": "→ {name} ({parent})"},
    "ask.choice_found": {"de": "→ {names}", "en": "→ {names}"},
    "ask.location_pick": {"de": "Mehrere Orte passen:", "en": "Several places match:"},
    "ask.location_number": {"de": "Nummer des Orts", "en": "Number of the place"},
    "ask.summary": {"de": "Ihre Antworten:", "en": "Your answers:"},
    "ask.correct": {
        "de": "Nummer einer Antwort zum Ändern, Enter = weiter zur Auswertung",
        "en": "Number of an answer to change, Enter = continue to the ranking",
    },
    "ask.save": {
        "de": "Antworten speichern? Dateiname eingeben (Enter = nicht speichern)",
        "en": "Save your answers? Enter a file name (Enter = don't save)",
    },
    "ask.report": {
        "de": "Bericht schreiben? Dateiname mit .pdf, .md, .csv oder .json (Enter = nein)",
        "en": "Write a report? File name ending in .pdf, .md, .csv or .json (Enter = no)",
    },
    "ask.saved": {"de": "Antworten gespeichert: {path}", "en": "Answers saved: {path}"},
    "ask.draft_saved": {
        "de": "Abgebrochen. Ihre Antworten sind als Entwurf gespeichert: {path}\n"
        "Weitermachen mit: fundmatch match --resume {path}",
        "en": "Stopped. Your answers are saved as a draft: {path}\n"
        "Continue with: fundmatch match --resume {path} --lang en",
    },
    "draft.where": {
        "de": "Ihre Antworten werden nach jeder Frage gespeichert in: {path}",
        "en": "Your answers are saved after every question in: {path}",
    },
    "draft.kept": {
        "de": "Ihre Antworten bleiben im Entwurf {path} (weitermachen: fundmatch match --resume {path}).",
        "en": "Your answers stay in the draft {path} (continue: fundmatch match --resume {path} --lang en).",
    },
    "draft.unwritable": {
        "de": "Achtung: Der Entwurf kann nicht gespeichert werden ({reason}); bei einem Abbruch gehen die Antworten verloren.",
        "en": "Warning: the draft cannot be saved ({reason}); if you stop now, the answers are lost.",
    },
    "ask.save_failed": {
        "de": "Die Antworten konnten nicht in {path} gespeichert werden: {reason}",
        "en": "The answers could not be saved to {path}: {reason}",
    },
    "ask.stopped_unanswered": {
        "de": "Abgebrochen, bevor eine Frage beantwortet war; es gibt keinen Entwurf.",
        "en": "Stopped before any question was answered; there is no draft.",
    },
    "ask.resumed": {
        "de": "Entwurf geladen: {count} von {total} Fragen beantwortet.",
        "en": "Draft loaded: {count} of {total} questions answered.",
    },
    "template.intro": {
        "de": "Antworten für fundmatch. Ausfüllen und aufrufen mit: fundmatch match --answers DATEI. "
        "null = unbekannt.",
        "en": "Answers for fundmatch. Fill in and run: fundmatch match --answers FILE --lang en. "
        "null = unknown.",
    },
    "template.choices": {"de": "Auswahl", "en": "Choices"},
    "template.format.amount": {
        "de": "Euro als Zahl ohne Tausenderpunkt, z. B. 2500 oder 2500.50",
        "en": "Euro as a plain number without thousands separators, e.g. 2500 or 2500.50",
    },
    "template.format.number": {
        "de": "Eine Zahl, Nachkommastellen mit Punkt, z. B. 3 oder 2.5",
        "en": "A number, decimals after a point, e.g. 3 or 2.5",
    },
    "template.format.integer": {"de": "Eine ganze Zahl, z. B. 12", "en": "A whole number, e.g. 12"},
    "template.format.date": {
        "de": "Datum als JJJJ-MM-TT, z. B. 2027-03-01",
        "en": "A date as YYYY-MM-DD, e.g. 2027-03-01",
    },
    "template.format.yesno": {"de": "true (ja) oder false (nein)", "en": "true (yes) or false (no)"},
    "template.location": {
        "de": "Orts-ID aus rubric.yaml (vocabularies.regions), z. B. einbeck, uslar, northeim",
        "en": "Region id from rubric.yaml (vocabularies.regions), e.g. einbeck, uslar, northeim",
    },
    "draft.header": {
        "de": "fundmatch-Entwurf (unvollständig). Weitermachen mit: fundmatch match --resume DATEI",
        "en": "fundmatch draft (incomplete). Continue with: fundmatch match --resume FILE",
    },
}
