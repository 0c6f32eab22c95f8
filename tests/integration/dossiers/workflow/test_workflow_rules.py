"""Every step: allowed for exactly its roles in exactly its statuses and sub-steps, refused otherwise, and the
whole inter-agency flow from an online registration to the returned result."""

import threading
from datetime import UTC, timedelta

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from dossiers.accounts import roles
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import Dossier, Notification, StaffProfile, Stage, Status, SupplementRequest
from dossiers.workflow.engine import ConcurrentUpdate, TransitionNotAllowed, transition
from dossiers.workflow.table import APPLICANT, STEPS
from procedures.factories import DepartmentFactory, ProcedurePageFactory, SubsystemPageFactory

pytestmark = pytest.mark.django_db

ALL_ACTORS = [*roles.ALL_ROLES, APPLICANT]


@pytest.fixture
def world(home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), processing_time=5)
    department = DepartmentFactory(agency=procedure.agency)
    people = {role: StaffUserFactory(role=role) for role in roles.ALL_ROLES}
    StaffProfile.objects.create(user=people[roles.SPECIALIST], agency=procedure.agency, department=department)
    return {"procedure": procedure, "department": department, "people": people}


def inputs_for(name, world):
    later = timezone.now() + timedelta(days=60)
    return {
        "refuse": {"reason": "Không thuộc thẩm quyền"},
        "request_supplement": {"items": "Bản sao hộ chiếu", "reason": "Thiếu"},
        "supplement": {"note": "Đã bổ sung"},
        "request_fee": {"amount": 100000},
        "receive_originals": {"received_documents": [{"name": "Tờ khai", "originals": 1}]},
        "assign": {"department": world["department"], "specialist": world["people"][roles.SPECIALIST]},
        "submit_memo": {"memo": "Đề xuất cấp"},
        "return_memo": {"annotation": "Bổ sung căn cứ"},
        "return_with_comment": {"comment": "Xem lại"},
        "extend": {"new_due_at": later, "reason": "Cần xác minh thêm"},
        "stop": {"reason": "Người nộp đã mất"},
    }.get(name, {})


def dossier_ready_for(step, world, status, stage=""):
    """A dossier in ``status``/``stage`` with whatever earlier steps would have left behind."""
    dossier = DossierFactory(
        procedure=world["procedure"],
        status=status,
        stage=stage,
        assigned_department=world["department"],
        assigned_to=world["people"][roles.SPECIALIST],
        received_at=None if status == Status.REGISTERED else timezone.now(),
        due_at=None if status == Status.REGISTERED else timezone.now() + timedelta(days=7),
    )
    if status == Status.SUPPLEMENT_REQUESTED:
        SupplementRequest.objects.create(dossier=dossier, items="x", reason="y")
        dossier.events.create(action="request_supplement", from_status=Status.RECEIVED, to_status=status)
    if status == Status.FEE_REQUESTED:
        dossier.events.create(action="request_fee", from_status=Status.PROCESSING, to_status=status)
    return dossier


def actor(world, who):
    return None if who == APPLICANT else world["people"][who]


def a_valid_state(step):
    status = sorted(step.sources)[0]
    stage = sorted(step.stages)[0] if step.stages else ""
    return status, stage


@pytest.mark.parametrize("name", sorted(STEPS))
def test_each_step_is_open_to_exactly_its_roles(world, name):
    step = STEPS[name]
    for who in ALL_ACTORS:
        dossier = dossier_ready_for(step, world, *a_valid_state(step))
        if who in step.actors:
            result = transition(dossier, name, actor(world, who), **inputs_for(name, world))
            assert result.version == dossier.version + 1, (name, who)
        else:
            with pytest.raises(TransitionNotAllowed):
                transition(dossier, name, actor(world, who), **inputs_for(name, world))


@pytest.mark.parametrize("name", sorted(STEPS))
def test_each_step_is_refused_in_every_other_status(world, name):
    step = STEPS[name]
    who = actor(world, sorted(step.actors)[0])
    for status in Status:
        for stage in Stage:
            if status in step.sources and (step.stages is None or stage in step.stages):
                continue
            if stage and status != Status.PROCESSING:
                continue
            dossier = dossier_ready_for(step, world, status, stage)
            with pytest.raises(TransitionNotAllowed):
                transition(dossier, name, who, **inputs_for(name, world))
            dossier.refresh_from_db()
            assert (dossier.status, dossier.stage) == (status, stage)


def test_a_specialist_cannot_act_on_a_dossier_of_another_department(world):
    other = StaffUserFactory(role=roles.SPECIALIST)
    StaffProfile.objects.create(user=other, agency=world["procedure"].agency, department=DepartmentFactory())
    dossier = dossier_ready_for(STEPS["submit_memo"], world, Status.PROCESSING, Stage.ASSIGNED)
    with pytest.raises(TransitionNotAllowed):
        transition(dossier, "submit_memo", other, memo="x")


