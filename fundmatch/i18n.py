"""Every user-facing string in German and English, and locale-aware number and date formats.

German is the default. Messages are looked up by key; a test checks that both languages
have every key and the same placeholders.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

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
    # --- gates -----------------------------------------------------------------------------
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
    "gate.grant.unknown_answer": {
        "de": "Die beantragte Summe ist nicht angegeben.",
        "en": "The requested amount is not given.",
    },
    "gate.grant.unknown_program": {
        "de": "Mindest- und Höchstbetrag sind nicht erfasst.",
        "en": "Minimum and maximum grant are not recorded.",
    },
    "gate.grant.below": {
        "de": "{requested} liegt unter dem Mindestbetrag von {min}.",
        "en": "{requested} is below the minimum grant of {min}.",
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
        "de": "Mittelabruf nach Bedarf; Sie können {months} Monate überbrücken.",
        "en": "Funds called off as needed; you can bridge {months} months.",
    },
    "crit.liquidity.reimbursement_ok": {
        "de": "Erstattung nach Nachweis; Sie können {months} von {duration} Monaten vorfinanzieren.",
        "en": "Reimbursed after proof; you can pre-finance {months} of {duration} months.",
    },
    "crit.liquidity.reimbursement_short": {
        "de": "Erstattung nach Nachweis, aber Sie können nur {months} von {duration} Monaten vorfinanzieren.",
        "en": "Reimbursed after proof, but you can pre-finance only {months} of {duration} months.",
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
        "de": "{months} Monate sind kürzer als die Mindestlaufzeit von {min} Monaten.",
        "en": "{months} months is shorter than the minimum of {min} months.",
    },
    "crit.duration.too_long": {
        "de": "{months} Monate sind länger als die Höchstlaufzeit von {max} Monaten.",
        "en": "{months} months is longer than the maximum of {max} months.",
    },
    "crit.duration.fits": {
        "de": "{months} Monate passen in den Förderzeitraum.",
        "en": "{months} months fit the funding period.",
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
    "crit.start.allowed": {
        "de": "Begonnene Projekte sind förderbar.",
        "en": "Projects already started can be funded.",
    },
    "crit.start.unknown_answer": {
        "de": "Start erst nach Bewilligung; ob Ihr Projekt schon läuft, ist nicht angegeben.",
        "en": "Start only after approval; whether your project is running is not given.",
    },
    "crit.start.started": {
        "de": "Ihr Projekt läuft schon; gefördert werden nur noch nicht begonnene Projekte.",
        "en": "Your project is already running; only projects not yet started are funded.",
    },
    "crit.start.wait": {"de": "Start erst nach Bewilligung.", "en": "Start only after approval."},
    "crit.curated.unknown": {"de": "Noch nicht bewertet.", "en": "Not rated yet."},
    "crit.curated.rated": {"de": "{reason}", "en": "{reason} (rating in German)"},
    "crit.curated.effort_high": {
        "de": "{reason} (Sie können mehr Aufwand tragen: +1)",
        "en": "{reason} (you can carry more effort: +1)",
    },
    "crit.curated.effort_low": {
        "de": "{reason} (Sie wünschen wenig Aufwand: −1)",
        "en": "{reason} (you want little effort: −1)",
    },
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
    # --- match and explain -------------------------------------------------------------
    "col.rank": {"de": "Rang", "en": "Rank"},
    "col.program_funder": {"de": "Programm / Fördermittelgeber", "en": "Programme / funder"},
    "col.score": {"de": "Punkte", "en": "Score"},
    "col.eligible": {"de": "Antrags­berechtigt", "en": "Eligible"},
    "col.next_deadline": {"de": "Nächste Frist", "en": "Next deadline"},
    "col.why": {"de": "Warum", "en": "Why"},
    "col.outcome": {"de": "Ergebnis", "en": "Outcome"},
    "col.reason": {"de": "Begründung", "en": "Reason"},
    "col.scale_level": {"de": "Stufe", "en": "Level"},
    "col.points": {"de": "Punkte", "en": "Points"},
    "why.line": {"de": "Stärke: {best}; Schwäche: {worst}", "en": "Strength: {best}; weakness: {worst}"},
    "match.legend": {
        "de": "Reihenfolge: erst antragsberechtigt (ja), dann „prüfen“, dann „nein“; darin nach Punkten "
        "(0–100, Bewertungsskala). ⚠ = Hinweis zur Aktualität. Details: fundmatch explain ID --answers DATEI",
        "en": "Order: eligible (yes) first, then 'check', then 'no'; within each by score "
        "(0–100, rating scale). ⚠ = freshness warning. Details: fundmatch explain ID --answers FILE",
    },
    "explain.summary": {
        "de": "{score} Punkte · {band} · antragsberechtigt: {eligible} · Datenlage {confidence} %",
        "en": "{score} points · {band} · eligible: {eligible} · data confidence {confidence}%",
    },
    "explain.gates": {"de": "Ausschlusskriterien", "en": "Gates"},
    "explain.criteria": {"de": "Kriterien", "en": "Criteria"},
    "explain.improvements": {"de": "Was die Bewertung verbessern würde", "en": "What would raise the score"},
    "explain.robustness": {
        "de": "Rang bei anderen Gewichten (±20 %)",
        "en": "Rank under other weights (±20%)",
    },
    "explain.warnings": {"de": "Hinweise", "en": "Warnings"},
    "explain.to_check": {"de": "Bitte prüfen", "en": "Please check"},
    "explain.evidence": {"de": "Quellen", "en": "Sources"},
    "explain.evidence_dates": {
        "de": "Stand {date}, geprüft {checked}",
        "en": "dated {date}, checked {checked}",
    },
    "explain.compare": {
        "de": "{a} (Rang {rank_a}) im Vergleich zu {b} (Rang {rank_b}), Punkte je Kriterium:",
        "en": "{a} (rank {rank_a}) compared with {b} (rank {rank_b}), points per criterion:",
    },
    "explain.compare_eligibility": {
        "de": "Antragsberechtigung: {a} gegenüber {b} – das geht der Punktzahl vor.",
        "en": "Eligibility: {a} versus {b} – this comes before the score.",
    },
    "report.disclaimer": {
        "de": "Ohne Gewähr: Die Förderbedingungen bitte immer in der aktuellen Richtlinie prüfen.",
        "en": "No guarantee: always check the conditions in the current funding guideline.",
    },
    # --- improvements and robustness ------------------------------------------------------
    "impr.legal_form": {
        "de": "Als {form} beantragen (z. B. über einen Partner oder nach Vereinsgründung)",
        "en": "Apply as {form} (e.g. through a partner or after founding a Verein)",
    },
    "impr.status": {"de": "Status nachweisen: {status}", "en": "Obtain the status: {status}"},
    "impr.own_funds": {"de": "Eigenmittel auf {amount} erhöhen", "en": "Raise own funds to {amount}"},
    "impr.prefinance": {
        "de": "Vorfinanzierung für {months} Monate sichern (z. B. Darlehen, Partner)",
        "en": "Secure pre-financing for {months} months (e.g. loan, partner)",
    },
    "impr.partners": {"de": "{count} Kooperationspartner gewinnen", "en": "Find {count} partners"},
    "impr.transnational": {"de": "Partner im Ausland gewinnen", "en": "Find partners abroad"},
    "impr.smaller_request": {"de": "Nur {amount} beantragen", "en": "Request only {amount}"},
    "impr.later_start": {"de": "Projektstart auf {date} verschieben", "en": "Move the start to {date}"},
    "impr.shorter": {
        "de": "Laufzeit auf {months} Monate begrenzen",
        "en": "Limit the duration to {months} months",
    },
    "impr.effect": {
        "de": "{points} Punkte, Rang {before} → {after}",
        "en": "{points} points, rank {before} → {after}",
    },
    "impr.opens": {"de": "Antragsberechtigung: {before} → {after}", "en": "Eligibility: {before} → {after}"},
    "robust.stable": {"de": "stabil", "en": "stable"},
    "robust.close": {"de": "knapp (Rang {best}–{worst})", "en": "close call (rank {best}–{worst})"},
}


@dataclass(frozen=True)
class Eur:
    """An amount in euro, formatted per language when a message is rendered."""

    amount: float | None


@dataclass(frozen=True)
class Pct:
    """A percentage, formatted per language when a message is rendered."""

    value: float | None


@dataclass(frozen=True)
class Msg:
    """A message to be rendered later in either language: explanations are data."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        return t(self.key, lang, **self.values)

    def both(self) -> dict[str, str]:
        return {lang: self.render(lang) for lang in LANGUAGES}


