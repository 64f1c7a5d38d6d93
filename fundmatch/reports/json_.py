"""The report document as JSON: byte for byte what ``fundmatch match --format json`` prints."""

from __future__ import annotations

import json

from fundmatch.reports.document import Report


def render_json(report: Report, lang: str, top: int | None = None) -> bytes:
    """The whole document; ``lang`` and ``top`` do not apply (it carries both languages and
    already holds details only for the programmes it was built to show)."""
    del lang, top
    return (json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
