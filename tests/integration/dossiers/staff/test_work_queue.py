"""The work queue: a dossier in each state and a user in each role; every dossier is in exactly the buckets of the
roles whose turn it is and in none of the others, the dashboard's counts are the lengths of the lists its tiles
open, those lists put the earliest step deadline first, a paused dossier says it is paused, and bulk receive and
bulk assign answer for each dossier (done, a conflict, a step that does not apply, one the user may not act on)."""

import re
from datetime import datetime, timedelta

import pytest
from django.urls import reverse

from dossiers.calendar.deadlines import VIETNAM
from dossiers.factories import DossierFactory
from dossiers.models import Dossier, DossierEvent, Stage, Status
from dossiers.models.queries import BUCKET_STEPS, Bucket, user_buckets
from dossiers.staff.columns import progress
from dossiers.workflow.table import APPLICANT, STEPS
from procedures.factories import DepartmentFactory, ProcedurePageFactory, SubsystemPageFactory
from tests.integration.dossiers.staff.test_staff_admin import INDEX, listed_codes
from tests.staff_helpers import office_staff

pytestmark = pytest.mark.django_db

# Friday 11 December 2026, 10:00 in Vietnam: "due today" is until midnight.
NOW = datetime(2026, 12, 11, 10, 0, tzinfo=VIETNAM)
LATER_TODAY = NOW + timedelta(hours=6)
YESTERDAY = NOW - timedelta(days=1)
NEXT_WEEK = NOW + timedelta(days=7)
HOME = reverse("wagtailadmin_home")

# Whose bucket each dossier is in: person → bucket → dossier keys. Everything not listed is empty.
EXPECTED = {
    "counter": {
        Bucket.RECEIVE: {"registered"},
        Bucket.RETURN: {"awaiting_return"},
        Bucket.PAUSED: {"supplement", "fee"},
        Bucket.DUE_TODAY: {"awaiting_return"},
        Bucket.OVERDUE: set(),
    },
    "chief": {
        Bucket.ASSIGN: {"received"},
        Bucket.REVIEW: {"memo", "memo_approved"},
        Bucket.DUE_TODAY: {"received"},
        Bucket.OVERDUE: {"memo"},
    },
    "specialist": {
        Bucket.PROCESS: {"own", "department", "leadership_returned"},
        Bucket.HAND_OVER: {"signed"},
        Bucket.DUE_TODAY: set(),
        Bucket.OVERDUE: {"own"},
    },
    "colleague": {
        Bucket.PROCESS: {"colleague", "department"},
        Bucket.HAND_OVER: set(),
        Bucket.DUE_TODAY: set(),
        Bucket.OVERDUE: set(),
    },
    "other_department": {
        Bucket.PROCESS: {"other_department"},
        Bucket.HAND_OVER: set(),
        Bucket.DUE_TODAY: set(),
        Bucket.OVERDUE: set(),
    },
    "leader": {Bucket.SIGN: {"at_leadership"}, Bucket.DUE_TODAY: set(), Bucket.OVERDUE: set()},
    "administrator": {},
}
EXPECTED["deputy"] = EXPECTED["chief"]


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW)


