"""The rule registry: every kind whole in one module, and a new kind added from outside."""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import fundmatch.rules
from fundmatch import rules
from fundmatch.catalogue import load_catalogue, resolve_paths
from fundmatch.cli import app
from fundmatch.errors import DataError
from fundmatch.rules.base import Params, Rule, no_suggestions
from fundmatch.scoring import rank
from tests.conftest import DATA, ROOT
from tests.helpers import TODAY, answers
from tests.plugins import local_contact

HELPERS = {"base", "bits", "context", "levels"}  # modules of the package that are not rule kinds


def rule_modules() -> list[str]:
    return [m.name for m in pkgutil.iter_modules(fundmatch.rules.__path__) if m.name not in HELPERS]


@pytest.mark.parametrize("name", rule_modules())
def test_every_rule_module_is_whole_and_registered(name: str) -> None:
    module = importlib.import_module(f"fundmatch.rules.{name}")
    assert module.__doc__, f"{name}: say what the rule decides"
    rule = module.RULE
    assert isinstance(rule, Rule)
    assert rules.rule_for(rule.kind) is rule
    assert rule.facts, f"{name}: name the programme facts the rule reads"
    assert issubclass(rule.params, Params)
    assert callable(rule.check) and callable(rule.suggest)


def test_every_kind_in_the_shipped_schema_has_a_module() -> None:
    schema = json.loads((ROOT / "schema" / "rubric.schema.json").read_text(encoding="utf-8"))
    for definition, type_ in (("Gate", "gate"), ("Criterion", "criterion")):
        kinds = schema["$defs"][definition]["properties"]["kind"]["enum"]
        assert kinds == rules.kinds(type_)[: len(kinds)]
        assert set(kinds) <= set(rule_modules()) | {"curated"}


def test_a_kind_used_by_the_bundled_rubric_is_registered_and_every_kind_is_used() -> None:
    rubric = load_catalogue(resolve_paths(env={})).rubric
    used = {g.kind for g in rubric.gates} | {c.kind for c in rubric.criteria}
    assert used == set(rules.kinds("gate")) | set(rules.kinds("criterion")) - {local_contact.RULE.kind}


def test_vocabulary_fields_and_completeness_come_from_the_rules() -> None:
    fields = dict(rules.program_vocabulary())
    assert fields[("applicants", "rules", "*", "legal_forms")] == "legal_forms"
    assert fields[("funding", "eligible_costs")] == "cost_types"
    catalogue = load_catalogue(resolve_paths(DATA / "scoring", DATA / "rubric.yaml", {}))
    known = rules.known_facts(catalogue.get("kleinfonds"))
    assert known["funding.payment"] is True
    assert "applicants.rules.*.legal_forms" not in known  # checked for ids, not counted twice


def test_an_unknown_kind_in_a_rubric_is_a_located_error(tmp_path: Path) -> None:
    text = (DATA / "rubric.yaml").read_text(encoding="utf-8").replace("kind: own_share", "kind: own_shares")
    (tmp_path / "rubric.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_catalogue(resolve_paths(DATA / "scoring", tmp_path / "rubric.yaml", {}))
    (problem,) = caught.value.problems
    assert problem.message.render("en") == "unknown criterion kind 'own_shares'"
    assert problem.message.render("de") == "unbekannte Art 'own_shares' für ein Kriterium"
    assert [hint.render("en") for hint in problem.hints] == ["did you mean 'own_share'?"]


def test_a_legal_form_may_hold_only_known_statuses(tmp_path: Path) -> None:
    text = (DATA / "rubric.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "      en: Private person\n    statuses: []", "      en: Private person\n    statuses: [gemeinnutzig]"
    )
    (tmp_path / "rubric.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_catalogue(resolve_paths(DATA / "scoring", tmp_path / "rubric.yaml", {}))
    (problem,) = caught.value.problems
    assert problem.message.render("en") == "unknown term 'gemeinnutzig'"
    assert [hint.render("en") for hint in problem.hints] == ["did you mean 'gemeinnuetzig'?"]


def test_a_wrong_parameter_is_one_located_error(tmp_path: Path) -> None:
    text = (DATA / "rubric.yaml").read_text(encoding="utf-8").replace("theme_share:", "theme_shares:")
    (tmp_path / "rubric.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_catalogue(resolve_paths(DATA / "scoring", tmp_path / "rubric.yaml", {}))
    (problem,) = caught.value.problems
    assert problem.message.render("en") == "unknown parameter 'theme_shares' for kind theme_fit"
    assert problem.line == next(i for i, line in enumerate(text.splitlines(), 1) if "theme_shares" in line)


@pytest.fixture
def plugin() -> Rule:
    return rules.register(local_contact.RULE, local_contact.MESSAGES)


def test_a_rule_kind_from_outside_works_end_to_end(plugin: Rule, runner: CliRunner) -> None:
    assert plugin.suggest is no_suggestions
    catalogue = load_catalogue(resolve_paths(DATA / "scoring", DATA / "rubric-plugin.yaml", {}))
    ranking = rank(catalogue.programs, catalogue.rubric, answers(), TODAY)
    levels = {
        s.program.id: next(c.level for c in s.criteria if c.criterion.id == "beratung_nah") for s in ranking
    }
    assert levels == {"kleinfonds": 5, "grossprogramm": 3}
    result = runner.invoke(
        app,
        [
            "explain",
            "kleinfonds",
            "--programs",
            str(DATA / "scoring"),
            "--rubric",
            str(DATA / "rubric-plugin.yaml"),
            "--answers",
            str(ROOT / "examples" / "frauencafe-uslar.yaml"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Beratung in der Nähe." in result.output


def test_a_kind_is_registered_once(plugin: Rule) -> None:
    clone = Rule("local_contact", "criterion", local_contact.check, facts=plugin.facts)
    with pytest.raises(ValueError, match="already registered"):
        rules.register(clone)
