"""The catalogue's scheduled work: abandoned online-form drafts and their held files removed once expired."""

import logging

from celery import shared_task

from procedures.online_forms.drafts.store import remove_expired

logger = logging.getLogger(__name__)


@shared_task
def remove_expired_drafts():
    count = remove_expired()
    if count:
        logger.info("Removed %s expired online-form drafts", count)
    return count
