"""The staff's dossier admin: each role opens on its "my work", filters and accent-insensitive search select the
right rows, due times are flagged in words, the inspect page tells the whole story of a dossier, an applicant edit
never overwrites a change made in between, and the list's query count does not grow with its rows."""

import re
from datetime import datetime, timedelta

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from dossiers.accounts import roles
from dossiers.calendar.deadlines import VIETNAM
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import Attachment, Dossier, StaffProfile, Stage, Status
from dossiers.workflow.engine import transition
from portal.people import display_name
from procedures.factories import DepartmentFactory, ProcedurePageFactory, SubsystemPageFactory

pytestmark = pytest.mark.django_db

# Friday 11 December 2026, 16:00 in Vietnam: one working day later is Monday 14 December, 16:00.
FRIDAY_4PM = datetime(2026, 12, 11, 16, 0, tzinfo=VIETNAM)
INDEX = reverse("dossier_admin:index")


@pytest.fixture(autouse=True)
def friday_afternoon(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.now", lambda: FRIDAY_4PM)


@pytest.fixture
def subsystems(home_page):
    return SubsystemPageFactory(parent=home_page), SubsystemPageFactory(parent=home_page)


@pytest.fixture
def procedures(subsystems):
    return ProcedurePageFactory(parent=subsystems[0]), ProcedurePageFactory(parent=subsystems[1])


@pytest.fixture
def department(procedures):
    return DepartmentFactory(agency=procedures[0].agency)


def staff(role, department=None, **names):
    user = StaffUserFactory(role=role, **names)
    if department is not None:
        StaffProfile.objects.create(user=user, agency=department.agency, department=department)
    return user


@pytest.fixture
def counter():
    return staff(roles.COUNTER_STAFF, first_name="Tiếp", last_name="Trần Văn")


@pytest.fixture
def specialist(department):
    return staff(roles.SPECIALIST, department, first_name="Thụ", last_name="Hoàng Văn")


def dossier(code, procedure, **fields):
    return DossierFactory(code=code, procedure=procedure, **fields)


def listed_codes(response):
    """The codes in the list's title column (each links to the dossier's inspect page)."""
    return set(re.findall(r'/admin/dossiers/inspect/\d+/"[^>]*>\s*([^<\s]+)\s*</a>', response.content.decode()))


def section(html, heading_id):
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


@pytest.fixture
def desk(procedures, department, specialist):
    """One dossier at each place of the flow, its code naming the place."""
    first, _second = procedures
    colleague = staff(roles.SPECIALIST, department)
    processing = {"status": Status.PROCESSING, "assigned_department": department}
    return {
        "HS-REGISTERED": dossier("HS-REGISTERED", first),
        "HS-RECEIVED": dossier("HS-RECEIVED", first, status=Status.RECEIVED),
        "HS-SUPPLEMENT": dossier("HS-SUPPLEMENT", first, status=Status.SUPPLEMENT_REQUESTED),
        "HS-AWAITING": dossier("HS-AWAITING", first, status=Status.AWAITING_RETURN),
        "HS-MINE": dossier("HS-MINE", first, **processing, stage=Stage.ASSIGNED, assigned_to=specialist),
        "HS-DEPARTMENT": dossier("HS-DEPARTMENT", first, **processing, stage=Stage.ASSIGNED),
        "HS-COLLEAGUE": dossier("HS-COLLEAGUE", first, **processing, stage=Stage.ASSIGNED, assigned_to=colleague),
        "HS-MEMO": dossier("HS-MEMO", first, **processing, stage=Stage.MEMO_SUBMITTED, assigned_to=specialist),
        "HS-LEADERSHIP": dossier(
            "HS-LEADERSHIP", first, **processing, stage=Stage.AT_LEADERSHIP, assigned_to=colleague
        ),
        "HS-RETURNED": dossier("HS-RETURNED", first, status=Status.RETURNED, assigned_to=specialist),
    }


@pytest.mark.parametrize(
    ("role", "work"),
    [
        # A supplement is the applicant's move: it waits in the "paused" filter, not in anyone's work.
        (roles.COUNTER_STAFF, {"HS-REGISTERED", "HS-AWAITING"}),
        (roles.CHIEF_OF_OFFICE, {"HS-RECEIVED", "HS-MEMO"}),
        (roles.DEPUTY_CHIEF, {"HS-RECEIVED", "HS-MEMO"}),
        # The memo waits on the Chief, the colleague's dossier on the colleague.
        (roles.SPECIALIST, {"HS-MINE", "HS-DEPARTMENT"}),
        (roles.LEADER, {"HS-LEADERSHIP"}),
    ],
)
def test_each_role_opens_on_its_own_work(client, desk, specialist, role, work):
    client.force_login(specialist if role == roles.SPECIALIST else staff(role))
    response = client.get(INDEX)
    assert listed_codes(response) == work
    html = response.content.decode()
    assert "Đang xem: việc của tôi" in html and f'href="{INDEX}?all=1"' in html

    everything = client.get(INDEX, {"all": "1"})
    assert "Đang xem: việc của tôi" not in everything.content.decode()
    visible = {"HS-MINE", "HS-DEPARTMENT", "HS-COLLEAGUE", "HS-MEMO", "HS-LEADERSHIP", "HS-RETURNED"}
    assert listed_codes(everything) == (visible if role == roles.SPECIALIST else set(desk))


def test_a_superuser_without_a_role_sees_everything_at_once(client, desk, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.vn", "x"))
    response = client.get(INDEX)
    assert listed_codes(response) == set(desk)
    assert "Đang xem: việc của tôi" not in response.content.decode()


@pytest.fixture
def due_times(procedures):
    first, second = procedures
    received = {"status": Status.RECEIVED}
    return {
        "HS-OVERDUE": dossier("HS-OVERDUE", first, **received, due_at=FRIDAY_4PM - timedelta(hours=1)),
        # Monday 10:00 is within one working day of Friday 16:00; Tuesday 10:00 is not.
        "HS-SOON": dossier("HS-SOON", second, **received, due_at=FRIDAY_4PM + timedelta(days=2, hours=18)),
        "HS-LATER": dossier("HS-LATER", second, **received, due_at=FRIDAY_4PM + timedelta(days=3, hours=18)),
        "HS-CLOSED": dossier("HS-CLOSED", first, status=Status.RETURNED, due_at=FRIDAY_4PM - timedelta(days=1)),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": Status.RETURNED}, {"HS-CLOSED"}),
        ({"overdue": "true"}, {"HS-OVERDUE"}),
        ({"overdue": "false"}, {"HS-SOON", "HS-LATER", "HS-CLOSED"}),
        ({"due_soon": "true"}, {"HS-SOON"}),
        ({"channel": "counter"}, set()),
    ],
)
def test_filters_select_the_right_rows(client, counter, due_times, query, expected):
    client.force_login(counter)
    assert listed_codes(client.get(INDEX, query)) == expected


def test_subsystem_filter_follows_the_page_tree(client, counter, due_times, subsystems):
    client.force_login(counter)
    assert listed_codes(client.get(INDEX, {"subsystem": subsystems[1].pk})) == {"HS-SOON", "HS-LATER"}


def test_mine_filter_is_what_waits_on_me(client, desk, department):
    client.force_login(staff(roles.CHIEF_OF_OFFICE, department))
    assert listed_codes(client.get(INDEX, {"mine": "true"})) == {"HS-RECEIVED", "HS-MEMO"}
    assert listed_codes(client.get(INDEX, {"mine": "false"})) == set(desk) - {"HS-RECEIVED", "HS-MEMO"}


def test_paused_filter_is_what_waits_on_the_applicant(client, desk):
    client.force_login(staff(roles.COUNTER_STAFF))
    assert listed_codes(client.get(INDEX, {"paused": "true"})) == {"HS-SUPPLEMENT"}


def test_due_times_are_flagged_in_words(client, counter, due_times):
    client.force_login(counter)
    html = client.get(INDEX, {"all": "1"}).content.decode()
    assert html.count('class="dossier-due dossier-due--overdue">Quá hạn</span>') == 1
    assert html.count('class="dossier-due dossier-due--soon">Sắp đến hạn</span>') == 1
    assert "dossiers/staff_admin.css" in html


def test_a_row_shows_its_dossier_as_the_office_reads_it(client, counter, procedures):
    """Each cell of a row: the code linked to the dossier, the applicant, the procedure, the status (a paused dossier
    as paused, not as the sub-step it resumes at), the times in the office's zone, dd/mm/yyyy HH:mm."""
    first, _ = procedures
    row = dossier(
        "HS-ROW",
        first,
        applicant_name="Phạm <b>Thị</b> Hoa",
        status=Status.SUPPLEMENT_REQUESTED,
        stage=Stage.ASSIGNED,
        submitted_at=FRIDAY_4PM - timedelta(days=3),
        due_at=FRIDAY_4PM + timedelta(days=5),
    )
    client.force_login(counter)
    html = client.get(INDEX, {"all": "1"}).content.decode()
    link = html.index(f"/admin/dossiers/inspect/{row.pk}/")
    cells = re.findall(r"<td[^>]*>(.*?)</td>", html[html.rindex("<td", 0, link) : html.index("</tr>", link)], re.S)
    assert f'<a href="/admin/dossiers/inspect/{row.pk}/">HS-ROW</a>' in cells[0]
    assert cells[1:4] == ["Phạm &lt;b&gt;Thị&lt;/b&gt; Hoa", first.title, str(Status.SUPPLEMENT_REQUESTED.label)]
    submitted = timezone.localtime(row.submitted_at)
    assert f'<time datetime="{submitted.isoformat()}">{submitted:%d/%m/%Y %H:%M}</time>' in cells[5]
    assert f">{timezone.localtime(row.due_at):%H:%M %d/%m/%Y}</time>" in cells[7]


@pytest.fixture
def applicants(procedures):
    first, _ = procedures
    return [
        dossier("HS-AN", first, applicant_name="Nguyễn Văn An", applicant_id_number="001203004567"),
        dossier("HS-BINH", first, applicant_name="Trần Thị Bình", applicant_id_number="079190001234"),
        dossier("000.00.31.H56-261127-0001", first, applicant_name="Lê Văn Cường"),
        dossier("000.00.31.H56-261127-00011", first, applicant_name="Lê Văn Cường"),
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nguyen van an", {"HS-AN"}),
        ("NGUYỄN Văn  An", {"HS-AN"}),
        ("tran thi", {"HS-BINH"}),
        ("079 190 001 234", {"HS-BINH"}),
        ("HS-B", {"HS-BINH"}),
        ("hs-", {"HS-AN", "HS-BINH"}),
        ("h56-261127", {"000.00.31.H56-261127-0001", "000.00.31.H56-261127-00011"}),
        ("001203", set()),  # an ID number is matched whole, never by a fragment
    ],
)
def test_search_by_code_id_number_or_name_without_diacritics(client, counter, applicants, query, expected):
    client.force_login(counter)
    assert listed_codes(client.get(INDEX, {"q": query})) == expected


