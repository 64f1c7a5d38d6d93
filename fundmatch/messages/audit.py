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
        "de": "{count} Programme · Vollständigkeit im Mittel {completeness} % · {stale} veraltet · "
        "{ended} beendet · {soon} mit Frist in den nächsten 60 Tagen · {conflicts} mit widersprüchlichen "
        "Quellen · {attention} brauchen Aufmerksamkeit · ältester Stand {oldest}",
        "en": "{count} programmes · average completeness {completeness}% · {stale} stale · "
        "{ended} ended · {soon} with a deadline in the next 60 days · {conflicts} with conflicting "
        "sources · {attention} need attention · oldest check {oldest}",
    },
    "audit.url.no_host": {"de": "kein Servername", "en": "no host"},
    "audit.url.placeholder": {"de": "Platzhalter-Adresse", "en": "placeholder host"},
    "audit.url.characters": {"de": "unzulässige Zeichen", "en": "characters that need escaping"},
    "audit.url.http": {"de": "http statt https", "en": "http instead of https"},
    "col.completeness": {"de": "Vollständig", "en": "Complete"},
    "col.findings": {"de": "Befunde", "en": "Findings"},
    "col.soon": {"de": "Frist bald", "en": "Deadline soon"},
    "col.conflicts": {"de": "Widersprüche", "en": "Conflicts"},
    "audit.ended": {"de": "beendet", "en": "ended"},
}
