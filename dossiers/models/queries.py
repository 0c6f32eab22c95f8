"""The questions everything asks of dossiers, each answered once: who may see one, is it open, whose turn is it,
is it overdue, due soon, paused. Access checks, "my work", the list's filters, reminders and reports call these;
none restates them.

Each question is also a ``Q`` builder below, for code that needs the bare condition (an aggregate's ``filter=``,
a ``Case``); the queryset methods are the same conditions applied.
"""

import operator
from datetime import timedelta
from functools import reduce

from django.apps import apps
from django.db import models
from django.db.models import Case, CharField, Count, Exists, F, OuterRef, Q, Subquery, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dossiers.accounts import roles
from dossiers.calendar.deadlines import due_in_working_days
from dossiers.calendar.store import load_working_calendar
from dossiers.workflow.table import APPLICANT, STEPS, turn_conditions

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


def turn_condition(user, steps):
    """The open dossiers on which one of ``steps`` is ``user``'s next move, by the table's ``turn_of``; None when
    none of them is ever theirs. A specialist's turn is on their own dossiers, or their department's not yet given
    out."""
    conditions = []
    for role in sorted(roles.user_roles(user)):
        # Steps taken on the same dossiers (approve or return a memo) give one condition, not two the planner repeats.
        turns = list(dict.fromkeys(step.turn_condition() for step in steps if role in step.turn_of))
        if not turns:
            continue
        condition = reduce(operator.or_, turns)
        if role == roles.SPECIALIST:
            condition &= department_condition(user, unassigned_only=True)
        conditions.append(condition)
    return OPEN & reduce(operator.or_, conditions) if conditions else None


def waiting_on_condition(user):
    """The open dossiers whose next step is ``user``'s, from the workflow table; None when no role of theirs
    ever has a turn."""
    return turn_condition(user, STEPS.values())


def due_soon_limit(now):
    """One working day from ``now``: Friday afternoon's limit is Monday afternoon, not Saturday."""
    return due_in_working_days(load_working_calendar(), now, DUE_SOON_WORKING_DAYS)


def overdue_condition(now):
    return OPEN & Q(due_at__lt=now)


def due_soon_condition(now):
    return OPEN & Q(due_at__gte=now, due_at__lte=due_soon_limit(now))


def due_today_condition(now):
    """Not overdue yet, but due before the office's midnight tonight."""
    midnight = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    return OPEN & Q(due_at__gte=now, due_at__lt=midnight)


class Bucket(models.TextChoices):
    """The work queue's buckets: the staff dashboard's tiles and the list's ``bucket`` filter."""

    RECEIVE = "receive", _("Chờ tiếp nhận")
    ASSIGN = "assign", _("Chờ phân công")
    PROCESS = "process", _("Chờ thụ lý, trình")
    REVIEW = "review", _("Chờ duyệt tờ trình, trình lãnh đạo")
    SIGN = "sign", _("Chờ ký duyệt")
    HAND_OVER = "hand_over", _("Chờ chuyển kết quả cho Một cửa")
    RETURN = "return", _("Chờ trả kết quả")
    PAUSED = "paused", _("Chờ người nộp bổ sung, nộp phí")
    DUE_TODAY = "due_today", _("Đến hạn hôm nay")
    OVERDUE = "overdue", _("Quá hạn")


# The buckets of the turns: the table's steps whose turn each one is. Every step that is ever a staff member's turn
# is in exactly one of them (tests/integration/dossiers/staff/test_work_queue.py), so the buckets split "my work".
BUCKET_STEPS = {
    Bucket.RECEIVE: ("receive",),
    Bucket.ASSIGN: ("assign",),
    Bucket.PROCESS: ("submit_memo",),
    Bucket.REVIEW: ("approve_memo", "return_memo", "forward_to_leadership"),
    Bucket.SIGN: ("sign", "return_with_comment"),
    Bucket.HAND_OVER: ("hand_to_counter",),
    Bucket.RETURN: ("return_result",),
}
# Who watches the paused dossiers: the staff who record what the applicant brings (a supplement, a payment).
PAUSED_WATCHERS = frozenset().union(*(step.actors for step in STEPS.values() if APPLICANT in step.turn_of)) - {
    APPLICANT
}


def bucket_condition(user, bucket, now):
    """The dossiers in ``bucket`` for ``user``: their turns on its steps; the paused dossiers they may see; their
    turns due today or overdue. None when the bucket applies to no role of theirs."""
    if bucket in BUCKET_STEPS:
        return turn_condition(user, [STEPS[name] for name in BUCKET_STEPS[bucket]])
    if bucket == Bucket.PAUSED:
        if not roles.user_roles(user) & PAUSED_WATCHERS:
            return None
        visible = visible_condition(user)
        return OPEN & PAUSED if visible is None else OPEN & PAUSED & visible
    mine = waiting_on_condition(user)
    if mine is None:
        return None
    return mine & (overdue_condition(now) if bucket == Bucket.OVERDUE else due_today_condition(now))


def user_buckets(user, now):
    """The buckets that apply to ``user``, each with its condition, in the order of ``Bucket``."""
    buckets = {bucket: bucket_condition(user, bucket, now) for bucket in Bucket}
    return {bucket: condition for bucket, condition in buckets.items() if condition is not None}


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

    def in_bucket(self, user, bucket, now):
        condition = bucket_condition(user, bucket, now)
        return self.none() if condition is None else self.filter(condition)

    def bucket_counts(self, user, now):
        """``{bucket: count}`` for each of ``user``'s buckets, counted in one query."""
        buckets = user_buckets(user, now)
        if not buckets:
            return {}
        counts = self.filter(reduce(operator.or_, buckets.values())).aggregate(
            **{bucket.value: Count("pk", filter=condition) for bucket, condition in buckets.items()}
        )
        return {bucket: counts[bucket.value] for bucket in buckets}

    def with_step_due(self):
        """Annotates ``step_due_at``: the deadline of the step the dossier waits on, its latest event's (one entry of
        the covering index ``dossierevent_latest`` on PostgreSQL, migration 0021). The model is looked up by name:
        it imports this module."""
        events = apps.get_model("dossiers", "DossierEvent").objects.filter(dossier=OuterRef("pk"))
        return self.annotate(step_due_at=Subquery(events.order_by("-created_at", "-pk").values("step_due_at")[:1]))

    def by_urgency(self):
        """The step deadline first, then the due time: what is due soonest on top."""
        return self.with_step_due().order_by(
            F("step_due_at").asc(nulls_last=True), F("due_at").asc(nulls_last=True), "pk"
        )

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
