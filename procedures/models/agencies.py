"""Agencies that implement procedures, and their departments (where specialists work)."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.search import index


class Agency(index.Indexed, ClusterableModel):
    """A receiving/implementing unit; its code prefixes every dossier code it issues."""

    code = models.CharField(
        _("mã cơ quan"),
        max_length=32,
        unique=True,
        help_text=_("Mã định danh theo cổng dịch vụ công quốc gia, ví dụ 000.00.06.H56."),
    )
    name = models.CharField(_("tên cơ quan"), max_length=255)
    short_name = models.CharField(_("tên viết tắt"), max_length=64, blank=True)
    # The heading of the documents it issues (Decree 30/2020/NĐ-CP): the body above it, and where it sits.
    superior_body = models.CharField(
        _("cơ quan chủ quản"),
        max_length=255,
        blank=True,
        help_text=_("In trên tên cơ quan ở đầu văn bản, ví dụ UBND TỈNH LÂM ĐỒNG; để trống nếu không có."),
    )
    place_name = models.CharField(
        _("địa danh"),
        max_length=64,
        blank=True,
        help_text=_("Địa danh ở dòng ngày tháng của văn bản, ví dụ Lâm Đồng (… , ngày … tháng … năm …)."),
    )
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=32, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    website = models.URLField(_("trang web"), blank=True)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("superior_body"),
        FieldPanel("place_name"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("website"),
        InlinePanel("departments", heading=_("Phòng ban"), label=_("phòng ban")),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("code"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("cơ quan")
        verbose_name_plural = _("cơ quan")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("procedures:agency_detail", args=[self.pk])


class Department(models.Model):
    """A department (phòng, ban) of an agency; dossiers are assigned to it or to one of its specialists."""

    agency = ParentalKey(Agency, on_delete=models.CASCADE, related_name="departments", verbose_name=_("cơ quan"))
    name = models.CharField(_("tên phòng ban"), max_length=255)

    panels = [FieldPanel("name")]

    class Meta:
        ordering = ["agency__name", "name"]
        unique_together = [("agency", "name")]
        verbose_name = _("phòng ban")
        verbose_name_plural = _("phòng ban")

    def __str__(self):
        return f"{self.name} – {self.agency.short_name or self.agency.name}"