def test_the_whole_inter_agency_flow(world, django_capture_on_commit_callbacks):
    people, department = world["people"], world["department"]
    specialist = people[roles.SPECIALIST]
    dossier = DossierFactory(procedure=world["procedure"])
    steps = [
        ("receive", people[roles.COUNTER_STAFF], {}),
        ("assign", people[roles.CHIEF_OF_OFFICE], {"department": department, "specialist": specialist}),
        ("submit_memo", specialist, {"memo": "Đề xuất cấp giấy chứng nhận"}),
        ("return_memo", people[roles.DEPUTY_CHIEF], {"annotation": "Bổ sung căn cứ pháp lý"}),
        ("submit_memo", specialist, {"memo": "Đã bổ sung căn cứ"}),
        ("approve_memo", people[roles.CHIEF_OF_OFFICE], {"annotation": "Đồng ý"}),
        ("forward_to_leadership", people[roles.CHIEF_OF_OFFICE], {"leader": people[roles.LEADER]}),
        ("sign", people[roles.LEADER], {"comment": "Đồng ý"}),
        ("hand_to_counter", specialist, {}),
        ("return_result", people[roles.COUNTER_STAFF], {}),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        for name, who, inputs in steps:
            dossier = transition(dossier, name, who, expected_version=dossier.version, **inputs)
    assert dossier.status == Status.RETURNED and dossier.result_class == "early"
    events = list(dossier.events.order_by("created_at", "pk"))
    assert [event.action for event in events] == ["submit"] + [name for name, _, _ in steps]
    assert all(event.step_result for event in events[1:-1])  # every hand-off but the last is classified
    assign_event = events[2]
    assert (assign_event.actor, assign_event.assignee, assign_event.department) == (
        people[roles.CHIEF_OF_OFFICE],
        specialist,
        department,
    )
    assert dossier.history.count() == len(steps) + 1
    kinds = set(Notification.objects.filter(dossier=dossier).values_list("kind", flat=True))
    assert kinds == {"received", "assigned", "result_ready", "returned"}
    staff_mail = [email for email in mail.outbox if email.to == [specialist.email]]
    assert staff_mail and dossier.code in staff_mail[0].subject
    returned = [email for email in mail.outbox if "/ho-so/danh-gia/" in email.body]
    assert returned and returned[0].to == [dossier.applicant_email]


def test_received_and_extended_notices_carry_the_appointment(world, django_capture_on_commit_callbacks):
    counter = world["people"][roles.COUNTER_STAFF]
    dossier = DossierFactory(procedure=world["procedure"])
    with django_capture_on_commit_callbacks(execute=True):
        dossier = transition(dossier, "receive", counter, originals_date=timezone.localdate() + timedelta(days=2))
        new_due = dossier.due_at + timedelta(days=3)
        dossier = transition(dossier, "extend", counter, new_due_at=new_due, reason="Chờ xác minh")
    received, extended = mail.outbox
    for email in (received, extended):
        [(_name, ics, mimetype)] = email.attachments
        assert mimetype.startswith("text/calendar") and "BEGIN:VEVENT" in ics and dossier.code in ics
    assert "Nộp bản chính" in received.attachments[0][1]
    assert new_due.astimezone(UTC).strftime("DTSTART:%Y%m%dT%H%M%SZ") in extended.attachments[0][1]
    assert "Chờ xác minh" in extended.body


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_staff_acting_at_once_one_wins_the_other_is_told(home_page):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: row locks are what this test exercises")
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page))
    dossier = DossierFactory(procedure=procedure)
    first, second = StaffUserFactory(role=roles.COUNTER_STAFF), StaffUserFactory(role=roles.COUNTER_STAFF)
    start = threading.Barrier(2)
    results = {}

    def act(name, who, inputs):
        try:
            start.wait()
            results[name] = transition(dossier, name, who, expected_version=1, **inputs).status
        except ConcurrentUpdate as conflict:
            results[name] = conflict
        finally:
            connection.close()

    threads = [
        threading.Thread(target=act, args=("receive", first, {})),
        threading.Thread(target=act, args=("refuse", second, {"reason": "Sai thủ tục"})),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    conflicts = [value for value in results.values() if isinstance(value, ConcurrentUpdate)]
    assert len(conflicts) == 1
    winner_status = Dossier.objects.get(pk=dossier.pk).status
    assert conflicts[0].current.status == winner_status
    assert Dossier.objects.get(pk=dossier.pk).version == 2
