"""The admin pages of the workflow steps and of counter intake: forms, the version check, who may use them."""

import re

import pytest
from django.urls import reverse

from dossiers.accounts import roles
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import Channel, Dossier, StaffProfile, Status
from procedures.factories import DepartmentFactory, ProcedureDocumentFactory, ProcedurePageFactory, SubsystemPageFactory
from tests.samples import APPLICANT_CHOICES, prefixed

pytestmark = pytest.mark.django_db


@pytest.fixture
def procedure(home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), processing_time=3)
    ProcedureDocumentFactory(page=procedure, name="Tờ khai đăng ký", originals=1)
    ProcedureDocumentFactory(page=procedure, name="Hộ chiếu", certified_copies=1, sort_order=1)
    return procedure


@pytest.fixture
def dossier(procedure):
    return DossierFactory(procedure=procedure)


@pytest.fixture
def counter_client(client):
    client.force_login(StaffUserFactory(role=roles.COUNTER_STAFF))
    return client


def step_url(dossier, action):
    return reverse("dossier_admin:step", args=[dossier.pk, action])


def test_counter_receives_through_the_step_page(counter_client, dossier):
    page = counter_client.get(step_url(dossier, "receive"))
    assert page.status_code == 200 and 'name="version"' in page.content.decode()
    response = counter_client.post(step_url(dossier, "receive"), {"version": 1, "originals_date": ""})
    assert response.status_code == 302
    assert response["Location"] == reverse("dossier_admin:inspect", args=[dossier.pk])
    dossier.refresh_from_db()
    assert dossier.status == Status.RECEIVED and dossier.due_at is not None


def test_conflict_between_two_open_pages(counter_client, procedure):
    dossier = DossierFactory(procedure=procedure)
    first = {"version": 1, "items": "Bản sao hộ chiếu", "reason": "Thiếu"}
    assert counter_client.post(step_url(dossier, "request_supplement"), first).status_code == 302
    dossier.refresh_from_db()
    # A colleague's withdrawal page was opened at version 1; withdrawing is still allowed, but not on stale data.
    stale = {"version": 1, "reason": "Không còn nhu cầu", "confirm": "on"}
    response = counter_client.post(step_url(dossier, "withdraw"), stale)
    assert response.status_code == 409
    html = response.content.decode()
    # Who did what, when; what this user typed is kept, now against the current version.
    assert "đã thực hiện “Yêu cầu bổ sung”" in html and "Yêu cầu bổ sung hồ sơ" in html
    assert "Không còn nhu cầu" in html and response.context["form"]["version"].value() == 2
    dossier.refresh_from_db()
    assert dossier.status == Status.SUPPLEMENT_REQUESTED


def test_a_step_the_role_may_not_take_is_not_offered(client, dossier):
    client.force_login(StaffUserFactory(role=roles.LEADER))
    response = client.post(step_url(dossier, "receive"), {"version": 1})
    assert response.status_code == 302
    dossier.refresh_from_db()
    assert dossier.status == Status.REGISTERED


def test_a_specialist_cannot_reach_a_dossier_not_assigned(client, dossier):
    client.force_login(StaffUserFactory(role=roles.SPECIALIST))
    assert client.get(step_url(dossier, "submit_memo")).status_code == 404


def test_invalid_step_input_is_a_400_with_the_message(counter_client, dossier):
    response = counter_client.post(step_url(dossier, "refuse"), {"version": 1, "reason": ""})
    assert response.status_code == 400
    dossier.refresh_from_db()
    assert dossier.status == Status.REGISTERED


INTAKE = {
    **prefixed("dossier", APPLICANT_CHOICES),
    "dossier-applicant_name": "Phạm Văn Bình",
    "dossier-applicant_id_number": "079201001234",
    "dossier-applicant_date_of_birth": "2001-05-01",
    "dossier-applicant_address": "7 Trần Phú",
    "dossier-applicant_phone": "0903123456",
    "dossier-applicant_email": "",
    "channel-channel": Channel.COUNTER,
    "checklist-TOTAL_FORMS": 2,
    "checklist-INITIAL_FORMS": 2,
    "checklist-0-name": "Tờ khai đăng ký",
    "checklist-0-originals": 1,
    "checklist-0-certified_copies": 0,
    "checklist-0-photocopies": 0,
    "checklist-1-name": "Hộ chiếu",
    "checklist-1-originals": 0,
    "checklist-1-certified_copies": 1,
    "checklist-1-photocopies": 2,
}


