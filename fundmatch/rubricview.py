"""``fundmatch rubric show`` as plain text with headings: what staff need to read the scale
and to write ``ratings:`` in a programme file. Plain lines, so that the headings survive a
pipe and a narrow terminal."""

from __future__ import annotations

from fundmatch.catalogue import CURATED
from fundmatch.i18n import t
from fundmatch.models import Rubric


def rubric_text(rubric: Rubric, lang: str) -> str:
    out = [f"{rubric.title.get(lang)} (Version {rubric.version})"]
    out.append(" · ".join(f"{lv.level} = {lv.label.get(lang)}" for lv in rubric.scale.levels))
    out += ["", t("rubric.heading.gates", lang)]
    out += [f"  - {gate.label.get(lang)}" for gate in rubric.gates]
    computed = [c for c in rubric.criteria if c.kind != CURATED]
    curated = [c for c in rubric.criteria if c.kind == CURATED]
    out += ["", t("rubric.heading.computed", lang)]
    for criterion in computed:
        out.append(
            f"  {criterion.label.get(lang)} · {t('rubric.weight', lang, weight=f'{criterion.weight:g}')}"
        )
        out += [f"      {level}: {criterion.anchors[level].get(lang)}" for level in sorted(criterion.anchors)]
    out += ["", t("rubric.heading.curated", lang)]
    for criterion in curated:
        weight = t("rubric.weight", lang, weight=f"{criterion.weight:g}")
        out.append(f"  {criterion.id}: {criterion.label.get(lang)} · {weight}")
        out += [f"      {level}: {criterion.anchors[level].get(lang)}" for level in sorted(criterion.anchors)]
    if curated:
        out += ["", t("rubric.example", lang), "    ratings:"]
        out.append(f'      {curated[0].id}: {{level: 3, reason: "{t("rubric.example_reason", lang)}"}}')
    out += ["", t("rubric.heading.bands", lang)]
    out += [
        f"  {t('rubric.band', lang, label=b.label.get(lang), score=f'{b.min_score:g}')}" for b in rubric.bands
    ]
    return "\n".join(out) + "\n"
