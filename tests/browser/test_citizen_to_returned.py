"""One dossier's whole life as the people see it: the citizen submits, five staff take it through (the leader signs
the result digitally), the citizen downloads the signed result and rates.

One test, because each step needs the state the previous one left; a failure's screenshot shows where it stopped.
"""

import email
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from email import policy

import pytest
import zxingcpp
from django.test import override_settings
from PIL import Image
from playwright.sync_api import expect

from signing.demo import DEMO_PIN
from signing.service import validate_pdf

from .staff import log_in

pytestmark = pytest.mark.browser

PROCEDURE = "Đăng ký kết hôn có yếu tố nước ngoài"
CODE_PATTERN = re.compile(r"\d{3}\.\d{2}\.\d{2}\.H56-\d{6}-\d{4}")
# A real, minimal PDF: the upload check reads the file's signature, not its name.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
# Every required upload slot of the seeded marriage form (the optional divorce decision is left empty).
ATTACHMENTS = [
    "tep_to_khai_dang_ky_ket_hon",
    "tep_giay_to_chung_minh_tinh_trang_hon_nhan_cua_nguoi_nuoc_ngoai_",
    "tep_giay_xac_nhan_cua_to_chuc_y_te_co_tham_quyen_rang_nguoi_do_k",
    "tep_ho_chieu_hoac_giay_to_co_gia_tri_thay_ho_chieu_cua_nguoi_nuo",
]


def submit_online(page, base, pdf_path):
    """The citizen finds the procedure by search and submits its online form; returns (code, look-up secret)."""
    page.goto(f"{base}/")
    page.get_by_role("searchbox").first.fill("ket hon")
    page.get_by_role("searchbox").first.press("Enter")
    page.get_by_role("link", name=PROCEDURE).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(PROCEDURE)
    page.get_by_role("link", name="Nộp hồ sơ trực tuyến").first.click()

    page.fill("#id_applicant_name", "Nguyễn Thị Hoa")
    page.fill("#id_applicant_id_number", "001190012345")
    page.fill("#id_applicant_date_of_birth", "1990-04-12")
    page.fill("#id_applicant_address", "12 Lê Lợi, phường Đông Thành")
    page.fill("#id_applicant_phone", "0912345678")
    page.fill("#id_applicant_email", "hoa@example.vn")
    page.locator("input[name=gioi_tinh_cua_cong_dan_viet_nam][value='Nữ']").check()
    page.fill("#id_ngay_sinh_cua_cong_dan_viet_nam", "1990-04-12")
    page.locator("input[name=noi_dang_ky_ket_hon]").first.check()
    page.fill("#id_ho_va_ten_ben_ket_hon_con_lai", "John Smith")
    page.locator("input[name=gioi_tinh_cua_ben_ket_hon_con_lai][value='Nam']").check()
    page.fill("#id_ngay_sinh_cua_ben_ket_hon_con_lai", "1988-02-03")
    expect(page.locator("#id_quoc_tich_khac_cua_ben_ket_hon_con_lai_ghi_ro")).to_be_hidden()  # not asked yet
    page.select_option("#id_quoc_tich_cua_ben_ket_hon_con_lai", "Quốc tịch khác")
    page.fill("#id_quoc_tich_khac_cua_ben_ket_hon_con_lai_ghi_ro", "Canada")
    page.fill("#id_so_ho_chieu", "X1234567")
    page.locator("input[name=da_tung_ket_hon_va_ly_hon][value='Không']").check()
    for name in ATTACHMENTS:
        page.locator(f"input[type=file][name={name}]").set_input_files(pdf_path)
    page.check("#id_privacy_acknowledged")
    page.get_by_role("button", name="Tiếp tục: kiểm tra lại thông tin").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kiểm tra lại thông tin trước khi nộp")
    page.get_by_role("button", name="Nộp hồ sơ").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Hồ sơ đã được gửi")
    code = CODE_PATTERN.search(page.locator("main").inner_text()).group()
    secret = page.locator("dt:has-text('Mã tra cứu') + dd").inner_text().strip()
    return code, secret


def open_dossier(page, base, code):
    page.goto(f"{base}/admin/dossiers/?all=1&q={code}")
    page.get_by_role("link", name=code).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(code)


def take_step(page, base, username, code, label, fill=None):
    """Staff log in, open the dossier's inspect page and take one of the steps it offers."""
    log_in(page, base, username)
    open_dossier(page, base, code)
    page.locator("#dossier-actions ~ p").get_by_role("link", name=label, exact=True).click()
    if fill:
        fill(page)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("main")).to_contain_text("Đã thực hiện")


