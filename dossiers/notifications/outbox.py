"""Notices to applicants and staff: written in Vietnamese then English, recorded as a ``Notification`` row in the
transaction that caused them, and handed to Celery only when it commits (``delivery``); a notice the broker cannot
take then is left to the resend sweep. What each kind says is in ``kinds``."""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from dossiers.models import Notification
from dossiers.public.links import signed_url
from portal import degraded

from . import kinds
from .delivery import send_notification
from .ics import appointment_calendar

LANGUAGES = ("vi", "en")
SEPARATOR = "\n\n" + "-" * 60 + "\n\n"


def absolute_url(path):
    return settings.PUBLIC_BASE_URL + path


def status_page_url(dossier):
    return absolute_url(reverse("dossiers:lookup") + f"?ma={dossier.code}")


def admin_dossier_url(dossier):
    """The dossier's page in the staff admin, as a link in an email."""
    return settings.WAGTAILADMIN_BASE_URL + dossier.get_admin_url()


def render_bilingual(kind, context, subject_params=None):
    """Subject and body in both languages: Vietnamese first, the English text below it."""
    params = subject_params if subject_params is not None else {"code": context["dossier"].code}
    subjects, bodies = [], []
    for language in LANGUAGES:
        with translation.override(language):
            subjects.append(str(kind.subject) % params)
            bodies.append(render_to_string(kind.template_name, context).strip())
    return " / ".join(subjects), SEPARATOR.join(bodies) + "\n"


def queue_email(*, kind, recipient, subject, body, dossier=None, calendar_event=""):
    notification = Notification.objects.create(
        dossier=dossier, kind=kind.name, recipient=recipient, subject=subject, body=body, calendar_event=calendar_event
    )
    transaction.on_commit(lambda: hand_to_worker(notification.pk))
    return notification


def hand_to_worker(notification_id):
    """After the commit, so nothing may fail the request now: with the broker away the row stays pending and the
    sweep (``delivery.send_pending_notifications``) sends it once the broker is back. A refused publish costs
    Celery's retries (0.65 s); for a few seconds after one the broker is not asked (``portal.degraded``)."""
    # Any error (kombu's OperationalError, or whatever else stops the message): the row is kept.
    degraded.without("task broker", Exception, lambda: send_notification.delay(notification_id), lambda: None)


def notify_applicant(dossier, kind, **context):
    """Queue the ``kind`` notice for the applicant; a dossier without an email address gets none."""
    if not dossier.applicant_email:
        return None
    context = {
        "dossier": dossier,
        "status_url": status_page_url(dossier),
        "withdraw_url": None if dossier.is_closed else signed_url(dossier, "withdraw"),
        **context,
    }
    subject, body = render_bilingual(kind, context)
    calendar_event = ""
    if kind.with_appointment:
        calendar_event = appointment_calendar(
            dossier, stamp=timezone.now(), originals_date=context.get("originals_date")
        )
    return queue_email(
        kind=kind,
        recipient=dossier.applicant_email,
        subject=subject,
        body=body,
        dossier=dossier,
        calendar_event=calendar_event,
    )


def notify_assignee(user, dossier):
    """A staff member learns a dossier now waits for them; the link opens it in the admin."""
    if not user.email:
        return None
    context = {"dossier": dossier, "user": user, "admin_url": admin_dossier_url(dossier)}
    subject, body = render_bilingual(kinds.ASSIGNED, context)
    return queue_email(kind=kinds.ASSIGNED, recipient=user.email, subject=subject, body=body, dossier=dossier)
