"""The dossiers app in the Wagtail admin: the dossier viewset (which owns its URLs), counter intake and the log
book in the menu, the working calendar's screens, and the names of workflow steps and access events in the admin's
history."""

from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .calendar.admin import WorkingCalendarViewSetGroup
from .models import Dossier, DossierLogEntry
from .models.queries import user_buckets
from .staff.dashboard import WorkQueuePanel
from .staff.viewsets import DossierViewSet
from .workflow.table import CREATION_STEPS, STEPS, step_label

register_snippet(WorkingCalendarViewSetGroup)


@hooks.register("register_admin_viewset")
def register_dossier_viewset():
    return DossierViewSet()


class IntakeMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("dossiers.add_dossier")


@hooks.register("register_admin_menu_item")
def register_intake_menu_item():
    return IntakeMenuItem(_("Tiếp nhận trực tiếp"), reverse_lazy("dossier_admin:intake"), icon_name="plus", order=190)


class LogBookMenuItem(MenuItem):
    def is_shown(self, request):
        return any(request.user.has_perm(f"dossiers.{action}_dossier") for action in ("add", "change", "view"))


@hooks.register("register_admin_menu_item")
def register_log_book_menu_item():
    return LogBookMenuItem(
        _("Sổ theo dõi hồ sơ"), reverse_lazy("dossier_admin:log_book_form"), icon_name="doc-full", order=195
    )


@hooks.register("construct_homepage_panels")
def add_work_queue_panel(request, panels):
    """Staff whose roles have turns in the workflow open the admin on their work queue."""
    if user_buckets(request.user, timezone.now()):
        panels.append(WorkQueuePanel(request.user))


@hooks.register("register_log_actions")
def register_workflow_log_actions(actions):
    """Each workflow step appears by name in the admin's history and site-history reports; so do staff opening a
    dossier or downloading its files (the trace of who saw which personal data)."""
    actions.register_model(Dossier, DossierLogEntry)
    for name in [*CREATION_STEPS, *STEPS]:
        actions.register_action(f"dossiers.{name}", step_label(name), step_label(name))
    actions.register_action("dossiers.view", _("Xem hồ sơ"), _("Xem hồ sơ"))
    actions.register_action("dossiers.download", _("Tải tệp đính kèm"), _("Tải tệp đính kèm"))
    actions.register_action("dossiers.result_download", _("Người nộp tải kết quả"), _("Người nộp tải kết quả"))
    actions.register_action("dossiers.declaration_download", _("Người nộp tải tờ khai"), _("Người nộp tải tờ khai"))
