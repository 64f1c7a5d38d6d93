"""The report document as JSON: byte for byte what ``fundmatch match --format json`` prints."""

from __future__ import annotations

import json
from typing import Any


def render_json(report: dict[str, Any], lang: str, top: int | None = None) -> bytes:
    """The whole document; ``lang`` and ``top`` do not apply (it carries both languages)."""
    del lang, top  # the document is language-neutral and always holds every programme
    return (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
