"""Interface language: Vietnamese first; the Content-Security-Policy of the public site and of the admin; a read
retried once when its database connection was lost, and a 503 (never a 500) for what still could not be answered."""

import functools
import logging
import sys
import time

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views import defaults


class ChosenLanguageMiddleware:
    """Activates the language the visitor chose with the language switch (a cookie), else Vietnamese.

    Django's LocaleMiddleware would follow the browser's Accept-Language and greet most visitors of a Vietnamese
    government site in English; here English is only ever an explicit choice."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.available = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.available else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        patch_vary_headers(response, ["Cookie"])
        response.headers.setdefault("Content-Language", language)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the Wagtail admin's own policy (``ADMIN_CONTENT_SECURITY_POLICY``) under the
    admin prefixes: the admin's scripts and styles need what the public pages must never allow. django-csp
    documents subclassing ``get_policy_parts`` for this; a view's own ``@csp`` decorator still wins.

    Wagtail renders a page preview by running the middleware on a dummy request for the page's public URL; that
    response is left alone, so the admin request around it gives the preview the admin's policy (which lets the
    editor frame it)."""

    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(admin_prefixes()):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


@functools.cache
def admin_prefixes():
    """The Wagtail admin's and Django admin's URL prefixes, from the URLconf (both use inline scripts and styles)."""
    return reverse("wagtailadmin_home"), reverse("admin:index")


logger = logging.getLogger(__name__)
# Long enough for a restarting PostgreSQL to accept connections again (a restart took 2.7 s under load).
RETRY_READ_AFTER = 1.0  # seconds
RETRY_AFTER_LOST_CONNECTION = 5  # seconds, for the client of an answer the database could not give
LOST_CONNECTION_TEXT = (
    "Hệ thống đang tạm gián đoạn trong giây lát. Xin thử lại sau ít giây; nếu vừa gửi hồ sơ, hãy tra cứu để biết hồ "
    "sơ đã được ghi nhận hay chưa.\n\nThe service is briefly unavailable. Please try again in a few seconds; if you "
    "have just submitted a dossier, look it up to see whether it was recorded.\n"
)


class RetryReadOnLostConnection:
    """Runs a GET or HEAD view again, once, if the database connection broke under it (PostgreSQL restarted, a
    connection cut). Here, around the view and its template, because a request is the unit that is safe to repeat:
    a read has no half-done work to redo, and the retry gets a fresh connection for every query of the page. A
    single query cannot be retried lower down (its cursor died with the connection), nor inside a transaction. A
    connection that died between requests never gets here: ``CONN_HEALTH_CHECKS`` replaces it first. Writes are
    never retried: a POST may have committed before the connection broke."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        if request.method not in ("GET", "HEAD"):
            return None
        try:
            return rendered(view(request, *args, **kwargs))
        except (OperationalError, InterfaceError) as error:
            if connection.in_atomic_block or connection.is_usable():
                raise  # a failed query on a live connection, or a transaction the view opened: not a lost line
            logger.warning("Database connection lost during %s (%s); read once more", request.path, error)
            connection.close()
            time.sleep(RETRY_READ_AFTER)
        return rendered(view(request, *args, **kwargs))

    def process_exception(self, request, exception):
        return lost_connection_response(request, exception)


def lost_connection_response(request, exception):
    """A write (or a read's second try) whose connection was lost is answered 503 with ``Retry-After``, never 500:
    the service is briefly away, not broken, and the client may try again (a submission's confirmation or the
    look-up says whether a write that raced the cut had committed). Plain text: the pages' templates read the
    database too. None for any other error. Views reach it through the middleware above, the rest of the request
    (sessions, sign-in, other middleware) through ``server_error``."""
    if not isinstance(exception, (OperationalError, InterfaceError)) or connection.is_usable():
        return None
    logger.warning("Database connection lost during %s %s (%s): 503", request.method, request.path, exception)
    connection.close()
    response = HttpResponse(LOST_CONNECTION_TEXT, status=503, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_LOST_CONNECTION)
    return response


def server_error(request):
    """The project's 500 handler: Django's own, unless the database connection was lost (503, as above)."""
    return lost_connection_response(request, sys.exc_info()[1]) or defaults.server_error(request)


def rendered(response):
    """A template response is rendered now, so its template's queries are inside the retry too."""
    if hasattr(response, "render") and callable(response.render):
        response.render()
    return response
