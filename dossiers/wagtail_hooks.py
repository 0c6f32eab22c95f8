"""Admin screens for the working calendar, grouped under one menu; model permissions keep them to administrators."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import DayOff, MakeUpWorkingDay, OfficePeriod


class OfficePeriodViewSet(SnippetViewSet):
    model = OfficePeriod
    icon = "time"
    list_display = ["weekday", "start", "end"]
    list_filter = ["weekday"]


class DayOffViewSet(SnippetViewSet):
    model = DayOff
    icon = "date"
    list_display = ["date", "name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]


class MakeUpWorkingDayViewSet(SnippetViewSet):
    model = MakeUpWorkingDay
    icon = "date"
    list_display = ["date", "note"]


class WorkingCalendarViewSetGroup(SnippetViewSetGroup):
    items = (OfficePeriodViewSet, DayOffViewSet, MakeUpWorkingDayViewSet)
    menu_label = _("Lịch làm việc")
    menu_icon = "calendar-alt"
    menu_name = "working-calendar"


register_snippet(WorkingCalendarViewSetGroup)


@hooks.register("register_log_actions")
def register_workflow_log_actions(actions):
    """Each workflow step appears by name in the admin's history and site-history reports."""
    from .models import Dossier, DossierLogEntry
    from .workflow import ACTIONS, CREATION_STEPS, step_label

    actions.register_model(Dossier, DossierLogEntry)
    for name in [*CREATION_STEPS, *ACTIONS]:
        actions.register_action(f"dossiers.{name}", step_label(name), step_label(name))


@hooks.register("register_admin_urls")
def register_slip_urls():
    """The printed slips: ``/admin/dossiers/slips/<pk>/<kind>.pdf`` and ``/admin/dossiers/slips/so-theo-doi.pdf``."""
    from django.urls import include, path

    from .slips.urls import urlpatterns

    return [path("dossiers/slips/", include((urlpatterns, "dossiers_slips")))]


@hooks.register("register_admin_urls")
def register_staff_urls():
    """Workflow steps ``/admin/dossiers/staff/<pk>/buoc/<action>/`` and counter intake."""
    from django.urls import include, path

    from .staff.urls import urlpatterns

    return [path("dossiers/staff/", include((urlpatterns, "dossiers_staff")))]


class IntakeMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("dossiers.add_dossier")


@hooks.register("register_admin_menu_item")
def register_intake_menu_item():
    return IntakeMenuItem(_("Tiếp nhận trực tiếp"), reverse_lazy("dossiers_staff:intake"), icon_name="plus", order=190)


@hooks.register("register_admin_viewset")
def register_dossier_viewset():
    """The staff's dossier admin at ``/admin/dossiers/`` (``dossiers.staff``)."""
    from .staff.viewsets import DossierViewSet

    return DossierViewSet()


@hooks.register("register_log_actions")
def register_access_log_actions(actions):
    """Staff opening a dossier or downloading its files: the trace of who saw which personal data."""
    actions.register_action("dossiers.view", _("Xem hồ sơ"), _("Xem hồ sơ"))
    actions.register_action("dossiers.download", _("Tải tệp đính kèm"), _("Tải tệp đính kèm"))


@hooks.register("register_admin_urls")
def register_attachment_download_url():
    """``/admin/dossiers/attachments/<pk>/``: attachments are served only here, after the access check."""
    from django.urls import path

    from .staff.downloads import attachment_download

    return [path("dossiers/attachments/<int:pk>/", attachment_download, name="dossiers_attachment")]
