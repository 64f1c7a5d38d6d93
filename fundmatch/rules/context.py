"""What every rule may consult besides the programme: the rubric, the answers, the date,
and what is worked out once per ranking instead of once per programme."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from fundmatch.models import Answers, Criterion, Gate, Rubric, Term
from fundmatch.rules.base import Number, Params, Rule
from fundmatch.rules.bits import bits

# The answers ``Context.started`` reads: the rules that ask it read these (``Rule.reads``).
STARTED_READS = frozenset({"timing.already_started", "timing.start"})


@dataclass
class Context:
    rubric: Rubric
    answers: Answers
    today: dt.date
    gates: list[tuple[Gate, Rule, Params]]
    criteria: list[tuple[Criterion, Rule, Params]]
    location_regions: frozenset[str] = frozenset()  # the sponsor's location and all around it
    location_inner: frozenset[str] = frozenset()  # regions inside the sponsor's location
    labels: dict[str, dict[str, Term]] = field(default_factory=dict)
    region_names: dict[str, str] = field(default_factory=dict)
    total_weight: Number = 100.0
    # The level an unknown fact gets per criterion id, set by the ranking's first pass.
    typical: dict[str, float] = field(default_factory=dict)
    _broader: dict[tuple[str, tuple[str, ...]], frozenset[str]] = field(default_factory=dict)
    _broader_bits: dict[tuple[str, tuple[str, ...]], int] = field(default_factory=dict)
    # Shared with the contexts made by with_answers: they have the same rubric.
    _reading: dict[frozenset[str] | None, tuple[list[Any], list[Any]]] = field(default_factory=dict)

    @classmethod
    def build(cls, rubric: Rubric, answers: Answers, today: dt.date) -> Context:
        from fundmatch.rules import rule_for  # the registry imports the rule modules

        v = rubric.vocabularies
        outer, inner = _around(v.regions, answers.organisation.location)
        labels = {
            name: {term.id: term for term in getattr(v, name)}
            for name in ("legal_forms", "statuses", "themes", "target_groups", "cost_types", "partner_kinds")
        }
        gates = [
            (g, rule_for(g.kind), rule_for(g.kind).params.model_validate(g.params)) for g in rubric.gates
        ]
        criteria = [
            (c, rule_for(c.kind), rule_for(c.kind).params.model_validate(c.params)) for c in rubric.criteria
        ]
        return cls(
            rubric,
            answers,
            today,
            gates,
            criteria,
            frozenset(outer),
            frozenset(inner),
            labels,
            {r.id: r.name for r in v.regions},
            sum(c.weight for c in rubric.criteria),
        )

    @property
    def started(self) -> bool | None:
        """Whether the project has begun: as answered, else not when its planned start is
        still to come (a file need not say so twice); None when neither tells."""
        started, start = self.answers.timing.already_started, self.answers.timing.start
        if started is None and start is not None and start > self.today:
            return False
        return started

    def with_answers(self, answers: Answers) -> Context:
        """The same context for changed answers: what depends on the rubric and the location
        is kept (a suggested change never moves the sponsor), the typical levels too."""
        if answers.organisation.location != self.answers.organisation.location:
            fresh = Context.build(self.rubric, answers, self.today)
            fresh.typical = self.typical
            return fresh
        return replace(self, answers=answers)

    def reading(
        self, changed: frozenset[str] | None
    ) -> tuple[list[tuple[int, Gate, Rule, Params]], list[tuple[int, Criterion, Rule, Params]]]:
        """The gates and criteria, with their place in the rubric, whose rules read one of the
        ``changed`` answers (all of them for None). Kept per set of answers: improvements ask
        for every programme they try a change on."""
        if changed not in self._reading:

            def runs(rule: Rule) -> bool:
                return changed is None or rule.reads_any(changed)

            self._reading[changed] = (
                [(i, *entry) for i, entry in enumerate(self.gates) if runs(entry[1])],
                [(i, *entry) for i, entry in enumerate(self.criteria) if runs(entry[1])],
            )
        return self._reading[changed]

    def with_broader(self, vocabulary: str, ids: Iterable[str]) -> frozenset[str]:
        """Terms with every term that includes them (Geflüchtete → Zugewanderte); kept per
        list of terms, since a ranking asks for the same few lists thousands of times."""
        key = (vocabulary, tuple(ids))
        found = self._broader.get(key)
        if found is None:
            known = self.labels[vocabulary]
            closure: set[str] = set()
            todo = list(key[1])
            while todo:
                current = todo.pop()
                if current not in closure:
                    closure.add(current)
                    todo += known[current].broader if current in known else []
            found = self._broader[key] = frozenset(closure)
        return found

    def broader_bits(self, vocabulary: str, ids: Iterable[str]) -> int:
        """``with_broader`` as bits (``fundmatch.rules.bits``), for the keys of the first pass."""
        key = (vocabulary, tuple(ids))
        found = self._broader_bits.get(key)
        if found is None:
            found = self._broader_bits[key] = bits(vocabulary, self.with_broader(vocabulary, key[1]))
        return found

    @cached_property
    def location_bits(self) -> tuple[int, int]:
        """``location_regions`` and ``location_inner`` as bits."""
        return bits("regions", self.location_regions), bits("regions", self.location_inner)

    def terms(self, vocabulary: str, ids: Iterable[str]) -> list[object]:
        """Labels of vocabulary ids (bilingual), for messages."""
        known = self.labels[vocabulary]
        return [known[i].label if i in known else i for i in ids]

    def contact(self, program: Any) -> object:
        """Whom to ask about a programme's open facts."""
        return program.contact or program.funder


def _around(regions: list[Any], location: str | None) -> tuple[set[str], set[str]]:
    """The regions that contain ``location`` (itself, its ancestors, named areas with any
    of them as member) and the regions inside it."""
    if location is None:
        return set(), set()
    parents = {r.id: r.parent for r in regions}
    outer: set[str] = set()
    region: str | None = location
    while region is not None and region not in outer:
        outer.add(region)
        region = parents.get(region)
    outer |= {r.id for r in regions if set(r.members) & outer}
    inner: set[str] = set()
    for r in regions:
        ancestor = r.parent
        seen: set[str] = set()
        while ancestor is not None and ancestor not in seen:
            if ancestor == location:
                inner.add(r.id)
                break
            seen.add(ancestor)
            ancestor = parents.get(ancestor)
    return outer, inner
