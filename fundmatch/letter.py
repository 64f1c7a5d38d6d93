"""A short, polite e-mail to a programme's contact with the questions that keep it *prüfen*."""

from __future__ import annotations

from fundmatch.i18n import Eur, MonthCount, Quoted, t
from fundmatch.models import Answers, Rubric
from fundmatch.rules.base import OpenFact, Side
from fundmatch.scoring import ProgramScore

MORE_QUESTIONS = 3  # besides those that keep a gate open: the unknown facts worth most points


def funder_questions(score: ProgramScore) -> list[OpenFact]:
    """The open facts only the funder can answer: every one that keeps a gate at *prüfen*,
    then the few unknown facts that decide most points."""
    gates = {g.open.fact for g in score.gates if g.open is not None and g.outcome.value == "check"}
    asked = [fact for fact in score.open_facts if fact.side is Side.PROGRAM]
    deciding = [fact for fact in asked if fact.fact in gates]
    return deciding + [fact for fact in asked if fact.fact not in gates][:MORE_QUESTIONS]


def letter(score: ProgramScore, answers: Answers, rubric: Rubric, lang: str) -> str:
    """The e-mail text: recipient, subject, the project in three lines, numbered questions.
    Only what the answers say is written: an unknown start or cost is left out, not
    written as "unbekannt"."""
    program = score.program
    org = answers.organisation
    title = Quoted(answers.project.title) if answers.project.title else None
    questions = [f"{i}. {fact.question.render(lang)}" for i, fact in enumerate(funder_questions(score), 1)]
    lines = [
        t("letter.to", lang, contact=program.contact or program.funder),
        t(
            "letter.subject" if title else "letter.subject_untitled",
            lang,
            program=Quoted(program.name),
            title=title,
        ),
        "",
        t("letter.greeting", lang),
        "",
        _who(answers, rubric, lang),
        *_project(answers, title, lang),
        "",
        t("letter.questions", lang) if questions else t("letter.no_questions", lang),
        *questions,
        "",
        t("letter.thanks", lang),
        "",
        t("letter.regards", lang),
        *([org.name] if org.name else []),
    ]
    return "\n".join(lines) + "\n"


def _who(answers: Answers, rubric: Rubric, lang: str) -> str:
    """ "wir sind …" with the legal form and the place where they are known."""
    org = answers.organisation
    forms = {term.id: term.label.get(lang) for term in rubric.vocabularies.legal_forms}
    places = {region.id: region.name for region in rubric.vocabularies.regions}
    form, place = forms.get(org.legal_form or ""), places.get(org.location or "")
    return t(
        "letter.who",
        lang,
        name=org.name or t("letter.we", lang),
        form=f" ({form})" if form else "",
        place=t("letter.place", lang, place=place) if place else "",
    )


def _project(answers: Answers, title: Quoted | None, lang: str) -> list[str]:
    """What the project is, when it runs and what it costs: one line each, where known."""
    summary = (answers.project.summary or "").strip() or None
    timing, budget = answers.timing, answers.budget
    what = _said(title, summary, "letter.what", "letter.what_short", "letter.what_untitled")
    when = _said(
        timing.start, timing.duration_months, "letter.start_and_duration", "letter.start", "letter.duration"
    )
    cost = _said(
        budget.total_eur, budget.requested_eur, "letter.total_and_request", "letter.total", "letter.request"
    )
    values = {
        "title": title,
        "summary": summary,
        "start": timing.start,
        "duration": MonthCount(timing.duration_months or 0),
        "total": Eur(budget.total_eur),
        "requested": Eur(budget.requested_eur),
    }
    figures = " ".join(t(key, lang, **values) for key in (when, cost) if key)
    return [line for line in (t(what, lang, **values) if what else "", figures) if line]


def _said(first: object, second: object, both: str, only_first: str, only_second: str) -> str | None:
    """The message for two facts as far as they are known; None when neither is."""
    if first is not None and second is not None:
        return both
    return only_first if first is not None else only_second if second is not None else None
