"""The ranking on the terminal: one block of lines per programme, grouped by eligibility.

Blocks instead of a wide table, so that every width from 60 to 200 columns reads well:
rich wraps each line at word boundaries and indents the continuation; only a single word
wider than the line (a long URL or id) is folded. Eligible programmes come first, then
those to check, each with what it pays, when to start writing, whom to contact and the
link; the *nein* programmes among the shown ones follow in one line each with the reason.
Every catalogue string reaches rich as a ``Text`` (``rich_text``), never as markup.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from rich.console import Console
from rich.text import Text

from fundmatch.i18n import t
from fundmatch.models import Budget
from fundmatch.reports.chances import (
    deadline_text,
    grant_text,
    hurdle_text,
    location_note,
    own_share_text,
    score_range,
)
from fundmatch.reports.common import band_text, day, outcome, text
from fundmatch.reports.document import OpenQuestion, Report, Result
from fundmatch.reports.terminal import print_lines, print_together, rich_text, web_link, wrapped
from fundmatch.rules.base import Side

GROUPS = ("yes", "check", "no")
INDENT = 4  # the lines of a block stand under the programme's name
# The words ``--only`` accepts for each eligibility, in both languages.
ONLY_WORDS = {
    "yes": "yes",
    "ja": "yes",
    "check": "check",
    "prüfen": "check",
    "pruefen": "check",
    "no": "no",
    "nein": "no",
}


def parse_only(value: str | None) -> frozenset[str] | None:
    """``ja,prüfen`` (or ``yes,check``) as eligibility ids; None shows every group.
    Raises ``ValueError`` with the unknown word."""
    if value is None:
        return None
    wanted = set()
    for word in (w.strip().lower() for w in value.split(",")):
        if not word:
            continue
        if word not in ONLY_WORDS:
            raise ValueError(word)
        wanted.add(ONLY_WORDS[word])
    return frozenset(wanted) or None


def shown_results(report: Report, top: int | None, only: Collection[str] | None) -> list[Result]:
    """The first ``top`` programmes of the groups asked for, in ranking order."""
    chosen = [r for r in report.results if only is None or r.eligibility in only]
    return chosen if top is None else chosen[:top]


def print_ranking_blocks(
    console: Console, report: Report, lang: str, top: int | None, only: Collection[str] | None = None
) -> int:
    """Print the ranking; returns how many programmes of the groups asked for were left out."""
    shown = shown_results(report, top, only)
    budget = report.answers.budget
    if note := location_note(report.answers, lang):
        print_lines(console, [note, ""])
    for group in GROUPS:
        members = [r for r in shown if r.eligibility == group]
        if not members:
            continue
        lines = [Text(t(f"rank.group.{group}", lang, count=len(members)), style="bold"), Text()]
        for r in members:
            if group == "no":
                lines += _wrapped(console, _refusal(r, lang))
            else:
                for line in _block(r, budget, lang):
                    lines += _wrapped(console, line)
                lines.append(Text())
        if group == "no":
            lines.append(Text())
        print_together(console, lines)
    if not shown:  # an empty catalogue is most likely the wrong folder: say so
        print_lines(
            console, [t("rank.none" if any(report.counts.values()) else "rank.empty_catalogue", lang)]
        )
    print_lines(console, [t("match.legend", lang)])
    total = sum(count for group, count in report.counts.items() if only is None or group in only)
    return total - len(shown)


# A line of a block: its text, the prefix of its first line (rank, bullet) and the indent
# of every line; the prefix stands in the indent, the wrapped rest under the text.
Line = tuple[Text, str, int]


def _wrapped(console: Console, line: Line | Text) -> list[Text]:
    body, prefix, indent = line if isinstance(line, tuple) else (line, "", INDENT)
    return wrapped(console, body, prefix, indent)


def _numbered(rank: int, body: Text) -> Line:
    return body, f"{rank}.", INDENT


def _bullet(body: Text) -> Line:
    return body, "•", INDENT + 2


def _head(r: Result) -> Line:
    return _numbered(r.rank, Text.assemble(rich_text(r.name, style="bold"), " ⚠" if r.warnings else ""))


def _label(key: str, lang: str, value: Text | str) -> Text:
    return Text.assemble((f"{t(key, lang)}: ", "dim"), rich_text(value) if isinstance(value, str) else value)


def _joined(parts: Iterable[Text]) -> Text:
    return Text(" · ").join(parts)


def _block(r: Result, budget: Budget, lang: str) -> list[Line | Text]:
    plan = r.plan
    lines: list[Line | Text] = [_head(r), rich_text(r.funder)]
    lines.append(
        _joined(
            [
                _label("col.id", lang, r.id),
                rich_text(band_text(r, lang)),
                Text(t("rank.score", lang, score=score_range(r, lang))),
                Text(t("rank.eligible", lang, outcome=outcome(r.eligibility, lang))),
            ]
        )
    )
    unknown = [text(c.label, lang) for c in r.details.criteria if not c.known] if r.details else []
    if unknown and r.score_low != r.score_high:
        lines.append(_label("rank.range_facts", lang, ", ".join(unknown)))
    lines.append(
        _joined(
            [
                _label("plan.grant", lang, grant_text(r, lang)),
                _label("plan.own_share", lang, own_share_text(r, budget, lang)),
            ]
        )
    )
    if hurdle := hurdle_text(r, lang):
        lines.append(rich_text(hurdle))
    when = [_label("col.next_deadline", lang, deadline_text(r, lang))]
    if plan is not None and plan.write_from is not None:
        when.append(_label("rank.write_from", lang, day(plan.write_from, lang)))
    lines.append(_joined(when))
    lines.append(_label("report.contact", lang, r.contact or t("report.not_recorded", lang)))
    if r.url:
        lines.append(_label("rank.link", lang, web_link(r.url)))
    if r.eligibility == "check":
        lines += _deciding(r, lang)
    return lines


def deciding_questions(r: Result) -> tuple[list[OpenQuestion], list[OpenQuestion]]:
    """The open facts that keep the programme at *prüfen*: for the funder, for the sponsor."""
    deciding = [q for q in r.open_questions if q.decides_gate]
    return (
        [q for q in deciding if q.side is Side.PROGRAM],
        [q for q in deciding if q.side is Side.SPONSOR],
    )


def _deciding(r: Result, lang: str) -> list[Line | Text]:
    funder, yours = deciding_questions(r)
    lines: list[Line | Text] = []
    for key, questions in (("rank.ask_funder", funder), ("rank.ask_yourself", yours)):
        if questions:
            lines.append(Text(t(key, lang, count=len(questions)), style="bold"))
            lines += [_bullet(rich_text(text(q.question, lang))) for q in questions]
    if not lines and r.details is not None:  # a gate open for a reason without a named fact
        reasons = [text(g.reason, lang) for g in r.details.gates if g.outcome == "check"]
        lines += [_label("rank.open", lang, reason) for reason in reasons]
    return lines


def _refusal(r: Result, lang: str) -> Line:
    reason = text(r.blocked_by, lang) if r.blocked_by else outcome("no", lang)
    return _numbered(
        r.rank, Text.assemble(rich_text(r.name), " (", rich_text(r.id), "): ", rich_text(reason, style="dim"))
    )
