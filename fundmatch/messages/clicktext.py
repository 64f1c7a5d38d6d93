"""German for the texts click and typer show (keyed by their English text, as gettext is).

Not part of MESSAGES: these keys are click's, and fundmatch.clicktext looks them up."""

GERMAN: dict[str, str] = {
    # Looked up by typer.core (the click typer vendors writes its own words without gettext).
    "Arguments": "Argumente",
    "Options": "Optionen",
    "Commands": "Befehle",
    "default: {default}": "Vorgabe: {default}",
    "(dynamic)": "(dynamisch)",
    "required": "Pflicht",
    "env var: {var}": "Umgebungsvariable: {var}",
    "Missing command.": "Befehl fehlt.",
    "No such command {name!r}.": "Unbekannter Befehl {name!r}.",
    "Aborted!": "Abgebrochen.",
    # The help options' own texts, translated in the help formatter (fundmatch.clicktext).
    "Show this message and exit.": "Diese Hilfe zeigen und beenden.",
    "Show the version and exit.": "Die Version zeigen und beenden.",
}


# Errors the option parser (vendored by typer) writes in English without gettext, by pattern.
# typer names the kind of path it expects: "file", "dir" or "path".
_PATH = r"(?i:file|dir|directory|path) '(?P<name>.+)'"

# An empty path names the current folder, which typer then calls a directory: say it is empty.
EMPTY_PATH = r"(?i:file|dir|directory|path) '' is a directory\."
EMPTY_PATH_TEXT = {"de": "leer; bitte einen Dateinamen angeben.", "en": "empty; please give a file name."}

ERRORS: tuple[tuple[str, str], ...] = (
    (
        r"No such option: (?P<name>\S+) \(Possible options: (?P<options>.+)\)",
        "Unbekannte Option: {name} (mögliche Optionen: {options})",
    ),
    (r"No such option: (?P<name>.+)", "Unbekannte Option: {name}"),
    (r"No such command '(?P<name>.+)'\.", "Unbekannter Befehl: {name}"),
    (r"Missing option '(?P<name>.+)'\.", "Die Option {name} fehlt."),
    (r"Missing argument '(?P<name>.+)'\.", "Das Argument {name} fehlt."),
    (r"Option '(?P<name>.+)' requires an argument\.", "Die Option {name} braucht einen Wert."),
    (r"Option '(?P<name>.+)' does not take a value\.", "Die Option {name} nimmt keinen Wert."),
    (
        r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.+)\)",
        "Unerwartete zusätzliche Angabe ({args})",
    ),
    # "Invalid value for '--answers' / '-a': …" names every spelling of the option: the first is enough.
    (
        r"Invalid value for '(?P<name>[^']+)'(?: / '[^']+')*: (?P<message>.+)",
        "Ungültiger Wert für {name}: {message}",
    ),
    (r"Input should be a valid integer.*", "eine ganze Zahl angeben"),
    (r"Input should be a valid number.*", "eine Zahl angeben"),
    (r"Input should be greater than or equal to (?P<limit>\S+)", "mindestens {limit} angeben"),
    (r"Input should be less than or equal to (?P<limit>\S+)", "höchstens {limit} angeben"),
    (r"(?P<value>.+) is not in the range (?P<range>.+)\.", "{value} liegt nicht im Bereich {range}."),
    (r"'(?P<value>.+)' is not a valid integer\.", "„{value}“ ist keine ganze Zahl."),
    (r"'(?P<value>.+)' is not a valid float\.", "„{value}“ ist keine Zahl."),
    (r"'(?P<value>.+)' is not one of (?P<choices>.+)\.", "„{value}“ ist keiner der Werte {choices}."),
    (_PATH + r" does not exist\.", "„{name}“ gibt es nicht."),
    (_PATH + r" is a directory\.", "„{name}“ ist ein Ordner, keine Datei."),
    (_PATH + r" is a file\.", "„{name}“ ist eine Datei, kein Ordner."),
    (_PATH + r" is not readable\.", "„{name}“ ist nicht lesbar."),
    (_PATH + r" is not writable\.", "„{name}“ ist nicht beschreibbar."),
)
