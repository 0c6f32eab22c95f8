"""A half-filled online form kept on the server: between a refused POST and the next one (its valid files held),
on the check-your-answers page, and when the applicant saves it to finish later from an emailed link. Answers are
JSON; files are held in private storage, never under a public URL, and leave with their draft."""

import secrets

from django.core.files.storage import storages
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


def held_file_path(held, filename):
    """Random names under ``held/``: nothing personal or guessable in the path."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"held/{secrets.token_hex(16)}.{extension}"


def private_storage():
    return storages["private"]


class FormDraft(models.Model):
    page = models.ForeignKey("procedures.OnlineFormPage", on_delete=models.CASCADE, related_name="drafts")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    # The POST's fields as {name: [values]}, to bind the form again exactly as it was typed.
    answers = models.JSONField(default=dict)
    email = models.EmailField(_("thư điện tử"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("bản nháp biểu mẫu")
        verbose_name_plural = _("bản nháp biểu mẫu")

    def __str__(self):
        return f"{self.page_id}/{self.pk}"


class HeldFile(models.Model):
    draft = models.ForeignKey(FormDraft, on_delete=models.CASCADE, related_name="files")
    field_name = models.CharField(max_length=255)
    original_name = models.CharField(max_length=255)
    file = models.FileField(upload_to=held_file_path, storage=private_storage, max_length=255)
    size = models.PositiveBigIntegerField()
    content_type = models.CharField(max_length=100)
    sha256 = models.CharField(max_length=64)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("tệp được giữ lại")
        verbose_name_plural = _("tệp được giữ lại")

    def __str__(self):
        return self.original_name


@receiver(post_delete, sender=HeldFile)
def delete_held_bytes(sender, instance, **kwargs):
    """However a held file goes (its draft expired, submitted, removed by the applicant, its page deleted), its bytes
    go too, once the deletion is committed."""
    name = instance.file.name
    transaction.on_commit(lambda: instance.file.storage.delete(name))
