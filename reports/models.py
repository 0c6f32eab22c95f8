"""Reports read dossiers and own no data; this table-less model only carries the permission to see them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportAccess(models.Model):
    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_reports", _("Xem báo cáo thống kê"))]

    def __str__(self):
        return "view_reports"
