"""The output formats the commands offer (a light module: the command line imports it at
start-up)."""

from __future__ import annotations

from enum import StrEnum


class MatchFormat(StrEnum):
    """``match --format``: a table for people, JSON for programs."""

    table = "table"
    json = "json"


class ProblemFormat(StrEnum):
    """``programs validate --format``: text, one parsable line per problem, or JSON."""

    text = "text"
    parsable = "parsable"
    json = "json"
