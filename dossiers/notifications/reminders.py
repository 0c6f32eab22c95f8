"""Morning reminders and the weekly summary. Each recipient gets at most one digest of a kind per day: the
ReminderLog row and the queued email are written in one transaction, and the row's unique key refuses a second."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone

from dossiers.accounts import roles
from dossiers.calendar.store import load_working_calendar
from dossiers.models import Dossier, ReminderLog, Stage, Status
from dossiers.models.queries import OPEN, overdue_condition

from . import kinds
from .outbox import admin_dossier_url, queue_email, render_bilingual

DAILY_ROLES = [roles.SPECIALIST, roles.CHIEF_OF_OFFICE, roles.DEPUTY_CHIEF]
KINDS = {ReminderLog.Kind.DAILY: kinds.REMINDER_DAILY, ReminderLog.Kind.WEEKLY: kinds.REMINDER_WEEKLY}


def daily_digest(user, now):
    """The dossiers waiting on ``user`` that are overdue or due within a working day (paused ones wait on the
    applicant, so they never appear)."""
    dossiers = Dossier.objects.waiting_on(user).select_related("procedure").order_by("due_at")
    return {
        "overdue": [(dossier, admin_dossier_url(dossier)) for dossier in dossiers.overdue(now)],
        "due_soon": [(dossier, admin_dossier_url(dossier)) for dossier in dossiers.due_soon(now)],
    }


def send_once(user, kind, day, subject, body):
    """Queue the digest unless one of this kind already went to ``user`` today; returns whether it was queued."""
    try:
        with transaction.atomic():
            log = ReminderLog.objects.create(recipient=user, kind=kind, day=day)
            log.notification = queue_email(kind=KINDS[kind], recipient=user.email, subject=subject, body=body)
            log.save(update_fields=["notification"])
    except IntegrityError:
        return False
    return True


def staff_with_email(role_codes):
    return get_user_model().objects.filter(roles.users_with_role(role_codes)).exclude(email="").distinct()


def send_daily_reminders(now=None):
    """Returns how many digests were queued now."""
    now = now or timezone.now()
    day = timezone.localdate(now)
    if not load_working_calendar().is_working_day(day):
        return 0
    sent = 0
    for user in staff_with_email(DAILY_ROLES):
        digest = daily_digest(user, now)
        if not digest["overdue"] and not digest["due_soon"]:
            continue
        context = {"user": user, "day": day, **digest}
        subject, body = render_bilingual(kinds.REMINDER_DAILY, context, {"date": f"{day:%d/%m/%Y}"})
        sent += send_once(user, ReminderLog.Kind.DAILY, day, subject, body)
    return sent


def weekly_figures(now):
    """Last week (Monday to Sunday before ``now``) in figures leadership reads at a glance."""
    today = timezone.localdate(now)
    start = today - timedelta(days=today.weekday() + 7)
    end = start + timedelta(days=7)
    in_week = {"received_at__date__gte": start, "received_at__date__lt": end}
    returned = {"returned_at__date__gte": start, "returned_at__date__lt": end}
    open_now = OPEN & Q(due_at__isnull=False)
    return {
        "start": start,
        "end": end - timedelta(days=1),
        **Dossier.objects.aggregate(
            received=Count("pk", filter=Q(**in_week)),
            resolved=Count("pk", filter=Q(status=Status.RETURNED, **returned)),
            early=Count("pk", filter=Q(result_class="early", **returned)),
            on_time=Count("pk", filter=Q(result_class="on_time", **returned)),
            late=Count("pk", filter=Q(result_class="late", **returned)),
            open=Count("pk", filter=open_now),
            overdue=Count("pk", filter=overdue_condition(now)),
            at_leadership=Count("pk", filter=Q(stage=Stage.AT_LEADERSHIP)),
        ),
    }


def send_weekly_summary(now=None):
    now = now or timezone.now()
    day = timezone.localdate(now)
    figures = weekly_figures(now)
    sent = 0
    for user in staff_with_email([roles.LEADER]):
        period = {"start": f"{figures['start']:%d/%m}", "end": f"{figures['end']:%d/%m/%Y}"}
        subject, body = render_bilingual(kinds.REMINDER_WEEKLY, {"user": user, **figures}, period)
        sent += send_once(user, ReminderLog.Kind.WEEKLY, day, subject, body)
    return sent
