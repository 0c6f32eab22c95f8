"""The list's filters; those on a model field take its verbose name as label. Yes/no filters select the dossiers
that match or those that do not.

``subsystem`` is the procedure's parent page: one path prefix test, no join through the page tree.
"""

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.active_filters import ActiveFilter, BaseFilterAdapter, register_filter_adapter_class
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.widgets import BooleanRadioSelect

from dossiers.calendar.periods import Period
from dossiers.models import Channel, Dossier, Stage, Status
from dossiers.models.bieu06 import column_condition, figure_choices
from dossiers.models.queries import PAUSED, Bucket, due_soon_condition, overdue_condition, waiting_on_condition
from procedures.models import Agency, ProcedurePage, SubsystemPage


class YesNoFilter(django_filters.BooleanFilter):
    """Keeps the rows matching ``condition(request)`` ("Có") or the others ("Không")."""

    def __init__(self, condition, **kwargs):
        super().__init__(widget=BooleanRadioSelect, **kwargs)
        self.condition = condition

    def filter(self, queryset, value):
        if value is None:
            return queryset
        condition = self.condition(self.parent.request)
        return queryset.filter(condition) if value else queryset.exclude(condition)


class YesNoFilterAdapter(BaseFilterAdapter):
    """The active-filter pill shows the radio button's own label ("Có", "Không"), not "True"."""

    def get_active_filters(self):
        answer = dict(self.bound_field.field.widget.choices)["true" if self.value else "false"]
        yield ActiveFilter(
            self.bound_field.auto_id, self.filter.label, str(answer), self.get_url_without_filter_param(self.name)
        )


register_filter_adapter_class(YesNoFilter, adapter_class=YesNoFilterAdapter)


def waiting_on_me(request):
    """Nothing is a user's turn who has no role with a turn (``waiting_on_condition`` gives None)."""
    condition = waiting_on_condition(request.user)
    return condition if condition is not None else Q(pk__in=[])


class DossierFilterSet(WagtailFilterSet):
    # A column of the dossier itself: no join can repeat a row, so no DISTINCT (over every column, before LIMIT).
    status = django_filters.MultipleChoiceFilter(
        choices=Status.choices, widget=forms.CheckboxSelectMultiple, distinct=False
    )
    stage = django_filters.ChoiceFilter(choices=Stage.choices[1:], widget=forms.RadioSelect, empty_label=_("Tất cả"))
    subsystem = django_filters.ModelChoiceFilter(
        label=_("Phân hệ"), queryset=SubsystemPage.objects.order_by("path").only("path", "title"), method="in_subsystem"
    )
    # Titles only: a choice needs no rich text, and the list renders these choices on every request.
    procedure = django_filters.ModelChoiceFilter(queryset=ProcedurePage.objects.order_by("title").only("title"))
    agency = django_filters.ModelChoiceFilter(queryset=Agency.objects.all())
    channel = django_filters.ChoiceFilter(choices=Channel.choices, widget=forms.RadioSelect, empty_label=_("Tất cả"))
    mine = YesNoFilter(waiting_on_me, label=_("Đến lượt tôi xử lý"))
    # A tile of the staff dashboard: the same condition its count is taken by.
    bucket = django_filters.ChoiceFilter(label=_("Việc cần làm"), choices=Bucket.choices, method="of_bucket")
    paused = YesNoFilter(lambda request: PAUSED, label=_("Chờ người nộp bổ sung, nộp phí"))
    due_soon = YesNoFilter(
        lambda request: due_soon_condition(timezone.now()), label=_("Đến hạn trong một ngày làm việc")
    )
    overdue = YesNoFilter(lambda request: overdue_condition(timezone.now()), label=_("Quá hạn"))
    submitted_at = django_filters.DateFromToRangeFilter(widget=DateRangePickerWidget)
    # A figure of Biểu 06 (the report links here): the column, and the period's first and last day.
    report = django_filters.ChoiceFilter(label=_("Số liệu báo cáo"), choices=figure_choices, method="figure")
    report_from = django_filters.DateFilter(label=_("Kỳ báo cáo từ ngày"), method="period_day")
    report_to = django_filters.DateFilter(label=_("Kỳ báo cáo đến ngày"), method="period_day")

    class Meta:
        model = Dossier
        fields = []

    def of_bucket(self, queryset, name, bucket):
        return queryset.in_bucket(self.request.user, bucket, timezone.now())

    def in_subsystem(self, queryset, name, subsystem):
        return queryset.filter(procedure__path__startswith=subsystem.path)

    def period_day(self, queryset, name, value):
        """The period's days only select dossiers together with ``report`` (see ``figure``)."""
        return queryset

    def figure(self, queryset, name, column):
        """Exactly the dossiers the report counts in that figure: the report's own condition, not a copy."""
        start, end = self.form.cleaned_data.get("report_from"), self.form.cleaned_data.get("report_to")
        if start is None or end is None:
            return queryset
        return queryset.filter(column_condition(column, Period(start, end)))
