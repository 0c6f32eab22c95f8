"""Wagtail's generic views for dossiers. Each loads dossiers through ``staff_dossiers`` (the access rule), so
another dossier's inspect, edit or history URL is a 404 and the exports contain only rows the list may show."""

import datetime

from django.contrib.admin.utils import quote, unquote
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.log_actions import log

from dossiers.models import Dossier
from dossiers.models.queries import waiting_on_condition
from dossiers.slips.context import applicable_slips
from dossiers.workflow.engine import ConcurrentUpdate, allowed_actions, expected_step

from .bulk import bulk_steps
from .columns import DueBadge, SelectColumn
from .forms import APPLICANT_FIELDS
from .pagination import CappedCountPaginator
from .record import inspect_context, local_text, person
from .search import scanned_dossier, search_dossiers

# What the screens show of a dossier's relations, joined in the one query that loads it.
RELATED = ("procedure", "agency", "assigned_to", "assigned_department__agency")


def staff_dossiers(user):
    return Dossier.objects.visible_to(user).select_related(*RELATED).with_due_state(timezone.now())


def choice_label(field_name):
    choices = dict(Dossier._meta.get_field(field_name).flatchoices)
    return lambda value: str(choices.get(value, value))


class DossierIndexView(generic.IndexView):
    paginator_class = CappedCountPaginator
    # Exports say "Đã tiếp nhận", not 2, and give times in the office's zone, as staff read them on screen.
    custom_field_preprocess = {
        name: dict.fromkeys(SpreadsheetExportMixin.FORMATS, choice_label(name))
        for name in ("status", "channel", "result_class")
    }
    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            SpreadsheetExportMixin.FORMAT_CSV: local_text,
            SpreadsheetExportMixin.FORMAT_XLSX: timezone.make_naive,
        },
    }

    def get_base_queryset(self):
        return staff_dossiers(self.request.user)

    def get(self, request, *args, **kwargs):
        """A scanned slip's QR (or a whole code) opens its dossier when the user may see it. Not for the list's own
        fetch of results while typing, which shows that one row instead: the page would land inside the list."""
        is_fetch = request.headers.get("x-requested-with") == "XMLHttpRequest"
        if self.is_searching and not is_fetch:
            dossier = scanned_dossier(self.get_base_queryset(), self.search_query)
            if dossier is not None:
                return redirect(dossier.get_admin_url())
        return super().get(request, *args, **kwargs)

    def stream_csv(self, queryset):
        """A byte-order mark first, so Excel reads the file as UTF-8 and shows Vietnamese, not mojibake."""
        yield "\ufeff"
        yield from super().stream_csv(queryset)

    @cached_property
    def columns(self):
        """A tick box first for the users who may receive or assign several dossiers at once."""
        columns = super().columns
        return [SelectColumn("select", label=_("Chọn")), *columns] if bulk_steps(self.request.user) else columns

    @cached_property
    def bucket(self):
        """The work-queue bucket the list is filtered to (the dashboard's tiles link here), or None."""
        if self.filters is None or not self.filters.is_valid():
            return None
        return self.filters.form.cleaned_data.get("bucket") or None

    def order_queryset(self, queryset):
        """A work queue (my work, a bucket) is read most urgent first unless a column's order was asked for."""
        queryset = queryset.with_step_due()
        if (self.work_queue is not None or self.bucket) and not self.is_explicitly_ordered:
            return queryset.by_urgency()
        return super().order_queryset(queryset)

    @cached_property
    def work_queue(self):
        """ "My work" (the dossiers waiting on the user: their turn by the workflow table) while the list is opened
        without filter, search or ``?all=1``; None otherwise, and for roles that never have a turn (administrators,
        a superuser without a role), who see every dossier they may see."""
        if self.request.GET.get("all") or self.is_filtering or self.is_searching:
            return None
        return waiting_on_condition(self.request.user)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        return queryset if self.work_queue is None else queryset.filter(self.work_queue)

    def search_queryset(self, queryset):
        return search_dossiers(queryset, self.search_query) if self.is_searching else queryset

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["showing_my_work"] = self.work_queue is not None
        context["all_url"] = f"{self.index_url}?all=1"
        context["bulk_steps"] = [
            (step, reverse("dossier_admin:bulk", args=[step.name])) for step in bulk_steps(self.request.user)
        ]
        return context


class DossierInspectView(generic.InspectView):
    """Everything about one dossier. Opening it is an access to personal data, so it is logged ("dossiers.view")
    and appears in the dossier's history with who and when."""

    page_title = _("Chi tiết hồ sơ")

    def get_object(self, queryset=None):
        return get_object_or_404(staff_dossiers(self.request.user), pk=unquote(str(self.pk)))

    def get(self, request, *args, **kwargs):
        log(instance=self.object, action="dossiers.view", user=request.user)
        return super().get(request, *args, **kwargs)

    def get_field_display_value(self, field_name, field):
        """Times in the office's zone (Wagtail's template would print them in UTC), "—" for nothing."""
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime.datetime):
            return local_text(value)
        return "—" if value in (None, "") else value

    def get_due_at_display_value(self):
        return DueBadge(self.object)

    def get_assigned_to_display_value(self):
        return person(self.object.assigned_to)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(inspect_context(self.object))
        allowed = allowed_actions(self.object, self.request.user)
        context["allowed_actions"] = allowed
        context["expected_step"] = expected_step(self.object, self.request.user, allowed)
        context["slips"] = applicable_slips(self.object)
        return context


class DossierEditView(generic.EditView):
    """The applicant's data only (``ApplicantEditForm``); a stale form gets 409 and the current values."""

    template_name = "dossiers/staff/edit.html"

    def setup(self, request, *args, **kwargs):
        """Loads the dossier before the permission check, so another's dossier is a 404 whatever the role."""
        super().setup(request, *args, **kwargs)
        self.object = self.get_object()

    def get_object(self, queryset=None):
        return getattr(self, "object", None) or super().get_object(queryset)

    def get_queryset(self):
        return staff_dossiers(self.request.user)

    def save_instance(self):
        dossier = self.form.save_if_current()
        log(instance=dossier, action="wagtail.edit", user=self.request.user)
        return dossier

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ConcurrentUpdate as conflict:
            return self.conflict_response(form, conflict)

    def conflict_response(self, stale_form, conflict):
        """The form again, now holding the current values and version; what the clerk typed is listed beside
        them, so they can re-apply it knowingly."""
        self.object = conflict.current
        self.form = self.get_form_class()(instance=conflict.current, for_user=self.request.user)
        differences = [
            (self.form[name].label, stale_form.cleaned_data[name], getattr(conflict.current, name))
            for name in APPLICANT_FIELDS
            if stale_form.cleaned_data[name] != getattr(conflict.current, name)
        ]
        context = self.get_context_data(conflict=conflict.messages[0], conflict_differences=differences)
        return self.render_to_response(context, status=409)

    def get_success_url(self):
        return reverse(self.inspect_url_name, args=[quote(self.object.pk)])


class DossierHistoryView(HistoryView):
    """Wagtail's log of the dossier (workflow steps, edits, views), for every role that may see it."""

    any_permission_required = ["add", "change", "delete", "view"]

    def get_base_object_queryset(self):
        return Dossier.objects.visible_to(self.request.user)

    def get_edit_url(self, instance):
        return super().get_edit_url(instance) if self.user_has_permission("change") else None

    @cached_property
    def header_buttons(self):
        return [button for button in super().header_buttons if button.url]
