"""Sending a recorded notice: one Celery task per notice, retried with back-off while the mail service is down,
and a beat sweep for notices whose task was lost. The row's state decides who sends it.

A row is claimed (``sending``, ``claimed_at``, committed) before the mail service is called and marked ``sent``
after, so two workers never send it at once. A worker killed between the two leaves a claim nobody finishes: once it
is older than ``CLAIM_EXPIRES`` the sweep sends the notice again, with the same Message-ID (``Notification.
message_id``), so a copy that did leave before the kill and the new one are one message to the mail systems that
receive them. Every other loss (the broker away at the commit, a worker killed before the claim, a retry message
lost) leaves the row ``pending`` for the sweep."""

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


# A send takes a few seconds at most; a claim this old belongs to a worker that died.
CLAIM_EXPIRES = timedelta(seconds=20)
# A row tried and still pending after the whole back-off chain (plus a margin) has lost its retry message.
RETRY_CHAIN = timedelta(seconds=sum(backoff(retries) for retries in range(MAX_ATTEMPTS - 1))) + timedelta(hours=1)


def claimable(now):
    """Rows a worker may take: waiting, or claimed by a worker that died."""
    return Q(state=Notification.State.PENDING) | Q(state=Notification.State.SENDING, claimed_at__lt=now - CLAIM_EXPIRES)


def deliver(notification_id):
    """Send one notification. Returns False when this attempt failed (recorded, to be retried); True when it was
    sent now or needs nothing more from this caller (sent, being sent by another worker, or given up)."""
    now = timezone.now()
    with transaction.atomic():
        notification = Notification.objects.select_for_update().filter(claimable(now), pk=notification_id).first()
        if notification is None:
            return True
        notification.attempts += 1
        notification.state = Notification.State.SENDING
        notification.claimed_at = now
        notification.save(update_fields=["attempts", "state", "claimed_at"])
    message = EmailMessage(
        notification.subject,
        notification.body,
        to=[notification.recipient],
        headers={"Message-ID": notification.message_id},
    )
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
    """Rows whose task is gone: pending, never tried and older than ``STRANDED_AFTER`` or past the back-off chain
    (rows within their back-off are left to their task's retry); or claimed by a worker that died."""
    waiting = Q(attempts=0, created_at__lt=now - STRANDED_AFTER) | Q(created_at__lt=now - RETRY_CHAIN)
    abandoned = Q(state=Notification.State.SENDING, claimed_at__lt=now - CLAIM_EXPIRES)
    return Notification.objects.filter((waiting & Q(state=Notification.State.PENDING)) | abandoned)


@shared_task(ignore_result=True)
def send_pending_notifications():
    """The beat sweep: sends notices whose task was lost (the broker was away when they were queued, a worker died
    holding their message)."""
    for notification_id in stranded(timezone.now()).values_list("pk", flat=True):
        deliver(notification_id)
