"""Each role's "my work": what the dossier list shows when it is opened without a filter or a search, so a
counter clerk starts from the dossiers waiting at the counter and a specialist from the ones on their desk.

Roles without a work queue of their own (administrators, a superuser without a role) see every dossier they may
see; ``?all=1`` shows that for everyone.
"""

import operator
from functools import reduce

from django.db.models import Q

from dossiers import roles
from dossiers.access import user_roles
from dossiers.models import Stage, Status

from .due import OPEN


def department_id(user):
    profile = getattr(user, "staff_profile", None)
    return profile.department_id if profile else None


def specialist_work(user):
    """Assigned to them, or to their department and to nobody yet; still open."""
    condition = Q(assigned_to=user)
    if (department := department_id(user)) is not None:
        condition |= Q(assigned_department_id=department, assigned_to__isnull=True)
    return OPEN & condition


ROLE_WORK = {
    roles.COUNTER_STAFF: lambda user: Q(
        status__in=[Status.REGISTERED, Status.SUPPLEMENT_REQUESTED, Status.AWAITING_RETURN]
    ),
    roles.CHIEF_OF_OFFICE: lambda user: (
        Q(status=Status.RECEIVED) | Q(status=Status.PROCESSING, stage__in=[Stage.MEMO_SUBMITTED, Stage.MEMO_APPROVED])
    ),
    roles.SPECIALIST: specialist_work,
    roles.LEADER: lambda user: Q(status=Status.PROCESSING, stage=Stage.AT_LEADERSHIP),
}
ROLE_WORK[roles.DEPUTY_CHIEF] = ROLE_WORK[roles.CHIEF_OF_OFFICE]


def my_work(user):
    """The condition of ``user``'s work queue (the union over their roles), or None when they have none."""
    conditions = [work(user) for role, work in ROLE_WORK.items() if role in user_roles(user)]
    return reduce(operator.or_, conditions) if conditions else None
