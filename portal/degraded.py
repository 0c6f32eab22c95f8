"""Serving without a shared service (Redis as the cache or as Celery's broker) instead of answering 500.

``without(service, ...)`` runs an operation and, if the service fails, answers the caller's fallback; after a
failure the service is not asked again for ``RETRY_AFTER`` seconds, so a service that stopped answering costs one
timeout per process per interval rather than one per call. Each fallback is counted per process in ``counts`` (by
service) and logged as a warning on the ``portal.degraded`` logger at most once every ``WARNING_INTERVAL`` seconds
per service, with the running count: an outage of thousands of requests leaves a few readable lines with the
figure in them, not thousands."""

import logging
import math
import time
from collections import Counter

logger = logging.getLogger(__name__)
RETRY_AFTER = 5  # seconds
WARNING_INTERVAL = 10  # seconds
counts = Counter()
last_warning = {}
away_until = {}


def without(service, errors, operation, fallback):
    """``operation()``, or ``fallback()`` when it raises one of ``errors`` or ``service`` failed just now."""
    if time.monotonic() < away_until.get(service, -math.inf):
        reason = f"failed less than {RETRY_AFTER} s ago"
    else:
        try:
            return operation()
        except errors as error:
            away_until[service] = time.monotonic() + RETRY_AFTER
            reason = f"{type(error).__name__}: {error}"
    counts[service] += 1
    now = time.monotonic()
    if now - last_warning.get(service, -math.inf) >= WARNING_INTERVAL:
        last_warning[service] = now
        logger.warning(
            "Degraded: %s unavailable (%s); %d operations without it in this process so far",
            service,
            reason,
            counts[service],
        )
    return fallback()
