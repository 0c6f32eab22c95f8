"""Attachments as the engine stores them: hashed, typed by their content, and deleted again if the transaction
they were written in fails (``portal.storage``: storage is not transactional), the one whose write failed half-way
included; and served back from private storage."""

from django.http import FileResponse

from dossiers.models import Attachment
from portal.storage import write_file
from procedures.online_forms.uploads import content_sha256, media_type


def store_attachments(dossier, files, written, source, uploaded_by=None):
    """``files``: ``(field name, file)`` pairs stored as ``source``, or ``(field name, file, source)`` for one of
    another source (a step's draft result beside its memo's files)."""
    stored = []
    for field_name, uploaded, *own_source in files:
        attachment = Attachment(
            dossier=dossier,
            field_name=field_name,
            original_name=uploaded.name[:255],
            content_type=media_type(uploaded),
            size=uploaded.size,
            sha256=content_sha256(uploaded),
            source=own_source[0] if own_source else source,
            uploaded_by=uploaded_by,
        )
        write_file(attachment.file, uploaded, written)
        attachment.save()
        stored.append(attachment)
    return stored


def store_scans(dossier, documents, written, uploaded_by=None):
    """The checklist rows with each new scan (``scan_upload``) stored as ``so_hoa_<n>`` (its row, from 1) with the
    source ``scan`` and set as the row's ``scan``."""
    rows = []
    for number, document in enumerate(documents, start=1):
        row = dict(document)
        upload = row.pop("scan_upload", None)
        if upload is not None:
            (row["scan"],) = store_attachments(
                dossier, [(f"so_hoa_{number}", upload)], written, Attachment.Source.SCAN, uploaded_by
            )
        rows.append(row)
    return rows


def file_response(attachment, *, inline=False):
    """A stored file served from private storage: never sniffed by the browser as another type, never cached."""
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=not inline,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
