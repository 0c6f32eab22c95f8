"""The period and agency of a printed log book, from the query string: ``?from=2026-11-01&to=2026-11-30&agency=3``
(or ``date_from``/``date_to``, as the admin's form sends them)."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from procedures.models import Agency

MAX_DAYS = 366
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]


def current_month():
    today = timezone.localdate()
    first = today.replace(day=1)
    next_first = (first + timedelta(days=32)).replace(day=1)
    return first, next_first - timedelta(days=1)


class LogBookPeriodForm(forms.Form):
    """``from`` is a Python keyword, so the fields are ``date_from``/``date_to`` and ``from_query`` maps them.
    A year at most: a longer book is a report, not something to print."""

    date_from = forms.DateField(
        label=_("Từ ngày"), input_formats=DATE_FORMATS, widget=forms.DateInput({"type": "date"})
    )
    date_to = forms.DateField(label=_("Đến ngày"), input_formats=DATE_FORMATS, widget=forms.DateInput({"type": "date"}))
    agency = forms.ModelChoiceField(
        label=_("Cơ quan"),
        queryset=Agency.objects.all(),
        required=False,
        empty_label=_("Tất cả cơ quan"),
        help_text=_("Để trống: mọi hồ sơ bạn được xem."),
    )

    @classmethod
    def from_query(cls, query):
        first, last = current_month()
        return cls(
            {
                "date_from": query.get("from") or query.get("date_from") or f"{first:%Y-%m-%d}",
                "date_to": query.get("to") or query.get("date_to") or f"{last:%Y-%m-%d}",
                "agency": query.get("agency", ""),
            }
        )

    @classmethod
    def blank(cls):
        """The admin's form, filled with the current month."""
        first, last = current_month()
        return cls(initial={"date_from": f"{first:%Y-%m-%d}", "date_to": f"{last:%Y-%m-%d}"})

    def clean(self):
        data = super().clean()
        date_from, date_to = data.get("date_from"), data.get("date_to")
        if date_from and date_to:
            if date_to < date_from:
                raise forms.ValidationError(_("Ngày kết thúc phải từ ngày bắt đầu trở về sau."))
            if (date_to - date_from).days + 1 > MAX_DAYS:
                raise forms.ValidationError(
                    _("Mỗi lần in sổ theo dõi tối đa %(days)s ngày."), params={"days": MAX_DAYS}
                )
        return data

    def error_text(self):
        """One line per problem, naming the field the way staff know it."""
        return "\n".join(
            f"{self.fields[name].label}: {message}" if name in self.fields else message
            for name, messages in self.errors.items()
            for message in messages
        )
