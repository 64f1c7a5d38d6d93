"""Page 1 of the report: the best chances, each as what a board decides on.

For each: why it fits, what it would pay and what the sponsor pays for this project, the
next deadline and when to start writing, whom to contact, what is still open, and what
to prepare. The texts come from the document's plan (``document.Plan``); a programme
without one (not shown in detail) is described from its summary row.
"""

from __future__ import annotations

from collections.abc import Sequence

from fundmatch.i18n import format_eur, format_number, quote, t
from fundmatch.models import Answers, Budget
from fundmatch.money import own_share_for
from fundmatch.reports.common import day, outcome, text
from fundmatch.reports.document import OpenQuestion, Result
from fundmatch.reports.layout import Card, Pair, Questions
from fundmatch.rules.base import Side
from fundmatch.scoring import biggest_hurdle

CHANCES = ("yes", "check")  # a programme on page 1 or in the table is eligible or to check
STRONGEST = 2  # criteria named in "why it fits"
STRONG_LEVEL = 4  # from this level on a criterion counts as a strength


def chances(results: list[Result], picked: Sequence[str] = ()) -> list[Result]:
    """The programmes the sponsor picked (``--pick``, in that order, whatever their state),
    then the eligible programmes, then those to check, each by score; never ended ones."""
    by_id = {r.id: r for r in results}
    first = [by_id[i] for i in dict.fromkeys(picked) if i in by_id]
    open_ = [r for r in results if r.eligibility in CHANCES and r.band is not None and r.id not in picked]
    return first + sorted(open_, key=lambda r: (CHANCES.index(r.eligibility), r.rank))


def location_note(answers: Answers, lang: str) -> str:
    """Without the sponsor's location every local programme is *prüfen* and competes with
    the statewide ones: say so first, and what mends it; "" when the location is known."""
    return "" if answers.organisation.location else t("plan.no_location", lang)


def score_range(result: Result, lang: str) -> str:
    """``54 (41–68)``: the score, and what it could become once the open facts are known."""
    score, low, high = (f"{v:.0f}" for v in (result.score, result.score_low, result.score_high))
    return score if low == high else f"{score} ({low}–{high})"


def grant_text(result: Result, lang: str, short: bool = False) -> str:
    """What the programme would pay for this project, and on what that rests (``short``:
    the amount alone, for a table cell)."""
    grant, basis = result.grant_eur, result.grant_basis
    if basis == "unknown":
        return t("plan.own_share.unknown" if short else "plan.grant.unknown", lang)
    if short and basis != "up_to":
        return format_eur(grant, lang)
    rate = 100 - (result.own_share_pct or 0)  # the share of the costs it pays, for "rate"
    return t(f"plan.grant.{basis}", lang, amount=format_eur(grant, lang), pct=format_number(rate, lang))


def own_share_text(result: Result, budget: Budget, lang: str, short: bool = False) -> str:
    """The sponsor's own share in euros for this project, with the programme's rate."""
    euros = result.plan.own_share_eur if result.plan else own_share_for(result.own_share_pct, budget)
    if euros is None or result.own_share_pct is None:
        return t("plan.own_share.unknown", lang)
    key = "plan.own_share.short" if short else "plan.own_share.value"
    return t(key, lang, amount=format_eur(euros, lang), pct=format_number(result.own_share_pct, lang))


def deadline_text(result: Result, lang: str, short: bool = False) -> str:
    """``jederzeit``, the next deadline, or unknown; for any time: by when to submit. Where the
    planned start cannot be kept (``Plan.late``), the earliest start the programme allows."""
    plan = result.plan
    if result.rolling and short:
        return t("deadline.rolling", lang)
    # The planned start cannot be kept: say when the project could start instead.
    instead = plan.earliest_start if plan is not None and plan.late and not short else None
    if result.rolling:
        if instead:
            return t("plan.rolling_late", lang, date=day(instead, lang))
        if plan and plan.submit_by:
            return t("plan.rolling_by", lang, date=day(plan.submit_by, lang))
        return t("deadline.rolling", lang)
    date = plan.deadline if plan else result.next_deadline
    if date and instead:
        return t("plan.deadline_late", lang, deadline=day(date, lang), date=day(instead, lang))
    return day(date, lang) if date else t("plan.deadline.unknown", lang)


