"""The data model: programmes, the rubric (Bewertungsskala) and a sponsor's answers.

Every fact that a source may not tell is optional, and ``None`` means *unknown*: it is
never read as zero, "no" or "good". The YAML files are validated against these models;
``fundmatch schema`` turns them into JSON Schemas for editors.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    WrapValidator,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

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


# "The guideline states no such limit" is a fact, distinct from null (not researched).
NOT_STATED = "not_stated"
NotStated = Literal["not_stated"]


def _or_not_stated(number: Any) -> WrapValidator:
    """Validation of a number that may also be ``not_stated`` or null, with one clear error
    for a bad value (a plain union would report one error per member of the union)."""
    adapter: TypeAdapter[Any] = TypeAdapter(number, config=ConfigDict(allow_inf_nan=False))

    def validate(value: Any, handler: Any) -> Any:
        if value is None or value == NOT_STATED:
            return value
        try:
            return adapter.validate_python(value)
        except ValidationError as exc:
            error = exc.errors()[0]
            raise PydanticCustomError(error["type"], error["msg"], error.get("ctx")) from None

    return WrapValidator(validate)


Count = Annotated[int, Field(ge=0, le=1_000_000)]
PartnerCount = Annotated[int, Field(ge=0, le=1000)]
Limit = Annotated[Euro | NotStated | None, _or_not_stated(Euro)]
CountLimit = Annotated[Count | NotStated | None, _or_not_stated(Count)]
PartnerLimit = Annotated[PartnerCount | NotStated | None, _or_not_stated(PartnerCount)]


class ApplicantRule(Model):
    """Who may apply: these legal forms, if they have these statuses (one alternative)."""

    legal_forms: list[Id] | None = Field(
        None, description="The legal forms this rule admits; null = not researched."
    )
    statuses: list[Id] = Field(default=[], description="Statuses these applicants must have.")
    min_eur: Limit = Field(None, description="A minimum grant for these applicants only.")
    max_eur: Limit = Field(None, description="A maximum grant for these applicants only.")
    founded_years_min: Annotated[int, Field(ge=0, le=200)] | None = Field(
        None, description="The organisation must exist for at least this many years."
    )
    note: str | None = None


class Applicants(Model):
    rules: list[ApplicantRule] | None = Field(
        None, description="Who may apply, one rule per alternative; null = not researched."
    )
    via_traeger: bool | None = Field(
        None, description="Others may apply through an eligible sponsor (Trägerschaft)."
    )
    note: str | None = None

    @property
    def legal_forms(self) -> list[str] | None:
        """Every legal form some rule admits (None: not researched)."""
        if self.rules is None or any(rule.legal_forms is None for rule in self.rules):
            return None
        return list(dict.fromkeys(form for rule in self.rules for form in rule.legal_forms or ()))


def known_amount(value: float | str | None) -> float | None:
    """A limit as a number, or None when it is unknown or not stated."""
    return None if value is None or isinstance(value, str) else value


def _not_below_min(value: Any, info: ValidationInfo, low_field: str) -> Any:
    """A maximum must not be below the minimum validated before it (located at the maximum)."""
    low = info.data.get(low_field)
    if isinstance(value, int | float) and isinstance(low, int | float) and low > value:
        raise ValueError(f"{low_field} ({low:g}) is greater than {info.field_name} ({value:g})")
    return value


class OwnShareException(Model):
    pct: Percent
    when: str = Field(min_length=1, description="When the exception applies, as the source says.")


class Funding(Model):
    type: FundingType | None = None
    rate_max_pct: Percent | None = Field(None, description="Highest regular funding rate (Förderquote).")
    own_share_min_pct: Percent | None = Field(
        None, description="The regular own share (Eigenanteil); exceptions go below."
    )
    own_share_exceptions: list[OwnShareException] = Field(
        default=[], description="Named exceptions to the regular own share (shown, not scored)."
    )
    in_kind_counts: bool | None = Field(
        None, description="Volunteer work counts towards the own share (Eigenleistung)."
    )
    min_eur: Limit = Field(None, description="Lowest grant; not_stated = the guideline names none.")
    max_eur: Limit = Field(None, description="Highest grant; not_stated = the guideline names none.")
    per_year: bool | None = Field(
        None, description="min_eur and max_eur are per year of the project (e.g. AMIF, BAMF)."
    )
    per_position: bool | None = Field(
        None, description="min_eur and max_eur are per full-time staff position."
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
    required_min: PartnerLimit = Field(
        None, description="Partners required; not_stated = the guideline names no such duty."
    )
    kind: PartnerKind | None = None


class StartRule(StrEnum):
    """When a project may start (vorzeitiger Maßnahmebeginn)."""

    AFTER_APPROVAL = "after_approval"  # not before the approval (Bewilligung)
    AFTER_SUBMISSION = "after_submission"  # once the application is in, at the sponsor's own risk
    ANY_TIME = "any_time"  # also projects already running


class PastAward(Model):
    """What a programme has paid out, as a source reports it."""

    year: Annotated[int, Field(ge=1990, le=2100)]
    count: Annotated[int, Field(ge=1, le=1_000_000)] | None = None
    min_eur: Euro | None = Field(None, description="The smallest grant that year.")
    max_eur: Euro | None = Field(None, description="The largest grant that year.")
    source: Annotated[int, Field(ge=0)] = Field(description="Index into sources.")
    note: str | None = None


class Evidence(Model):
    """Which source states a fact, and its words where they matter."""

    source: Annotated[int, Field(ge=0)] = Field(description="Index into sources.")
    quote: Annotated[str, Field(min_length=1, max_length=300)] | None = Field(
        None, description="At most 25 words from the source."
    )

    @field_validator("quote")
    @classmethod
    def _short(cls, value: str | None) -> str | None:
        if value is not None and len(value.split()) > 25:
            raise ValueError("a quote has at most 25 words")
        return value


class Rating(Model):
    level: int
    reason: str = Field(min_length=1)  # German, as staff rated it from the sources
    reason_en: str | None = Field(None, min_length=1, description="The reason in English.")

    @property
    def text(self) -> Text:
        """The reason in both languages; the German stands in until it is translated."""
        return Text(de=self.reason, en=self.reason_en or self.reason)


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
    participants_min: CountLimit = Field(
        None, description="Least participants; not_stated = the guideline names no minimum."
    )
    partners: Partners = Partners()
    start_rule: StartRule | None = Field(None, description="When a project may start.")
    past_awards: list[PastAward] = Field(default=[], description="Grants paid in past years.")
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
    evidence: dict[str, Evidence] = Field(
        default={}, description="Per fact (e.g. funding.max_eur): the source that states it."
    )

    @model_validator(mode="after")
    def _sources_exist(self) -> Program:
        cited = [e.source for e in self.evidence.values()] + [a.source for a in self.past_awards]
        for index in cited:
            if index >= len(self.sources):
                raise ValueError(f"source {index} does not exist (sources has {len(self.sources)})")
        return self


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
    legal_forms: list[Term]
    statuses: list[Term]
    themes: list[Term]
    target_groups: list[Term]
    cost_types: list[Term]
    partner_kinds: list[Term] = []
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
    statuses_applied: list[Id] = Field(default=[], description="Statuses applied for (beantragt).")
    founded: Annotated[int, Field(ge=1800, le=2100)] | None = Field(None, description="Year founded.")
    via_traeger: bool | None = Field(
        None, description="An eligible, charitable sponsor (Träger) would apply for the project."
    )
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
    partner_kinds: list[Id] = Field(default=[], description="What kinds of partners the project has.")
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
    positions: Annotated[float, Field(gt=0, le=1000)] | None = Field(
        None, description="Paid staff positions in the project, in full-time equivalents."
    )

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
    shortlist: list[Id] = Field(
        default=[], description="Programme ids the sponsor chose for the report (--pick), in order."
    )


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
