"""Programme facts and the rubric as labelled rows of text, for tables and reports."""

from __future__ import annotations

from collections.abc import Sequence

from fundmatch.i18n import format_bool, format_date, format_eur, format_pct, t
from fundmatch.models import NOT_STATED, Deadlines, Evidence, PastAward, Program, Rubric, Term, known_amount
from fundmatch.rules.own_share import own_share_pct


def term_labels(ids: list[str] | None, terms: Sequence[Term], lang: str) -> str:
    """Vocabulary ids as their labels, comma-separated; ``unbekannt`` for None."""
    if ids is None:
        return t("unknown", lang)
    if not ids:
        return t("none", lang)
    labels = {term.id: term.label.get(lang) for term in terms}
    return ", ".join(labels.get(i, i) for i in ids)


def deadline_text(deadlines: Deadlines, lang: str) -> str:
    """``jederzeit``, fixed dates and yearly dates, or ``unbekannt``."""
    parts = []
    if deadlines.rolling:
        parts.append(t("deadline.rolling", lang))
    parts += [format_date(d, lang) for d in deadlines.dates]
    if deadlines.yearly:
        days = ", ".join(_month_day(md, lang) for md in deadlines.yearly)
        parts.append(t("deadline.yearly", lang, days=days))
    return "; ".join(parts) if parts else t("unknown", lang)


def _month_day(month_day: str, lang: str) -> str:
    month, day = month_day.split("-")
    return f"{day}.{month}." if lang == "de" else month_day


def program_facts(program: Program, rubric: Rubric, lang: str) -> list[tuple[str, str]]:
    """Every fact of a programme as (label, text); unknown facts say so."""
    v = rubric.vocabularies
    f = program.funding
    regions = {r.id: r.name for r in v.regions}
    period = f"{format_date(program.valid_from, lang)} – {format_date(program.valid_until, lang)}"
    payment = t(f"payment.{f.payment.value}", lang) if f.payment else t("unknown", lang)
    partners = program.partners.required_min
    partner_text = _or_unknown(partners, lang)
    if program.partners.kind and partners:
        partner_text += f" ({program.partners.kind.value})"
    duration = program.duration
    tagged: list[tuple[str, str] | tuple[str, str, str]] = [
        (t("show.funder", lang), program.funder),
        (t("show.level", lang), program.level.value),
        (t("show.status", lang), t(f"status.{program.status.value}", lang), "status"),
        (t("show.period", lang), period, "valid_until"),
        (t("show.summary", lang), program.summary or t("unknown", lang)),
        (t("show.themes", lang), term_labels(program.themes, v.themes, lang), "themes"),
        *(
            [
                (
                    t("show.themes_required", lang),
                    term_labels(program.themes_required, v.themes, lang),
                    "themes_required",
                )
            ]
            if program.themes_required
            else []
        ),
        (
            t("show.target_groups", lang),
            term_labels(program.target_groups, v.target_groups, lang),
            "target_groups",
        ),
        *applicant_rows(program, rubric, lang),
        (
            t("show.regions", lang),
            ", ".join(regions.get(r, r) for r in program.regions)
            if program.regions is not None
            else t("unknown", lang),
            "regions",
        ),
        (
            t("show.funding_type", lang),
            t(f"funding_type.{f.type.value}", lang) if f.type else t("unknown", lang),
        ),
        (t("show.rate", lang), format_pct(f.rate_max_pct, lang), "funding.rate_max_pct"),
        (t("show.own_share", lang), format_pct(own_share_pct(program), lang), "funding.own_share_min_pct"),
        *[
            (t("show.own_share_exception", lang), f"{format_pct(e.pct, lang)}: {e.when}")
            for e in f.own_share_exceptions
        ],
        (t("show.in_kind", lang), format_bool(f.in_kind_counts, lang)),
        (t("show.min", lang), limit_text(f.min_eur, lang), "funding.min_eur"),
        (t("show.max", lang), limit_text(f.max_eur, lang), "funding.max_eur"),
        *(  # a ceiling few programmes set: shown only where one is
            [(t("show.max_total", lang), format_eur(f.max_total_eur, lang), "funding.max_total_eur")]
            if f.max_total_eur is not None
            else []
        ),
        *[(t("show.past_award", lang), award_text(a, lang)) for a in program.past_awards],
        (t("show.payment", lang), payment, "funding.payment"),
        (t("show.costs", lang), term_labels(f.eligible_costs, v.cost_types, lang), "funding.eligible_costs"),
        (
            t("show.duration", lang),
            f"{_or_unknown(duration.min_months, lang)} – {_or_unknown(duration.max_months, lang)}",
            "duration",
        ),
        (t("show.deadlines", lang), deadline_text(program.deadlines, lang), "deadlines"),
        (t("show.participants_min", lang), _or_unknown(program.participants_min, lang), "participants_min"),
        (t("show.partners", lang), partner_text, "partners"),
        (
            t("show.start", lang),
            t(f"start_rule.{program.start_rule.value}", lang) if program.start_rule else t("unknown", lang),
            "start_rule",
        ),
    ]
    rows = [_with_evidence(row, program) for row in tagged]
    criteria = {c.id: c for c in rubric.criteria}
    for criterion_id, rating in program.ratings.items():
        label = criteria[criterion_id].label.get(lang) if criterion_id in criteria else criterion_id
        rows.append((label, f"{rating.level} – {rating.text.get(lang)}"))
    rows += [(t("show.notes", lang), note) for note in program.notes]
    rows += [(t("show.conflicts", lang), note) for note in program.conflicts]
    rows += [(t("show.documents", lang), doc) for doc in program.documents]
    for number, source in enumerate(program.sources, start=1):
        line = t(
            "show.source_line",
            lang,
            url=source.url,
            date=format_date(source.date, lang),
            checked=format_date(source.checked, lang),
        )
        rows.append((t("show.sources", lang), f"[{number}] {line}"))
    for fact, evidence in program.evidence.items():
        if evidence.quote:
            rows.append((t("show.evidence", lang), f"{fact}: „{evidence.quote}“ [{evidence.source + 1}]"))
    return rows


