"""Messages for staff around the catalogue: which catalogue was read, new programme files,
``rubric show``, and the file formats named in the answers template."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- which catalogue, new programme files --------------------------------------------
    "origin.discovered": {
        "de": "gefunden im Arbeitsordner oder darüber",
        "en": "found in the working folder or above",
    },
    "catalogue.paths": {
        "de": "Katalog: {programs} ({origin}); Skala: {rubric} ({rubric_origin})",
        "en": "Catalogue: {programs} ({origin}); scale: {rubric} ({rubric_origin})",
    },
    "new.not_in_package": {
        "de": "Hier ist kein Katalog zum Bearbeiten: Starten Sie den Befehl in Ihrem Katalogordner (mit rubric.yaml und programs/) oder geben Sie --programs an",
        "en": "There is no catalogue to edit here: run the command in your catalogue folder (with rubric.yaml and programs/) or pass --programs",
    },
    "new.written": {
        "de": "Neue Programmdatei geschrieben: {path}. Füllen Sie die mit TODO markierten Felder aus und prüfen Sie mit: fundmatch programs validate",
        "en": "New programme file written: {path}. Fill in the fields marked TODO, then check with: fundmatch programs validate",
    },
    "new.exists": {
        "de": "{path} gibt es schon; wählen Sie eine andere ID",
        "en": "{path} already exists; choose another id",
    },
    "new.cannot_write": {
        "de": "{path} kann nicht geschrieben werden: {reason}",
        "en": "cannot write {path}: {reason}",
    },
    "new.bad_id": {
        "de": "'{id}' ist keine gültige ID (Kleinbuchstaben, Ziffern, - und _)",
        "en": "'{id}' is not a valid id (lowercase letters, digits, - and _)",
    },
    # --- rubric show ------------------------------------------------------------------------
    "rubric.heading.gates": {
        "de": "Ausschlusskriterien (ja, nein oder prüfen):",
        "en": "Gates (yes, no or check):",
    },
    "rubric.heading.computed": {
        "de": "Kriterien, berechnet aus den Angaben des Programms und der Antworten:",
        "en": "Criteria computed from the programme's facts and the answers:",
    },
    "rubric.heading.curated": {
        "de": "Kriterien, die Mitarbeitende bewerten – diese Schlüssel stehen unter ratings: in einer Programmdatei:",
        "en": "Criteria rated by staff – these are the keys under ratings: in a programme file:",
    },
    "rubric.heading.bands": {"de": "Einstufungen:", "en": "Bands:"},
    "rubric.weight": {"de": "Gewicht {weight}", "en": "weight {weight}"},
    "rubric.band": {"de": "{label} ab {score} Punkten", "en": "{label} from {score} points"},
    "rubric.example": {"de": "  Beispiel:", "en": "  Example:"},
    "rubric.example_reason": {
        "de": "Begründung mit Quelle",
        "en": "reason, with its source",
    },
    # --- the answers template (fundmatch questions): formats the file loader accepts --------
}
