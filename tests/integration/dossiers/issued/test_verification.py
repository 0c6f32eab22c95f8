"""The public verification page: by the token in a QR code, and by uploading a PDF. A slip as printed is authentic;
the same file with one byte changed is not a document of this system; a revoked document says so; a signed result
is authentic only while its stored file still hashes to what was issued and every signature holds. The page shows
what the QR carries, the identity number masked, and never the applicant's name or address."""

import hashlib

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from weasyprint import HTML

from dossiers.issued.qr import stamp_qr
from dossiers.issued.registry import new_document, payload, record_file, revoke
from dossiers.models import Attachment, IssuedDocument
from signing.demo import DEMO_PIN, DemoPKI
from signing.models import SigningCredential
from signing.service import sign_pdf

from .conftest import CODE, ID_NUMBER

pytestmark = pytest.mark.django_db

AUTHENTIC = "Văn bản xác thực"
NOT_OURS = "Không phải văn bản do hệ thống phát hành"
MASKED = "001******567"


@pytest.fixture
def receipt(staff_client, dossier):
    """A receipt as the counter printed it: the bytes served and its row in the register."""
    content = staff_client.get(reverse("dossier_admin:slip", args=[dossier.pk, "receipt"])).content
    return content, IssuedDocument.objects.get()


def upload(client, content, name="giay-tiep-nhan.pdf"):
    return client.post(reverse("dossiers:verify_file"), {"file": SimpleUploadedFile(name, content)})


def one_byte_changed(content):
    """One byte of the first page's content stream: inside what every signature covers (a byte in the middle of the
    file may fall in a signature's own padding, which no digest covers)."""
    position = content.index(b"stream") + 20
    return content[:position] + bytes([content[position] ^ 0x01]) + content[position + 1 :]


def assert_nothing_personal(response, dossier):
    page = response.content.decode()
    for personal in (dossier.applicant_name, ID_NUMBER, dossier.applicant_address, dossier.applicant_phone):
        assert personal not in page, personal


def test_the_qr_s_address_says_the_slip_is_authentic_and_shows_what_the_qr_carries(client, receipt, dossier):
    _content, document = receipt

    response = client.get(reverse("dossiers:verify", args=[document.token]))

    page = response.content.decode()
    assert response.status_code == 200
    assert AUTHENTIC in page
    for shown in [CODE, MASKED, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", settings.SYSTEM_NAME, "09:15 06/11/2026"]:
        assert shown in page, shown
    assert f"{reverse('dossiers:lookup')}?ma={CODE}" in page
    assert_nothing_personal(response, dossier)
    assert "no-cache" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_the_printed_file_uploaded_is_recognised(client, receipt, dossier):
    content, _document = receipt

    response = upload(client, content)

    assert response.status_code == 200
    assert AUTHENTIC in response.content.decode() and CODE in response.content.decode()
    assert_nothing_personal(response, dossier)


def test_the_printed_file_with_one_byte_changed_is_not_a_document_of_this_system(client, receipt, dossier):
    content, _document = receipt

    response = upload(client, one_byte_changed(content))

    page = response.content.decode()
    assert response.status_code == 200
    assert NOT_OURS in page and AUTHENTIC not in page and CODE not in page


def test_a_revoked_document_says_so_by_its_qr_and_by_its_file(client, receipt):
    content, document = receipt
    revoke(document, "In nhầm hồ sơ")

    for response in (client.get(reverse("dossiers:verify", args=[document.token])), upload(client, content)):
        page = response.content.decode()
        assert response.status_code == 200
        assert "Văn bản đã bị thu hồi" in page and AUTHENTIC not in page
        assert "In nhầm hồ sơ" not in page  # the reason is staff's note, not what the QR carries


def test_an_unknown_token_is_a_404_page_in_vietnamese(client, receipt):
    response = client.get(reverse("dossiers:verify", args=["khong-co-ma-nay"]))

    assert response.status_code == 404
    assert "Không tìm thấy văn bản" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("anh.pdf", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "không đúng định dạng"),
        ("van-ban.txt", b"%PDF-1.7\n", "không đúng định dạng"),
        ("rong.pdf", b"", "rỗng"),
    ],
)
def test_an_upload_that_is_not_a_pdf_is_refused_beside_the_field(client, name, content, message):
    response = upload(client, content, name)

    page = response.content.decode()
    assert response.status_code == 400
    assert 'class="field__error" id="id_file_error"' in page
    assert message in page


