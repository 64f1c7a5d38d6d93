"""Every user-facing string, German and English, one module per area of the program.

Add a module here for a new area and list it in ``_AREAS``; a key may appear only once.
"""

from __future__ import annotations

from fundmatch.messages import (
    audit,
    catalogue,
    cli,
    helptext,
    plan,
    questions,
    report,
    rules,
    scoring,
    validation,
    web,
)

_AREAS = (
    cli.MESSAGES,
    scoring.MESSAGES,
    rules.MESSAGES,
    plan.MESSAGES,
    audit.MESSAGES,
    report.MESSAGES,
    questions.MESSAGES,
    helptext.MESSAGES,
    validation.MESSAGES,
    catalogue.MESSAGES,
    web.MESSAGES,
)


def _merge() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for area in _AREAS:
        twice = merged.keys() & area.keys()
        if twice:
            raise RuntimeError(f"message keys defined twice: {sorted(twice)}")
        merged.update(area)
    return merged


MESSAGES = _merge()
