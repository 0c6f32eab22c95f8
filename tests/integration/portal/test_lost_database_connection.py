"""PostgreSQL cutting a connection (a restart, a terminated backend): a page read is answered anyway, retried once
on a new connection when the cut comes mid-request; a write is not retried but answered 503 to try again; a
connection cut between requests is replaced before use."""

import psycopg
import pytest
from django.db import InterfaceError, OperationalError, close_old_connections, connection

from portal.middleware import server_error
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def terminate(backend_pid):
    """What a PostgreSQL restart does to a connection, from another connection."""
    database = connection.settings_dict
    with psycopg.connect(
        dbname=database["NAME"], user=database["USER"], host=database["HOST"], port=database["PORT"], autocommit=True
    ) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [backend_pid])


class CutOnFirstQuery:
    """An execute wrapper: before the first query it sees, PostgreSQL terminates the connection it runs on."""

    def __init__(self):
        self.cut = False

    def __call__(self, execute, sql, params, many, context):
        if not self.cut:
            self.cut = True
            terminate(context["connection"].connection.info.backend_pid)
        return execute(sql, params, many, context)


@pytest.fixture
def procedure(requires_postgres, home_page):
    return ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), title="Đăng ký kết hôn")


def test_a_read_whose_connection_is_cut_mid_request_is_read_again(client, procedure, caplog):
    url, cut = procedure.url, CutOnFirstQuery()
    with connection.execute_wrapper(cut):
        response = client.get(url)
    assert cut.cut
    assert response.status_code == 200 and "Đăng ký kết hôn" in response.content.decode()
    assert any("Database connection lost during" in r.message for r in caplog.records)


def test_a_write_is_never_retried_and_is_answered_503_to_try_again(client, procedure, caplog):
    cut = CutOnFirstQuery()
    with connection.execute_wrapper(cut):
        response = client.post("/tra-cuu/", {"code": "X", "factor": "secret", "value": "Y"})
    assert cut.cut and response.status_code == 503 and response["Retry-After"] == "5"
    assert "thử lại sau ít giây" in response.content.decode()
    assert not any("read once more" in r.message for r in caplog.records)  # not run a second time


def test_a_connection_cut_between_requests_is_replaced_before_use(client, procedure, caplog):
    assert client.get(procedure.url).status_code == 200
    old_pid = connection.connection.info.backend_pid  # kept: CONN_MAX_AGE
    terminate(old_pid)
    close_old_connections()  # what the WSGI handler does as each request starts (the test client leaves it out)
    response = client.get(procedure.url)
    assert response.status_code == 200 and connection.connection.info.backend_pid != old_pid
    assert not any("Database connection lost" in r.message for r in caplog.records)  # the health check replaced it


def test_a_lost_connection_outside_the_view_is_a_503_too(rf, procedure):
    """Sessions, sign-in and the other middleware reach the database outside the view: the 500 handler answers."""
    connection.ensure_connection()
    terminate(connection.connection.info.backend_pid)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except (OperationalError, InterfaceError):
        response = server_error(rf.post("/admin/login/"))
    assert response.status_code == 503 and response["Retry-After"] == "5"