def test_an_upload_without_a_file_is_refused(client):
    response = client.post(reverse("dossiers:verify_file"), {})

    assert response.status_code == 400
    assert 'id="id_file_error"' in response.content.decode()


@override_settings(RATELIMITS={**settings.RATELIMITS, "verification": "2/minute"})
def test_the_page_is_rate_limited(client, receipt):
    url = reverse("dossiers:verify", args=[receipt[1].token])

    statuses = [client.get(url).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]


@pytest.fixture
def signed_result(dossier, clerk, private_storage):
    """A result as the signing step leaves it: stamped with its QR, signed by a leader and sealed with the demo
    authority's certificates, kept as the dossier's result attachment and registered with its hash."""
    pki = DemoPKI(settings.SIGNING_PKI_DIR)
    pki.test_certificates()  # and the CRL that validation reads

    def credential(path, name, **owner):
        issued = pki.pkcs12(path, name)
        pem = issued.certificate.public_bytes(Encoding.PEM).decode()
        return SigningCredential.objects.create(pkcs12_path=str(issued.path), certificate_pem=pem, **owner)

    leader = credential("tests/verify-leader.p12", "Đặng Quốc Trưởng", user=clerk)
    seal = credential("tests/verify-seal.p12", "Sở Tư pháp tỉnh Lâm Đồng", agency=dossier.agency)

    document = new_document(
        IssuedDocument.Kind.RESULT, dossier=dossier, title="Giấy chứng nhận kết hôn", issued_by=clerk
    )
    draft = HTML(string="<h1>GIẤY CHỨNG NHẬN KẾT HÔN</h1><p>Cấp cho hồ sơ.</p>").write_pdf()
    content = stamp_qr(draft, payload(document))
    for signer, field in [(leader, "ChuKyLanhDao"), (seal, "ConDauCoQuan")]:
        content = sign_pdf(content, signer, pin=DEMO_PIN, field_name=field, reason="Ký duyệt", location="Đà Lạt")
    record_file(document, content)
    Attachment.objects.create(
        dossier=dossier,
        original_name="ket-qua.pdf",
        file=ContentFile(content, name="ket-qua.pdf"),
        content_type="application/pdf",
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        source=Attachment.Source.RESULT,
    )
    return content, document


def test_a_signed_result_is_authentic_with_each_signature_named(client, signed_result, dossier):
    content, document = signed_result

    for response in (client.get(reverse("dossiers:verify", args=[document.token])), upload(client, content)):
        page = response.content.decode()
        assert AUTHENTIC in page
        assert "Đặng Quốc Trưởng" in page and "Sở Tư pháp tỉnh Lâm Đồng" in page
        assert page.count("Hợp lệ") == 2
        assert_nothing_personal(response, dossier)


def test_a_signed_result_changed_by_one_byte_is_not_intact(client, signed_result):
    content, _document = signed_result

    response = upload(client, one_byte_changed(content))

    page = response.content.decode()
    assert NOT_OURS in page
    assert "Không hợp lệ: tệp đã bị sửa sau khi ký." in page and "Hợp lệ<" not in page


def test_a_result_whose_stored_file_was_altered_is_not_authentic(client, signed_result, dossier):
    content, document = signed_result
    stored = dossier.attachments.get(source=Attachment.Source.RESULT)
    with stored.file.open("wb") as stream:
        stream.write(one_byte_changed(content))

    page = client.get(reverse("dossiers:verify", args=[document.token])).content.decode()

    assert AUTHENTIC not in page
    assert "Tệp đã ký lưu trong hệ thống không khớp với văn bản đã phát hành." in page
