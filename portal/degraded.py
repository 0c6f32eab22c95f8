"""Serving without a shared service (Redis as the cache or as Celery's broker) instead of answering 500: each
occurrence is counted per process in ``counts`` (by service) and logged as a warning on the ``portal.degraded``
logger at most once every ``WARNING_INTERVAL`` seconds per service, with the running count, so an outage of
thousands of requests leaves a few readable lines with the figure in them, not thousands."""

import logging
import math
import time
from collections import Counter

logger = logging.getLogger(__name__)
WARNING_INTERVAL = 10  # seconds
counts = Counter()
last_warning = {}


def record(service, error):
    """Count one operation done without ``service``, and warn unless warned within the interval."""
    counts[service] += 1
    now = time.monotonic()
    if now - last_warning.get(service, -math.inf) >= WARNING_INTERVAL:
        last_warning[service] = now
        logger.warning(
            "Degraded: %s unavailable (%s: %s); %d operations without it in this process so far",
            service,
            type(error).__name__,
            error,
            counts[service],
        )
