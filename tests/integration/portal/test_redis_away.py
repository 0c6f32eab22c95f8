"""Redis away (``portal.degraded``): look-ups, form pages, catalogue pages and submissions answer as usual, never
500, with the shared cache at a port where nothing listens; each fallback is counted and logged as a warning."""

import pytest

from dossiers.factories import DossierFactory
from dossiers.models import Dossier
from procedures.factories import OnlineFormPageFactory, ProcedurePageFactory, SubsystemPageFactory
from tests.online_forms import post_and_confirm
from tests.samples import APPLICANT

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]

SECRET = "7KQ4M2XZ"


@pytest.fixture
def procedure(home_page):
    return ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), title="Đăng ký kết hôn")


@pytest.fixture
def form_page(procedure):
    return OnlineFormPageFactory(parent=procedure)


def warnings(caplog):
    return [r.message for r in caplog.records if r.name == "portal.degraded" and r.levelname == "WARNING"]


def test_a_look_up_is_answered_without_counting(client, procedure, cache_away, caplog, settings):
    settings.RATELIMITS = {**settings.RATELIMITS, "lookup": "1/minute"}
    dossier = DossierFactory(procedure=procedure, lookup_secret=SECRET)
    for _ in range(3):  # over the limit, which nobody can count now: still answered
        response = client.post("/tra-cuu/", {"code": dossier.code, "factor": "secret", "value": SECRET})
        assert response.status_code == 200 and f"Hồ sơ {dossier.code}" in response.content.decode()
    assert cache_away["shared cache"] >= 3
    [warning] = warnings(caplog)  # one per interval, with the count so far
    assert warning.startswith("Degraded: shared cache unavailable (ConnectionError: Error 111 connecting to")


def test_pages_are_rendered_instead_of_read_from_the_cache(client, procedure, form_page, cache_away, caplog):
    assert client.get(procedure.url).status_code == 200
    assert client.get(procedure.url).status_code == 200  # nothing was stored, nothing is read: rendered again
    response = client.get(form_page.url)
    assert response.status_code == 200 and 'name="applicant_name"' in response.content.decode()
    assert cache_away["shared cache"] >= 3 and warnings(caplog)


def test_a_submission_is_stored_and_confirmed(client, form_page, cache_away, caplog):
    response = post_and_confirm(client, form_page, APPLICANT)
    assert response.status_code == 302
    dossier = Dossier.objects.get()
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200 and dossier.code in confirmation.content.decode()
    assert cache_away["shared cache"] >= 1 and warnings(caplog)


def test_an_invalid_submission_is_a_400_as_usual(client, form_page, cache_away):
    response = client.post(form_page.url, {**APPLICANT, "applicant_name": ""})
    assert response.status_code == 400 and not Dossier.objects.exists()
