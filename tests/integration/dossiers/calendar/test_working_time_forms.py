"""Dates and times staff pick in the step forms fall on the working calendar, or are refused with the nearest valid
one proposed and prefilled (the issue's apology letter promising 03:00 on a Sunday is refused)."""

from datetime import date, datetime

import pytest
from django.urls import reverse

from dossiers.accounts import roles
from dossiers.calendar.deadlines import VIETNAM
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import DayOff, MakeUpWorkingDay, Status
from dossiers.staff.action_forms import ExtendForm, ReceiveForm

pytestmark = pytest.mark.django_db


def vn(*args):
    return datetime(*args, tzinfo=VIETNAM)


@pytest.fixture
def dossier(procedure):
    return DossierFactory(
        procedure=procedure, status=Status.RECEIVED, received_at=vn(2027, 1, 4, 8), due_at=vn(2027, 1, 8, 8)
    )


def extend_form(dossier, new_due_at):
    return ExtendForm({"version": dossier.version, "new_due_at": new_due_at, "reason": "Cần xác minh"}, dossier=dossier)


def test_an_appointment_at_3am_on_a_sunday_is_refused_with_monday_morning_proposed(dossier):
    form = extend_form(dossier, "2027-03-07T03:00")
    assert not form.is_valid()
    assert form.errors["new_due_at"] == ["Ngoài giờ làm việc. Thời điểm hợp lệ gần nhất: 07:30 thứ Hai 08/03/2027."]
    assert form["new_due_at"].value() == "2027-03-08T07:30"
    accepted = extend_form(dossier, form["new_due_at"].value())
    assert accepted.is_valid(), accepted.errors
    assert accepted.cleaned_data["new_due_at"] == vn(2027, 3, 8, 7, 30)


def test_a_holiday_is_refused(dossier):
    DayOff.objects.create(date=date(2027, 3, 10), name="Nghỉ bù")
    form = extend_form(dossier, "2027-03-10T09:00")
    assert form.errors["new_due_at"] == ["Ngoài giờ làm việc. Thời điểm hợp lệ gần nhất: 07:30 thứ Năm 11/03/2027."]


def test_a_make_up_saturday_is_accepted(dossier):
    assert not extend_form(dossier, "2027-03-13T09:00").is_valid()
    MakeUpWorkingDay.objects.create(date=date(2027, 3, 13), note="Làm bù")
    assert extend_form(dossier, "2027-03-13T09:00").is_valid()


@pytest.mark.parametrize(
    ("picked", "valid", "proposed"),
    [
        ("2027-03-03T12:00", False, "2027-03-03T13:00"),
        ("2027-03-03T11:30", True, None),
        ("2027-03-03T13:00", True, None),
        ("2027-03-03T17:00", True, None),
        ("2027-03-03T17:30", False, "2027-03-04T07:30"),
    ],
)
def test_the_lunch_break_and_the_close_follow_the_calendars_office_periods(dossier, picked, valid, proposed):
    form = extend_form(dossier, picked)
    assert form.is_valid() is valid
    if not valid:
        assert form["new_due_at"].value() == proposed


def test_a_date_only_field_must_be_a_working_day(dossier):
    form = ReceiveForm({"version": dossier.version, "originals_date": "2027-03-07"}, dossier=dossier)
    assert form.errors["originals_date"] == ["Không phải ngày làm việc. Ngày làm việc gần nhất: thứ Hai 08/03/2027."]
    assert form["originals_date"].value() == "2027-03-08"
    assert ReceiveForm({"version": dossier.version, "originals_date": "2027-03-08"}, dossier=dossier).is_valid()


def test_the_step_page_refuses_then_one_click_accepts_the_proposal(client, dossier):
    client.force_login(StaffUserFactory(role=roles.COUNTER_STAFF))
    url = reverse("dossier_admin:step", args=[dossier.pk, "extend"])
    data = {"version": dossier.version, "new_due_at": "2027-03-07T03:00", "reason": "Cần xác minh thêm"}
    refused = client.post(url, data)
    assert refused.status_code == 400
    page = refused.content.decode()
    assert "Ngoài giờ làm việc. Thời điểm hợp lệ gần nhất: 07:30 thứ Hai 08/03/2027." in page
    assert 'value="2027-03-08T07:30"' in page
    assert client.post(url, {**data, "new_due_at": "2027-03-08T07:30"}).status_code == 302
    dossier.refresh_from_db()
    assert dossier.due_at == vn(2027, 3, 8, 7, 30)
