from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

from typer.testing import CliRunner

from fundmatch.audit import Urgency, audit, audit_program, known_facts, url_problem
from fundmatch.auditreport import render_csv, render_text
from fundmatch.catalogue import load_catalogue, resolve_paths
from fundmatch.cli import app
from fundmatch.models import Deadlines, Program, ProgramStatus, Source
from tests.conftest import DATA, ROOT

TODAY = dt.date(2026, 11, 25)


def program(program_id: str = "kleinfonds") -> Program:
    """A test programme; the small fund made complete, with a real-looking source."""
    found = load_catalogue(resolve_paths(DATA / "scoring", ROOT / "rubric.yaml", {})).get(program_id)
    if program_id != "kleinfonds":
        return found
    url = "https://www.landkreis-northeim.de/foerderung"
    source = Source(url=url, checked=dt.date(2026, 10, 1))
    return found.model_copy(update={"summary": "Kleiner Fonds.", "url": url, "sources": [source]})


def findings(item: Program) -> list[str]:
    return [f.render("de") for f in audit_program(item, TODAY).findings]


def test_broken_looking_urls() -> None:
    assert url_problem("https://www.nbank.de/foerderung") is None
    assert url_problem("http://www.bamf.de/x") is None  # whether it redirects: audit --online
    assert url_problem("https://example.org/x").render("de") == "Platzhalter-Adresse"  # type: ignore[union-attr]
    assert url_problem("https://intranet/x").render("de") == "Platzhalter-Adresse"  # type: ignore[union-attr]
    assert url_problem("https://a.de/x y").render("de") == "unzulässige Zeichen"  # type: ignore[union-attr]


def test_complete_recent_programme_needs_no_attention() -> None:
    result = audit_program(program(), TODAY)
    assert result.completeness == 1.0
    assert not result.stale
    assert result.findings == ()


def test_stale_expired_and_passed_programmes_are_flagged() -> None:
    old = program("grossprogramm")  # checked 2025-06-01
    assert findings(old) == [
        "zuletzt am 01.06.2025 geprüft – älter als 12 Monate",
        "URL sieht fehlerhaft aus (Platzhalter-Adresse): https://example.org/gross",
    ]
    expired = program().model_copy(update={"valid_until": dt.date(2026, 1, 31)})
    assert "lief bis 31.01.2026, ist aber nicht als beendet markiert" in findings(expired)
    passed = program().model_copy(update={"deadlines": Deadlines(rolling=False, dates=[dt.date(2026, 3, 1)])})
    assert "als offen markiert, aber die letzte Frist (01.03.2026) ist verstrichen" in findings(passed)
    ended = passed.model_copy(update={"status": ProgramStatus.ENDED})
    assert not any("Frist" in f for f in findings(ended))


def test_deadlines_within_sixty_days_and_completeness() -> None:
    soon = program().model_copy(
        update={"deadlines": Deadlines(dates=[dt.date(2026, 12, 15), dt.date(2027, 6, 1)]), "summary": None}
    )
    result = audit_program(soon, TODAY)
    assert result.soon == (dt.date(2026, 12, 15),)
    facts = known_facts(soon)
    assert facts["summary"] is False
    assert result.completeness == sum(facts.values()) / len(facts)
    assert result.completeness < audit_program(program(), TODAY).completeness


def test_summary_counts() -> None:
    report = audit([program(), program("grossprogramm")], TODAY)
    mean = sum(p.completeness for p in report.programs) / 2
    assert report.summary().render("de") == (
        f"2 Programme · Vollständigkeit im Mittel {mean:.0%}".replace("%", "\u00a0%")
        + " · 1 veraltet · 0 beendet · "
        "0 mit Frist in den nächsten 60 Tagen · 0 mit widersprüchlichen Quellen · "
        "1 brauchen Aufmerksamkeit · ältester Stand 01.06.2025"
    )


def test_cli_strict_exit_code(runner: CliRunner) -> None:
    args = ["programs", "audit", "--programs", str(DATA / "scoring"), "--date", "2026-11-25"]
    assert runner.invoke(app, args).exit_code == 0
    result = runner.invoke(app, [*args, "--strict"])
    assert result.exit_code == 1
    assert "grossprogramm" in result.stdout
    # The shares are written "70 %" with a no-break space: printed as such, never as "\xa0".
    assert "\\xa0" not in result.stdout and re.search(r"vollständig \d+\u00a0%", result.stdout)


