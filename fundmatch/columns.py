"""A catalogue compiled for ranking: what depends on the programmes alone, worked out once per
catalogue instead of once per sponsor.

For each rule, the programmes are grouped by the facts its check reads (``Rule.key``): a
ranking checks one programme of each group and gives the others the same outcome or level.
Ten thousand programmes fall into at most a few hundred groups for most rules (own share,
payment, duration, the curated ratings: 17 of the 23 bundled gates and criteria), so a
ranking does a fifth of the checks it did.
The next deadline of every programme is kept per date.

The last catalogue ranked is kept (``compiled``): a tuple of frozen programmes cannot change,
so the same tuple is the same catalogue. The catalogue cache stores the groups beside the
programmes (``group_table``, ``remember``), so a run from the cache does not group again.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, NamedTuple

from fundmatch.gcpause import gc_paused
from fundmatch.models import Criterion, Gate, Program, Rubric
from fundmatch.rules.base import Rule
from fundmatch.rules.deadline import next_deadline


class Groups(NamedTuple):
    members: dict[int, Program]  # the first programme of each group
    group_of: list[int]  # each programme's group


class Compiled:
    """One catalogue's programmes with their groups per rule and deadlines per date, each
    worked out when first asked for (or brought along by the catalogue cache)."""

    def __init__(self, programs: Sequence[Program], groups: Mapping[str, list[int]] | None = None) -> None:
        self.programs = programs
        self._groups: dict[str, Groups | None] = {
            name: Groups(_members(programs, group_of), group_of) for name, group_of in (groups or {}).items()
        }
        self._keys: dict[str, list[Hashable]] = {}
        self._deadlines: dict[dt.date, list[dt.date | None]] = {}

    def values(
        self,
        rule: Rule,
        item_id: str,
        value: Callable[[Program], Any],
        narrow: Callable[[Hashable], Hashable] | None = None,
    ) -> list[Any]:
        """``value`` of every programme, in order, worked out once per group — or once per
        set of groups whose keys ``narrow`` alike (``Rule.narrow``, for this sponsor)."""
        groups = self.groups(rule, item_id)
        if groups is None:
            return [value(program) for program in self.programs]
        if narrow is None:
            found = {group: value(program) for group, program in groups.members.items()}
        else:
            shared: dict[Hashable, Any] = {}
            found = {}
            for (group, program), key in zip(groups.members.items(), self.keys(rule, item_id), strict=True):
                narrowed = narrow(key)
                if narrowed not in shared:
                    shared[narrowed] = value(program)
                found[group] = shared[narrowed]
        return [found[group] for group in groups.group_of]

    def groups(self, rule: Rule, item_id: str) -> Groups | None:
        """The programmes grouped by the rule's key (None for a rule without one)."""
        name = f"{rule.kind}/{item_id}"
        if name not in self._groups:
            found = None
            if rule.key is not None:
                found, self._keys[name] = _group(self.programs, rule.key, item_id)
            self._groups[name] = found
        return self._groups[name]

    def keys(self, rule: Rule, item_id: str) -> list[Hashable]:
        """Each group's key, in the groups' order (for groups from the cache, worked out
        from one programme of each)."""
        name = f"{rule.kind}/{item_id}"
        if name not in self._keys:
            groups = self.groups(rule, item_id)
            assert groups is not None and rule.key is not None
            self._keys[name] = [rule.key(program, item_id) for program in groups.members.values()]
        return self._keys[name]

    def group_table(self, rubric: Rubric) -> dict[str, list[int]]:
        """Each group of every gate and criterion of the rubric, for the catalogue cache."""
        from fundmatch.rules import rule_for  # the registry imports the rule modules

        items: list[Gate | Criterion] = [*rubric.gates, *rubric.criteria]
        with gc_paused():  # grouping makes a key per programme and rule; see gcpause
            return {
                f"{item.kind}/{item.id}": groups.group_of
                for item in items
                if (groups := self.groups(rule_for(item.kind), item.id)) is not None
            }

    def deadlines(self, today: dt.date) -> list[dt.date | None]:
        """Every programme's next deadline on or after ``today``."""
        if today not in self._deadlines:
            self._deadlines[today] = [next_deadline(program, today) for program in self.programs]
        return self._deadlines[today]


def _group(
    programs: Sequence[Program], key: Callable[[Program, str], Hashable], item_id: str
) -> tuple[Groups, list[Hashable]]:
    """The programmes grouped by their keys, and each group's key."""
    slots: dict[Hashable, int] = {}  # groups are numbered as first met
    group_of = [slots.setdefault(key(program, item_id), len(slots)) for program in programs]
    return Groups(_members(programs, group_of), group_of), list(slots)


def _members(programs: Sequence[Program], group_of: list[int]) -> dict[int, Program]:
    if len(group_of) != len(programs):
        raise ValueError("groups of another catalogue")
    members: dict[int, Program] = {}
    for program, group in zip(programs, group_of, strict=True):
        members.setdefault(group, program)
    return members


_lock = threading.Lock()
_last: Compiled | None = None


def remember(programs: tuple[Program, ...], groups: Mapping[str, list[int]]) -> None:
    """Keep the groups the catalogue cache brings along for these programmes; ValueError
    for groups of another catalogue."""
    global _last
    table = Compiled(programs, groups)
    with _lock:
        _last = table


def compiled(programs: Sequence[Program]) -> Compiled:
    """The compiled catalogue of these programmes: kept for a tuple (a catalogue's programmes:
    the web app ranks the same one for every sponsor), made afresh for anything else."""
    global _last
    if not isinstance(programs, tuple):
        return Compiled(programs)
    with _lock:
        if _last is None or _last.programs is not programs:
            _last = Compiled(programs)
        return _last
