"""Agencies (with their departments) are edited in the admin as snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Agency


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Cơ quan")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "code", "short_name", "phone"]
    search_fields = ["name", "code"]
    ordering = ["name"]


register_snippet(AgencyViewSet)
