"""``stamp_qr`` draws a result draft's QR code at the top left of its first page, as the reader sees the page (a
page turned by /Rotate included), readable from a 100 dpi render, and leaves the draft's own text where it was."""

import io

import pytest
from pypdf import PdfReader, PdfWriter
from weasyprint import HTML

from dossiers.issued.qr import stamp_qr

from .conftest import first_page, in_top_left, read_qr

PAYLOAD = (
    "https://dichvucong.example.gov.vn/xac-minh/AbCdEfGhIjKlMnOpQrStUv/#ma=000.00.06.H56-261103-0361&vb=Quyết+định"
)


@pytest.fixture
def draft():
    return HTML(string="<h1>QUYẾT ĐỊNH</h1><p>Về việc cấp giấy chứng nhận.</p>").write_pdf()


def turned(pdf_bytes, degrees):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes)))
    writer.pages[0].rotate(degrees)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("rotation", [0, 90])
def test_the_stamp_is_at_the_top_left_of_the_page_as_read_and_decodes(draft, rotation, tmp_path):
    stamped = stamp_qr(turned(draft, rotation), PAYLOAD)

    page = first_page(stamped, tmp_path)
    address, fields, position = read_qr(page)

    assert f"{address}#" + "&".join(f"{key}={value.replace(' ', '+')}" for key, value in fields.items()) == PAYLOAD
    assert in_top_left(position, page)
    assert "QUYẾT ĐỊNH" in PdfReader(io.BytesIO(stamped)).pages[0].extract_text()
