"""The online form page of a procedure: editors design its fields in the admin; a valid submission becomes a
dossier (not a Wagtail FormSubmission), and the applicant lands on a confirmation with the dossier's code."""

import datetime
import logging

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import PreviewableMixin

from portal.ratelimit import check_submission_rate
from portal.storage import StorageUnavailable, retry_later
from portal.text import ascii_identifier
from procedures.online_forms import submission
from procedures.online_forms.applicant import ApplicantForm
from procedures.online_forms.builder import OnlineFormBuilder
from procedures.online_forms.uploads import validate_file_types

logger = logging.getLogger(__name__)
RECEIPT_SESSION_KEY = "online_form_receipt"
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class FieldType(models.TextChoices):
    SINGLELINE = "singleline", _("Văn bản ngắn")
    MULTILINE = "multiline", _("Văn bản dài")
    EMAIL = "email", _("Thư điện tử")
    PHONE = "phone", _("Số điện thoại")
    NUMBER = "number", _("Số")
    DATE = "date", _("Ngày")
    DROPDOWN = "dropdown", _("Danh sách chọn")
    RADIO = "radio", _("Chọn một trong các lựa chọn")
    CHECKBOXES = "checkboxes", _("Chọn nhiều lựa chọn")
    ID_NUMBER = "id_number", _("Số CCCD/định danh cá nhân")
    FILE = "file", _("Tệp đính kèm")


CHOICE_TYPES = {FieldType.DROPDOWN, FieldType.RADIO, FieldType.CHECKBOXES}


class OnlineFormField(AbstractFormField):
    """One field an editor adds to a form; its ``clean_name`` (the answer's key in the dossier) is fixed at creation."""

    page = ParentalKey("procedures.OnlineFormPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(_("loại trường"), max_length=16, choices=FieldType.choices)
    field_type.required_on_save = True
    allowed_file_types = models.CharField(
        _("định dạng tệp cho phép"),
        max_length=64,
        blank=True,
        default="pdf, jpg, png",
        validators=[validate_file_types],
        help_text=_("Chỉ cho trường tệp đính kèm: pdf, jpg, png, docx, cách nhau bằng dấu phẩy."),
    )
    max_file_mb = models.PositiveSmallIntegerField(
        _("dung lượng tối đa mỗi tệp (MB)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Chỉ cho trường tệp đính kèm; để trống để dùng giới hạn chung của biểu mẫu."),
    )

    panels = [
        *AbstractFormField.panels,
        FieldRowPanel([FieldPanel("allowed_file_types"), FieldPanel("max_file_mb")]),
    ]

    class Meta(AbstractFormField.Meta):
        verbose_name = _("trường của biểu mẫu")
        verbose_name_plural = _("trường của biểu mẫu")

    def get_field_clean_name(self):
        """``"Địa chỉ"`` -> ``"dia_chi"``: readable keys for the answers, the same rule as the search folding."""
        return ascii_identifier(self.label)

    def clean(self):
        super().clean()
        name = self.clean_name or self.get_field_clean_name()
        if not name:
            raise ValidationError({"label": _("Nhãn phải có ít nhất một chữ cái hoặc chữ số.")})
        if name in ApplicantForm.APPLICANT_FIELDS:
            raise ValidationError({"label": _("Tên này dành cho thông tin người nộp hồ sơ; hãy đặt nhãn khác.")})
        if self.field_type in CHOICE_TYPES and not self.choices.strip():
            raise ValidationError({"choices": _("Hãy nhập các lựa chọn, mỗi dòng một lựa chọn.")})
        if self.field_type == FieldType.FILE and not self.allowed_file_types.strip():
            raise ValidationError({"allowed_file_types": _("Hãy chọn ít nhất một định dạng tệp.")})


class OnlineFormPage(RoutablePageMixin, AbstractForm):
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

    form_builder = OnlineFormBuilder
    content_panels = [
        *AbstractForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("trường")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("max_upload_mb_per_file"), FieldPanel("max_upload_mb_total")])],
            heading=_("Giới hạn tệp đính kèm"),
        ),
        FieldPanel("confirmation_text"),
    ]
    # The landing page needs a submitted dossier, so there is no "landing" preview.
    preview_modes = PreviewableMixin.DEFAULT_PREVIEW_MODES

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

    @cached_property
    def procedure(self):
        return self.get_parent().specific

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["procedure"] = self.procedure
        return context

    def form_schema(self):
        """The editor's fields in order, kept with the dossier so its answers stay readable after the form changes."""
        return [
            {"name": field.clean_name, "label": field.label, "type": field.field_type}
            for field in self.get_form_fields()
        ]

    def process_form_submission(self, form):
        """Turns a valid form into a dossier through the handler the dossiers app registered."""
        return submission.submit(self, form)

    @path("")
    def index_route(self, request):
        """POST/redirect/GET: a valid submission redirects to the confirmation; an invalid one re-renders with 400,
        one the attachment storage refused with 503 (nothing was stored)."""
        if not self.procedure.accepts_online_submission:
            raise Http404
        if request.method != "POST":
            form = self.get_form(page=self, user=request.user)
            return self._render_form(request, form, status=200)
        too_many = check_submission_rate(request)
        if too_many is not None:
            return too_many
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if form.is_valid():
            try:
                dossier = self.process_form_submission(form)
            except ValidationError as error:
                form.add_error(None, error)
            except StorageUnavailable as refusal:
                form.add_error(None, refusal.message)
                return retry_later(self._render_form(request, form, status=503))
            else:
                receipt = self._receipt(dossier)
                if not self._remember_receipt(request, receipt):
                    return self._render_confirmation(request, receipt)
                return redirect(self.get_url(request) + self.reverse_subpage("confirmation"))
        return self._render_form(request, form, status=400)

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

    def _render_form(self, request, form, status):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def _receipt(self, dossier):
        return {
            "page": self.pk,
            "code": dossier.code,
            "secret": dossier.lookup_secret,
            "review_due_at": dossier.review_due_at.isoformat(),
            "status": str(dossier.get_status_display()),
        }

    def _remember_receipt(self, request, receipt):
        """Saves the session here rather than leaving it to the session middleware: the dossier is committed, so if
        the session store fails (a database blip, Redis away) the confirmation is answered at once instead of a 500
        that would hide the code. Returns whether the receipt was saved."""
        request.session[RECEIPT_SESSION_KEY] = receipt
        try:
            request.session.save()
        except Exception:  # any store's failure: the citizen must still get their code
            logger.warning("Receipt of %s not saved in the session; confirmation shown directly", receipt["code"])
            request.session.modified = False  # else the middleware saves again and fails the response
            return False
        return True