@pytest.fixture
def office(home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page))
    first, second = DepartmentFactory(agency=procedure.agency), DepartmentFactory(agency=procedure.agency)
    people = office_staff(procedure, first, second)
    mine = {"assigned_department": first, "assigned_to": people["specialist"]}

    def processing(stage, due_at=NEXT_WEEK, **fields):
        return {"status": Status.PROCESSING, "stage": stage, "received_at": NOW, "due_at": due_at, **fields}

    states = {
        "registered": {},
        "received": {"status": Status.RECEIVED, "received_at": NOW, "due_at": LATER_TODAY},
        "own": processing(Stage.ASSIGNED, YESTERDAY, **mine),
        "department": processing(Stage.ASSIGNED, assigned_department=first),
        "colleague": processing(Stage.ASSIGNED, assigned_department=first, assigned_to=people["colleague"]),
        "other_department": processing(
            Stage.ASSIGNED, assigned_department=second, assigned_to=people["other_department"]
        ),
        "memo": processing(Stage.MEMO_SUBMITTED, YESTERDAY, **mine),
        "memo_approved": processing(Stage.MEMO_APPROVED, **mine),
        "at_leadership": processing(Stage.AT_LEADERSHIP, **mine),
        "leadership_returned": processing(Stage.LEADERSHIP_RETURNED, **mine),
        "signed": processing(Stage.SIGNED, **mine),
        # Paused with the sub-step it will resume at, overdue meanwhile: nobody's turn, so in nobody's "overdue".
        "supplement": {**processing(Stage.ASSIGNED, YESTERDAY, **mine), "status": Status.SUPPLEMENT_REQUESTED},
        "fee": {**processing(Stage.NONE, **mine), "status": Status.FEE_REQUESTED},
        "awaiting_return": {"status": Status.AWAITING_RETURN, "received_at": NOW, "due_at": LATER_TODAY},
        "returned": {"status": Status.RETURNED, "received_at": NOW, "due_at": YESTERDAY, **mine},
    }
    dossiers = {
        key: DossierFactory(
            code=f"HS-{key.upper()}", procedure=procedure, submitted_at=NOW - timedelta(days=2), **state
        )
        for key, state in states.items()
    }
    return people, dossiers, first


def codes(keys):
    return {f"HS-{key.upper()}" for key in keys}


def test_every_step_that_is_a_staff_turn_is_in_exactly_one_bucket():
    for step in STEPS.values():
        buckets = [bucket for bucket, names in BUCKET_STEPS.items() if step.name in names]
        expected = 1 if step.turn_of - {APPLICANT} else 0
        assert len(buckets) == expected, step.name


@pytest.mark.parametrize("person", sorted(EXPECTED))
def test_each_dossier_is_in_exactly_the_buckets_of_the_roles_whose_turn_it_is(office, person):
    people, _dossiers, _department = office
    user = people[person]
    assert set(user_buckets(user, NOW)) == set(EXPECTED[person]), "the buckets that apply to the role"
    for bucket in Bucket:
        found = set(Dossier.objects.in_bucket(user, bucket, NOW).values_list("code", flat=True))
        assert found == codes(EXPECTED[person].get(bucket, set())), bucket
    # The buckets of the turns split "my work": each dossier waiting on the user is in exactly one of them.
    turns = [
        code
        for bucket in BUCKET_STEPS
        for code in Dossier.objects.in_bucket(user, bucket, NOW).values_list("code", flat=True)
    ]
    assert sorted(turns) == sorted(Dossier.objects.waiting_on(user).values_list("code", flat=True))


def test_a_closed_dossier_is_in_no_bucket_and_a_paused_one_only_in_the_counters_paused(office):
    people, _dossiers, _department = office
    found = {
        (person, bucket, code)
        for person, user in people.items()
        for bucket in Bucket
        for code in Dossier.objects.in_bucket(user, bucket, NOW).values_list("code", flat=True)
    }
    assert not [entry for entry in found if entry[2] == "HS-RETURNED"]
    assert {entry for entry in found if entry[2] == "HS-SUPPLEMENT"} == {("counter", Bucket.PAUSED, "HS-SUPPLEMENT")}


def dashboard_tiles(response):
    """``{label: (count, url)}`` of the work-queue panel's tiles."""
    html = response.content.decode()
    tile = r'<a href="([^"]+)"><span class="work-queue__count">(\d+)</span> <span class="work-queue__label">([^<]+)<'
    tiles = re.findall(tile, html)
    return {label: (int(count), url.replace("&amp;", "&")) for url, count, label in tiles}


@pytest.mark.parametrize("person", ["counter", "chief", "specialist", "leader"])
def test_the_dashboard_counts_are_the_lengths_of_the_lists_they_open(client, office, person):
    people, _dossiers, _department = office
    client.force_login(people[person])
    tiles = dashboard_tiles(client.get(HOME))
    assert tiles.keys() == {str(bucket.label) for bucket in EXPECTED[person]}
    for bucket, keys in EXPECTED[person].items():
        count, url = tiles[str(bucket.label)]
        assert count == len(keys), bucket
        assert listed_codes(client.get(url)) == codes(keys), bucket


