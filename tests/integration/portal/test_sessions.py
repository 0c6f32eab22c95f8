"""The session store writes a session once per change: saved in the view, it is not written again unless it changed
since; a save that fails inside the caller's transaction leaves that transaction usable."""

import pytest
from django.contrib.sessions.models import Session
from django.db import connection, transaction
from django.test import RequestFactory

from portal.sessions import SessionStore, saved_now

pytestmark = pytest.mark.django_db


def test_a_session_is_written_again_only_when_it_changed(django_assert_num_queries):
    session = SessionStore()
    session["drafts"] = {"7": "token"}
    session.save()
    with django_assert_num_queries(0):
        session.save()
    session["drafts"]["7"] = "another"  # changed in place, as views do with nested values
    session.save()
    assert SessionStore(session.session_key).load()["drafts"] == {"7": "another"}


def test_a_failed_save_inside_a_transaction_is_answered_and_the_transaction_goes_on(monkeypatch):
    """The new session's key is checked outside the store's own savepoint: a statement failing there would leave a
    PostgreSQL transaction aborted, and the dossier saved in it lost at its commit."""
    request = RequestFactory().get("/")
    request.session = SessionStore()
    request.session["receipt"] = "000.00.01.H56-261130-0001"

    def refused(_session, _key):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_session_table")

    monkeypatch.setattr(SessionStore, "exists", refused)
    with transaction.atomic():
        assert saved_now(request, "Receipt") is False
        assert not request.session.modified  # the middleware will not try again and fail the response
        assert Session.objects.count() == 0  # the transaction still answers
