"""A result signed by a leader and then sealed by the agency, read back by pyHanko's own validator and by ours."""

import subprocess
from io import BytesIO

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from signing.service import SigningRefused, sign_pdf, validate_pdf


def signed_twice(pdf, credentials):
    once = sign_pdf(
        pdf,
        credentials.person,
        pin="123456",
        field_name="LanhDaoKy",
        reason="Ký duyệt kết quả",
        location="Tỉnh Demo",
    )
    return sign_pdf(
        once, credentials.seal, pin=None, field_name="DongDau", reason="Đóng dấu cơ quan", location="Tỉnh Demo"
    )


def test_leader_then_seal_validate_with_pyhankos_own_validator(pdf, credentials, demo_pki, tmp_path):
    signed = signed_twice(pdf, credentials)
    assert signed.startswith(pdf)  # incremental: the original bytes are untouched

    root = asn1_x509.Certificate.load(demo_pki.pki.root.public_bytes(Encoding.DER))
    embedded = PdfFileReader(BytesIO(signed)).embedded_signatures
    assert [signature.field_name for signature in embedded] == ["LanhDaoKy", "DongDau"]
    for signature in embedded:
        status = validate_pdf_signature(signature, ValidationContext(trust_roots=[root]))
        assert status.intact and status.valid and status.trusted and status.bottom_line, status.pretty_print_details()
    # The seal covers the whole file; the leader's signature covers its revision, then only a signature was added.
    assert validate_pdf_signature(embedded[1], ValidationContext(trust_roots=[root])).coverage.name == "ENTIRE_FILE"

    checks = validate_pdf(signed)
    assert [(check.field_name, check.signer_name) for check in checks] == [
        ("LanhDaoKy", "Đặng Quốc Trưởng"),
        ("DongDau", "Ủy ban nhân dân tỉnh"),
    ]
    assert all(check.valid and check.intact and check.trusted and check.covers_file for check in checks)
    assert checks[0].signed_at <= checks[1].signed_at and checks[0].signed_at.tzinfo is not None
    assert checks[0].serial == credentials.person.serial and checks[0].summary == "Hợp lệ"

    # A PDF reader opens it.
    (tmp_path / "signed.pdf").write_bytes(signed)
    subprocess.run(["pdftoppm", "-png", "-r", "30", tmp_path / "signed.pdf", tmp_path / "page"], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 0


def test_one_byte_changed_is_not_intact(pdf, credentials):
    signed = signed_twice(pdf, credentials)
    position = signed.index(b"QUY") if b"QUY" in signed else len(pdf) // 2
    tampered = bytearray(signed)
    tampered[position] ^= 0x01
    checks = validate_pdf(bytes(tampered))
    assert len(checks) == 2
    assert not any(check.intact or check.valid for check in checks)
    assert checks[0].summary == "Không hợp lệ: tệp đã bị sửa sau khi ký."


def test_a_tampered_byte_in_the_compressed_page_content_breaks_both(pdf, credentials):
    signed = signed_twice(pdf, credentials)
    stream = signed.index(b"stream", signed.index(b"/Length")) + 10
    tampered = bytearray(signed)
    tampered[stream] ^= 0xFF
    assert [check.valid for check in validate_pdf(bytes(tampered))] == [False, False]


def test_page_content_added_after_the_seal_is_not_covered(pdf, credentials):
    signed = signed_twice(pdf, credentials)
    writer = IncrementalPdfFileWriter(BytesIO(signed))
    stamp = generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 700 Td (KHONG DUYET) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(stamp))
    output = BytesIO()
    writer.write(output)
    checks = validate_pdf(output.getvalue())
    assert [check.intact for check in checks] == [True, True]  # each signed revision is still what was signed
    assert [check.covers_file or check.valid for check in checks] == [False, False]
    assert checks[1].summary == "Không hợp lệ: sau chữ ký, tệp có thay đổi ngoài những thay đổi được phép."


@pytest.mark.parametrize("data", [b"", b"not a pdf at all", b"%PDF-1.7\n garbage"])
def test_what_is_not_a_signed_pdf_has_no_signatures(data):
    assert validate_pdf(data) == []


def test_an_unsigned_pdf_has_no_signatures(pdf, db):
    assert validate_pdf(pdf) == []


def test_signing_a_file_that_is_not_a_pdf_is_refused(credentials):
    with pytest.raises(SigningRefused):
        sign_pdf(b"not a pdf", credentials.person, pin="123456", field_name="A", reason="r", location="l")
