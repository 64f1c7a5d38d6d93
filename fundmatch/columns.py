"""A catalogue compiled for ranking: what depends on the programmes alone, worked out once per
catalogue instead of once per sponsor.

For each rule, the programmes are grouped by the facts its check reads (``Rule.key``): a
ranking checks one programme of each group and gives the others the same outcome or level.
Ten thousand programmes fall into at most a few hundred groups for most rules (own share,
payment, duration, the curated ratings: 17 of the 23 bundled gates and criteria). Where the
groups are many (sets of themes, regions, dates), groups whose keys narrow alike for the
sponsor share one check (``Rule.narrow``; the keys are kept, small, with sets of terms as
bits), and dates are first read as what they mean on the day (``Rule.on_date``: the next
deadline, kept for the last day). A ranking of 10,000 generated programmes runs about 1,400
checks instead of 230,000. The next deadline of every programme is kept per date.

The last catalogue ranked is kept (``compiled``): a tuple of frozen programmes cannot change,
so the same tuple is the same catalogue. The catalogue cache stores the groups beside the
programmes (``group_table``, ``remember``), so a run from the cache does not group again.
"""

from __future__ import annotations

import datetime as dt
import threading
from array import array
from collections.abc import Callable, Hashable, Mapping, Sequence
from functools import cached_property
from typing import Any, NamedTuple

from fundmatch.gcpause import gc_paused
from fundmatch.models import Criterion, Gate, Program, Rubric
from fundmatch.rules.base import Rule
from fundmatch.rules.deadline import next_deadline


class Groups(NamedTuple):
    members: list[Program]  # the first programme of each group, in the groups' order
    group_of: array[int]  # each programme's group (numbered as first met): 4 bytes each


class Compiled:
    """One catalogue's programmes with their groups per rule and deadlines per date, each
    worked out when first asked for (or brought along by the catalogue cache)."""

    def __init__(self, programs: Sequence[Program], groups: Mapping[str, list[int]] | None = None) -> None:
        self.programs = programs
        self._groups: dict[str, Groups | None] = {
            name: _groups(programs, _numbers(group_of)) for name, group_of in (groups or {}).items()
        }
        self._deadlines: dict[dt.date, list[dt.date | None]] = {}
        self._dated: dict[str, tuple[dt.date, Groups, list[Hashable]]] = {}
        self._keys: dict[str, list[Hashable]] = {}

    def values(
        self,
        rule: Rule,
        item_id: str,
        value: Callable[[Program], Any],
        narrow: Callable[[Sequence[Hashable]], list[Hashable]] | None = None,
        today: dt.date | None = None,
    ) -> list[Any]:
        """``value`` of every programme, in order, worked out once per group — or once per
        set of groups whose keys ``narrow`` alike (``Rule.narrow``, for this sponsor) or
        mean the same ``today`` (``Rule.on_date``)."""
        groups = self.groups(rule, item_id)
        if groups is None:
            return [value(program) for program in self.programs]
        keys: list[Hashable] | None = None
        if rule.on_date is not None and today is not None:
            groups, keys = self.dated(rule, item_id, groups, today)
        if narrow is None:
            found = [value(program) for program in groups.members]
        else:
            narrowed = narrow(self.keys(rule, item_id, groups) if keys is None else keys)
            # One check per narrowed key, of a programme that has it (the first: built from
            # the end, the dict keeps the last one it meets).
            checked = dict(zip(reversed(narrowed), reversed(groups.members), strict=True))
            values = {part: value(program) for part, program in checked.items()}
            found = list(map(values.__getitem__, narrowed))
        return list(map(found.__getitem__, groups.group_of))

    @cached_property
    def positions(self) -> dict[int, int]:
        """Each programme's place, by the programme object's identity (a programme's hash
        would read all its fields)."""
        return {id(program): index for index, program in enumerate(self.programs)}

    def groups(self, rule: Rule, item_id: str) -> Groups | None:
        """The programmes grouped by the rule's key (None for a rule without one)."""
        name = f"{rule.kind}/{item_id}"
        if name not in self._groups:
            self._groups[name] = None if rule.key is None else _group(self.programs, rule.key, item_id)
        return self._groups[name]

    def keys(self, rule: Rule, item_id: str, groups: Groups) -> list[Hashable]:
        """The key of each group's first programme, kept for narrowing (small: terms as bits)."""
        name = f"{rule.kind}/{item_id}"
        if name not in self._keys:
            assert rule.key is not None
            self._keys[name] = [rule.key(program, item_id) for program in groups.members]
        return self._keys[name]

    def dated(
        self, rule: Rule, item_id: str, groups: Groups, today: dt.date
    ) -> tuple[Groups, list[Hashable]]:
        """``groups`` joined where their keys mean the same on ``today`` (``Rule.on_date``),
        with that meaning for each; kept for the last day asked."""
        name = f"{rule.kind}/{item_id}"
        if name not in self._dated or self._dated[name][0] != today:
            assert rule.key is not None and rule.on_date is not None
            on_date, key = rule.on_date, rule.key
            slots: dict[Hashable, int] = {}  # groups are numbered as first met
            joined = [
                slots.setdefault(on_date(key(member, item_id), today), len(slots))
                for member in groups.members
            ]
            dated = _groups(self.programs, array("I", [joined[group] for group in groups.group_of]))
            self._dated[name] = (today, dated, list(slots))
        _today, dated, keys = self._dated[name]
        return dated, keys

    def group_table(self, rubric: Rubric) -> dict[str, list[int]]:
        """Each group of every gate and criterion of the rubric, for the catalogue cache."""
        from fundmatch.rules import rule_for  # the registry imports the rule modules

        items: list[Gate | Criterion] = [*rubric.gates, *rubric.criteria]
        with gc_paused():  # grouping makes a key per programme and rule; see gcpause
            return {
                f"{item.kind}/{item.id}": groups.group_of.tolist()
                for item in items
                if (groups := self.groups(rule_for(item.kind), item.id)) is not None
            }

    def deadlines(self, today: dt.date) -> list[dt.date | None]:
        """Every programme's next deadline on or after ``today``."""
        if today not in self._deadlines:
            self._deadlines[today] = [next_deadline(program, today) for program in self.programs]
        return self._deadlines[today]


