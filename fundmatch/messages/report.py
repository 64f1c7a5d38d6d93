"""Messages of the filed reports (Markdown, PDF, CSV): headings, labels, legend."""

MESSAGES: dict[str, dict[str, str]] = {
    "report.written": {
        "de": "Bericht geschrieben: {path} ({format})",
        "en": "Report written: {path} ({format})",
    },
    "report.cannot_write": {
        "de": "Kann {path} nicht schreiben: {reason}",
        "en": "Cannot write {path}: {reason}",
    },
    "output.is_input": {
        "de": "{path} ist eine Eingabedatei dieses Aufrufs ({input}) und wird nicht überschrieben; "
        "bitte einen anderen Dateinamen angeben.",
        "en": "{path} is an input file of this run ({input}) and is not overwritten; please give another file name.",
    },
    "output.is_folder": {
        "de": "{path} ist ein Ordner, keine Datei; geben Sie einen Dateinamen an.",
        "en": "{path} is a folder, not a file; give a file name.",
    },
    "output.read_only": {
        "de": "{path} ist schreibgeschützt und wird nicht ersetzt; mit --force trotzdem ersetzen.",
        "en": "{path} is read-only and is not replaced; use --force to replace it anyway.",
    },
    "report.pdf_not_to_stdout": {
        "de": "Ein PDF kann nicht auf die Standardausgabe geschrieben werden; bitte einen Dateinamen angeben.",
        "en": "A PDF cannot be written to standard output; please give a file name.",
    },
    # --- title block and data basis ------------------------------------------------------
    "report.kicker": {"de": "Bewertung von Förderprogrammen", "en": "Funding programme assessment"},
    "report.title_fallback": {"de": "Förderprogramme im Vergleich", "en": "Funding programmes compared"},
    "report.generated": {"de": "Erstellt am", "en": "Generated on"},
    "report.basis": {"de": "Datengrundlage", "en": "Data basis"},
    "report.catalogue": {"de": "Programmkatalog", "en": "Programme catalogue"},
    "report.catalogue_value": {
        "de": "{count} Programme, Stand {oldest} bis {newest}",
        "en": "{count} programmes, checked {oldest} to {newest}",
    },
    "report.catalogue_value_one_date": {
        "de": "{count} Programme, Stand {date}",
        "en": "{count} programmes, checked {date}",
    },
    "report.catalogue_fingerprint": {"de": "Fingerabdruck des Katalogs", "en": "Catalogue fingerprint"},
    "report.rubric": {"de": "Bewertungsskala", "en": "Rating scale"},
    "report.rubric_value": {"de": "{title}, Version {version}", "en": "{title}, version {version}"},
    "report.rubric_fingerprint": {"de": "Fingerabdruck der Skala", "en": "Scale fingerprint"},
    "report.fingerprint_why": {
        "de": "Gleiche Fingerabdrücke und gleiche Angaben ergeben dieselbe Rangliste.",
        "en": "The same fingerprints and answers give the same ranking.",
    },
    # --- the answers, grouped by the Leitfaden's questions --------------------------------
    "report.answers": {"de": "Angaben zum Vorhaben", "en": "What the sponsor told us"},
    "answers.section.project": {"de": "Das Vorhaben", "en": "The project"},
    "answers.section.organisation": {"de": "Wer sind wir?", "en": "Who are we?"},
    "answers.section.resources": {"de": "Was haben wir?", "en": "What do we have?"},
    "answers.section.needs": {"de": "Was brauchen wir?", "en": "What do we need?"},
    "answers.section.budget": {"de": "Wie viel?", "en": "How much?"},
    "answers.section.timing": {"de": "Wann?", "en": "When?"},
    "answers.project.title": {"de": "Titel", "en": "Title"},
    "answers.project.summary": {"de": "Kurzbeschreibung", "en": "Summary"},
    "answers.organisation.name": {"de": "Träger", "en": "Organisation"},
    "answers.organisation.legal_form": {"de": "Rechtsform", "en": "Legal form"},
    "answers.organisation.statuses": {"de": "Status", "en": "Status"},
    "answers.organisation.statuses_applied": {"de": "Status beantragt", "en": "Status applied for"},
    "answers.organisation.founded": {"de": "Gegründet", "en": "Founded"},
    "answers.organisation.via_traeger": {
        "de": "Antrag über einen Träger",
        "en": "Application through a sponsor",
    },
    "answers.resources.partner_kinds": {"de": "Art der Partner", "en": "Kinds of partners"},
    "answers.budget.positions": {"de": "Stellen im Projekt (Vollzeit)", "en": "Staff positions (full-time)"},
    "answers.organisation.location": {"de": "Standort", "en": "Location"},
    "answers.organisation.paid_staff": {"de": "Hauptamtliche", "en": "Paid staff"},
    "answers.organisation.volunteers": {"de": "Ehrenamtliche", "en": "Volunteers"},
    "answers.organisation.experience": {"de": "Erfahrung mit Förderanträgen", "en": "Grant experience"},
    "answers.resources.own_funds_eur": {"de": "Eigenmittel", "en": "Own funds"},
    "answers.resources.volunteer_hours": {"de": "Ehrenamtliche Stunden", "en": "Volunteer hours"},
    "answers.resources.prefinance_months": {
        "de": "Vorfinanzierung möglich (Monate)",
        "en": "Pre-financing possible (months)",
    },
    "answers.resources.partners": {"de": "Kooperationspartner", "en": "Partners"},
    "answers.resources.transnational_partners": {"de": "Partner im Ausland", "en": "Partners abroad"},
    "answers.effort": {"de": "Tragbarer Antragsaufwand", "en": "Application effort we can carry"},
    "answers.needs.themes": {"de": "Themen", "en": "Themes"},
    "answers.needs.target_groups": {"de": "Zielgruppen", "en": "Target groups"},
    "answers.needs.cost_types": {"de": "Kostenarten", "en": "Cost types"},
    "answers.needs.participants": {"de": "Teilnehmende", "en": "Participants"},
    "answers.budget.total_eur": {"de": "Gesamtkosten", "en": "Total cost"},
    "answers.budget.requested_eur": {"de": "Beantragte Förderung", "en": "Requested grant"},
    "answers.timing.start": {"de": "Geplanter Beginn", "en": "Planned start"},
    "answers.timing.duration_months": {"de": "Laufzeit (Monate)", "en": "Duration (months)"},
    "answers.timing.already_started": {"de": "Bereits begonnen", "en": "Already started"},
    "answers.experience.none": {"de": "keine", "en": "none"},
    "answers.experience.some": {"de": "etwas", "en": "some"},
    "answers.experience.experienced": {"de": "erfahren", "en": "experienced"},
    "answers.effort.low": {"de": "gering", "en": "low"},
    "answers.effort.medium": {"de": "mittel", "en": "medium"},
    "answers.effort.high": {"de": "hoch", "en": "high"},
    "answers.not_given": {"de": "nicht angegeben", "en": "not given"},
    # --- ranking ---------------------------------------------------------------------------
    "report.ranking": {"de": "Rangliste", "en": "Ranking"},
    "report.counts": {
        "de": "Antragsberechtigt: {yes} · zu prüfen: {check} · nicht antragsberechtigt: {no}",
        "en": "Eligible: {yes} · to check: {check} · not eligible: {no}",
    },
    "report.col.confidence": {"de": "Datenlage", "en": "Data confidence"},
    # --- one programme ---------------------------------------------------------------------
    "report.details": {"de": "Programme im Einzelnen", "en": "Programmes in detail"},
    "report.funder": {"de": "Fördermittelgeber", "en": "Funder"},
    "report.confidence_value": {
        "de": "{confidence}\u00a0% der Gewichte belegt",
        "en": "{confidence}% of weights known",
    },
    "report.total": {"de": "Summe", "en": "Total"},
    "report.summary_cut": {
        "de": "Die Übersicht zeigt die ersten {shown} von {count} infrage kommenden Programmen; alle "
        "stehen in der CSV-, Markdown- oder JSON-Ausgabe.",
        "en": "The summary shows the first {shown} of {count} programmes in question; all of them are in "
        "the CSV, Markdown or JSON output.",
    },
    "report.shortened": {
        "de": "[… gekürzt; der Text hat {count} Zeichen, vollständig im Markdown- oder JSON-Bericht]",
        "en": "[… shortened; the text has {count} characters, in full in the Markdown or JSON report]",
    },
    "report.no_improvements": {
        "de": "Keine einzelne Änderung der Angaben verbessert die Bewertung.",
        "en": "No single change of the answers raises the score.",
    },
    "report.notes": {"de": "Hinweise aus dem Katalog", "en": "Notes from the catalogue"},
    "report.next_steps": {"de": "Nächste Schritte", "en": "Next steps"},
    "report.website": {"de": "Programmseite", "en": "Programme page"},
    "report.contact": {"de": "Ansprechstelle", "en": "Contact"},
    "report.documents": {"de": "Üblicherweise benötigte Unterlagen", "en": "Documents usually needed"},
    "report.not_recorded": {"de": "nicht erfasst", "en": "not recorded"},
    # --- page 1: the best chances, and the plan for each ------------------------------------
    "plan.best": {"de": "Ihre besten Chancen", "en": "Your best chances"},
    "plan.best_intro": {
        "de": "Die {count} Programme, zu denen Ihr Vorhaben am besten passt: erst die mit „ja“, dann die "
        "mit „prüfen“.",
        "en": "The {count} programmes your project fits best: first those marked 'yes', then 'check'.",
    },
    "plan.best_intro_one": {
        "de": "Das Programm, zu dem Ihr Vorhaben am besten passt.",
        "en": "The programme your project fits best.",
    },
    "plan.best_none": {
        "de": "Nach Ihren Angaben ist kein Programm des Katalogs für Ihr Vorhaben offen. Was sich ändern "
        "müsste, steht mit --all im Anhang.",
        "en": "By your answers no programme of the catalogue is open to your project. What would have to "
        "change is listed in the annex with --all.",
    },
    "plan.budget": {"de": "Ihr Vorhaben", "en": "Your project"},
    "plan.budget_value": {
        "de": "Gesamtkosten {total}, beantragt {requested}",
        "en": "total cost {total}, requested {requested}",
    },
    "plan.term.yes": {"de": "ja", "en": "yes"},
    "plan.term.yes.means": {
        "de": "Sie sind nach Ihren Angaben antragsberechtigt.",
        "en": "By your answers you may apply.",
    },
    "plan.term.check": {"de": "prüfen", "en": "check"},
    "plan.term.check.means": {
        "de": "Eine Angabe fehlt; vor dem Antrag klären (die Fragen stehen dabei).",
        "en": "A fact is missing; clarify it before applying (the questions are listed).",
    },
    "plan.term.score": {"de": "Punkte (Spanne)", "en": "Score (range)"},
    "plan.term.score.means": {
        "de": "0–100: wie gut das Programm zu Ihrem Vorhaben passt; in Klammern die Spanne, je nachdem, "
        "wie die offenen Fragen ausgehen.",
        "en": "0–100: how well the programme fits your project; in brackets the range, depending on how "
        "the open questions turn out.",
    },
    "plan.score": {"de": "{score} Punkte", "en": "score {score}"},
    "plan.strengths": {"de": "Besonders stark: {names}.", "en": "Strongest points: {names}."},
    "plan.hurdle": {"de": "Größte Hürde: {name} – {reason}.", "en": "Biggest hurdle: {name} – {reason}."},
    "plan.rolling_late": {
        "de": "jederzeit; für Ihren geplanten Beginn zu knapp, Beginn frühestens {date}",
        "en": "any time; too late for your planned start, earliest start {date}",
    },
    "plan.deadline_late": {
        "de": "{deadline}; für Ihren geplanten Beginn zu spät, Beginn frühestens {date}",
        "en": "{deadline}; too late for your planned start, earliest start {date}",
    },
    "plan.no_location": {
        "de": "Ihr Ort fehlt: Ob Programme einzelner Landkreise, Städte und Regionen für Sie gelten, ist "
        "darum offen („prüfen“), und sie stehen neben den landesweiten. Mit Ihrem Ort "
        "(organisation.location) fallen die fremden weg.",
        "en": "Your location is missing: whether programmes of single counties, towns and regions apply "
        "to you is therefore open ('check'), and they stand beside the statewide ones. With your "
        "location (organisation.location) the others drop out.",
    },
    "plan.and": {"de": "{first} und {second}", "en": "{first} and {second}"},
    "plan.grant": {"de": "Förderung möglich", "en": "Possible grant"},
    "plan.grant.request": {"de": "{amount} (Ihr Antrag)", "en": "{amount} (your request)"},
    "plan.grant.capped": {"de": "{amount} (Höchstbetrag)", "en": "{amount} (the maximum)"},
    "plan.grant.rate": {
        "de": "{amount} (höchstens {pct}\u00a0% der Kosten)",
        "en": "{amount} (at most {pct}% of the costs)",
    },
    "plan.grant.up_to": {"de": "bis zu {amount}", "en": "up to {amount}"},
    "plan.grant.no_cap": {
        "de": "{amount} (Ihr Antrag; kein Höchstbetrag genannt)",
        "en": "{amount} (your request; no maximum named)",
    },
    "plan.grant.unknown": {
        "de": "unbekannt (Höchstbetrag nicht erfasst)",
        "en": "unknown (no maximum recorded)",
    },
    "plan.own_share": {"de": "Ihr Eigenanteil", "en": "Your own share"},
    "plan.own_share.value": {
        "de": "{amount} ({pct}\u00a0% der Kosten)",
        "en": "{amount} ({pct}% of the cost)",
    },
    "plan.own_share.short": {"de": "{amount} ({pct}\u00a0%)", "en": "{amount} ({pct}%)"},
    "plan.own_share.unknown": {"de": "unbekannt", "en": "unknown"},
    "plan.rolling_by": {
        "de": "jederzeit; für Ihren Beginn bis {date}",
        "en": "any time; for your start by {date}",
    },
    "plan.deadline.unknown": {"de": "unbekannt", "en": "unknown"},
    "plan.write_from": {"de": "Mit dem Antrag beginnen", "en": "Start writing"},
    "plan.earliest_start": {"de": "Projektbeginn frühestens", "en": "Earliest project start"},
    "plan.documents": {"de": "Unterlagen vorbereiten", "en": "Documents to prepare"},
    "plan.open": {"de": "Noch offen", "en": "Still open"},
    "plan.nothing_open": {"de": "nichts, alle Angaben liegen vor", "en": "nothing, every fact is known"},
    "plan.ask_funder": {"de": "Beim Fördermittelgeber erfragen:", "en": "Ask the funder:"},
    "plan.ask_yourself": {"de": "Von Ihnen zu klären:", "en": "For you to settle:"},
    # --- the table of the chances, the details and the annex ----------------------------------
    "plan.ranking": {"de": "Alle infrage kommenden Programme", "en": "Every programme in question"},
    "plan.order": {
        "de": "Erst „ja“, dann „prüfen“, darin nach Punkten. Förderung und Eigenanteil gelten für Ihr "
        "Vorhaben. ⚠ = die Daten sind älter als ein Jahr.",
        "en": "First 'yes', then 'check', each by score. Grant and own share are for your project. "
        "⚠ = the data are more than a year old.",
    },
    "plan.col.score": {"de": "Punkte (Spanne)", "en": "Score (range)"},
    "plan.col.eligible": {"de": "Berechtigt", "en": "Eligible"},
    "plan.col.grant": {"de": "Förderung", "en": "Grant"},
    "plan.col.own_share": {"de": "Eigenanteil", "en": "Own share"},
    "plan.col.deadline": {"de": "Frist", "en": "Deadline"},
    "plan.left_out": {
        "de": "{count} weitere Programme sind nach Ihren Angaben nicht antragsberechtigt oder beendet "
        "und hier nicht aufgeführt (mit --all im Anhang).",
        "en": "{count} more programmes are not open to you by your answers, or have ended, and are not "
        "listed here (with --all in the annex).",
    },
    "plan.left_out_one": {
        "de": "Ein weiteres Programm ist nach Ihren Angaben nicht antragsberechtigt oder beendet und hier "
        "nicht aufgeführt (mit --all im Anhang).",
        "en": "One more programme is not open to you by your answers, or has ended, and is not listed "
        "here (with --all in the annex).",
    },
    "plan.details_fewer": {
        "de": "Damit der Bericht kurz bleibt, ohne Einzelheiten: {names} (alles dazu: fundmatch explain ID "
        "--answers DATEI).",
        "en": "To keep the report short, without details: {names} (everything on it: fundmatch explain ID "
        "--answers FILE).",
    },
    "plan.details_note": {
        "de": "Einstufung: die Punkte in Worten (sehr gut geeignet bis ungeeignet, siehe Erläuterungen). "
        "Datenlage: der Anteil der Bewertung, der auf belegten Angaben beruht. Rang bei anderen "
        "Gewichten: ob der Rang hält, wenn die Gewichte der Kriterien um 20 % schwanken.",
        "en": "Band: the score in words (very suitable to unsuitable, see the notes on the scale). Data "
        "confidence: the share of the score that rests on known facts. Rank under other weights: "
        "whether the rank holds when the criteria's weights vary by 20%.",
    },
    "plan.robustness": {"de": "Rang bei anderen Gewichten", "en": "Rank under other weights"},
    "plan.gates": {"de": "Offene Voraussetzungen", "en": "Open requirements"},
    "plan.gates_passed": {
        "de": "{count} von {total} Voraussetzungen (Ausschlusskriterien) sind erfüllt.",
        "en": "{count} of {total} requirements (gates) are met.",
    },
    "plan.criteria_note": {
        "de": "Stufe 1–5 je Kriterium; (?) = die Angabe fehlt: angesetzt ist, was Programme hier typischerweise erreichen, nie mehr.",
        "en": "Level 1–5 per criterion; (?) = the fact is missing: it counts as what programmes typically reach here, never more.",
    },
    "plan.ask_title": {"de": "Fragen an den Fördermittelgeber", "en": "Questions for the funder"},
    "plan.yours_title": {"de": "Von Ihnen zu klären", "en": "For you to settle"},
    "plan.source_date": {"de": "Stand {date}", "en": "as of {date}"},
    "plan.annex": {
        "de": "Anhang: nicht antragsberechtigte Programme",
        "en": "Annex: programmes not open to you",
    },
    # --- legend ----------------------------------------------------------------------------
    "report.legend": {"de": "Erläuterungen zur Bewertungsskala", "en": "About the rating scale"},
    "report.legend_levels": {"de": "Stufen je Kriterium", "en": "Levels per criterion"},
    "report.legend_bands": {"de": "Einstufung nach Punkten", "en": "Bands by score"},
    "report.legend_meaning": {"de": "Bedeutung", "en": "Meaning"},
    "report.band_from": {"de": "ab {score} Punkten", "en": "from {score} points"},
    "report.legend_points": {
        "de": "Jedes Kriterium erhält eine Stufe von 1 bis 5. Die höchste Stufe bringt das volle Gewicht "
        "als Punkte, die niedrigste keine; die Summe ergibt 0 bis 100 Punkte.",
        "en": "Each criterion gets a level from 1 to 5. The top level earns its full weight in points, "
        "the lowest none; the sum is 0 to 100 points.",
    },
    "report.legend_no": {
        "de": "nein: mindestens ein Ausschlusskriterium ist nicht erfüllt.",
        "en": "no: at least one gate is not passed.",
    },
    "report.legend_outcomes": {"de": "Antragsberechtigung", "en": "Eligibility"},
    "report.page_of": {"de": "Seite {page} von {total}", "en": "Page {page} of {total}"},
    # --- files -----------------------------------------------------------------------------
    "report.unknown_suffix": {
        "de": "Unbekannte Dateiendung „{suffix}“ bei {path}; möglich sind: {known}.",
        "en": "Unknown file extension '{suffix}' of {path}; possible: {known}.",
    },
    "report.no_suffix": {
        "de": "{path} hat keine Dateiendung, die das Format nennt; möglich sind: {known} (oder --format).",
        "en": "{path} has no file extension to name the format; possible: {known} (or --format).",
    },
    "report.csv.id": {"de": "ID", "en": "ID"},
    "report.csv.url": {"de": "Programmseite", "en": "Programme page"},
}
