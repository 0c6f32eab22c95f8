"""Who a staff member is at work: their role groups (by a stable code) and the agency and department that decide
which dossiers they may see."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from dossiers.accounts.roles import Role
from portal.people import display_name


class StaffProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile", verbose_name=_("tài khoản")
    )
    agency = models.ForeignKey(
        "procedures.Agency", on_delete=models.PROTECT, related_name="staff", verbose_name=_("cơ quan")
    )
    department = models.ForeignKey(
        "procedures.Department",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="staff",
        verbose_name=_("phòng ban"),
    )
    position = models.CharField(_("chức vụ"), max_length=128, blank=True)

    class Meta:
        verbose_name = _("hồ sơ cán bộ")
        verbose_name_plural = _("hồ sơ cán bộ")

    def __str__(self):
        return f"{display_name(self.user)} ({self.agency})"


class RoleGroup(models.Model):
    """Which role a group stands for. Checks read ``code``; the group's name is only what staff see, so an
    administrator may rename it."""

    group = models.OneToOneField("auth.Group", on_delete=models.CASCADE, related_name="role", verbose_name=_("nhóm"))
    code = models.CharField(_("vai trò"), max_length=32, choices=Role.choices, unique=True)

    class Meta:
        verbose_name = _("vai trò của nhóm")
        verbose_name_plural = _("vai trò của nhóm")

    def __str__(self):
        return f"{self.group} ({self.code})"
