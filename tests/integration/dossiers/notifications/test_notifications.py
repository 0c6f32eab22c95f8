"""Notifications are rows before they are emails: a failing mail service delays them, retries, and loses none."""

import pytest
from celery.exceptions import Retry
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from dossiers.models import Notification
from dossiers.notifications import kinds
from dossiers.notifications.delivery import (
    MAX_ATTEMPTS,
    RETRY_CHAIN,
    deliver,
    send_notification,
    send_pending_notifications,
)
from dossiers.notifications.outbox import queue_email

pytestmark = pytest.mark.django_db


class OutageBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionError("SMTP relay unreachable")


@pytest.fixture
def notification(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        return queue_email(kind=kinds.SUBMITTED, recipient="dan@example.vn", subject="Hồ sơ", body="Nội dung")


def test_outage_is_recorded_then_the_resend_delivers(notification, settings):
    settings.EMAIL_BACKEND = f"{__name__}.OutageBackend"
    assert deliver(notification.pk) is False
    notification.refresh_from_db()
    assert notification.state == Notification.State.PENDING
    assert notification.attempts == 1 and "SMTP relay unreachable" in notification.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    send_pending_notifications()  # within its back-off: left to its task's retry
    notification.refresh_from_db()
    assert notification.state == Notification.State.PENDING and notification.attempts == 1

    Notification.objects.update(created_at=timezone.now() - RETRY_CHAIN)  # the retry message was lost
    send_pending_notifications()
    notification.refresh_from_db()
    assert notification.state == Notification.State.SENT and notification.attempts == 2
    assert [email.subject for email in mail.outbox] == ["Hồ sơ"]


def test_sent_notification_is_never_sent_twice(notification):
    assert deliver(notification.pk) and deliver(notification.pk)
    assert len(mail.outbox) == 1


def test_task_asks_celery_to_retry_on_failure(notification, settings):
    settings.EMAIL_BACKEND = f"{__name__}.OutageBackend"
    with pytest.raises(Retry):
        send_notification.apply(args=[notification.pk], throw=True)
    notification.refresh_from_db()
    assert notification.attempts == 1 and notification.state == Notification.State.PENDING


def test_gives_up_after_the_last_attempt(notification, settings):
    settings.EMAIL_BACKEND = f"{__name__}.OutageBackend"
    for _ in range(MAX_ATTEMPTS):
        deliver(notification.pk)
    notification.refresh_from_db()
    assert notification.attempts == MAX_ATTEMPTS and notification.state == Notification.State.FAILED
    send_pending_notifications()
    notification.refresh_from_db()
    assert notification.attempts == MAX_ATTEMPTS


def test_calendar_invitation_is_attached(django_capture_on_commit_callbacks):
    ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    with django_capture_on_commit_callbacks(execute=True):
        queue_email(kind=kinds.SUBMITTED, recipient="dan@example.vn", subject="Hẹn", body="x", calendar_event=ics)
    [email] = mail.outbox
    [(name, content, mimetype)] = email.attachments
    assert name.endswith(".ics") and content == ics and mimetype.startswith("text/calendar")
