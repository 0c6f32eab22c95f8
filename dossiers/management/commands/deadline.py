"""``manage.py deadline``: the due time of a dossier, for operators and scripts; stdout carries only the answer."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from dossiers.calendar.deadlines import VIETNAM, due_time
from dossiers.calendar.store import load_working_calendar
from procedures.models import ProcedurePage


def parse_instant(text):
    """Read "YYYY-MM-DD HH:MM" on Vietnam's clock, or ISO 8601 (an explicit offset wins)."""
    try:
        instant = datetime.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(
            _("Thời điểm không hợp lệ: “%(value)s”. Hãy ghi theo dạng YYYY-MM-DD HH:MM.") % {"value": text}
        ) from None
    return instant if instant.tzinfo else instant.replace(tzinfo=VIETNAM)


def parse_pause(text):
    parts = text.split(",")
    if len(parts) != 2:
        raise CommandError(
            _("Khoảng tạm dừng không hợp lệ: “%(value)s”. Hãy ghi theo dạng “BẮT ĐẦU,KẾT THÚC”.") % {"value": text}
        )
    start, end = (parse_instant(part) for part in parts)
    if end < start:
        raise CommandError(_("Khoảng tạm dừng “%(value)s” kết thúc trước khi bắt đầu.") % {"value": text})
    return start, end


class Command(BaseCommand):
    help = (
        "Print the due time (ISO 8601 with offset) of a dossier received at --from for --days working days, "
        "or calendar days with --calendar-days, moved by each --pause START,END."
    )

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="received_at", required=True, help='"YYYY-MM-DD HH:MM", local time')
        parser.add_argument("--days", type=int, required=True, help="processing time, as on a procedure page")
        parser.add_argument("--calendar-days", action="store_true", help="count calendar days, not working days")
        parser.add_argument(
            "--pause", action="append", default=[], metavar="START,END", help="a supplement period; repeatable"
        )

    def handle(self, *args, received_at, days, calendar_days, pause, **options):
        try:
            ProcedurePage._meta.get_field("processing_time").run_validators(days)
        except ValidationError as error:
            raise CommandError(_("Số ngày không hợp lệ: %(errors)s") % {"errors": " ".join(error.messages)}) from None
        received = parse_instant(received_at)
        pauses = [parse_pause(text) for text in pause]
        due = due_time(load_working_calendar(), received, days, calendar_days=calendar_days, pauses=pauses)
        self.stdout.write(due.astimezone(VIETNAM).isoformat())
