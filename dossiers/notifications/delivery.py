"""Sending a recorded notice: one Celery task per notice, retried with back-off while the mail service is down,
and a beat sweep for notices whose task was lost. The row's state decides, so a notice is never sent twice."""

import logging

from celery import shared_task
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from dossiers.models import Notification

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8


def deliver(notification_id):
    """Send one notification once. Returns True when it is (or already was) sent; records the error otherwise."""
    with transaction.atomic():
        notification = Notification.objects.select_for_update().get(pk=notification_id)
        if notification.state == Notification.State.SENT:
            return True
        notification.attempts += 1
        message = EmailMessage(notification.subject, notification.body, to=[notification.recipient])
        if notification.calendar_event:
            message.attach("lich-hen.ics", notification.calendar_event, "text/calendar; charset=utf-8")
        try:
            message.send()
        except Exception as error:  # any ESP or network failure: recorded, retried later
            notification.last_error = f"{type(error).__name__}: {error}"[:2000]
            notification.state = (
                Notification.State.FAILED if notification.attempts >= MAX_ATTEMPTS else Notification.State.PENDING
            )
            notification.save(update_fields=["attempts", "last_error", "state"])
            logger.warning("Notification %s not sent (attempt %s)", notification.pk, notification.attempts)
            return False
        notification.state = Notification.State.SENT
        notification.sent_at = timezone.now()
        notification.save(update_fields=["attempts", "state", "sent_at"])
        return True


@shared_task(bind=True, max_retries=MAX_ATTEMPTS - 1, ignore_result=True)
def send_notification(self, notification_id):
    if not deliver(notification_id):
        raise self.retry(countdown=min(60 * 2**self.request.retries, 3600))


@shared_task(ignore_result=True)
def send_pending_notifications():
    """Safety net for notifications whose task was lost (e.g. the broker was down when they were queued)."""
    for notification_id in Notification.objects.filter(state=Notification.State.PENDING).values_list("pk", flat=True):
        deliver(notification_id)
