"""The filled declaration (tờ khai): an online dossier's answers printed as the procedure's declaration, with the QR
of a document the system issues, kept as the dossier's attachment (source ``declaration``).

A PDF costs a fifth of a second of CPU that a submission need not wait for: the Celery worker makes it once the
submission has committed. Whoever asks first while it is not there yet — the applicant on the confirmation page, the
counter printing it — gets it made then; the dossier's row is locked while it is made, so it is made once."""

from celery import shared_task
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import translation

from dossiers.answers import answer_sections
from dossiers.issued.qr import qr_png_data_uri
from dossiers.issued.registry import new_document, payload, record_file
from dossiers.models import Attachment, Channel, Dossier, IssuedDocument
from dossiers.slips.context import clock, date_line
from dossiers.slips.render import render_pdf
from dossiers.workflow.files import store_attachments
from portal import degraded
from portal.storage import files_removed_on_error

FIELD = "to_khai"


def stored_declaration(dossier):
    return dossier.attachments.filter(source=Attachment.Source.DECLARATION).order_by("pk").first()


def declaration(dossier_pk):
    """The dossier's declaration, made and stored if it has none; None for a dossier not submitted online (a
    counter dossier's declaration is the paper the applicant brought)."""
    with transaction.atomic(), files_removed_on_error() as written:
        dossier = (
            Dossier.objects.select_for_update(of=("self",))
            .select_related("procedure", "agency")
            .filter(pk=dossier_pk, channel=Channel.ONLINE)
            .first()
        )
        if dossier is None:
            return None
        existing = stored_declaration(dossier)
        if existing is not None:
            return existing
        content = render_declaration(dossier)
        upload = ContentFile(content, name=f"to-khai-{dossier.code}.pdf")
        (attachment,) = store_attachments(dossier, [(FIELD, upload)], written, Attachment.Source.DECLARATION)
        return attachment


def render_declaration(dossier):
    """The PDF, registered as an issued document (its QR leads to the verification page)."""
    with translation.override("vi"):
        title = f"Tờ khai {dossier.procedure.title}"
        document = new_document(IssuedDocument.Kind.DECLARATION, dossier=dossier, title=title, issued_by=None)
        acknowledged = dossier.privacy_acknowledged_at
        context = {
            "dossier": dossier,
            "qr_code": qr_png_data_uri(payload(document)),
            "sections": answer_sections(dossier, dossier.attachments.all()),
            "submitted": clock(dossier.submitted_at),
            "date_line": date_line(dossier.submitted_at),
            "acknowledged": clock(acknowledged) if acknowledged else "",
        }
        content = render_pdf("dossiers/declaration/declaration.html", context)
    record_file(document, content)
    return content


@shared_task(ignore_result=True)
def make_declaration(dossier_pk):
    declaration(dossier_pk)


def queue_declaration(dossier):
    """After the submission commits; with the broker away the declaration is made on first demand instead."""
    transaction.on_commit(
        lambda: degraded.without("task broker", Exception, lambda: make_declaration.delay(dossier.pk), lambda: None)
    )