def test_the_dashboard_says_when_nothing_waits_and_keeps_wagtails_home_for_others(client, office):
    people, _dossiers, _department = office
    client.force_login(people["other_department"])
    Dossier.objects.filter(code="HS-OTHER_DEPARTMENT").update(status=Status.RETURNED)
    page = client.get(HOME).content.decode()
    assert "Không có hồ sơ nào đang chờ Ông/Bà." in page
    assert "work-queue__tile" in page and "Search all pages" not in page
    client.force_login(people["administrator"])
    assert "work-queue" not in client.get(HOME).content.decode()


def step_event(dossier, step_due_at, minutes_ago=10):
    DossierEvent.objects.create(
        dossier=dossier,
        action="assign",
        to_status=dossier.status,
        created_at=NOW - timedelta(minutes=minutes_ago),
        step_due_at=step_due_at,
    )


def listed_order(response):
    return re.findall(r'/admin/dossiers/inspect/\d+/"[^>]*>\s*([^<\s]+)\s*</a>', response.content.decode())


def test_a_work_queue_lists_the_earliest_step_deadline_first_then_the_due_time(client, office):
    people, dossiers, _department = office
    # The specialist's turns: own (due yesterday), department and leadership_returned (next week), signed.
    step_event(dossiers["signed"], NOW + timedelta(hours=2))
    step_event(dossiers["department"], NOW + timedelta(hours=1))
    step_event(dossiers["leadership_returned"], NOW + timedelta(hours=2))
    # An older event's deadline does not count: the latest one is the step the dossier waits on.
    step_event(dossiers["own"], NOW - timedelta(hours=5), minutes_ago=60)
    step_event(dossiers["own"], None, minutes_ago=5)
    Dossier.objects.filter(pk=dossiers["leadership_returned"].pk).update(due_at=NOW + timedelta(days=2))
    client.force_login(people["specialist"])
    expected = ["HS-DEPARTMENT", "HS-LEADERSHIP_RETURNED", "HS-SIGNED", "HS-OWN"]
    assert listed_order(client.get(INDEX)) == expected, "my work"
    assert listed_order(client.get(INDEX, {"bucket": Bucket.PROCESS})) == [
        "HS-DEPARTMENT",
        "HS-LEADERSHIP_RETURNED",
        "HS-OWN",
    ]
    assert listed_order(client.get(INDEX, {"all": "1"}))[0] != "HS-DEPARTMENT", "other lists keep their order"
    page = client.get(INDEX).content.decode()
    assert "Hạn của bước" in page and "11:00 11/12/2026" in page, "the step deadline beside the due time"


def test_a_paused_dossier_shows_its_status_not_the_sub_step_it_will_resume_at(client, office):
    people, dossiers, _department = office
    paused = dossiers["supplement"]
    assert progress(paused) == str(Status.SUPPLEMENT_REQUESTED.label)
    assert progress(dossiers["own"]) == str(Stage.ASSIGNED.label)
    client.force_login(people["chief"])
    page = client.get(INDEX, {"q": paused.code}).content.decode()
    link = page.index(f"/admin/dossiers/inspect/{paused.pk}/")
    row = page[page.rindex("<tr", 0, link) : page.index("</tr>", link)]
    assert str(Status.SUPPLEMENT_REQUESTED.label) in row
    assert str(Stage.ASSIGNED.label) not in row


def bulk(client, action, *selected, **data):
    values = [f"{dossier.pk}:{dossier.version}" if hasattr(dossier, "pk") else dossier for dossier in selected]
    return client.post(reverse("dossier_admin:bulk", args=[action]), {"dossier": values, **data})


