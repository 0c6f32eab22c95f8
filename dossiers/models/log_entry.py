"""Wagtail's admin log for dossiers, in its own table so the site-history report can apply the row rule:
Wagtail filters log entries by content-type permission only, which would show a specialist every dossier's steps."""

from django.db import models
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import BaseLogEntry
from wagtail.models.audit_log import ModelLogEntryManager

from .dossier import Dossier


class DossierLogEntryManager(ModelLogEntryManager):
    def viewable_by_user(self, user):
        """Not Wagtail's content-type check: it caches one set of allowed content types on the user for every
        log model, so the first model asked decides for all of them."""
        if user.is_superuser:
            return self.all()
        if not user.has_perm("dossiers.view_dossier"):
            return self.none()
        visible_ids = Dossier.objects.visible_to(user).annotate(key=Cast("pk", models.CharField())).values("key")
        return self.filter(object_id__in=visible_ids)


class DossierLogEntry(BaseLogEntry):
    object_id = models.CharField(max_length=255, db_index=True)

    objects = DossierLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("mục nhật ký hồ sơ")
        verbose_name_plural = _("mục nhật ký hồ sơ")
