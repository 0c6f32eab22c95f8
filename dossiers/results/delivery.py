"""How the applicant gets the signed result: a signed, expiring link (in the email, and on the look-up page after
the code and the second factor), served from private storage, each download written in the dossier's access log."""

from wagtail.log_actions import log

from dossiers.models import Status
from dossiers.public.links import signed_path, signed_url
from dossiers.workflow.files import file_response
from procedures.models import OnlineLevel

from .documents import signed_file


def result_available(dossier, status=None):
    """Once returned; a fully online procedure's result as soon as it is ready (``status``: the one the dossier
    is about to have, for a step that asks before it is saved)."""
    status = dossier.status if status is None else status
    at_once = dossier.procedure.online_level == OnlineLevel.FULL and status == Status.AWAITING_RETURN
    return (status == Status.RETURNED or at_once) and signed_file(dossier) is not None


def result_link(dossier, status=None):
    """The absolute download link for an email, or "" while there is nothing to download."""
    return signed_url(dossier, "result") if result_available(dossier, status) else ""


def result_path(dossier):
    """The download link for the look-up page, or None."""
    return signed_path(dossier, "result") if result_available(dossier) else None


def download(request, dossier, via):
    """The signed result as a file; ``via`` (the email link or the look-up) goes into the access log."""
    attachment = signed_file(dossier)
    log(instance=dossier, action="dossiers.result_download", user=None, data={"via": via, "attachment": attachment.pk})
    return file_response(attachment)
