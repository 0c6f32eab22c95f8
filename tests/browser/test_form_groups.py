"""The online form's script on the seeded investment form: a repeating group's items added and removed in the page
(numbered, named and counted as the server reads them, never fewer than the minimum), and a field shown only when
its condition holds. Without the script the same buttons submit the form (tests/integration/procedures/
test_form_builder.py)."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

FORM = (
    "/dau-tu/cap-giay-chung-nhan-dang-ky-dau-tu-doi-voi-du-an-khong-thuoc-dien-chap-thuan-chu-truong-dau-tu"
    "/nop-truc-tuyen/"
)
GROUP = "cac_nha_dau_tu"


def test_items_are_added_and_removed_in_the_page(page, server):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server.url + FORM)
    items = page.locator(f'[data-group="{GROUP}"] .online-form__items > li')
    total = page.locator(f'input[name="{GROUP}-TOTAL_FORMS"]')
    expect(items).to_have_count(1)
    expect(items.first.get_by_role("button", name="Bỏ nhà đầu tư này")).to_be_hidden()  # the minimum is one

    page.fill(f"#id_{GROUP}-0-ten_nha_dau_tu", "Công ty A")
    page.get_by_role("button", name="Thêm nhà đầu tư").click()
    expect(items).to_have_count(2)
    expect(total).to_have_value("2")
    expect(page.locator(f"#id_{GROUP}-1-ten_nha_dau_tu")).to_be_focused()
    expect(items.nth(1).locator("[data-number]")).to_have_text("2")

    other = page.locator(f"#id_{GROUP}-1-quoc_tich_khac_cua_nha_dau_tu_ghi_ro")
    expect(other).to_be_hidden()
    page.select_option(f"#id_{GROUP}-1-quoc_tich_cua_nha_dau_tu", "Quốc tịch khác")
    expect(other).to_be_visible()
    other.fill("Canada")

    items.first.get_by_role("button", name="Bỏ nhà đầu tư này").click()
    expect(items).to_have_count(1)
    expect(total).to_have_value("1")
    expect(page.locator(f"#id_{GROUP}-0-quoc_tich_khac_cua_nha_dau_tu_ghi_ro")).to_have_value("Canada")
    expect(page.locator(f"#id_{GROUP}-0-ten_nha_dau_tu")).to_have_value("")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
