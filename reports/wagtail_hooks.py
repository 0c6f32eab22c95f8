"""The "Báo cáo" admin menu (Biểu 06, satisfaction) and its URLs; the menu shows only to report readers."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from .admin_urls import urlpatterns
from .views import can_view_reports


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_reports(request.user)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("bao-cao/", include((urlpatterns, "reports_admin")))]


@hooks.register("register_admin_menu_item")
def register_report_menu():
    menu = Menu(
        items=[
            ReportMenuItem(_("Biểu 06"), reverse_lazy("reports_admin:bieu06"), icon_name="table", order=100),
            ReportMenuItem(
                _("Mức độ hài lòng"), reverse_lazy("reports_admin:satisfaction"), icon_name="pick", order=200
            ),
        ]
    )
    return SubmenuMenuItem(_("Báo cáo"), menu, icon_name="table", name="reports", order=600)
