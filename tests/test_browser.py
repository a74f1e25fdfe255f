"""The page in a real browser: Debian's Chromium driven by Playwright against uvicorn on the fixture store.

Each view is loaded and photographed (under $MATERIEL_SCREENSHOTS, or a temporary folder; the
paths are printed); a click on a network node leads to the transfer's evidence, highlighted; a
hostile document runs no script. The page may load nothing but from our own server.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest_web import HOSTILE_NAME, Fixture, build_store
from materiel.store import Store
from materiel.web import create_app
from materiel.web.pages import missing_vendor

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium is not installed at /usr/bin/chromium")

playwright_sync = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
uvicorn = pytest.importorskip("uvicorn")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def fixture(tmp_path_factory: pytest.TempPathFactory) -> Fixture:
    return build_store(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def server(fixture: Fixture) -> Iterator[str]:
    """The app over the fixture store, served by uvicorn on a free local port in a thread."""
    missing = missing_vendor()
    if missing:
        pytest.fail(f"the page's front-end libraries are missing ({', '.join(missing)}): run scripts/build-web.sh")
    with Store(fixture.url) as store:
        port = free_port()
        config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                pytest.fail("uvicorn did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_sync.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("MATERIEL_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Page:
    """A browser tab that refuses every request to another host and records script errors."""

    def __init__(self, browser: Any, base: str, screenshots: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.base = base
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.context = browser.new_context(viewport={"width": 1440, "height": 900}, device_scale_factor=1)
        self.page = self.context.new_page()
        self.page.route("**/*", self._only_ours)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))
        self.screenshots = screenshots
        self.capsys = capsys

    def _only_ours(self, route: Any) -> None:
        if route.request.url.startswith(self.base + "/"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def open(self, path: str, ready: str | None = None) -> Any:
        self.page.goto(self.base + path)
        if ready:
            self.page.wait_for_selector(f"body[data-ready={ready}]", timeout=15000)
        return self.page

    def shot(self, name: str) -> Path:
        path = self.screenshots / f"{name}.png"
        self.page.screenshot(path=str(path))
        with self.capsys.disabled():
            print(f"\nscreenshot: {path}")
        return path

    def check_clean(self) -> None:
        assert self.outside == [], f"the page asked for {self.outside}"
        assert self.errors == [], f"the page reported {self.errors}"
        assert self.page.evaluate("window.__pwned") is None


@pytest.fixture
def tab(browser: Any, server: str, screenshots: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Page]:
    opened = Page(browser, server, screenshots, capsys)
    yield opened
    opened.context.close()


def click_node(page: Any, node_id: str) -> None:
    x, y = page.evaluate(
        """(id) => {
            const cy = window.materielNetwork;
            const p = cy.getElementById(id).renderedPosition();
            const box = cy.container().getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        node_id,
    )
    page.mouse.click(x, y)


def test_network_node_leads_to_its_evidence(tab: Page, fixture: Fixture) -> None:
    page = tab.open("/network", ready="network")
    assert page.evaluate("window.materielNetwork.nodes().length") == 6
    assert page.evaluate("window.materielNetwork.edges().length") == 5
    tab.shot("network")
    click_node(page, "Q794")
    page.wait_for_selector("#panel h2:text-is('Iran')")
    tab.shot("network-node")
    tid = fixture.transfer_id("ja")
    page.locator(f'#panel a.evidence-link[href$="#t-{tid}"]').click()
    page.wait_for_url(f"**/documents/{fixture.documents['ja']}#t-{tid}")
    page.wait_for_selector(f'[id="t-{tid}"].is-target')
    highlighted = page.locator(f'[id="t-{tid}"]')
    assert highlighted.text_content() == "イランは2023年5月、ロシアに無人機「シャヘド136」300機を供与した"
    assert highlighted.is_visible()
    assert page.evaluate(
        "(id) => { const r = document.getElementById(id).getBoundingClientRect(); "
        "return r.top >= 0 && r.bottom <= window.innerHeight; }",
        f"t-{tid}",
    )
    tab.shot("evidence-from-network")
    tab.check_clean()


def test_network_edge_opens_its_transfers(tab: Page) -> None:
    page = tab.open("/network", ready="network")
    x, y = page.evaluate(
        """() => {
            const cy = window.materielNetwork;
            const edge = cy.edges().filter((e) => e.source().id() === "Q423")[0];
            const p = edge.renderedMidpoint();
            const box = cy.container().getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }"""
    )
    page.mouse.click(x, y)
    page.wait_for_selector("#panel h2:text-is('North Korea → Russia')")
    assert page.locator("#panel .fact").count() == 1
    assert page.locator("#panel .evidence-link").get_attribute("href").endswith("-t0")
    tab.check_clean()


