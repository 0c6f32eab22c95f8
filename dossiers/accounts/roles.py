"""The roles of the one-stop shop. Each is a Django group linked to a stable code (``RoleGroup``): the code is
what every check reads, so administrators may rename a group ("Chuyên viên" → "Chuyên viên thụ lý") without
breaking anything. The labels are the groups' names as first created."""

from django.db import models


class Role(models.TextChoices):
    EDITOR = "editor", "Biên tập viên"
    COUNTER_STAFF = "counter_staff", "Bộ phận một cửa"
    CHIEF_OF_OFFICE = "chief_of_office", "Chánh văn phòng"
    DEPUTY_CHIEF = "deputy_chief", "Phó Chánh văn phòng"
    SPECIALIST = "specialist", "Chuyên viên"
    LEADER = "leader", "Lãnh đạo UBND"
    ADMINISTRATOR = "administrator", "Quản trị hệ thống"


EDITOR = Role.EDITOR
COUNTER_STAFF = Role.COUNTER_STAFF
CHIEF_OF_OFFICE = Role.CHIEF_OF_OFFICE
DEPUTY_CHIEF = Role.DEPUTY_CHIEF
SPECIALIST = Role.SPECIALIST
LEADER = Role.LEADER
ADMINISTRATOR = Role.ADMINISTRATOR

ALL_ROLES = list(Role)

# Roles that work on every dossier of the one-stop shop: the counter receives them all, the Chief and deputies
# assign them, leadership decides. Administrators and editors handle no dossier, so they see none (reports show
# them aggregates); a superuser sees everything.
WHOLE_OFFICE_ROLES = frozenset({COUNTER_STAFF, CHIEF_OF_OFFICE, DEPUTY_CHIEF, LEADER})


def user_roles(user):
    """The role codes of an active user's groups, read once per request (cached on the user object)."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    cached = getattr(user, "_portal_roles", None)
    if cached is None:
        cached = frozenset(
            Role(code) for code in user.groups.filter(role__isnull=False).values_list("role__code", flat=True)
        )
        user._portal_roles = cached
    return cached


def department_id(user):
    """The department a staff member works in (their ``StaffProfile``), or None."""
    profile = getattr(user, "staff_profile", None)
    return profile.department_id if profile else None


def users_with_role(role_codes):
    """Active accounts holding any of ``role_codes``, as a queryset condition on users."""
    return models.Q(groups__role__code__in=list(role_codes), is_active=True)
