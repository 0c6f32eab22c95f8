"""A passport holder on a phone: a refused POST in between keeps the chosen files, the form is saved and left, resumed
from the emailed link (files included) in another browser, checked and submitted.

The declaration's own answers are set straight into the page (the builder's tests walk its fields); what this test
drives by hand is the journey: the applicant's document, the files, the buttons, the email and its link."""

import email
import json
import re
import subprocess
import sys
from email import policy

import pytest
from playwright.sync_api import expect

from tests.production_shape import APPLICANT, FORM_PATH
from tests.samples import PDF

from .conftest import ROOT, server_env

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
EMAIL = "tanaka.yuki@example.jp"
PASSPORT_HOLDER = {
    **APPLICANT,
    "applicant_name": "Tanaka Yuki",
    "applicant_id_type": "passport",
    "applicant_id_number": "TZ1234567",
    "applicant_id_country": "Nhật Bản",
    "applicant_email": EMAIL,
}
# Sets each named control of the form as a POST would carry it (a missing one, e.g. a group's second item, is added
# as a hidden input) and tells the page's scripts, so conditional fields show as they would for a person.
SET_ANSWERS = """([form, answers]) => {
  for (const [name, value] of Object.entries(answers)) {
    const values = [].concat(value).map(String);
    let controls = form.querySelectorAll(`[name="${name}"]`);
    if (!controls.length) {
      const hidden = Object.assign(document.createElement("input"), {type: "hidden", name});
      form.appendChild(hidden);
      controls = [hidden];
    }
    for (const control of controls) {
      if (control.type === "radio" || control.type === "checkbox") control.checked = values.includes(control.value);
      else control.value = values[0];
      control.dispatchEvent(new Event("change", {bubbles: true}));
    }
  }
}"""


def fill(page, answers):
    page.evaluate(SET_ANSWERS, [page.locator("main form").element_handle(), answers])


def resume_link(mail_folder):
    for path in sorted(mail_folder.glob("*.eml"), reverse=True):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        match = re.search(r"https?://\S+/tiep-tuc/\?ma=\S+", message.get_body(preferencelist=("plain",)).get_content())
        if message["To"] == EMAIL and match:
            return match.group()
    raise AssertionError(f"no resume link for {EMAIL} in {mail_folder}")


def declaration_answers(var_dir, tmp_path):
    """``(data, {slot name: PDF path})`` filling the seeded marriage form, worked out by the server's own Django: this
    process runs Playwright's event loop, beside which Django refuses the database."""
    script = (
        "import json; from tests.production_shape import marriage_form_answers; data, files = marriage_form_answers(); "
        "print(json.dumps([data, [(name, file_name) for name, (file_name, _c, _t) in files]]))"
    )
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=server_env(var_dir),
        check=True,
        capture_output=True,
        text=True,
    )
    data, files = json.loads(done.stdout.strip().splitlines()[-1])
    paths = {}
    for name, file_name in files:
        paths[name] = tmp_path / file_name
        paths[name].write_bytes(PDF)
    return data, paths


def test_passport_holder_keeps_files_saves_resumes_from_the_email_and_submits(browser, server, tmp_path):
    data, paths = declaration_answers(server.var_dir, tmp_path)
    first = browser.new_context(viewport=PHONE, locale="vi-VN")
    page = first.new_page()
    page.goto(server.url + FORM_PATH)
    fill(page, {**PASSPORT_HOLDER, **data, "applicant_phone": ""})  # the mistake
    for name, path in paths.items():
        page.set_input_files(f"input[type=file][name='{name}']", path)
    page.get_by_role("button", name="Tiếp tục: kiểm tra lại thông tin").click()

    expect(page.locator(".error-summary")).to_contain_text("Số điện thoại")
    for path in paths.values():
        expect(page.locator("main")).to_contain_text(f"Đã giữ lại: {path.name}")
    fill(page, {"applicant_phone": "0912345678"})
    page.get_by_role("button", name="Lưu để nộp sau").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Đã lưu để nộp sau")
    expect(page.locator("main")).to_contain_text(EMAIL)
    first.close()  # leave

    later = browser.new_context(viewport=PHONE, locale="vi-VN")
    page = later.new_page()
    page.goto(resume_link(server.var_dir / "mail"))
    expect(page.locator("#id_applicant_id_number")).to_have_value("TZ1234567")
    for path in paths.values():
        expect(page.locator("main")).to_contain_text(f"Đã giữ lại: {path.name}")
    page.get_by_role("button", name="Tiếp tục: kiểm tra lại thông tin").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Kiểm tra lại thông tin trước khi nộp")
    expect(page.locator("main")).to_contain_text("Tanaka Yuki")
    for path in paths.values():
        expect(page.locator("main")).to_contain_text(path.name)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.get_by_role("button", name="Nộp hồ sơ").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hồ sơ đã được gửi")
    later.close()
