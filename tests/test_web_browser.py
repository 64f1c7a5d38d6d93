"""End to end in a real browser: Chromium (Debian's ``chromium`` and ``chromium-driver``)
driven by Selenium against the app served by uvicorn on 127.0.0.1.

A person's path: fill the whole questionnaire for each bundled example in German and
English, see the same ranking as ``fundmatch match --format json``, open an explanation,
compare, download the PDF and the answers file, resume from that file. axe-core checks the
pages against WCAG 2.1 A/AA; screenshots at 1280 and 360 px are saved (set
``FUNDMATCH_SCREENSHOTS=DIR`` to keep them). Without a browser the tests are skipped
with the reason, never passed.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner
from web_helpers import EXAMPLES, SECTIONS, TODAY, example, same_answers, typed

from fundmatch.cli import app as cli_app
from fundmatch.questionnaire import QUESTIONS, Kind, get_value, has_value

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
AXE = Path(__file__).parent / "data" / "axe" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

try:
    from selenium import webdriver
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:  # pragma: no cover - the test extra installs selenium
    webdriver = None

if webdriver is None or not CHROMIUM or not DRIVER:
    pytest.skip(
        "browser tests need selenium (pip install -e '.[test]') and Debian's chromium and "
        "chromium-driver (apt-get install chromium chromium-driver); not found here",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    import uvicorn

    from fundmatch.web.app import create_app
    from fundmatch.web.server import free_port

    port = free_port()
    config = uvicorn.Config(create_app(today=TODAY), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def driver(downloads: Path) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads)})
    browser = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=DRIVER))
    browser.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    yield browser
    browser.quit()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wanted = os.environ.get("FUNDMATCH_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --- a person's actions ---------------------------------------------------------------------


def press(driver: WebDriver, selector: str) -> None:
    """Click a button and wait for the next page."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, selector).click()
    WebDriverWait(driver, 60).until(lambda d: _stale(old))


def _stale(element: Any) -> bool:
    try:
        element.is_enabled()
        return False
    except Exception:
        return True


def fill_section(driver: WebDriver, data: dict[str, Any], section: str, lang: str) -> None:
    for question in (q for q in QUESTIONS if q.section == section):
        value = get_value(data, question.id) if has_value(data, question.id) else None
        entered = typed(question.id, value, lang)
        if question.kind is Kind.LOCATION and value:
            entered = place_name(str(value))[:5].lower()  # part of the name, as a person types it
        if question.kind in (Kind.CHOICE, Kind.YESNO):
            driver.find_element(By.CSS_SELECTOR, f'input[name="{question.id}"][value="{entered}"]').click()
        elif question.kind is Kind.MULTI:
            for box in driver.find_elements(By.CSS_SELECTOR, f'input[name="{question.id}"]'):
                if box.is_selected() != (box.get_attribute("value") in entered):
                    box.click()
        else:
            field = driver.find_element(By.NAME, question.id)
            field.clear()
            field.send_keys(str(entered))
    press(driver, 'button.primary[name="go"]')
    pick = driver.find_elements(By.CSS_SELECTOR, 'input[name="organisation.location.pick"]')
    if pick:  # several places matched the typed part: pick the one meant
        location = get_value(data, "organisation.location")
        driver.find_element(
            By.CSS_SELECTOR, f'input[name="organisation.location.pick"][value="{location}"]'
        ).click()
        press(driver, 'button.primary[name="go"]')


def place_name(region_id: str) -> str:
    from fundmatch.catalogue import load_catalogue, resolve_paths

    regions = load_catalogue(resolve_paths(env={})).rubric.vocabularies.regions
    return next(r.name for r in regions if r.id == region_id)


def answer_everything(driver: WebDriver, base_url: str, data: dict[str, Any], lang: str) -> None:
    driver.get(f"{base_url}/?lang={lang}")
    driver.find_element(By.CSS_SELECTOR, "a.button.primary").click()
    for section in SECTIONS:
        assert driver.find_elements(By.CSS_SELECTOR, ".error") == [], driver.page_source[:2000]
        fill_section(driver, data, section, lang)
    assert driver.find_elements(By.CSS_SELECTOR, ".summary-group"), "no summary after the last step"