def choose_specialist(page):
    value = page.locator("#id_specialist option", has_text="Hoàng Văn Thụ").first.get_attribute("value")
    page.select_option("#id_specialist", value=value)


def sign_with_pin(page):
    """The leader reads the memo and the draft beside the form, then signs with the PIN of their certificate."""
    expect(page.locator("main")).to_contain_text("Tờ trình của chuyên viên")
    expect(page.locator("main")).to_contain_text("Dự thảo")
    page.fill("#id_comment", "Đồng ý ký")
    page.fill("#id_pin", DEMO_PIN)


def assert_signed_result(path, code, pki):
    """Two valid signatures, the leader's then the seal's, trusted against the server's own demo authority; a PDF
    reader renders it, and its QR leads to the verification page."""
    # In a thread of its own: pyHanko's validator runs its own event loop, and Playwright's is running in this one.
    with (
        override_settings(SIGNING_TRUST_ROOTS=[str(pki / "demo-root.pem")], SIGNING_CRLS=[str(pki / "demo.crl")]),
        ThreadPoolExecutor(max_workers=1) as thread,
    ):
        checks = thread.submit(validate_pdf, path.read_bytes()).result()
    assert [check.valid for check in checks] == [True, True]
    assert "Đặng Quốc Trưởng" in checks[0].signer_name
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(path), str(path.with_suffix(""))], check=True
    )
    [png] = path.parent.glob(f"{path.stem}-*.png")
    [qr] = zxingcpp.read_barcodes(Image.open(png))
    assert "/xac-minh/" in qr.text and code in qr.text


def rating_link(var_dir, code):
    """The link in the "result returned" email, as the development backend wrote it."""
    for path in sorted((var_dir / "mail").glob("*.eml"), reverse=True):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        body = message.get_body(preferencelist=("plain",)).get_content()
        match = re.search(r"https?://\S+/ho-so/danh-gia/\S+", body)
        if code in body and match:
            return match.group()
    raise AssertionError(f"no rating email for {code} in {var_dir / 'mail'}")


def test_citizen_submits_staff_process_citizen_rates(page, server, tmp_path):
    base = server.url
    pdf_path = tmp_path / "to-khai.pdf"
    pdf_path.write_bytes(PDF)

    code, secret = submit_online(page, base, pdf_path)

    take_step(page, base, "motcua", code, "Tiếp nhận")
    slip = page.locator("a[href*='/slips/']", has_text="Giấy tiếp nhận hồ sơ").first.get_attribute("href")
    response = page.context.request.get(base + slip)
    assert response.ok and response.body().startswith(b"%PDF")

    take_step(page, base, "chanhvp", code, "Phân công xử lý", choose_specialist)
    take_step(
        page, base, "chuyenvien1", code, "Trình Chánh Văn phòng", lambda p: p.fill("#id_memo", "Đề xuất cấp giấy")
    )
    take_step(page, base, "chanhvp", code, "Duyệt tờ trình", lambda p: p.fill("#id_annotation", "Đồng ý"))
    take_step(page, base, "chanhvp", code, "Trình lãnh đạo UBND", lambda p: p.select_option("#id_leader", index=1))
    take_step(page, base, "lanhdao", code, "Ký duyệt", sign_with_pin)
    take_step(page, base, "chuyenvien1", code, "Chuyển kết quả cho Bộ phận Một cửa")
    take_step(page, base, "motcua", code, "Trả kết quả")

    page.context.clear_cookies()
    page.goto(f"{base}/tra-cuu/")
    page.fill("#id_code", code)
    page.locator("input[name=factor][value=secret]").check()
    page.fill("#id_value", secret)
    page.get_by_role("button", name="Tra cứu").click()
    expect(page.locator("main")).to_contain_text("Đã trả kết quả")
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải kết quả điện tử (PDF, đã ký số)").click()
    signed = tmp_path / "ket-qua.pdf"
    download.value.save_as(signed)
    assert_signed_result(signed, code, server.var_dir / "pki")

    page.goto(rating_link(server.var_dir, code))
    page.get_by_label("Rất hài lòng").check()
    page.get_by_role("button", name="Gửi đánh giá").click()
    expect(page.locator("main")).to_contain_text("Cảm ơn Ông/Bà đã đánh giá")
