"""When a due time needs attention: already past (overdue), or reached within one working day (due soon).

The list column, the inspect page and the two filters share these conditions, so the badge a dossier shows and
the filter that finds it never disagree. An open dossier is one whose status is not closed, as in
``Dossier.open_state``.
"""

from datetime import timedelta

from django.db.models import Case, CharField, Q, Value, When

from dossiers.calendar_store import load_working_calendar
from dossiers.deadlines import add_working_time
from dossiers.models import CLOSED_STATUSES

ONE_WORKING_DAY = timedelta(hours=8)
OVERDUE = "overdue"
DUE_SOON = "due_soon"

OPEN = ~Q(status__in=CLOSED_STATUSES)


def due_soon_limit(now):
    """The instant one working day from ``now``: Friday afternoon's limit is Monday afternoon, not Saturday."""
    return add_working_time(load_working_calendar(), now, ONE_WORKING_DAY)


def overdue_condition(now):
    return OPEN & Q(due_at__lt=now)


def due_soon_condition(now):
    return OPEN & Q(due_at__gte=now, due_at__lte=due_soon_limit(now))


def with_due_state(queryset, now):
    """Annotates ``due_state``: ``"overdue"``, ``"due_soon"`` or ``""``, computed by the database per row."""
    return queryset.annotate(
        due_state=Case(
            When(overdue_condition(now), then=Value(OVERDUE)),
            When(due_soon_condition(now), then=Value(DUE_SOON)),
            default=Value(""),
            output_field=CharField(),
        )
    )