def _group(programs: Sequence[Program], key: Callable[[Program, str], Hashable], item_id: str) -> Groups:
    slots: dict[Hashable, int] = {}  # groups are numbered as first met
    group_of = array("I", [slots.setdefault(key(program, item_id), len(slots)) for program in programs])
    return _groups(programs, group_of)


def _numbers(group_of: list[int]) -> array[int]:
    try:
        return array("I", group_of)
    except OverflowError:  # a negative group, or one beyond 4 bytes
        raise ValueError("groups of another catalogue") from None


def _groups(programs: Sequence[Program], group_of: array[int]) -> Groups:
    """The groups with the first programme of each; ValueError unless every programme has a
    group and the groups are numbered as first met (groups of another catalogue)."""
    if len(group_of) != len(programs):
        raise ValueError("groups of another catalogue")
    members: list[Program] = []
    for program, group in zip(programs, group_of, strict=True):
        if group == len(members):
            members.append(program)
        elif group > len(members):
            raise ValueError("groups of another catalogue")
    return Groups(members, group_of)


_lock = threading.Lock()
_last: Compiled | None = None


def remember(programs: tuple[Program, ...], groups: Mapping[str, list[int]]) -> None:
    """Keep the groups the catalogue cache brings along for these programmes; ValueError
    for groups of another catalogue."""
    global _last
    table = Compiled(programs, groups)
    with _lock:
        _last = table


def in_kept_order(programs: Sequence[Program]) -> tuple[Sequence[Program], list[int]] | None:
    """The kept catalogue's programmes and, for each of them, its index in ``programs`` — if
    ``programs`` are those programmes in another order (a ranking of the catalogue), so that
    the catalogue's groups serve; None otherwise."""
    with _lock:
        table = _last
    if table is None or len(programs) != len(table.programs):
        return None
    position = table.positions
    order = [-1] * len(programs)
    for index, program in enumerate(programs):
        at = position.get(id(program))
        if at is None or order[at] != -1:
            return None
        order[at] = index
    return table.programs, order


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
