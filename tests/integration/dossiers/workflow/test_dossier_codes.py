"""Dossier codes: per agency per day, four-digit sequence, never repeated even when submissions race."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest
from django.db import connection

from dossiers.calendar.deadlines import VIETNAM
from dossiers.models import Dossier
from dossiers.workflow.codes import issue_code
from dossiers.workflow.creation import Applicant
from dossiers.workflow.engine import create
from procedures.factories import AgencyFactory, ProcedurePageFactory, SubsystemPageFactory


@pytest.mark.django_db
def test_sequence_per_agency_per_local_day():
    first, second = AgencyFactory(code="000.00.06.H56"), AgencyFactory(code="000.00.07.H56")
    assert issue_code(first, datetime(2026, 11, 23, 8, 0, tzinfo=VIETNAM)) == "000.00.06.H56-261123-0001"
    assert issue_code(first, datetime(2026, 11, 23, 23, 30, tzinfo=VIETNAM)) == "000.00.06.H56-261123-0002"
    assert issue_code(second, datetime(2026, 11, 23, 9, 0, tzinfo=VIETNAM)) == "000.00.07.H56-261123-0001"
    # 17:30 UTC on the 23rd is 00:30 on the 24th in Vietnam: a new day, a new sequence.
    assert issue_code(first, datetime(2026, 11, 23, 17, 30, tzinfo=UTC)) == "000.00.06.H56-261124-0001"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_concurrent_submissions_get_fifty_distinct_codes(home_page):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises writers, so there is no race to test")
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page))
    applicant = Applicant("Trần Thị Bình", "079301000123", None, "5 Nguyễn Huệ", "0901234567", "")
    start = threading.Barrier(50)

    def submit(_):
        try:
            start.wait()
            return create("submit", procedure=procedure, applicant=applicant, form_data={}, form_schema=[]).code
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=50) as pool:
        codes = list(pool.map(submit, range(50)))
    assert len(set(codes)) == 50
    sequences = sorted(int(code.rsplit("-", 1)[1]) for code in codes)
    assert sequences == list(range(1, 51))
    assert Dossier.objects.count() == 50