def test_counter_intake_receives_at_once_with_the_checklist(counter_client, procedure):
    choose = counter_client.get(reverse("dossier_admin:intake"), {"procedure": procedure.pk})
    assert choose.status_code == 302
    form_url = reverse("dossier_admin:intake_form", args=[procedure.pk])
    page = counter_client.get(form_url).content.decode()
    assert "Tờ khai đăng ký" in page and "Hộ chiếu" in page
    response = counter_client.post(form_url, INTAKE)
    assert response.status_code == 302
    dossier = Dossier.objects.get()
    assert dossier.status == Status.RECEIVED and dossier.channel == Channel.COUNTER
    assert dossier.due_at and dossier.received_at
    assert list(dossier.received_documents.values_list("name", "certified_copies", "photocopies")) == [
        ("Tờ khai đăng ký", 0, 0),
        ("Hộ chiếu", 1, 2),
    ]
    assert list(dossier.events.values_list("action", flat=True)) == ["intake"]


def test_counter_intake_with_bad_input_keeps_nothing(counter_client, procedure):
    form_url = reverse("dossier_admin:intake_form", args=[procedure.pk])
    response = counter_client.post(
        form_url,
        {
            **prefixed("dossier", APPLICANT_CHOICES),
            "dossier-applicant_id_number": "123",
            "checklist-TOTAL_FORMS": 0,
            "checklist-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 400
    assert "Số CCCD phải gồm 12 chữ số." in response.content.decode()
    assert not Dossier.objects.exists()


def test_counter_intake_refuses_hidden_characters_beside_the_field_and_keeps_nothing(counter_client, procedure):
    form_url = reverse("dossier_admin:intake_form", args=[procedure.pk])
    response = counter_client.post(form_url, {**INTAKE, "dossier-applicant_name": "Phạm Văn\x1b[2J Bình"})
    assert response.status_code == 400
    assert "Có ký tự ẩn hoặc ký tự điều khiển không được phép (U+001B)" in response.content.decode()
    assert not Dossier.objects.exists()


def test_only_counter_staff_may_take_in_dossiers(client, procedure):
    client.force_login(StaffUserFactory(role=roles.SPECIALIST))
    # Wagtail answers a PermissionDenied in an admin view with a redirect to the dashboard and a message.
    response = client.get(reverse("dossier_admin:intake_form", args=[procedure.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert client.post(reverse("dossier_admin:intake_form", args=[procedure.pk]), {}).status_code == 302
    assert not Dossier.objects.exists()


def test_assigning_a_specialist_assigns_their_department(client, dossier):
    department = DepartmentFactory(agency=dossier.agency)
    specialist = StaffUserFactory(role=roles.SPECIALIST)
    StaffProfile.objects.create(user=specialist, agency=dossier.agency, department=department)
    dossier.status = Status.RECEIVED
    dossier.save()
    client.force_login(StaffUserFactory(role=roles.CHIEF_OF_OFFICE))
    response = client.post(step_url(dossier, "assign"), {"version": 1, "specialist": specialist.pk})
    assert response.status_code == 302
    dossier.refresh_from_db()
    assert (dossier.assigned_to, dossier.assigned_department) == (specialist, department)
    missing = client.post(step_url(dossier, "assign"), {"version": 2})
    assert missing.status_code == 400 and "Hãy chọn phòng ban" in missing.content.decode()


def test_a_step_that_ends_the_dossier_asks_to_confirm(counter_client, dossier):
    response = counter_client.post(step_url(dossier, "refuse"), {"version": 1, "reason": "Sai thẩm quyền"})
    assert response.status_code == 400 and "Hãy đánh dấu xác nhận" in response.content.decode()
    dossier.refresh_from_db()
    assert dossier.status == Status.REGISTERED
    confirmed = {"version": 1, "reason": "Sai thẩm quyền", "confirm": "on"}
    assert counter_client.post(step_url(dossier, "refuse"), confirmed).status_code == 302
    dossier.refresh_from_db()
    assert dossier.status == Status.REFUSED


def test_the_expected_step_is_the_primary_button_and_final_steps_are_marked(counter_client, dossier):
    html = counter_client.get(reverse("dossier_admin:inspect", args=[dossier.pk])).content.decode()
    actions = html[html.index('id="dossier-actions"') :]
    buttons = re.findall(r'<a class="([^"]+)" href="[^"]+/buoc/([a-z_]+)/"', actions)
    assert buttons[0] == ("button", "receive")
    assert ("button button-secondary no", "refuse") in buttons


def test_a_step_page_shows_the_case_beside_the_form(client, procedure, home_page):
    chief = StaffUserFactory(role=roles.CHIEF_OF_OFFICE)
    dossier = DossierFactory(procedure=procedure, applicant_name="Trần Thị Mai", status=Status.RECEIVED)
    dossier.attachments.create(original_name="to-khai.pdf", content_type="application/pdf", size=10, sha256="0")
    client.force_login(chief)
    html = client.get(step_url(dossier, "assign")).content.decode()
    case = html[html.index('class="step-case"') :]
    for expected in ("Trần Thị Mai", procedure.title, procedure.procedure_code, "to-khai.pdf", "Quá trình xử lý"):
        assert expected in case, expected
