"""Every user-facing string, German and English, one module per area of the program.

Add a module here for a new area and list it in ``_areas``; a key may appear only once.
The areas are merged when ``MESSAGES`` is first used, so that ``--help`` loads only its own
texts (``helptext``).
"""

from __future__ import annotations


def _areas() -> tuple[dict[str, dict[str, str]], ...]:
    from fundmatch.messages import (
        answers,
        audit,
        catalogue,
        cli,
        helptext,
        plan,
        questions,
        ranking,
        report,
        rules,
        scoring,
        validation,
        web,
    )

    return (
        cli.MESSAGES,
        scoring.MESSAGES,
        rules.MESSAGES,
        plan.MESSAGES,
        audit.MESSAGES,
        report.MESSAGES,
        ranking.MESSAGES,
        questions.MESSAGES,
        answers.MESSAGES,
        helptext.MESSAGES,
        validation.MESSAGES,
        catalogue.MESSAGES,
        web.MESSAGES,
    )


def _merge() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for area in _areas():
        twice = merged.keys() & area.keys()
        if twice:
            raise RuntimeError(f"message keys defined twice: {sorted(twice)}")
        merged.update(area)
    return merged


def __getattr__(name: str) -> dict[str, dict[str, str]]:
    if name != "MESSAGES":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    merged = _merge()
    globals()["MESSAGES"] = merged  # once: later lookups find it without this function
    return merged
