"""The report's choice of period (a preset or two dates) and of rows, read from the query string."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from dossiers.calendar.periods import Period, presets, today

from .grouping import GROUPINGS

CUSTOM = "custom"
PRESET_CHOICES = [
    ("this_month", _("Tháng này")),
    ("last_month", _("Tháng trước")),
    ("this_quarter", _("Quý này")),
    ("this_year", _("Năm nay")),
    (CUSTOM, _("Từ ngày … đến ngày …")),
]
DEFAULTS = {"preset": "this_month", "grouping": "agency"}
LONGEST_DAYS = 366 * 5


class ReportForm(forms.Form):
    preset = forms.ChoiceField(label=_("Kỳ báo cáo"), choices=PRESET_CHOICES)
    start = forms.DateField(label=_("Từ ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("Đến ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    grouping = forms.ChoiceField(
        label=_("Thống kê theo"), choices=[(name, grouping.label) for name, grouping in GROUPINGS.items()]
    )

    def __init__(self, data=None, **kwargs):
        """Opened without a query string, the report shows this month by agency."""
        super().__init__(data=data if data else DEFAULTS, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("preset") != CUSTOM:
            return cleaned
        start, end = cleaned.get("start"), cleaned.get("end")
        if start is None:
            self.add_error("start", _("Nhập ngày bắt đầu của kỳ báo cáo."))
        if end is None:
            self.add_error("end", _("Nhập ngày kết thúc của kỳ báo cáo."))
        if start and end and start > end:
            raise ValidationError(_("Ngày bắt đầu phải trước hoặc trùng ngày kết thúc."), code="reversed")
        if start and end and (end - start).days >= LONGEST_DAYS:
            raise ValidationError(_("Kỳ báo cáo dài nhất là 5 năm."), code="too_long")
        return cleaned

    def chosen_period(self) -> Period:
        preset = self.cleaned_data["preset"]
        if preset == CUSTOM:
            return Period(self.cleaned_data["start"], self.cleaned_data["end"])
        return presets(today())[preset]

    def chosen_grouping(self):
        return GROUPINGS[self.cleaned_data["grouping"]]
