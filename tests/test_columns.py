"""The first pass by groups (``fundmatch.columns``) gives every programme the outcome and level
its own check gives: each rule's key names everything about a programme that the check reads.

Checked on the bundled catalogue and a generated one, where programmes share most keys,
for every example and sponsor profile and for answers that leave everything open."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from fundmatch.answers import load_answers
from fundmatch.catalogue import Catalogue, check_program_files, load_catalogue, program_files, resolve_paths
from fundmatch.columns import compiled, in_kept_order
from fundmatch.models import Answers, Program
from fundmatch.scoring import Context, _first_pass, rank, rank_in
from tests.helpers import ROOT
from tests.test_rule_reads import every_answers

TODAY = dt.date(2026, 12, 1)


def _generated(count: int, folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(count, folder)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    bundled = load_catalogue(resolve_paths(None, None, {}))
    files = program_files(_generated(400, tmp_path_factory.mktemp("generated")))
    generated, _, problems = check_program_files(files, bundled.rubric)
    assert not problems
    return Catalogue((*bundled.programs, *generated), bundled.rubric, bundled.paths, "", "")


def _one_by_one(programs: tuple[Program, ...], ctx: Context) -> list[tuple[object, ...]]:
    return [
        (
            program.id,
            tuple(rule.check(program, ctx, params, gate).value for gate, rule, params in ctx.gates),
            tuple(rule.check(program, ctx, params, c).value for c, rule, params in ctx.criteria),
        )
        for program in programs
    ]


def test_groups_give_each_programme_its_own_outcomes_and_levels(catalogue: Catalogue) -> None:
    for answers in [*every_answers(catalogue), Answers()]:
        ctx = Context.build(catalogue.rubric, answers, TODAY)
        rows = _first_pass(catalogue.programs, ctx).rows
        grouped = [(program.id, outcomes, levels) for program, outcomes, levels, _ in rows]
        assert grouped == _one_by_one(catalogue.programs, ctx), answers.project.title


def test_one_catalogue_ranked_on_other_days_reads_each_day(catalogue: Catalogue) -> None:
    """What dated keys mean is worked out per day (``Rule.on_date``): the next deadline a
    year later, or back on the first day, is that day's."""
    for answers in every_answers(catalogue)[:3]:
        for today in (TODAY, TODAY + dt.timedelta(days=200), TODAY + dt.timedelta(days=500), TODAY):
            ctx = Context.build(catalogue.rubric, answers, today)
            rows = _first_pass(catalogue.programs, ctx).rows
            grouped = [(program.id, outcomes, levels) for program, outcomes, levels, _ in rows]
            assert grouped == _one_by_one(catalogue.programs, ctx), (answers.project.title, today)


def test_generated_programmes_share_keys(catalogue: Catalogue) -> None:
    """The comparison above has power only where programmes share a key."""
    table = compiled(catalogue.programs)
    ctx = Context.build(catalogue.rubric, Answers(), TODAY)
    sizes = {
        item.id: len(groups.members)
        for item, rule, _ in [*ctx.gates, *ctx.criteria]
        if (groups := table.groups(rule, item.id)) is not None
    }
    assert len(sizes) == len(ctx.gates) + len(ctx.criteria)  # every bundled rule has a key
    assert sum(size < len(catalogue.programs) / 2 for size in sizes.values()) >= len(sizes) / 2


def test_a_catalogue_is_grouped_once_and_a_list_each_time(catalogue: Catalogue) -> None:
    programs = catalogue.programs
    assert compiled(programs) is compiled(programs)
    assert compiled(list(programs)) is not compiled(list(programs))  # a list may change
    first = compiled(programs)
    assert compiled(programs[1:]) is not first


def test_a_ranking_of_the_kept_catalogue_is_put_back_in_its_order(catalogue: Catalogue) -> None:
    """A re-ranking uses the catalogue's groups when it ranks exactly its programmes."""
    programs = catalogue.programs
    compiled(programs)
    shuffled = list(reversed(programs))
    kept = in_kept_order(shuffled)
    assert kept is not None and kept[0] is programs
    assert [shuffled[index] for index in kept[1]] == list(programs)
    assert in_kept_order(shuffled[1:]) is None  # not all of them
    assert in_kept_order([*shuffled[1:], shuffled[1]]) is None  # one of them twice
    assert in_kept_order([program.model_copy() for program in programs]) is None  # equal, not the same


def test_ranking_the_same_catalogue_again_gives_the_same_ranking(catalogue: Catalogue) -> None:
    answers = load_answers(ROOT / "examples" / "frauencafe-uslar.yaml", catalogue.rubric)
    first = rank(catalogue.programs, catalogue.rubric, answers, TODAY)
    again = rank(catalogue.programs, catalogue.rubric, answers, TODAY)
    fresh = rank_in(iter(catalogue.programs), Context.build(catalogue.rubric, answers, TODAY))
    assert [(s.program.id, s.score, s.eligibility) for s in first] == [
        (s.program.id, s.score, s.eligibility) for s in again
    ]
    assert [(s.program.id, s.score, s.eligibility) for s in first] == [
        (s.program.id, s.score, s.eligibility) for s in fresh
    ]