def results(response):
    """``{code or #pk: result text}`` of the result page's rows."""
    rows = re.findall(r"<tr>\s*<td>(.*?)</td>\s*<td>(.*?)</td>\s*</tr>", response.content.decode(), re.S)
    return {re.sub(r"<[^>]+>", "", who).strip(): re.sub(r"<[^>]+>", "", what).strip() for who, what in rows}


def test_bulk_receive_answers_for_each_dossier(client, office):
    people, dossiers, _department = office
    procedure = dossiers["registered"].procedure
    fresh = DossierFactory(code="HS-FRESH", procedure=procedure)
    stale = DossierFactory(code="HS-STALE", procedure=procedure)
    seen = Dossier.objects.get(pk=stale.pk)
    Dossier.objects.filter(pk=stale.pk).update(version=seen.version + 1)  # a colleague moved it meanwhile
    client.force_login(people["counter"])
    answer = bulk(client, "receive", fresh, seen, dossiers["awaiting_return"], "999999:1")
    assert answer.status_code == 200
    outcome = results(answer)
    assert outcome["HS-FRESH"] == "Đã thực hiện"
    assert "vừa được người khác cập nhật" in outcome["HS-STALE"]
    assert "Không thực hiện" in outcome["HS-AWAITING_RETURN"] and "Không thể" in outcome["HS-AWAITING_RETURN"]
    assert "Không tìm thấy hồ sơ" in outcome["#999999"]
    statuses = dict(Dossier.objects.filter(code__in=["HS-FRESH", "HS-STALE"]).values_list("code", "status"))
    assert statuses == {"HS-FRESH": Status.RECEIVED, "HS-STALE": Status.REGISTERED}
    assert DossierEvent.objects.filter(dossier=fresh, action="receive").count() == 1


def test_bulk_assign_asks_for_the_department_then_answers_for_each_dossier(client, office):
    people, dossiers, department = office
    procedure = dossiers["received"].procedure
    second = DossierFactory(code="HS-RECEIVED2", procedure=procedure, status=Status.RECEIVED, due_at=NEXT_WEEK)
    client.force_login(people["chief"])
    selected = (dossiers["received"], second, dossiers["registered"])
    form = bulk(client, "assign", *selected)
    assert form.status_code == 200 and 'name="department"' in form.content.decode()
    assert bulk(client, "assign", *selected, confirm="1").status_code == 400, "no department chosen"
    answer = bulk(
        client, "assign", *selected, confirm="1", department=department.pk, specialist=people["specialist"].pk
    )
    outcome = results(answer)
    assert outcome["HS-RECEIVED"] == outcome["HS-RECEIVED2"] == "Đã thực hiện"
    assert "Không thể" in outcome["HS-REGISTERED"]
    assigned = Dossier.objects.filter(code__in=["HS-RECEIVED", "HS-RECEIVED2"])
    assert {(d.status, d.stage, d.assigned_to_id) for d in assigned} == {
        (Status.PROCESSING, Stage.ASSIGNED, people["specialist"].pk)
    }


def test_bulk_steps_only_for_their_actors_and_bad_selections_are_refused(client, office):
    people, dossiers, _department = office
    client.force_login(people["specialist"])
    refused = bulk(client, "receive", dossiers["registered"])
    assert refused.status_code == 302 and refused.url == HOME, "Wagtail's answer to a step that is not theirs"
    assert "dossier-bulk" not in client.get(INDEX).content.decode(), "no tick boxes for the specialist"
    client.force_login(people["counter"])
    assert 'form="dossier-bulk"' in client.get(INDEX).content.decode()
    assert bulk(client, "assign", dossiers["received"]).url == HOME, "assigning is the Chief's"
    refused = bulk(client, "receive", "1:x")
    assert refused.status_code == 400 and "Không đọc được các hồ sơ đã chọn." in refused.content.decode()
    assert bulk(client, "receive").status_code == 400
    assert bulk(client, "unknown", dossiers["registered"]).status_code == 404
    assert client.get(reverse("dossier_admin:bulk", args=["receive"])).status_code == 405
    assert Dossier.objects.get(pk=dossiers["registered"].pk).status == Status.REGISTERED
