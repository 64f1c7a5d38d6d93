"""The JSON Schemas shipped in ``schema/`` so editors can check and complete YAML files."""

from __future__ import annotations

import json
from pathlib import Path

from fundmatch.models import MODELS, json_schema
from fundmatch.output import write_atomic


def schema_text(name: str) -> str:
    """The schema of ``program``, ``rubric`` or ``answers`` as stable, indented JSON."""
    return json.dumps(json_schema(name), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write ``<name>.schema.json`` for every file kind into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in MODELS:
        path = folder / f"{name}.schema.json"
        write_atomic(path, schema_text(name).encode())
        written.append(path)
    return written


def editor_line(name: str, folder: Path | None) -> str:
    """The first line that points an editor (yaml-language-server) at the ``name`` schema, for
    a file written into ``folder``: only where the schema is where the line points — in the
    checkout's examples/ or programs/ — since elsewhere the editor warns that it is missing."""
    relative = f"../schema/{name}.schema.json"
    if folder is not None and (folder / relative).is_file():
        return f"# yaml-language-server: $schema={relative}\n"
    return ""
