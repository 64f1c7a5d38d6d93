"""Every user-facing string in German and English, and locale-aware number and date formats.

German is the default. Messages are looked up by key; a test checks that both languages
have every key and the same placeholders.
"""

from __future__ import annotations

import datetime as dt
import os

LANGUAGES = ("de", "en")
LANG_ENV = "FUNDMATCH_LANG"

MESSAGES: dict[str, dict[str, str]] = {
    "unknown": {"de": "unbekannt", "en": "unknown"},
    "yes": {"de": "ja", "en": "yes"},
    "no": {"de": "nein", "en": "no"},
    "none": {"de": "keine", "en": "none"},
    "catalogue.read": {
        "de": "Katalog: {count} Programme aus {programs} ({origin}); Skala: {rubric} ({rubric_origin})",
        "en": "Catalogue: {count} programmes from {programs} ({origin}); scale: {rubric} ({rubric_origin})",
    },
    "origin.option": {"de": "Option", "en": "option"},
    "origin.environment": {"de": "Umgebungsvariable", "en": "environment variable"},
    "origin.bundled": {"de": "mitgeliefert", "en": "bundled"},
    "validate.ok": {
        "de": "{count} Programmdateien geprüft, keine Fehler.",
        "en": "{count} programme files checked, no errors.",
    },
    "validate.rubric_ok": {
        "de": "Bewertungsskala {path} geprüft, keine Fehler "
        "({criteria} Kriterien, {gates} Ausschlusskriterien).",
        "en": "Scale {path} checked, no errors ({criteria} criteria, {gates} gates).",
    },
    "errors.count": {"de": "{count} Fehler gefunden.", "en": "{count} problem(s) found."},
    "error.prefix": {"de": "Fehler: {message}", "en": "Error: {message}"},
    "schema.written": {"de": "Geschrieben: {path}", "en": "Written: {path}"},
    "col.id": {"de": "ID", "en": "ID"},
    "col.name": {"de": "Programm", "en": "Programme"},
    "col.funder": {"de": "Fördermittelgeber", "en": "Funder"},
    "col.level": {"de": "Ebene", "en": "Level"},
    "col.status": {"de": "Status", "en": "Status"},
    "col.max": {"de": "Höchstbetrag", "en": "Max. grant"},
    "col.own_share": {"de": "Eigenanteil", "en": "Own share"},
    "col.checked": {"de": "Stand", "en": "Checked"},
    "col.criterion": {"de": "Kriterium", "en": "Criterion"},
    "col.kind": {"de": "Art", "en": "Kind"},
    "col.weight": {"de": "Gewicht", "en": "Weight"},
    "col.anchors": {"de": "Stufen", "en": "Levels"},
    "col.gate": {"de": "Ausschlusskriterium", "en": "Gate"},
    "col.band": {"de": "Einstufung", "en": "Band"},
    "col.from_score": {"de": "ab Punkten", "en": "from score"},
    "status.open": {"de": "offen", "en": "open"},
    "status.closed": {"de": "derzeit geschlossen", "en": "currently closed"},
    "status.ended": {"de": "beendet", "en": "ended"},
    "show.summary": {"de": "Beschreibung", "en": "Summary"},
    "show.funder": {"de": "Fördermittelgeber", "en": "Funder"},
    "show.level": {"de": "Ebene", "en": "Level"},
    "show.status": {"de": "Status", "en": "Status"},
    "show.period": {"de": "Gültigkeit", "en": "Valid"},
    "show.themes": {"de": "Themen", "en": "Themes"},
    "show.target_groups": {"de": "Zielgruppen", "en": "Target groups"},
    "show.legal_forms": {"de": "Antragsberechtigt", "en": "Eligible applicants"},
    "show.statuses": {"de": "Erforderlicher Status", "en": "Required status"},
    "show.regions": {"de": "Fördergebiet", "en": "Funding area"},
    "show.funding_type": {"de": "Finanzierungsart", "en": "Funding type"},
    "show.rate": {"de": "Förderquote bis", "en": "Funding rate up to"},
    "show.own_share": {"de": "Eigenanteil mindestens", "en": "Own share at least"},
    "show.in_kind": {"de": "Eigenleistung anrechenbar", "en": "Volunteer work counts"},
    "show.min": {"de": "Mindestbetrag", "en": "Minimum grant"},
    "show.max": {"de": "Höchstbetrag", "en": "Maximum grant"},
    "show.payment": {"de": "Auszahlung", "en": "Payment"},
    "show.costs": {"de": "Förderfähige Kosten", "en": "Eligible costs"},
    "show.duration": {"de": "Laufzeit (Monate)", "en": "Duration (months)"},
    "show.deadlines": {"de": "Fristen", "en": "Deadlines"},
    "show.participants_min": {"de": "Mindestteilnehmende", "en": "Minimum participants"},
    "show.partners": {"de": "Partner erforderlich", "en": "Partners required"},
    "show.start": {"de": "Vorzeitiger Maßnahmebeginn", "en": "Start before approval"},
    "show.ratings": {"de": "Bewertungen", "en": "Ratings"},
    "show.notes": {"de": "Hinweise", "en": "Notes"},
    "show.documents": {"de": "Unterlagen", "en": "Documents"},
    "show.sources": {"de": "Quellen", "en": "Sources"},
    "show.source_line": {
        "de": "{url} (Stand {date}, geprüft {checked})",
        "en": "{url} (dated {date}, checked {checked})",
    },
    "deadline.rolling": {"de": "jederzeit", "en": "any time"},
    "deadline.yearly": {"de": "jährlich {days}", "en": "yearly {days}"},
    "payment.advance": {"de": "im Voraus", "en": "in advance"},
    "payment.call_off": {"de": "Mittelabruf nach Bedarf", "en": "called off as needed"},
    "payment.reimbursement": {"de": "Erstattung nach Nachweis", "en": "reimbursed after proof"},
}


def resolve_lang(lang: str | None) -> str:
    """The language to use: the given one, else FUNDMATCH_LANG, else German."""
    chosen = (lang or os.environ.get(LANG_ENV) or "de").lower()
    return chosen if chosen in LANGUAGES else "de"


def t(key: str, lang: str, **values: object) -> str:
    """The message ``key`` in ``lang`` with ``values`` filled in."""
    return MESSAGES[key][lang].format(**values)


def format_eur(amount: float | None, lang: str) -> str:
    """``1500`` → ``1.500 €`` (de) or ``€1,500`` (en); cents only when there are any."""
    if amount is None:
        return t("unknown", lang)
    text = f"{amount:,.2f}" if amount % 1 else f"{amount:,.0f}"
    if lang == "de":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".") + " €"
    return "€" + text


def format_pct(value: float | None, lang: str) -> str:
    """``20`` → ``20 %`` (de) or ``20%`` (en)."""
    if value is None:
        return t("unknown", lang)
    number = f"{value:g}".replace(".", ",") if lang == "de" else f"{value:g}"
    return f"{number} %" if lang == "de" else f"{number}%"


def format_date(value: dt.date | None, lang: str) -> str:
    """``01.03.2027`` (de) or ``2027-03-01`` (en)."""
    if value is None:
        return t("unknown", lang)
    return value.strftime("%d.%m.%Y") if lang == "de" else value.isoformat()


def format_bool(value: bool | None, lang: str) -> str:
    if value is None:
        return t("unknown", lang)
    return t("yes" if value else "no", lang)
