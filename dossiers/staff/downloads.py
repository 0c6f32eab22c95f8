"""Attachments leave private storage only through this view: the staff member must be allowed to see the dossier
(otherwise 404, so attachment ids cannot be probed), and each download is traced like a view of the dossier.

Mounted under the admin by ``dossiers.wagtail_hooks``, so Wagtail's admin-access check runs first."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.log_actions import log

from dossiers.declaration import declaration
from dossiers.models import Attachment, Dossier
from dossiers.workflow.files import file_response


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
    return file_response(attachment)


def declaration_print(request, pk):
    """An online dossier's filled declaration, opened to print at the counter (made now if the worker has not)."""
    dossier = get_object_or_404(Dossier.objects.visible_to(request.user), pk=pk)
    attachment = declaration(dossier.pk)
    if attachment is None:
        raise Http404
    log(instance=dossier, action="dossiers.download", user=request.user, data={"attachment": attachment.pk})
    return file_response(attachment, inline=True)
