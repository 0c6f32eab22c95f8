"""Administrators' screens for the internal processes: a list of versions per procedure with who saved each and
when, and a form with a row per step. Saving never changes a version: "edit" saves the next one. Model permissions
(granted to administrators only) keep the screens and their menu item from everyone else."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.log_actions import log
from wagtail.snippets.views.snippets import CreateView, DeleteView, EditView, SnippetViewSet

from dossiers.calendar.store import load_working_calendar
from dossiers.models import InternalProcess

from .versions import over_long, save_next_version


class InternalProcessForm(WagtailAdminModelForm):
    """The version's fields and its steps (each once, at least one: the inline formset's own checks), and the way to
    the result no longer than the procedure's processing time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # The next version of this procedure, in force from now unless the administrator says otherwise.
            self.fields["procedure"].disabled = True
            self.initial["effective_from"] = timezone.now()

    def steps(self):
        """``[(hand_off, amount, unit), ...]`` in the order shown; None while a row is itself invalid."""
        formset = self.formsets["steps"]
        if not formset.is_valid():
            return None
        return [
            (form.cleaned_data["hand_off"], form.cleaned_data["amount"], form.cleaned_data["unit"])
            for form in formset.ordered_forms
        ]

    def clean(self):
        cleaned = super().clean()
        steps = self.steps()
        procedure = cleaned.get("procedure")
        if steps is None or procedure is None:
            return cleaned
        refusal = over_long(procedure, steps, load_working_calendar().working_day)
        if refusal:
            self.add_error("procedure", refusal)
        return cleaned


class NewVersion:
    """Create and edit both save the procedure's next version."""

    def save_instance(self):
        data = self.form.cleaned_data
        process = save_next_version(
            data["procedure"],
            effective_from=data["effective_from"],
            basis=data["basis"],
            steps=self.form.steps(),
            user=self.request.user,
        )
        log(instance=process, action="wagtail.create", user=self.request.user)
        return process


class InternalProcessCreateView(NewVersion, CreateView):
    pass


class InternalProcessEditView(NewVersion, EditView):
    success_message = _("Đã lưu '%(object)s'; phiên bản trước giữ nguyên cho hồ sơ đã tiếp nhận theo nó.")
    submit_button_label = _("Lưu thành phiên bản mới")


class InternalProcessDeleteView(DeleteView):
    """A version dossiers were received under is their record: it cannot be deleted."""

    def form_valid(self, form):
        if self.object.dossiers.exists():
            messages.error(self.request, _("Không thể xóa: đã có hồ sơ được tiếp nhận theo phiên bản này."))
            return redirect(self.get_success_url())
        return super().form_valid(form)


class InternalProcessViewSet(SnippetViewSet):
    model = InternalProcess
    icon = "list-ol"
    menu_label = _("Quy trình nội bộ")
    list_display = ["procedure", "version", "effective_from", "created_by", "created_at"]
    list_filter = ["procedure"]
    ordering = ["procedure__title", "-version"]
    add_view_class = InternalProcessCreateView
    edit_view_class = InternalProcessEditView
    delete_view_class = InternalProcessDeleteView
    edit_handler = ObjectList(
        [
            FieldPanel("procedure"),
            FieldRowPanel([FieldPanel("effective_from"), FieldPanel("basis")]),
            InlinePanel(
                "steps",
                label=_("Các bước và thời gian"),
                panels=[FieldRowPanel([FieldPanel("hand_off"), FieldPanel("amount"), FieldPanel("unit")])],
                min_num=1,
            ),
        ],
        base_form_class=InternalProcessForm,
    )
