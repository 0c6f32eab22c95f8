"""Writing files to storage, which is not transactional, and the refusal every app may raise and answer when it
refuses a write (read-only, full, permission denied), so the catalogue's form page and the dossier pages answer it the
same way without importing each other. Every file written inside ``files_removed_on_error`` is deleted again if the
block fails, a write that failed half-way included.

Nothing was stored (the write that failed is removed with the others, the transaction is rolled back), so the
request may simply be repeated once the storage is back: 503 with ``Retry-After``, the form shown again with what
was typed. Browsers never send a chosen file back, so the message asks for the files again."""

import errno
import hashlib
import logging
from contextlib import contextmanager

from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 120


class StorageUnavailable(Exception):
    """Raised from the ``OSError`` the storage gave (kept as ``__cause__`` for the log)."""

    message = _(
        "Kho lưu tệp đính kèm tạm thời không ghi được nên hồ sơ chưa được lưu. Thông tin đã nhập vẫn được giữ trên "
        "trang này; vui lòng chọn lại các tệp đính kèm và gửi lại sau ít phút."
    )


def retry_later(response):
    """Turns the page that shows the form again into the 503 a client or proxy may retry after a while."""
    response.status_code = 503
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def sha256_of(uploaded_file):
    digest = hashlib.sha256()
    for chunk in uploaded_file.chunks():
        digest.update(chunk)
    uploaded_file.seek(0)
    return digest.hexdigest()


@contextmanager
def files_removed_on_error():
    """Yields the list each stored file is appended to (by ``write_file``); on any error they are deleted again."""
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
        logger.error("storage refused %s: %s", field_file.name, error)
        raise StorageUnavailable from error
