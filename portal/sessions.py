"""The session store, and saving the session inside a view, where a failure can still be answered: the session
middleware saves after the view, and a store that fails then (a database blip, Redis away) turns a page the visitor
must see into a 500."""

import logging

from django.contrib.sessions.backends import db
from django.db import transaction

logger = logging.getLogger(__name__)


class SessionStore(db.SessionStore):
    """Django's database sessions, written once per change: a view that saved the session itself (``saved_now``)
    leaves it marked modified, so the middleware still sends the cookie, and its second save would write the same
    row again in a transaction of its own."""

    _saved_as = None

    def save(self, must_create=False):
        serialized = self.serializer().dumps(self._get_session(no_load=must_create))
        if not must_create and self.session_key is not None and serialized == self._saved_as:
            return
        super().save(must_create=must_create)
        self._saved_as = serialized


def saved_now(request, what):
    """Saves ``request.session``; on any store's failure logs that ``what`` was not kept, stops the middleware from
    trying again (which would fail the response) and returns False."""
    try:
        with transaction.atomic():  # in the caller's transaction, a failed save leaves it usable
            request.session.save()
    except Exception:  # whatever the store raises: the caller answers without the session
        logger.warning("%s not saved in the session; answered without it", what)
        request.session.modified = False
        return False
    return True
