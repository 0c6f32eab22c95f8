"""Staff see workflow log entries only of the dossiers they may see, also in Wagtail's site-history report."""

import pytest
from django.urls import reverse

from dossiers.accounts import roles
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import DossierLogEntry, StaffProfile
from dossiers.workflow.engine import transition
from procedures.factories import DepartmentFactory, ProcedurePageFactory, SubsystemPageFactory

pytestmark = pytest.mark.django_db


def test_site_history_applies_the_row_rule(client, home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page))
    department = DepartmentFactory(agency=procedure.agency)
    specialist = StaffUserFactory(role=roles.SPECIALIST)
    StaffProfile.objects.create(user=specialist, agency=procedure.agency, department=department)
    counter = StaffUserFactory(role=roles.COUNTER_STAFF)
    mine = DossierFactory(procedure=procedure, code="HS-CUA-TOI", assigned_department=department)
    other = DossierFactory(procedure=procedure, code="HS-NGUOI-KHAC")
    for dossier in (mine, other):
        transition(dossier, "receive", counter)

    assert DossierLogEntry.objects.filter(action="dossiers.receive").count() == 2
    assert set(DossierLogEntry.objects.viewable_by_user(specialist).values_list("object_id", flat=True)) == {
        str(mine.pk)
    }
    client.force_login(specialist)
    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "HS-CUA-TOI" in html and "HS-NGUOI-KHAC" not in html
    assert DossierLogEntry.objects.viewable_by_user(counter).count() == 2
