"""How the catalogue writes money and durations for citizens, in the active language, and the subsystem cards
other apps' pages (the home page) show."""

from django import template
from django.db.models import Count, Exists, OuterRef
from django.db.models.functions import Substr
from django.utils.translation import get_language, gettext, ngettext
from wagtail.models import Page

from procedures.models import OnlineFormPage, OnlineLevel, ProcedurePage, SubsystemPage

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
    """The live subsystems under ``home``, in tree order, each with ``procedure_count`` (live procedures below it)
    and ``online_here_count`` (those applied for here: online, with a live form, as ``online_form_of`` decides),
    each counted in one grouped query."""
    subsystems = list(SubsystemPage.objects.child_of(home).live().order_by("path"))
    procedures = ProcedurePage.objects.live().descendant_of(home)
    live_form = OnlineFormPage.objects.live().filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
    online_here = procedures.exclude(online_level=OnlineLevel.INFORMATION).filter(Exists(live_form))
    counts = _count_by_subsystem(procedures, home)
    here_counts = _count_by_subsystem(online_here, home)
    for subsystem in subsystems:
        subsystem.procedure_count = counts.get(subsystem.path, 0)
        subsystem.online_here_count = here_counts.get(subsystem.path, 0)
    return subsystems


def _count_by_subsystem(procedures, home):
    """``{subsystem path: count}``: a subsystem's path is the first ``depth + 1`` steps of its procedures' paths."""
    return dict(
        procedures.annotate(parent_path=Substr("path", 1, (home.depth + 1) * Page.steplen))
        .order_by()
        .values_list("parent_path")
        .annotate(count=Count("pk"))
        .values_list("parent_path", "count")
    )
