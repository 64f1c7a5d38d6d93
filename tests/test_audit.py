from __future__ import annotations

import datetime as dt

from typer.testing import CliRunner

from fundmatch.audit import audit, audit_program, url_problem
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
    assert url_problem("http://www.bamf.de/x").render("de") == "http statt https"  # type: ignore[union-attr]
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
    assert result.completeness == 15 / 16


def test_summary_counts() -> None:
    report = audit([program(), program("grossprogramm")], TODAY)
    assert report.summary().render("de") == (
        "2 Programme · Vollständigkeit im Mittel 94 % · 1 veraltet · 0 beendet · "
        "0 mit Frist in den nächsten 60 Tagen · 0 mit widersprüchlichen Quellen · "
        "1 brauchen Aufmerksamkeit · ältester Stand 01.06.2025"
    )


def test_cli_strict_exit_code(runner: CliRunner) -> None:
    args = ["programs", "audit", "--programs", str(DATA / "scoring"), "--date", "2026-11-25"]
    assert runner.invoke(app, args).exit_code == 0
    result = runner.invoke(app, [*args, "--strict"])
    assert result.exit_code == 1
    assert "grossprogramm" in result.stdout
