"""Text pieces every renderer shares: labels of outcomes, the one-line "why", formats."""

from __future__ import annotations

import datetime as dt

from fundmatch.facts import limit_text
from fundmatch.i18n import format_date, format_pct, t
from fundmatch.reports.document import ImprovementRow, Result
from fundmatch.reports.parts import Bilingual


def text(value: Bilingual | None, lang: str) -> str:
    """A bilingual text from the report document in ``lang``."""
    return "" if value is None else value.get(lang)


def outcome(value: str, lang: str) -> str:
    return t(f"outcome.{value}", lang)


def band_text(result: Result, lang: str) -> str:
    """The band's name, or that an ended programme has none."""
    return text(result.band.label, lang) if result.band else t("band.ended", lang)


def amount(value: float | str | None, lang: str) -> str:
    return limit_text(value, lang)


def share(value: float | None, lang: str) -> str:
    return format_pct(value, lang)


def day(value: dt.date | None, lang: str) -> str:
    """A date of the report document as the reader writes it; ``unbekannt`` for None."""
    return format_date(value, lang)


def deadline(result: Result, lang: str) -> str:
    """The next deadline, ``jederzeit`` for rolling applications, or ``unbekannt``."""
    if result.rolling:
        return t("deadline.rolling", lang)
    return day(result.next_deadline, lang)


def points(value: float, lang: str) -> str:
    number = f"{value:.1f}"
    return number.replace(".", ",") if lang == "de" else number


def why(result: Result, lang: str) -> str:
    """One line on why a programme stands where it does (empty without details)."""
    if result.details is None:
        return ""
    for wanted in ("no", "check"):
        for gate in result.details.gates:
            if gate.outcome == wanted:
                return f"{outcome(wanted, lang)}: {text(gate.reason, lang)}"
    criteria = result.details.criteria
    if not criteria:
        return ""
    best = max(criteria, key=lambda c: (c.points, c.weight))
    worst = max(criteria, key=lambda c: (c.weight - c.points, c.weight))
    return t("why.line", lang, best=text(best.label, lang), worst=text(worst.label, lang))


def robustness(result: Result, lang: str) -> str:
    steady = result.details.robustness if result.details else None
    if steady is None:
        return ""
    if steady.stable:
        return t("robust.stable", lang)
    return t("robust.close", lang, best=steady.best_rank, worst=steady.worst_rank)


def improvement(item: ImprovementRow, lang: str) -> str:
    """``Eigenmittel auf 1.200 € erhöhen: +7,0 Punkte, Rang 2 → 1``."""
    gained = item.score_after - item.score_before
    effect = t(
        "impr.effect",
        lang,
        points=("+" if gained >= 0 else "−") + points(abs(gained), lang),
        before=item.rank_before,
        after=item.rank_after,
    )
    if item.eligibility_after != item.eligibility_before:
        effect += "; " + t(
            "impr.opens",
            lang,
            before=outcome(item.eligibility_before, lang),
            after=outcome(item.eligibility_after, lang),
        )
    return f"{text(item.change, lang)}: {effect}"


def unknowns(result: Result, lang: str) -> list[str]:
    """What to check: gates that could not be decided and criteria rated on unknown facts."""
    if result.details is None:
        return []
    found = [
        f"{text(g.label, lang)}: {text(g.reason, lang)}" for g in result.details.gates if g.outcome == "check"
    ]
    found += [
        f"{text(c.label, lang)}: {text(c.reason, lang)}" for c in result.details.criteria if not c.known
    ]
    return found