def test_matches_that_fit_on_one_page_are_read_without_limit(client, counter, applicants):
    """A LIMIT as small as a search's few matches makes PostgreSQL walk the whole date index (see pagination)."""
    client.force_login(counter)
    with CaptureQueriesContext(connection) as queries:
        assert listed_codes(client.get(INDEX, {"q": "tran thi"})) == {"HS-BINH"}
    [rows] = [query["sql"] for query in queries if query["sql"].startswith('SELECT "dossiers_dossier"."id"')]
    assert "LIMIT" not in rows.rpartition(")")[2], "none after the last subquery (the step deadline's LIMIT 1)"


def test_a_capped_count_keeps_a_huge_list_cheap(client, counter, procedures, monkeypatch):
    monkeypatch.setattr("dossiers.staff.pagination.COUNT_CAP", 5)
    for number in range(7):
        dossier(f"HS-MANY{'I' * number}", procedures[0])
    client.force_login(counter)
    assert "Hơn 5 hồ sơ" in client.get(INDEX, {"all": "1"}).content.decode()


def test_the_list_costs_the_same_queries_for_3_or_30_dossiers(
    client, counter, procedures, department, specialist, django_assert_max_num_queries
):
    client.force_login(counter)
    client.get(INDEX, {"all": "1"})  # warm the per-process caches (content types, working calendar)

    def queries_for(count):
        for _ in range(count - Dossier.objects.count()):
            DossierFactory(procedure=procedures[0], assigned_department=department, assigned_to=specialist)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(INDEX, {"all": "1"}).status_code == 200
        return len(captured)

    assert queries_for(3) == queries_for(30)
    with django_assert_max_num_queries(20):
        client.get(INDEX, {"all": "1"})


