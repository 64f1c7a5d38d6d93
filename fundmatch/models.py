"""The data model: programmes, the rubric (Bewertungsskala) and a sponsor's answers.

Every fact that a source may not tell is optional, and ``None`` means *unknown*: it is
never read as zero, "no" or "good". The YAML files are validated against these models;
``fundmatch schema`` turns them into JSON Schemas for editors.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=80)]
# Upper bounds keep absurd values out of the arithmetic (no real grant is a trillion euros).
Euro = Annotated[float, Field(ge=0, le=1e12)]
Months = Annotated[int, Field(ge=1, le=600)]
Percent = Annotated[float, Field(ge=0, le=100)]
Url = Annotated[str, Field(pattern=r"^https?://[^\s/$.?#][^\s]*$")]


class Model(BaseModel):
    # defer_build: a model's validator is built when first used, not at import, and nested
    # models are built once inside the model that uses them (faster start-up).
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)


class Text(Model):
    """A text in German and English."""

    de: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.de


# --- programmes --------------------------------------------------------------------------


class Level(StrEnum):
    EU = "EU"
    BUND = "Bund"
    LAND = "Land"
    KOMMUNE = "Kommune"
    STIFTUNG = "Stiftung"


class FundingType(StrEnum):
    ANTEIL = "anteilfinanzierung"
    FESTBETRAG = "festbetragsfinanzierung"
    FEHLBEDARF = "fehlbedarfsfinanzierung"
    VOLL = "vollfinanzierung"
    PAUSCHALE = "pauschale"
    PREIS = "preis"


class PaymentMode(StrEnum):
    ADVANCE = "advance"  # paid before spending (Vorauszahlung, lump sum up front)
    CALL_OFF = "call_off"  # called off as needed (Mittelabruf)
    REIMBURSEMENT = "reimbursement"  # paid after proof of spending (Erstattungsprinzip)


class ProgramStatus(StrEnum):
    OPEN = "open"  # applications possible now or at the next deadline
    CLOSED = "closed"  # the programme exists but takes no applications at present
    ENDED = "ended"  # the programme is over


class PartnerKind(StrEnum):
    LOCAL = "local"  # a local alliance (e.g. school, club, VHS)
    NETWORK = "network"  # a formal network or umbrella organisation
    TRANSNATIONAL = "transnational"  # partners in other countries


class Source(Model):
    url: Url
    title: str | None = None
    date: dt.date | None = Field(None, description="The source's own date; null = undated.")
    checked: dt.date = Field(description="When someone last checked the source.")
    note: str | None = None


class Applicants(Model):
    legal_forms: list[Id] | None = Field(None, description="Eligible legal forms; null = unknown.")
    statuses: list[Id] = Field(default=[], description="Status every applicant must have.")
    note: str | None = None


def _not_below_min(value: float | None, info: ValidationInfo, low_field: str) -> float | None:
    """A maximum must not be below the minimum validated before it (located at the maximum)."""
    low = info.data.get(low_field)
    if value is not None and low is not None and low > value:
        raise ValueError(f"{low_field} ({low:g}) is greater than {info.field_name} ({value:g})")
    return value


class Funding(Model):
    type: FundingType | None = None
    rate_max_pct: Percent | None = Field(None, description="Highest funding rate (Förderquote).")
    own_share_min_pct: Percent | None = Field(None, description="Lowest own share (Eigenanteil).")
    in_kind_counts: bool | None = Field(
        None, description="Volunteer work counts towards the own share (Eigenleistung)."
    )
    min_eur: Euro | None = None
    max_eur: Euro | None = None
    per_year: bool | None = Field(
        None, description="min_eur and max_eur are per year of the project (e.g. AMIF, BAMF)."
    )
    payment: PaymentMode | None = None
    eligible_costs: list[Id] | None = None
    note: str | None = None

    _min_not_above_max = field_validator("max_eur")(
        lambda value, info: _not_below_min(value, info, "min_eur")
    )


class Duration(Model):
    min_months: Annotated[int, Field(ge=0, le=600)] | None = None
    max_months: Months | None = None

    _min_not_above_max = field_validator("max_months")(
        lambda value, info: _not_below_min(value, info, "min_months")
    )


class Deadlines(Model):
    rolling: bool | None = Field(None, description="Applications at any time.")
    dates: list[dt.date] = Field(default=[], description="Fixed deadlines.")
    yearly: list[str] = Field(default=[], description="Deadlines every year, as MM-DD.")
    decision_weeks: Annotated[int, Field(ge=0, le=520)] | None = Field(
        None, description="Weeks from a deadline to the earliest project start, if the source says."
    )
    note: str | None = None

    @field_validator("yearly")
    @classmethod
    def _real_month_day(cls, values: list[str]) -> list[str]:
        for value in values:
            try:
                dt.date.fromisoformat(f"2000-{value}")  # a leap year, so 02-29 is real
            except ValueError:
                raise ValueError(f"'{value}' is not a real day of the year (MM-DD)") from None
        return values


class Partners(Model):
    required_min: Annotated[int, Field(ge=0, le=1000)] | None = None
    kind: PartnerKind | None = None


class Rating(Model):
    level: int
    reason: str = Field(min_length=1)


class Program(Model):
    id: Id
    name: str = Field(min_length=1)
    funder: str = Field(min_length=1)
    level: Level
    summary: str | None = None
    url: Url | None = None
    contact: str | None = None
    themes: list[Id] = []
    target_groups: list[Id] = Field(default=[], description="Groups the programme is for.")
    target_groups_only: bool = Field(False, description="Only projects for these target groups are eligible.")
    applicants: Applicants = Applicants()
    regions: list[Id] | None = Field(None, description="Where applicants may be; null = unknown.")
    funding: Funding = Funding()
    duration: Duration = Duration()
    deadlines: Deadlines = Deadlines()
    participants_min: Annotated[int, Field(ge=0, le=1_000_000)] | None = None
    partners: Partners = Partners()
    start_before_approval: bool | None = Field(
        None, description="May the project start before approval (vorzeitiger Maßnahmebeginn)?"
    )
    status: ProgramStatus
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None

    @field_validator("valid_until")
    @classmethod
    def _period_in_order(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        start = info.data.get("valid_from")
        if value is not None and start is not None and start > value:
            raise ValueError(f"valid_until ({value}) is before valid_from ({start})")
        return value

    ratings: dict[Id, Rating] = {}
    documents: list[str] = Field(default=[], description="Documents usually needed to apply.")
    notes: list[str] = Field(default=[], description="Anything staff or sponsors should know.")
    conflicts: list[str] = Field(
        default=[], description="Facts on which the sources disagree, kept unresolved (field left null)."
    )
    sources: list[Source] = Field(min_length=1)


# --- rubric ------------------------------------------------------------------------------


class GateKind(StrEnum):
    LEGAL_FORM = "legal_form"
    REGION = "region"
    STATUS = "status"
    TARGET_GROUPS = "target_groups"
    GRANT_RANGE = "grant_range"


class CriterionKind(StrEnum):
    OWN_SHARE = "own_share"
    LIQUIDITY = "liquidity"
    GRANT_SIZE = "grant_size"
    DEADLINE = "deadline"
    THEME_FIT = "theme_fit"  # themes and target groups
    DURATION = "duration"
    PARTICIPANTS = "participants"
    PARTNERS = "partners"
    COST_TYPES = "cost_types"
    START_RULE = "start_rule"
    CURATED = "curated"


# The parameters each criterion kind understands, with their defaults; rubric.yaml may
# override them per criterion (see the comments there for their meaning).
DEFAULT_PARAMS: dict[CriterionKind, dict[str, float | str | bool | list[float]]] = {
    CriterionKind.OWN_SHARE: {
        "share_steps": [0.0, 10.0, 20.0, 50.0],
        "volunteer_hour_eur": 15.0,
        "shortfall_penalty": 2.0,
    },
    CriterionKind.LIQUIDITY: {"call_off_months": 1.0},
    CriterionKind.GRANT_SIZE: {"floor_steps": [2500.0, 10000.0, 50000.0, 100000.0]},
    CriterionKind.DEADLINE: {"decision_days": 56.0, "frequent_per_year": 3.0},
    CriterionKind.THEME_FIT: {"theme_share": 0.6, "open_target_fit": 0.75},
    CriterionKind.DURATION: {"multi_year_months": 24.0},
    CriterionKind.PARTICIPANTS: {"near_share": 0.75},
    CriterionKind.PARTNERS: {},
    CriterionKind.COST_TYPES: {},
    CriterionKind.START_RULE: {},
    CriterionKind.CURATED: {},
}


class ScaleLevel(Model):
    level: int
    label: Text


class Scale(Model):
    levels: list[ScaleLevel] = Field(min_length=2)
    neutral: int = Field(description="Level given when a fact is unknown.")

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
    kind: GateKind
    label: Text


class Criterion(Model):
    id: Id
    kind: CriterionKind
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


class RegionKind(StrEnum):
    STAAT = "staat"
    LAND = "land"
    LANDKREIS = "landkreis"
    KREISFREIE_STADT = "kreisfreie_stadt"
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


class Vocabularies(Model):
    legal_forms: list[Term]
    statuses: list[Term]
    themes: list[Term]
    target_groups: list[Term]
    cost_types: list[Term]
    regions: list[Region]


class Rubric(Model):
    version: str
    title: Text
    scale: Scale
    bands: list[Band] = Field(min_length=1)
    gates: list[Gate]
    criteria: list[Criterion] = Field(min_length=1)
    vocabularies: Vocabularies


# --- answers -----------------------------------------------------------------------------


class Experience(StrEnum):
    NONE = "none"
    SOME = "some"
    EXPERIENCED = "experienced"


class Effort(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Project(Model):
    title: str | None = None
    summary: str | None = None


class Organisation(Model):
    """Wer sind wir?"""

    name: str | None = None
    legal_form: Id | None = None
    statuses: list[Id] | None = None
    location: Id | None = Field(None, description="A region id, ideally the Gemeinde.")
    paid_staff: Annotated[int, Field(ge=0, le=1_000_000)] | None = None
    volunteers: Annotated[int, Field(ge=0, le=1_000_000)] | None = None
    experience: Experience | None = None


class Resources(Model):
    """Was haben wir?"""

    own_funds_eur: Euro | None = None
    volunteer_hours: Annotated[float, Field(ge=0, le=1_000_000)] | None = None
    prefinance_months: Annotated[float, Field(ge=0, le=600)] | None = None
    partners: Annotated[int, Field(ge=0, le=1000)] | None = None
    transnational_partners: bool | None = None


class Needs(Model):
    """Was brauchen wir?"""

    themes: list[Id] = []
    target_groups: list[Id] = []
    cost_types: list[Id] = []
    participants: Annotated[int, Field(ge=0, le=1_000_000)] | None = None


class Budget(Model):
    """Wie viel?"""

    total_eur: Euro | None = None
    requested_eur: Euro | None = None

    @model_validator(mode="after")
    def _request_within_total(self) -> Budget:
        total, requested = self.total_eur, self.requested_eur
        if total is not None and requested is not None and requested > total:
            raise ValueError("requested_eur is greater than total_eur")
        return self


class Timing(Model):
    """Wann?"""

    start: dt.date | None = None
    duration_months: Months | None = None
    already_started: bool | None = None


class Answers(Model):
    """A sponsor's answers to the Leitfaden's five questions."""

    project: Project = Project()
    organisation: Organisation = Organisation()
    resources: Resources = Resources()
    needs: Needs = Needs()
    budget: Budget = Budget()
    timing: Timing = Timing()
    effort: Effort | None = Field(None, description="Application effort the sponsor can carry.")


MODELS: dict[str, type[Model]] = {"program": Program, "rubric": Rubric, "answers": Answers}


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one of the three file kinds."""
    schema = MODELS[name].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
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
