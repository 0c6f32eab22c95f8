"""Celery beat's entry points for staff reminders (``reminders``); sending itself is in ``delivery``."""

from celery import shared_task

from . import reminders


@shared_task(ignore_result=True)
def send_daily_reminders():
    return reminders.send_daily_reminders()


@shared_task(ignore_result=True)
def send_weekly_summary():
    return reminders.send_weekly_summary()
