"""Morning reminders reach the people a dossier waits on, once a day; leadership gets the weekly figures."""

from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.core.management import call_command

from dossiers.accounts import roles
from dossiers.calendar.deadlines import VIETNAM
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import ReminderLog, StaffProfile, Stage, Status
from dossiers.notifications.reminders import send_daily_reminders, send_weekly_summary
from procedures.factories import DepartmentFactory, ProcedurePageFactory, SubsystemPageFactory

pytestmark = pytest.mark.django_db

# Tuesday 8 December 2026, 07:00: a working morning.
MORNING = datetime(2026, 12, 8, 7, 0, tzinfo=VIETNAM)


@pytest.fixture
def setting(home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page))
    department = DepartmentFactory(agency=procedure.agency)
    specialist = StaffUserFactory(role=roles.SPECIALIST)
    StaffProfile.objects.create(user=specialist, agency=procedure.agency, department=department)
    chief = StaffUserFactory(role=roles.CHIEF_OF_OFFICE)

    def dossier(**fields):
        return DossierFactory(procedure=procedure, received_at=MORNING - timedelta(days=5), **fields)

    assigned = {"status": Status.PROCESSING, "stage": Stage.ASSIGNED, "assigned_to": specialist}
    return {
        "specialist": specialist,
        "chief": chief,
        "overdue": dossier(due_at=MORNING - timedelta(hours=2), **assigned),
        "due_soon": dossier(due_at=MORNING + timedelta(hours=5), **assigned),
        "later": dossier(due_at=MORNING + timedelta(days=7), **assigned),
        "paused": dossier(due_at=MORNING - timedelta(hours=1), **{**assigned, "status": Status.SUPPLEMENT_REQUESTED}),
        "for_chief": dossier(status=Status.RECEIVED, due_at=MORNING + timedelta(hours=3)),
    }


def body_for(user):
    [email] = [email for email in mail.outbox if email.to == [user.email]]
    return email.body


def test_each_person_gets_the_dossiers_waiting_on_them(setting, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert send_daily_reminders(MORNING) == 2
    specialist_mail = body_for(setting["specialist"])
    assert setting["overdue"].code in specialist_mail and setting["due_soon"].code in specialist_mail
    assert setting["later"].code not in specialist_mail and setting["paused"].code not in specialist_mail
    assert setting["for_chief"].code not in specialist_mail
    assert "/admin/dossiers/inspect/" in specialist_mail
    assert setting["for_chief"].code in body_for(setting["chief"])


def test_nothing_is_sent_twice_the_same_day(setting, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_daily_reminders(MORNING)
        assert send_daily_reminders(MORNING + timedelta(hours=2)) == 0
    assert ReminderLog.objects.filter(day=MORNING.date()).count() == 2
    assert len([e for e in mail.outbox if e.to == [setting["specialist"].email] and "08/12/2026" in e.subject]) == 1


def test_the_command_runs_the_same_digest(setting, monkeypatch, capsys):
    monkeypatch.setattr("django.utils.timezone.now", lambda: MORNING)
    call_command("send_reminders")
    call_command("send_reminders")
    assert capsys.readouterr().out.splitlines() == ["2 digest(s) queued.", "0 digest(s) queued."]


def test_no_reminders_on_a_day_off(setting):
    sunday = datetime(2026, 12, 6, 7, 0, tzinfo=VIETNAM)
    assert send_daily_reminders(sunday) == 0


def test_leadership_weekly_summary(setting, django_capture_on_commit_callbacks):
    leader = StaffUserFactory(role=roles.LEADER)
    last_week = MORNING - timedelta(days=7)
    for result in ["early", "early", "late"]:
        DossierFactory(
            procedure=setting["overdue"].procedure,
            status=Status.RETURNED,
            received_at=last_week,
            due_at=last_week + timedelta(days=1),
            returned_at=last_week + timedelta(hours=3),
            result_class=result,
        )
    with django_capture_on_commit_callbacks(execute=True):
        assert send_weekly_summary(MORNING) == 1
        assert send_weekly_summary(MORNING) == 0
    body = body_for(leader)
    assert "30/11/2026" in body and "06/12/2026" in body
    assert "Hồ sơ đã giải quyết: 3 (trước hạn 2, đúng hạn 0, quá hạn 1)" in body
