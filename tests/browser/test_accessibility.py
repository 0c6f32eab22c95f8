"""The public pages work from the keyboard alone and pass axe-core's WCAG 2.1 A/AA rules without a serious finding."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
PROCEDURE = "/ho-tich-co-yeu-to-nuoc-ngoai/dang-ky-ket-hon-co-yeu-to-nuoc-ngoai/"
MAX_TABS = 40  # more than any public page needs before its first result link


def tab_until(page, selector):
    """Presses Tab as a keyboard user would until the focused element matches, and returns it."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return page.locator(":focus")
    raise AssertionError(f"{MAX_TABS} presses of Tab never reached {selector}")


def test_keyboard_only_search_to_procedure(page, server):
    page.goto(f"{server.url}/")

    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_class(re.compile(r"\bskip-link\b"))
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    tab_until(page, "input[type=search]")
    page.keyboard.type("khai sinh")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=khai"))

    link = tab_until(page, ".procedure-list a")
    outline = link.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline != "none", "the focused result link shows no focus indicator"
    title = link.inner_text().strip()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


PAGES = {
    "home": "/",
    "subsystem": "/ho-tich-co-yeu-to-nuoc-ngoai/",
    "procedure": PROCEDURE,
    "search results": "/search/?q=ket+hon",
    "online form": PROCEDURE + "nop-truc-tuyen/",
    "online form with errors": PROCEDURE + "nop-truc-tuyen/",
    "look-up": "/tra-cuu/",
    "transparency": "/minh-bach/",
}


@pytest.fixture
def axe():
    if not AXE.exists():
        pytest.skip(f"needs axe-core from npm at {AXE.parent}: run `npm ci`")
    return AXE


@pytest.mark.parametrize("name", PAGES)
def test_no_serious_axe_violation(axe, page, server, name):
    page.goto(server.url + PAGES[name])
    if name.endswith("with errors"):
        page.locator("main button[value=check]").last.click()  # the visible one, at the end of the form
        expect(page.locator(".error-summary").first).to_be_visible()
    page.evaluate(axe.read_text())  # not a script tag: the pages' CSP refuses inline scripts, DevTools' are exempt
    results = page.evaluate("rules => axe.run(document, {runOnly: rules})", AXE_RULES)
    blocking = [
        f"{violation['id']} ({violation['impact']}): {[node['target'] for node in violation['nodes']]}"
        for violation in results["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]
    assert not blocking, f"axe-core on {PAGES[name]}:\n" + "\n".join(blocking)