@pytest.mark.parametrize("filters", [{"all": "1"}, {"status": ["1", "5"]}])
def test_the_list_counts_its_dossiers_without_the_per_row_step_deadline_or_distinct(
    client, counter, procedures, filters
):
    """At a million dossiers, counting with the step deadline's subquery computed for each of 10,001 rows cost
    100-300 ms a page, and a DISTINCT over every column sorted whole result sets before their LIMIT."""
    DossierFactory.create_batch(3, procedure=procedures[0])
    client.force_login(counter)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(INDEX, filters).status_code == 200
    counts = [query["sql"] for query in captured if query["sql"].startswith("SELECT COUNT(*) FROM (SELECT")]
    assert counts and all("step_due_at" not in sql for sql in counts)
    assert not [query["sql"] for query in captured if "SELECT DISTINCT" in query["sql"]]


@pytest.fixture
def chief():
    return staff(roles.CHIEF_OF_OFFICE, first_name="Chánh", last_name="Lê Minh")


@pytest.fixture
def handled(procedures, department, counter, chief, specialist, django_capture_on_commit_callbacks):
    """Received at the counter and assigned by the Chief to the specialist."""
    handled = DossierFactory(
        procedure=procedures[0],
        form_data={"quoc_tich": "Việt Nam", "ghi_chu": "Cần gấp"},
        form_schema=[
            {"name": "quoc_tich", "label": "Quốc tịch", "type": "dropdown"},
            {"name": "ghi_chu", "label": "Ghi chú thêm", "type": "multiline"},
            {"name": "ho_chieu", "label": "Bản chụp hộ chiếu", "type": "file"},
        ],
    )
    with django_capture_on_commit_callbacks(execute=True):
        handled = transition(handled, "receive", counter)
        return transition(handled, "assign", chief, department=department, specialist=specialist, note="Xử lý gấp")