def write_text(result: Result, lang: str) -> str:
    plan = result.plan
    if plan is None or plan.write_from is None:
        return t("plan.deadline.unknown", lang)
    return day(plan.write_from, lang)


def why_fits(result: Result, lang: str) -> str:
    """Up to three sentences: the purpose gate's reason, the strongest criteria, and the
    biggest hurdle (a board should see a 50 % own share it cannot raise before it applies)."""
    details = result.details
    if details is None:
        return ""
    purpose = next((g for g in details.gates if g.id == "foerderzweck"), None)
    first = text(purpose.reason, lang) if purpose is not None else ""
    strong = sorted(
        (c for c in details.criteria if c.known and c.level >= STRONG_LEVEL),
        key=lambda c: (-c.points, -c.weight),
    )[:STRONGEST]
    sentences = [first]
    if strong:
        quoted = [quote(text(c.label, lang), lang) for c in strong]
        names = quoted[0] if len(quoted) == 1 else t("plan.and", lang, first=quoted[0], second=quoted[1])
        sentences.append(t("plan.strengths", lang, names=names))
    sentences.append(hurdle_text(result, lang))
    return " ".join(s for s in sentences if s)


def hurdle_text(result: Result, lang: str) -> str:
    """The biggest hurdle (``scoring.biggest_hurdle``) with its reason; "" when there is none."""
    worst = biggest_hurdle(result.details.criteria) if result.details else None
    return hurdle_sentence(text(worst.label, lang), text(worst.reason, lang), lang) if worst else ""


def hurdle_sentence(label: str, reason: str, lang: str) -> str:
    """„Größte Hürde: „label“ – reason."""
    return t("plan.hurdle", lang, name=quote(label, lang), reason=reason.rstrip("."))


def split_questions(result: Result) -> tuple[list[OpenQuestion], list[OpenQuestion]]:
    """The questions for the funder, exactly as ``fundmatch ask`` sends them, and those
    the sponsor answers itself."""
    funder = result.plan.funder_questions if result.plan else []
    asked = {q.fact for q in funder}
    yours = [q for q in result.open_questions if q.side is Side.SPONSOR and q.fact not in asked]
    return funder, yours


def open_questions(result: Result, lang: str) -> list[Questions]:
    """What is still open: the questions for the funder (as ``fundmatch ask`` sends them),
    then what the sponsor can answer itself."""
    funder, yours = split_questions(result)
    groups: list[Questions] = [
        {"label": t(key, lang), "lines": [text(q.question, lang) for q in questions]}
        for key, questions in (("plan.ask_funder", funder), ("plan.ask_yourself", yours))
        if questions
    ]
    return groups


def card(result: Result, budget: Budget, lang: str, anchor: str | None) -> Card:
    plan = result.plan
    facts: list[Pair] = [
        {"label": t("plan.grant", lang), "value": grant_text(result, lang)},
        {"label": t("plan.own_share", lang), "value": own_share_text(result, budget, lang)},
        {"label": t("col.next_deadline", lang), "value": deadline_text(result, lang)},
        {"label": t("plan.write_from", lang), "value": write_text(result, lang)},
        {"label": t("report.contact", lang), "value": result.contact or t("report.not_recorded", lang)},
    ]
    documents = plan.documents if plan else []
    facts.append(
        {"label": t("plan.documents", lang), "value": "; ".join(documents) or t("report.not_recorded", lang)}
    )
    return {
        "anchor": anchor,
        "heading": result.name,
        "funder": result.funder,
        "eligibility": outcome(result.eligibility, lang),
        "eligibility_id": result.eligibility,
        "score": t("plan.score", lang, score=score_range(result, lang)),
        # A picked programme may be closed to the sponsor: then why comes first.
        "why": " ".join(
            part
            for part in (text(result.blocked_by, lang) if result.blocked_by else "", why_fits(result, lang))
            if part
        ),
        "facts": facts,
        "open_title": t("plan.open", lang),
        "open": open_questions(result, lang) or [{"label": t("plan.nothing_open", lang), "lines": []}],
    }
