"""A submission that committed always shows its code: if the session cannot be written (its store refuses, as in a
database blip), the check page and then the confirmation are answered at once instead of their redirects, the
check page's submit carrying the draft's signed token."""

import re

import pytest
from django.db import connection

from dossiers.models import Dossier
from procedures.factories import OnlineFormPageFactory, ProcedurePageFactory, SubsystemPageFactory
from tests.outages import unreachable_redis
from tests.samples import APPLICANT

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]


@pytest.fixture
def form_page(home_page):
    return OnlineFormPageFactory(parent=ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page)))


DRAFT_TOKEN = re.compile(r'name="ma" value="([^"]+)"')


def submit_without_session(client, form_page):
    checking = client.post(form_page.url, APPLICANT)
    assert checking.status_code == 200  # the check page itself: there is no session to redirect to it
    assert not Dossier.objects.exists()
    token = DRAFT_TOKEN.search(checking.content.decode()).group(1)
    return client.post(form_page.url + "kiem-tra/", {"ma": token})


def assert_confirmed_at_once(response, caplog):
    dossier = Dossier.objects.get()
    html = response.content.decode()
    assert response.status_code == 200 and dossier.code in html and dossier.lookup_secret in html
    assert "sessionid" not in response.cookies  # no session to come back to: the code is on this page
    assert any(f"Receipt of {dossier.code} not saved in the session" in r.message for r in caplog.records)


def test_the_code_is_shown_when_the_session_database_refuses_the_write(requires_postgres, client, form_page, caplog):
    with connection.cursor() as cursor:  # undone with the test's transaction
        cursor.execute(
            "CREATE FUNCTION refuse_session() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$;"
            "CREATE TRIGGER refuse_session BEFORE INSERT OR UPDATE ON django_session "
            "FOR EACH ROW EXECUTE FUNCTION refuse_session();"
        )
    assert_confirmed_at_once(submit_without_session(client, form_page), caplog)


def test_the_code_is_shown_when_the_session_cache_is_away(client, form_page, caplog, settings):
    settings.CACHES = {
        **settings.CACHES,
        "sessions": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": unreachable_redis()},
    }
    settings.SESSION_ENGINE, settings.SESSION_CACHE_ALIAS = "django.contrib.sessions.backends.cache", "sessions"
    assert_confirmed_at_once(submit_without_session(client, form_page), caplog)
