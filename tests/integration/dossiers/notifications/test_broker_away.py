"""Notices when Redis (cache and broker) is away or a worker dies: the step that caused a notice is applied and
answered as usual, its row waits in the outbox, the sweep sends it once the broker is back; a notice being sent is
not taken by another worker, and one whose worker was killed mid-send goes again with the same Message-ID."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from dossiers.accounts import roles
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import Notification, Status
from dossiers.notifications import kinds
from dossiers.notifications.delivery import CLAIM_EXPIRES, STRANDED_AFTER, deliver, send_pending_notifications
from dossiers.notifications.outbox import hand_to_worker, queue_email
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory

SENT_FILE = "KILLED_AFTER_SENDING_FILE"


class KilledAfterSending(BaseEmailBackend):
    """The mail service takes the message (written to a file), then the worker is killed before it can commit."""

    def send_messages(self, messages):
        with Path(os.environ[SENT_FILE]).open("a") as sent:
            sent.writelines(f"{message.extra_headers['Message-ID']}\n" for message in messages)
        os.kill(os.getpid(), signal.SIGKILL)


def age(notification, by):
    Notification.objects.filter(pk=notification.pk).update(created_at=timezone.now() - by)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_step_with_redis_away_is_applied_and_its_notice_sent_once_the_broker_is_back(
    client, home_page, cache_away, broker_away, caplog
):
    dossier = DossierFactory(procedure=ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page)))
    client.force_login(StaffUserFactory(role=roles.COUNTER_STAFF))
    response = client.post(reverse("dossier_admin:step", args=[dossier.pk, "receive"]), {"version": 1})

    assert response.status_code == 302  # the transaction committed, then the broker refused: answered as usual
    assert response["Location"] == reverse("dossier_admin:inspect", args=[dossier.pk])
    dossier.refresh_from_db()
    assert dossier.status == Status.RECEIVED and dossier.due_at is not None  # the calendar came from the database
    [notice] = Notification.objects.filter(dossier=dossier)
    assert (notice.kind, notice.state, notice.attempts) == (kinds.RECEIVED.name, Notification.State.PENDING, 0)
    assert broker_away["task broker"] == 1 and broker_away["shared cache"] >= 1
    assert any("task broker unavailable (OperationalError" in r.message for r in caplog.records)

    # The broker is back; the beat's sweep (every STRANDED_AFTER) takes the row once it is that old.
    send_pending_notifications()
    assert mail.outbox == []  # too young: its own task may still be on the way
    age(notice, STRANDED_AFTER)
    send_pending_notifications()
    send_pending_notifications()
    assert [email.to for email in mail.outbox] == [[dossier.applicant_email]]
    notice.refresh_from_db()
    assert notice.state == Notification.State.SENT and notice.attempts == 1


def test_after_a_refused_publish_the_broker_is_left_alone_for_a_while(broker_away):
    durations = []
    for notification_id in (1, 2):
        started = time.monotonic()
        hand_to_worker(notification_id)
        durations.append(time.monotonic() - started)
    assert broker_away["task broker"] == 2
    assert durations[0] > 0.3 and durations[1] < durations[0] / 5  # Celery's publish retries, then not even tried


@pytest.mark.django_db
def test_a_notice_being_sent_by_one_worker_is_not_sent_by_another(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        notice = queue_email(kind=kinds.SUBMITTED, recipient="dan@example.vn", subject="Hồ sơ", body="x")
    Notification.objects.filter(pk=notice.pk).update(
        state=Notification.State.SENDING, attempts=1, claimed_at=timezone.now()
    )
    age(notice, STRANDED_AFTER)
    assert deliver(notice.pk) is True
    send_pending_notifications()
    assert mail.outbox == []


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_killed_mid_send_sends_it_again_as_the_same_message(requires_postgres, tmp_path):
    notice = Notification.objects.create(
        kind=kinds.SUBMITTED.name, recipient="dan@example.vn", subject="Hồ sơ", body="x"
    )
    sent = tmp_path / "sent.txt"
    database = connection.settings_dict
    worker = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup();"
            "from django.conf import settings;"
            f"settings.EMAIL_BACKEND = '{__name__}.KilledAfterSending';"
            "from dossiers.notifications.delivery import deliver;"
            f"deliver({notice.pk})",
        ],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
            SENT_FILE: str(sent),
        },
        cwd=Path(__file__).resolve().parents[4],
        timeout=120,
    )
    assert worker.returncode == -signal.SIGKILL
    notice.refresh_from_db()
    assert sent.read_text() == f"{notice.message_id}\n"  # the mail left
    assert notice.state == Notification.State.SENDING and notice.attempts == 1

    send_pending_notifications()
    assert mail.outbox == []  # a claim that young may still be sending
    Notification.objects.filter(pk=notice.pk).update(claimed_at=notice.claimed_at - CLAIM_EXPIRES)
    send_pending_notifications()
    [again] = mail.outbox
    assert again.extra_headers["Message-ID"] == notice.message_id
    notice.refresh_from_db()
    assert notice.state == Notification.State.SENT and notice.attempts == 2
