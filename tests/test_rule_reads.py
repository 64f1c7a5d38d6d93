"""Each rule's ``reads`` — the answers its check depends on — is complete: an answer a rule
does not list never changes its outcome or level. A re-ranking for changed answers runs
only the rules that read a changed answer, so a missing entry would leave a stale level."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from fundmatch.answers import load_answers
from fundmatch.catalogue import Catalogue, load_catalogue, resolve_paths
from fundmatch.models import Answers
from fundmatch.rules import registered
from fundmatch.rules.base import Rule
from fundmatch.scoring import Context
from tests.conftest import ROOT
from tests.helpers import TODAY

SECTIONS = ("project", "organisation", "resources", "needs", "budget", "timing")


@pytest.fixture(scope="module")
def bundled() -> Catalogue:
    return load_catalogue(resolve_paths(env={}))


def every_answers(catalogue: Catalogue) -> list[Answers]:
    """The examples' and the sponsor profiles' answers: many different sponsors."""
    found = [load_answers(path, catalogue.rubric) for path in sorted((ROOT / "examples").glob("*.yaml"))]
    profiles = sorted((Path(__file__).parent / "profiles").glob("*.yaml"))
    return found + [
        Answers.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))["answers"])
        for path in profiles
    ]


def answer_fields() -> list[str]:
    """Every answer a sponsor gives: ``section.field``, and the top-level ones (``effort``)."""
    fields = [
        f"{section}.{name}"
        for section in SECTIONS
        for name in Answers.model_fields[section].annotation.model_fields
    ]
    return fields + [name for name in Answers.model_fields if name not in SECTIONS]


def swapped(answers: Answers, other: Answers, field: str) -> Answers:
    """``answers`` with one answer taken from ``other``."""
    section, _, name = field.partition(".")
    if not name:
        return answers.model_copy(update={section: getattr(other, section)})
    value: Any = getattr(getattr(other, section), name)
    return answers.model_copy(update={section: getattr(answers, section).model_copy(update={name: value})})


def test_every_bundled_rule_says_what_it_reads() -> None:
    assert [rule.kind for rule in registered() if rule.reads is None] == []


def test_an_answer_a_rule_does_not_read_never_changes_its_result(bundled: Catalogue) -> None:
    sponsors = every_answers(bundled)
    assert len(sponsors) >= 10
    rules: list[Rule] = registered()
    changed_somewhere: set[str] = set()
    for answers, other in zip(sponsors, sponsors[1:] + sponsors[:1], strict=True):
        before = Context.build(bundled.rubric, answers, TODAY)
        entries = [*before.gates, *before.criteria]
        for field in answer_fields():
            after_answers = swapped(answers, other, field)
            if after_answers == answers:
                continue
            after = Context.build(bundled.rubric, after_answers, TODAY)
            for (entry, rule, params), (_, _, params_after) in zip(
                entries, [*after.gates, *after.criteria], strict=True
            ):
                if rule.reads_any([field]):
                    continue
                for program in bundled.programs:
                    old = rule.check(program, before, params, entry).value
                    new = rule.check(program, after, params_after, entry).value
                    assert old == new, (rule.kind, field, program.id)
            changed_somewhere.add(field)
    # The swaps really changed most answers (else the test would prove little).
    assert len(changed_somewhere) >= len(answer_fields()) - 4, sorted(
        set(answer_fields()) - changed_somewhere
    )
    assert {rule.kind for rule in rules} >= {"own_share", "deadline", "applicants", "curated"}


def test_reads_any_matches_fields_and_sections() -> None:
    rule = next(rule for rule in registered() if rule.kind == "own_share")
    assert rule.reads_any(["resources.own_funds_eur"])
    assert not rule.reads_any(["resources.prefinance_months", "timing.start"])
    applicants = next(rule for rule in registered() if rule.kind == "applicants")
    assert applicants.reads_any(["organisation.statuses"])  # it reads the whole section
    assert rule.reads_any(["resources"])  # a whole section changed
    assert Rule("any", "gate", lambda *_: None).reads_any(["timing.start"])  # type: ignore[arg-type,return-value]
