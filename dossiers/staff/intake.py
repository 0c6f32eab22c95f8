"""Counter intake: staff pick the procedure (searched without diacritics, grouped by subsystem), fill the same form
a citizen fills online (or just the applicant block where the procedure has no online form), tick the papers
handed over with each one's digitisation (``checklist``), and the dossier is received at once; its page then opens
with the receipt ready to print."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from dossiers.models import Channel
from dossiers.workflow.creation import Applicant
from dossiers.workflow.engine import create
from portal.storage import StorageUnavailable, retry_later
from portal.text import fold
from procedures.models import OnlineFormPage, ProcedurePage, SubsystemPage
from procedures.online_forms.applicant import ApplicantForm

from .checklist import ChecklistFormSet, procedure_rows

# The flag the dossier's page reads to put its receipt first and open it (inspect.html, intake_receipt.js).
JUST_RECEIVED = "in=giay-tiep-nhan"


class ProcedureChoiceForm(forms.Form):
    procedure = forms.ModelChoiceField(
        label=gettext_lazy("Thủ tục"), queryset=ProcedurePage.objects.none(), empty_label=gettext_lazy("– Chọn –")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["procedure"].queryset = ProcedurePage.objects.live().order_by("title")


class ChannelForm(forms.Form):
    channel = forms.ChoiceField(
        label=gettext_lazy("Hình thức nộp"),
        choices=[(Channel.COUNTER, Channel.COUNTER.label), (Channel.POST, Channel.POST.label)],
        initial=Channel.COUNTER,
    )


def require_intake_permission(user):
    if not user.has_perm("dossiers.add_dossier"):
        raise PermissionDenied


def procedure_groups(query=""):
    """``[(subsystem, [(procedure, folded text)])]`` in the catalogue's order, holding the live procedures whose
    title, code or agency contain ``query`` with or without diacritics; the folded text lets the page filter as
    staff type."""
    words = fold(query).split()
    procedures = ProcedurePage.objects.live().select_related("agency").order_by("path")
    by_parent = {}
    for procedure in procedures:
        folded = fold(f"{procedure.title} {procedure.procedure_code} {procedure.agency}")
        if all(word in folded for word in words):
            by_parent.setdefault(procedure.path[: -ProcedurePage.steplen], []).append((procedure, folded))
    subsystems = SubsystemPage.objects.live().order_by("path")
    return [(subsystem, by_parent[subsystem.path]) for subsystem in subsystems if subsystem.path in by_parent]


def choose_procedure(request):
    require_intake_permission(request.user)
    form = ProcedureChoiceForm(request.GET if "procedure" in request.GET else None)
    if form.is_bound and form.is_valid():
        return redirect("dossier_admin:intake_form", procedure_pk=form.cleaned_data["procedure"].pk)
    query = request.GET.get("q", "").strip()
    context = {
        "form": form,
        "groups": procedure_groups(query),
        "query": query,
        "header_title": _("Tiếp nhận hồ sơ trực tiếp"),
    }
    return TemplateResponse(request, "dossiers/staff/intake_choose.html", context, status=400 if form.errors else 200)


def dossier_form_for(procedure, request):
    """The procedure's own online form when it has one, so counter and online dossiers carry the same data."""
    form_page = OnlineFormPage.objects.child_of(procedure).live().first()
    data = (request.POST, request.FILES) if request.method == "POST" else ()
    if form_page is None:
        form = ApplicantForm(*data, prefix="dossier")
    else:
        form = form_page.get_form(*data, page=form_page, user=request.user, prefix="dossier")
    # Not everyone who comes to the counter has an email address; the receipt slip is their notice.
    form.fields["applicant_email"].required = False
    # Staff read the personal data notice to the applicant (or hand it over) and record that they did.
    told = form.fields["privacy_acknowledged"]
    told.label = gettext_lazy("Người nộp đã được thông báo và đồng ý với việc xử lý dữ liệu cá nhân như trên.")
    told.error_messages["required"] = gettext_lazy(
        "Hãy thông báo cho người nộp nội dung trên và đánh dấu ô này trước khi tiếp nhận."
    )
    return form_page, form


def intake_form(request, procedure_pk):
    require_intake_permission(request.user)
    procedure = get_object_or_404(ProcedurePage.objects.live().select_related("agency"), pk=procedure_pk)
    form_page, dossier_form = dossier_form_for(procedure, request)
    post = request.POST if request.method == "POST" else None
    channel_form = ChannelForm(post, prefix="channel")
    checklist = ChecklistFormSet(
        post, request.FILES if post is not None else None, prefix="checklist", initial=procedure_rows(procedure)
    )
    forms_valid = post is not None and all(f.is_valid() for f in (dossier_form, channel_form, checklist))
    storage_refused = False
    if forms_valid:
        try:
            dossier = receive_at_counter(request, procedure, form_page, dossier_form, channel_form, checklist)
        except ValidationError as error:
            dossier_form.add_error(None, error)
        except StorageUnavailable as refusal:
            dossier_form.add_error(None, refusal.message)
            storage_refused = True
        else:
            messages.success(request, _("Đã tiếp nhận hồ sơ %(code)s.") % {"code": dossier.code})
            return redirect(f"{dossier.get_admin_url()}?{JUST_RECEIVED}")
    context = {
        "procedure": procedure,
        "dossier_form": dossier_form,
        "channel_form": channel_form,
        "checklist": checklist,
        "header_title": _("Tiếp nhận hồ sơ trực tiếp"),
    }
    # A group's "add"/"remove" click refused nothing: 200, like the public form.
    refused = post is not None and not getattr(dossier_form, "layout_change", False)
    status = 400 if refused else 200
    response = TemplateResponse(request, "dossiers/staff/intake_form.html", context, status=status)
    return retry_later(response) if storage_refused else response


def receive_at_counter(request, procedure, form_page, dossier_form, channel_form, checklist):
    has_online_form = form_page is not None
    return create(
        "intake",
        procedure=procedure,
        applicant=Applicant(**dossier_form.applicant_data()),
        form_data=dossier_form.answers() if has_online_form else {},
        form_schema=form_page.form_schema() if has_online_form else [],
        files=dossier_form.attachments() if has_online_form else [],
        received_documents=checklist.documents(),
        actor=request.user,
        channel=channel_form.cleaned_data["channel"],
    )
