"""Agencies (with their departments) are edited in the admin as snippets; an online form's editor is warned of the
procedure's documents that have no upload slot yet."""

from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Agency, OnlineFormPage


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = gettext_lazy("Cơ quan")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "code", "short_name", "phone"]
    search_fields = ["name", "code"]
    ordering = ["name"]


register_snippet(AgencyViewSet)


@hooks.register("before_edit_page")
def warn_of_documents_without_a_slot(request, page):
    """A warning, not a refusal: an editor may add the slots one save at a time."""
    if request.method == "GET" and isinstance(page.specific, OnlineFormPage):
        missing = page.specific.missing_documents()
        if missing:
            messages.warning(
                request,
                _("Giấy tờ của thủ tục chưa có ô tải lên, người nộp không gửi được trực tuyến: %(names)s.")
                % {"names": "; ".join(missing)},
            )
