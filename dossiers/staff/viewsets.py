"""The staff's dossier admin at ``/admin/dossiers/``: list (filters, search, "my work", CSV/XLSX export), inspect,
applicant edit and history, and the views around one dossier that the viewset owns too: workflow steps, counter
intake, printed slips and attachment downloads. All URL names live in the ``dossier_admin`` namespace
(``dossier_admin:inspect``): the public app already owns the ``dossiers`` namespace, and two namespaces of one name
shadow each other. Wagtail wraps every admin URL in its admin-access check; each view then applies the row rule.

Dossiers are created by the workflow (online submission, counter intake) and never deleted, so the viewset has
no create, copy or delete views; the "usage" view (references to a dossier) has nothing to show and is dropped too.
"""

from django.urls import path
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from dossiers.models import Dossier, DossierEvent
from dossiers.slips import views as slips

from . import actions, bulk, intake
from .columns import CodeColumn, DueColumn, LocalDateColumn, StepDueColumn, TextColumn, assignment, progress
from .downloads import attachment_download, declaration_print
from .filters import DossierFilterSet
from .forms import ApplicantEditForm
from .views import DossierEditView, DossierHistoryView, DossierIndexView, DossierInspectView

DROPPED_VIEWS = {"add", "delete", "usage"}


def label(field_name):
    return capfirst(Dossier._meta.get_field(field_name).verbose_name)


class DossierViewSet(ModelViewSet):
    model = Dossier
    name = "dossier"
    url_prefix = "dossiers"
    url_namespace = "dossier_admin"
    icon = "folder-open-inverse"
    add_to_admin_menu = True
    menu_order = 150
    # Wagtail's default would index every dossier's links to its procedure and agency: a million rows in the
    # reference index and two more queries on every save, for a "usage" count editors have no use for (a
    # procedure with dossiers cannot be deleted anyway: the key is PROTECT).
    add_to_reference_index = False

    index_view_class = DossierIndexView
    inspect_view_class = DossierInspectView
    edit_view_class = DossierEditView
    history_view_class = DossierHistoryView
    inspect_view_enabled = True
    copy_view_enabled = False

    index_results_template_name = "dossiers/staff/index_results.html"
    inspect_template_name = "dossiers/staff/inspect.html"

    filterset_class = DossierFilterSet
    search_fields = ["code", "applicant_id_number", "applicant_name_folded"]  # see dossiers.staff.search
    ordering = ["-submitted_at", "-pk"]
    list_per_page = 50
    list_export = [
        "code",
        "procedure",
        "agency",
        "status",
        "channel",
        "applicant_name",
        "submitted_at",
        "received_at",
        "due_at",
        "returned_at",
        "result_class",
    ]
    export_filename = "ho-so"
    inspect_view_fields = [
        "code",
        "procedure",
        "agency",
        "channel",
        "status",
        "stage",
        "submitted_at",
        "received_at",
        "due_at",
        "returned_at",
        "result_class",
        "assigned_department",
        "assigned_to",
    ]

    @cached_property
    def list_display(self):
        return [
            CodeColumn(
                "code",
                label=label("code"),
                url_name=self.get_url_name("inspect"),
                sort_key="code",
                classname="dossier-code",
            ),
            TextColumn("applicant_name", label=label("applicant_name"), sort_key="applicant_name"),
            TextColumn("procedure", label=label("procedure"), sort_key="procedure"),
            TextColumn("progress", label=label("status"), accessor=progress, sort_key="status"),
            TextColumn("assignment", label=_("Thụ lý"), accessor=assignment),
            LocalDateColumn("submitted_at", label=label("submitted_at"), sort_key="submitted_at"),
            StepDueColumn(
                "step_due_at",
                label=capfirst(DossierEvent._meta.get_field("step_due_at").verbose_name),
                sort_key="step_due_at",
            ),
            DueColumn("due_at", label=label("due_at"), sort_key="due_at"),
        ]

    def get_form_class(self, for_update=False):
        return ApplicantEditForm

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**{f"{view}_url_name": None for view in DROPPED_VIEWS}, **kwargs)

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name not in DROPPED_VIEWS] + [
            path("staff/<int:pk>/buoc/<slug:action>/", actions.dossier_step, name="step"),
            path("staff/hang-loat/<slug:action>/", bulk.bulk_step, name="bulk"),
            path("staff/tiep-nhan-truc-tiep/", intake.choose_procedure, name="intake"),
            path("staff/tiep-nhan-truc-tiep/<int:procedure_pk>/", intake.intake_form, name="intake_form"),
            path("slips/<int:pk>/<str:kind>.pdf", slips.slip_pdf, name="slip"),
            path("slips/so-theo-doi.pdf", slips.log_book_pdf, name="log_book"),
            path("slips/so-theo-doi/", slips.log_book_form, name="log_book_form"),
            path("attachments/<int:pk>/", attachment_download, name="attachment"),
            path("staff/<int:pk>/to-khai.pdf", declaration_print, name="declaration"),
        ]
