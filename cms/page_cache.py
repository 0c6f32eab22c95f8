"""Whole-page cache for anonymous readers of the public catalogue, emptied whenever editors publish.

Procedure pages are read far more often than they change, and almost always by visitors without a session. A hit
is answered before sessions, authentication and Wagtail's page routing run, for the cost of one cache read; a
publish, unpublish, move or delete of any page, and a change to an agency, a document or the portal's settings
(all shown on pages), starts a new generation of keys, so a reader never sees an edit later than
``PAGE_CACHE_SECONDS`` and usually at once. Entries and the generation live in the shared cache (Redis in
production), so every web process sees the same generation.

Only page types that opt in with ``CachedPageMixin`` are stored, and only responses that are the same for every
anonymous visitor: status 200, no cookie set, no CSRF token rendered (forms are never cached).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.urls import Resolver404, resolve

GENERATION_KEY = "page-cache:generation"
# Headers that belong to one response, not to the page: replaying them would be wrong.
PER_RESPONSE_HEADERS = {"set-cookie", "date", "content-length"}


def cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 300)


def new_generation(**_signal_kwargs):
    """Make every cached page stale (a signal receiver: published, unpublished, moved, deleted...): at once, and
    again when the change commits, since a page rendered in between still read the data from before it."""
    _next_generation()
    transaction.on_commit(_next_generation)


def _next_generation():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet, or it was evicted: any new value orphans the old keys
        cache.set(GENERATION_KEY, 1, timeout=None)


def cache_key(request):
    """The key of this request's page, or None when the request may differ per visitor or is no page at all."""
    if request.method not in ("GET", "HEAD") or cache_seconds() <= 0:
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES:  # signed-in staff, or a citizen mid-submission
        return None
    # No cached page type reads the query string; keyed by it, anyone could fill the cache with copies of a page.
    if request.META.get("QUERY_STRING"):
        return None
    try:
        if resolve(request.path_info).url_name != "wagtail_serve":  # cheaper than asking the cache
            return None
    except Resolver404:
        return None
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    address = hashlib.sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()
    return f"page-cache:{language}:{address}"


def is_storable(request, response):
    return (
        request.method == "GET"  # a HEAD response has no body to keep
        and getattr(request, "page_cache_allowed", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in response.get("Cache-Control", "")
    )


def frozen(response, generation):
    headers = [(name, value) for name, value in response.items() if name.lower() not in PER_RESPONSE_HEADERS]
    return generation, response.content, headers


def thawed(entry):
    _generation, content, headers = entry
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    return response


class PageCacheMiddleware:
    """Answers cached pages early; stores pages that opted in. Place it before the session middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = cache_key(request)
        if key is None:
            return self.get_response(request)
        # One round trip for both: an entry counts only if made in the current generation. The generation is read
        # before rendering, so a page rendered while an editor publishes is stored as already stale.
        found = cache.get_many([key, GENERATION_KEY])
        generation = found.get(GENERATION_KEY, 0)
        entry = found.get(key)
        if entry is not None and entry[0] == generation:
            return thawed(entry)
        response = self.get_response(request)
        if is_storable(request, response):
            cache.set(key, frozen(response, generation), cache_seconds())
        return response


class CachedPageMixin:
    """For page types whose published view is the same for every anonymous visitor (no form, no personal data)."""

    def serve(self, request, *args, **kwargs):
        request.page_cache_allowed = not getattr(request, "is_preview", False)
        return super().serve(request, *args, **kwargs)
