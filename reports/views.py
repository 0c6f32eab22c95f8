"""Admin report pages: Biểu 06 (table, charts, .xlsx/.csv) and satisfaction; only for holders of
``reports.view_reports``, everyone else gets 403 (not Wagtail's redirect, which hides the reason)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from dossiers.calendar.periods import last_months, today
from dossiers.models.bieu06 import COLUMNS, HEADER_GROUPS

from .bieu06 import ON_TIME_HEADER, TITLE, bieu06
from .charts import monthly_chart, on_time_chart
from .exports import csv_response, period_line, xlsx_response
from .forms import ReportForm
from .grouping import GROUPINGS
from .links import linked_figures
from .satisfaction import satisfaction

PERMISSION = "reports.view_reports"
EXPORTS = {"xlsx": xlsx_response, "csv": csv_response}
CHART_MONTHS = 12


def can_view_reports(user) -> bool:
    return user.has_perm(PERMISSION)


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    """A report page: the period form, and the figures once the form is valid (400 with the errors otherwise)."""

    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_reports(request.user):
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.form = ReportForm(request.GET)
        if not self.form.is_valid():
            return self.render_to_response(self.get_context_data(form=self.form), status=400)
        return self.respond(**kwargs)

    def respond(self):
        return self.render_to_response(self.get_context_data(form=self.form, **self.figures()))

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class Bieu06View(ReportView):
    page_title = _("Biểu 06: kết quả giải quyết TTHC")
    template_name = "reports/bieu06.html"

    def figures(self):
        report = bieu06(self.form.chosen_period(), self.form.chosen_grouping())
        subsystems = report if report.grouping.name == "subsystem" else bieu06(report.period, GROUPINGS["subsystem"])
        return {
            "report": report,
            "report_title": TITLE,
            "period_line": period_line(report),
            "columns": COLUMNS,
            "header_groups": HEADER_GROUPS,
            "on_time_header": ON_TIME_HEADER,
            "lines": [(row, linked_figures(report, row)) for row in report.rows],
            "total": (report.total, linked_figures(report, report.total)),
            "on_time_chart": on_time_chart(subsystems.rows),
            "monthly_chart": monthly_chart(last_months(today(), CHART_MONTHS)),
            "query": self.request.GET.urlencode(),
        }


class Bieu06ExportView(Bieu06View):
    """The same report as a file; an invalid period shows the page with its errors instead."""

    def respond(self, file_format):
        return EXPORTS[file_format](bieu06(self.form.chosen_period(), self.form.chosen_grouping()))


class SatisfactionView(ReportView):
    page_title = _("Mức độ hài lòng")
    template_name = "reports/satisfaction.html"

    def figures(self):
        period, grouping = self.form.chosen_period(), self.form.chosen_grouping()
        rows, total = satisfaction(period, grouping)
        return {"grouping": grouping, "rows": rows, "total": total, "period": period}
