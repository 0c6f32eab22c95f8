"""Attachments leave private storage only through this view: the staff member must be allowed to see the dossier
(otherwise 404, so attachment ids cannot be probed), and each download is traced like a view of the dossier.

Mounted under the admin by ``dossiers.wagtail_hooks``, so Wagtail's admin-access check runs first."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from wagtail.log_actions import log

from dossiers.models import Attachment, Dossier


def attachment_download(request, pk):
    attachment = get_object_or_404(Attachment.objects.select_related("dossier"), pk=pk)
    if not Dossier.objects.visible_to(request.user).filter(pk=attachment.dossier_id).exists():
        raise Http404
    log(
        instance=attachment.dossier,
        action="dossiers.download",
        user=request.user,
        data={"attachment": attachment.pk, "name": attachment.original_name},
    )
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
