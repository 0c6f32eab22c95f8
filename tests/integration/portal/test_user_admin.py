"""Only a superuser makes an account superuser or touches a superuser's account. An administrator by group handles
no dossier and sees none; if they could create a superuser, promote an account, copy a superuser or reset one's
password, they could sign in as someone who sees every dossier. Wagtail alone allows all four to any holder of the
user permissions (``portal.user_admin``)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from dossiers.accounts import roles
from dossiers.factories import StaffUserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-moi-2026-dai"
ACCOUNT = {
    "email": "canbo@example.gov.vn",
    "first_name": "Cán bộ",
    "last_name": "Mới",
    "password1": PASSWORD,
    "password2": PASSWORD,
    "is_active": "on",
    "is_superuser": "on",
}


@pytest.fixture
def group_admin(client):
    user = StaffUserFactory(role=roles.ADMINISTRATOR)
    client.force_login(user)
    return user


@pytest.fixture
def superuser():
    return StaffUserFactory(is_superuser=True)


def account(username):
    return get_user_model().objects.get(username=username)


def test_a_group_administrator_creates_accounts_but_never_a_superuser(client, group_admin):
    form = client.get(reverse("wagtailusers_users:add")).content.decode()
    assert 'name="is_superuser"' in form and "disabled" in form
    response = client.post(reverse("wagtailusers_users:add"), {**ACCOUNT, "username": "canbomoi"})
    assert response.status_code == 302
    assert not account("canbomoi").is_superuser


def test_nor_makes_an_account_superuser(client, group_admin):
    editor = StaffUserFactory(role=roles.EDITOR)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[editor.pk]), {**ACCOUNT, "username": editor.username}
    )
    assert response.status_code == 302
    editor.refresh_from_db()
    assert not editor.is_superuser and editor.check_password(PASSWORD)


def test_nor_opens_or_changes_a_superusers_account(client, group_admin, superuser):
    url = reverse("wagtailusers_users:edit", args=[superuser.pk])
    assert client.get(url)["Location"] == reverse("wagtailadmin_home")
    client.post(url, {**ACCOUNT, "username": superuser.username})
    superuser.refresh_from_db()
    assert not superuser.check_password(PASSWORD)


def test_nor_copies_a_superuser_into_a_new_one(client, group_admin, superuser):
    response = client.post(reverse("wagtailusers_users:copy", args=[superuser.pk]), {**ACCOUNT, "username": "bansao"})
    assert response.status_code == 302
    assert not account("bansao").is_superuser


def test_a_superuser_still_grants_it(client, superuser):
    client.force_login(superuser)
    client.post(reverse("wagtailusers_users:add"), {**ACCOUNT, "username": "quantrimoi"})
    assert account("quantrimoi").is_superuser
