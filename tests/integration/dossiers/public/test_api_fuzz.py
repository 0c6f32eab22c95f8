"""The public JSON API fuzzed from its own OpenAPI schema (schemathesis): whatever a client sends, the answer is never a
5xx and is always one the schema documents, status, headers and body, for dossiers in every state a client can meet.

The schema is loaded through the WSGI application, as clients read it, when the module is collected; requests run
in-process. Examples are bounded and derandomized so CI tests the same inputs on every run."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.utils import timezone

from dossiers.accounts import roles
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import Dossier, Status
from dossiers.workflow.engine import transition
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory
from tests import strategies

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
LOOKUP = schema["/api/v1/dossiers/lookup"]["POST"]
# The schema's own examples: the fuzzer sends them, so it also reaches the 200 answer of a real dossier.
EXAMPLE = {"code": "000.00.06.H56-261027-0361", "id_number": "001203004567", "secret": "7KQ4M2XZ"}


@pytest.fixture(autouse=True)
def connection_kept_open():
    """Django's test client does the same: the app must not close, at the end of a request, the connection that
    holds the test's transaction (PostgreSQL would then lose the test's rows)."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def counter():
    return StaffUserFactory(role=roles.COUNTER_STAFF)


@pytest.fixture
def procedure(home_page):
    return ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), title="Đăng ký kết hôn")


@pytest.fixture
def example_dossier(procedure, counter):
    """The richest answer: received, then asked for a supplement (a timeline, times, an open request)."""
    dossier = DossierFactory(procedure=procedure, code=EXAMPLE["code"], lookup_secret=EXAMPLE["secret"])
    dossier = transition(dossier, "receive", counter)
    return transition(dossier, "request_supplement", counter, items="Bản sao hộ chiếu", reason="Hộ chiếu hết hạn")


@pytest.fixture
def unlimited(settings):
    """The fuzzer sends far more look-ups than a client may; the limit itself is tested below."""
    settings.RATELIMITS = {**settings.RATELIMITS, "lookup": "100000/minute"}


@schema.parametrize()
@strategies.fuzzing(200)
def test_every_operation_answers_as_documented(case, example_dossier, unlimited):
    case.call_and_validate()


def registered(procedure, counter):
    return DossierFactory(procedure=procedure)


def received(procedure, counter):
    return transition(DossierFactory(procedure=procedure), "receive", counter)


def withdrawn(procedure, counter):
    return transition(DossierFactory(procedure=procedure), "withdraw", None, reason="Nộp nhầm thủ tục")


def returned(procedure, counter):
    """No single step returns a result; the end state is written directly."""
    dossier = received(procedure, counter)
    Dossier.objects.filter(pk=dossier.pk).update(
        status=Status.RETURNED, returned_at=timezone.now(), result_class="on_time"
    )
    return dossier


@pytest.mark.parametrize("make", [registered, received, withdrawn, returned])
def test_a_dossier_in_each_state_answers_as_documented(procedure, counter, unlimited, make):
    dossier = make(procedure, counter)
    response = LOOKUP.Case(body={"code": dossier.code, "secret": dossier.lookup_secret}).call_and_validate()
    assert response.status_code == 200


def test_past_the_limit_the_429_is_documented_with_its_retry_after(example_dossier, settings):
    """Fuzzing runs without the limit, so the documented 429 (body and Retry-After header) is checked here."""
    settings.RATELIMITS = {**settings.RATELIMITS, "lookup": "1/minute"}
    case = LOOKUP.Case(body={"code": EXAMPLE["code"], "secret": EXAMPLE["secret"]})
    assert case.call_and_validate().status_code == 200
    response = case.call_and_validate()
    assert response.status_code == 429
    assert LOOKUP.definition.raw["responses"]["429"]["headers"]["Retry-After"]["required"] is True
