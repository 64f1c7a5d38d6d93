"""Reasons given by gates and criteria, and freshness warnings."""

MESSAGES: dict[
    str, dict[str, str]
] = {  # --- gates -----------------------------------------------------------------------------
    "outcome.yes": {"de": "ja", "en": "yes"},
    "outcome.check": {"de": "prüfen", "en": "check"},
    "outcome.no": {"de": "nein", "en": "no"},
    "gate.legal_form.unknown_program": {
        "de": "Wer antragsberechtigt ist, ist nicht erfasst.",
        "en": "Who may apply is not recorded.",
    },
    "gate.legal_form.unknown_answer": {
        "de": "Ihre Rechtsform ist nicht angegeben.",
        "en": "Your legal form is not given.",
    },
    "gate.legal_form.no": {
        "de": "Antragsberechtigt sind nur: {allowed}.",
        "en": "Only these may apply: {allowed}.",
    },
    "gate.legal_form.yes": {"de": "{form} ist antragsberechtigt.", "en": "{form} may apply."},
    "gate.status_required.unknown": {
        "de": "Erforderlich ist: {required}; Ihr Status ist nicht angegeben.",
        "en": "Required: {required}; your status is not given.",
    },
    "gate.status_required.form": {
        "de": "Verlangt ist {required}; als {form} können Sie das nicht haben.",
        "en": "It requires {required}, which your legal form ({form}) cannot have.",
    },
    "gate.status_required.no": {
        "de": "Erforderlich ist: {required}.",
        "en": "Required: {required}.",
    },
    "gate.region.unknown_program": {
        "de": "Das Fördergebiet ist nicht erfasst.",
        "en": "The funding area is not recorded.",
    },
    "gate.region.unknown_answer": {
        "de": "Ihr Standort ist nicht angegeben.",
        "en": "Your location is not given.",
    },
    "gate.region.yes": {
        "de": "Ihr Standort liegt im Fördergebiet ({areas}).",
        "en": "Your location is in the funding area ({areas}).",
    },
    "gate.region.partly": {
        "de": "Das Fördergebiet ({areas}) umfasst nur einen Teil Ihrer Region; Ort genauer angeben.",
        "en": "The funding area ({areas}) covers only part of your region; give your town.",
    },
    "gate.region.no": {
        "de": "Ihr Standort liegt nicht im Fördergebiet ({areas}).",
        "en": "Your location is outside the funding area ({areas}).",
    },
    "gate.status.ended": {"de": "Das Programm ist beendet.", "en": "The programme has ended."},
    "gate.status.expired": {"de": "Das Programm lief bis {date}.", "en": "The programme ran until {date}."},
    "gate.status.not_yet": {
        "de": "Das Programm beginnt erst am {date}.",
        "en": "The programme starts on {date}.",
    },
    "gate.status.closed": {
        "de": "Derzeit ist kein Aufruf bekannt; beim Fördermittelgeber nachfragen.",
        "en": "No open call is known; ask the funder.",
    },
    "gate.status.open": {"de": "Das Programm nimmt Anträge an.", "en": "The programme takes applications."},
    "gate.target.open": {"de": "Keine Einschränkung der Zielgruppe.", "en": "No target-group restriction."},
    "gate.target.unknown": {
        "de": "Nur für: {groups}; Ihre Zielgruppe ist nicht angegeben.",
        "en": "Only for: {groups}; your target group is not given.",
    },
    "gate.target.yes": {
        "de": "Ihre Zielgruppe ist zugelassen ({groups}).",
        "en": "Your target group is admitted ({groups}).",
    },
    "gate.target.no": {"de": "Nur für: {groups}.", "en": "Only for: {groups}."},
    "gate.target.partly": {
        "de": "Nur für: {groups}; das trifft auf einen Teil Ihrer Zielgruppe zu.",
        "en": "Only for: {groups}; this applies to part of your target group.",
    },
    "gate.grant.unknown_answer": {
        "de": "Die beantragte Summe ist nicht angegeben.",
        "en": "The requested amount is not given.",
    },
    "gate.grant.unknown_program": {
        "de": "Offen ist der Förderrahmen: Mindestbetrag {min}, Höchstbetrag {max}.",
        "en": "The grant range is open: minimum {min}, maximum {max}.",
    },
    "gate.grant.below": {
        "de": "{requested} liegt unter dem Mindestbetrag von {min}.",
        "en": "{requested} is below the minimum grant of {min}.",
    },
    "gate.grant.total_above": {
        "de": "Die Gesamtkosten von {total} liegen über der Obergrenze des Programms von {ceiling} je Projekt.",
        "en": "The total cost of {total} is above the programme's ceiling of {ceiling} per project.",
    },
    "gate.grant.above": {
        "de": "{requested} liegt über dem Höchstbetrag von {max}.",
        "en": "{requested} is above the maximum grant of {max}.",
    },
    "gate.grant.yes": {
        "de": "{requested} liegt im Förderrahmen (Mindestbetrag {min}, Höchstbetrag {max}).",
        "en": "{requested} is within the grant range (minimum {min}, maximum {max}).",
    },
    # --- criteria --------------------------------------------------------------------------
    "crit.own_share.unknown": {
        "de": "Der Eigenanteil ist nicht erfasst.",
        "en": "The own share is not recorded.",
    },
    "crit.own_share.none": {"de": "Kein Eigenanteil nötig.", "en": "No own share needed."},
    "crit.own_share.share": {"de": "Eigenanteil mindestens {share}.", "en": "Own share at least {share}."},
    "crit.own_share.covered": {
        "de": "Eigenanteil {share} = {required}; Ihre Eigenmittel ({available}) reichen.",
        "en": "Own share {share} = {required}; your own funds ({available}) cover it.",
    },
    "crit.own_share.covered_in_kind": {
        "de": "Eigenanteil {share} = {required}; Eigenmittel und Eigenleistung ({available}) reichen.",
        "en": "Own share {share} = {required}; own funds and volunteer work ({available}) cover it.",
    },
    "crit.own_share.shortfall": {
        "de": "Eigenanteil {share} = {required}, verfügbar sind nur {available}.",
        "en": "Own share {share} = {required}, but only {available} is available.",
    },
    "crit.liquidity.unknown": {
        "de": "Die Auszahlungsweise ist nicht erfasst.",
        "en": "The payment mode is not recorded.",
    },
    "crit.liquidity.advance": {"de": "Auszahlung im Voraus.", "en": "Paid in advance."},
    "crit.liquidity.unknown_answer": {
        "de": "Auszahlung: {mode}; wie lange Sie vorfinanzieren können, ist nicht angegeben.",
        "en": "Payment: {mode}; how long you can pre-finance is not given.",
    },
    "crit.liquidity.call_off": {
        "de": "Mittelabruf nach Bedarf; Sie können {months} überbrücken.",
        "en": "Funds called off as needed; you can bridge {months}.",
    },
    "crit.liquidity.reimbursement_ok": {
        "de": "Erstattung nach Nachweis; Sie können {months} von {duration} Monaten vorfinanzieren.",
        "en": "Reimbursed after proof; you can pre-finance {months} of {duration} months.",
    },
    "crit.liquidity.reimbursement_short": {
        "de": "Erstattung nach Nachweis, aber Sie können nur {months} von {duration} Monaten vorfinanzieren.",
        "en": "Reimbursed after proof, but you can pre-finance only {months} of {duration} months.",
    },
    "crit.grant.prize": {
        "de": "Ein Preis würdigt bestehendes Engagement; er finanziert kein geplantes Projekt.",
        "en": "A prize honours existing work; it does not finance a planned project.",
    },
    "crit.grant.unknown": {
        "de": "Der Mindestbetrag ist nicht erfasst.",
        "en": "The minimum grant is not recorded.",
    },
    "crit.grant.min_unknown": {
        "de": "Höchstbetrag {max} deckt Ihren Bedarf; Mindestbetrag nicht erfasst.",
        "en": "Maximum grant {max} covers your need; minimum not recorded.",
    },
    "crit.grant.below": {
        "de": "Mindestbetrag {min} liegt über Ihrem Bedarf von {requested}.",
        "en": "The minimum grant of {min} is above your need of {requested}.",
    },
    "crit.grant.above": {
        "de": "Höchstbetrag {max} deckt nur einen Teil von {requested}.",
        "en": "The maximum grant of {max} covers only part of {requested}.",
    },
    "crit.grant.range": {
        "de": "Mindestbetrag {min}, Höchstbetrag {max}.",
        "en": "Minimum grant {min}, maximum {max}.",
    },
    "crit.deadline.ended": {"de": "Das Programm ist beendet.", "en": "The programme has ended."},
    "crit.deadline.rolling": {"de": "Anträge jederzeit möglich.", "en": "Applications at any time."},
    "crit.deadline.none_open": {"de": "Keine offene Frist bekannt.", "en": "No open deadline known."},
    "crit.deadline.unknown": {"de": "Fristen sind nicht erfasst.", "en": "Deadlines are not recorded."},
    "crit.deadline.too_late": {
        "de": "Nächste Frist {deadline}: zu spät für den Start am {start}.",
        "en": "Next deadline {deadline}: too late for a start on {start}.",
    },
    "crit.deadline.reachable": {
        "de": "Nächste Frist {deadline} ({count} im Jahr).",
        "en": "Next deadline {deadline} ({count} a year).",
    },
    "crit.fit.unknown": {
        "de": "Themen und Zielgruppen des Projekts sind nicht angegeben.",
        "en": "The project's themes and target groups are not given.",
    },
    "crit.fit.overlap": {
        "de": "Gemeinsame Themen: {themes}; gemeinsame Zielgruppen: {groups}.",
        "en": "Shared themes: {themes}; shared target groups: {groups}.",
    },
    "crit.duration.unknown_answer": {
        "de": "Die Projektdauer ist nicht angegeben.",
        "en": "The project duration is not given.",
    },
    "crit.duration.unknown": {
        "de": "Die Förderdauer ist nicht erfasst.",
        "en": "The funding period is not recorded.",
    },
    "crit.duration.too_short": {
        "de": "Projektdauer {months}: kürzer als die Mindestlaufzeit ({min}).",
        "en": "Project duration {months}: shorter than the minimum ({min}).",
    },
    "crit.duration.too_long": {
        "de": "Projektdauer {months}: länger als die Höchstlaufzeit ({max}).",
        "en": "Project duration {months}: longer than the maximum ({max}).",
    },
    "crit.duration.fits": {
        "de": "Projektdauer {months}: passt in den Förderzeitraum.",
        "en": "Project duration {months}: fits the funding period.",
    },
    "crit.participants.unknown": {
        "de": "Eine Mindestteilnehmendenzahl ist nicht erfasst.",
        "en": "A participant minimum is not recorded.",
    },
    "crit.participants.none": {"de": "Keine Mindestteilnehmendenzahl.", "en": "No participant minimum."},
    "crit.participants.unknown_answer": {
        "de": "Mindestens {min} Teilnehmende; Ihre erwartete Zahl ist nicht angegeben.",
        "en": "At least {min} participants; your expected number is not given.",
    },
    "crit.participants.compare": {
        "de": "Mindestens {min} Teilnehmende, Sie erwarten {expected}.",
        "en": "At least {min} participants; you expect {expected}.",
    },
    "crit.partners.unknown": {
        "de": "Kooperationspflichten sind nicht erfasst.",
        "en": "Partner requirements are not recorded.",
    },
    "crit.partners.none": {"de": "Keine Partner nötig.", "en": "No partners needed."},
    "crit.partners.unknown_answer": {
        "de": "{required} Partner nötig; Ihre Partner sind nicht angegeben.",
        "en": "{required} partners needed; your partners are not given.",
    },
    "crit.partners.transnational_ok": {
        "de": "{required} Partner im Ausland nötig und vorhanden.",
        "en": "{required} partners abroad needed and in place.",
    },
    "crit.partners.transnational_missing": {
        "de": "{required} Partner im Ausland nötig, aber nicht vorhanden.",
        "en": "{required} partners abroad needed, but not in place.",
    },
    "crit.partners.enough": {
        "de": "{required} Partner nötig, Sie haben {have}.",
        "en": "{required} partners needed; you have {have}.",
    },
    "crit.partners.missing": {
        "de": "{required} Partner nötig, Sie haben {have}.",
        "en": "{required} partners needed; you have {have}.",
    },
    "crit.costs.unknown_answer": {
        "de": "Die benötigten Kostenarten sind nicht angegeben.",
        "en": "The needed cost types are not given.",
    },
    "crit.costs.unknown": {
        "de": "Förderfähige Kosten sind nicht erfasst.",
        "en": "Eligible costs are not recorded.",
    },
    "crit.costs.all": {
        "de": "Alle benötigten Kostenarten sind förderfähig.",
        "en": "All needed cost types are eligible.",
    },
    "crit.costs.missing": {"de": "Nicht förderfähig: {missing}.", "en": "Not eligible: {missing}."},
    "crit.start.unknown": {
        "de": "Ob ein vorzeitiger Beginn erlaubt ist, ist nicht erfasst.",
        "en": "Whether an early start is allowed is not recorded.",
    },
    "crit.start.unknown_answer": {
        "de": "Ob Ihr Projekt schon läuft, ist nicht angegeben.",
        "en": "Whether your project is running is not given.",
    },
    "crit.start.started": {
        "de": "Ihr Projekt läuft schon; gefördert werden nur noch nicht begonnene Projekte.",
        "en": "Your project is already running; only projects not yet started are funded.",
    },
    "crit.start.wait": {"de": "Start erst nach Bewilligung.", "en": "Start only after approval."},
    "crit.curated.unknown": {"de": "Noch nicht bewertet.", "en": "Not rated yet."},
    "crit.curated.rated": {"de": "{reason}", "en": "{reason}"},
    # --- warnings --------------------------------------------------------------------------
    "warn.stale": {
        "de": "Daten zuletzt am {date} geprüft (älter als 12 Monate).",
        "en": "Data last checked on {date} (over 12 months ago).",
    },
    "warn.ended": {"de": "Programm beendet.", "en": "Programme ended."},
    "warn.deadline_passed": {
        "de": "Letzte bekannte Frist {date} ist verstrichen.",
        "en": "Last known deadline {date} has passed.",
    },
}
