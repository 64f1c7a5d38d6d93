"""Messages of ``fundmatch programs audit``."""

MESSAGES: dict[str, dict[str, str]] = {
    "audit.stale": {
        "de": "zuletzt am {date} geprüft – älter als 12 Monate",
        "en": "last checked on {date} – over 12 months ago",
    },
    "audit.expired_not_ended": {
        "de": "lief bis {date}, ist aber nicht als beendet markiert",
        "en": "ran until {date} but is not marked as ended",
    },
    "audit.open_but_passed": {
        "de": "als offen markiert, aber die letzte Frist ({date}) ist verstrichen",
        "en": "marked open, but the last deadline ({date}) has passed",
    },
    "audit.url": {
        "de": "URL sieht fehlerhaft aus ({problem}): {url}",
        "en": "URL looks broken ({problem}): {url}",
    },
    "audit.summary": {
        "de": "{count} Programme · Vollständigkeit im Mittel {completeness}\u00a0% · {stale} veraltet · "
        "{ended} beendet · {soon} mit Frist in den nächsten 60 Tagen · {conflicts} mit widersprüchlichen "
        "Quellen · {attention} brauchen Aufmerksamkeit · ältester Stand {oldest}",
        "en": "{count} programmes · average completeness {completeness}% · {stale} stale · "
        "{ended} ended · {soon} with a deadline in the next 60 days · {conflicts} with conflicting "
        "sources · {attention} need attention · oldest check {oldest}",
    },
    "audit.url.no_host": {"de": "kein Servername", "en": "no host"},
    "audit.url.placeholder": {"de": "Platzhalter-Adresse", "en": "placeholder host"},
    "audit.url.characters": {"de": "unzulässige Zeichen", "en": "characters that need escaping"},
    "col.completeness": {"de": "Vollständig", "en": "Complete"},
    "col.findings": {"de": "Befunde", "en": "Findings"},
    "col.soon": {"de": "Frist bald", "en": "Deadline soon"},
    "col.conflicts": {"de": "Widersprüche", "en": "Conflicts"},
    "audit.ended": {"de": "beendet", "en": "ended"},
    "audit.step.status": {
        "de": "Status prüfen: auf der Quelle nachsehen, ob es weitergeht; sonst status: ended oder closed setzen",
        "en": "check the status: see on the source whether it continues; else set status: ended or closed",
    },
    "audit.step.before_deadline": {
        "de": "vor der Frist am {date} die Quelle prüfen und fehlende Angaben ergänzen",
        "en": "before the deadline on {date}, check the source and fill in missing facts",
    },
    "audit.step.recheck": {
        "de": "Quellen erneut prüfen (Stand {date}) und checked auf das Prüfdatum setzen",
        "en": "check the sources again (last {date}) and set checked to the day of the check",
    },
    "audit.step.conflict": {
        "de": "Widerspruch klären (beim Fördergeber nachfragen), dann das Feld füllen und den Eintrag unter conflicts löschen",
        "en": "resolve the conflict (ask the funder), then fill in the field and remove the entry under conflicts",
    },
    "audit.step.url": {"de": "URL korrigieren", "en": "fix the URL"},
    "audit.step.complete": {
        "de": "fehlende Angaben aus der Quelle ergänzen: {facts}",
        "en": "fill in missing facts from the source: {facts}",
    },
    "audit.step.none": {"de": "nichts zu tun", "en": "nothing to do"},
    "audit.step.links": {
        "de": "tote Links ersetzen und weitergeleitete URLs auf die neue Adresse ändern",
        "en": "replace dead links and change redirected URLs to their new address",
    },
    "audit.urgency.0": {"de": "Status falsch", "en": "wrong status"},
    "audit.urgency.1": {"de": "Frist bald", "en": "deadline soon"},
    "audit.urgency.2": {"de": "veraltet", "en": "stale"},
    "audit.urgency.3": {"de": "Widerspruch", "en": "conflict"},
    "audit.urgency.4": {"de": "URL fehlerhaft", "en": "broken URL"},
    "audit.urgency.5": {"de": "unvollständig", "en": "incomplete"},
    "audit.urgency.6": {"de": "in Ordnung", "en": "fine"},
    "audit.heading.worklist": {
        "de": "Zu tun, das Dringendste zuerst:",
        "en": "To do, most urgent first:",
    },
    "audit.heading.least_complete": {
        "de": "Die {count} unvollständigsten Dateien:",
        "en": "The {count} least complete files:",
    },
    "audit.fine_count": {
        "de": "{count} Programme ohne offene Punkte.",
        "en": "{count} programmes with nothing to do.",
    },
    "audit.line.state": {
        "de": "{urgency} · vollständig {completeness}\u00a0% · geprüft {checked}",
        "en": "{urgency} · {completeness}% complete · checked {checked}",
    },
    "audit.line.missing": {"de": "Fehlt ({count}): {facts}", "en": "Missing ({count}): {facts}"},
    "audit.line.no_evidence": {
        "de": "Ohne Beleg ({count}, unter evidence: ergänzen): {facts}",
        "en": "Without evidence ({count}, add under evidence:): {facts}",
    },
    "audit.line.conflict": {"de": "Widerspruch: {text}", "en": "Conflict: {text}"},
    "audit.line.finding": {"de": "Befund: {text}", "en": "Finding: {text}"},
    "audit.line.deadlines": {
        "de": "Fristen: nächste {next}; zuletzt verstrichen {passed}",
        "en": "Deadlines: next {next}; last passed {passed}",
    },
    "audit.line.next": {"de": "Nächster Schritt: {text}", "en": "Next step: {text}"},
    "audit.none": {"de": "keine", "en": "none"},
    "audit.link.dead": {
        "de": "toter Link ({reason}): {url}",
        "en": "dead link ({reason}): {url}",
    },
    "audit.link.moved": {
        "de": "dauerhaft umgezogen ({status}): {url} → {target}",
        "en": "moved permanently ({status}): {url} → {target}",
    },
    "audit.link.timeout": {"de": "keine Antwort in {seconds} s", "en": "no answer within {seconds} s"},
    "audit.link.dns": {"de": "Servername unbekannt", "en": "unknown host name"},
    "audit.link.connection": {"de": "Verbindung gescheitert", "en": "connection failed"},
    "audit.link.http": {"de": "HTTP-Status {status}", "en": "HTTP {status}"},
    "audit.links.summary": {
        "de": "Links: {checked} geprüft · {dead} tot · {moved} dauerhaft umgezogen",
        "en": "Links: {checked} checked · {dead} dead · {moved} moved permanently",
    },
    "audit.links.progress": {"de": "Links prüfen", "en": "Checking links"},
}
