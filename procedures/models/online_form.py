"""The online form page of a procedure: editors build its form in the admin (sections of fields and repeating groups,
one upload slot per document the procedure lists: ``online_forms.blocks``); a valid submission becomes a dossier,
and the applicant lands on a confirmation with the dossier's code."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from portal.sessions import saved_now
from procedures.online_forms import definition, submission
from procedures.online_forms.applicant import ApplicantForm
from procedures.online_forms.blocks import DocumentSlotBlock, SectionBlock
from procedures.online_forms.builder import form_class
from procedures.online_forms.drafts import journey

from .pages import ProcedurePage

RECEIPT_SESSION_KEY = "online_form_receipt"
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class OnlineFormPage(RoutablePageMixin, Page):
    """Child of a procedure page that accepts online submission; at most one per procedure."""

    intro = RichTextField(_("hướng dẫn"), features=RICH_TEXT_FEATURES)
    confirmation_text = RichTextField(
        _("lời nhắn sau khi nộp"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Hiện trên trang xác nhận, ví dụ giấy tờ bản chính cần mang theo."),
    )
    max_upload_mb_per_file = models.PositiveSmallIntegerField(
        _("dung lượng tối đa mỗi tệp (MB)"), default=10, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_upload_mb_total = models.PositiveSmallIntegerField(
        _("dung lượng tối đa mỗi hồ sơ (MB)"), default=50, validators=[MinValueValidator(1), MaxValueValidator(200)]
    )

    sections = StreamField(
        [("section", SectionBlock())],
        verbose_name=_("các phần của tờ khai"),
        blank=True,
        help_text=_("Mỗi phần hiện thành một khung có tiêu đề, như các mục của tờ khai giấy."),
    )
    documents = StreamField(
        [("document", DocumentSlotBlock())],
        verbose_name=_("giấy tờ đính kèm"),
        blank=True,
        help_text=_("Một ô tải lên cho mỗi giấy tờ trong thành phần hồ sơ của thủ tục."),
    )
    other_documents = models.BooleanField(
        _("nhận thêm “Giấy tờ khác”"),
        default=True,
        help_text=_("Một ô tải lên không bắt buộc, nhiều tệp, cho giấy tờ ngoài danh sách."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("sections"),
        MultiFieldPanel(
            [
                FieldPanel("documents"),
                FieldPanel("other_documents"),
                FieldRowPanel([FieldPanel("max_upload_mb_per_file"), FieldPanel("max_upload_mb_total")]),
            ],
            heading=_("Giấy tờ đính kèm"),
        ),
        FieldPanel("confirmation_text"),
    ]
    landing_page_template = "procedures/online_form_page_landing.html"

    parent_page_types = ["procedures.ProcedurePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("biểu mẫu nộp hồ sơ trực tuyến")
        verbose_name_plural = _("biểu mẫu nộp hồ sơ trực tuyến")

    @classmethod
    def can_create_at(cls, parent):
        """Editors are not offered a form under a procedure that only gives information."""
        return super().can_create_at(parent) and parent.specific.accepts_online_submission

    def clean(self):
        """Also runs when the page is saved outside the admin (seeding, factories): the admin's create view is
        guarded by ``can_create_at``, and a page not yet in the tree has no parent to check."""
        super().clean()
        parent = self.get_parent()
        if parent is None:
            return
        if not parent.specific.accepts_online_submission:
            raise ValidationError(
                _("Thủ tục “%(title)s” chỉ cung cấp thông tin, không nhận hồ sơ trực tuyến."),
                params={"title": parent.title},
            )
        if OnlineFormPage.objects.child_of(parent).exclude(pk=self.pk).exists():
            raise ValidationError(_("Thủ tục này đã có biểu mẫu nộp hồ sơ trực tuyến."))
        listed = {document.name for document in parent.specific.documents.all()}
        slot_documents = [block.value["document"] for block in self.documents]
        problems = definition.problems(
            definition.sections_of(self.sections), slot_documents, listed, {*ApplicantForm.APPLICANT_FIELDS, "action"}
        )
        if problems:
            raise ValidationError(problems)

    def missing_documents(self):
        """The procedure's documents that have no upload slot: the applicant could not send them online."""
        chosen = {block.value["document"] for block in self.documents}
        return [document.name for document in self.procedure.documents.all() if document.name not in chosen]

    @cached_property
    def procedure(self):
        """The procedure page above, in one query (``parent_page_types`` allows no other parent)."""
        return ProcedurePage.objects.get(path=self.path[: -self.steplen])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["procedure"] = self.procedure
        return context

    @cached_property
    def definition(self):
        """``(sections, slots)``: the editor's blocks read once per request (``online_forms.definition``)."""
        listed = {document.name: document for document in self.procedure.documents.all()}
        sections = definition.sections_of(self.sections)
        slots = definition.slots_of(
            self.documents,
            listed,
            other_documents=self.other_documents,
            default_max_mb=self.max_upload_mb_per_file,
        )
        return sections, slots

    def get_form(self, *args, **kwargs):
        """The form of the definition, bound like any Django form (``page`` and ``user`` are accepted and ignored,
        as Wagtail's form pages take them)."""
        return form_class(self, *self.definition)(*args, **kwargs)

    def form_schema(self):
        """The version 2 schema kept with the dossier, so its answers stay readable after the form changes."""
        return definition.stored_schema(*self.definition)

    def get_landing_page_template(self, request):
        return self.landing_page_template

    def process_form_submission(self, form):
        """Turns a valid form into a dossier through the handler the dossiers app registered."""
        return submission.submit(self, form)

    @path("")
    def index_route(self, request):
        """GET the form (this visitor's draft restored, if any); POST checks it (valid: on to ``kiem-tra/``, invalid:
        the form again with 400 and the files that passed kept) or saves it for later (``drafts.journey``)."""
        if not self.procedure.accepts_online_submission:
            raise Http404
        if request.method == "POST":
            return journey.post_form(self, request)
        return journey.show_form(self, request)

    @path("kiem-tra/", name="check")
    def check_route(self, request):
        """GET: the answers to check; POST "Nộp hồ sơ": the dossier, then the confirmation (POST/redirect/GET)."""
        if not self.procedure.accepts_online_submission:
            raise Http404
        if request.method == "POST":
            return journey.submit(self, request)
        return journey.check_answers(self, request)

    @path("tiep-tuc/", name="resume")
    def resume_route(self, request):
        """The emailed link; its signed token is in the query string (Wagtail's page paths take no ``:``)."""
        if not self.procedure.accepts_online_submission:
            raise Http404
        return journey.resume(self, request, request.GET.get(journey.TOKEN_PARAMETER, ""))

    def confirm(self, request, dossier):
        """The confirmation of a dossier just created: its receipt kept in the session, then POST/redirect/GET."""
        receipt = self._receipt(dossier)
        if not self._remember_receipt(request, receipt):
            return self._render_confirmation(request, receipt)
        return redirect(self.get_url(request) + self.reverse_subpage("confirmation"))

    def after_submission(self, request):
        """A submission POSTed again after its draft became a dossier: its confirmation, never a second dossier."""
        return redirect(self.get_url(request) + self.reverse_subpage("confirmation"))

    @path("xac-nhan/", name="confirmation")
    def confirmation_view(self, request):
        """Reads the dossier's code and look-up secret from the session: they never appear in a URL."""
        receipt = request.session.get(RECEIPT_SESSION_KEY)
        if not receipt or receipt["page"] != self.pk:
            return redirect(self.get_url(request))
        return self._render_confirmation(request, receipt)

    def _render_confirmation(self, request, receipt):
        receipt = {**receipt, "review_due_at": datetime.datetime.fromisoformat(receipt["review_due_at"])}
        context = self.get_context(request)
        context["receipt"] = receipt
        return TemplateResponse(request, self.get_landing_page_template(request), context)

    def render_form(self, request, form, status):
        """``form`` with ``status``; a group's "add"/"remove" click is answered 200, as it refused nothing."""
        if getattr(form, "layout_change", False):
            status = 200
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def _receipt(self, dossier):
        """What the confirmation shows, kept in the session: the files the applicant submitted (the dossier's
        attachments of source "submission": not the declaration the system fills in, which has its own link)."""
        files = dossier.attachments.filter(source="submission").values_list("original_name", "size")
        return {
            "page": self.pk,
            "code": dossier.code,
            "secret": dossier.lookup_secret,
            "review_due_at": dossier.review_due_at.isoformat(),
            "status": str(dossier.get_status_display()),
            "files": [{"name": name, "size": size} for name, size in files],
            "declaration_path": dossier.declaration_path,
        }

    def _remember_receipt(self, request, receipt):
        """Saves the session here, in the dossier's transaction, rather than leaving it to the session middleware: if
        the session store fails (a database blip, Redis away) the dossier is still made and the confirmation is
        answered at once instead of a 500 that would hide the code. Returns whether the receipt was saved."""
        request.session[RECEIPT_SESSION_KEY] = receipt
        return saved_now(request, f"Receipt of {receipt['code']}")
