"""Attachments as the engine stores them: hashed, typed by their content, and deleted again if the transaction
they were written in fails (storage is not transactional)."""

import hashlib
from contextlib import contextmanager

from dossiers.models import Attachment
from procedures.online_forms.uploads import media_type


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
            stored.storage.delete(stored.name)
        raise


def store_attachments(dossier, files, written, source, uploaded_by=None):
    for field_name, uploaded in files:
        attachment = Attachment(
            dossier=dossier,
            field_name=field_name,
            original_name=uploaded.name[:255],
            content_type=media_type(uploaded),
            size=uploaded.size,
            sha256=sha256_of(uploaded),
            source=source,
            uploaded_by=uploaded_by,
        )
        attachment.file.save(uploaded.name, uploaded, save=False)
        written.append(attachment.file)
        attachment.save()