def test_network_filters(tab: Page) -> None:
    page = tab.open("/network?category=drone", ready="network")
    assert page.evaluate("window.materielNetwork.nodes().map((n) => n.id()).sort()") == ["Q159", "Q794"]
    assert page.locator("select[name=category]").input_value() == "drone"
    tab.check_clean()


def test_map(tab: Page) -> None:
    page = tab.open("/map", ready="map")
    assert page.locator("path.country").count() > 150  # the world outline came from our server
    assert page.locator("path.leg").count() == 4
    assert page.locator("path.leg.mode-rail").count() == 1
    assert page.locator("path.leg.mode-sea").count() == 2
    assert page.locator("#legend .legend-entry").count() == 7
    assert "Khasan" in page.locator("g.place text").all_text_contents()
    tab.shot("map")
    page.locator("#legs button", has_text="Rajin → Khasan").click()
    page.wait_for_selector("#legs a.evidence-link")
    assert "by rail from Rajin to Khasan" in page.locator("#legs blockquote").first.text_content()
    tab.check_clean()


def test_timeline(tab: Page) -> None:
    page = tab.open("/timeline", ready="timeline")
    assert page.locator("rect.bar").count() == 4  # four dated months with transfers
    assert page.locator("#extra").text_content().count("2023") == 1
    tab.shot("timeline")
    tab.check_clean()


def test_evidence_view(tab: Page, fixture: Fixture) -> None:
    claim = f"{fixture.documents['ja'][:16]}-c1"
    page = tab.open(f"/documents/{fixture.documents['ja']}#c-{claim}", ready="document")
    target = page.locator(f'[id="c-{claim}"]')
    assert target.text_content() == "この報道を否定した"
    assert "is-target" in (target.get_attribute("class") or "")
    fonts = page.evaluate("getComputedStyle(document.getElementById('doc-text')).fontFamily")
    assert fonts.startswith('"Noto Sans CJK JP"')
    page.locator('[id="m-0-3"]').hover()
    page.wait_for_selector("#tooltip:not([hidden])")
    tip = page.locator("#tooltip").text_content()
    assert "Iran · country · Q794" in tip and "Transfer Iran → Russia" in tip
    tab.shot("evidence")
    tab.check_clean()


def test_transfers_table_links_to_evidence(tab: Page, fixture: Fixture) -> None:
    page = tab.open("/transfers")
    assert page.locator("table.transfers tbody tr").count() == 6
    tab.shot("transfers")
    tid = fixture.transfer_id("nk")
    page.locator(f'a.evidence-link[href$="#t-{tid}"]').click()
    page.wait_for_selector(f'[id="t-{tid}"].is-target')
    assert page.locator(f'[id="t-{tid}"]').text_content().startswith("North Korea shipped artillery shells")
    tab.check_clean()


def test_search(tab: Page) -> None:
    page = tab.open("/search?q=イラン")
    assert page.locator(".entity-list a", has_text="Iran").count() == 1
    assert page.locator(".doc-list li").count() == 1
    tab.shot("search")
    page.locator(".entity-list a", has_text="Iran").click()
    page.wait_for_url("**/entities/Q794")
    assert page.locator("table.transfers tbody tr").count() == 3
    tab.shot("entity")
    tab.open("/search?q=イラン")
    page.fill(".quicksearch input", "Astrakhan")
    page.press(".quicksearch input", "Enter")
    page.wait_for_url("**/search?q=Astrakhan")
    assert page.locator(".entity-list a", has_text="Astrakhan").count() == 1
    tab.check_clean()


def test_hostile_document_runs_no_script(tab: Page, fixture: Fixture) -> None:
    page = tab.open(f"/documents/{fixture.documents['hostile']}", ready="document")
    assert "<script>window.__pwned=1</script>" in page.locator("#doc-text").text_content()
    assert page.locator("#doc-text img, #doc-text script, #doc-text textarea, h1 script").count() == 0
    page.locator("#doc-text .hl-mention").first.hover()
    page.wait_for_selector("#tooltip:not([hidden])")
    assert HOSTILE_NAME in page.locator("#tooltip").text_content()
    tab.shot("hostile-document")
    page = tab.open("/network", ready="network")
    click_node(page, "mat:hostile-group")
    page.wait_for_selector("#panel h2")
    assert page.locator("#panel h2").text_content() == HOSTILE_NAME
    assert page.locator("#panel img").count() == 0
    for path in ("/entities/mat:hostile-group", "/search?q=img", "/transfers", "/documents", "/map", "/timeline"):
        tab.open(path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__pwned") is None, path
    tab.check_clean()