def test_inspect_page_shows_the_form_the_timeline_and_the_notices(client, counter, chief, specialist, handled):
    attachment = Attachment(dossier=handled, field_name="ho_chieu", original_name="ho-chieu.pdf", size=3, sha256="")
    attachment.file.save("scan.pdf", ContentFile(b"pdf"))
    client.force_login(counter)
    html = client.get(reverse("dossier_admin:inspect", args=[handled.pk])).content.decode()
    answers = section(html, "dossier-form")
    assert answers.index("Quốc tịch") < answers.index("Việt Nam") < answers.index("Ghi chú thêm")
    assert answers.index("Bản chụp hộ chiếu") < answers.index("ho-chieu.pdf")  # an upload answers with its files
    assert reverse("dossier_admin:attachment", args=[attachment.pk]) in section(html, "dossier-attachments")
    assert "001203004567" in section(html, "dossier-applicant")  # staff see the full ID number
    timeline = section(html, "dossier-timeline")
    assignment_row = timeline[timeline.index("Phân công xử lý") :]
    giver, receiver = display_name(chief), display_name(specialist)
    assert assignment_row.index(giver) < assignment_row.index(receiver) < assignment_row.index("Xử lý gấp")
    notices = section(html, "dossier-notifications")
    assert "an.nguyen@example.vn" in notices and specialist.email in notices and "Đã gửi" in notices
    slips = section(html, "dossier-slips")
    for kind, offered in [("control_slip", True), ("refusal", False), ("stop_notice", False)]:
        url = reverse("dossier_admin:slip", kwargs={"pk": handled.pk, "kind": kind})
        assert (url in slips) is offered, kind


