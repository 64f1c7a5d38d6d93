from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fundmatch.cli import app
from fundmatch.i18n import (
    MonthCount,
    format_date,
    format_eur,
    format_grouped,
    format_pct,
    msg,
    resolve_lang,
    t,
)
from fundmatch.messages import MESSAGES
from tests.helpers import ROOT

# Words that are the same in both languages.
SAME_IN_BOTH = {
    "col.id",
    "col.status",
    "show.status",
    "ask.default",
    "ask.location_found",
    "ask.choice_found",
    "answers.organisation.statuses",
    "report.csv.id",
    "crit.curated.rated",  # the rating's own text, which carries both languages
    "reason.system",  # the system's own words for a rare refusal
}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_exists_in_both_languages_with_the_same_placeholders() -> None:
    for key, texts in MESSAGES.items():
        assert set(texts) == {"de", "en"}, key
        assert placeholders(texts["de"]) == placeholders(texts["en"]), key
        if key not in SAME_IN_BOTH:
            assert texts["de"] != texts["en"], f"{key} looks untranslated"


def test_every_message_key_used_in_the_code_exists() -> None:
    used: set[str] = set()
    for path in (ROOT / "fundmatch").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\b(?:t|msg|Msg)\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""", source))
    missing = sorted(key for key in used if key not in MESSAGES)
    assert missing == []


def test_german_formats() -> None:
    assert format_eur(1500, "de") == "1.500\u00a0€"
    assert format_eur(1500.5, "de") == "1.500,50\u00a0€"
    assert format_eur(2_000_000, "en") == "€2,000,000"
    assert format_pct(12.5, "de") == "12,5\u00a0%"
    import datetime as dt

    assert format_date(dt.date(2027, 3, 1), "de") == "01.03.2027"
    assert format_date(None, "de") == "unbekannt"
    assert format_grouped(1_000_000, "de") == "1.000.000"
    assert format_grouped(1234567.5, "de") == "1.234.567,5"
    assert format_grouped(1_000_000, "en") == "1,000,000"
    assert format_grouped(10**30, "en") == "1" + ",000" * 10  # exact, and no float overflow


def test_a_large_limit_is_written_with_its_thousands_grouped_and_a_year_is_not(
    runner: CliRunner, tmp_path: Path
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "organisation: {legal_form: verein, founded: 1700}\nbudget: {total_eur: 2e12}\n", encoding="utf-8"
    )
    out = runner.invoke(app, ["match", "--answers", str(answers)]).output
    assert "darf höchstens 1.000.000.000.000 sein" in out
    assert re.search(r"founded: muss mindestens \d{4} sein", out), out


def test_language_from_option_environment_or_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_lang(None) == "de"
    monkeypatch.setenv("FUNDMATCH_LANG", "en")
    assert resolve_lang(None) == "en"
    assert resolve_lang("de") == "de"


GERMAN_TEXTS = sorted(
    {
        texts["de"].split("{")[0].strip()
        for texts in MESSAGES.values()
        if len(texts["de"].split("{")[0].strip()) > 14
    }
)


@pytest.mark.parametrize(
    "args",
    [
        [
            "match",
            "--answers",
            str(ROOT / "examples" / "integrationsfussball-einbeck.yaml"),
            "--date",
            "2026-11-25",
        ],
        [
            "explain",
            "lotto-sport-integration-vor-ort",
            "--answers",
            str(ROOT / "examples" / "frauencafe-uslar.yaml"),
            "--date",
            "2026-11-25",
        ],
        ["rubric", "show"],
        ["programs", "audit", "--date", "2026-11-25"],
        ["questions"],
    ],
)
def test_english_output_contains_no_german_message(
    runner: CliRunner, args: list[str], tmp_path: Path
) -> None:
    result = runner.invoke(app, [*args, "--lang", "en"])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    leaked = [text for text in GERMAN_TEXTS if " ".join(text.split()) in output]
    assert leaked == []


def plural_fields(text: str) -> dict[str, str]:
    """``{name:one|other}`` fields of a message: name → spec."""
    return {
        name: spec for _, name, spec, _ in string.Formatter().parse(text) if name and spec and "|" in spec
    }


def test_plural_fields_have_a_singular_and_a_plural() -> None:
    # A language may need none where the other needs one ("1 Fehler", "2 Fehler"; "1 problem").
    plural_keys = 0
    for key, texts in MESSAGES.items():
        de, en = plural_fields(texts["de"]), plural_fields(texts["en"])
        plural_keys += bool(de or en)
        for spec in [*de.values(), *en.values()]:
            assert spec.count("|") == 1 and all(spec.split("|")), key
    assert plural_keys >= 8


@pytest.mark.parametrize(
    ("key", "values", "de", "en"),
    [
        ("validate.ok", {"count": 1}, "1 Programmdatei geprüft, keine Fehler.",
         "1 programme file checked, no errors."),
        ("validate.ok", {"count": 2}, "2 Programmdateien geprüft, keine Fehler.",
         "2 programme files checked, no errors."),
        ("errors.count", {"count": 1}, "1 Fehler gefunden.", "1 problem found."),
        ("errors.count", {"count": 0}, "0 Fehler gefunden.", "0 problems found."),
        ("unit.months", {"n": 1.0}, "1 Monat", "1 month"),
        ("unit.months", {"n": 1.5}, "1,5 Monate", "1.5 months"),
        ("match.more", {"count": 1, "total": 11}, "1 weiteres Programm nicht gezeigt; alle 11 mit --top 11.",
         "1 more programme not shown; all 11 with --top 11."),
    ],
)  # fmt: skip
def test_counts_choose_singular_or_plural(key: str, values: dict[str, object], de: str, en: str) -> None:
    assert t(key, "de", **values) == de
    assert t(key, "en", **values) == en


def test_months_in_a_message_and_in_an_improvement() -> None:
    assert msg("impr.prefinance", months=1).render("de").startswith("Vorfinanzierung für 1 Monat sichern")
    assert msg("impr.shorter", months=1).render("en") == "Limit the duration to 1 month"
    assert t("unit.months", "de", n=MonthCount(12).value) == "12 Monate"
    assert msg("crit.duration.fits", months=MonthCount(1)).render("de").count("1 Monat") == 1
