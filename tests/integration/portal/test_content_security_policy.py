"""The Content-Security-Policy header, enforced everywhere: strict on public pages and the JSON API (scripts and
styles only from the site's own files), looser in the admin only as far as Wagtail needs (inline scripts and
styles, never eval), and public pages render nothing the strict policy would block."""

import json
from html.parser import HTMLParser

import pytest
from django.test import RequestFactory
from django.urls import reverse

from dossiers.accounts import roles
from dossiers.factories import StaffUserFactory
from procedures.factories import OnlineFormPageFactory, ProcedurePageFactory, SubsystemPageFactory

pytestmark = pytest.mark.django_db

HEADER = "Content-Security-Policy"
STRICT = {
    "default-src": {"'self'"},
    "script-src": {"'self'"},
    "style-src": {"'self'"},
    "img-src": {"'self'"},
    "object-src": {"'none'"},
    "base-uri": {"'self'"},
    "form-action": {"'self'"},
    "frame-ancestors": {"'none'"},
}


def policy(response):
    directives = (directive.split() for directive in response[HEADER].split(";"))
    return {name: set(sources) for name, *sources in directives}


@pytest.fixture
def procedure(home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page))
    OnlineFormPageFactory(parent=procedure)
    return procedure


def public_urls(procedure):
    subsystem = procedure.get_parent()
    form = procedure.get_children().get()
    return [
        "/",
        subsystem.url,
        procedure.url,
        form.url,
        reverse("search") + "?q=ket+hon",
        reverse("dossiers:lookup"),
        reverse("procedures:agency_list"),
        reverse("procedures:agency_detail", args=[procedure.agency.pk]),
        "/minh-bach/",
    ]


def test_public_pages_get_the_strict_policy(client, procedure):
    for url in public_urls(procedure):
        response = client.get(url)
        assert response.status_code == 200, url
        assert policy(response) == STRICT, url


class InlineCode(HTMLParser):
    """Collects what a policy without 'unsafe-inline' blocks: script elements with a body, event-handler
    attributes, style attributes and style elements (JSON data blocks are not run, so they pass)."""

    def __init__(self):
        super().__init__()
        self.found = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.in_script = tag == "script" and "src" not in attributes and attributes.get("type") != "application/json"
        self.found += [f"<{tag} {name}=…>" for name in attributes if name.startswith("on") or name == "style"]
        if tag == "style":
            self.found.append("<style>")

    def handle_data(self, data):
        if self.in_script and data.strip():
            self.found.append(f"<script>{data.strip()[:40]}")

    def handle_endtag(self, tag):
        self.in_script = False


def test_public_pages_render_no_inline_script_or_style(client, procedure):
    for url in public_urls(procedure):
        parser = InlineCode()
        parser.feed(client.get(url).content.decode())
        assert parser.found == [], url


def test_the_json_api_gets_the_strict_policy(client, db):
    response = client.post("/api/v1/dossiers/lookup", json.dumps({}), content_type="application/json")
    assert response["Content-Type"].startswith("application/json")
    assert policy(response) == STRICT
    assert policy(client.get("/api/v1/openapi.json")) == STRICT


def test_the_admin_allows_inline_code_but_not_eval(client):
    """Wagtail's admin writes inline scripts and styles (found by loading its pages in Chromium); nothing in it
    needs eval, nor any other origin. Its own previews frame admin pages, so only same-origin framing is allowed."""
    admin = {
        **STRICT,
        "script-src": {"'self'", "'unsafe-inline'"},
        "style-src": {"'self'", "'unsafe-inline'"},
        "frame-ancestors": {"'self'"},
    }
    assert policy(client.get(reverse("wagtailadmin_login"))) == admin
    client.force_login(StaffUserFactory(role=roles.COUNTER_STAFF))
    assert policy(client.get(reverse("wagtailadmin_home"))) == admin
    assert policy(client.get(reverse("dossier_admin:index"))) == admin


def test_a_page_preview_is_left_to_the_admin_request_around_it(home_page):
    """Wagtail renders a preview through the middleware with a dummy request for the page's public URL; the public
    policy there would forbid the editor to frame the preview, so the admin request sets the admin policy."""
    request = RequestFactory().get("/admin/pages/preview/")
    request.user = StaffUserFactory(role=roles.EDITOR)
    response = home_page.make_preview_request(original_request=request)
    assert response.status_code == 200 and HEADER not in response
