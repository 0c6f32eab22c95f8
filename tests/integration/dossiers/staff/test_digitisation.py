"""Paper digitised at the counter (Circular 03/2025/TT-VPCP, Article 5): each received paper scanned into its
checklist row, exempt with its case, or missing; at intake and when an online dossier's originals come in; the
receipt, the inspect page and the "digitised at input" query read them."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from dossiers.accounts import roles
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import Attachment, Channel, Dossier, ReceivedDocument, Status
from dossiers.workflow.engine import TransitionNotAllowed, transition
from procedures.factories import ProcedureDocumentFactory, ProcedurePageFactory, SubsystemPageFactory
from tests.integration.dossiers.staff.test_staff_steps import INTAKE
from tests.samples import PDF

pytestmark = pytest.mark.django_db

Digitisation = ReceivedDocument.Digitisation
Exemption = ReceivedDocument.Exemption


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def procedure(home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), processing_time=3)
    ProcedureDocumentFactory(page=procedure, name="Tờ khai đăng ký", originals=1, sort_order=0)
    ProcedureDocumentFactory(page=procedure, name="Hộ chiếu", certified_copies=1, sort_order=1)
    return procedure


@pytest.fixture
def counter_client(client):
    client.force_login(StaffUserFactory(role=roles.COUNTER_STAFF, last_name="Trần Thị", first_name="Bích"))
    return client


def intake_url(procedure):
    return reverse("dossier_admin:intake_form", args=[procedure.pk])


def step_url(dossier):
    return reverse("dossier_admin:step", args=[dossier.pk, "receive_originals"])


def test_intake_stores_a_scan_per_row_linked_to_it(counter_client, procedure, private_storage):
    response = counter_client.post(
        intake_url(procedure),
        {
            **INTAKE,
            # A file makes its row digitised without the choice being set.
            "checklist-0-scan_upload": SimpleUploadedFile("to-khai.pdf", PDF),
            "checklist-1-digitisation": Digitisation.DIGITISED,
            "checklist-1-scan_upload": SimpleUploadedFile("ho-chieu.png", png()),
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    dossier = Dossier.objects.get()
    rows = list(dossier.received_documents.select_related("scan"))
    assert [(row.name, row.digitisation, row.exemption) for row in rows] == [
        ("Tờ khai đăng ký", Digitisation.DIGITISED, ""),
        ("Hộ chiếu", Digitisation.DIGITISED, ""),
    ]
    assert [(row.scan.source, row.scan.field_name, row.scan.content_type) for row in rows] == [
        (Attachment.Source.SCAN, "so_hoa_1", "application/pdf"),
        (Attachment.Source.SCAN, "so_hoa_2", "image/png"),
    ]
    assert rows[0].scan.file.read() == PDF
    assert Dossier.objects.digitised().get() == dossier


def test_intake_exempt_without_its_case_is_refused_beside_the_field_and_stores_nothing(
    counter_client, procedure, private_storage
):
    response = counter_client.post(
        intake_url(procedure),
        {
            **INTAKE,
            "checklist-0-digitisation": Digitisation.EXEMPT,
            "checklist-1-scan_upload": SimpleUploadedFile("ho-chieu.pdf", PDF),
        },
    )

    assert response.status_code == 400
    assert "Hãy chọn trường hợp không phải số hóa." in response.content.decode()
    assert not Dossier.objects.exists() and not Attachment.objects.exists()
    assert not [path for path in private_storage.rglob("*") if path.is_file()]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"checklist-0-exemption": Exemption.CONFIDENTIAL}, "Chỉ chọn trường hợp khi giấy tờ được đánh dấu"),
        ({"checklist-0-digitisation": Digitisation.DIGITISED}, "Hãy tải lên bản số hóa của giấy tờ này."),
        (
            {
                "checklist-0-digitisation": Digitisation.EXEMPT,
                "checklist-0-exemption": Exemption.CONFIDENTIAL,
                "checklist-0-scan_upload": SimpleUploadedFile("mat.pdf", PDF),
            },
            "Giấy tờ không phải số hóa thì không kèm bản số hóa.",
        ),
        (
            {"checklist-0-scan_upload": SimpleUploadedFile("to-khai.pdf", b"MZ not a pdf at all")},
            "không đúng định dạng cho phép (PDF, JPG, PNG)",
        ),
    ],
)
def test_intake_refuses_a_contradictory_row(counter_client, procedure, private_storage, row, message):
    response = counter_client.post(intake_url(procedure), {**INTAKE, **row})

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Dossier.objects.exists()


def test_intake_exempt_with_its_case_and_missing_rows(counter_client, procedure):
    response = counter_client.post(
        intake_url(procedure),
        {
            **INTAKE,
            "checklist-0-digitisation": Digitisation.EXEMPT,
            "checklist-0-exemption": Exemption.SHOWN_FOR_CHECKING,
        },
    )

    assert response.status_code == 302
    dossier = Dossier.objects.get()
    assert list(dossier.received_documents.values_list("digitisation", "exemption", "scan")) == [
        (Digitisation.EXEMPT, Exemption.SHOWN_FOR_CHECKING, None),
        (Digitisation.MISSING, "", None),
    ]
    assert not Dossier.objects.digitised().exists()


@pytest.fixture
def online_dossier(procedure, private_storage):
    """Received online; the applicant uploaded the declaration with the form."""
    dossier = DossierFactory(
        procedure=procedure,
        status=Status.PROCESSING,
        form_schema=[{"name": "to_khai", "label": "Tờ khai đăng ký", "type": "file"}],
    )
    Attachment.objects.create(
        dossier=dossier,
        field_name="to_khai",
        original_name="to-khai.pdf",
        file=ContentFile(PDF, name="to-khai.pdf"),
        content_type="application/pdf",
        size=len(PDF),
        sha256="0" * 64,
    )
    return dossier


def originals(version, **rows):
    data = {
        "version": version,
        "checklist-TOTAL_FORMS": 2,
        "checklist-INITIAL_FORMS": 2,
        "checklist-0-name": "Tờ khai đăng ký",
        "checklist-0-originals": 1,
        "checklist-0-certified_copies": 0,
        "checklist-0-photocopies": 0,
        "checklist-1-name": "Hộ chiếu",
        "checklist-1-originals": 0,
        "checklist-1-certified_copies": 1,
        "checklist-1-photocopies": 0,
    }
    return {**data, **rows}


def test_originals_of_an_online_dossier_are_received_and_digitised(counter_client, online_dossier):
    page = counter_client.get(step_url(online_dossier))
    assert page.status_code == 200
    form = page.context["form"]
    # What the applicant already uploaded online is exempt as such, the rest is not yet digitised.
    assert [(row.initial.get("digitisation"), row.initial.get("exemption")) for row in form.checklist] == [
        (Digitisation.EXEMPT, Exemption.SUBMITTED_ONLINE),
        (None, None),
    ]
    assert 'enctype="multipart/form-data"' in page.content.decode()

    response = counter_client.post(
        step_url(online_dossier),
        originals(
            1,
            **{
                "checklist-0-digitisation": Digitisation.EXEMPT,
                "checklist-0-exemption": Exemption.SUBMITTED_ONLINE,
                "checklist-1-scan_upload": SimpleUploadedFile("ho-chieu.pdf", PDF),
            },
        ),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    online_dossier.refresh_from_db()
    assert online_dossier.status == Status.PROCESSING and online_dossier.version == 2
    rows = list(online_dossier.received_documents.select_related("scan"))
    assert [(row.digitisation, row.exemption) for row in rows] == [
        (Digitisation.EXEMPT, Exemption.SUBMITTED_ONLINE),
        (Digitisation.DIGITISED, ""),
    ]
    assert (rows[1].scan.source, rows[1].scan.field_name) == (Attachment.Source.SCAN, "so_hoa_2")
    assert online_dossier.events.latest("created_at").action == "receive_originals"
    assert Dossier.objects.digitised().get() == online_dossier

    # Taken again: the rows are replaced; a row kept as digitised keeps its scan without a new upload.
    scan = rows[1].scan
    again = counter_client.get(step_url(online_dossier)).context["form"].checklist
    assert [row.initial["kept_scan"] for row in again] == [None, scan]
    response = counter_client.post(
        step_url(online_dossier),
        originals(
            2,
            **{
                "checklist-0-digitisation": Digitisation.MISSING,
                "checklist-1-digitisation": Digitisation.DIGITISED,
                "checklist-1-kept_scan": scan.pk,
            },
        ),
    )
    assert response.status_code == 302
    assert list(online_dossier.received_documents.values_list("digitisation", "scan")) == [
        (Digitisation.MISSING, None),
        (Digitisation.DIGITISED, scan.pk),
    ]
    assert not Dossier.objects.digitised().exists()


def test_originals_cannot_name_another_dossiers_scan(counter_client, online_dossier, procedure):
    other = DossierFactory(procedure=procedure)
    foreign = Attachment.objects.create(
        dossier=other,
        source=Attachment.Source.SCAN,
        original_name="x.pdf",
        file=ContentFile(PDF, name="x.pdf"),
        content_type="application/pdf",
        size=len(PDF),
        sha256="0" * 64,
    )
    response = counter_client.post(
        step_url(online_dossier),
        originals(1, **{"checklist-0-digitisation": Digitisation.DIGITISED, "checklist-0-kept_scan": foreign.pk}),
    )

    assert response.status_code == 400
    assert not online_dossier.received_documents.exists()


def test_receiving_originals_is_the_counters_and_only_on_online_dossiers(client, online_dossier, procedure):
    client.force_login(StaffUserFactory(role=roles.SPECIALIST))
    assert client.post(step_url(online_dossier), originals(1)).status_code in {302, 404}
    client.force_login(StaffUserFactory(role=roles.CHIEF_OF_OFFICE))
    response = client.post(step_url(online_dossier), originals(1))
    assert response.status_code == 302 and response["Location"] == online_dossier.get_admin_url()
    assert not online_dossier.received_documents.exists()

    counter_dossier = DossierFactory(procedure=procedure, channel=Channel.COUNTER, status=Status.RECEIVED)
    client.force_login(StaffUserFactory(role=roles.COUNTER_STAFF))
    inspect = client.get(counter_dossier.get_admin_url()).content.decode()
    assert step_url(counter_dossier) not in inspect
    assert step_url(online_dossier) in client.get(online_dossier.get_admin_url()).content.decode()
    client.post(step_url(counter_dossier), originals(1))
    assert not counter_dossier.received_documents.exists()


@pytest.fixture
def received(counter_client, procedure, private_storage):
    counter_client.post(
        intake_url(procedure),
        {
            **INTAKE,
            "checklist-0-scan_upload": SimpleUploadedFile("to-khai.pdf", PDF),
            "checklist-1-digitisation": Digitisation.EXEMPT,
            "checklist-1-exemption": Exemption.CONFIDENTIAL,
        },
    )
    ReceivedDocument.objects.create(dossier=Dossier.objects.get(), name="Giấy ủy quyền", sort_order=2)
    return Dossier.objects.get()


def test_the_receipt_lists_each_papers_digitisation(counter_client, received):
    response = counter_client.get(reverse("dossier_admin:slip", args=[received.pk, "receipt"]))

    assert response.status_code == 200
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Số hóa" in text
    assert "Đã số hóa" in text
    assert "Không phải số hóa (Tài liệu mật)" in text
    assert "Chưa số hóa" in text


def test_the_inspect_page_shows_the_digitisation_and_downloads_the_scan(counter_client, received):
    html = counter_client.get(received.get_admin_url()).content.decode()
    scan = received.received_documents.get(name="Tờ khai đăng ký").scan

    for expected in ["Đã số hóa", "Không phải số hóa (Tài liệu mật)", "Chưa số hóa", "to-khai.pdf"]:
        assert expected in html
    link = reverse("dossier_admin:attachment", args=[scan.pk])
    assert f'href="{link}"' in html
    download = counter_client.get(link)
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF


def test_digitised_counts_dossiers_with_every_paper_digitised_or_exempt(procedure):
    def dossier_with(*states):
        dossier = DossierFactory(procedure=procedure)
        for state in states:
            exemption = Exemption.INTERNAL if state == Digitisation.EXEMPT else ""
            ReceivedDocument.objects.create(dossier=dossier, name="Giấy", digitisation=state, exemption=exemption)
        return dossier

    all_scanned = dossier_with(Digitisation.DIGITISED, Digitisation.DIGITISED)
    scanned_or_exempt = dossier_with(Digitisation.DIGITISED, Digitisation.EXEMPT)
    dossier_with(Digitisation.DIGITISED, Digitisation.MISSING)
    dossier_with(Digitisation.MISSING)
    dossier_with()  # nothing received: not counted

    assert set(Dossier.objects.digitised()) == {all_scanned, scanned_or_exempt}
    assert Dossier.objects.digitised().count() == 2


def test_the_engine_refuses_receiving_originals_of_a_counter_dossier(procedure):
    dossier = DossierFactory(procedure=procedure, channel=Channel.COUNTER, status=Status.RECEIVED)
    counter = StaffUserFactory(role=roles.COUNTER_STAFF)

    with pytest.raises(TransitionNotAllowed):
        transition(dossier, "receive_originals", counter, received_documents=[{"name": "Tờ khai"}])
    assert not dossier.received_documents.exists()
