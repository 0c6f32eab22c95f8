"""Whose turn each dossier is, stated once per role from the one-stop rules, and checked against every place that
answers it: the access check (the turn's owner may see the dossier and is offered a step), "my work", the list's
"waiting on me" filter, and the morning reminder digest. They all read ``Dossier.objects.waiting_on``; this test
fails if any of them drifts back to a rule of its own.

The rules, written out: the counter receives online dossiers and returns results; the Chief and deputies assign
received dossiers and decide on memos; a specialist works on what is assigned to them, or to their department and to
nobody yet (a colleague's dossier is the colleague's); leadership signs; a dossier paused for a supplement waits on
the applicant; a returned one on nobody."""

from datetime import timedelta

import pytest
from django.utils import timezone

from dossiers.factories import DossierFactory
from dossiers.models import Dossier, Stage, Status
from dossiers.notifications.reminders import daily_digest
from dossiers.workflow.engine import allowed_actions
from procedures.factories import DepartmentFactory, ProcedurePageFactory, SubsystemPageFactory
from tests.integration.dossiers.staff.test_staff_admin import INDEX, listed_codes
from tests.staff_helpers import office_staff

pytestmark = pytest.mark.django_db

TURNS = {
    "counter": {"registered", "awaiting_return"},
    "chief": {"received", "memo"},
    "deputy": {"received", "memo"},
    "specialist": {"own", "department"},
    "colleague": {"colleague", "department"},
    "other_department": {"other_department"},
    "leader": {"at_leadership"},
    "administrator": set(),
}


@pytest.fixture
def office(home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page))
    first, second = DepartmentFactory(agency=procedure.agency), DepartmentFactory(agency=procedure.agency)
    people = office_staff(procedure, first, second)
    # Every open dossier is overdue, so the digest must list exactly the turns.
    late = {"received_at": timezone.now() - timedelta(days=30), "due_at": timezone.now() - timedelta(days=1)}
    processing = {"status": Status.PROCESSING, **late}

    def dossier(key, **fields):
        return DossierFactory(code=f"HS-{key.upper()}", procedure=procedure, **fields)

    dossiers = {
        "registered": dossier("registered"),
        "received": dossier("received", status=Status.RECEIVED, **late),
        "own": dossier(
            "own", **processing, stage=Stage.ASSIGNED, assigned_department=first, assigned_to=people["specialist"]
        ),
        "department": dossier("department", **processing, stage=Stage.ASSIGNED, assigned_department=first),
        "colleague": dossier(
            "colleague", **processing, stage=Stage.ASSIGNED, assigned_department=first, assigned_to=people["colleague"]
        ),
        "other_department": dossier(
            "other_department",
            **processing,
            stage=Stage.ASSIGNED,
            assigned_department=second,
            assigned_to=people["other_department"],
        ),
        "memo": dossier(
            "memo",
            **processing,
            stage=Stage.MEMO_SUBMITTED,
            assigned_department=first,
            assigned_to=people["specialist"],
        ),
        "at_leadership": dossier(
            "at_leadership",
            **processing,
            stage=Stage.AT_LEADERSHIP,
            assigned_department=first,
            assigned_to=people["specialist"],
        ),
        "paused": dossier(
            "paused",
            status=Status.SUPPLEMENT_REQUESTED,
            **late,
            assigned_department=first,
            assigned_to=people["specialist"],
        ),
        "awaiting_return": dossier("awaiting_return", status=Status.AWAITING_RETURN, **late),
        "returned": dossier(
            "returned", status=Status.RETURNED, **late, assigned_department=first, assigned_to=people["specialist"]
        ),
    }
    return people, dossiers


def codes(keys):
    return {f"HS-{key.upper()}" for key in keys}


def test_nobody_has_the_turn_on_a_paused_or_returned_dossier():
    assert not ({"paused", "returned"} & set().union(*TURNS.values()))


@pytest.mark.parametrize("person", sorted(TURNS))
def test_every_answer_agrees_on_whose_turn_it_is(client, office, person):
    people, dossiers = office
    user = people[person]
    turn = codes(TURNS[person])

    waiting = set(Dossier.objects.waiting_on(user).values_list("code", flat=True))
    assert waiting == turn, "the dossier query"

    visible = set(Dossier.objects.visible_to(user).values_list("code", flat=True))
    assert turn <= visible, "the access check lets them see their turns"
    for key in TURNS[person]:
        assert allowed_actions(dossiers[key], user), f"a step is offered on {key}"

    client.force_login(user)
    if user.has_perm("dossiers.view_dossier"):
        assert listed_codes(client.get(INDEX)) == turn, "my work"
        assert listed_codes(client.get(INDEX, {"mine": "true"})) == turn, "the 'waiting on me' filter"
        assert listed_codes(client.get(INDEX, {"mine": "false"})) == visible - turn

    # Every open dossier is overdue but the one not received yet, which has no due time.
    digest = daily_digest(user, timezone.now())
    assert {dossier.code for dossier, _url in digest["overdue"]} == turn - codes(["registered"]), "the digest"
    assert digest["due_soon"] == []
