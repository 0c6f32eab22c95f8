"""How the catalogue writes money and durations for citizens, in the active language, and the subsystem cards
other apps' pages (the home page) show."""

from django import template
from django.db.models import Count
from django.db.models.functions import Substr
from django.utils.translation import get_language, gettext, ngettext
from wagtail.models import Page

from procedures.models import ProcedurePage, SubsystemPage

register = template.Library()


@register.filter
def vnd(amount):
    """``1500000`` -> ``1.500.000 đồng`` in Vietnamese, ``1,500,000 VND`` in English; zero is "free"."""
    if not amount:
        return gettext("Không thu phí")
    if get_language() == "en":
        return f"{amount:,} VND"
    return f"{amount:,}".replace(",", ".") + " đồng"


@register.filter
def processing_time(procedure):
    """``3 ngày làm việc`` / ``15 ngày``, with the unit the procedure counts in."""
    days = procedure.processing_time
    if procedure.processing_time_unit == "calendar_days":
        return ngettext("%(days)d ngày", "%(days)d ngày", days) % {"days": days}
    return ngettext("%(days)d ngày làm việc", "%(days)d ngày làm việc", days) % {"days": days}


@register.simple_tag
def subsystems_of(home):
    """The live subsystems under ``home``, in tree order, each with ``procedure_count`` (live procedures below it),
    counted in one grouped query."""
    subsystems = list(SubsystemPage.objects.child_of(home).live().order_by("path"))
    parent_path_length = (home.depth + 1) * Page.steplen
    counts = dict(
        ProcedurePage.objects.live()
        .descendant_of(home)
        .annotate(parent_path=Substr("path", 1, parent_path_length))
        .order_by()
        .values_list("parent_path")
        .annotate(count=Count("pk"))
        .values_list("parent_path", "count")
    )
    for subsystem in subsystems:
        subsystem.procedure_count = counts.get(subsystem.path, 0)
    return subsystems
