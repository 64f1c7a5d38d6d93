"""Text the PDF can always draw: shipped fonts, placeholders, shortening (reports.glyphs)."""

from __future__ import annotations

import datetime as dt
import io
import os
from importlib import resources
from pathlib import Path

import pypdf
import pytest
from fontTools.ttLib import TTFont

from fundmatch.catalogue import load_catalogue, resolve_paths
from fundmatch.models import Answers
from fundmatch.reports import Format, render
from fundmatch.reports.chances import chances
from fundmatch.reports.document import build_report
from fundmatch.reports.glyphs import LONGEST_TEXT, PLACEHOLDER, covered, drawable
from tests.conftest import DATA, ROOT

FONTS = Path(str(resources.files("fundmatch.reports").joinpath("fonts")))


def coverage_text() -> str:
    points: set[int] = set()
    for font in sorted(FONTS.glob("*.ttf")):
        points |= set(TTFont(font).getBestCmap())
    ranges: list[list[int]] = []
    for code in sorted(points):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"{a:04X}-{b:04X}\n" if a != b else f"{a:04X}\n" for a, b in ranges)


def test_the_coverage_file_matches_the_shipped_fonts() -> None:
    expected = coverage_text()
    if os.environ.get("FUNDMATCH_UPDATE_GOLDEN"):
        (FONTS / "coverage.txt").write_text(expected, encoding="ascii")
    assert (FONTS / "coverage.txt").read_text(encoding="ascii") == expected


def test_fonts_are_few_small_and_licensed() -> None:
    fonts = sorted(FONTS.glob("*.ttf"))
    assert sum(f.stat().st_size for f in fonts) < 15_000_000
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONTS / "OFL.txt").read_text(encoding="utf-8")
    families = {TTFont(f)["name"].getDebugName(1) for f in fonts}
    for family in ("Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Ethiopic", "Noto Sans Armenian"):
        assert family in families
    template = (ROOT / "fundmatch" / "reports" / "report.typ").read_text(encoding="utf-8")
    for family in families:  # the template names every shipped family in its font list
        assert f'"{family}"' in template, family


@pytest.mark.parametrize(
    "script", ["Latin Ää ß", "Ελληνικά", "Кириллица", "العربية", "עברית", "ትግርኛ", "Հայերեն", "ქართული", "ไทย"]
)
def test_every_script_sponsors_write_in_is_covered(script: str) -> None:
    assert all(covered(ch) for ch in script if not ch.isspace())
    assert drawable(script, "de") == script


def test_what_no_font_has_becomes_a_placeholder_and_controls_become_escapes() -> None:
    assert drawable("Café 😀 中文", "de") == f"Café {PLACEHOLDER} {PLACEHOLDER * 2}"
    assert drawable("Nähgrupe\x1b[D\x1b[Dp", "de") == "Nähgrupe\\x1b[D\\x1b[Dp"
    assert drawable("🤝️ gut", "de") == f"{PLACEHOLDER} gut"  # the variation selector is dropped
    assert drawable("a\u202eb\u00adc", "de") == "a\\u202ebc"


def test_very_long_text_is_shortened_with_a_note_and_long_words_can_break() -> None:
    shortened = drawable("Wort " * 5000, "de")
    assert len(shortened) < LONGEST_TEXT + 200
    assert shortened.endswith("der Text hat 25.000 Zeichen, vollständig im Markdown- oder JSON-Bericht]")
    assert "\u200b" in drawable("x" * 100, "en")


def test_the_pdf_survives_the_reproduced_names() -> None:
    # Arrow keys typed at a prompt, an emoji, Ethiopic, Chinese, and a title over the PDF
    # string limit (32,767): each of these stopped typst before.
    catalogue = load_catalogue(resolve_paths(DATA / "scoring", ROOT / "rubric.yaml", {}))
    title = "Nähgrupe\x1b[D\x1b[Dp 😀 ትግርኛ 中文 " + "Titel " * 6000
    answers = Answers.model_validate({"project": {"title": title}, "organisation": {"name": "Verein ✨"}})
    data = render(build_report(catalogue, answers, dt.date(2026, 11, 25)), Format.PDF, "de")
    reader = pypdf.PdfReader(io.BytesIO(data))
    first = reader.pages[0].extract_text()
    assert "Nähgrupe\\x1b[D\\x1b[Dp" in first and "ትግርኛ" in first and PLACEHOLDER in first
    assert "gekürzt" in first
    assert reader.metadata is not None and len(str(reader.metadata.title)) < 1000


def test_a_huge_catalogue_lists_only_the_first_rows_in_the_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    # typst needs about 0.2 MB per summary row: 10,000 rows took 2.5 GB. Cut at 5 here.
    import fundmatch.reports.pdf as pdf

    monkeypatch.setattr(pdf, "PDF_SUMMARY_ROWS", 5)
    catalogue = load_catalogue(resolve_paths(env={}))
    answers = Answers.model_validate({"organisation": {"location": "uslar"}})
    report = build_report(catalogue, answers, dt.date(2026, 11, 25), 2)
    text = "\n".join(
        p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.render_pdf(report, "de", 2))).pages
    )
    flat = " ".join(text.split())
    listed = chances(report.results)  # the table lists the programmes in question
    assert len(listed) > 5
    assert f"Die Übersicht zeigt die ersten 5 von {len(listed)} infrage kommenden Programmen" in flat
    assert listed[1].name.split()[0] in flat
    assert listed[-1].name not in flat
