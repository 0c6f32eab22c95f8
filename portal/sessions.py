"""Saving the session inside a view, where a failure can still be answered: the session middleware saves after the
view, and a store that fails then (a database blip, Redis away) turns a page the visitor must see into a 500."""

import logging

logger = logging.getLogger(__name__)


def saved_now(request, what):
    """Saves ``request.session``; on any store's failure logs that ``what`` was not kept, stops the middleware from
    trying again (which would fail the response) and returns False."""
    try:
        request.session.save()
    except Exception:  # whatever the store raises: the caller answers without the session
        logger.warning("%s not saved in the session; answered without it", what)
        request.session.modified = False
        return False
    return True
