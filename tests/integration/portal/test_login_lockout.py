"""Sign-in lockout on the admin's login page (django-axes): five wrong passwords for one account from one address
lock that pair out for the cool-off, even with the right password, with a 429 that says so in Vietnamese. The same
account from another address, another account from the same address and a success before the limit are unaffected:
the lock is per (username, address), so an attacker cannot lock everyone out and a shared office address is not
locked as a whole."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import F
from django.urls import reverse

from dossiers.accounts import roles
from dossiers.factories import StaffUserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-dung-2026"
OFFICE = "203.0.113.7"
HOME = "198.51.100.20"
LOCKOUT_TEXT = "Đã nhập sai mật khẩu quá nhiều lần"


@pytest.fixture
def staff():
    users = [StaffUserFactory(role=roles.COUNTER_STAFF) for _ in range(2)]
    for user in users:
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
    return users


def sign_in(client, user, password=PASSWORD, address=OFFICE, **headers):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": user.username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def signed_in(client, response):
    return response.status_code == 302 and "_auth_user_id" in client.session


def fail(client, user, times, address=OFFICE, **headers):
    return [sign_in(client, user, "sai-mat-khau", address, **headers).status_code for _ in range(times)]


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(client, staff):
    assert settings.AXES_FAILURE_LIMIT == 5
    assert fail(client, staff[0], 5) == [200, 200, 200, 200, 429]

    response = sign_in(client, staff[0])
    assert response.status_code == 429
    assert LOCKOUT_TEXT in response.content.decode() and "30 phút" in response.content.decode()
    assert response["Retry-After"] == str(30 * 60)
    assert "_auth_user_id" not in client.session


def test_the_lock_holds_only_for_that_account_from_that_address(client, staff):
    fail(client, staff[0], 5)
    assert signed_in(client, sign_in(client, staff[1]))
    client.logout()
    assert signed_in(client, sign_in(client, staff[0], address=HOME))


def test_a_success_before_the_limit_resets_the_count(client, staff):
    fail(client, staff[0], 4)
    assert signed_in(client, sign_in(client, staff[0]))
    assert not AccessAttempt.objects.exists()
    client.logout()
    assert fail(client, staff[0], 4) == [200] * 4
    assert signed_in(client, sign_in(client, staff[0]))


def test_the_lock_ends_after_the_cool_off(client, staff):
    """Time moves by ageing axes' own record of the failures (axes measures the cool-off from it), not by sleeping.
    Attempts while locked out do not extend the lock."""
    fail(client, staff[0], 5)
    almost = settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - almost)
    assert sign_in(client, staff[0]).status_code == 429

    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=2))
    assert signed_in(client, sign_in(client, staff[0]))


def test_behind_a_trusted_proxy_the_forwarded_address_counts(client, staff, settings):
    """With RATELIMIT_TRUST_FORWARDED_FOR every visitor comes from the proxy's address; the lock must follow the
    client's address in X-Forwarded-For, as the rate limits do, or one visitor would lock an account for all."""
    settings.RATELIMIT_TRUST_FORWARDED_FOR = True
    proxy = "127.0.0.1"
    fail(client, staff[0], 5, address=proxy, HTTP_X_FORWARDED_FOR=OFFICE)
    assert sign_in(client, staff[0], address=proxy, HTTP_X_FORWARDED_FOR=OFFICE).status_code == 429
    assert signed_in(client, sign_in(client, staff[0], address=proxy, HTTP_X_FORWARDED_FOR=HOME))
