"""``manage.py send_reminders [--weekly]``: what Celery beat runs each morning (and on Mondays), by hand."""

from django.core.management.base import BaseCommand

from dossiers.notifications.reminders import send_daily_reminders, send_weekly_summary


class Command(BaseCommand):
    help = "Queue today's reminder digests (or, with --weekly, the leadership summary); never twice a day."

    def add_arguments(self, parser):
        parser.add_argument("--weekly", action="store_true", help="Send the weekly summary to leadership.")

    def handle(self, *args, weekly=False, **options):
        sent = send_weekly_summary() if weekly else send_daily_reminders()
        self.stdout.write(f"{sent} digest(s) queued.")
