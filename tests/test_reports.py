from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pypdf
import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token
from typer.testing import CliRunner

from fundmatch.answers import load_answers
from fundmatch.catalogue import Catalogue, load_catalogue, resolve_paths
from fundmatch.cli import app
from fundmatch.errors import UsageError
from fundmatch.messages import report as report_messages
from fundmatch.models import Answers
from fundmatch.reports import CALENDAR, Format, format_for_path, render, renderers
from fundmatch.reports.chances import chances
from fundmatch.reports.csv_ import COLUMNS
from fundmatch.reports.document import Report, build_report
from fundmatch.reports.markdown import escape
from fundmatch.reports.view import ANSWER_FIELDS, TOP_LEVEL_ANSWERS, Table, View, build_view
from tests.conftest import DATA, ROOT
from tests.helpers import assert_golden

TODAY = dt.date(2026, 11, 25)
EXAMPLE = ROOT / "examples" / "frauencafe-uslar.yaml"
HOSTILE = '#panic("x") <b>*x*</b> | $y$ „Café“ Straße 1.500 €'
HOSTILE_FUNDER = (
    'Stiftung <script>alert(1)</script> & Co. \\ `code` [a](http://x) ~~weg~~ #read("/etc/passwd")'
)
# Files with these programmes exercise every escape: markup of typst, Markdown, HTML and
# Excel formulas, line breaks inside values, list markers at the start of a value.
HOSTILE_PROGRAMS = {
    "boese": f"""\
id: boese
name: '{HOSTILE}'
funder: '{HOSTILE_FUNDER}'
level: Land
status: open
url: https://example.org/a_b?c=<d>&e=(f)
contact: "- Frau Müller\\n  1. Etage | Zimmer #3"
documents: ["- Satzung", "1. Antrag"]
notes: ["> Zitat <!-- kommentar --> @ref <label>"]
sources:
  - url: https://example.org/richtlinie
    title: 'Richtlinie *neu* _2026_'
    checked: 2026-11-01
""",
    "formel": """\
id: formel
name: '=HYPERLINK("http://x";"klick")'
funder: '+49 Stiftung'
level: Land
status: open
sources:
  - url: https://example.org/richtlinie
    checked: 2026-11-01
""",
}


def _report(catalogue: Catalogue, top: int | None = None) -> Report:
    answers = load_answers(EXAMPLE, catalogue.rubric)
    return build_report(catalogue, answers, TODAY, top)


@pytest.fixture(scope="module")
def bundled() -> Report:
    """The bundled catalogue ranked for the Frauen-Café example."""
    return _report(load_catalogue(resolve_paths(env={})), top=3)


@pytest.fixture(scope="module")
def small() -> Report:
    """Two invented programmes with every fact set (tests/data/scoring): small and stable."""
    return _report(load_catalogue(resolve_paths(DATA / "scoring", ROOT / "rubric.yaml", {})))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Report:
    folder = tmp_path_factory.mktemp("hostile")
    shutil.copy(ROOT / "rubric.yaml", folder / "rubric.yaml")
    (folder / "programs").mkdir()
    for program_id, text in HOSTILE_PROGRAMS.items():
        (folder / "programs" / f"{program_id}.yaml").write_text(text, encoding="utf-8")
    return _report(load_catalogue(resolve_paths(folder / "programs", folder / "rubric.yaml", {})))


# --- dispatch ----------------------------------------------------------------------------


def test_every_format_has_a_renderer(small: Report) -> None:
    # The calendar is made from the programmes by fundmatch.ics (tests/test_plancli.py).
    assert set(renderers()) == set(Format) - {CALENDAR}
    for fmt in renderers():
        assert render(small, fmt, "de")
    with pytest.raises(UsageError, match="fundmatch calendar"):
        render(small, CALENDAR, "de")


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("bericht.pdf", Format.PDF),
        ("BERICHT.MD", Format.MD),
        ("r.markdown", Format.MD),
        ("out/ranking.json", Format.JSON),
        ("liste.csv", Format.CSV),
        ("fristen.ICS", Format.ICS),
    ],
)
def test_format_for_path(name: str, fmt: Format) -> None:
    assert format_for_path(Path(name)) is fmt


