"""Attachments as the engine stores them: hashed, typed by their content, and deleted again if the transaction
they were written in fails (storage is not transactional), the one whose write failed half-way included. A storage
that refuses to write (read-only, full, permission denied) is ``StorageUnavailable``, which the pages answer 503."""

import errno
import hashlib
import logging
from contextlib import contextmanager

from django.http import FileResponse

from dossiers.models import Attachment
from portal.storage import StorageUnavailable
from procedures.online_forms.uploads import media_type

logger = logging.getLogger(__name__)


def sha256_of(uploaded_file):
    digest = hashlib.sha256()
    for chunk in uploaded_file.chunks():
        digest.update(chunk)
    uploaded_file.seek(0)
    return digest.hexdigest()


@contextmanager
def files_removed_on_error():
    """Yields the list the engine appends each stored file to; on any error they are deleted again."""
    written = []
    try:
        yield written
    except BaseException:
        for stored in written:
            try:
                stored.storage.delete(stored.name)
            except OSError:
                # A read-only storage cannot delete either; the original error goes on, and the periodic check
                # (``check_attachment_files``) reports the file left behind.
                logger.exception("could not remove %s after a failed write", stored.name)
        raise


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
            sha256=sha256_of(uploaded),
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


def write_file(field_file, uploaded, written):
    """Names the file before writing it and lists it first, so a write that fails half-way (the storage has created
    the file, even an empty one, before the disk refused the bytes) is removed with the others. The name is random
    (``attachment_path``), so it is the storage's own: no other file is ever listed. The stored size is checked:
    Django copies a large upload's temporary file to another file system without checking how much each
    ``os.write`` took, so a full disk there truncates the file silently."""
    storage = field_file.storage
    field_file.name = field_file.field.generate_filename(field_file.instance, uploaded.name)
    written.append(field_file)
    try:
        field_file.name = storage.save(field_file.name, uploaded, max_length=field_file.field.max_length)
        stored = storage.size(field_file.name)
        if stored != uploaded.size:
            raise OSError(errno.ENOSPC, f"stored {stored} of {uploaded.size} bytes")
    except OSError as error:
        logger.error("attachment storage refused %s: %s", field_file.name, error)
        raise StorageUnavailable from error


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
