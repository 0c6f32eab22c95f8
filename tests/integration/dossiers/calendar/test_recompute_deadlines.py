"""A calendar change moves promised due times only when an administrator asks, and never an extended one."""

from datetime import date, datetime

import pytest
from django.core.management import call_command

from dossiers.accounts import roles
from dossiers.calendar.deadlines import VIETNAM
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import DayOff, DossierEvent, Status
from dossiers.workflow.engine import transition
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory

pytestmark = pytest.mark.django_db

MONDAY_9 = datetime(2026, 12, 7, 9, 0, tzinfo=VIETNAM)
THURSDAY_9 = datetime(2026, 12, 10, 9, 0, tzinfo=VIETNAM)
FRIDAY_9 = datetime(2026, 12, 11, 9, 0, tzinfo=VIETNAM)


@pytest.fixture
def received(home_page, monkeypatch):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), processing_time=3)
    monkeypatch.setattr("django.utils.timezone.now", lambda: MONDAY_9)
    counter = StaffUserFactory(role=roles.COUNTER_STAFF)
    dossiers = [transition(DossierFactory(procedure=procedure), "receive", counter) for _ in range(2)]
    monkeypatch.undo()
    return dossiers


def test_new_day_off_changes_nothing_until_recomputed(received):
    first, extended = received
    DossierEvent.objects.create(dossier=extended, action="extend", to_status=Status.RECEIVED)
    DayOff.objects.create(date=date(2026, 12, 8), name="Nghỉ đột xuất", kind="announced")
    first.refresh_from_db()
    assert first.due_at == THURSDAY_9

    call_command("recompute_deadlines", "--dry-run")
    first.refresh_from_db()
    assert first.due_at == THURSDAY_9

    call_command("recompute_deadlines")
    first.refresh_from_db()
    extended.refresh_from_db()
    assert first.due_at == FRIDAY_9
    assert first.history.order_by("-history_id").first().history_change_reason == "recompute_deadline"
    assert extended.due_at == THURSDAY_9
