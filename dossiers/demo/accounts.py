"""One demo account per role, for trying the portal on a development machine. Never for production:
the password is published in the README."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from dossiers.accounts import roles
from dossiers.models import StaffProfile
from procedures.models import Agency

DEMO_PASSWORD = "motcua-demo-2026"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    full_name: str
    role: str
    position: str
    department_index: int | None = None


DEMO_ACCOUNTS = [
    DemoAccount("bientap", "Nguyễn Thị Biên", roles.EDITOR, "Biên tập viên"),
    DemoAccount("motcua", "Trần Văn Tiếp", roles.COUNTER_STAFF, "Cán bộ tiếp nhận"),
    DemoAccount("chanhvp", "Lê Minh Chánh", roles.CHIEF_OF_OFFICE, "Chánh Văn phòng"),
    DemoAccount("phochanhvp", "Phạm Thu Phó", roles.DEPUTY_CHIEF, "Phó Chánh Văn phòng"),
    DemoAccount("chuyenvien1", "Hoàng Văn Thụ", roles.SPECIALIST, "Chuyên viên", department_index=0),
    DemoAccount("chuyenvien2", "Võ Thị Lý", roles.SPECIALIST, "Chuyên viên", department_index=1),
    DemoAccount("lanhdao", "Đặng Quốc Trưởng", roles.LEADER, "Phó Chủ tịch UBND tỉnh"),
    DemoAccount("quantri", "Bùi Quản Trị", roles.ADMINISTRATOR, "Quản trị hệ thống"),
]


def ensure_demo_accounts(agency: Agency):
    """Creates missing demo accounts in ``agency``; existing ones keep their password and data."""
    User = get_user_model()
    departments = list(agency.departments.order_by("pk"))
    for account in DEMO_ACCOUNTS:
        last_name, _, first_name = account.full_name.rpartition(" ")
        user, created = User.objects.get_or_create(
            username=account.username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{account.username}@example.gov.vn",
                "is_staff": account.role == roles.ADMINISTRATOR,
                "is_superuser": account.role == roles.ADMINISTRATOR,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(role__code=account.role))
        department = departments[account.department_index] if account.department_index is not None else None
        StaffProfile.objects.get_or_create(
            user=user, defaults={"agency": agency, "department": department, "position": account.position}
        )
    return DEMO_ACCOUNTS
