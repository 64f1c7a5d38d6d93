"""The registry of rule kinds: every gate and criterion kind that rubric.yaml may name.

Each kind lives whole in one module of this package (see ``base.Rule``); this registry maps
kinds to those modules. A rule defined elsewhere (a plug-in, a test) joins with ``register``.
"""

from __future__ import annotations

from collections.abc import Iterator

from fundmatch.messages import MESSAGES
from fundmatch.models import Program
from fundmatch.rules import (
    applicants,
    cost_types,
    curated,
    deadline,
    duration,
    grant_range,
    grant_size,
    liquidity,
    own_share,
    participants,
    partners,
    partners_abroad,
    prize,
    project_start,
    purpose,
    region,
    start_rule,
    status,
    target_groups,
    theme_fit,
)
from fundmatch.rules.base import Fact, Rule

_RULES: dict[str, Rule] = {}


def register(rule: Rule, messages: dict[str, dict[str, str]] | None = None) -> Rule:
    """Add a rule kind (and the messages its reasons use); a kind is registered once."""
    if rule.kind in _RULES and _RULES[rule.kind] is not rule:
        raise ValueError(f"rule kind '{rule.kind}' is already registered")
    for key, texts in (messages or {}).items():
        if key in MESSAGES and MESSAGES[key] != texts:
            raise ValueError(f"message '{key}' is already defined")
        MESSAGES[key] = texts
    _RULES[rule.kind] = rule
    return rule


for _module in (
    applicants,
    region,
    status,
    target_groups,
    purpose,
    grant_range,
    project_start,
    prize,
    partners_abroad,
    own_share,
    liquidity,
    grant_size,
    deadline,
    theme_fit,
    duration,
    participants,
    partners,
    cost_types,
    start_rule,
    curated,
):
    register(_module.RULE)


def registered() -> list[Rule]:
    """Every registered rule, gates and criteria."""
    return list(_RULES.values())


def rule_for(kind: str) -> Rule:
    """The rule of a kind; KeyError for an unknown kind (the rubric check reports it first)."""
    return _RULES[kind]


def kinds(role: str) -> list[str]:
    """The registered kinds of gates or of criteria."""
    return [kind for kind, rule in _RULES.items() if rule.role == role]


def facts() -> Iterator[Fact]:
    """Every programme fact some rule reads, each path once."""
    seen: set[str] = set()
    for rule in _RULES.values():
        for fact in rule.facts:
            if fact.path not in seen:
                seen.add(fact.path)
                yield fact


def known_facts(program: Program) -> dict[str, bool]:
    """Whether each counted fact the rules read is known for this programme."""
    return {fact.path: fact.known(program) for fact in facts() if fact.counted}


def program_vocabulary() -> list[tuple[tuple[str, ...], str]]:
    """Which programme fields draw their ids from which vocabulary, from the rules' facts."""
    return [(tuple(f.path.split(".")), f.vocabulary) for f in facts() if f.vocabulary]
