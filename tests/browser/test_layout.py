"""Every public page of the demo catalogue fits a phone without sideways scrolling, hides no table cell off-screen,
and the site frame spans the viewport on the form and confirmation pages (issue 13: both were broken while the
journey test passed)."""

import pytest

from .conftest import running_server
from .test_citizen_to_returned import PDF, submit_online

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PHONE_WIDTHS = (320, 390)
DESKTOP = {"width": 1280, "height": 900}

# What does not fit: the page's own scroll width, any table cell past the right edge (a `.table-scroll` box
# scrolling sideways hides information without widening the page) and any scroll box wider than itself.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const problems = [];
  if (document.documentElement.scrollWidth > width) {
    problems.push(`page scrolls to ${document.documentElement.scrollWidth} px`);
  }
  const cut = [...document.querySelectorAll("main th, main td")].filter(cell => {
    const box = cell.getBoundingClientRect();
    return box.width && box.right > width + 0.5;
  });
  if (cut.length) problems.push(`${cut.length} table cells end past the edge, the first "${cut[0].innerText.trim()}"`);
  for (const box of document.querySelectorAll(".table-scroll")) {
    if (box.scrollWidth > box.clientWidth) problems.push(`a table scrolls to ${box.scrollWidth} px`);
  }
  return problems;
}"""

FRAME = """() => {
  const width = document.documentElement.clientWidth;
  return [".site-header", ".site-footer"].flatMap(selector => {
    const box = document.querySelector(selector).getBoundingClientRect();
    return box.left === 0 && box.width === width ? [] : [`${selector} spans ${box.left}-${box.right} of ${width} px`];
  });
}"""


@pytest.fixture(scope="module")
def server(seeded_template, tmp_path_factory):
    """Without DEBUG, as the public sees the site: its own 404 page, not Django's technical one."""
    with running_server(seeded_template, tmp_path_factory.mktemp("layout-var"), DEBUG="0") as running:
        yield running


def links(page, url, selector):
    page.goto(url)
    found = page.eval_on_selector_all(
        selector, "as => as.filter(a => a.origin === location.origin).map(a => a.pathname + a.search)"
    )
    return sorted(set(found))


@pytest.fixture(scope="module")
def public_pages(browser, server):
    """The demo catalogue's public pages, found the way a visitor finds them: home → subsystems → procedures →
    their online forms, and the agencies."""
    context = browser.new_context()
    page = context.new_page()
    subsystems = links(page, server.url + "/", ".subsystem-card a")
    procedures = sorted({path for subsystem in subsystems for path in links(page, server.url + subsystem, "main h3 a")})
    forms = sorted({path for procedure in procedures for path in links(page, server.url + procedure, "main a.button")})
    agencies = links(page, server.url + "/co-quan/", ".subsystem-card a")
    context.close()
    assert subsystems and procedures and forms and agencies, "the demo catalogue was not found from the home page"
    fixed = ["/", "/search/?q=ket+hon", "/search/?q=giay+phep", "/co-quan/", "/tra-cuu/", "/minh-bach/", "/khong-co/"]
    return fixed + subsystems + procedures + forms + agencies


def overflow_at_phone_widths(page):
    problems = []
    for width in PHONE_WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        problems += [f"{width} px: {problem}" for problem in page.evaluate(OVERFLOW)]
    return problems


def test_no_public_page_scrolls_sideways_on_a_phone(browser, server, public_pages):
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    problems = {}
    for path in public_pages:
        page.goto(server.url + path)
        if found := overflow_at_phone_widths(page):
            problems[path] = found
    for path in [path for path in public_pages if path.endswith("/nop-truc-tuyen/")][:1]:
        page.goto(server.url + path)
        page.locator("main button[type=submit]").last.click()
        if found := overflow_at_phone_widths(page):
            problems[path + " (with errors)"] = found
    context.close()
    assert not problems, "\n".join(f"{path}: {'; '.join(found)}" for path, found in problems.items())


def test_frame_spans_the_viewport_on_every_form_page(page, server, public_pages):
    page.set_viewport_size(DESKTOP)
    problems = {}
    for path in [path for path in public_pages if path.endswith("/nop-truc-tuyen/")]:
        page.goto(server.url + path)
        if found := page.evaluate(FRAME):
            problems[path] = found
    assert not problems, problems


def test_confirmation_spans_the_viewport_lists_files_and_opens_the_look_up(page, server, tmp_path):
    pdf_path = tmp_path / "to-khai.pdf"
    pdf_path.write_bytes(PDF)
    page.set_viewport_size(DESKTOP)
    code, secret = submit_online(page, server.url, pdf_path)
    assert page.evaluate(FRAME) == []
    assert page.locator("main .attachments li").count() >= 1, "the confirmation lists no uploaded file"
    assert overflow_at_phone_widths(page) == []

    page.set_viewport_size(DESKTOP)
    page.locator("main a", has_text="Tra cứu hồ sơ").click()
    assert page.locator("input[name=code]").input_value() == code
    assert secret not in page.url
