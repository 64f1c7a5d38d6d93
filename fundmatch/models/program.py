"""A funding programme as staff write it in ``programs/ID.yaml``; ``None`` means unknown."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import (
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from fundmatch.models.common import (
    CountLimit,
    Euro,
    Id,
    Limit,
    Model,
    Months,
    PartnerLimit,
    Percent,
    Text,
    Url,
    _not_below_min,
)

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
    max_total_eur: Euro | None = Field(
        None, description="Highest total cost of a project the programme takes, where it sets one."
    )
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
    themes_required: list[Id] = Field(
        default=[],
        description="A project must have one of these themes: the purpose is bound to them (a sports "
        "fund, a cultural fund), the other themes are what such a project may also serve. "
        "[] = any of the themes.",
    )
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
