"""The admin as staff read it: no Wagtail Help menu, and Wagtail's own screens labelled in Vietnamese where Wagtail
leaves a label untranslatable."""

from django.utils.text import capfirst
from wagtail import hooks
from wagtail.models import Site
from wagtail.sites.views import IndexView as SiteIndexView

# Wagtail's sites list names three columns after their attributes, in English ("Site name", also in the sorting
# links' titles); their fields' translated names instead.
for column in SiteIndexView.columns:
    if column.label == capfirst(column.name.replace("_", " ")):
        column.label = capfirst(Site._meta.get_field(column.name).verbose_name)


@hooks.register("construct_main_menu")
def hide_wagtail_help(request, menu_items):
    """Wagtail's Help links to wagtail.org, in English, about Wagtail's releases, not the office's work (the
    keyboard shortcuts stay on the "?" key)."""
    menu_items[:] = [item for item in menu_items if item.name != "help"]
