"""The Bewertungsskala as staff write it in ``rubric.yaml``, and the regions."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    Field,
    model_validator,
)

from fundmatch.models.common import (
    Id,
    Model,
    Text,
)

# --- rubric ------------------------------------------------------------------------------


class ScaleLevel(Model):
    level: int
    label: Text


class Scale(Model):
    levels: list[ScaleLevel] = Field(min_length=2)
    neutral: int = Field(description="The level an unknown fact is pulled towards.")
    unknown_prior: float = Field(
        10.0,
        ge=0,
        description="How many programmes' weight the neutral level has when an unknown fact gets "
        "the catalogue's typical level (0: the median as it is).",
    )

    @model_validator(mode="after")
    def _consecutive(self) -> Scale:
        numbers = [lv.level for lv in self.levels]
        if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            raise ValueError("levels must be consecutive whole numbers in ascending order")
        if self.neutral not in numbers:
            raise ValueError(f"neutral level {self.neutral} is not one of the levels")
        return self

    @property
    def lowest(self) -> int:
        return self.levels[0].level

    @property
    def highest(self) -> int:
        return self.levels[-1].level

    def label(self, level: int) -> Text:
        return self.levels[level - self.lowest].label


class Band(Model):
    id: Id
    min_score: Annotated[float, Field(ge=0, le=100)]
    label: Text


class Gate(Model):
    id: Id
    kind: Id = Field(description="A gate kind of fundmatch.rules.")
    label: Text
    params: dict[str, Any] = {}


class Criterion(Model):
    id: Id
    kind: Id = Field(description="A criterion kind of fundmatch.rules.")
    label: Text
    weight: Annotated[float, Field(gt=0, le=100)]
    comment: str = Field(min_length=1, description="Why the criterion has this weight.")
    # Checked against the kind's parameters by the rubric check, for one clear message per
    # parameter (a union type here would report every branch of the union).
    params: dict[str, Any] = {}
    anchors: dict[int, Text] = Field(description="A verbal anchor for every level of the scale.")


class Term(Model):
    id: Id
    label: Text
    broader: list[Id] = Field(
        default=[], description="Terms that include this one (Geflüchtete are Zugewanderte)."
    )


class LegalForm(Term):
    statuses: list[Id] | None = Field(
        None,
        description="The statuses a sponsor of this legal form can hold; null = any. A natural "
        "person holds none of an organisation's (only bodies are gemeinnützig, § 51 AO).",
    )


class RegionKind(StrEnum):
    STAAT = "staat"
    LAND = "land"
    LANDKREIS = "landkreis"
    KREISFREIE_STADT = "kreisfreie_stadt"
    SAMTGEMEINDE = "samtgemeinde"  # a union of Mitgliedsgemeinden (Lower Saxony), inside a Landkreis
    GEMEINDE = "gemeinde"
    AREA = "area"  # a named area such as a LEADER region, defined by its members


class Region(Model):
    id: Id
    name: str
    kind: RegionKind
    parent: Id | None = None
    members: list[Id] = Field(default=[], description="For named areas: the regions inside.")
    ags: Annotated[str, Field(pattern=r"^\d{2,8}$")] | None = Field(
        None, description="Amtlicher Gemeindeschlüssel; quote it in YAML."
    )
    ars: Annotated[str, Field(pattern=r"^\d{2,12}$")] | None = Field(
        None, description="Amtlicher Regionalschlüssel (12 digits for a Gemeinde, 9 for a Samtgemeinde)."
    )
    aliases: list[str] = Field(
        default=[], description="Other names people use for the place, e.g. an older official name."
    )


class RegionFile(Model):
    """A file of regions in ``regions/`` next to the rubric, merged into its region vocabulary."""

    regions: list[Region]


class Vocabularies(Model):
    legal_forms: list[LegalForm]
    statuses: list[Term]
    themes: list[Term]
    target_groups: list[Term]
    cost_types: list[Term]
    partner_kinds: list[Term] = []
    regions: list[Region]

    def can_hold(self, legal_form: str | None, status: str) -> bool:
        """Whether a sponsor of this legal form can hold the status (a form not given, or not
        limited: any)."""
        form = next((f for f in self.legal_forms if f.id == legal_form), None)
        return form is None or form.statuses is None or status in form.statuses


class Rubric(Model):
    version: str
    title: Text
    scale: Scale
    bands: list[Band] = Field(min_length=1)
    gates: list[Gate]
    criteria: list[Criterion] = Field(min_length=1)
    vocabularies: Vocabularies
