"""Reasons and open questions of the rule modules added with the data model v2: applicant
rules, the purpose and project-start gates, limits a guideline does not state, past awards."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- applicants --------------------------------------------------------------------------
    "gate.legal_form.yes_with": {
        "de": "{form} ist antragsberechtigt, mit {statuses}.",
        "en": "{form} may apply, with {statuses}.",
    },
    "gate.legal_form.forms_open": {
        "de": "Ob {form} antragsberechtigt ist, nennt die Quelle nicht.",
        "en": "The source does not say whether {form} may apply.",
    },
    "gate.legal_form.via_traeger": {
        "de": "Antrag über einen antragsberechtigten Träger möglich (Trägerschaft).",
        "en": "An eligible sponsor may apply on your behalf (Trägerschaft).",
    },
    "gate.legal_form.no_traeger_possible": {
        "de": "Antragsberechtigt sind nur: {allowed}. Ein solcher Träger kann aber für Sie beantragen.",
        "en": "Only these may apply: {allowed}. Such a sponsor may apply on your behalf.",
    },
    "gate.status_required.pending": {
        "de": "Erforderlich ist: {required}; bei Ihnen beantragt.",
        "en": "Required: {required}; you have applied for it.",
    },
    "gate.founded.unknown": {
        "de": "Antragstellende müssen seit mindestens {years} Jahren bestehen; Ihr Gründungsjahr ist nicht angegeben.",
        "en": "Applicants must have existed for at least {years} years; your founding year is not given.",
    },
    "gate.founded.too_young": {
        "de": "Antragstellende müssen seit mindestens {years} Jahren bestehen.",
        "en": "Applicants must have existed for at least {years} years.",
    },
    # --- purpose -----------------------------------------------------------------------------
    "gate.purpose.yes": {"de": "Passt zum Förderzweck: {shared}.", "en": "Fits the purpose: {shared}."},
    "gate.purpose.any": {
        "de": "Gefördert werden Projekte zu allen gemeinnützigen Zwecken.",
        "en": "Projects for any charitable purpose are funded.",
    },
    "gate.purpose.no": {
        "de": "Gefördert wird anderes: {funded}.",
        "en": "The programme funds something else: {funded}.",
    },
    "gate.purpose.bound": {
        "de": "Gefördert werden nur Projekte {count:zum Thema|zu den Themen} {themes}; "
        "{count:Ihr Projekt nennt es nicht|Ihr Projekt nennt keines davon}.",
        "en": "Only projects on {themes} are funded; "
        "{count:your project does not name it|your project names none of them}.",
    },
    "gate.purpose.bound_unknown": {
        "de": "Gefördert werden nur Projekte {count:zum Thema|zu den Themen} {themes}; die Themen Ihres "
        "Projekts sind nicht angegeben.",
        "en": "Only projects on {count:the theme|one of the themes} {themes} are funded; your project's "
        "themes are not given.",
    },
    "gate.purpose.unknown_program": {
        "de": "Der Förderzweck ist nicht erfasst.",
        "en": "The programme's purpose is not recorded.",
    },
    "gate.purpose.unknown_answer": {
        "de": "Themen und Zielgruppen Ihres Projekts sind nicht angegeben.",
        "en": "Your project's themes and target groups are not given.",
    },
    # --- grant range -------------------------------------------------------------------------
    "amount.per_position": {"de": "{amount} je Vollzeitstelle", "en": "{amount} per full-time position"},
    "amount.per_year_and_position": {
        "de": "{amount} je Jahr und Vollzeitstelle",
        "en": "{amount} a year per full-time position",
    },
    "gate.prize.planned": {
        "de": "Ein Preis würdigt bestehendes Engagement; ein geplantes Projekt lässt sich damit nicht finanzieren.",
        "en": "A prize honours existing work; it cannot finance a planned project.",
    },
    "gate.prize.running": {
        "de": "Ihr Projekt läuft schon; ein Preis kann es würdigen.",
        "en": "Your project is running; a prize can honour it.",
    },
    "gate.prize.not_a_prize": {"de": "Eine Förderung, kein Preis.", "en": "A grant, not a prize."},
    "gate.prize.unknown_answer": {
        "de": "Ein Preis würdigt bestehendes Engagement; ob Ihr Projekt schon läuft, ist nicht angegeben.",
        "en": "A prize honours existing work; whether your project is running is not given.",
    },
    "gate.partners.abroad_missing": {
        "de": "Verlangt werden Partner im Ausland ({required}); Sie haben keine angegeben.",
        "en": "Partners abroad are required ({required}); you have none.",
    },
    "gate.partners.abroad_unknown": {
        "de": "Verlangt werden Partner im Ausland ({required}); ob Sie welche haben, ist nicht angegeben.",
        "en": "Partners abroad are required ({required}); whether you have any is not given.",
    },
    "gate.partners.fine": {
        "de": "Keine Partner im Ausland verlangt, oder Sie haben welche.",
        "en": "No partners abroad required, or you have some.",
    },
    "open.partners_abroad": {"de": "Haben Sie Partner im Ausland?", "en": "Do you have partners abroad?"},
    "limit.not_stated": {"de": "laut Richtlinie keiner", "en": "none stated in the guideline"},
    "none_stated": {"de": "laut Richtlinie keine", "en": "none stated in the guideline"},
    "gate.grant.awards": {
        "de": "Die Richtlinie nennt keinen Förderrahmen; bisher bewilligt wurden bis zu {largest}.",
        "en": "The guideline states no grant range; past grants went up to {largest}.",
    },
    "gate.grant.above_awards": {
        "de": "Die Richtlinie nennt keinen Förderrahmen, aber {requested} ist mehr als jede bisherige Förderung (bis {largest}).",
        "en": "The guideline states no grant range, but {requested} is more than any past grant (up to {largest}).",
    },
    "crit.grant.no_minimum": {
        "de": "Kein Mindestbetrag; Höchstbetrag {max}.",
        "en": "No minimum grant; maximum {max}.",
    },
    # --- project start -----------------------------------------------------------------------
    "gate.start.fine": {
        "de": "Ihr Projekt hat noch nicht begonnen oder darf schon laufen.",
        "en": "Your project has not started yet, or may already run.",
    },
    "gate.start.unknown_program": {
        "de": "Ihr Projekt läuft schon; ob das Programm begonnene Projekte fördert, ist nicht erfasst.",
        "en": "Your project is running; whether the programme funds projects already started is not recorded.",
    },
    "gate.start.after_submission": {
        "de": "Ihr Projekt läuft schon; gefördert werden nur Kosten ab Antragseingang.",
        "en": "Your project is running; only costs from the application date on are eligible.",
    },
    "gate.start.after_approval": {
        "de": "Ihr Projekt läuft schon; gefördert werden nur Projekte, die erst nach der Bewilligung beginnen.",
        "en": "Your project is running; only projects that start after approval are funded.",
    },
    "start_rule.after_approval": {"de": "erst nach Bewilligung", "en": "only after approval"},
    "start_rule.after_submission": {
        "de": "ab Antragseingang, auf eigenes Risiko",
        "en": "once the application is in, at own risk",
    },
    "start_rule.any_time": {
        "de": "jederzeit, auch laufende Projekte",
        "en": "any time, also running projects",
    },
    "crit.start.any_time": {
        "de": "Auch schon laufende Projekte sind förderbar.",
        "en": "Projects already running can be funded.",
    },
    "crit.start.submission": {
        "de": "Start ab Antragseingang möglich (auf eigenes Risiko).",
        "en": "Start possible once the application is in (at own risk).",
    },
    "crit.start.submission_started": {
        "de": "Ihr Projekt läuft schon; nur Kosten ab Antragseingang sind förderbar.",
        "en": "Your project is running; only costs from the application on are eligible.",
    },
    "band.ended": {"de": "beendet", "en": "ended"},
    # --- curated -----------------------------------------------------------------------------
    "crit.curated.capacity_high": {
        "de": "{reason} Sie können mehr Aufwand tragen: eine Stufe höher.",
        "en": "{reason} You can carry more effort: one level higher.",
    },
    "crit.curated.capacity_low": {
        "de": "{reason} Für Ihre Möglichkeiten aufwendig: eine Stufe niedriger.",
        "en": "{reason} Heavy for your capacity: one level lower.",
    },
    # --- improvements ------------------------------------------------------------------------
    "impr.legal_form_charitable": {
        "de": "Als {form} mit Gemeinnützigkeit beantragen (Verein gründen, Freistellungsbescheid beantragen)",
        "en": "Apply as a {form} with charitable status (found an association, apply for tax exemption)",
    },
    "impr.via_traeger": {
        "de": "Über einen gemeinnützigen Träger beantragen (z. B. Wohlfahrtsverband oder Verein vor Ort)",
        "en": "Apply through a charitable sponsor (e.g. a welfare association or local association)",
    },
    "impr.part_funding": {
        "de": "Als Teilfinanzierung hier {amount} beantragen, den Rest ({rest}) aus anderen Quellen",
        "en": "Request {amount} here as part funding, the rest ({rest}) from other sources",
    },
    "impr.both": {"de": "{first} und {second}", "en": "{first} and {second}"},
    # --- programme facts ---------------------------------------------------------------------
    "show.own_share_exception": {"de": "Ausnahme vom Eigenanteil", "en": "Own-share exception"},
    "show.past_award": {"de": "Bisherige Förderungen", "en": "Past grants"},
    "show.awards_count": {"de": "{n} Förderungen", "en": "{n} grants"},
    "show.requires": {"de": "mit {statuses}", "en": "with {statuses}"},
    "show.founded_min": {"de": "seit mindestens {years} Jahren", "en": "for at least {years} years"},
    "show.via_traeger": {"de": "Antrag über einen Träger", "en": "Application through a sponsor"},
    # --- open questions: what to ask the funder, or what the sponsor still has to answer -----
    "open.applicants": {
        "de": "Können wir als {form} einen Antrag stellen, und wird Gemeinnützigkeit verlangt?",
        "en": "Can we apply with our legal form ({form}), and is charitable status required?",
    },
    "open.legal_form": {"de": "Welche Rechtsform hat Ihre Gruppe?", "en": "What legal form has your group?"},
    "open.status_pending": {
        "de": "Genügt es, dass {required} beantragt ist?",
        "en": "Is it enough that {required} has been applied for?",
    },
    "open.founded": {
        "de": "Besteht Ihre Organisation seit {years} Jahren?",
        "en": "Has your organisation existed for {years} years?",
    },
    "open.statuses": {"de": "Haben Sie: {required}?", "en": "Do you have: {required}?"},
    "open.regions": {"de": "Wird auch in {place} gefördert?", "en": "Is {place} within the funding area?"},
    "open.location": {"de": "Wo ist Ihr Sitz?", "en": "Where are you based?"},
    "open.region_part": {
        "de": "Findet Ihr Projekt in {areas} statt?",
        "en": "Does your project take place in {areas}?",
    },
    "open.not_yet": {
        "de": "Ab wann sind Anträge möglich (Programmstart {date})?",
        "en": "When can one apply (programme starts {date})?",
    },
    "gate.status.ends_before_start": {
        "de": "Die Förderrichtlinie gilt bis {date}, Ihr Projekt beginnt am {start}.",
        "en": "The guideline runs until {date}; your project starts on {start}.",
    },
    "open.successor": {
        "de": "Die Richtlinie endet am {date}: Gibt es eine Nachfolgeregelung, und ab wann?",
        "en": "The guideline ends on {date}: is there a successor, and from when?",
    },
    "open.next_call": {
        "de": "Wann gibt es den nächsten Förderaufruf?",
        "en": "When is the next call for applications?",
    },
    "open.target_groups": {"de": "Für wen ist Ihr Projekt?", "en": "Whom is your project for?"},
    "open.target_part": {
        "de": "Wird ein Projekt gefördert, das auch andere Gruppen als {groups} erreicht?",
        "en": "Is a project funded that also reaches groups other than {groups}?",
    },
    "open.themes": {
        "de": "Welche Themen fördert das Programm?",
        "en": "Which themes does the programme fund?",
    },
    "open.project_themes": {"de": "Worum geht es in Ihrem Projekt?", "en": "What is your project about?"},
    "open.requested": {"de": "Wie viel wollen Sie beantragen?", "en": "How much do you want to request?"},
    "open.themes_required": {
        "de": "Gehört Ihr Projekt {count:zum Thema|zu einem der Themen} {themes}?",
        "en": "Is your project about {count:the theme|one of the themes} {themes}?",
    },
    "open.min": {
        "de": "Gibt es einen Mindestbetrag, und ist {requested} förderfähig?",
        "en": "Is there a minimum grant, and can {requested} be funded?",
    },
    "open.min_amount": {  # the sponsor has not said how much it will request
        "de": "Gibt es einen Mindestbetrag, und wie hoch ist er?",
        "en": "Is there a minimum grant, and how large is it?",
    },
    "open.max": {
        "de": "Gibt es einen Höchstbetrag, und ist {requested} förderfähig?",
        "en": "Is there a maximum grant, and can {requested} be funded?",
    },
    "open.above_awards": {
        "de": "Sind auch {requested} möglich, mehr als bisher bewilligt wurde?",
        "en": "Is {requested} possible, more than was granted so far?",
    },
    "open.start_rule": {
        "de": "Darf das Projekt vor der Bewilligung beginnen?",
        "en": "May the project start before approval?",
    },
    "open.started_costs": {
        "de": "Welche Kosten eines schon laufenden Projekts sind förderfähig?",
        "en": "Which costs of a project already running are eligible?",
    },
    "open.own_share": {
        "de": "Wie hoch ist der Eigenanteil, und zählen ehrenamtliche Stunden dazu?",
        "en": "How large is the own share, and do volunteer hours count?",
    },
    "open.payment": {
        "de": "Wird die Förderung im Voraus oder erst nach Nachweis ausgezahlt?",
        "en": "Is the grant paid in advance or only after proof of spending?",
    },
    "open.prefinance": {
        "de": "Wie viele Monate können Sie Ausgaben vorstrecken?",
        "en": "For how many months can you advance the costs?",
    },
    "open.deadline": {
        "de": "Bis wann muss der Antrag eingehen?",
        "en": "By when must the application be in?",
    },
    "open.duration_answer": {
        "de": "Wie lange soll Ihr Projekt laufen?",
        "en": "How long will your project run?",
    },
    "open.duration": {
        "de": "Wie lange darf ein gefördertes Projekt laufen?",
        "en": "How long may a funded project run?",
    },
    "open.participants_min": {
        "de": "Gibt es eine Mindestzahl an Teilnehmenden?",
        "en": "Is there a minimum number of participants?",
    },
    "open.participants": {"de": "Wie viele Menschen nehmen teil?", "en": "How many people take part?"},
    "open.partners_rule": {
        "de": "Sind Kooperationspartner vorgeschrieben?",
        "en": "Are partners required?",
    },
    "open.partners": {
        "de": "Mit wie vielen Partnern arbeiten Sie?",
        "en": "How many partners do you work with?",
    },
    "open.cost_types_answer": {
        "de": "Welche Kosten soll die Förderung decken?",
        "en": "Which costs should the grant cover?",
    },
    "open.cost_types": {"de": "Sind förderfähig: {costs}?", "en": "Are these costs eligible: {costs}?"},
    "open.started": {"de": "Hat Ihr Projekt schon begonnen?", "en": "Has your project already started?"},
    "open.rating": {
        "de": "Wie aufwendig sind Antrag und Nachweis?",
        "en": "How much work are the application and the reports?",
    },
}
