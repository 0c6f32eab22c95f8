"""Dates and times staff pick fall on the working calendar: a date must be a working day, a time must be in office
hours. Otherwise the field says so, proposes the nearest valid one and is prefilled with it, so one more click
accepts it (an apology letter promising 03:00 on a Sunday is refused before anyone prints it)."""

from datetime import date, datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .deadlines import nearest_working_day, nearest_working_instant
from .models import Weekday
from .store import load_working_calendar


def spoken_day(day: date) -> str:
    """``thứ Hai 07/12/2026``: the weekday as a sentence says it, then the date."""
    weekday = str(Weekday(day.weekday()).label)
    return f"{weekday[:1].lower()}{weekday[1:]} {day:%d/%m/%Y}"


class WorkingTimeFormMixin:
    """Checks every date and date-time field of the form against the working calendar, after the fields' own checks."""

    def clean(self):
        cleaned = super().clean()
        calendar = load_working_calendar()
        for name, field in self.fields.items():
            value = cleaned.get(name)
            if isinstance(field, forms.DateTimeField) and isinstance(value, datetime):
                nearest = nearest_working_instant(calendar, value)
                local = nearest.astimezone(calendar.tz)
                message = _("Ngoài giờ làm việc. Thời điểm hợp lệ gần nhất: %(nearest)s.")
                spoken = f"{local:%H:%M} {spoken_day(local.date())}"
            elif isinstance(field, forms.DateField) and isinstance(value, date):
                nearest = nearest_working_day(calendar, value)
                message = _("Không phải ngày làm việc. Ngày làm việc gần nhất: %(nearest)s.")
                spoken = spoken_day(nearest)
            else:
                continue
            if nearest != value:
                self.add_error(name, ValidationError(message, code="outside_working_time", params={"nearest": spoken}))
                self.propose(name, field, nearest)
        return cleaned

    def propose(self, name, field, value):
        """The field shows ``value`` when the form is shown again, in the widget's own format."""
        data = self.data.copy()
        data[self.add_prefix(name)] = field.widget.format_value(field.prepare_value(value))
        self.data = data