def test_format_for_path_names_the_possible_extensions() -> None:
    with pytest.raises(UsageError) as caught:
        format_for_path("bericht.docx")
    assert str(caught.value) == (
        "Unbekannte Dateiendung „.docx“ bei bericht.docx; "
        "möglich sind: .csv, .ics, .json, .markdown, .md, .pdf."
    )
    with pytest.raises(UsageError, match=r"possible: \.csv"):
        format_for_path("bericht", lang="en")


def test_loading_the_renderers_does_not_load_typst() -> None:
    # typst costs ~50 ms to import: only a PDF render may pay for it.
    code = (
        "import sys\n"
        "from fundmatch.reports import renderers\n"
        "renderers()\n"
        "assert 'typst' not in sys.modules, 'typst imported'\n"
        "assert 'rich' not in sys.modules, 'rich imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# --- messages and answers ----------------------------------------------------------------


def test_report_messages_have_both_languages_and_the_same_placeholders() -> None:
    for key, texts in report_messages.MESSAGES.items():
        assert set(texts) == {"de", "en"}, key
        assert set(re.findall(r"{(\w+)}", texts["de"])) == set(re.findall(r"{(\w+)}", texts["en"])), key


def test_every_answer_field_is_in_the_report() -> None:
    listed = {(s, f) for s, f, _ in ANSWER_FIELDS}
    for section, info in Answers.model_fields.items():
        model = info.annotation
        if section in TOP_LEVEL_ANSWERS:
            assert any(f == section for _, f in listed), section
            continue
        assert isinstance(model, type)
        for field in model.model_fields:  # type: ignore[attr-defined]
            assert (section, field) in listed, f"{section}.{field}"


# --- JSON --------------------------------------------------------------------------------


def test_json_is_what_match_prints(runner: CliRunner, bundled: Report) -> None:
    result = runner.invoke(
        app, ["match", "--answers", str(EXAMPLE), "--date", TODAY.isoformat(), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    report = _report(load_catalogue(resolve_paths(env={})), top=10)  # match explains its top ten
    assert result.stdout.encode("utf-8") == render(report, Format.JSON, "de")


# --- Markdown ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
def test_markdown_matches_the_golden_file(small: Report, lang: str) -> None:
    text = render(small, Format.MD, lang).decode("utf-8")
    assert_golden(DATA / "golden" / f"report.{lang}.md", text)


def test_markdown_escape() -> None:
    assert escape("a|b") == "a\\|b"
    assert escape("*x* _y_ `z` <b> [l](u) #h ~s~ &amp; $m$ \\") == (
        "\\*x\\* \\_y\\_ \\`z\\` \\<b\\> \\[l\\](u) \\#h \\~s\\~ \\&amp; \\$m\\$ \\\\"
    )
    assert escape("zwei\nZeilen\r\n  hier") == "zwei Zeilen hier"
    assert escape("- Satzung") == "\\- Satzung"
    assert escape("1. Antrag") == "1\\. Antrag"
    assert escape("1.500 €") == "1.500 €"  # only a list marker followed by a space is one


def _parse(markdown: str) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").parse(markdown)


def _plain(inline: Token) -> str:
    """The text a reader sees in an inline token: emphasis and links reduced to their text."""
    return "".join(child.content for child in inline.children or [] if child.type in ("text", "code_inline"))


def _tables(tokens: list[Token]) -> list[list[list[str]]]:
    tables: list[list[list[str]]] = []
    row: list[str] = []
    for i, token in enumerate(tokens):
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            tables[-1].append(row)
        elif token.type == "inline" and tokens[i - 1].type in ("th_open", "td_open"):
            row.append(_plain(token))
    return tables


def _expected_tables(view: View) -> list[list[list[str]]]:
    def of(table: Table) -> list[list[str]]:
        rows = [[c["title"] for c in table["columns"]], *table["rows"]]
        return rows + ([table["footer"]] if table["footer"] else [])

    titles = view["summary"]["titles"]
    keys = ("rank", "name", "funder", "eligibility", "score", "grant", "own_share", "deadline")
    summary = [[titles[k] for k in keys]] + [
        [
            r["rank"],
            r["name"] + (" ⚠" if r["warning"] else ""),
            r["funder"],
            r["eligibility"],
            r["score"],
            r["grant"],
            r["own_share"],
            r["deadline"],
        ]
        for r in view["summary"]["rows"]
    ]
    # A table without rows (every gate passed) is said in its note, not drawn empty.
    tables = [t for d in view["details"] for t in (d["gates"], d["criteria"]) if t["rows"]]
    return [summary, *map(of, tables), of(view["legend"]["levels"]), of(view["legend"]["bands"])]


@pytest.mark.parametrize("which", ["bundled", "hostile"])
def test_markdown_tables_parse_back_cell_for_cell(which: str, request: pytest.FixtureRequest) -> None:
    report = request.getfixturevalue(which)
    tokens = _parse(render(report, Format.MD, "de").decode("utf-8"))
    assert not [t for t in tokens if t.type.startswith("html")]
    assert not [c for t in tokens for c in t.children or [] if c.type.startswith("html")]
    assert _tables(tokens) == _expected_tables(build_view(report, "de"))


def test_markdown_keeps_hostile_text_literal(hostile: Report) -> None:
    tokens = _parse(render(hostile, Format.MD, "de").decode("utf-8"))
    headings = [_plain(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert f"1. {HOSTILE}" in headings
    inline = [_plain(t) for t in tokens if t.type == "inline"]
    assert f"Fördermittelgeber: {HOSTILE_FUNDER}" in inline
    assert "Ansprechstelle: - Frau Müller 1. Etage | Zimmer #3" in inline  # one line, no list
    assert "Üblicherweise benötigte Unterlagen: - Satzung; 1. Antrag" in inline
    links = [c.attrs["href"] for t in tokens for c in t.children or [] if c.type == "link_open"]
    assert links == [  # each programme's page, then its sources
        "https://example.org/a_b?c=%3Cd%3E&e=(f)",
        "https://example.org/richtlinie",
        "https://example.org/richtlinie",
    ]


def test_markdown_details_for_the_best_and_no_more_than_top(bundled: Report) -> None:
    listed = chances(bundled.results)
    text = render(bundled, Format.MD, "de").decode("utf-8")
    assert [h for h in text.splitlines() if re.match(r"### \d+\\\. ", h)] == [
        f"### {r.rank}\\. {escape(r.name)}" for r in listed[:3]
    ]
    fewer = render(bundled, Format.MD, "de", top=2).decode("utf-8")
    assert len([h for h in fewer.splitlines() if re.match(r"### \d+\\\. ", h)]) == 2
    table = _tables(_parse(text))[0]
    assert len(table) == 1 + len(listed)  # header + every programme in question
    left = len(bundled.results) - len(listed)
    assert left > 0 and f"{left} weitere Programme sind nach Ihren Angaben nicht antragsberechtigt" in text


def test_markdown_annex_of_the_programmes_not_in_question_only_on_request(bundled: Report) -> None:
    listed = {r.id for r in chances(bundled.results)}
    rest = [r for r in bundled.results if r.id not in listed]
    short = render(bundled, Format.MD, "de").decode("utf-8")
    full = render(bundled, Format.MD, "de", everything=True).decode("utf-8")
    assert "Anhang: nicht antragsberechtigte Programme" not in short
    assert "Anhang: nicht antragsberechtigte Programme" in full
    for r in rest:
        assert escape(r.name) not in short and f"- {escape(r.name)}: " in full, r.name


def test_markdown_is_deterministic(bundled: Report) -> None:
    assert render(bundled, Format.MD, "en") == render(bundled, Format.MD, "en")


# --- CSV ---------------------------------------------------------------------------------


def test_csv_parses_back(hostile: Report) -> None:
    data = render(hostile, Format.CSV, "de")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[0] == list(COLUMNS)
    # A formula-like name is guarded in plain CSV too: a spreadsheet opens either dialect.
    assert [r[2] for r in rows[1:]] == [HOSTILE, '\'=HYPERLINK("http://x";"klick")']
    assert rows[2][3] == "'+49 Stiftung"
    first = dict(zip(COLUMNS, rows[1], strict=True))
    assert first["name"] == HOSTILE and first["funder"] == HOSTILE_FUNDER
    assert first["eligibility"] == "check" and first["band"] == "bedingt"
    assert first["max_eur"] == "" and first["url"] == "https://example.org/a_b?c=<d>&e=(f)"


def test_csv_numbers_and_ids(small: Report, bundled: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render(small, Format.CSV, "en").decode("utf-8"))))
    assert [(r["rank"], r["id"], r["band"], r["eligibility"]) for r in rows] == [
        ("1", "kleinfonds", "sehr_gut", "yes"),
        ("2", "grossprogramm", "ungeeignet", "no"),
    ]
    assert [float(r["score"]) for r in rows] == [r.score for r in small.results]
    assert [(r["max_eur"], r["own_share_pct"], r["next_deadline"]) for r in rows] == [
        ("2500", "10", ""),
        ("150000", "25", "2027-06-30"),
    ]
    assert rows[1]["warnings"] == "Data last checked on 2025-06-01 (over 12 months ago)."
    everything = list(csv.DictReader(io.StringIO(render(bundled, Format.CSV, "de").decode("utf-8"))))
    assert [float(r["score"]) for r in everything] == [r.score for r in bundled.results]


def test_csv_for_german_excel(hostile: Report, bundled: Report) -> None:
    data = render(hostile, Format.CSV_EXCEL, "de")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:3] == ["Rang", "ID", "Programm"]
    assert rows[1][2] == HOSTILE
    assert rows[2][2:4] == ['\'=HYPERLINK("http://x";"klick")', "'+49 Stiftung"]  # no formulas
    first = hostile.results[0]
    assert (rows[1][4], rows[1][6]) == (first.band.label.de if first.band else "", "prüfen")
    assert rows[1][5] == f"{first.score:g}".replace(".", ",")  # a decimal comma for German Excel
    german = list(
        csv.reader(io.StringIO(render(bundled, Format.CSV_EXCEL, "de").decode("utf-8-sig")), delimiter=";")
    )
    deadlines = {row[10] for row in german[1:]}
    assert "30.04.2027" in deadlines


# --- PDF ---------------------------------------------------------------------------------


def _pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    return _squash(text)


def _squash(text: str) -> str:
    # Line breaks, hyphenation and soft hyphens fall anywhere in a long name: compare
    # without whitespace and hyphens on both sides.
    return re.sub(r"[\s\-\u00ad\u2010]", "", unicodedata.normalize("NFC", text))


@pytest.fixture(scope="module")
def bundled_pdf(bundled: Report) -> bytes:
    return render(bundled, Format.PDF, "de", top=3)


def test_pdf_holds_every_programme_in_question_and_german_text(bundled: Report, bundled_pdf: bytes) -> None:
    text = _pdf_text(bundled_pdf)
    listed = chances(bundled.results)
    for result in listed:
        assert _squash(result.name) in text, result.name
    for needle in ("ä", "ö", "ü", "ß", "€", "„", "“", "IhrebestenChancen", "Seite1von"):
        assert needle in text, needle
    assert (
        _squash("Ohne Gewähr: Die Förderbedingungen bitte immer in der aktuellen Richtlinie prüfen.") in text
    )
    everything = _pdf_text(render(bundled, Format.PDF, "de", top=3, everything=True))
    for result in bundled.results:
        assert _squash(result.name) in everything, result.name


def test_pdf_metadata(bundled_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(bundled_pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Frauen-Café „Miteinander“ mit Sprachtreff"
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]  # A4
    assert reader.outline  # headings become bookmarks


def test_pdf_prints_hostile_names_literally(hostile: Report) -> None:
    text = _pdf_text(render(hostile, Format.PDF, "de"))
    for needle in (HOSTILE, HOSTILE_FUNDER, "Richtlinie *neu* _2026_"):
        assert _squash(needle) in text, needle
    # Staff notes are for whoever keeps the catalogue, not for the sponsor's report.
    assert _squash("> Zitat <!-- kommentar --> @ref <label>") not in text


def test_pdf_is_reproducible(small: Report) -> None:
    first = render(small, Format.PDF, "en")
    assert first.startswith(b"%PDF-")
    assert render(small, Format.PDF, "en") == first


def test_empty_answers_render_in_every_format() -> None:
    catalogue = load_catalogue(resolve_paths(DATA / "scoring", ROOT / "rubric.yaml", {}))
    report = build_report(catalogue, Answers(), TODAY)
    view = build_view(report, "de")
    assert view["title"] == "Förderprogramme im Vergleich" and view["subtitle"] == ""
    # Themes, target groups and cost types default to empty lists in the model: "keine".
    assert {p["value"] for g in view["answers"] for p in g["pairs"]} == {"nicht angegeben", "keine"}
    for fmt in renderers():
        assert render(report, fmt, "en", top=0)


def test_json_is_the_documents_model_dump(hostile: Report, bundled: Report) -> None:
    import json

    from pydantic import TypeAdapter

    from fundmatch.reports.json_ import json_parts

    no_rows = bundled.model_copy(update={"results": []})
    for document in (hostile, bundled, no_rows):
        expected = json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
        assert render(document, Format.JSON, "de").decode("utf-8") == expected
        assert Report.model_validate_json(render(document, Format.JSON, "en")) == document
        # Written a row at a time (match --format json), the same bytes as in one piece.
        parts = list(json_parts(document))
        assert len(parts) == len(document.results) + 2 if document.results else len(parts) == 1
        assert b"".join(parts) == TypeAdapter(Report).dump_json(document, indent=2) + b"\n"


def test_invalid_utf8_typed_into_an_answer_renders_in_every_format() -> None:
    import json

    catalogue = load_catalogue(resolve_paths(DATA / "scoring", ROOT / "rubric.yaml", {}))
    title = "Caf\udce9"  # "Café" typed in Latin-1, read with surrogateescape
    report = build_report(catalogue, Answers.model_validate({"project": {"title": title}}), TODAY)
    for fmt in renderers():
        assert render(report, fmt, "de")
    assert json.loads(render(report, Format.JSON, "de"))["answers"]["project"]["title"] == title
    expected = json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    assert render(report, Format.JSON, "de") == expected.encode("utf-8", "backslashreplace")
    assert "# Caf\\\\udce9" in render(report, Format.MD, "de").decode("utf-8")


@pytest.mark.parametrize("example", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.stem)
def test_markdown_and_pdf_need_rows_only_for_the_open_programmes(example: Path) -> None:
    """``report`` to Markdown or PDF builds summary rows only for the ja and prüfen
    programmes (the others are counted): the report reads the same as from every row."""
    catalogue = load_catalogue(resolve_paths(env={}))
    answers = load_answers(example, catalogue.rubric, {p.id for p in catalogue.programs})
    today = dt.date(2026, 12, 1)
    full = build_report(catalogue, answers, today, 10, answers.shortlist)
    fewer = build_report(catalogue, answers, today, 10, answers.shortlist, rows="open")
    assert len(fewer.results) < len(full.results)
    for lang in ("de", "en"):
        assert build_view(fewer, lang, 10) == build_view(full, lang, 10)
        assert render(fewer, Format.MD, lang, 10) == render(full, Format.MD, lang, 10)
    # The annex (--all) names the programmes left out: it needs them all.
    assert build_view(full, "de", 10, everything=True)["annex"]
