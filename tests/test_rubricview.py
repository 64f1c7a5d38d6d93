from __future__ import annotations

from typer.testing import CliRunner

from fundmatch.catalogue import CURATED, load_rubric
from fundmatch.cli import app
from tests.conftest import ROOT


def test_rubric_show_lists_the_keys_staff_write_under_ratings(runner: CliRunner) -> None:
    rubric, _ = load_rubric(ROOT / "rubric.yaml")
    result = runner.invoke(app, ["rubric", "show"])  # piped: the runner is no terminal
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    heading = lines.index(
        "Kriterien, die Mitarbeitende bewerten – "
        "diese Schlüssel stehen unter ratings: in einer Programmdatei:"
    )
    for heading_text in ("Ausschlusskriterien (ja, nein oder prüfen):", "Einstufungen:"):
        assert heading_text in lines
    curated = [c for c in rubric.criteria if c.kind == CURATED]
    assert curated
    for criterion in curated:
        line = next(i for i, text in enumerate(lines) if text.startswith(f"  {criterion.id}: "))
        assert line > heading
        for level, anchor in criterion.anchors.items():
            assert f"      {level}: {anchor.de}" in lines[line + 1 : line + 1 + len(criterion.anchors)]
    assert "Art:" not in result.stdout  # internal kinds are not shown
    english = runner.invoke(app, ["rubric", "show", "--lang", "en"]).stdout
    assert "Criteria rated by staff – these are the keys under ratings: in a programme file:" in english
