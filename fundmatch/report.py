"""The ranking as one plain, versioned document: what `match --format json` prints and
what every report renderer reads. Texts carry both languages, so a document filed today
can be rendered in either language later."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from fundmatch import __version__
from fundmatch.catalogue import Catalogue
from fundmatch.i18n import Msg, t
from fundmatch.improvements import Improvement, Robustness, improvements, robustness
from fundmatch.models import Answers, Text
from fundmatch.rules.own_share import own_share_pct
from fundmatch.scoring import ProgramScore, rank

FORMAT_NAME = "fundmatch-ranking"
FORMAT_VERSION = 1


def _text(value: Text | Msg) -> dict[str, str]:
    return value.both() if isinstance(value, Msg) else {"de": value.de, "en": value.en}


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def build_report(
    catalogue: Catalogue, answers: Answers, today: dt.date, top: int | None = None, *, complete: bool = True
) -> dict[str, Any]:
    """Rank the catalogue for ``answers`` and explain the ``top`` programmes in full.

    ``complete=False`` leaves out the gates, criteria and sources of the programmes below
    ``top``: enough for a screen that shows only the top, and far smaller for a large
    catalogue. Documents that are written or printed as data are always complete.
    """
    ranking = rank(catalogue.programs, catalogue.rubric, answers, today)
    detailed = len(ranking) if top is None else top
    better = improvements(ranking, catalogue.programs, catalogue.rubric, answers, today, detailed)
    steady = robustness(ranking, detailed)
    checked = [max(s.checked for s in p.sources) for p in catalogue.programs]
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "generated": today.isoformat(),
        "fundmatch": __version__,
        "catalogue": {
            "programs": len(catalogue.programs),
            "fingerprint": catalogue.fingerprint,
            "oldest_check": _date(min(checked, default=None)),
            "newest_check": _date(max(checked, default=None)),
        },
        "rubric": {
            "version": catalogue.rubric.version,
            "title": _text(catalogue.rubric.title),
            "fingerprint": catalogue.rubric_fingerprint[:16],
            "scale": [{"level": lv.level, "label": _text(lv.label)} for lv in catalogue.rubric.scale.levels],
            "bands": [
                {"id": b.id, "min_score": b.min_score, "label": _text(b.label)}
                for b in catalogue.rubric.bands
            ],
        },
        "answers": answers.model_dump(mode="json"),
        "answer_labels": _answer_labels(answers, catalogue),
        "results": [
            _result(
                position,
                score,
                better.get(score.program.id),
                steady.get(score.program.id),
                catalogue,
                complete or position <= detailed,
            )
            for position, score in enumerate(ranking, start=1)
        ],
    }


def _answer_labels(answers: Answers, catalogue: Catalogue) -> dict[str, dict[str, dict[str, str]]]:
    """Labels of the vocabulary ids in the answers, by field, so reports show words, not ids."""
    v = catalogue.rubric.vocabularies
    org, needs = answers.organisation, answers.needs
    regions = {r.id: {"de": r.name, "en": r.name} for r in v.regions}
    fields = {
        "organisation.legal_form": ([org.legal_form] if org.legal_form else [], v.legal_forms),
        "organisation.statuses": (org.statuses or [], v.statuses),
        "needs.themes": (needs.themes, v.themes),
        "needs.target_groups": (needs.target_groups, v.target_groups),
        "needs.cost_types": (needs.cost_types, v.cost_types),
    }
    labels = {
        field: {term.id: _text(term.label) for term in terms if term.id in ids}
        for field, (ids, terms) in fields.items()
    }
    location = org.location
    labels["organisation.location"] = {location: regions[location]} if location in regions else {}
    return labels


def _result(
    position: int,
    score: ProgramScore,
    better: Sequence[Improvement] | None,
    steady: Robustness | None,
    catalogue: Catalogue,
    detailed: bool = True,
) -> dict[str, Any]:
    program = score.program
    scale = catalogue.rubric.scale
    gates = score.gates if detailed else ()
    criteria = score.criteria if detailed else ()
    sources = program.sources if detailed else []
    return {
        "rank": position,
        "id": program.id,
        "name": program.name,
        "funder": program.funder,
        "level": program.level.value,
        "url": program.url,
        "contact": program.contact,
        "score": score.score,
        # An ended programme has no suitability band; it says so where the band would stand.
        "band": (
            {"id": score.band.id, "label": _text(score.band.label)}
            if score.band
            else {"id": "ended", "label": {"de": t("band.ended", "de"), "en": t("band.ended", "en")}}
        ),
        "score_range": [score.score_low, score.score_high],
        "eligibility": score.eligibility.value,
        "confidence": score.confidence,
        "max_eur": program.funding.max_eur,
        "own_share_pct": own_share_pct(program),
        "next_deadline": _date(score.next_deadline),
        "rolling": bool(program.deadlines.rolling),
        "gates": [
            {
                "id": g.gate.id,
                "label": _text(g.gate.label),
                "outcome": g.outcome.value,
                "reason": _text(g.reason),
            }
            for g in gates
        ],
        "criteria": [
            {
                "id": c.criterion.id,
                "label": _text(c.criterion.label),
                "weight": c.criterion.weight,
                "level": c.level,
                "level_label": _text(scale.label(c.level)),
                "known": c.known,
                "points": round(c.points, 2),
                "reason": _text(c.reason),
                "anchor": _text(c.criterion.anchors[c.level]),
            }
            for c in criteria
        ],
        "evidence": [
            {"url": s.url, "title": s.title, "date": _date(s.date), "checked": _date(s.checked)}
            for s in sources
        ],
        "documents": list(program.documents),
        "notes": list(program.notes),
        "conflicts": list(program.conflicts),
        "improvements": None if better is None else [_improvement(i) for i in better],
        "robustness": None
        if steady is None
        else {
            "stable": steady.stable,
            "best_rank": steady.best_rank,
            "worst_rank": steady.worst_rank,
            "same_share": round(steady.same_share, 3),
        },
        "warnings": [_text(w) for w in score.warnings],
    }


def _improvement(item: Improvement) -> dict[str, Any]:
    return {
        "change": _text(item.change),
        "score_before": item.score_before,
        "score_after": item.score_after,
        "rank_before": item.rank_before,
        "rank_after": item.rank_after,
        "eligibility_before": item.eligibility_before.value,
        "eligibility_after": item.eligibility_after.value,
        "band_before": item.band_before.id if item.band_before else "ended",
        "band_after": item.band_after.id if item.band_after else "ended",
    }
