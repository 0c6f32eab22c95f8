"""The filled declaration: a real PDF of what the applicant declared, in the sections of the form as submitted, made
once and kept as the dossier's attachment, registered with its QR, downloadable by the applicant's signed link and
printed at the counter; a counter dossier has none."""

import hashlib
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from dossiers.accounts import roles
from dossiers.declaration import declaration, queue_declaration
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import Attachment, Channel, DossierLogEntry, IssuedDocument
from dossiers.public.links import signed_path
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory

pytestmark = pytest.mark.django_db

SCHEMA = {
    "version": 2,
    "sections": [
        {
            "title": "II. Thông tin bên kết hôn còn lại",
            "items": [
                {"kind": "field", "name": "ho_va_ten", "label": "Họ, chữ đệm, tên", "type": "singleline"},
                {"kind": "field", "name": "ngay_sinh", "label": "Ngày sinh", "type": "date"},
                {
                    "kind": "group",
                    "name": "con_chung",
                    "label": "Con chung",
                    "item_label": "Con",
                    "fields": [{"kind": "field", "name": "ten_con", "label": "Tên con", "type": "singleline"}],
                },
            ],
        }
    ],
    "documents": [{"name": "tep_to_khai", "label": "Tờ khai đăng ký kết hôn", "required": True}],
}
ANSWERS = {"ho_va_ten": "Tanaka Yuki", "ngay_sinh": "1992-03-04", "con_chung": [{"ten_con": "Nguyễn Tanaka Mai"}]}


def pdf_text(content):
    assert content.startswith(b"%PDF")
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(content)).pages)


def body(response):
    return b"".join(response.streaming_content)


@pytest.fixture
def online_dossier(home_page):
    procedure = ProcedurePageFactory(
        parent=SubsystemPageFactory(parent=home_page), title="Đăng ký kết hôn có yếu tố nước ngoài"
    )
    return DossierFactory(procedure=procedure, form_schema=SCHEMA, form_data=ANSWERS)


def test_the_declaration_prints_the_applicant_and_the_answers_in_their_sections_once(online_dossier):
    attachment = declaration(online_dossier.pk)
    assert attachment.source == Attachment.Source.DECLARATION
    content = attachment.file.read()
    text = pdf_text(content)
    for expected in (
        "TỜ KHAI ĐĂNG KÝ KẾT HÔN CÓ YẾU TỐ NƯỚC NGOÀI",
        "Nguyễn Văn An",
        "II. Thông tin bên kết hôn còn lại",
        "Tanaka Yuki",
        "04/03/1992",
        "Nguyễn Tanaka Mai",
        "Tờ khai đăng ký kết hôn",
        "Tôi cam đoan",
    ):
        assert expected in text, expected
    registered = IssuedDocument.objects.get(dossier=online_dossier, kind=IssuedDocument.Kind.DECLARATION)
    assert registered.sha256 == hashlib.sha256(content).hexdigest()
    assert declaration(online_dossier.pk) == attachment
    assert online_dossier.attachments.filter(source=Attachment.Source.DECLARATION).count() == 1


def test_a_counter_dossier_has_no_declaration_to_make(home_page):
    counter_dossier = DossierFactory(
        procedure=ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page)), channel=Channel.COUNTER
    )
    assert declaration(counter_dossier.pk) is None
    assert not counter_dossier.attachments.exists()


def test_the_submission_queues_it_for_after_the_commit(online_dossier, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queue_declaration(online_dossier)
    assert online_dossier.attachments.filter(source=Attachment.Source.DECLARATION).exists()


def test_the_applicant_downloads_it_by_the_signed_link_and_the_download_is_logged(client, online_dossier):
    response = client.get(signed_path(online_dossier, "declaration"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "Tanaka Yuki" in pdf_text(body(response))
    assert DossierLogEntry.objects.filter(object_id=online_dossier.pk, action="dossiers.declaration_download").exists()
    assert client.get(signed_path(online_dossier, "result").replace("ket-qua", "to-khai")).status_code == 404


def test_the_counter_prints_it_and_nobody_outside_the_dossier_does(client, online_dossier):
    url = reverse("dossier_admin:declaration", args=[online_dossier.pk])
    client.force_login(StaffUserFactory(role=roles.COUNTER_STAFF))
    assert url in client.get(online_dossier.get_admin_url()).content.decode()  # offered on the inspect page
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("inline")
    assert "Tanaka Yuki" in pdf_text(body(response))
    client.force_login(StaffUserFactory())  # no role: sees no dossier
    assert client.get(url).status_code in {302, 403, 404}
