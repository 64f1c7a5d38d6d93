"""The command-line help (``--help``), chosen by --lang / FUNDMATCH_LANG like everything else."""

MESSAGES: dict[str, dict[str, str]] = {
    "help.app": {
        "de": "fundmatch: Förderprogramme für kleine Träger der Integrationsarbeit finden und bewerten.",
        "en": "fundmatch: find and rate funding programmes for small integration sponsors.",
    },
    "help.programs": {
        "de": "Den Programmkatalog anzeigen und prüfen.",
        "en": "Show and check the programme catalogue.",
    },
    "help.rubric": {
        "de": "Die Bewertungsskala anzeigen und prüfen.",
        "en": "Show and check the rating scale.",
    },
    "help.opt.programs": {
        "de": "Ordner mit Programmdateien (vor FUNDMATCH_PROGRAMS; sonst programs/ im Arbeitsordner oder darüber, sonst der mitgelieferte Katalog).",
        "en": "Programme folder (beats FUNDMATCH_PROGRAMS; default: programs/ in the working folder or above, else the bundled catalogue).",
    },
    "help.opt.rubric": {
        "de": "Datei der Bewertungsskala (vor FUNDMATCH_RUBRIC; sonst rubric.yaml im Arbeitsordner oder darüber, sonst die mitgelieferte).",
        "en": "Rubric file (beats FUNDMATCH_RUBRIC; default: rubric.yaml in the working folder or above, else the bundled one).",
    },
    "help.opt.lang": {
        "de": "Sprache: de (Vorgabe) oder en; auch FUNDMATCH_LANG.",
        "en": "Language: de (default) or en; also FUNDMATCH_LANG.",
    },
    "help.opt.answers": {
        "de": "Antwortdatei (YAML); siehe examples/ und `fundmatch questions`.",
        "en": "Answers file (YAML); see examples/ and `fundmatch questions`.",
    },
    "help.opt.date": {
        "de": "Diesen Tag als heute nehmen (01.03.2027, 1.3.27 oder 2027-03-01), für nachvollziehbare Ergebnisse.",
        "en": "Treat this day as today (2027-03-01, 01.03.2027 or 1.3.27), for reproducible results.",
    },
    "help.opt.output": {
        "de": "Bericht schreiben: .pdf, .md, .json oder .csv (Format aus dem Namen); - = Standardausgabe.",
        "en": "Write a report: .pdf, .md, .json or .csv (format from the name); - = stdout.",
    },
    "help.opt.version": {"de": "Version anzeigen.", "en": "Show the version."},
    "help.opt.no_cache": {
        "de": "Den Katalog aus den YAML-Dateien lesen, nicht aus dem Zwischenspeicher (wie FUNDMATCH_NO_CACHE=1).",
        "en": "Read the catalogue from its YAML files, not from the cache (like FUNDMATCH_NO_CACHE=1).",
    },
    "help.opt.program_id": {
        "de": "Die ID des Programms oder ein eindeutiger Teil seines Namens.",
        "en": "The programme's id, or a unique part of its name.",
    },
    "help.opt.paths": {
        "de": "Programmdateien oder Ordner (Vorgabe: der Katalogordner).",
        "en": "Programme files or folders (default: the catalogue folder).",
    },
    "help.opt.problem_format": {"de": "Wie Fehler ausgegeben werden.", "en": "How to print problems."},
    "help.opt.strict": {
        "de": "Mit Code 1 enden, wenn etwas Aufmerksamkeit braucht.",
        "en": "Exit 1 when something needs attention.",
    },
    "help.opt.top": {
        "de": "Die besten N Programme zeigen (Vorgabe 10).",
        "en": "Show the best N programmes (default 10).",
    },
    "help.opt.only": {
        "de": "Nur diese Gruppen zeigen, z. B. ja,prüfen (auch yes,check); ohne: alle mit nein.",
        "en": "Show only these groups, e.g. yes,check (or ja,prüfen); without: all, with no.",
    },
    "help.opt.match_format": {"de": "table (Vorgabe) oder json.", "en": "table (default) or json."},
    "help.opt.resume": {
        "de": "Den Fragebogen mit einem gespeicherten Entwurf fortsetzen.",
        "en": "Continue the questionnaire from a saved draft.",
    },
    "help.opt.save_answers": {
        "de": "Die Antworten nach dem Fragebogen hier speichern.",
        "en": "After the questionnaire, save the answers here.",
    },
    "help.opt.report_format": {
        "de": "pdf, md, json, csv oder csv-excel (Vorgabe: aus dem Dateinamen).",
        "en": "pdf, md, json, csv or csv-excel (default: from the file name).",
    },
    "help.opt.force": {
        "de": "Eine schreibgeschützte Ausgabedatei trotzdem ersetzen.",
        "en": "Replace a read-only output file anyway.",
    },
    "help.opt.report_top": {
        "de": "Die besten N Programme ausführlich erläutern (die Übersicht zeigt alle).",
        "en": "Explain the best N programmes in detail (the summary lists all).",
    },
    "help.opt.explain_id": {
        "de": "Das Programm, das erklärt werden soll: ID oder ein eindeutiger Teil des Namens.",
        "en": "The programme to explain: its id or a unique part of its name.",
    },
    "help.opt.versus": {
        "de": "Mit einem anderen Programm vergleichen, Kriterium für Kriterium.",
        "en": "Compare with another programme, criterion by criterion.",
    },
    "help.opt.schema_name": {"de": "Nur dieses Schema ausgeben.", "en": "Print only this schema."},
    "help.opt.schema_write": {
        "de": "Alle Schemas in diesen Ordner schreiben.",
        "en": "Write all schemas into this folder.",
    },
    "help.cmd.programs_list": {
        "de": "Die Programme des Katalogs als Tabelle auflisten.",
        "en": "List the programmes of the catalogue as a table.",
    },
    "help.cmd.programs_show": {
        "de": "Alle Angaben zu einem Programm zeigen, mit Quellen.",
        "en": "Show every fact of one programme, with its sources.",
    },
    "help.cmd.programs_validate": {
        "de": "Programmdateien streng prüfen; jeden Fehler als Datei:Zeile:Spalte melden (Code 1, wenn es Fehler gibt).",
        "en": "Check programme files strictly; print every problem as file:line:col (exit 1 if any).",
    },
    "help.cmd.programs_audit": {
        "de": "Was je Programm zu tun ist: fehlende Angaben, Widersprüche, Fristen, Alter der Prüfung; mit --online auch tote Links (nur dann wird das Netz benutzt).",
        "en": "What to do per programme: missing facts, conflicts, deadlines, age of the check; with --online also dead links (only then is the network used).",
    },
    "help.cmd.programs_new": {
        "de": "Eine neue Programmdatei programs/ID.yaml aus einer kommentierten Vorlage mit allen Feldern anlegen.",
        "en": "Write a new programme file programs/ID.yaml from a commented template with every field.",
    },
    "help.opt.new_id": {
        "de": "ID des neuen Programms (Kleinbuchstaben, Ziffern, - und _); wird der Dateiname.",
        "en": "Id of the new programme (lowercase letters, digits, - and _); becomes the file name.",
    },
    "help.opt.online": {
        "de": "Zusätzlich jede URL des Katalogs über das Internet abrufen (tote Links, dauerhafte Weiterleitungen). Der einzige Befehl, der das Netz benutzt.",
        "en": "Also fetch every URL of the catalogue over the internet (dead links, permanent redirects). The only command that uses the network.",
    },
    "help.opt.timeout": {
        "de": "Mit --online: so viele Sekunden auf jede Antwort warten.",
        "en": "With --online: wait this many seconds for each answer.",
    },
    "help.opt.audit_format": {
        "de": "Ausgabe: text (Arbeitsliste), json oder csv (eine Zeile je Programm, für Tabellenkalkulationen).",
        "en": "Output: text (work list), json or csv (one row per programme, for spreadsheets).",
    },
    "help.cmd.rubric_show": {
        "de": "Die Bewertungsskala zeigen: Ausschlusskriterien, gewichtete Kriterien mit Stufen, Einstufungen.",
        "en": "Show the rating scale: gates, weighted criteria with their levels, and bands.",
    },
    "help.cmd.rubric_validate": {
        "de": "Die Bewertungsskala prüfen: Schema, Gewichte ergeben 100, Stufen, Parameter, Regionen.",
        "en": "Check the rubric: schema, weights summing to 100, anchors, parameters, regions.",
    },
    "help.cmd.match": {
        "de": "Die Programme für Ihr Projekt ordnen. Ohne --answers werden zuerst die Fragen gestellt.",
        "en": "Rank the programmes for your project. Without --answers, asks the questions first.",
    },
    "help.cmd.report": {
        "de": "Einen Bericht für den Vorstand schreiben: PDF, Markdown, JSON oder CSV.",
        "en": "Write a report a board can file: PDF, Markdown, JSON or CSV.",
    },
    "help.cmd.calendar": {
        "de": "Einen Fristenkalender (.ics) für die gewählten oder passenden Programme schreiben.",
        "en": "Write a deadline calendar (.ics) for the chosen or fitting programmes.",
    },
    "help.cmd.ask": {
        "de": "Ein Anschreiben an den Förderer mit den offenen Fragen zu einem Programm.",
        "en": "A letter to the funder with the open questions about one programme.",
    },
    "help.opt.pick": {
        "de": 'Programme für den Bericht wählen (IDs mit Komma); wird in der Antwortdatei gespeichert, "" löscht die Auswahl.',
        "en": 'Choose programmes for the report (ids, comma-separated); saved in the answers file, "" clears the choice.',
    },
    "help.opt.best": {
        "de": "So viele beste Chancen auf Seite 1 (Vorgabe 3).",
        "en": "This many best chances on page 1 (default 3).",
    },
    "help.opt.all": {
        "de": "Auch die nicht offenen Programme (nein) im Anhang auflisten.",
        "en": "Also list the programmes not open to you (no) in an annex.",
    },
    "help.opt.calendar_top": {
        "de": "Ohne Auswahl: die passenden Programme unter den besten N (Vorgabe 10).",
        "en": "Without a choice: the fitting programmes among the best N (default 10).",
    },
    "help.opt.calendar_output": {
        "de": "Die Kalenderdatei (.ics) schreiben; - = Standardausgabe.",
        "en": "Write the calendar file (.ics); - = standard output.",
    },
    "help.opt.ask_output": {
        "de": "Das Anschreiben in diese Datei schreiben (sonst auf den Bildschirm).",
        "en": "Write the letter to this file (else to the screen).",
    },
    "help.opt.ask_id": {
        "de": "Die Programm-ID (siehe fundmatch match oder programs list) oder ein eindeutiger Teil "
        "des Namens.",
        "en": "The programme id (see fundmatch match or programs list), or a unique part of its name.",
    },
    "help.cmd.questions": {
        "de": "Eine kommentierte Antwortvorlage zum Ausfüllen ausgeben (dann: match --answers DATEI).",
        "en": "Print a commented answers template to fill in by hand (then: match --answers FILE).",
    },
    "help.cmd.explain": {
        "de": "Die Bewertung eines Programms erklären: Ausschlusskriterien, Punkte je Kriterium, Quellen, Verbesserungen.",
        "en": "Explain one programme's score: gates, points per criterion, evidence, improvements.",
    },
    "help.cmd.schema": {
        "de": "Die JSON-Schemas für Programm-, Skalen- und Antwortdateien ausgeben oder schreiben.",
        "en": "Print or write the JSON Schemas of programme, rubric and answers files.",
    },
    "help.cmd.web": {
        "de": "Fragebogen und Auswertung als Webseite anbieten (lokal im Browser; speichert keine Antworten).",
        "en": "Serve the questionnaire and the ranking as web pages (local, in the browser; stores no answers).",
    },
    "help.opt.web_host": {
        "de": "Adresse, auf der der Server lauscht (Vorgabe 127.0.0.1: nur dieser Rechner).",
        "en": "Address the server listens on (default 127.0.0.1: this computer only).",
    },
    "help.opt.web_port": {"de": "Port (Vorgabe: ein freier Port).", "en": "Port (default: a free port)."},
    "help.opt.web_no_browser": {"de": "Den Browser nicht öffnen.", "en": "Do not open the browser."},
}
