"""Staff pages with files when the attachment storage refuses them: a step (the counter's supplement) on a
read-only disk and counter intake on a full one answer 503 with Retry-After and the form as it was typed; the
dossier is unchanged or not created, and no file is left."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from dossiers.accounts import roles
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import Attachment, Dossier, Status
from dossiers.workflow.engine import transition
from portal.storage import RETRY_AFTER_SECONDS
from procedures.factories import (
    OnlineFormPageFactory,
    ProcedurePageFactory,
    SubsystemPageFactory,
    add_form_field,
)
from tests.integration.dossiers.staff.test_staff_steps import INTAKE
from tests.samples import PDF

pytestmark = pytest.mark.django_db

REFUSAL = "Kho lưu tệp đính kèm tạm thời không ghi được"


@pytest.fixture
def counter():
    return StaffUserFactory(role=roles.COUNTER_STAFF)


@pytest.fixture
def procedure(home_page):
    """A procedure whose online form asks for one file, which counter intake asks for too."""
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page))
    page = OnlineFormPageFactory(parent=procedure)
    add_form_field(page=page, label="Tờ khai", field_type="file", allowed_file_types="pdf")
    return procedure


def assert_503(response):
    assert response.status_code == 503 and response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert REFUSAL in response.content.decode()


def test_a_step_with_files_on_a_read_only_disk_answers_503_and_changes_nothing(client, counter, procedure, small_disk):
    dossier = transition(DossierFactory(procedure=procedure), "receive", counter)
    dossier = transition(dossier, "request_supplement", counter, items="Hộ chiếu", reason="Hết hạn")
    small_disk.read_only()
    client.force_login(counter)
    url = reverse("dossier_admin:step", args=[dossier.pk, "supplement"])
    upload = SimpleUploadedFile("ho-chieu.pdf", PDF)
    response = client.post(url, {"version": dossier.version, "note": "Nhận tại quầy", "files": [upload]})
    assert_503(response)
    assert "Nhận tại quầy</textarea>" in response.content.decode()
    current = Dossier.objects.get(pk=dossier.pk)
    assert (current.status, current.version) == (Status.SUPPLEMENT_REQUESTED, dossier.version)
    assert not Attachment.objects.exists() and small_disk.files() == []


def test_counter_intake_on_a_full_disk_answers_503_keeps_the_applicant_and_stores_nothing(
    client, counter, procedure, small_disk
):
    small_disk.fill(leave=16 * 1024)
    client.force_login(counter)
    data = {
        **{key: value for key, value in INTAKE.items() if not key.startswith("checklist-")},
        "dossier-tep_to_khai": [SimpleUploadedFile("to-khai.pdf", PDF + b"%" + b"0" * 40 * 1024 + b"\n")],
        "checklist-TOTAL_FORMS": 0,
        "checklist-INITIAL_FORMS": 0,
    }
    response = client.post(reverse("dossier_admin:intake_form", args=[procedure.pk]), data)
    assert_503(response)
    assert 'value="Phạm Văn Bình"' in response.content.decode()
    assert not Dossier.objects.exists() and not Attachment.objects.exists() and small_disk.files() == []
