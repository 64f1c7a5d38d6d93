"""A short, polite e-mail to a programme's contact with the questions that keep it *prüfen*."""

from __future__ import annotations

from fundmatch.i18n import Eur, MonthCount, t
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
    """The e-mail text: recipient, subject, the project in three lines, numbered questions."""
    program = score.program
    org, project, budget, timing = answers.organisation, answers.project, answers.budget, answers.timing
    name = org.name or t("letter.we", lang)
    forms = {term.id: term.label.get(lang) for term in rubric.vocabularies.legal_forms}
    places = {region.id: region.name for region in rubric.vocabularies.regions}
    title = project.title or t("letter.our_project", lang)
    who = t(
        "letter.who",
        lang,
        name=name,
        form=forms.get(org.legal_form or "", t("unknown", lang)),
        place=places.get(org.location or "", t("unknown", lang)),
    )
    what = t("letter.what", lang, title=title, summary=(project.summary or "").strip())
    when = t(
        "letter.when",
        lang,
        start=timing.start,
        duration=MonthCount(timing.duration_months or 0),
        total=Eur(budget.total_eur),
        requested=Eur(budget.requested_eur),
    )
    questions = [f"{i}. {fact.question.render(lang)}" for i, fact in enumerate(funder_questions(score), 1)]
    lines = [
        t("letter.to", lang, contact=program.contact or program.funder),
        t("letter.subject", lang, program=program.name, title=title),
        "",
        t("letter.greeting", lang),
        "",
        who,
        what if project.summary else what.rstrip(": "),
        when,
        "",
        t("letter.questions", lang) if questions else t("letter.no_questions", lang),
        *questions,
        "",
        t("letter.thanks", lang),
        "",
        t("letter.regards", lang),
        name,
    ]
    return "\n".join(lines) + "\n"
