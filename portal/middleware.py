"""Interface language: Vietnamese first; the Content-Security-Policy of the public site and of the admin."""

import functools

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers


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
