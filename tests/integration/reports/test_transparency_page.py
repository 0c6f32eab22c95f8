"""The public transparency page: this year's received dossiers and on-time share per subsystem and procedure,
computed once and then served from the cache."""

from datetime import date, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dossiers.calendar.deadlines import VIETNAM, ResultClass
from dossiers.factories import DossierFactory
from dossiers.models import Status
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory

pytestmark = pytest.mark.django_db

TODAY = date(2026, 6, 30)


def at(month, day):
    return datetime(2026, month, day, 9, tzinfo=VIETNAM)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr("reports.public.today", lambda: TODAY)


@pytest.fixture
def catalogue(home_page):
    civil = SubsystemPageFactory(parent=home_page, title="Hộ tịch")
    land = SubsystemPageFactory(parent=home_page, title="Đất đai")
    return {
        "birth": ProcedurePageFactory(parent=civil, title="Khai sinh"),
        "marriage": ProcedurePageFactory(parent=civil, title="Kết hôn"),
        "land": ProcedurePageFactory(parent=land, title="Giao đất"),
    }


def received(procedure, month, day, returned=None, result=""):
    return DossierFactory(
        procedure=procedure,
        status=Status.RETURNED if returned else Status.PROCESSING,
        submitted_at=at(month, day),
        received_at=at(month, day),
        due_at=at(month, day + 5),
        returned_at=returned and at(*returned),
        result_class=result,
    )


@pytest.fixture
def dossiers(catalogue):
    birth, marriage = catalogue["birth"], catalogue["marriage"]
    received(birth, 2, 3, returned=(2, 6), result=ResultClass.EARLY)
    received(birth, 3, 3, returned=(3, 20), result=ResultClass.LATE)
    received(birth, 5, 4)
    received(marriage, 4, 1, returned=(4, 6), result=ResultClass.ON_TIME)
    DossierFactory(procedure=marriage, submitted_at=at(6, 1))  # registered online, not received yet
    last_year = datetime(2025, 12, 30, 9, tzinfo=VIETNAM)  # carried over, not received this year
    DossierFactory(
        procedure=birth, status=Status.PROCESSING, submitted_at=last_year, received_at=last_year, due_at=at(1, 9)
    )


def section(response, title):
    return next(section for section in response.context["sections"] if section.title == title)


def test_figures_per_subsystem_and_procedure(client, dossiers):
    response = client.get("/minh-bach/")
    assert response.status_code == 200
    civil = section(response, "Hộ tịch")
    assert (civil.figures.received, civil.figures.resolved, civil.figures.on_time_percent) == (4, 3, 66.7)
    lines = {line.title: (line.figures.received, line.figures.on_time_percent) for line in civil.procedures}
    assert lines == {"Khai sinh": (3, 50.0), "Kết hôn": (1, 100.0)}
    land = section(response, "Đất đai")
    assert [(line.title, line.figures.received, line.figures.on_time_percent) for line in land.procedures] == [
        ("Giao đất", 0, None)
    ]
    html = response.content.decode()
    assert (
        'class="documents stacked"' in html
        and "66,7 %" in html
        and "<h1>Minh bạch kết quả giải quyết hồ sơ</h1>" in html
    )
    assert 'href="/' in html and "Khai sinh</a>" in html


def test_second_request_reads_the_figures_from_the_cache(client, dossiers):
    client.get("/minh-bach/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/minh-bach/")
    assert response.status_code == 200 and "66,7 %" in response.content.decode()
    assert not [query for query in queries if "dossiers_dossier" in query["sql"]]


def test_a_new_day_computes_fresh_figures(client, dossiers, monkeypatch):
    client.get("/minh-bach/")
    monkeypatch.setattr("reports.public.today", lambda: date(2026, 7, 1))
    with CaptureQueriesContext(connection) as queries:
        client.get("/minh-bach/")
    assert [query for query in queries if "dossiers_dossier" in query["sql"]]