def web_ranking(driver: WebDriver) -> list[tuple[str, str]]:
    return [
        (row.get_attribute("data-program") or "", row.get_attribute("data-eligibility") or "")
        for row in driver.find_elements(By.CSS_SELECTOR, "table.ranking tbody tr")
    ]


def cli_ranking(path: Path) -> list[tuple[str, str]]:
    result = CliRunner().invoke(
        cli_app, ["match", "--answers", str(path), "--format", "json", "--date", TODAY.isoformat()]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    return [(r["id"], r["eligibility"]) for r in document["results"]]


def axe_violations(driver: WebDriver) -> list[str]:
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    found = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' @ ' +"
        " v.nodes.map(n => n.target.join(' ')).join(', '))));",
        WCAG,
    )
    return list(found)


def wide_elements(driver: WebDriver) -> list[str]:
    """The innermost elements that reach past the window's right edge, to say what to mend."""
    return list(
        driver.execute_script(
            "const w = window.innerWidth;"
            "const out = [...document.querySelectorAll('body *')].filter(e =>"
            " e.getBoundingClientRect().right > w &&"
            " ![...e.children].some(c => c.getBoundingClientRect().right > w));"
            "return out.slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className + ' ' +"
            " Math.round(e.getBoundingClientRect().right) + ' ' + e.textContent.slice(0, 60));"
        )
    )


def screenshot(driver: WebDriver, folder: Path, name: str, width: int) -> Path:
    """The whole page at ``width`` CSS pixels (a phone's at 360, emulated: a desktop window
    cannot be that narrow); asserts nothing sticks out sideways."""
    metrics = {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:
        assert driver.execute_script("return window.innerWidth") == width
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} is {overflow} px wider than {width} px: {wide_elements(driver)}"
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics | {"height": min(height, 16000)})
        path = folder / f"{name}-{width}.png"
        driver.save_screenshot(str(path))
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return path


# --- the tests ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_questionnaire_gives_the_command_lines_ranking(
    driver: WebDriver, base_url: str, path: Path, lang: str
) -> None:
    answer_everything(driver, base_url, example(path), lang)
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
    press(driver, "div.actions button.primary")
    assert web_ranking(driver) == cli_ranking(path)


