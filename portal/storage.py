"""When the attachment storage refuses a write (read-only, full, permission denied): the refusal every app may raise
and answer, so the catalogue's form page and the dossier pages answer it the same way without importing each other.

Nothing was stored (the write that failed is removed with the others, the transaction is rolled back), so the
request may simply be repeated once the storage is back: 503 with ``Retry-After``, the form shown again with what
was typed. Browsers never send a chosen file back, so the message asks for the files again."""

from django.utils.translation import gettext_lazy as _

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
