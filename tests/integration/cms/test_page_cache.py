"""Anonymous readers get published pages from the cache; an edit shows at once; nothing personal is ever cached."""

import pytest
from django.core.cache import cache
from wagtail.models import Site

from cms.models import PortalSettings
from cms.page_cache import GENERATION_KEY, new_generation
from procedures.factories import (
    OnlineFormPageFactory,
    ProcedurePageFactory,
    SubsystemPageFactory,
    add_form_field,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def procedure(home_page):
    PortalSettings.for_site(Site.objects.get(is_default_site=True))  # else the first page view creates it (a change)
    subsystem = SubsystemPageFactory(parent=home_page, title="Hộ tịch", slug="ho-tich")
    return ProcedurePageFactory(parent=subsystem, title="Đăng ký khai sinh", slug="khai-sinh")


def warm(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def test_second_anonymous_read_needs_no_query(client, procedure, django_assert_num_queries):
    first = warm(client, procedure.url)
    with django_assert_num_queries(0):
        second = client.get(procedure.url)
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Language"] == "vi"
    assert "Cookie" in second["Vary"]


def test_publishing_an_edit_shows_it_at_once(client, procedure):
    warm(client, procedure.url)
    procedure.title = "Đăng ký khai sinh (sửa đổi)"
    procedure.save_revision().publish()
    assert "Đăng ký khai sinh (sửa đổi)" in client.get(procedure.url).content.decode()


def test_unpublishing_removes_the_page(client, procedure):
    warm(client, procedure.url)
    procedure.unpublish()
    assert client.get(procedure.url).status_code == 404


def test_a_new_procedure_appears_on_its_subsystem_page(client, procedure):
    subsystem = procedure.get_parent()
    warm(client, subsystem.url)
    new = ProcedurePageFactory(parent=subsystem, title="Cải chính hộ tịch", slug="cai-chinh", live=False)
    new.save_revision().publish()
    assert "Cải chính hộ tịch" in client.get(subsystem.url).content.decode()


def test_agency_and_footer_changes_show_at_once(client, procedure):
    warm(client, procedure.url)
    procedure.agency.name = "Sở Tư pháp (đổi tên)"
    procedure.agency.save()
    assert "Sở Tư pháp (đổi tên)" in client.get(procedure.url).content.decode()
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal.hotline = "0987 654 321"
    portal.save()
    assert "0987 654 321" in client.get(procedure.url).content.decode()


def test_each_language_has_its_own_copy(client, procedure):
    warm(client, procedure.url)
    client.cookies["django_language"] = "en"
    assert '<html lang="en">' in client.get(procedure.url).content.decode()
    client.cookies["django_language"] = "xx"  # an unknown choice reads as Vietnamese
    assert '<html lang="vi">' in client.get(procedure.url).content.decode()


def test_signed_in_staff_never_get_the_anonymous_copy(client, procedure, django_user_model):
    warm(client, procedure.url)
    editor = django_user_model.objects.create_superuser("bientap-test", "b@example.org", "x")
    client.force_login(editor)
    html = client.get(procedure.url).content.decode()
    assert "wagtail-userbar" in html  # rendered for this user, not replayed


def test_forms_are_never_cached(client, procedure):
    form_page = OnlineFormPageFactory(parent=procedure)
    add_form_field(page=form_page, label="Họ và tên", field_type="singleline")
    first = warm(client, form_page.url)
    assert "csrfmiddlewaretoken" in first.content.decode()
    client.cookies.clear()
    second = client.get(form_page.url)
    assert second.cookies.get("csrftoken"), "each visitor gets their own CSRF token"


def test_language_switch_works_from_a_cached_page_without_a_token(procedure):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    warm(client, procedure.url)
    response = client.post("/i18n/setlang/", {"language": "en", "next": procedure.url})
    assert response.status_code == 302 and response.cookies["django_language"].value == "en"


def test_cache_can_be_switched_off(client, procedure, settings):
    settings.PAGE_CACHE_SECONDS = 0
    warm(client, procedure.url)
    procedure.title = "Đổi tên không qua xuất bản"
    procedure.save(update_fields=["title"])  # no publish signal: only an uncached read can show it
    assert "Đổi tên không qua xuất bản" in client.get(procedure.url).content.decode()


def test_head_requests_are_answered_but_not_stored(client, procedure):
    assert client.head(procedure.url).status_code == 200
    procedure.title = "Tên mới"
    procedure.save(update_fields=["title"])
    assert "Tên mới" in client.get(procedure.url).content.decode()


def test_a_query_string_is_answered_but_never_stored(client, procedure):
    """Random query strings must not fill the cache with copies of a page."""
    assert client.get(procedure.url, {"utm_source": "zalo"}).status_code == 200
    procedure.title = "Tên mới"
    procedure.save(update_fields=["title"])  # no publish signal: only an uncached read shows it
    assert "Tên mới" in client.get(procedure.url, {"utm_source": "zalo"}).content.decode()


def test_a_change_empties_the_cache_again_when_it_commits(django_capture_on_commit_callbacks):
    """A page rendered between the change and its commit shows the data from before it: it must not outlive the
    commit."""
    before = cache.get(GENERATION_KEY, 0)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        new_generation()
        assert cache.get(GENERATION_KEY) == before + 1
    for callback in callbacks:
        callback()
    assert cache.get(GENERATION_KEY) == before + 2
