"""Internal processes: a dossier keeps the version in force when it was received, its step deadlines follow that
version (else the table's allotments), over-long versions are refused, only administrators reach the screens."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from dossiers.accounts import roles
from dossiers.calendar.deadlines import add_working_time
from dossiers.calendar.store import load_working_calendar
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import AllotmentUnit, HandOff, InternalProcess, StaffProfile
from dossiers.process.versions import save_next_version
from dossiers.workflow.creation import Applicant
from dossiers.workflow.engine import create, transition
from dossiers.workflow.table import STEPS
from procedures.factories import DepartmentFactory, ProcedurePageFactory, SubsystemPageFactory

pytestmark = pytest.mark.django_db

DAYS, HOURS = AllotmentUnit.WORKING_DAYS, AllotmentUnit.WORKING_HOURS
VERSION_1 = [(HandOff.RECEIVE, 2, HOURS), (HandOff.ASSIGN, 1, DAYS)]
VERSION_2 = [(HandOff.RECEIVE, 6, HOURS), (HandOff.ASSIGN, 3, DAYS)]


@pytest.fixture
def office(home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), processing_time=10)
    department = DepartmentFactory(agency=procedure.agency)
    people = {role: StaffUserFactory(role=role) for role in roles.ALL_ROLES}
    StaffProfile.objects.create(user=people[roles.SPECIALIST], agency=procedure.agency, department=department)
    return {"procedure": procedure, "department": department, "people": people}


def new_version(procedure, steps):
    return save_next_version(procedure, effective_from=timezone.now(), basis="", steps=steps, user=None)


def received(office):
    """An online dossier received by the counter now."""
    dossier = DossierFactory(procedure=office["procedure"])
    return transition(dossier, "receive", office["people"][roles.COUNTER_STAFF])


def assigned(dossier, office):
    return transition(
        dossier,
        "assign",
        office["people"][roles.CHIEF_OF_OFFICE],
        department=office["department"],
        specialist=office["people"][roles.SPECIALIST],
    )


def step_due(dossier, action):
    return dossier.events.get(action=action)


def allowed_by(event, time):
    return add_working_time(load_working_calendar(), event.created_at, time)


def test_a_dossier_keeps_the_version_it_was_received_under(office):
    first = new_version(office["procedure"], VERSION_1)
    before = received(office)
    second = new_version(office["procedure"], VERSION_2)
    after = received(office)

    assert (first.version, second.version) == (1, 2)
    assert before.process_version == first and after.process_version == second
    receipt_before, receipt_after = step_due(before, "receive"), step_due(after, "receive")
    assert receipt_before.step_due_at == allowed_by(receipt_before, timedelta(hours=2))
    assert receipt_after.step_due_at == allowed_by(receipt_after, timedelta(hours=6))

    # Assigned after version 2 was saved: the earlier dossier still gets version 1's day, the later one 3 days.
    assignment_before = step_due(assigned(before, office), "assign")
    assignment_after = step_due(assigned(after, office), "assign")
    assert assignment_before.step_due_at == allowed_by(assignment_before, timedelta(hours=8))
    assert assignment_after.step_due_at == allowed_by(assignment_after, timedelta(hours=24))


def test_counter_intake_stores_the_version_in_force(office):
    process = new_version(office["procedure"], VERSION_2)
    dossier = create(
        "intake",
        procedure=office["procedure"],
        applicant=Applicant("Trần Thị Bình", "001203004568", None, "1 Lê Lợi", "0912345679", ""),
        form_data={},
        form_schema=[],
        received_documents=[],
        actor=office["people"][roles.COUNTER_STAFF],
    )
    assert dossier.process_version == process
    intake = dossier.events.get(action="intake")
    assert intake.step_due_at == allowed_by(intake, timedelta(hours=6))


def test_without_a_process_the_table_allotments_apply(office):
    dossier = assigned(received(office), office)
    assert dossier.process_version is None
    receipt = step_due(dossier, "receive")
    assert receipt.step_due_at == allowed_by(receipt, load_working_calendar().working_day * STEPS["receive"].allotted)
    # Assign has no allotment in the table: the specialist has until the due time.
    assert step_due(dossier, "assign").step_due_at == dossier.due_at


def test_a_step_the_version_does_not_name_keeps_the_table_allotment(office):
    new_version(office["procedure"], [(HandOff.ASSIGN, 2, DAYS)])
    receipt = step_due(received(office), "receive")
    assert receipt.step_due_at == allowed_by(receipt, load_working_calendar().working_day * STEPS["receive"].allotted)


def test_a_version_saved_with_a_later_start_does_not_apply_before_it(office):
    first = new_version(office["procedure"], VERSION_1)
    save_next_version(
        office["procedure"], effective_from=timezone.now() + timedelta(days=3), basis="", steps=VERSION_2, user=None
    )
    assert received(office).process_version == first


# --- The administrators' screens ----------------------------------------------------------------------------------


def url(name, *args):
    return reverse(InternalProcess.snippet_viewset.get_url_name(name), args=args)


def form(procedure, steps, effective_from="2027-03-01 08:00"):
    return nested_form_data(
        {
            "procedure": procedure.pk,
            "effective_from": effective_from,
            "basis": "Quyết định số 12/QĐ-UBND",
            "steps": inline_formset(
                [{"hand_off": hand_off, "amount": amount, "unit": unit} for hand_off, amount, unit in steps]
            ),
        }
    )


def menu_shows_processes(client):
    return json.dumps("Quy trình nội bộ") in client.get(reverse("wagtailadmin_home")).text


@pytest.fixture
def administrator(client, office):
    client.force_login(office["people"][roles.ADMINISTRATOR])
    return client


def test_administrator_saves_a_version_and_an_edit_saves_the_next(administrator, office):
    assert menu_shows_processes(administrator)
    assert administrator.get(url("list")).status_code == 200
    response = administrator.post(url("add"), form(office["procedure"], VERSION_1))
    assert response.status_code == 302, response.content.decode()[:2000]
    first = InternalProcess.objects.get()
    assert (first.version, first.created_by) == (1, office["people"][roles.ADMINISTRATOR])

    assert administrator.get(url("edit", first.pk)).status_code == 200
    response = administrator.post(url("edit", first.pk), form(office["procedure"], VERSION_2, "2027-04-01 08:00"))
    assert response.status_code == 302, response.content.decode()[:2000]
    first.refresh_from_db()
    second = InternalProcess.objects.get(version=2)
    assert [(s.hand_off, s.amount, s.unit) for s in first.steps.all()] == [(h, a, u) for h, a, u in VERSION_1]
    assert [(s.hand_off, s.amount, s.unit) for s in second.steps.all()] == [(h, a, u) for h, a, u in VERSION_2]
    assert first.effective_from < second.effective_from
    listing = administrator.get(url("list")).content.decode()
    assert str(first) in listing and str(second) in listing


def test_a_version_longer_than_the_processing_time_is_refused(administrator, office):
    # 10 working days allowed; 9.5 days plus 8 hours is 10.5.
    steps = [(HandOff.RECEIVE, 8, HOURS), (HandOff.ASSIGN, "9.5", DAYS)]
    response = administrator.post(url("add"), form(office["procedure"], steps))
    assert response.status_code == 200
    assert "vượt thời hạn giải quyết của thủ tục (10 ngày làm việc)" in response.content.decode()
    assert not InternalProcess.objects.exists()
    # Returns repeat part of the way and are not added: this one fits.
    fits = [(HandOff.ASSIGN, 9, DAYS), (HandOff.RETURN_MEMO, 5, DAYS)]
    assert administrator.post(url("add"), form(office["procedure"], fits)).status_code == 302


@pytest.mark.parametrize("steps", [[(HandOff.ASSIGN, 1, DAYS), (HandOff.ASSIGN, 2, DAYS)], []], ids=["twice", "none"])
def test_a_step_named_twice_or_no_step_is_refused(administrator, office, steps):
    response = administrator.post(url("add"), form(office["procedure"], steps))
    assert response.status_code == 200
    assert response.context["form"].formsets["steps"].non_form_errors()
    assert not InternalProcess.objects.exists()


def test_a_version_dossiers_were_received_under_cannot_be_deleted(client, office):
    superuser = StaffUserFactory(is_superuser=True, is_staff=True)
    client.force_login(superuser)
    process = new_version(office["procedure"], VERSION_1)
    received(office)
    response = client.post(url("delete", process.pk))
    assert response.status_code == 302
    assert InternalProcess.objects.filter(pk=process.pk).exists()


@pytest.mark.parametrize("role", sorted(set(roles.ALL_ROLES) - {roles.ADMINISTRATOR}))
def test_only_administrators_reach_the_screens(client, office, role):
    client.force_login(office["people"][role])
    assert not menu_shows_processes(client)
    process = new_version(office["procedure"], VERSION_1)
    for page in (url("list"), url("add"), url("edit", process.pk)):
        assert client.get(page).status_code in {302, 403}
    assert not Group.objects.get(role__code=role).permissions.filter(codename__endswith="_internalprocess").exists()
