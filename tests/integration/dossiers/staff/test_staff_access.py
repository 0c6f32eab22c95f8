"""The one access rule in every staff view: a specialist sees the dossiers assigned to them or to their department,
in the list, the inspect, edit and history pages, both exports and attachment downloads. Another dossier is a 404
(not a 403), so codes and ids cannot be probed. Roles that handle no dossier do not reach the admin's list."""

import pytest
from django.test import RequestFactory
from django.urls import reverse
from wagtail.admin.menu import admin_menu

from dossiers.accounts import roles
from dossiers.factories import StaffUserFactory
from dossiers.models import DossierLogEntry
from tests.staff_helpers import PDF_BYTES, attach, exported_codes

pytestmark = pytest.mark.django_db


def test_specialist_list_shows_only_their_and_their_departments_dossiers(client, specialist, dossiers):
    client.force_login(specialist)
    html = client.get(reverse("dossier_admin:index"), {"all": "1"}).content.decode()
    assert all(code in html for code in dossiers.visible)
    assert not any(code in html for code in dossiers.hidden)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_specialist_exports_only_visible_dossiers(client, specialist, dossiers, export_format):
    client.force_login(specialist)
    response = client.get(reverse("dossier_admin:index"), {"all": "1", "export": export_format})
    assert response.status_code == 200
    assert exported_codes(response, export_format) == dossiers.visible


@pytest.mark.parametrize("view", ["inspect", "edit", "history"])
def test_another_dossier_is_not_found_on_every_page(client, specialist, dossiers, view):
    client.force_login(specialist)
    for hidden in (dossiers.other, dossiers.unassigned):
        assert client.get(reverse(f"dossier_admin:{view}", args=[hidden.pk])).status_code == 404


@pytest.mark.parametrize("view", ["inspect", "history"])
def test_specialist_opens_their_dossier(client, specialist, dossiers, view):
    client.force_login(specialist)
    for visible in (dossiers.mine, dossiers.department):
        assert client.get(reverse(f"dossier_admin:{view}", args=[visible.pk])).status_code == 200


def test_specialist_cannot_edit_even_their_dossier(client, specialist, dossiers):
    """Editing the applicant's data is the counter's job (``change_dossier``); the admin turns others away."""
    client.force_login(specialist)
    response = client.get(reverse("dossier_admin:edit", args=[dossiers.mine.pk]))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def test_every_inspect_view_is_traced(client, specialist, dossiers):
    client.force_login(specialist)
    client.get(reverse("dossier_admin:inspect", args=[dossiers.mine.pk]))
    entry = DossierLogEntry.objects.get(object_id=str(dossiers.mine.pk), action="dossiers.view")
    assert entry.user == specialist
    assert "Xem hồ sơ" in client.get(reverse("dossier_admin:history", args=[dossiers.mine.pk])).content.decode()


def test_attachment_downloads_only_for_who_may_see_the_dossier(client, specialist, dossiers):
    allowed = attach(dossiers.mine, "Hộ chiếu của tôi.pdf")
    forbidden = attach(dossiers.other, "Khác.pdf")
    client.force_login(specialist)

    assert client.get(reverse("dossier_admin:attachment", args=[forbidden.pk])).status_code == 404
    response = client.get(reverse("dossier_admin:attachment", args=[allowed.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''H%E1%BB%99%20chi%E1%BA%BFu%20c%E1%BB%A7a%20t%C3%B4i.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
    assert DossierLogEntry.objects.filter(object_id=str(dossiers.mine.pk), action="dossiers.download").exists()


def test_anonymous_visitors_are_sent_to_the_login_page(client, dossiers):
    attachment = attach(dossiers.mine, "scan.pdf")
    for url in (
        reverse("dossier_admin:index"),
        reverse("dossier_admin:inspect", args=[dossiers.mine.pk]),
        reverse("dossier_admin:attachment", args=[attachment.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("wagtailadmin_login"))


@pytest.mark.parametrize("role", [roles.EDITOR, roles.ADMINISTRATOR])
def test_roles_without_dossiers_neither_see_the_menu_nor_reach_the_list(client, dossiers, role):
    user = StaffUserFactory(role=role)
    client.force_login(user)
    response = client.get(reverse("dossier_admin:index"))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert client.get(reverse("dossier_admin:inspect", args=[dossiers.mine.pk])).status_code == 404

    request = RequestFactory().get("/admin/")
    request.user = user
    menu_urls = {item.url for item in admin_menu.menu_items_for_request(request)}
    assert reverse("dossier_admin:index") not in menu_urls


@pytest.mark.parametrize(
    "role", [roles.COUNTER_STAFF, roles.CHIEF_OF_OFFICE, roles.DEPUTY_CHIEF, roles.SPECIALIST, roles.LEADER]
)
def test_roles_handling_dossiers_see_the_menu(role):
    request = RequestFactory().get("/admin/")
    request.user = StaffUserFactory(role=role)
    assert reverse("dossier_admin:index") in {item.url for item in admin_menu.menu_items_for_request(request)}
