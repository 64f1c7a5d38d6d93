"""Hostile text in every field, through every command and every report format.

One catalogue holds one programme per hostile string, with that string in every text field
(name, funder, summary, contact, notes, conflicts, documents, rating reasons, source
titles and notes…); the answers and the rubric carry hostile text too. Every command and
every report format must run without a traceback, the terminal must never receive a raw
control character from the data, and the text must appear literally: as shown escapes on
the terminal, as text in Markdown, PDF, CSV and JSON.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
import yaml
from markdown_it import MarkdownIt
from typer.testing import CliRunner, Result

from fundmatch.cli import app
from fundmatch.reports.csv_ import guard_formula
from fundmatch.reports.glyphs import LONGEST_TEXT, PLACEHOLDER, drawable
from fundmatch.safetext import visible
from tests.conftest import ROOT

LONG = "Langer Text " * 1700  # 20,400 characters
HOSTILE = [
    "Fonds [/dim] x",
    "[link=https://evil.example]Antragsportal[/link]",
    "Bildschirm \x1b[2J weg",
    "OSC 8 \x1b]8;;https://evil.example\x1b\\klick\x1b]8;;\x1b\\",
    "OSC 52 \x1b]52;c;ZXZpbA==\x07",
    "Glocke \x07 und Rück\x08\x08schritt",
    "GOOD NAME\rEVIL",
    "C1 \x9b31m rot",
    "RLO \u202eexe.txt \u2066isoliert\u2069",
    '=HYPERLINK("http://x";"klick")',
    "+1",
    "-1",
    "@x",
    "\tTabulator",
    "ትግርኛ ቋንቋ",
    "العربية لغة",
    "עברית",
    "Ελληνικά Кириллица Հայերեն",
    "中文名字",
    "Emoji 😀 🎉",
    "---",
    "https://bare.example/pfad www.example.de a@b.de",
    ':smile: <b>fett</b> *x* `c` #h | $m$ #panic("x")',
    LONG,
]
TEXT_OF_ANSWERS = "Antwort [/dim] \x1b[2J GOOD\rEVIL ትግርኛ 😀 =1+1 \u202eRLO"
DATE = "2026-11-25"
# What must never reach a terminal from the data: C0 controls but line feed, DEL, C1,
# bidi embeddings, overrides and isolates.
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def program(index: int, text: str) -> dict[str, object]:
    source = {"url": "https://example.org/quelle", "title": text, "note": text, "checked": "2026-11-01"}
    return {
        "id": f"h{index:02d}",
        "name": text,
        "funder": text,
        "level": "Land",
        "summary": text,
        "url": "https://example.org/p?q=\x1b[2J" if index == 0 else "https://example.org/programm",
        "contact": text,
        "status": "open",
        "applicants": {"note": text},
        "funding": {"note": text, "max_eur": 5000},
        "deadlines": {"note": text, "rolling": True},
        "ratings": {
            criterion: {"level": 3, "reason": text}
            for criterion in ("antragsaufwand", "nachweispflichten", "laendlicher_raum", "beratung_vor_ort")
        },
        "documents": [text],
        "notes": [text],
        "conflicts": [text],
        "sources": [source],
    }


def hostile_rubric() -> dict[str, object]:
    rubric = yaml.safe_load((ROOT / "rubric.yaml").read_text(encoding="utf-8"))
    label = {"de": "Skala [/dim] \x1b[2J ትግርኛ", "en": "Scale [/dim] \x1b[2J ትግርኛ"}
    rubric["title"] = label
    rubric["gates"][0]["label"] = label
    rubric["criteria"][0]["label"] = label
    rubric["criteria"][0]["anchors"][1] = label
    rubric["bands"][0]["label"] = label
    rubric["scale"]["levels"][0]["label"] = label
    rubric["vocabularies"]["themes"][0]["label"] = label
    return rubric


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True  # fundmatch refuses anchors and aliases


def dump(data: object) -> str:
    return yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=10**6)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "programs").mkdir()
    for index, text in enumerate(HOSTILE):
        (folder / "programs" / f"h{index:02d}.yaml").write_text(dump(program(index, text)), encoding="utf-8")
    (folder / "rubric.yaml").write_text(dump(hostile_rubric()), encoding="utf-8")
    answers = yaml.safe_load((ROOT / "examples" / "frauencafe-uslar.yaml").read_text(encoding="utf-8"))
    answers["project"] = {"title": TEXT_OF_ANSWERS, "summary": TEXT_OF_ANSWERS}
    answers["organisation"]["name"] = LONG
    (folder / "answers.yaml").write_text(dump(answers), encoding="utf-8")
    return {
        "programs": folder / "programs",
        "rubric": folder / "rubric.yaml",
        "answers": folder / "answers.yaml",
    }


def run(runner: CliRunner, files: dict[str, Path], *args: str, columns: int = 200) -> Result:
    catalogue = ["--programs", str(files["programs"])] if args[0] != "rubric" else []
    catalogue += ["--rubric", str(files["rubric"])]
    result = runner.invoke(app, [*args, *catalogue], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, (args, result.output[-2000:], result.exception)
    shown = result.stdout + result.stderr
    assert "Traceback" not in shown
    found = RAW_CONTROL.search(shown)
    assert found is None, (args, repr(shown[max(found.start() - 40, 0) : found.end() + 40]))
    assert "evil.example\x1b" not in shown and "\x1b]8;" not in shown
    return result


def flat(text: str) -> str:
    return " ".join(text.split())


def ranked(runner: CliRunner, files: dict[str, Path], *args: str, columns: int = 200) -> Result:
    return run(runner, files, *args, "--answers", str(files["answers"]), "--date", DATE, columns=columns)


# --- terminal ------------------------------------------------------------------------------


@pytest.mark.parametrize("columns", [200, 80])
def test_match_table_and_list(runner: CliRunner, files: dict[str, Path], columns: int) -> None:
    result = ranked(runner, files, "match", "--top", str(len(HOSTILE)), columns=columns)
    if columns < 120:  # the list layout keeps each name on one line: compare literally
        shown = flat(result.stdout)
        for text in HOSTILE:
            assert flat(visible(text))[:300] in shown, text[:60]


def test_explain_every_programme_and_a_comparison(runner: CliRunner, files: dict[str, Path]) -> None:
    for index, text in enumerate(HOSTILE):
        result = ranked(runner, files, "explain", f"h{index:02d}")
        heading = flat(result.stdout.split("\n", 1)[0])
        assert flat(visible(text))[:100] in heading
    ranked(runner, files, "explain", "h00", "--vs", "h06")


@pytest.mark.parametrize("columns", [200, 80])
def test_programs_list_audit_and_rubric(runner: CliRunner, files: dict[str, Path], columns: int) -> None:
    listed = run(runner, files, "programs", "list", columns=columns)
    if columns < 100:
        assert "Fonds [/dim] x" in listed.stdout and "GOOD NAME\\x0dEVIL" in listed.stdout
    run(runner, files, "programs", "audit", "--date", DATE, columns=columns)
    shown = run(runner, files, "rubric", "show", columns=columns)
    assert "Skala [/dim] \\x1b[2J ትግርኛ" in shown.stdout


def test_programs_show_prints_every_field_literally(runner: CliRunner, files: dict[str, Path]) -> None:
    for index, text in enumerate(HOSTILE):
        result = run(runner, files, "programs", "show", f"h{index:02d}")
        # name, funder, summary, contact, rating reasons, notes, conflicts, documents
        assert result.stdout.count(visible(text)) >= 8, text[:60]


# --- report formats -----------------------------------------------------------------------


def report(runner: CliRunner, files: dict[str, Path], tmp_path: Path, fmt: str) -> bytes:
    out = tmp_path / f"bericht.{fmt}"
    ranked(runner, files, "report", "--top", str(len(HOSTILE)), "--format", fmt, "-o", str(out))
    return out.read_bytes()


def test_json_keeps_every_string_exactly(runner: CliRunner, files: dict[str, Path], tmp_path: Path) -> None:
    document = json.loads(report(runner, files, tmp_path, "json"))
    by_id = {r["id"]: r for r in document["results"]}
    for index, text in enumerate(HOSTILE):
        result = by_id[f"h{index:02d}"]
        assert result["name"] == result["funder"] == result["contact"] == text
        assert result["details"]["notes"] == result["details"]["documents"] == [text]
    assert document["answers"]["project"]["title"] == TEXT_OF_ANSWERS


@pytest.mark.parametrize(
    ("fmt", "delimiter", "encoding"), [("csv", ",", "utf-8"), ("csv-excel", ";", "utf-8-sig")]
)
def test_csv_cells_are_the_text_guarded_against_formulas(
    runner: CliRunner, files: dict[str, Path], tmp_path: Path, fmt: str, delimiter: str, encoding: str
) -> None:
    data = report(runner, files, tmp_path, fmt).decode(encoding)
    rows = list(csv.reader(io.StringIO(data, newline=""), delimiter=delimiter))[1:]
    cells = {row[1]: row for row in rows}
    for index, text in enumerate(HOSTILE):
        row = cells[f"h{index:02d}"]
        assert row[2] == row[3] == guard_formula(text)
        assert not row[2].startswith(("=", "+", "-", "@", "\t", "\r"))


def _inline_tokens(markdown: str) -> Iterator[str]:
    for token in MarkdownIt("commonmark").enable("table").parse(markdown):
        assert token.type not in ("html_block", "code_block", "fence"), token
        for child in token.children or []:
            assert child.type not in ("html_inline",), child
            if child.type == "link_open":
                assert child.attrs["href"].startswith("https://example.org/") or child.attrs[
                    "href"
                ].startswith("#"), child.attrs
            if child.type in ("text", "code_inline"):
                yield child.content


def test_markdown_shows_every_string_as_text(
    runner: CliRunner, files: dict[str, Path], tmp_path: Path
) -> None:
    markdown = report(runner, files, tmp_path, "md").decode("utf-8")
    assert RAW_CONTROL.search(markdown.replace("\t", "")) is None
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    assert sum(t.type == "hr" for t in tokens) == 1  # only the report's own rule before the disclaimer
    shown = flat(" ".join(_inline_tokens(markdown)))
    for text in [*HOSTILE, TEXT_OF_ANSWERS]:
        assert flat(visible(text)) in shown, text[:60]
    # GFM autolinks: the bare URL, www. and the mail address are escaped.
    assert "https\\://bare.example" in markdown and "www\\.example.de" in markdown and "a\\@b.de" in markdown


def _squash(text: str) -> str:
    return re.sub(r"[\s\-\u00ad\u2010\u200b]", "", unicodedata.normalize("NFC", text))


def test_pdf_renders_every_script_and_shows_the_rest_as_placeholders(
    runner: CliRunner, files: dict[str, Path], tmp_path: Path
) -> None:
    data = report(runner, files, tmp_path, "pdf")
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = _squash("\n".join(page.extract_text() for page in reader.pages))
    for original in HOSTILE:
        expected = drawable(flat(visible(original)), "de")
        assert _squash(expected[:LONGEST_TEXT])[:200] in text, original[:60]
    for script in ("ትግርኛ", "العربية", "עברית", "Ελληνικά", "Кириллица", "Հայերեն"):
        assert _squash(script) in text
    assert PLACEHOLDER * 4 in text  # 中文名字: no shipped font has Chinese
    assert "gekürzt" in text  # the 20,400-character texts are shortened with a note


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252"])
def test_an_output_encoding_that_cannot_show_a_character_gets_an_escape(
    files: dict[str, Path], encoding: str
) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": encoding, "COLUMNS": "80"}
    catalogue = ["--programs", str(files["programs"]), "--rubric", str(files["rubric"])]
    for args in (
        ["match", "--answers", str(files["answers"]), "--date", DATE, "--top", "3"],
        ["programs", "show", "h14"],  # Ethiopic
    ):
        done = subprocess.run(
            [sys.executable, "-m", "fundmatch", *args, *catalogue], capture_output=True, env=env, cwd=ROOT
        )
        assert done.returncode == 0, done.stderr.decode(errors="replace")[-1000:]
        assert b"Traceback" not in done.stderr
    # ትግርኛ, as escapes (click writes UTF-8 to a stream it finds declared as ASCII)
    assert b"\\u1275\\u130d\\u122d\\u129b" in done.stdout or "ትግርኛ".encode() in done.stdout


@pytest.mark.parametrize("command", [["match", "--top", "2"], ["explain", "h00"], ["programs", "list"]])
def test_a_zero_terminal_width_still_shows_the_output(
    runner: CliRunner, files: dict[str, Path], command: list[str]
) -> None:
    answers = ["--answers", str(files["answers"]), "--date", DATE] if command[0] != "programs" else []
    result = run(runner, files, *command, *answers, columns=0)
    assert "Fonds [/dim] x" in result.stdout


# --- what the user typed, quoted in messages -------------------------------------------------

CAFE = str(ROOT / "examples" / "frauencafe-uslar.yaml")


@pytest.mark.parametrize(
    "args",
    [
        [
            "explain",
            "a\x1b]0;title\x07\x1b[2Jb",
            "--answers",
            str(ROOT / "examples" / "frauencafe-uslar.yaml"),
        ],
        [
            "report",
            "--answers",
            str(ROOT / "examples" / "frauencafe-uslar.yaml"),
            "-o",
            "{tmp}/a\x1b[31mb.md",
        ],
        ["match", "\x1b[2J"],  # an unexpected argument, quoted by the option parser's error
    ],
    ids=["unknown id", "written file", "usage error"],
)
def test_an_id_or_path_in_a_message_is_shown_as_text(
    runner: CliRunner, tmp_path: Path, args: list[str]
) -> None:
    result = runner.invoke(app, [a.replace("{tmp}", str(tmp_path)) for a in args])
    shown = result.stdout + result.stderr
    assert "\\x1b" in shown, shown
    assert RAW_CONTROL.search(shown) is None, repr(shown)
