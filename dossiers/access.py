"""Who may see which dossier. Every staff view, export, download and printed slip asks here, so the rule that a
specialist sees only what is assigned to them or their department holds everywhere, not just in the list."""

from django.db.models import Q

from . import roles
from .models import Dossier

# Roles that work on every dossier of the one-stop shop: the counter receives them all, the Chief and deputies
# assign them, leadership decides. Administrators and editors handle no dossier, so they see none (reports show
# them aggregates); a superuser sees everything.
WHOLE_OFFICE_ROLES = frozenset({roles.COUNTER_STAFF, roles.CHIEF_OF_OFFICE, roles.DEPUTY_CHIEF, roles.LEADER})


def user_roles(user):
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    cached = getattr(user, "_portal_roles", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._portal_roles = cached
    return cached


def visible_dossiers(user, queryset=None):
    """The dossiers ``user`` may see, as a queryset filter (no rows are loaded here)."""
    queryset = Dossier.objects.all() if queryset is None else queryset
    mine = user_roles(user)
    if user.is_superuser or mine & WHOLE_OFFICE_ROLES:
        return queryset
    if roles.SPECIALIST in mine:
        profile = getattr(user, "staff_profile", None)
        department = profile.department_id if profile else None
        condition = Q(assigned_to=user)
        if department is not None:
            condition |= Q(assigned_department_id=department)
        return queryset.filter(condition)
    return queryset.none()


def can_view(user, dossier):
    return visible_dossiers(user, Dossier.objects.filter(pk=dossier.pk)).exists()
