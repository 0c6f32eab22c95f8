"""The email that carries a saved draft's link. One plain message sent after the draft is committed; it is not a
dossier's notice (those live in ``dossiers.notifications``, which the catalogue does not import)."""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.translation import gettext

logger = logging.getLogger(__name__)


def send_resume_link(draft, url):
    """Queued for after the commit: a mail service that fails is logged, the draft stays and the page said where the
    link goes, so the applicant can save again."""
    context = {"page": draft.page, "url": url, "expires_at": draft.expires_at}
    subject = gettext("Đường dẫn tiếp tục hồ sơ: %(title)s") % {"title": draft.page.title}
    body = render_to_string("procedures/email/draft_saved.txt", context)
    message = EmailMultiAlternatives(subject, body, settings.DEFAULT_FROM_EMAIL, [draft.email])

    def send():
        try:
            message.send()
        except Exception:  # any mail backend's failure; the draft is kept
            logger.exception("Resume link of draft %s not sent", draft.pk)

    transaction.on_commit(send)
