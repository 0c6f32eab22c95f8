"""Admin screens for the working calendar, grouped under one menu with the procedures' internal processes (the two
things step deadlines are counted from); model permissions keep them to administrators."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from dossiers.process.admin import InternalProcessViewSet

from .models import DayOff, MakeUpWorkingDay, OfficePeriod


class OfficePeriodViewSet(SnippetViewSet):
    model = OfficePeriod
    icon = "time"
    list_display = ["weekday", "start", "end"]
    list_filter = ["weekday"]


class DayOffViewSet(SnippetViewSet):
    model = DayOff
    icon = "date"
    list_display = ["date", "name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]


class MakeUpWorkingDayViewSet(SnippetViewSet):
    model = MakeUpWorkingDay
    icon = "date"
    list_display = ["date", "note"]


class WorkingCalendarViewSetGroup(SnippetViewSetGroup):
    items = (OfficePeriodViewSet, DayOffViewSet, MakeUpWorkingDayViewSet, InternalProcessViewSet)
    menu_label = _("Lịch làm việc")
    menu_icon = "calendar-alt"
    menu_name = "working-calendar"