def msg(key: str, **values: object) -> Msg:
    """A message with its values, rendered later (``Msg.render``)."""
    return Msg(key, values)


def resolve_lang(lang: str | None) -> str:
    """The language to use: the given one, else FUNDMATCH_LANG, else German."""
    chosen = (lang or os.environ.get(LANG_ENV) or "de").lower()
    return chosen if chosen in LANGUAGES else "de"


def t(key: str, lang: str, **values: object) -> str:
    """The message ``key`` in ``lang`` with ``values`` filled in and formatted for ``lang``."""
    return MESSAGES[key][lang].format(**{name: _format(v, lang) for name, v in values.items()})


def _format(value: object, lang: str) -> object:
    if isinstance(value, Eur):
        return format_eur(value.amount, lang)
    if isinstance(value, Pct):
        return format_pct(value.value, lang)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, Msg):
        return value.render(lang)
    if hasattr(value, "de") and hasattr(value, "en"):  # a bilingual Text from the rubric
        return getattr(value, lang)
    if isinstance(value, list | tuple):
        return ", ".join(str(_format(item, lang)) for item in value)
    if isinstance(value, float):
        return format_number(value, lang)
    return value


def format_number(value: float, lang: str) -> str:
    """``2.5`` → ``2,5`` (de); whole numbers without decimals."""
    text = f"{value:g}" if abs(value) < 1e6 else f"{value:.0f}"
    return text.replace(".", ",") if lang == "de" else text


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