def test_inspect_lists_the_steps_the_user_may_take(client, specialist, handled):
    client.force_login(specialist)
    html = client.get(reverse("dossier_admin:inspect", args=[handled.pk])).content.decode()
    actions = section(html, "dossier-actions")
    assert "Trình Chánh Văn phòng" in actions and "Phân công xử lý" not in actions


def edit_form_data(response):
    form = response.context["form"]
    return {name: form[name].value() or "" for name in form.fields}


def test_an_edit_is_saved_with_a_new_version_and_shows_in_the_field_history(client, counter, specialist, handled):
    client.force_login(counter)
    edit_url = reverse("dossier_admin:edit", args=[handled.pk])
    data = edit_form_data(client.get(edit_url))
    data.update(applicant_address="45 Hai Bà Trưng", applicant_phone="+84 912.000.111")
    response = client.post(edit_url, data)
    assert response.status_code == 302 and response.url == reverse("dossier_admin:inspect", args=[handled.pk])

    handled.refresh_from_db()
    assert (handled.applicant_address, handled.applicant_phone) == ("45 Hai Bà Trưng", "0912000111")
    assert handled.version == 4
    record = handled.history.first()
    assert (record.history_change_reason, record.history_user) == ("edit", counter)

    html = client.get(response.url).content.decode()
    history = section(html, "dossier-history")
    assert "Cập nhật thông tin người nộp" in history and display_name(counter) in history
    assert "12 Lê Lợi, phường Bến Thành → 45 Hai Bà Trưng" in history
    assert "Đã tiếp nhận → Đang xử lý" in history  # the assignment, with status labels and names
    assert f"— → {display_name(specialist)}" in history and "Deleted" not in history


def test_an_invalid_id_number_is_refused(client, counter, handled):
    client.force_login(counter)
    edit_url = reverse("dossier_admin:edit", args=[handled.pk])
    data = edit_form_data(client.get(edit_url))
    data["applicant_id_number"] = "12345"
    response = client.post(edit_url, data)
    assert response.status_code == 200 and "Số CCCD phải gồm 12 chữ số." in response.content.decode()
    handled.refresh_from_db()
    assert handled.applicant_id_number == "001203004567"


@pytest.mark.parametrize(
    ("field", "value"), [("applicant_name", "Nguyễn Văn \u202enA"), ("applicant_address", "45 Hai Bà\u2028Trưng")]
)
def test_text_with_hidden_characters_is_refused_beside_the_field(client, counter, handled, field, value):
    client.force_login(counter)
    edit_url = reverse("dossier_admin:edit", args=[handled.pk])
    data = {**edit_form_data(client.get(edit_url)), field: value}
    response = client.post(edit_url, data)
    assert response.status_code == 200
    assert response.context["form"].errors[field][0].startswith("Có ký tự ẩn hoặc ký tự điều khiển không được phép")
    assert value in response.content.decode()
    version = handled.version
    handled.refresh_from_db()
    assert handled.version == version and handled.applicant_name == "Nguyễn Văn An"


def test_a_stale_edit_is_refused_with_409_and_overwrites_nothing(client, counter, specialist, handled):
    client.force_login(counter)
    edit_url = reverse("dossier_admin:edit", args=[handled.pk])
    stale = edit_form_data(client.get(edit_url))
    assert stale["expected_version"] == handled.version

    # Meanwhile the specialist asks the applicant for a supplement: the dossier moves on to a new version.
    transition(handled, "request_supplement", specialist, items="Bản sao hộ chiếu", reason="Hết hạn")
    stale["applicant_name"] = "Tên sai"
    response = client.post(edit_url, stale)

    assert response.status_code == 409
    html = response.content.decode()
    assert "Hồ sơ vừa được người khác cập nhật" in html and "Yêu cầu bổ sung hồ sơ" in html
    assert response.context["form"]["expected_version"].value() == handled.version + 1
    assert response.context["form"]["applicant_name"].value() == "Nguyễn Văn An"  # the current value
    assert "Tên sai" in html  # what the clerk typed, listed beside it
    handled.refresh_from_db()
    assert handled.applicant_name == "Nguyễn Văn An" and handled.status == Status.SUPPLEMENT_REQUESTED
