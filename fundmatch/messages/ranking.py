"""The ranking on the terminal (match) and the look-up of a programme (explain)."""

MESSAGES: dict[str, dict[str, str]] = {
    "rank.group.yes": {
        "de": "Antragsberechtigt (ja): {count} {count:Programm|Programme}",
        "en": "Eligible (yes): {count} {count:programme|programmes}",
    },
    "rank.group.check": {
        "de": "Zu prüfen: {count} {count:Programm|Programme}",
        "en": "To check: {count} {count:programme|programmes}",
    },
    "rank.group.no": {
        "de": "Nicht antragsberechtigt (nein): {count} {count:Programm|Programme}, mit Grund",
        "en": "Not eligible (no): {count} {count:programme|programmes}, with the reason",
    },
    "rank.none": {
        "de": "Kein Programm in den gewählten Gruppen.",
        "en": "No programme in the groups chosen.",
    },
    "rank.empty_catalogue": {
        "de": "Der Katalog enthält kein Programm: Ist der Programmordner (--programs) der richtige? "
        "Programmdateien enden auf .yaml oder .yml.",
        "en": "The catalogue holds no programme: is the programme folder (--programs) the right one? "
        "Programme files end in .yaml or .yml.",
    },
    "rank.score": {"de": "{score} Punkte", "en": "score {score}"},
    "rank.eligible": {"de": "antragsberechtigt: {outcome}", "en": "eligible: {outcome}"},
    "rank.write_from": {"de": "mit dem Antrag beginnen", "en": "start writing"},
    "rank.range_facts": {
        "de": "Die Spanne hängt ab von (Angaben offen)",
        "en": "The range depends on (facts open)",
    },
    "rank.link": {"de": "Webseite", "en": "Website"},
    "rank.open": {"de": "Offen", "en": "Open"},
    "rank.ask_funder": {
        "de": "Entscheidet über „prüfen“, bei der Ansprechstelle erfragen:",
        "en": "Decides 'check'; ask the contact:",
    },
    "rank.ask_yourself": {
        "de": "Entscheidet über „prüfen“, von Ihnen zu klären:",
        "en": "Decides 'check'; for you to settle:",
    },
    "rank.only_unknown": {
        "de": "--only kennt „{word}“ nicht; möglich sind ja, prüfen, nein (oder yes, check, no).",
        "en": "--only does not know '{word}'; use yes, check, no (or ja, prüfen, nein).",
    },
    # --- explain -----------------------------------------------------------------------
    "lookup.suggest": {
        "de": "Kein Programm „{query}“. Meinten Sie: {ids}?",
        "en": "No programme '{query}'. Did you mean: {ids}?",
    },
    "lookup.ambiguous": {
        "de": "„{query}“ passt zu {count} Programmen: {ids}. Bitte die ID angeben.",
        "en": "'{query}' matches {count} programmes: {ids}. Please give the id.",
    },
    "lookup.ambiguous_many": {
        "de": "„{query}“ passt zu {count} Programmen, darunter {ids}. Bitte die ID angeben "
        "(alle IDs: fundmatch programs list).",
        "en": "'{query}' matches {count} programmes, among them {ids}. Please give the id "
        "(all ids: fundmatch programs list).",
    },
    "explain.range": {
        "de": "Spanne {low}–{high} Punkte, je nachdem, wie die offenen Angaben ausfallen.",
        "en": "Range {low}–{high} points, depending on how the open facts turn out.",
    },
    "explain.ask_funder": {
        "de": "Offen, beim Fördermittelgeber zu erfragen (Ansprechstelle: {contact})",
        "en": "Open, to ask the funder (contact: {contact})",
    },
    "explain.ask_yourself": {"de": "Offen, von Ihnen zu beantworten", "en": "Open, for you to answer"},
    "explain.decides_gate": {"de": "entscheidet über „prüfen“", "en": "decides 'check'"},
    "explain.decides_score": {"de": "verschiebt die Punkte", "en": "moves the score"},
}
