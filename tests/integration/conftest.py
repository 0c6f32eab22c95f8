"""Dossiers spread over two departments of one agency, for the tests of who may see what in the staff admin."""

from types import SimpleNamespace

import pytest

from dossiers.accounts import roles
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import StaffProfile, Stage, Status
from procedures.factories import DepartmentFactory, ProcedurePageFactory, SubsystemPageFactory


@pytest.fixture
def procedure(home_page):
    return ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page))


@pytest.fixture
def departments(procedure):
    return DepartmentFactory(agency=procedure.agency), DepartmentFactory(agency=procedure.agency)


@pytest.fixture
def specialist(departments):
    user = StaffUserFactory(role=roles.SPECIALIST)
    StaffProfile.objects.create(user=user, agency=departments[0].agency, department=departments[0])
    return user


@pytest.fixture
def dossiers(procedure, departments, specialist):
    """One assigned to ``specialist``, one to their department, one to the other department, one not assigned."""
    processing = {"procedure": procedure, "status": Status.PROCESSING, "stage": Stage.ASSIGNED}
    mine = DossierFactory(**processing, assigned_department=departments[0], assigned_to=specialist)
    department = DossierFactory(**processing, assigned_department=departments[0])
    other = DossierFactory(**processing, assigned_department=departments[1])
    unassigned = DossierFactory(procedure=procedure, status=Status.RECEIVED)
    return SimpleNamespace(
        mine=mine,
        department=department,
        other=other,
        unassigned=unassigned,
        visible={mine.code, department.code},
        hidden={other.code, unassigned.code},
    )
