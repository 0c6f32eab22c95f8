"""The catalogue: a subsystem (lĩnh vực) page holds procedure pages; a procedure page answers
"what do I bring, what does it cost, how long" with structured fields that dossiers and reports reuse."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.page_cache import CachedPageMixin
from portal.text import fold


class OnlineLevel(models.TextChoices):
    INFORMATION = "information", _("Cung cấp thông tin")
    PARTIAL = "partial", _("Trực tuyến một phần")
    FULL = "full", _("Trực tuyến toàn trình")


class ResultForm(models.TextChoices):
    """How the procedure's result is issued: an electronic result must exist, signed, before the dossier is returned."""

    PAPER = "paper", _("Bản giấy")
    ELECTRONIC = "electronic", _("Bản điện tử")
    BOTH = "both", _("Bản điện tử và bản giấy")


class DurationUnit(models.TextChoices):
    WORKING_DAYS = "working_days", _("ngày làm việc")
    CALENDAR_DAYS = "calendar_days", _("ngày")


class SubsystemPage(CachedPageMixin, Page):
    """One of the six subsystems of the brief (or any later one): groups procedures of one field."""

    short_name = models.CharField(_("tên ngắn"), max_length=64, blank=True)
    intro = models.TextField(_("giới thiệu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("short_name"), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["procedures.ProcedurePage"]

    class Meta:
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["procedures"] = ProcedurePage.objects.child_of(self).live().select_related("agency").order_by("title")
        return context


class ProcedurePage(CachedPageMixin, Page):
    """An administrative procedure as published in the national procedure database."""

    procedure_code = models.CharField(
        _("mã thủ tục"), max_length=32, unique=True, help_text=_("Mã trên Cơ sở dữ liệu quốc gia, ví dụ 1.001234.")
    )
    agency = models.ForeignKey(
        "procedures.Agency", on_delete=models.PROTECT, related_name="procedures", verbose_name=_("cơ quan thực hiện")
    )
    online_level = models.CharField(
        _("mức độ trực tuyến"), max_length=16, choices=OnlineLevel.choices, default=OnlineLevel.INFORMATION
    )
    processing_time = models.PositiveSmallIntegerField(
        _("thời hạn giải quyết"), validators=[MinValueValidator(1), MaxValueValidator(365)]
    )
    processing_time_unit = models.CharField(
        _("đơn vị thời hạn"), max_length=16, choices=DurationUnit.choices, default=DurationUnit.WORKING_DAYS
    )
    fee_amount = models.PositiveIntegerField(
        _("phí, lệ phí (đồng)"), default=0, help_text=_("Để 0 nếu không thu phí, lệ phí.")
    )
    fee_note = models.CharField(_("ghi chú phí, lệ phí"), max_length=500, blank=True)
    applicants = models.TextField(_("đối tượng thực hiện"))
    conditions = RichTextField(_("yêu cầu, điều kiện"), blank=True, features=["bold", "italic", "ol", "ul", "link"])
    number_of_sets = models.PositiveSmallIntegerField(_("số lượng bộ hồ sơ"), default=1)
    submission_place = models.CharField(_("nơi nộp hồ sơ, nhận kết quả"), max_length=500, blank=True)
    steps = RichTextField(_("trình tự thực hiện"), features=["bold", "italic", "ol", "ul", "link"])
    result = models.CharField(_("kết quả thực hiện"), max_length=500)
    result_form = models.CharField(
        _("hình thức kết quả"), max_length=16, choices=ResultForm.choices, default=ResultForm.PAPER
    )
    legal_basis = RichTextField(_("căn cứ pháp lý"), features=["bold", "italic", "ol", "ul", "link"])

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("procedure_code"), FieldPanel("online_level")]),
        FieldPanel("agency"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("processing_time"), FieldPanel("processing_time_unit")]),
                FieldRowPanel([FieldPanel("fee_amount"), FieldPanel("fee_note")]),
                FieldPanel("submission_place"),
            ],
            heading=_("Thời hạn, phí và nơi nộp"),
        ),
        FieldPanel("applicants"),
        FieldPanel("conditions"),
        MultiFieldPanel(
            [FieldPanel("number_of_sets"), InlinePanel("documents", label=_("giấy tờ"))],
            heading=_("Thành phần hồ sơ"),
        ),
        FieldPanel("steps"),
        FieldRowPanel([FieldPanel("result"), FieldPanel("result_form")]),
        FieldPanel("legal_basis"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("folded_text"),
        index.SearchField("procedure_code"),
        index.FilterField("online_level"),
        index.FilterField("agency"),
    ]

    parent_page_types = ["procedures.SubsystemPage"]
    subpage_types = ["procedures.OnlineFormPage"]

    class Meta:
        verbose_name = _("thủ tục hành chính")
        verbose_name_plural = _("thủ tục hành chính")

    def get_context(self, request, *args, **kwargs):
        """The breadcrumbs' ancestors also give the subsystem, and the documents come with their templates: the
        page is read far more than anything else on the site, so each query saved counts."""
        context = super().get_context(request, *args, **kwargs)
        context["ancestors"] = list(self.get_ancestors())
        context["subsystem"] = context["ancestors"][-1]
        context["documents"] = list(self.documents.select_related("template"))
        return context

    def folded_text(self):
        """Title, code, agency and outcome without diacritics: what accent-free search queries match."""
        parts = [self.title, self.procedure_code, self.result, self.applicants]
        if self.agency_id:
            parts.append(self.agency.name)
        return fold(" ".join(parts))

    @property
    def subsystem(self):
        return self.get_parent().specific

    @property
    def is_free(self):
        return self.fee_amount == 0

    @property
    def issues_electronic_result(self):
        return self.result_form in (ResultForm.ELECTRONIC, ResultForm.BOTH)

    @property
    def accepts_online_submission(self):
        return self.online_level != OnlineLevel.INFORMATION


class ProcedureDocument(Orderable):
    """One item of the required dossier: how many originals, certified copies and photocopies, and its template."""

    page = ParentalKey(ProcedurePage, on_delete=models.CASCADE, related_name="documents")
    name = models.CharField(_("tên giấy tờ"), max_length=500)
    originals = models.PositiveSmallIntegerField(_("bản chính"), default=0)
    certified_copies = models.PositiveSmallIntegerField(_("bản sao chứng thực"), default=0)
    photocopies = models.PositiveSmallIntegerField(_("bản photo"), default=0)
    template = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("mẫu đơn, tờ khai"),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("originals"), FieldPanel("certified_copies"), FieldPanel("photocopies")]),
        FieldPanel("template"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("giấy tờ")
        verbose_name_plural = _("giấy tờ")

    def __str__(self):
        return self.name
