"""Properties of the treatment of unknown facts: ignorance is not rewarded, and a gap is not
punished as if the worst were true."""

from __future__ import annotations

import random
import statistics
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from fundmatch.catalogue import load_catalogue, resolve_paths
from fundmatch.models import Program, Rating
from fundmatch.points import typical_levels
from fundmatch.scoring import Context, rank, score_program
from tests.helpers import TODAY, answers, changed, small_catalogue

CATALOGUE = small_catalogue()
BASE = CATALOGUE.get("kleinfonds")
CRITERIA = len(CATALOGUE.rubric.criteria)
RATED = "antragsaufwand"  # a curated criterion: its level is the stated rating itself


def with_rating(program_id: str, level: int | None) -> Program:
    ratings = {k: v for k, v in BASE.ratings.items() if k != RATED}
    if level is not None:
        ratings[RATED] = Rating(level=level, reason="Test.")
    return changed(BASE, id=program_id, ratings=ratings)


levels = st.one_of(st.none(), st.integers(1, 5))
catalogues = st.lists(levels, min_size=1, max_size=30)
# A level per criterion and programme: a column per criterion, as long as the catalogue.
columns_of_levels = st.integers(1, 30).flatmap(
    lambda n: st.lists(st.lists(levels, min_size=n, max_size=n), min_size=CRITERIA, max_size=CRITERIA)
)


@settings(max_examples=200, deadline=None)
@given(columns=columns_of_levels)
def test_the_typical_level_is_the_median_of_the_known_levels_pulled_to_neutral(
    columns: list[list[int | None]],
) -> None:
    ctx = Context.build(CATALOGUE.rubric, answers(), TODAY)
    scale = CATALOGUE.rubric.scale
    typical = typical_levels(columns, ctx)
    for (criterion, _, _), column in zip(ctx.criteria, columns, strict=True):
        known = [level for level in column if level is not None]
        if not known:
            assert criterion.id not in typical
            continue
        median = statistics.median_low(known)
        pull = len(known) / (len(known) + scale.unknown_prior)
        expected = median if median <= scale.neutral else scale.neutral + pull * (median - scale.neutral)
        assert typical[criterion.id] == expected


@settings(max_examples=80, deadline=None)
@given(levels=catalogues)
def test_knowing_less_never_outranks_an_equal_programme_with_a_typical_value(
    levels: list[int | None],
) -> None:
    others = [with_rating(f"p{i}", level) for i, level in enumerate(levels)]
    known = [level for level in levels if level is not None] or [3]
    typical = statistics.median_low(known)
    sparse, documented = with_rating("sparse", None), with_rating("documented", typical)
    ranking = rank([*others, sparse, documented], CATALOGUE.rubric, answers(), TODAY)
    order = [s.program.id for s in ranking]
    assert order.index("documented") < order.index("sparse")


@settings(max_examples=80, deadline=None)
@given(levels=catalogues)
def test_filling_in_a_typical_value_moves_a_programme_little(levels: list[int | None]) -> None:
    others = [with_rating(f"p{i}", level) for i, level in enumerate(levels)]
    known = [level for level in levels if level is not None]
    typical = statistics.median_low(known) if known else 3
    ranking = rank([*others, with_rating("sparse", None)], CATALOGUE.rubric, answers(), TODAY)
    before = next(s for s in ranking if s.program.id == "sparse")
    after_ranking = rank([*others, with_rating("sparse", typical)], CATALOGUE.rubric, answers(), TODAY)
    after = next(s for s in after_ranking if s.program.id == "sparse")
    weight = next(c.criterion.weight for c in before.criteria if c.criterion.id == RATED)
    # At most the pull towards neutral of one criterion: half its weight's worth of points.
    assert 0 <= after.score - before.score <= weight / 2 + 0.1
    assert before.score_low <= before.score <= before.score_high
    assert after.confidence > before.confidence


def test_an_unknown_fact_is_not_worse_than_the_catalogue_makes_likely() -> None:
    good = [with_rating(f"p{i}", 5) for i in range(20)]
    ranking = rank([*good, with_rating("sparse", None)], CATALOGUE.rubric, answers(), TODAY)
    sparse = next(s for s in ranking if s.program.id == "sparse")
    result = next(c for c in sparse.criteria if c.criterion.id == RATED)
    assert not result.known
    assert result.level == 4  # the median 5, pulled towards neutral by the prior of 10
    assert sparse.score_low < sparse.score < sparse.score_high


resources = st.fixed_dictionaries(
    {
        "own_funds_eur": st.floats(0, 50000),
        "volunteer_hours": st.floats(0, 2000),
        "prefinance_months": st.floats(0, 48),
        "partners": st.integers(0, 10),
    }
)
BUNDLED = load_catalogue(resolve_paths(env={}))


@settings(max_examples=40, deadline=None)
@given(res=resources, extra=st.floats(0, 20000), months=st.floats(0, 24), partners=st.integers(0, 5))
def test_more_means_never_lower_scores(
    res: dict[str, Any], extra: float, months: float, partners: int
) -> None:
    before = answers(resources=res)
    richer = answers(
        resources={
            **res,
            "own_funds_eur": res["own_funds_eur"] + extra,
            "prefinance_months": res["prefinance_months"] + months,
            "partners": res["partners"] + partners,
        }
    )
    # Scored alone (typical levels fixed), so only the answers differ.
    ctx_before = Context.build(BUNDLED.rubric, before, TODAY)
    ctx_after = Context.build(BUNDLED.rubric, richer, TODAY)
    for program in BUNDLED.programs:
        low = score_program(program, ctx_before)
        high = score_program(program, ctx_after)
        assert 0 <= low.score_low <= low.score <= low.score_high <= 100
        assert 0 <= low.confidence <= 100
        assert high.score >= low.score, program.id


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000), res=resources)
def test_ranking_is_deterministic_and_independent_of_file_order(seed: int, res: dict[str, Any]) -> None:
    given_answers = answers(resources=res)
    programs: list[Program] = list(BUNDLED.programs)
    first = [s.program.id for s in rank(programs, BUNDLED.rubric, given_answers, TODAY)]
    random.Random(seed).shuffle(programs)
    second = [s.program.id for s in rank(programs, BUNDLED.rubric, given_answers, TODAY)]
    assert first == second