def _with_evidence(row: tuple[str, str] | tuple[str, str, str], program: Program) -> tuple[str, str]:
    """A fact row with the number of the source that states it, e.g. ``4.000 € [2]``."""
    if len(row) == 2:
        return row[0], row[1]
    label, text, fact = row
    evidence = evidence_for(program, fact)
    return label, f"{text} [{evidence.source + 1}]" if evidence else text


def evidence_for(program: Program, fact: str) -> Evidence | None:
    """The evidence that covers a fact path: for the fact itself or a part of it."""
    for key, evidence in program.evidence.items():
        if key == fact or fact.startswith(f"{key}.") or key.startswith(f"{fact}."):
            return evidence
    return None


def limit_text(value: float | str | None, lang: str) -> str:
    """An amount limit: the amount, "not stated in the guideline", or unknown."""
    if value == NOT_STATED:
        return t("limit.not_stated", lang)
    return format_eur(known_amount(value), lang)


def award_text(award: PastAward, lang: str) -> str:
    """``2024: 23 Förderungen, 500 € – 5.000 €``."""
    parts = [str(award.year)]
    if award.count is not None:
        parts.append(t("show.awards_count", lang, n=award.count))
    if award.min_eur is not None or award.max_eur is not None:
        parts.append(f"{format_eur(award.min_eur, lang)} – {format_eur(award.max_eur, lang)}")
    return ", ".join(parts)


def applicant_rows(program: Program, rubric: Rubric, lang: str) -> list[tuple[str, str]]:
    """Who may apply: one row per applicant rule, and whether a Träger may apply for others."""
    v = rubric.vocabularies
    applicants = program.applicants
    if applicants.rules is None:
        return [(t("show.legal_forms", lang), t("unknown", lang))]
    rows = []
    for rule in applicants.rules:
        text = term_labels(rule.legal_forms, v.legal_forms, lang)
        if rule.statuses:
            text += " — " + t("show.requires", lang, statuses=term_labels(rule.statuses, v.statuses, lang))
        if rule.min_eur is not None or rule.max_eur is not None:
            text += f" ({limit_text(rule.min_eur, lang)} – {limit_text(rule.max_eur, lang)})"
        if rule.founded_years_min:
            text += " — " + t("show.founded_min", lang, years=rule.founded_years_min)
        rows.append((t("show.legal_forms", lang), text))
    rows.append((t("show.via_traeger", lang), format_bool(applicants.via_traeger, lang)))
    return rows


def _or_unknown(value: int | str | None, lang: str) -> str:
    if value == NOT_STATED:
        return t("none_stated", lang)
    return t("unknown", lang) if value is None else str(value)
