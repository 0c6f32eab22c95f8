"""The questions everything asks of dossiers, each answered once: who may see one, is it open, whose turn is it,
is it overdue, due soon, paused. Access checks, "my work", the list's filters, reminders and reports call these;
none restates them.

Each question is also a ``Q`` builder below, for code that needs the bare condition (an aggregate's ``filter=``,
a ``Case``); the queryset methods are the same conditions applied.
"""

import operator
from functools import reduce

from django.apps import apps
from django.db import models
from django.db.models import Case, CharField, Exists, OuterRef, Q, Value, When

from dossiers.accounts import roles
from dossiers.calendar.deadlines import due_in_working_days
from dossiers.calendar.store import load_working_calendar
from dossiers.workflow.table import APPLICANT, turn_conditions

from .states import CLOSED_STATUSES

OPEN = ~Q(status__in=sorted(CLOSED_STATUSES))
# Nobody on staff has the turn while the applicant owes a supplement or a fee (``turn_conditions``).
PAUSED = turn_conditions(APPLICANT)
# "Due soon": the due time falls within this many working days.
DUE_SOON_WORKING_DAYS = 1
OVERDUE = "overdue"
DUE_SOON = "due_soon"


def department_condition(user, *, unassigned_only):
    """Dossiers assigned to ``user``, or to their department: all of the department's (what a specialist may
    see), or only those not yet given to a colleague (what is a specialist's to take)."""
    condition = Q(assigned_to=user)
    if (department := roles.department_id(user)) is not None:
        mine = Q(assigned_department_id=department)
        condition |= mine & Q(assigned_to__isnull=True) if unassigned_only else mine
    return condition


def visible_condition(user):
    """None for "everything": a superuser or a role that works on every dossier."""
    mine = roles.user_roles(user)
    if user.is_superuser or mine & roles.WHOLE_OFFICE_ROLES:
        return None
    if roles.SPECIALIST in mine:
        return department_condition(user, unassigned_only=False)
    return Q(pk__in=[])


def waiting_on_condition(user):
    """The open dossiers whose next step is ``user``'s, from the workflow table; None when no role of theirs
    ever has a turn. A specialist's turn is on their own dossiers, or their department's not yet given out."""
    conditions = []
    for role in sorted(roles.user_roles(user)):
        condition = turn_conditions(role)
        if condition is None:
            continue
        if role == roles.SPECIALIST:
            condition &= department_condition(user, unassigned_only=True)
        conditions.append(condition)
    return OPEN & reduce(operator.or_, conditions) if conditions else None


def due_soon_limit(now):
    """One working day from ``now``: Friday afternoon's limit is Monday afternoon, not Saturday."""
    return due_in_working_days(load_working_calendar(), now, DUE_SOON_WORKING_DAYS)


def overdue_condition(now):
    return OPEN & Q(due_at__lt=now)


def due_soon_condition(now):
    return OPEN & Q(due_at__gte=now, due_at__lte=due_soon_limit(now))


def digitised_condition():
    """Digitised at input (Decision 766/QĐ-TTg): the dossier has received papers and none is left undigitised, each
    scanned or exempt (Circular 03/2025/TT-VPCP, Article 5). The model is looked up by name: it imports this module."""
    received_document = apps.get_model("dossiers", "ReceivedDocument")
    papers = received_document.objects.filter(dossier=OuterRef("pk"))
    return Q(Exists(papers)) & ~Q(Exists(papers.filter(digitisation=received_document.Digitisation.MISSING)))


class DossierQuerySet(models.QuerySet):
    def visible_to(self, user):
        condition = visible_condition(user)
        return self if condition is None else self.filter(condition)

    def open(self):
        return self.filter(OPEN)

    def waiting_on(self, user):
        condition = waiting_on_condition(user)
        return self.none() if condition is None else self.filter(condition)

    def paused(self):
        return self.filter(PAUSED)

    def overdue(self, now):
        return self.filter(overdue_condition(now))

    def due_soon(self, now):
        return self.filter(due_soon_condition(now))

    def digitised(self):
        return self.filter(digitised_condition())

    def with_due_state(self, now):
        """Annotates ``due_state``: ``"overdue"``, ``"due_soon"`` or ``""``, computed by the database per row, so a
        badge and the filter that finds it never disagree."""
        return self.annotate(
            due_state=Case(
                When(overdue_condition(now), then=Value(OVERDUE)),
                When(due_soon_condition(now), then=Value(DUE_SOON)),
                default=Value(""),
                output_field=CharField(),
            )
        )
