"""The data model: programmes, the rubric (Bewertungsskala) and a sponsor's answers.

Every fact that a source may not tell is optional, and ``None`` means *unknown*: it is
never read as zero, "no" or "good". The YAML files are validated against these models;
``fundmatch schema`` turns them into JSON Schemas for editors.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from fundmatch.models.answers import (
    Answers,
    Budget,
    Effort,
    Experience,
    Needs,
    Organisation,
    Project,
    Resources,
    Timing,
)
from fundmatch.models.common import (
    NOT_STATED,
    Count,
    CountLimit,
    Euro,
    Id,
    Limit,
    Model,
    Months,
    NotStated,
    PartnerCount,
    PartnerLimit,
    Percent,
    Text,
    Url,
    known_amount,
)
from fundmatch.models.program import (
    ApplicantRule,
    Applicants,
    Deadlines,
    Duration,
    Evidence,
    Funding,
    FundingType,
    Level,
    OwnShareException,
    PartnerKind,
    Partners,
    PastAward,
    PaymentMode,
    Program,
    ProgramStatus,
    Rating,
    Source,
    StartRule,
)
from fundmatch.models.rubric import (
    Band,
    Criterion,
    Gate,
    LegalForm,
    Region,
    RegionFile,
    RegionKind,
    Rubric,
    Scale,
    ScaleLevel,
    Term,
    Vocabularies,
)

__all__ = [
    "MODELS",
    "NOT_STATED",
    "Answers",
    "ApplicantRule",
    "Applicants",
    "Band",
    "Budget",
    "Count",
    "CountLimit",
    "Criterion",
    "Deadlines",
    "Duration",
    "Effort",
    "Euro",
    "Evidence",
    "Experience",
    "Funding",
    "FundingType",
    "Gate",
    "Id",
    "LegalForm",
    "Level",
    "Limit",
    "Model",
    "Months",
    "Needs",
    "NotStated",
    "Organisation",
    "OwnShareException",
    "PartnerCount",
    "PartnerKind",
    "PartnerLimit",
    "Partners",
    "PastAward",
    "PaymentMode",
    "Percent",
    "Program",
    "ProgramStatus",
    "Project",
    "Rating",
    "Region",
    "RegionFile",
    "RegionKind",
    "Resources",
    "Rubric",
    "Scale",
    "ScaleLevel",
    "Source",
    "StartRule",
    "Term",
    "Text",
    "Timing",
    "Url",
    "Vocabularies",
    "field_names",
    "json_schema",
    "known_amount",
]

MODELS: dict[str, type[Model]] = {"program": Program, "rubric": Rubric, "answers": Answers}


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one of the three file kinds."""
    schema = MODELS[name].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    if name == "rubric":  # the kinds an editor may offer are the registered rule kinds
        from fundmatch import rules

        definitions = schema["$defs"]
        definitions["Gate"]["properties"]["kind"]["enum"] = rules.kinds("gate")
        definitions["Criterion"]["properties"]["kind"]["enum"] = rules.kinds("criterion")
    return schema


def field_names(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """The keys allowed in the mapping at ``loc`` of ``model`` (for "did you mean" hints)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or not (isinstance(current, type) and issubclass(current, BaseModel)):
            current = _inner_model(current)
            if isinstance(part, int):
                continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        field = current.model_fields.get(part)
        if field is None:
            return []
        current = field.annotation
    current = _inner_model(current)
    return list(current.model_fields) if isinstance(current, type) and issubclass(current, BaseModel) else []


def _inner_model(annotation: Any) -> Any:
    """The model inside ``X | None``, ``list[X]`` or ``dict[str, X]``, else ``annotation``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in reversed(getattr(annotation, "__args__", ())):
        inner = _inner_model(arg)
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return inner
    return annotation
