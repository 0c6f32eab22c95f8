"""The workflow service: receipt starts the clock, a supplement request pauses it, the applicant's supplement
resumes it; roles, statuses and stale versions are refused; every step leaves history, a log entry and an event."""

from datetime import datetime, timedelta

import pytest
from django.core import mail

from dossiers.accounts import roles
from dossiers.calendar.deadlines import VIETNAM
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import DossierLogEntry, Status
from dossiers.workflow.engine import ConcurrentUpdate, TransitionNotAllowed, allowed_actions, transition
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory

pytestmark = pytest.mark.django_db

# Monday 7 December 2026, 09:00 in Vietnam: a week with no holiday.
MONDAY_9 = datetime(2026, 12, 7, 9, 0, tzinfo=VIETNAM)


@pytest.fixture
def dossier(home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), processing_time=3)
    return DossierFactory(procedure=procedure)


@pytest.fixture
def counter():
    return StaffUserFactory(role=roles.COUNTER_STAFF)


def at(monkeypatch, instant):
    monkeypatch.setattr("django.utils.timezone.now", lambda: instant)


def test_receive_sets_the_due_time_from_the_procedure(
    dossier, counter, monkeypatch, django_capture_on_commit_callbacks
):
    at(monkeypatch, MONDAY_9)
    with django_capture_on_commit_callbacks(execute=True):
        dossier = transition(dossier, "receive", counter, expected_version=1)
    assert dossier.status == Status.RECEIVED and dossier.version == 2
    assert dossier.received_at == MONDAY_9
    assert dossier.due_at == datetime(2026, 12, 10, 9, 0, tzinfo=VIETNAM)  # three working days later
    assert "Hẹn trả kết quả" in mail.outbox[0].body and "09:00 10/12/2026" in mail.outbox[0].body
    event = dossier.events.get(action="receive")
    assert (event.from_status, event.to_status, event.actor) == (Status.REGISTERED, Status.RECEIVED, counter)
    assert dossier.history.count() == 2 and dossier.history.first().history_change_reason == "receive"
    assert DossierLogEntry.objects.filter(object_id=str(dossier.pk), action="dossiers.receive").exists()


def test_supplement_pauses_and_resumes_the_clock(dossier, counter, monkeypatch, django_capture_on_commit_callbacks):
    at(monkeypatch, MONDAY_9)
    dossier = transition(dossier, "receive", counter)
    at(monkeypatch, MONDAY_9 + timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        dossier = transition(
            dossier, "request_supplement", counter, items="Bản sao hộ chiếu", reason="Hộ chiếu đã hết hạn"
        )
    assert dossier.status == Status.SUPPLEMENT_REQUESTED
    request_email = mail.outbox[-1]
    assert "Bản sao hộ chiếu" in request_email.body and "/ho-so/bo-sung/" in request_email.body

    # The applicant answers the next day at 10:00: a full working day (8 h) of waiting.
    at(monkeypatch, MONDAY_9 + timedelta(days=1, hours=1))
    dossier = transition(dossier, "supplement", None, note="Đã gửi hộ chiếu mới")
    assert dossier.status == Status.RECEIVED
    assert dossier.due_at == datetime(2026, 12, 11, 9, 0, tzinfo=VIETNAM)
    request = dossier.supplement_requests.get()
    assert request.resolved_at == MONDAY_9 + timedelta(days=1, hours=1)
    assert request.applicant_note == "Đã gửi hộ chiếu mới"


def test_applicant_may_withdraw_but_not_receive(dossier):
    with pytest.raises(TransitionNotAllowed):
        transition(dossier, "receive", None)
    assert transition(dossier, "withdraw", None, reason="Không còn nhu cầu").status == Status.WITHDRAWN
    with pytest.raises(TransitionNotAllowed):
        transition(dossier, "withdraw", None)


def test_wrong_role_and_wrong_status_are_refused(dossier, counter):
    leader = StaffUserFactory(role=roles.LEADER)
    with pytest.raises(TransitionNotAllowed):
        transition(dossier, "receive", leader)
    with pytest.raises(TransitionNotAllowed):
        transition(dossier, "supplement", None)
    dossier.refresh_from_db()
    assert dossier.status == Status.REGISTERED and dossier.version == 1


def test_stale_version_is_a_conflict_not_an_overwrite(dossier, counter):
    transition(dossier, "refuse", counter, expected_version=1, reason="Sai thủ tục")
    with pytest.raises(ConcurrentUpdate) as conflict:
        transition(dossier, "receive", counter, expected_version=1)
    assert conflict.value.current.status == Status.REFUSED
    dossier.refresh_from_db()
    assert dossier.status == Status.REFUSED


def test_allowed_actions_follow_role_and_status(dossier, counter):
    assert {step.name for step in allowed_actions(dossier, counter)} == {
        "receive",
        "refuse",
        "request_supplement",
        "withdraw",
    }
    assert {step.name for step in allowed_actions(dossier, None)} == {"withdraw"}