def test_explain_compare_download_and_resume(
    driver: WebDriver, base_url: str, downloads: Path, screenshots: Path
) -> None:
    path = EXAMPLES[0]
    data = example(path)
    answer_everything(driver, base_url, data, "de")
    press(driver, "div.actions button.primary")
    first_name = driver.find_element(By.CSS_SELECTOR, "table.ranking tbody th").text.split("\n")[0]

    press(driver, "table.ranking tbody tr:first-child button")
    assert driver.find_element(By.TAG_NAME, "h1").text == first_name
    assert driver.find_elements(By.CSS_SELECTOR, "#gates-title + table tbody tr")
    assert driver.find_elements(By.CSS_SELECTOR, "#criteria-title + table tbody tr")
    press(driver, "p.no-print button")  # back to the ranking

    press(driver, "div.compare-pick button")
    assert len(driver.find_elements(By.CSS_SELECTOR, "table.compare thead th")) == 3
    press(driver, "p.no-print button")

    for name in ("fundmatch-bericht.pdf", "fundmatch-antworten.yaml"):
        (downloads / name).unlink(missing_ok=True)
    driver.find_element(By.CSS_SELECTOR, 'button[name="fmt"][value="pdf"]').click()
    pdf = wait_for_file(downloads / "fundmatch-bericht.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    driver.find_element(By.CSS_SELECTOR, 'button[name="fmt"][value="yaml"]').click()
    saved = wait_for_file(downloads / "fundmatch-antworten.yaml")
    assert same_answers(yaml.safe_load(saved.read_text(encoding="utf-8")), data)
    ranking = web_ranking(driver)

    driver.get(f"{base_url}/")
    driver.find_element(By.ID, "answers-file").send_keys(str(saved))
    press(driver, "form.upload button")
    assert driver.find_elements(By.CSS_SELECTOR, ".summary-group"), "a complete file leads to the summary"
    press(driver, "div.actions button.primary")
    assert web_ranking(driver) == ranking


def wait_for_file(path: Path) -> Path:
    deadline = time.monotonic() + 60
    while not path.exists() or path.stat().st_size == 0:
        assert time.monotonic() < deadline, f"{path.name} was not downloaded"
        time.sleep(0.1)
    time.sleep(0.2)  # Chromium renames the finished download into place
    return path


def test_a_closed_tab_loses_nothing_the_browser_keeps_a_draft(driver: WebDriver, base_url: str) -> None:
    data = example(EXAMPLES[1])
    driver.get(f"{base_url}/?lang=de")
    driver.execute_script("window.localStorage.clear()")
    driver.find_element(By.CSS_SELECTOR, "a.button.primary").click()
    fill_section(driver, data, SECTIONS[0], "de")  # the second step's page now holds the first's answers
    driver.get(f"{base_url}/?lang=de")  # as if the tab had been closed and opened again
    box = driver.find_element(By.ID, "browser-draft")
    assert box.is_displayed()
    press(driver, "#browser-draft button[type=submit]")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Was haben wir?"
    name = data["organisation"]["name"]
    assert name in (driver.find_element(By.NAME, "state").get_attribute("value") or "")
    driver.get(f"{base_url}/?lang=de")
    driver.find_element(By.ID, "forget-draft").click()
    assert not driver.find_element(By.ID, "browser-draft").is_displayed()
    assert driver.execute_script("return window.localStorage.getItem('fundmatch-draft')") is None


def test_keyboard_only_enter_goes_on_focus_shows_and_print_hides_buttons(
    driver: WebDriver, base_url: str
) -> None:
    from selenium.webdriver.common.keys import Keys

    driver.get(f"{base_url}/questions?lang=de")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)  # the first stop is the skip link
    assert driver.switch_to.active_element.get_attribute("class") == "skip"
    outline = driver.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.NAME, "organisation.name").send_keys("Café am Markt", Keys.ENTER)
    WebDriverWait(driver, 30).until(lambda d: _stale(old))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Was haben wir?"
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = [b for b in driver.find_elements(By.TAG_NAME, "button") if b.is_displayed()]
        assert shown == []
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_the_accessibility_check_finds_what_it_should(driver: WebDriver) -> None:
    """The check itself can fail: a page with an unlabelled field and an image without text."""
    driver.get("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>")
    found = axe_violations(driver)
    assert any(v.startswith("image-alt") for v in found) and any(v.startswith("label") for v in found)


def test_pages_pass_axe_and_fit_a_phone(driver: WebDriver, base_url: str, screenshots: Path) -> None:
    """WCAG 2.1 A/AA on every kind of page, and each readable at 1280 and 360 px."""
    data = example(EXAMPLES[0])
    driver.get(f"{base_url}/?lang=de")
    checked = {"start": axe_violations(driver)}
    screenshot(driver, screenshots, "start", 360)
    driver.find_element(By.CSS_SELECTOR, "a.button.primary").click()
    checked["questionnaire"] = axe_violations(driver)
    for width in (1280, 360):
        screenshot(driver, screenshots, "questionnaire", width)
    driver.find_element(By.NAME, "organisation.location").send_keys("xyz")
    press(driver, 'button.primary[name="go"]')
    checked["questionnaire-error"] = axe_violations(driver)
    screenshot(driver, screenshots, "questionnaire-error", 1280)

    answer_everything(driver, base_url, data, "de")
    checked["summary"] = axe_violations(driver)
    screenshot(driver, screenshots, "summary", 360)
    press(driver, "div.actions button.primary")
    checked["results"] = axe_violations(driver)
    for width in (1280, 360):
        screenshot(driver, screenshots, "results", width)
    press(driver, "table.ranking tbody tr:first-child button")
    checked["explanation"] = axe_violations(driver)
    for width in (1280, 360):
        screenshot(driver, screenshots, "explanation", width)
    press(driver, "p.no-print button")
    press(driver, "div.compare-pick button")
    checked["comparison"] = axe_violations(driver)
    screenshot(driver, screenshots, "comparison", 360)
    assert {page: found for page, found in checked.items() if found} == {}
