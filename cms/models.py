"""Public-site pages that are not procedures, and the site-wide contact settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .page_cache import CachedPageMixin


class HomePage(CachedPageMixin, Page):
    """The portal's front door: search, the subsystems (listed by the catalogue's ``subsystem_cards`` tag, so this
    app needs nothing of ``procedures``), and the way to a dossier's status."""

    intro = models.TextField(_("lời giới thiệu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["procedures.SubsystemPage", "cms.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("trang chủ")

    def route(self, request, path_components):
        """Finds the page a path names with one light query on ``url_path`` instead of two full queries per level:
        the deepest page whose ``url_path`` begins the path routes the rest, so a form page's own sub-paths
        (``kiem-tra/``) reach it in one step too. A page left with components it does not route answers 404, as in
        Wagtail's walk."""
        if path_components:
            prefixes = [
                f"{self.url_path}{'/'.join(path_components[:end])}/" for end in range(1, len(path_components) + 1)
            ]
            target = (
                Page.objects.filter(url_path__in=prefixes)
                .order_by("-depth")
                .only("id", "content_type", "depth")
                .first()
            )
            if target is not None:
                return target.specific.route(request, path_components[target.depth - self.depth :])
        return super().route(request, path_components)


class StandardPage(CachedPageMixin, Page):
    """Guidance, contact and legal pages written by editors."""

    intro = models.TextField(_("tóm tắt"), blank=True)
    body = RichTextField(_("nội dung"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("trang nội dung")


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Who runs the portal and how to reach them: shown in every page's header and footer."""

    organisation_name = models.CharField(_("tên đơn vị"), max_length=255, default="Văn phòng Ủy ban nhân dân tỉnh")
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    hotline = models.CharField(_("đường dây nóng"), max_length=32, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    office_hours = models.CharField(
        _("giờ làm việc"), max_length=255, default="Thứ Hai – Thứ Sáu: 7:30–11:30, 13:00–17:00"
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("address"),
        FieldPanel("hotline"),
        FieldPanel("email"),
        FieldPanel("office_hours"),
    ]

    class Meta:
        verbose_name = _("thông tin cổng")
