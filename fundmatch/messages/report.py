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
    "report.language": {"de": "Sprache", "en": "Language"},
    "report.language_name": {"de": "Deutsch", "en": "English"},
    "report.tool": {"de": "Erstellt mit", "en": "Made with"},
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
    "report.order": {
        "de": "Reihenfolge: erst antragsberechtigt (ja), dann „prüfen“, dann „nein“; darin nach Punkten "
        "(0–100). ⚠ = Hinweis zur Aktualität der Daten.",
        "en": "Order: eligible (yes) first, then 'check', then 'no'; within each by score (0–100). "
        "⚠ = the data may be out of date.",
    },
    "report.details_all": {
        "de": "Im Folgenden wird jedes Programm im Einzelnen erläutert.",
        "en": "Each programme is explained in detail below.",
    },
    "report.details_top": {
        "de": "Im Folgenden werden die ersten {top} von {count} Programmen im Einzelnen erläutert.",
        "en": "The first {top} of {count} programmes are explained in detail below.",
    },
    "report.col.confidence": {"de": "Datenlage", "en": "Data confidence"},
    # --- one programme ---------------------------------------------------------------------
    "report.details": {"de": "Programme im Einzelnen", "en": "Programmes in detail"},
    "report.funder": {"de": "Fördermittelgeber", "en": "Funder"},
    "report.rank": {"de": "Rang", "en": "Rank"},
    "report.confidence_value": {
        "de": "{confidence} % der Gewichte belegt",
        "en": "{confidence}% of weights known",
    },
    "report.total": {"de": "Summe", "en": "Total"},
    "report.not_computed": {
        "de": "nicht berechnet (nur für die ersten Programme der Rangliste)",
        "en": "not computed (only for the first programmes of the ranking)",
    },
    "report.summary_cut": {
        "de": "Die Übersicht zeigt die ersten {shown} von {count} Programmen; alle stehen in der CSV-, "
        "Markdown- oder JSON-Ausgabe.",
        "en": "The summary shows the first {shown} of {count} programmes; all of them are in the CSV, "
        "Markdown or JSON output.",
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
    "report.legend_unknown": {
        "de": "(?) = die Angabe fehlt im Katalog oder in Ihren Angaben; das Kriterium wird neutral "
        "bewertet und senkt die Datenlage.",
        "en": "(?) = the fact is missing from the catalogue or the answers; the criterion is rated "
        "neutrally and lowers the data confidence.",
    },
    "report.legend_yes": {
        "de": "ja: alle Ausschlusskriterien erfüllt.",
        "en": "yes: every gate is passed.",
    },
    "report.legend_check": {
        "de": "prüfen: eine Angabe fehlt; vor dem Antrag beim Fördermittelgeber klären.",
        "en": "check: a fact is missing; clarify it with the funder before applying.",
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
    "report.csv.id": {"de": "ID", "en": "ID"},
    "report.csv.url": {"de": "Programmseite", "en": "Programme page"},
}
