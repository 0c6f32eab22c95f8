"""The enforced Content-Security-Policy blocks nothing the pages need: Chromium reports no violation on public pages
(strict policy) or on the staff's dossier list (the admin's policy). A blocked script or style would fail silently
for the visitor, so each page is loaded and the browser's own reports are read."""

import pytest
from playwright.sync_api import expect

from .staff import log_in

pytestmark = pytest.mark.browser

PROCEDURE = "/ho-tich-co-yeu-to-nuoc-ngoai/dang-ky-ket-hon-co-yeu-to-nuoc-ngoai/"
PUBLIC_PAGES = ["/", PROCEDURE, PROCEDURE + "nop-truc-tuyen/", "/api/v1/docs"]
# Registered before any script of the page runs, so violations while parsing are caught too.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI} at line ${event.lineNumber}`);
});
"""


@pytest.fixture
def violations(page):
    """Every violation reported on the pages ``page`` loads: the DOM event, and Chromium's console message."""
    page.add_init_script(RECORD_VIOLATIONS)
    reported = []
    page.on("console", lambda message: "Content Security Policy" in message.text and reported.append(message.text))

    def read():
        return reported + page.evaluate("window.cspViolations")

    return read


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_run_under_the_strict_policy(page, server, violations, path):
    response = page.goto(server.url + path)
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    if path.endswith("/docs"):
        expect(page.locator(".swagger-ui .info")).to_be_visible()  # the API docs' scripts ran
    page.wait_for_load_state("networkidle")
    assert violations() == []


def test_staff_dossier_list_runs_under_the_admin_policy(page, server, violations):
    log_in(page, server.url, "motcua")
    page.goto(f"{server.url}/admin/dossiers/?all=1")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert violations() == []
