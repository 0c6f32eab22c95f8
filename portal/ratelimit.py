"""Per-client request limits for the public look-up, submission and signed-link pages.

A fixed window counted in the shared Django cache (``cache.add`` then ``cache.incr``, atomic on Redis and on
LocMem), so every web process sees the same counts and nothing lives in process memory. Limits come from
``settings.RATELIMITS`` as ``"20/minute"``; the client is ``REMOTE_ADDR`` unless the deployment sits behind a proxy
it trusts (``RATELIMIT_TRUST_FORWARDED_FOR``)."""

import contextlib
import ipaddress
import math
import time
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext

PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


@dataclass(frozen=True)
class Rate:
    limit: int
    period: int

    @classmethod
    def parse(cls, text):
        """``"20/minute"`` -> ``Rate(20, 60)``; the unit is second, minute, hour or day (a plural is accepted)."""
        count, unit = text.split("/")
        return cls(int(count), PERIODS[unit.strip().removesuffix("s")])


def client_address(request):
    """The client's IP address, or None when the request carries none (the sign-in lockout stores it in an address
    column). With a trusted proxy, the right-most X-Forwarded-For entry is the one that proxy appended; entries
    further left come from the client and could be forged to dodge the limit."""
    candidates = [request.META.get("REMOTE_ADDR", "")]
    if settings.RATELIMIT_TRUST_FORWARDED_FOR:
        candidates.insert(0, request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip())
    for candidate in candidates:
        with contextlib.suppress(ValueError):  # no or a malformed header: the next candidate
            return str(ipaddress.ip_address(candidate))
    return None


def client_ip(request):
    """The address to count against; requests without one share a count."""
    return client_address(request) or "unknown"


def hit(request, scope):
    """Count one request of ``scope`` for this client. Returns None while within the limit, otherwise the seconds
    until the window ends (for ``Retry-After``)."""
    rate = Rate.parse(settings.RATELIMITS[scope])
    now = time.time()
    window = int(now // rate.period)
    key = f"ratelimit:{scope}:{client_ip(request)}:{window}"
    # Increment first: within a window the key exists, so that is one cache call instead of an add that fails and
    # then an increment. The key outlives its window by a second, so an incr at the very end still finds it.
    try:
        count = cache.incr(key)
    except ValueError:  # the window's first request (or the key was evicted); another may create it meanwhile
        count = 1 if cache.add(key, 1, timeout=rate.period + 1) else cache.incr(key)
    if count <= rate.limit:
        return None
    return max(1, math.ceil((window + 1) * rate.period - now))


def limit_message(retry_after):
    return gettext("Ông/Bà đã gửi quá nhiều yêu cầu trong thời gian ngắn. Xin thử lại sau %(seconds)s giây.") % {
        "seconds": retry_after
    }


def too_many_requests(request, retry_after, *, json=False):
    if json:
        response = JsonResponse({"detail": limit_message(retry_after)}, status=429)
    else:
        context = {"message": limit_message(retry_after), "retry_after": retry_after}
        response = render(request, "too_many_requests.html", context, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def rate_limited(scope, *, json=False):
    """View decorator: a 429 page (or JSON ``{"detail": ...}``) with ``Retry-After`` once the client is over the
    limit of ``scope``."""

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            retry_after = hit(request, scope)
            if retry_after is not None:
                return too_many_requests(request, retry_after, json=json)
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


def check_submission_rate(request):
    """For the online form page (a Wagtail page, not a plain view): None to go on, or the 429 response to return."""
    retry_after = hit(request, "submission")
    return None if retry_after is None else too_many_requests(request, retry_after)
