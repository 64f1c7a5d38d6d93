"""The web pages (``fundmatch web``): navigation, the results, privacy notes, errors."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- every page ------------------------------------------------------------------------
    "web.skip": {"de": "Zum Inhalt springen", "en": "Skip to content"},
    "web.tagline": {
        "de": "Förderprogramme für kleine Träger der Integrationsarbeit",
        "en": "Funding programmes for small integration sponsors",
    },
    "web.switch": {"de": "English", "en": "Deutsch"},
    "web.privacy.short": {
        "de": "Ihre Antworten werden auf dem Server nicht gespeichert. Sie stehen nur in dieser Seite, "
        "in Dateien, die Sie herunterladen, und – wenn Ihr Browser das erlaubt – als Entwurf in Ihrem Browser.",
        "en": "Your answers are not stored on the server. They are only in this page, in files you download "
        "and – if your browser allows it – as a draft in your browser.",
    },
    "web.to_start": {"de": "Zur Startseite", "en": "To the start page"},
    "web.next": {"de": "Weiter", "en": "Next"},
    "web.back": {"de": "Zurück", "en": "Back"},
    "web.to_summary": {"de": "Zur Übersicht", "en": "To the summary"},
    "web.save_draft": {"de": "Entwurf herunterladen", "en": "Download draft"},
    "web.forget_draft": {"de": "Entwurf im Browser löschen", "en": "Delete the draft in this browser"},
    # --- start page ------------------------------------------------------------------------
    "web.start.title": {"de": "Passende Förderprogramme finden", "en": "Find suitable funding programmes"},
    "web.start.intro": {
        "de": "Beantworten Sie Fragen zu Ihrem Projekt in fünf Schritten (etwa 10 Minuten). Danach sehen Sie, "
        "welche Förderprogramme zu Ihnen passen, warum, und was Sie noch klären sollten.",
        "en": "Answer questions about your project in five steps (about 10 minutes). Then you see which "
        "funding programmes suit you, why, and what you should still clarify.",
    },
    "web.start.begin": {"de": "Fragebogen beginnen", "en": "Start the questionnaire"},
    "web.start.resume_title": {"de": "Später weitermachen", "en": "Continue later"},
    "web.start.file_label": {
        "de": "Antwortdatei oder Entwurf (.yaml)",
        "en": "Answers file or draft (.yaml)",
    },
    "web.start.file_help": {
        "de": "Die Datei, die Sie hier oder mit „fundmatch match“ heruntergeladen bzw. gespeichert haben.",
        "en": "The file you downloaded here or saved with 'fundmatch match'.",
    },
    "web.start.upload": {"de": "Datei laden und weitermachen", "en": "Load the file and continue"},
    "web.start.browser_draft": {
        "de": "In diesem Browser ist ein Entwurf Ihrer Antworten gespeichert.",
        "en": "This browser keeps a draft of your answers.",
    },
    "web.start.continue_draft": {"de": "Mit dem Entwurf weitermachen", "en": "Continue with the draft"},
    "web.privacy.title": {"de": "Datenschutz", "en": "Privacy"},
    "web.privacy.server": {
        "de": "Der Server speichert Ihre Antworten nicht und legt keine Cookies an. Die Antworten reisen in "
        "einem versteckten Feld dieser Seite mit und werden bei jedem Schritt neu geprüft und ausgewertet. "
        "Schließen Sie die Seite, sind sie dort weg – laden Sie Ihre Antworten herunter, um später weiterzumachen.",
        "en": "The server does not store your answers and sets no cookies. The answers travel in a hidden "
        "field of this page and are checked and ranked anew at every step. Close the page and they are gone "
        "there – download your answers to continue later.",
    },
    "web.privacy.browser": {
        "de": "Ist JavaScript eingeschaltet, behält Ihr Browser einen Entwurf (localStorage) auf Ihrem Gerät, "
        "damit ein geschlossener Tab nichts verliert. Er verlässt Ihr Gerät nicht; Sie können ihn hier löschen.",
        "en": "With JavaScript on, your browser keeps a draft (localStorage) on your device so that a closed "
        "tab loses nothing. It does not leave your device; you can delete it here.",
    },
    "web.privacy.links": {
        "de": "Links zu Fördergebern öffnen deren Seiten ohne Angabe, dass Sie von hier kommen.",
        "en": "Links to funders open their pages without telling them that you came from here.",
    },
    # --- questionnaire ---------------------------------------------------------------------
    "web.step": {"de": "Schritt {number} von {total}", "en": "Step {number} of {total}"},
    "web.progress": {"de": "Fortschritt", "en": "Progress"},
    "web.answered": {
        "de": "{count} von {total} Fragen beantwortet.",
        "en": "{count} of {total} questions answered.",
    },
    "web.help.multi": {"de": "Mehrere ankreuzen ist möglich.", "en": "You may tick several."},
    "web.location.pick": {"de": "Welcher Ort ist gemeint?", "en": "Which place do you mean?"},
    "web.summary.title": {"de": "Ihre Antworten", "en": "Your answers"},
    "web.summary.intro": {
        "de": "Bitte prüfen Sie Ihre Antworten. Mit „Ändern“ kommen Sie zum jeweiligen Schritt zurück.",
        "en": "Please check your answers. 'Change' takes you back to that step.",
    },
    "web.summary.edit": {"de": "Ändern", "en": "Change"},
    "web.summary.edit_section": {"de": "Ändern: {section}", "en": "Change: {section}"},
    "web.summary.show_results": {"de": "Auswertung anzeigen", "en": "Show the ranking"},
    # --- results ---------------------------------------------------------------------------
    "web.results.title": {"de": "Ihre Auswertung", "en": "Your ranking"},
    "web.results.intro": {
        "de": "{count} Förderprogramme bewertet, Stand {date}. Bitte prüfen Sie vor dem Antrag immer die "
        "aktuelle Förderrichtlinie.",
        "en": "{count} funding programmes rated, as of {date}. Always check the current guideline before applying.",
    },
    "web.results.best": {"de": "Ihre besten Chancen", "en": "Your best chances"},
    "web.results.no_best": {
        "de": "Kein Programm passt nach Ihren Angaben sicher. Die Liste unten zeigt, woran es liegt.",
        "en": "No programme surely fits your answers. The list below shows why.",
    },
    "web.results.all": {"de": "Alle Programme", "en": "All programmes"},
    "web.results.order": {
        "de": "Erst antragsberechtigt (ja), dann „prüfen“, dann „nein“; darin nach Punkten (0–100). "
        "In Klammern: die Spanne, solange Angaben fehlen.",
        "en": "Eligible (yes) first, then 'check', then 'no'; within each by score (0–100). "
        "In brackets: the range while facts are missing.",
    },
    "web.results.change_title": {"de": "Angaben ändern", "en": "Change your answers"},
    "web.results.change": {"de": "Zurück zu Ihren Antworten", "en": "Back to your answers"},
    "web.legend": {
        "de": "„prüfen“ heißt: eine Angabe fehlt (beim Programm oder bei Ihnen) – die offenen Fragen stehen "
        "beim Programm. Eine unbekannte Angabe zählt nie als gut.",
        "en": "'check' means a fact is missing (the programme's or yours) – the open questions are listed "
        "with the programme. An unknown fact never counts as good.",
    },
    "web.points": {"de": "{score} Punkte", "en": "score {score}"},
    "web.website": {"de": "Internetseite: {name}", "en": "Website: {name}"},
    "web.open_questions": {"de": "Noch zu klären", "en": "Still to clarify"},
    "web.more_open": {
        "de": "… und {count} weitere in der Erklärung.",
        "en": "… and {count} more in the explanation.",
    },
    "web.side.program": {"de": "Beim Fördergeber fragen", "en": "Ask the funder"},
    "web.side.sponsor": {"de": "Ihre Angabe fehlt", "en": "Your answer is missing"},
    "web.note": {"de": "Hinweis:", "en": "Note:"},
    "web.explain": {"de": "Erklärung", "en": "Explanation"},
    "web.explain_named": {"de": "Erklärung: {name}", "en": "Explanation: {name}"},
    "web.download.title": {"de": "Herunterladen", "en": "Download"},
    "web.download.intro": {
        "de": "Die Dateien werden für Sie erzeugt und nicht auf dem Server aufbewahrt.",
        "en": "The files are made for you and not kept on the server.",
    },
    "web.download.pdf": {"de": "Bericht (PDF)", "en": "Report (PDF)"},
    "web.download.md": {"de": "Bericht (Markdown)", "en": "Report (Markdown)"},
    "web.download.csv": {"de": "Tabelle (CSV)", "en": "Table (CSV)"},
    "web.download.csv-excel": {"de": "Tabelle für Excel (CSV)", "en": "Table for Excel (CSV)"},
    "web.download.ics": {"de": "Fristen-Kalender (.ics)", "en": "Deadline calendar (.ics)"},
    "web.download.yaml": {"de": "Antworten speichern (.yaml)", "en": "Save answers (.yaml)"},
    # --- explanation and comparison --------------------------------------------------------
    "web.back_to_results": {"de": "Zurück zur Auswertung", "en": "Back to the ranking"},
    "web.explain.kicker": {"de": "Rang {rank} – Erklärung", "en": "Rank {rank} – explanation"},
    "web.confidence": {"de": "Datenlage {value}", "en": "facts known {value}"},
    "web.unknown_fact": {"de": "Angabe unbekannt", "en": "fact unknown"},
    "web.source_dates": {"de": "Stand {date}, geprüft {checked}", "en": "dated {date}, checked {checked}"},
    "web.undated": {"de": "ohne Datum", "en": "undated"},
    "web.conflicts": {"de": "Widersprüche in den Quellen", "en": "Conflicting sources"},
    "web.compare.title": {"de": "Zwei Programme vergleichen", "en": "Compare two programmes"},
    "web.compare.left": {"de": "Erstes Programm", "en": "First programme"},
    "web.compare.right": {"de": "Zweites Programm", "en": "Second programme"},
    "web.compare.go": {"de": "Vergleichen", "en": "Compare"},
    "web.compare.better": {"de": "besser", "en": "better"},
    "web.compare.criterion": {"de": "{label} (Gewicht {weight})", "en": "{label} (weight {weight})"},
    "web.compare.points": {"de": "{points} Punkte (Stufe {level})", "en": "{points} points (level {level})"},
    # --- errors ----------------------------------------------------------------------------
    "web.error.prefix": {"de": "Fehler:", "en": "Error:"},
    "web.error.title_prefix": {"de": "Fehler –", "en": "Error –"},
    "web.error.summary": {
        "de": "Bitte korrigieren Sie {count} Angabe(n):",
        "en": "Please correct {count} answer(s):",
    },
    "web.error.invalid": {
        "de": "Dieser Wert geht nicht: {detail}",
        "en": "This value cannot be used: {detail}",
    },
    "web.error.too_long": {"de": "Bitte höchstens {max} Zeichen.", "en": "Please at most {max} characters."},
    "web.error.location_pick": {
        "de": "{count} Orte passen. Bitte wählen Sie unten einen aus.",
        "en": "{count} places match. Please pick one below.",
    },
    "web.error.upload": {
        "de": "Die Datei lässt sich nicht verwenden:",
        "en": "The file cannot be used:",
    },
    "web.error.no_file": {"de": "Bitte wählen Sie eine Datei aus.", "en": "Please choose a file."},
    "web.error.draft": {
        "de": "Der Entwurf in Ihrem Browser lässt sich nicht mehr lesen.",
        "en": "The draft in your browser can no longer be read.",
    },
    "web.error.state_title": {"de": "Antworten nicht lesbar", "en": "Answers not readable"},
    "web.error.state": {
        "de": "Die Antworten dieser Seite ließen sich nicht lesen (vielleicht eine ältere Version der Seite). "
        "Laden Sie Ihre Antwortdatei auf der Startseite, um weiterzumachen.",
        "en": "The answers in this page could not be read (perhaps an older version of the page). "
        "Load your answers file on the start page to continue.",
    },
    "web.error.format_title": {"de": "Unbekanntes Format", "en": "Unknown format"},
    "web.error.format": {
        "de": "Dieses Dateiformat gibt es hier nicht.",
        "en": "This file format is not offered here.",
    },
    "web.error.unknown_title": {"de": "Programm nicht gefunden", "en": "Programme not found"},
    "web.error.unknown": {
        "de": "Ein Programm „{id}“ gibt es im Katalog nicht.",
        "en": "There is no programme '{id}' in the catalogue.",
    },
    # --- the command -----------------------------------------------------------------------
    "web.serving": {
        "de": "fundmatch läuft unter {url} – beenden mit Strg+C.",
        "en": "fundmatch is running at {url} – stop with Ctrl+C.",
    },
    "web.missing_extra": {
        "de": 'Für „fundmatch web“ fehlen Pakete. Installieren mit: pip install "fundmatch[web]"',
        "en": "'fundmatch web' needs more packages. Install them with: pip install \"fundmatch[web]\"",
    },
}
