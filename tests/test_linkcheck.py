from __future__ import annotations

import json
import socket
import urllib.error
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fundmatch.cli import app
from fundmatch.linkcheck import USER_AGENT, LinkResult, check_url, check_urls
from tests.conftest import PROGRAM, ROOT
from tests.linkserver import link_server

PAGES = ("ok", "moved", "moved-308", "temp", "gone", "broken", "hang")


def test_each_kind_of_answer() -> None:
    with link_server() as (base, agents):
        results = check_urls([f"{base}/{page}" for page in PAGES], timeout=0.5)
    by_page = {url.rsplit("/", 1)[-1]: result for url, result in results.items()}
    assert by_page["ok"] == LinkResult(f"{base}/ok", 200, timeout=0.5)
    assert by_page["moved"] == LinkResult(f"{base}/moved", 200, f"{base}/ok", 301, timeout=0.5)
    assert by_page["moved-308"].moved_status == 308
    assert by_page["temp"] == LinkResult(f"{base}/temp", 200, timeout=0.5)  # a temporary redirect is fine
    assert by_page["gone"].status == 404 and by_page["gone"].dead
    assert by_page["broken"].status == 500 and by_page["broken"].dead
    assert by_page["hang"].error == "timeout" and by_page["hang"].dead
    assert set(agents) == {USER_AGENT}
    problems = {page: r.problem() for page, r in by_page.items()}
    assert problems["ok"] is None and problems["temp"] is None
    assert problems["gone"].render("de") == f"toter Link (HTTP-Status 404): {base}/gone"  # type: ignore[union-attr]
    assert problems["hang"].render("de") == f"toter Link (keine Antwort in 0,5 s): {base}/hang"  # type: ignore[union-attr]
    moved = problems["moved"].render("en")  # type: ignore[union-attr]
    assert moved == f"moved permanently (301): {base}/moved → {base}/ok"


def test_unknown_host_and_refused_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> object:
        raise urllib.error.URLError(socket.gaierror(-2, "Name or service not known"))

    monkeypatch.setattr("fundmatch.linkcheck._OPENER.open", no_such_host)
    assert check_url("https://gibt-es-nicht.invalid/").error == "dns"
    monkeypatch.undo()
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert check_url(f"http://127.0.0.1:{port}/", timeout=1).error == "connection"


def test_audit_online_reports_exactly_the_broken_links_per_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "programs"
    folder.mkdir()
    with link_server() as (base, _):
        for page in PAGES:
            text = PROGRAM.format(id=f"p-{page}").replace("https://example.org/richtlinie", f"{base}/{page}")
            (folder / f"p-{page}.yaml").write_text(text, encoding="utf-8")
        # A generous timeout: a busy machine must not make the temporary redirect look dead.
        args = ["programs", "audit", "--online", "--timeout", "3", "--date", "2026-11-25"]
        args += ["--programs", str(folder), "--rubric", str(ROOT / "rubric.yaml")]
        result = runner.invoke(app, [*args, "--format", "json"])
        text_result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    order = [p["id"] for p in json.loads(result.stdout)["programs"]]
    assert set(order[:5]) == {"p-moved", "p-moved-308", "p-gone", "p-broken", "p-hang"}  # most urgent first
    records = {p["id"]: p for p in json.loads(result.stdout)["programs"]}
    links = {pid: [f for f in r["findings"] if "Link" in f or "umgezogen" in f] for pid, r in records.items()}
    assert links == {
        "p-ok": [],
        "p-moved": [f"dauerhaft umgezogen (301): {base}/moved → {base}/ok"],
        "p-moved-308": [f"dauerhaft umgezogen (308): {base}/moved-308 → {base}/ok"],
        "p-temp": [],
        "p-gone": [f"toter Link (HTTP-Status 404): {base}/gone"],
        "p-broken": [f"toter Link (HTTP-Status 500): {base}/broken"],
        "p-hang": [f"toter Link (keine Antwort in 3 s): {base}/hang"],
    }
    assert records["p-gone"]["next_step"].startswith("tote Links ersetzen")
    assert "Links: 7 geprüft · 3 tot · 2 dauerhaft umgezogen" in text_result.stdout


def test_audit_without_online_uses_no_network(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> object:
        raise AssertionError("the network was used")

    monkeypatch.setattr("fundmatch.linkcheck.check_url", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    result = runner.invoke(app, ["programs", "audit", "--date", "2026-11-25"])
    assert result.exit_code == 0, result.output
