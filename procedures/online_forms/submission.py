"""Where a valid online form goes. The catalogue does not know what a dossier is (the dossiers app depends on the
catalogue, never the other way round), so the app that turns a submission into a dossier registers its handler
here when Django starts (``DossiersConfig.ready``), and the form page calls ``submit()``."""

from django.core.exceptions import ImproperlyConfigured

_handlers = []


def register(handler):
    """``handler(page, form)`` stores a valid submission and returns the record the confirmation shows (``code``,
    ``lookup_secret``, ``review_due_at``, ``get_status_display()``, ``declaration_path``: where the applicant downloads
    the filled declaration); it may raise ``ValidationError``, or
    ``portal.storage.StorageUnavailable`` when the attachments could not be stored (then nothing was)."""
    _handlers[:] = [handler]


def submit(page, form):
    if not _handlers:
        raise ImproperlyConfigured("no online submission handler is registered (is the dossiers app installed?)")
    return _handlers[0](page, form)
