"""What every rule module provides, and the values rules return.

A rule module (yamllint's shape) holds one gate or criterion kind whole: its parameters as a
pydantic model, the check that decides an outcome or level with its reason, the programme
facts it reads (so the audit's completeness and the vocabulary checks derive from the rules)
and the changes to the answers it can suggest (so improvements never copy a rule's logic).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Strict

from fundmatch.i18n import Msg

if TYPE_CHECKING:
    from fundmatch.models import Program
    from fundmatch.rules.context import Context


class Params(BaseModel):
    """A rule's parameters in rubric.yaml; a rule without parameters uses this as it is."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# Parameter types that take no look-alikes: YAML's true is no number, 1 is no flag.
Number = Annotated[float, Strict()]
Whole = Annotated[int, Strict()]
Flag = Annotated[bool, Strict()]


class Outcome(StrEnum):
    """A gate's answer: ja, nein, or prüfen (a fact is open on one side)."""

    YES = "yes"
    CHECK = "check"
    NO = "no"


ELIGIBILITY_ORDER = {Outcome.YES: 0, Outcome.CHECK: 1, Outcome.NO: 2}


class Side(StrEnum):
    """Whose fact is open: the programme's (ask the funder) or the sponsor's (answer it)."""

    PROGRAM = "program"
    SPONSOR = "sponsor"


class OpenFact(NamedTuple):
    """The fact a *prüfen* or an unknown level waits for, and whom it concerns."""

    fact: str  # a fact path such as ``funding.max_eur`` or ``organisation.legal_form``
    side: Side
    question: Msg  # the question to ask, in the sponsor's words


class Verdict(NamedTuple):
    """A gate's outcome or a criterion's level (None: a fact is unknown), with its reason."""

    value: Any  # Outcome for gates; int | None for criteria
    reason: Msg
    open: OpenFact | None = None


class Change(NamedTuple):
    """A concrete change to the answers that could help a programme.

    ``updates`` maps an answers section to the fields it changes. ``this_application_only``
    marks a change of what is asked of this programme alone (a smaller request, part
    funding): the rest of the plan, and so every other programme, stays as answered."""

    message: Msg
    updates: dict[str, dict[str, Any]]
    this_application_only: bool = False


@dataclass(frozen=True)
class Fact:
    """A programme fact a rule reads: a dotted path, ``*`` for every item of a list."""

    path: str
    vocabulary: str | None = None  # ids in this fact must be in this vocabulary
    counted: Flag = True  # part of the audit's completeness (False: a detail of a counted fact)
    stated: Callable[[Program], bool] | None = None  # when the path alone cannot tell

    def known(self, program: Program) -> bool:
        """Whether the programme states the fact (``not_stated`` is a statement)."""
        if self.stated is not None:
            return self.stated(program)
        value: Any = program
        for part in self.path.split("."):
            if part == "*":
                return value is not None
            value = getattr(value, part, None)
        return value is not None and value != []


Check = Callable[["Program", "Context", Any, Any], Verdict]  # the last: the rubric entry
Suggest = Callable[["Program", "Context", Any], Iterable[Change]]
Key = Callable[["Program", str], Hashable]  # the second: the rubric entry's id
Narrow = Callable[[Sequence[Any], "Context", Any], list[Hashable]]  # keys, the sponsor, the parameters
OnDate = Callable[[Any, dt.date], Hashable]  # a key, the day of the ranking


def no_suggestions(program: Program, ctx: Context, params: Any) -> Iterable[Change]:
    return ()


@dataclass(frozen=True)
class Rule:
    """One gate or criterion kind."""

    kind: str
    role: Literal["gate", "criterion"]  # a gate decides ja/nein/prüfen, a criterion a level
    check: Check
    facts: tuple[Fact, ...] = ()
    params: type[Params] = Params
    suggest: Suggest = no_suggestions
    # The answers the check reads: fields (``timing.start``), whole sections (``organisation``)
    # or top-level answers (``effort``); None: any. A re-ranking for changed answers runs again
    # only the rules that read a changed field (tests/test_rule_reads.py checks the lists).
    reads: frozenset[str] | None = None
    # Everything about the programme that the check's outcome or level depends on, as one
    # hashable value: for the same sponsor, programmes with equal keys get the same outcome or
    # level, so a ranking checks one programme of each (fundmatch/columns.py). None: each
    # programme is checked. tests/test_columns.py ranks with and without the keys.
    key: Key | None = None
    # Where a rule's keys are many (sets of terms, dates): of each key, the part that decides
    # the outcome or level for this sponsor (the terms it names, the dates it passes), for
    # a list of keys at once. Groups whose keys narrow alike share one check. For a rule with
    # ``on_date``, the narrowing reads what the keys mean on the day.
    narrow: Narrow | None = None
    # Where a rule's keys hold dates: what a programme's key means on the day of the ranking,
    # for any sponsor (the next deadline, not every date); worked out once per catalogue and
    # day, and groups that mean the same share one check.
    on_date: OnDate | None = None

    def reads_any(self, answers: Collection[str]) -> bool:
        """Whether the check reads one of these answers (fields or whole sections); asked once
        per set of changed answers (``Context.reading`` keeps the answer)."""
        return self.reads is None or any(
            read == changed or read == changed.partition(".")[0] or read.startswith(changed + ".")
            for changed in answers
            for read in self.reads
        )
