"""A sponsor's answers to the Leitfaden's five questions."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    Field,
    model_validator,
)

from fundmatch.models.common import (
    Euro,
    Id,
    Model,
    Months,
)

# --- answers -----------------------------------------------------------------------------


def _first_of_each(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


# A term named twice means it once. Keeping one also bounds a list by its vocabulary: a pasted
# list of 60,000 times the same theme took seconds to score.
Ids = Annotated[list[Id], AfterValidator(_first_of_each)]


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
    statuses: Ids | None = None
    statuses_applied: Ids = Field(default=[], description="Statuses applied for (beantragt).")
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
    partner_kinds: Ids = Field(default=[], description="What kinds of partners the project has.")
    transnational_partners: bool | None = None


class Needs(Model):
    """Was brauchen wir?"""

    themes: Ids = []
    target_groups: Ids = []
    cost_types: Ids = []
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
    shortlist: Ids = Field(
        default=[], description="Programme ids the sponsor chose for the report (--pick), in order."
    )
