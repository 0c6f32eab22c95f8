"""How the catalogue writes money and durations for citizens, in the active language."""

from django import template
from django.utils.translation import get_language, gettext, ngettext

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
