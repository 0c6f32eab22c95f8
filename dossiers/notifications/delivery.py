"""Sending a recorded notice: one Celery task per notice, retried with back-off while the mail service is down,
and a beat sweep for notices whose task was lost. The row's state decides, so a notice is never sent twice.

A notice is sent at most once: its row is claimed (``sending``, committed) before the mail service is called and
marked ``sent`` after. A worker killed between the two leaves the row ``sending``, and nothing sends it again: the
mail may or may not have left, and a duplicate to a citizen is worse than a notice an operator checks and resends
by hand (found by their state). Every other loss (the broker away at the commit, a worker killed
before the claim, a retry message lost) leaves the row ``pending`` for the sweep."""

import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from dossiers.models import Notification

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
# A queued notice's task runs within seconds; an untried row older than this lost its task. The beat runs the sweep
# at the same interval, so a stranded notice leaves within about twice this after the broker is back.
STRANDED_AFTER = timedelta(seconds=settings.NOTIFICATION_SWEEP_SECONDS)


def backoff(retries):
    """Seconds before the next attempt: 1, 2, 4... minutes, at most an hour."""
    return min(60 * 2**retries, 3600)


# A row tried and still pending after the whole back-off chain (plus a margin) has lost its retry message.
RETRY_CHAIN = timedelta(seconds=sum(backoff(retries) for retries in range(MAX_ATTEMPTS - 1))) + timedelta(hours=1)


def deliver(notification_id):
    """Send one notification at most once. Returns False when this attempt failed (recorded, to be retried); True
    when it was sent now or needs nothing more from this caller (sent, being sent, or given up)."""
    with transaction.atomic():
        notification = Notification.objects.select_for_update().get(pk=notification_id)
        if notification.state != Notification.State.PENDING:
            return True
        notification.attempts += 1
        notification.state = Notification.State.SENDING
        notification.save(update_fields=["attempts", "state"])
    message = EmailMessage(notification.subject, notification.body, to=[notification.recipient])
    if notification.calendar_event:
        message.attach("lich-hen.ics", notification.calendar_event, "text/calendar; charset=utf-8")
    try:
        message.send()
    except Exception as error:  # any ESP or network failure: recorded, retried later
        state = Notification.State.FAILED if notification.attempts >= MAX_ATTEMPTS else Notification.State.PENDING
        last_error = f"{type(error).__name__}: {error}"[:2000]
        Notification.objects.filter(pk=notification.pk).update(state=state, last_error=last_error)
        logger.warning("Notification %s not sent (attempt %s)", notification.pk, notification.attempts)
        return False
    Notification.objects.filter(pk=notification.pk).update(state=Notification.State.SENT, sent_at=timezone.now())
    return True


@shared_task(bind=True, max_retries=MAX_ATTEMPTS - 1, ignore_result=True)
def send_notification(self, notification_id):
    if not deliver(notification_id):
        raise self.retry(countdown=backoff(self.request.retries))


def stranded(now):
    """Pending rows whose task is gone: never tried and older than ``STRANDED_AFTER``, or tried and pending past
    the back-off chain. Rows within their back-off are left to their task's retry."""
    return Notification.objects.filter(
        Q(attempts=0, created_at__lt=now - STRANDED_AFTER) | Q(created_at__lt=now - RETRY_CHAIN),
        state=Notification.State.PENDING,
    )


@shared_task(ignore_result=True)
def send_pending_notifications():
    """The beat sweep: sends notices whose task was lost (the broker was away when they were queued, a worker died
    holding their message)."""
    for notification_id in stranded(timezone.now()).values_list("pk", flat=True):
        deliver(notification_id)
