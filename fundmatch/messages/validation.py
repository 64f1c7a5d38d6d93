"""Messages of the checks of programme, rubric and answers files (for staff). Problems are ``problem.*``, hints ``hint.*``; pydantic's error types
are mapped to these keys in fundmatch.validation."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- reading and parsing ---------------------------------------------------------------
    "problem.not_regular_file": {"de": "keine normale Datei", "en": "not a regular file"},
    "hint.plain_files": {
        "de": "gelesen werden nur normale Dateien, keine Geräte, Pipes oder Sockets",
        "en": "only plain files are read, no devices, pipes or sockets",
    },
    "problem.outside_catalogue": {
        "de": "verweist auf eine Datei außerhalb des Katalogordners; nicht gelesen",
        "en": "links to a file outside the catalogue folder; not read",
    },
    "hint.copy_into_catalogue": {
        "de": "legen Sie die Datei selbst in den Ordner programs/",
        "en": "put the file itself into the programs/ folder",
    },
    "problem.too_large": {
        "de": "Datei ist größer als {limit} Bytes",
        "en": "file is larger than {limit} bytes",
    },
    "hint.split": {"de": "teilen Sie sie auf", "en": "split it up"},
    "problem.cannot_read": {"de": "Datei nicht lesbar: {reason}", "en": "cannot read file: {reason}"},
    # Why the system refused to read or write (errors.os_reason).
    "reason.not_found": {"de": "Datei oder Ordner nicht vorhanden", "en": "no such file or folder"},
    "reason.permission": {"de": "keine Berechtigung", "en": "permission denied"},
    "reason.loop": {
        "de": "zu viele Ebenen symbolischer Verknüpfungen",
        "en": "too many levels of symbolic links",
    },
    "reason.disk_full": {"de": "kein Platz mehr auf dem Datenträger", "en": "no space left on the disk"},
    "reason.read_only": {"de": "der Datenträger ist schreibgeschützt", "en": "the disk is read-only"},
    "reason.is_dir": {"de": "das ist ein Ordner", "en": "that is a folder"},
    "reason.not_dir": {
        "de": "ein Teil des Pfads ist kein Ordner",
        "en": "a part of the path is not a folder",
    },
    "reason.name_too_long": {"de": "der Name ist zu lang", "en": "the name is too long"},
    "reason.busy": {"de": "wird gerade benutzt", "en": "in use"},
    "reason.io": {"de": "Lese- oder Schreibfehler des Datenträgers", "en": "input/output error"},
    "reason.system": {"de": "{reason}", "en": "{reason}"},  # a rare reason, in the system's words
    "problem.not_utf8": {
        "de": "kein gültiges UTF-8 (Byte 0x{byte})",
        "en": "not valid UTF-8 (byte 0x{byte})",
    },
    "hint.save_utf8": {"de": "als UTF-8 speichern", "en": "save the file as UTF-8"},
    "problem.control_char": {
        "de": "Steuerzeichen U+{code} ist nicht erlaubt",
        "en": "control character U+{code} is not allowed",
    },
    "hint.remove_it": {"de": "entfernen Sie es", "en": "remove it"},
    "problem.yaml_error": {"de": "YAML-Fehler: {detail}", "en": "YAML error: {detail}"},
    "problem.syntax": {"de": "YAML-Syntaxfehler: {detail}", "en": "YAML syntax error: {detail}"},
    "syntax.mapping_values": {
        "de": "Doppelpunkt an dieser Stelle nicht erlaubt",
        "en": "mapping values are not allowed in this context",
    },
    "syntax.no_token": {
        "de": "Zeichen, mit dem nichts beginnen kann",
        "en": "found character that cannot start any token",
    },
    "syntax.flow_sequence": {
        "de": "erwartet ',' oder ']' (Liste in eckigen Klammern nicht geschlossen?)",
        "en": "did not find expected ',' or ']'",
    },
    "syntax.flow_mapping": {
        "de": "erwartet ',' oder '}}' (geschweifte Klammer nicht geschlossen?)",
        "en": "did not find expected ',' or '}}'",
    },
    "syntax.another_document": {
        "de": "ein zweites Dokument (---) in derselben Datei",
        "en": "but found another document",
    },
    "syntax.nesting": {"de": "zu tief verschachtelt", "en": "exceeded maximum nesting depth"},
    "syntax.no_colon": {
        "de": "Doppelpunkt nach dem Schlüssel fehlt",
        "en": "could not find expected ':'",
    },
    "syntax.end_of_stream": {
        "de": "Datei endet mitten in einem Wert (Anführungszeichen nicht geschlossen?)",
        "en": "found unexpected end of stream",
    },
    "syntax.no_dash": {
        "de": "Listeneintrag ohne '-' (Einrückung prüfen)",
        "en": "did not find expected '-' indicator",
    },
    "syntax.no_key": {
        "de": "Schlüssel erwartet (Einrückung prüfen)",
        "en": "did not find expected key",
    },
    "syntax.no_value": {
        "de": "Wert erwartet (Klammer oder Anführungszeichen nicht geschlossen?)",
        "en": "did not find expected node content",
    },
    "syntax.dash_inline": {
        "de": "ein Listeneintrag '- ' muss in einer eigenen Zeile stehen",
        "en": "block sequence entries are not allowed in this context",
    },
    "syntax.escape": {
        "de": "unbekannte Escape-Sequenz mit \\ in doppelten Anführungszeichen (einfache Anführungszeichen ' verwenden)",
        "en": "found unknown escape character",
    },
    "syntax.anchor_name": {
        "de": "'&' oder '*' ohne Namen (einen Text mit & oder * in Anführungszeichen setzen)",
        "en": "did not find expected alphabetic or numeric character",
    },
    "syntax.other": {"de": "„{detail}“", "en": "{detail}"},
    "hint.tabs": {
        "de": "mit Leerzeichen einrücken, nicht mit Tabulatoren",
        "en": "indent with spaces, not tabs",
    },
    "hint.indent_or_quote": {
        "de": "Zeile {line} ist weiter eingerückt als die Zeile davor: Einrückung korrigieren, oder einen Text mit ': ' in Anführungszeichen setzen",
        "en": "line {line} is indented further than the line before: fix the indentation, or put a text containing ': ' in quotes",
    },
    "choices": {"de": "{items} oder {last}", "en": "{items} or {last}"},
    "hint.quote_colon": {
        "de": "ein Text mit ': ' muss in Anführungszeichen stehen",
        "en": "put a text containing ': ' in quotes",
    },
    "hint.likely_previous": {
        "de": "der Fehler liegt wohl hier; bemerkt wurde er erst in Zeile {line}, Spalte {col}",
        "en": "the mistake is probably here; it was noticed only at line {line}, column {col}",
    },
    "hint.more_after_syntax": {
        "de": "nach der Korrektur kann die Prüfung weitere Fehler in dieser Datei finden",
        "en": "once fixed, the check may find further problems in this file",
    },
    "problem.empty": {"de": "Datei ist leer", "en": "file is empty"},
    "hint.expected_mapping": {
        "de": "erwartet werden Schlüssel mit Werten",
        "en": "expected a mapping of keys",
    },
    "problem.alias": {
        "de": "Anker und Verweise (& und *) sind nicht erlaubt",
        "en": "anchors and aliases are not allowed",
    },
    "hint.write_out": {
        "de": "schreiben Sie den Wert aus; der Anker steht in Zeile {line}",
        "en": "write the value out; the anchor is on line {line}",
    },
    "problem.tag": {"de": "Tag {tag} ist nicht erlaubt", "en": "tag {tag} is not allowed"},
    "hint.remove_tag": {"de": "entfernen Sie das Tag", "en": "remove the tag"},
    "problem.key_not_text": {"de": "Schlüssel müssen einfacher Text sein", "en": "keys must be plain text"},
    "hint.simple_key": {"de": "einen einfachen Namen verwenden", "en": "use a simple key"},
    "problem.duplicate_key": {
        "de": "Schlüssel '{name}' doppelt (zuerst in Zeile {line})",
        "en": "duplicate key '{name}' (first defined on line {line})",
    },
    "hint.keep_one": {"de": "behalten Sie nur einen davon", "en": "keep only one of them"},
    "problem.invalid_date": {"de": "ungültiges Datum: '{value}'", "en": "invalid date: '{value}'"},
    "problem.invalid_bool": {"de": "ungültiger Ja/Nein-Wert: '{value}'", "en": "invalid bool: '{value}'"},
    "problem.invalid_int": {"de": "ungültige ganze Zahl: '{value}'", "en": "invalid int: '{value}'"},
    "problem.invalid_float": {"de": "ungültige Zahl: '{value}'", "en": "invalid float: '{value}'"},
    "problem.invalid_null": {"de": "ungültiger Leerwert: '{value}'", "en": "invalid null: '{value}'"},
    "hint.date_format": {
        "de": "Datum als JJJJ-MM-TT schreiben, z. B. 2027-03-01",
        "en": "write dates as YYYY-MM-DD",
    },
    # --- numbers (amounts, counts, percentages) ----------------------------------------------
    "problem.thousands_dot": {
        "de": "{value} sieht nach Tausenderpunkt aus und würde als {read} gelesen",
        "en": "{value} looks like a thousands separator and would be read as {read}",
    },
    "hint.write_number": {"de": "schreiben Sie {number}", "en": "write {number}"},
    "hint.or_decimal": {
        "de": "wenn {read} gemeint ist: {number}",
        "en": "if {read} is meant: {number}",
    },
    "problem.leading_zero": {
        "de": "{value} beginnt mit einer Null und würde als {read} gelesen",
        "en": "{value} starts with a zero and would be read as {read}",
    },
    "problem.sexagesimal": {
        "de": "{value} würde als {read} gelesen (Zahl mit Doppelpunkt)",
        "en": "{value} would be read as {read} (a number with a colon)",
    },
    "problem.word_for_number": {
        "de": "'{value}' ist keine Zahl, hier wird eine Zahl erwartet",
        "en": "'{value}' is not a number; a number is expected here",
    },
    "hint.number_or_null": {
        "de": "schreiben Sie eine Zahl, oder null, wenn sie unbekannt ist",
        "en": "write a number, or null when it is unknown",
    },
    "hint.iso_date": {
        "de": "Datum als JJJJ-MM-TT: schreiben Sie {date}",
        "en": "date as YYYY-MM-DD: write {date}",
    },
    "hint.no_units": {
        "de": "ohne Einheit und Tausenderpunkt: schreiben Sie {number}",
        "en": "without unit or thousands separator: write {number}",
    },
    "problem.number_too_long": {
        "de": "Zahl mit {digits} Ziffern ist zu lang",
        "en": "number with {digits} digits is too long",
    },
    # --- schema (pydantic error types) ------------------------------------------------------
    "problem.not_mapping": {
        "de": "oberste Ebene muss aus Schlüsseln bestehen, gefunden: {found}",
        "en": "expected a mapping at the top level, found {found}",
    },
    "found.list": {"de": "Liste", "en": "list"},
    "found.str": {"de": "Text", "en": "str"},
    "found.int": {"de": "Zahl", "en": "int"},
    "found.float": {"de": "Zahl", "en": "float"},
    "found.bool": {"de": "Ja/Nein-Wert", "en": "bool"},
    "found.date": {"de": "Datum", "en": "date"},
    "found.nothing": {"de": "nichts", "en": "nothing"},
    "hint.top_keys": {
        "de": "die Datei muss Schlüssel enthalten wie '{name}: ...'",
        "en": "the file must hold keys such as '{name}: ...'",
    },
    "problem.bad_key": {
        "de": "'{name}' ist als Schlüssel nicht erlaubt",
        "en": "'{name}' is not allowed as a key",
    },
    "hint.use_name": {"de": "einen Namen verwenden", "en": "use a name"},
    "problem.unknown_key": {"de": "unbekannter Schlüssel '{name}'", "en": "unknown key '{name}'"},
    "hint.did_you_mean": {"de": "meinten Sie '{word}'?", "en": "did you mean '{word}'?"},
    "hint.allowed": {"de": "erlaubt: {words}", "en": "allowed: {words}"},
    "hint.indent_under": {
        "de": "Einrückung prüfen: '{name}' gehört unter '{owner}:' (Zeile {owner_line}); rücken Sie Zeile {line} entsprechend ein",
        "en": "check the indentation: '{name}' belongs under '{owner}:' (line {owner_line}); indent line {line} accordingly",
    },
    "hint.indent_new": {
        "de": "'{name}' gehört in den Abschnitt '{owner}:', den es in der Datei noch nicht gibt",
        "en": "'{name}' belongs in the section '{owner}:', which the file does not have yet",
    },
    "hint.indent_out": {
        "de": "Einrückung prüfen: '{name}' gehört eine Ebene höher; Zeile {line} ist zu weit eingerückt",
        "en": "check the indentation: '{name}' belongs one level up; line {line} is indented too far",
    },
    "problem.null_required": {
        "de": "darf nicht null sein: hier ist eine Angabe nötig",
        "en": "must not be null: a value is needed here",
    },
    "problem.missing": {"de": "Pflichtangabe fehlt", "en": "required key is missing"},
    "problem.ge": {
        "de": "muss mindestens {limit} sein",
        "en": "Input should be greater than or equal to {limit}",
    },
    "problem.gt": {"de": "muss größer als {limit} sein", "en": "Input should be greater than {limit}"},
    "problem.le": {
        "de": "darf höchstens {limit} sein",
        "en": "Input should be less than or equal to {limit}",
    },
    "problem.lt": {"de": "muss kleiner als {limit} sein", "en": "Input should be less than {limit}"},
    "problem.finite": {"de": "muss eine endliche Zahl sein", "en": "Input should be a finite number"},
    "hint.plain_number": {"de": "eine einfache Zahl schreiben", "en": "write a plain number"},
    "problem.number": {"de": "muss eine Zahl sein", "en": "Input should be a valid number"},
    "problem.integer": {"de": "muss eine ganze Zahl sein", "en": "Input should be a valid integer"},
    "problem.fraction": {
        "de": "muss eine ganze Zahl sein, nicht {value}",
        "en": "Input should be a valid integer, not {value}",
    },
    "hint.whole_number": {"de": "eine ganze Zahl schreiben", "en": "write a whole number"},
    "problem.string": {"de": "muss ein Text sein", "en": "Input should be a valid string"},
    "hint.quote": {"de": "den Wert in Anführungszeichen setzen", "en": "put the value in quotes"},
    "problem.list": {"de": "muss eine Liste sein", "en": "Input should be a valid list"},
    "hint.list": {
        "de": "als Liste schreiben: [a, b] oder Zeilen mit '- '",
        "en": "write a list: [a, b] or lines starting with '- '",
    },
    "problem.mapping": {"de": "muss aus Schlüsseln mit Werten bestehen", "en": "Input should be a mapping"},
    "problem.bool": {"de": "muss true oder false sein", "en": "Input should be a valid boolean"},
    "hint.true_false": {
        "de": "true (ja), false (nein) oder null (unbekannt) schreiben",
        "en": "write true, false or null (unknown)",
    },
    "hint.one_of": {"de": "eines davon: {choices}", "en": "one of {choices}"},
    "problem.choice": {"de": "muss eines davon sein: {choices}", "en": "Input should be {choices}"},
    "problem.date": {"de": "muss ein Datum sein", "en": "Input should be a valid date"},
    "problem.too_short_text": {"de": "darf nicht leer sein", "en": "must not be empty"},
    "problem.too_short_list": {
        "de": "braucht mindestens {count} Eintrag/Einträge",
        "en": "needs at least {count} item(s)",
    },
    "problem.too_long_text": {
        "de": "zu lang (höchstens {count} Zeichen)",
        "en": "too long (at most {count} characters)",
    },
    "problem.pattern": {"de": "'{value}' ist hier nicht erlaubt", "en": "'{value}' is not allowed here"},
    "hint.https": {"de": "mit https:// beginnen", "en": "start with https://"},
    "hint.id_chars": {
        "de": "Kleinbuchstaben, Ziffern, - und _ verwenden",
        "en": "use lowercase letters, digits, - and _",
    },
    "hint.ags": {"de": "2 bis 8 Ziffern, in Anführungszeichen", "en": "2 to 8 digits, in quotes"},
    "problem.invalid": {"de": "ungültiger Wert ({detail})", "en": "{detail}"},
    # --- rules across fields (models.py validators) -------------------------------------------
    "problem.min_above_max": {
        "de": "{low_field} ({low}) ist größer als {high_field} ({high})",
        "en": "{low_field} ({low}) is greater than {high_field} ({high})",
    },
    "problem.until_before_from": {
        "de": "valid_until ({until}) liegt vor valid_from ({start})",
        "en": "valid_until ({until}) is before valid_from ({start})",
    },
    "problem.not_a_day": {
        "de": "'{value}' ist kein Tag im Jahr (MM-TT)",
        "en": "'{value}' is not a real day of the year (MM-DD)",
    },
    "problem.request_over_total": {
        "de": "requested_eur (beantragt) ist größer als total_eur (Gesamtkosten)",
        "en": "requested_eur is greater than total_eur",
    },
    "problem.levels_consecutive": {
        "de": "Stufen müssen aufeinanderfolgende ganze Zahlen in aufsteigender Reihenfolge sein",
        "en": "levels must be consecutive whole numbers in ascending order",
    },
    "problem.neutral_level": {
        "de": "neutrale Stufe {level} ist keine der Stufen",
        "en": "neutral level {level} is not one of the levels",
    },
    # --- vocabularies and catalogue ------------------------------------------------------------
    "problem.not_in_vocabulary": {
        "de": "'{value}' steht nicht im Vokabular {vocabulary}",
        "en": "'{value}' is not in the {vocabulary} vocabulary",
    },
    "problem.id_mismatch": {
        "de": "ID '{id}' passt nicht zum Dateinamen",
        "en": "id '{id}' does not match the file name",
    },
    "hint.rename": {
        "de": "Datei in {id}.yaml umbenennen oder die ID ändern",
        "en": "rename the file to {id}.yaml or change the id",
    },
    "problem.id_taken": {
        "de": "ID '{id}' wird schon von {file} benutzt",
        "en": "id '{id}' is already used by {file}",
    },
    "hint.own_id": {"de": "jedes Programm braucht eine eigene ID", "en": "every programme needs its own id"},
    "problem.not_curated": {
        "de": "'{id}' ist kein von Mitarbeitenden bewertetes Kriterium",
        "en": "'{id}' is not a curated criterion",
    },
    "hint.curated": {"de": "bewertete Kriterien: {ids}", "en": "rated criteria: {ids}"},
    "problem.unknown_fact": {
        "de": "'{fact}' ist keine Angabe eines Programms, die eine Quelle belegen kann",
        "en": "'{fact}' is not a fact of a programme that a source can state",
    },
    "problem.level_outside": {
        "de": "Stufe {level} liegt außerhalb der Skala {low}–{high}",
        "en": "level {level} is outside the scale {low}–{high}",
    },
    "problem.weights_sum": {
        "de": "Gewichte ergeben zusammen {total}, nicht 100",
        "en": "weights sum to {total}, not 100",
    },
    "hint.adjust_weights": {"de": "Gewichte anpassen", "en": "adjust the weights"},
    "problem.anchors_missing": {
        "de": "Anker müssen jede Stufe abdecken (es fehlen {levels})",
        "en": "anchors must cover every level (missing {levels})",
    },
    "problem.anchors_extra": {
        "de": "Anker müssen jede Stufe abdecken (nicht auf der Skala: {levels})",
        "en": "anchors must cover every level (not on the scale: {levels})",
    },
    # For the rule-based kinds of gates and criteria (fundmatch.rules on main): ``type`` is
    # kind.gate or kind.criterion.
    "problem.unknown_kind": {
        "de": "unbekannte Art '{kind}' für {type}",
        "en": "unknown {type} kind '{kind}'",
    },
    "kind.gate": {"de": "ein Ausschlusskriterium", "en": "gate"},
    "kind.criterion": {"de": "ein Kriterium", "en": "criterion"},
    "problem.unknown_param_for_kind": {
        "de": "unbekannter Parameter '{name}' für die Art {kind}",
        "en": "unknown parameter '{name}' for kind {kind}",
    },
    "problem.unknown_param": {
        "de": "unbekannter Parameter '{name}' für die Art {kind}",
        "en": "unknown parameter '{name}' for kind {kind}",
    },
    "hint.known": {"de": "bekannt: {names}", "en": "known: {names}"},
    "known.none": {"de": "keine", "en": "none"},
    "problem.param_like": {
        "de": "Parameter '{name}' muss so aussehen wie {example}",
        "en": "parameter '{name}' must be like {example}",
    },
    "problem.no_band_zero": {"de": "kein Band beginnt bei 0", "en": "no band starts at 0"},
    "hint.add_band": {"de": "ein Band mit min_score: 0 ergänzen", "en": "add a band with min_score: 0"},
    "problem.table_not_utf8": {"de": "kein gültiges UTF-8", "en": "not valid UTF-8"},
    "problem.table_header": {"de": "Kopfzeile fehlt oder ist falsch", "en": "missing or wrong header row"},
    "hint.table_header": {
        "de": "die erste Zeile nennt die Spalten, durch Tabulatoren getrennt: {columns}",
        "en": "the first row names the columns, separated by tabs: {columns}",
    },
    "problem.table_cells": {
        "de": "{expected} durch Tabulatoren getrennte Zellen erwartet, {found} gefunden",
        "en": "expected {expected} tab-separated cells, found {found}",
    },
    "problem.table_empty_cell": {"de": "Pflichtzelle ist leer", "en": "required cell is empty"},
    "problem.key_not_nested": {
        "de": "{field} '{value}' beginnt nicht mit dem {field} '{outer}' von '{region}'",
        "en": "{field} '{value}' does not extend the {field} '{outer}' of '{region}'",
    },
    "problem.id_twice": {
        "de": "ID '{id}' kommt zweimal vor (zuerst bei {where})",
        "en": "id '{id}' is used twice (first at {where})",
    },
    "problem.unknown_term": {"de": "unbekannter Begriff '{term}'", "en": "unknown term '{term}'"},
    "problem.unknown_parent": {
        "de": "unbekannte übergeordnete Region '{region}'",
        "en": "unknown parent region '{region}'",
    },
    "problem.unknown_member": {
        "de": "unbekannte Mitgliedsregion '{region}'",
        "en": "unknown member region '{region}'",
    },
    "problem.area_no_members": {
        "de": "benanntes Gebiet '{region}' hat keine Mitglieder",
        "en": "named area '{region}' has no members",
    },
    "problem.own_ancestor": {
        "de": "Region '{region}' ist ihr eigener Vorfahr",
        "en": "region '{region}' is its own ancestor",
    },
    "problem.more": {
        "de": "… und {count} weitere Fehler in dieser Datei",
        "en": "… and {count} more problems in this file",
    },
}