def test_missing_facts_are_named_and_completeness_comes_from_them() -> None:
    item = program().model_copy(update={"summary": None, "participants_min": None})
    result = audit_program(item, TODAY)
    assert "summary" in result.missing
    assert "participants_min" in result.missing
    assert result.missing == [name for name, known in known_facts(item).items() if not known]
    assert result.completeness == 1 - len(result.missing) / len(known_facts(item))


def test_far_and_early_dates_never_crash(runner: CliRunner) -> None:
    args = ["programs", "audit", "--programs", str(DATA / "scoring"), "--rubric", str(ROOT / "rubric.yaml")]
    for day in ("9999-11-15", "9999-12-31", "0001-01-01"):
        result = runner.invoke(app, [*args, "--date", day])
        assert result.exit_code == 0, (day, result.output)
        assert "Traceback" not in result.output
    item = program().model_copy(update={"deadlines": Deadlines(yearly=["12-24"])})
    assert audit_program(item, dt.date(9999, 11, 15)).soon == (dt.date(9999, 12, 24),)
    assert audit_program(item, dt.date(9999, 12, 25)).next_deadline is None  # no year 10000
    early = item.model_copy(update={"deadlines": Deadlines(dates=[dt.date(1, 1, 1)])})
    assert "zuletzt verstrichen 01.01.0001" in render_text(audit([early], TODAY), "de", lambda i: i)


def test_work_list_sorts_by_urgency_and_says_what_to_do() -> None:
    passed = program().model_copy(
        update={"id": "vorbei", "deadlines": Deadlines(rolling=False, dates=[dt.date(2026, 3, 1)])}
    )
    conflict = program().model_copy(update={"id": "streit", "conflicts": ["Quote: 50 % oder 80 %?"]})
    report = audit([program(), conflict, program("grossprogramm"), passed], TODAY)
    assert [a.program.id for a in report.programs] == ["vorbei", "grossprogramm", "streit", "kleinfonds"]
    assert [a.urgency for a in report.programs] == [
        Urgency.WRONG_STATUS,
        Urgency.STALE,
        Urgency.CONFLICT,
        Urgency.NONE,
    ]
    text = render_text(report, "de", lambda i: f"programs/{i}.yaml")
    assert "1. vorbei – " in text
    assert "   Widerspruch: Quote: 50 % oder 80 %?" in text
    assert "   Nächster Schritt: Widerspruch klären" in text
    assert "1 Programme ohne offene Punkte." in text
    english = render_text(report, "en", lambda i: i)
    assert "   Conflict: Quote: 50 % oder 80 %?" in english


def test_each_url_is_judged_once() -> None:
    url = "https://example.org/gleich"
    item = program().model_copy(
        update={"url": url, "sources": [Source(url=url, checked=dt.date(2026, 10, 1))]}
    )
    assert len([f for f in findings(item) if "example.org/gleich" in f]) == 1


def test_csv_has_one_row_per_programme_with_missing_facts_by_name(runner: CliRunner) -> None:
    args = ["programs", "audit", "--programs", str(DATA / "scoring"), "--date", "2026-11-25"]
    result = runner.invoke(app, [*args, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(row["id"] for row in rows) == ["grossprogramm", "kleinfonds"]
    catalogue = load_catalogue(resolve_paths(DATA / "scoring", ROOT / "rubric.yaml", {}))
    for row in rows:
        facts = known_facts(catalogue.get(row["id"]))
        assert row["missing"].split("; ") == [name for name, known in facts.items() if not known]
        assert row["file"].endswith(f"{row['id']}.yaml")
    data = json.loads(runner.invoke(app, [*args, "--format", "json"]).stdout)
    assert {p["id"] for p in data["programs"]} == {"grossprogramm", "kleinfonds"}
    assert runner.invoke(app, [*args, "--format", "xlsx"]).exit_code == 2


def test_csv_cells_never_start_a_formula() -> None:
    item = program().model_copy(update={"conflicts": ['=HYPERLINK("https://evil.example")']})
    text = render_csv(audit([item], TODAY), "de", lambda i: i)
    assert "'=HYPERLINK" in text
    assert ",=HYPERLINK" not in text


def test_gate_facts_without_evidence_are_listed() -> None:
    from fundmatch.models import Evidence

    bare = program()
    listed = audit_program(bare, TODAY).without_evidence
    assert "regions" in listed and "funding.max_eur" in listed
    sourced = bare.model_copy(
        update={"evidence": {"regions": Evidence(source=0, quote="Im Landkreis Northeim")}}
    )
    assert "regions" not in audit_program(sourced, TODAY).without_evidence
