"""Where a staff member works: the agency and department that decide which dossiers they may see."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from dossiers.people import display_name


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
